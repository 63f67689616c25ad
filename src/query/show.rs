//! The graph at a glance (`show`), or everything touching one node (`show NODE`).

use petgraph::Direction::{Incoming, Outgoing};
use serde::Serialize;

use super::stance::{Stance, all_stances, held_by};
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
}

#[derive(Clone, Debug, Serialize)]
pub struct Overview {
    pub title: String,
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    pub parties: Vec<Stance>,
    pub positions: Vec<PositionSummary>,
}

pub fn overview(view: &View) -> Overview {
    let g = view.graph;
    let parties = all_stances(view);
    let mut positions = Vec::new();
    for n in view.visible_nodes() {
        if g.kind(n) != NodeKind::Party {
            let needs = view
                .edges_in_order(n, Outgoing)
                .into_iter()
                .filter(|&e| g.meta(e).relation == Relation::ConditionsOn)
                .map(|e| Link::new(g, e))
                .collect();
            positions.push(PositionSummary {
                node: NodeRef::new(view, n),
                needs,
            });
        }
    }
    Overview {
        title: g.document().title.clone(),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        parties,
        positions,
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
    let holds = if g.kind(n) == NodeKind::Party {
        held_by(view, n)
            .into_iter()
            .map(|e| Link::new(g, e))
            .collect()
    } else {
        Vec::new()
    };
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
    }
}
