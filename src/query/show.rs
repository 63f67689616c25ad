//! The graph at a glance (`show`), or everything touching one node (`show NODE`).

use petgraph::Direction::{Incoming, Outgoing};
use serde::Serialize;

pub use super::evidence::named_in;
use super::evidence::{Link, NodeRef};
use super::package::{Term, terms_of};
use super::stance::{Stance, all_stances, disputed_by, held_by};
use crate::graph::NodeIx;
use crate::model::{Date, NodeKind, Relation};
use crate::view::{AsOfBasis, View};

/// One demand, condition or proposal in the overview: an item of the JSON
/// `positions`.
#[derive(Clone, Debug, Serialize)]
pub struct PositionSummary {
    /// The position (`id`, `kind`, `label`, `status`, flattened into the item).
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
    /// For a measure in force: its actors applying it (ids), as `blockers`
    /// and `conflicts` say ([`crate::standing::applied_by`]); its `status`
    /// may still read `open`, the file having none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub applied_by: Vec<String>,
}

/// The answer to `show` without a node: the graph at a glance.
#[derive(Clone, Debug, Serialize)]
pub struct Overview {
    /// The document's title.
    pub title: String,
    /// The day the view shows; `None` (`null`) for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    /// Every party's stance, in file order.
    pub parties: Vec<Stance>,
    /// Demands, conditions and proposals (issues are the `issues` query's).
    pub positions: Vec<PositionSummary>,
    /// Every claim some party disputes, in file order.
    pub disputed: Vec<Link>,
    /// The pressure on each party that faces any (`who P` lists the same):
    /// the threats against it and the demands addressed to it, in file
    /// order; parties in file order.
    pub faces: Vec<Faces>,
}

/// The threats and demands one party faces.
#[derive(Clone, Debug, Serialize)]
pub struct Faces {
    /// The party's id.
    pub party: String,
    /// The claims, in file order: `threatens` whose target or addressee it
    /// is, `demands` addressed to it.
    pub claims: Vec<Link>,
}

/// The overview of `view`: every party's stance, every position with what it
/// needs, and the disputed claims. Linear in the view.
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
                    .map(|e| Link::seen(view, e))
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
                applied_by: applied_ids(view, n),
            });
        }
    }
    let disputed = view
        .visible_edges()
        .filter(|&e| g.edge(e).disputed_by().next().is_some())
        .map(|e| Link::seen(view, e))
        .collect();
    Overview {
        title: g.document().title.clone(),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        parties,
        positions,
        disputed,
        faces: faces(view),
    }
}

/// The ids of the actors applying measure `n`, when it is in force
/// ([`crate::standing::applied_by`]).
fn applied_ids(view: &View, n: NodeIx) -> Vec<String> {
    crate::standing::applied_by(view, n)
        .into_iter()
        .map(|a| view.graph.id(a).to_owned())
        .collect()
}

/// Who faces what pressure ([`crate::standing::pressed`]): one pass over the edges.
fn faces(view: &View) -> Vec<Faces> {
    let g = view.graph;
    let mut on: Vec<Vec<Link>> = vec![Vec::new(); g.node_count()];
    for e in view.visible_edges() {
        for p in crate::standing::pressed(view, e) {
            on[p.index()].push(Link::seen(view, e));
        }
    }
    view.visible_nodes()
        .filter(|&n| g.kind(n) == NodeKind::Party)
        .filter_map(|n| {
            let claims = std::mem::take(&mut on[n.index()]);
            (!claims.is_empty()).then(|| Faces {
                party: g.id(n).to_owned(),
                claims,
            })
        })
        .collect()
}

/// The answer to `show NODE`: the node's own facts and every visible edge
/// touching it.
#[derive(Clone, Debug, Serialize)]
pub struct NodeDetail {
    /// The node (`id`, `kind`, `label`, `status`, flattened into the answer).
    #[serde(flatten)]
    pub node: NodeRef,
    /// The other names it answers to, as written in the file.
    pub aliases: Vec<String>,
    /// The node's own first day, if the file dates it (inclusive).
    pub since: Option<Date>,
    /// The node's own last day, if the file dates it (inclusive).
    pub until: Option<Date>,
    /// The file's note on it.
    pub note: Option<String>,
    /// For a demand or condition: the parties named to deliver it (its
    /// `actor` field), ids in file order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<String>,
    /// For a measure in force: its actors applying it, as in the overview.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub applied_by: Vec<String>,
    /// False when the node's own dates put it outside this view.
    pub in_view: bool,
    /// The day the view shows; `None` (`null`) for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    /// Visible edges into it, in file order.
    pub incoming: Vec<Link>,
    /// Visible edges out of it, in file order.
    pub outgoing: Vec<Link>,
    /// Edges between other nodes held by this party (`by` it).
    pub holds: Vec<Link>,
    /// For a party: the claims it disputes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputes: Vec<Link>,
    /// Visible claims that name it at one of their other ends: as a
    /// threat's trigger or target, a counter's offer (`with`), or the party a
    /// claim is addressed to ([`named_in`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub named_in: Vec<Link>,
}

/// Everything `view` shows about node `n`, which need not be in view itself
/// (see `in_view`). For a party, `holds` and `disputes` cost one pass over the
/// edges.
pub fn detail(view: &View, n: NodeIx) -> NodeDetail {
    let g = view.graph;
    let node = g.node(n);
    let links = |dir| {
        view.edges_in_order(n, dir)
            .into_iter()
            .map(|e| Link::seen(view, e))
            .collect()
    };
    let party_links = |edges: fn(&View, NodeIx) -> Vec<crate::graph::EdgeIx>| -> Vec<Link> {
        if g.kind(n) == NodeKind::Party {
            edges(view, n)
                .into_iter()
                .map(|e| Link::seen(view, e))
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
        actors: g.actors(n).iter().map(|&a| g.id(a).to_owned()).collect(),
        applied_by: applied_ids(view, n),
        in_view: view.node_on(n),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        incoming: links(Incoming),
        outgoing: links(Outgoing),
        holds,
        disputes,
        named_in: named_in(view, n)
            .into_iter()
            .map(|e| Link::new(g, e))
            .collect(),
    }
}
