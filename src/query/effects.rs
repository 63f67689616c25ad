//! What happens if a position happens (is met): what it unlocks, which threats
//! it sets off, and how parties answered it.
//!
//! - **Unlocked**: the positions that need it (a visible `conditions_on` edge
//!   to it) and that nothing else blocks once it is met, by the rules of
//!   `blockers`: no other unmet precondition, no party rejecting them and no
//!   standing block. They have blockers now (it, at least) and none after.
//! - **Still blocked**: the positions that need it but wait for more, with
//!   what else stands in their way (one step out, as `blockers` starts).
//! - **Triggered**: the threats whose `trigger` it is, with who threatens
//!   what against whom.
//! - **Responses**: the parties' answers to it (accepts, rejects, counters,
//!   ignores), as `responses` gives them.
//!
//! Linear in the view: one pass over the edges for the triggers (threats are
//! not indexed by trigger), and the edges around the position and the
//! positions that need it.

use petgraph::Direction::{Incoming, Outgoing};
use serde::Serialize;

use super::responses::{Response, responses};
use super::{Link, NodeRef};
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, End, Relation};
use crate::view::{AsOfBasis, View};

/// A position that needs the target.
#[derive(Clone, Debug, Serialize)]
pub struct Dependent {
    /// The position (`id`, `kind`, `label`, `status`, flattened into the item).
    #[serde(flatten)]
    pub node: NodeRef,
    /// The parties who must act for it (its `actor`), where the graph names them.
    pub actors: Vec<String>,
    /// The links by which it needs the target (one per party holding the condition).
    pub chain: Vec<Link>,
    /// What else stands in its way (empty when it is unlocked): its other
    /// unmet preconditions, and the rejections and blocks of it.
    pub remaining: Vec<Link>,
}

/// A threat the target sets off.
#[derive(Clone, Debug, Serialize)]
pub struct Triggered {
    /// Who threatens.
    pub threatener: NodeRef,
    /// What is threatened (the consequence).
    pub threat: NodeRef,
    /// Against whom, where the graph says.
    pub target: Option<NodeRef>,
    /// The threat and its quotes.
    pub link: Link,
}

/// The answer to "what happens if X happens?".
#[derive(Clone, Debug, Serialize)]
pub struct Effects {
    /// The position supposed to happen (a `NODE`).
    pub target: NodeRef,
    /// The day the view shows; `None` (`null`) for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    /// The ids of the nodes the view assumes met (`--assume`), in the order given.
    pub assumed: Vec<String>,
    /// It is met already in this view: these are what it did.
    pub already_met: bool,
    /// What nothing blocks any more once it is met.
    pub unlocked: Vec<Dependent>,
    /// What needs it but still waits for more.
    pub still_blocked: Vec<Dependent>,
    /// The threats it sets off.
    pub triggered: Vec<Triggered>,
    /// How parties answered it.
    pub responses: Vec<Response>,
}

/// What happens in `view` if `target` happens.
pub fn effects(view: &View, target: NodeIx) -> Effects {
    let g = view.graph;
    let mut dependents: Vec<Dependent> = Vec::new();
    for e in view.edges_in_order(target, Incoming) {
        let m = g.meta(e);
        if m.relation != Relation::ConditionsOn || m.from == target || view.is_settled(m.from) {
            continue;
        }
        match dependents.iter_mut().find(|d| d.node.ix == m.from) {
            Some(d) => d.chain.push(Link::new(g, e)),
            None => dependents.push(Dependent {
                node: NodeRef::new(view, m.from),
                actors: g
                    .actors(m.from)
                    .iter()
                    .map(|&p| g.id(p).to_owned())
                    .collect(),
                chain: vec![Link::new(g, e)],
                remaining: standing(view, m.from, target)
                    .into_iter()
                    .map(|e| Link::new(g, e))
                    .collect(),
            }),
        }
    }
    let (unlocked, still_blocked) = dependents.into_iter().partition(|d| d.remaining.is_empty());
    Effects {
        target: NodeRef::new(view, target),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        assumed: view.assumed.iter().map(|&n| g.id(n).to_owned()).collect(),
        already_met: view.is_met(target),
        unlocked,
        still_blocked,
        triggered: triggered(view, target),
        responses: responses(view, target, None).responses,
    }
}

/// What stands in `n`'s way once `met` is met, one step out as `blockers`
/// starts: its rejections, the blocks of positions still standing, and its
/// preconditions other than `met` that are not settled.
fn standing(view: &View, n: NodeIx, met: NodeIx) -> Vec<EdgeIx> {
    let g = view.graph;
    let mut edges = Vec::new();
    for e in view.edges_in_order(n, Incoming) {
        let m = g.meta(e);
        let stands = match m.relation {
            Relation::Rejects => true,
            Relation::Blocks => m.from != n && !view.is_withdrawn(m.from),
            _ => false,
        };
        if stands {
            edges.push(e);
        }
    }
    for e in view.edges_in_order(n, Outgoing) {
        let m = g.meta(e);
        if m.relation == Relation::ConditionsOn && m.to != met && !view.is_settled(m.to) {
            edges.push(e);
        }
    }
    edges
}

/// The visible threats whose trigger is `target`, in file order.
fn triggered(view: &View, target: NodeIx) -> Vec<Triggered> {
    let g = view.graph;
    let here = End::Node(target.index() as u32);
    let node = |end: Option<End<'_>>| match end {
        Some(End::Node(i)) => Some(NodeRef::new(view, NodeIx::new(i as usize))),
        _ => None,
    };
    view.visible_edges()
        .filter(|&e| g.meta(e).relation == Relation::Threatens && g.edge(e).trigger() == Some(here))
        .map(|e| {
            let m = g.meta(e);
            Triggered {
                threatener: NodeRef::new(view, m.from),
                threat: NodeRef::new(view, m.to),
                target: node(g.edge(e).target()),
                link: Link::new(g, e),
            }
        })
        .collect()
}
