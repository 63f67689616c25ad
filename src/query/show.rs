//! The graph at a glance (`show`), or everything touching one node (`show NODE`).

use petgraph::Direction::{Incoming, Outgoing};
use serde::Serialize;

use super::package::{Term, terms_of};
use super::stance::{Stance, all_stances, disputed_by, held_by};
use super::{Link, NodeRef};
use crate::graph::NodeIx;
use crate::model::{Date, NodeKind, Relation};
use crate::view::{AsOfBasis, View};

#[derive(Clone, Debug, Serialize)]
pub struct PositionSummary {
    #[serde(flatten)]
    pub node: NodeRef,
    /// Its `conditions_on` edges: what it needs, per whom.
    pub needs: Vec<Link>,
    /// The `mediates` edges into it: its mediators and brokers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mediated_by: Vec<Link>,
    /// For a proposal: its terms, in file order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Overview {
    pub title: String,
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    pub parties: Vec<Stance>,
    /// Demands, conditions and proposals (issues are the `issues` query's).
    pub positions: Vec<PositionSummary>,
    /// Every claim some party disputes, in file order.
    pub disputed: Vec<Link>,
}

pub fn overview(view: &View) -> Overview {
    let g = view.graph;
    let parties = all_stances(view);
    let mut positions = Vec::new();
    for n in view.visible_nodes() {
        if g.kind(n).is_position() {
            let links = |dir, relation| -> Vec<Link> {
                view.edges_in_order(n, dir)
                    .into_iter()
                    .filter(|&e| g.meta(e).relation == relation)
                    .map(|e| Link::new(g, e))
                    .collect()
            };
            positions.push(PositionSummary {
                node: NodeRef::new(view, n),
                needs: links(Outgoing, Relation::ConditionsOn),
                mediated_by: links(Incoming, Relation::Mediates),
                terms: terms_of(view, n)
                    .into_iter()
                    .map(|(_, t)| Term::new(view, t))
                    .collect(),
            });
        }
    }
    let disputed = view
        .visible_edges()
        .filter(|&e| g.edge(e).disputed_by().next().is_some())
        .map(|e| Link::new(g, e))
        .collect();
    Overview {
        title: g.document().title.clone(),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        parties,
        positions,
        disputed,
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct NodeDetail {
    #[serde(flatten)]
    pub node: NodeRef,
    pub aliases: Vec<String>,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub note: Option<String>,
    /// False when the node's own dates put it outside this view.
    pub in_view: bool,
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    pub incoming: Vec<Link>,
    pub outgoing: Vec<Link>,
    /// Edges between other nodes held by this party (`by` it).
    pub holds: Vec<Link>,
    /// For a party: the claims it disputes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputes: Vec<Link>,
}

pub fn detail(view: &View, n: NodeIx) -> NodeDetail {
    let g = view.graph;
    let node = g.node(n);
    let links = |dir| {
        view.edges_in_order(n, dir)
            .into_iter()
            .map(|e| Link::new(g, e))
            .collect()
    };
    let party_links = |edges: fn(&View, NodeIx) -> Vec<crate::graph::EdgeIx>| -> Vec<Link> {
        if g.kind(n) == NodeKind::Party {
            edges(view, n)
                .into_iter()
                .map(|e| Link::new(g, e))
                .collect()
        } else {
            Vec::new()
        }
    };
    let holds = party_links(held_by);
    let disputes = party_links(disputed_by);
    NodeDetail {
        node: NodeRef::new(view, n),
        aliases: node.aliases.clone(),
        since: g.node_time(n).since,
        until: g.node_time(n).until,
        note: node.note.clone(),
        in_view: view.node_on(n),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        incoming: links(Incoming),
        outgoing: links(Outgoing),
        holds,
        disputes,
    }
}
