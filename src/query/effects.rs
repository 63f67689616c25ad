//! What happens if a position happens (is met): what it unlocks, which threats
//! it sets off, and how parties answered it.
//!
//! - **Unlocked**: the positions that need it, by the one rule of a step
//!   down ([`crate::standing::needs`]: a position needs its precondition, a
//!   package needs its term), through a visible claim, that are neither
//!   settled nor cancelled, and that nothing stands in the way of once it
//!   is met, by the rules of [`crate::standing`] that `blockers` lists. A
//!   package is unlocked by its last term as `blockers PACKAGE --assume
//!   TERM` finds it clear.
//! - **Still blocked**: the positions that need it but wait for more, with
//!   the claim behind every obstacle left (what `blockers` lists for them
//!   once it is met).
//! - **Unties**: the knots (`deadlocks`) it is a node of, gone once it is
//!   met: the whole knot is released, not only the position that needs it.
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

use super::evidence::{Link, NodeRef};
use super::responses::{Response, responses};
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
    /// The links by which it needs the target: its `conditions_on` claims
    /// (one per party holding the condition), or the `part_of` claims that
    /// make the target its term.
    pub chain: Vec<Link>,
    /// What else stands in its way (empty when it is unlocked): the claim
    /// behind every obstacle `blockers` lists for it once the target is met,
    /// and those of a knot.
    pub remaining: Vec<Link>,
    /// Those obstacles as `blockers` gives them: kind, holder, who must move.
    pub obstacles: Vec<super::blockers::Blocker>,
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
    /// The claims the view sets aside (`--drop`), as FROM:RELATION:TO:
    /// the answer is a what-if, not what the graph says.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<String>,
    /// It is met already in this view: these are what it did.
    pub already_met: bool,
    /// What nothing blocks any more once it is met.
    pub unlocked: Vec<Dependent>,
    /// What needs it but still waits for more.
    pub still_blocked: Vec<Dependent>,
    /// The knots (`deadlocks`) it is a node of, which its being met unties:
    /// no step enters a settled node, so no knot runs through it. Listed
    /// apart from `unlocked`, which names only the positions that need it
    /// directly: the rest of a knot may still wait on more.
    pub unties: Vec<super::deadlocks::Knot>,
    /// The threats it sets off.
    pub triggered: Vec<Triggered>,
    /// How parties answered it.
    pub responses: Vec<Response>,
}

/// What happens in `view` if `target` happens.
pub fn effects(view: &View, target: NodeIx) -> Effects {
    let g = view.graph;
    let mut met_view = view.clone();
    met_view.assume_met(target);
    let mut dependents: Vec<Dependent> = Vec::new();
    for (e, needing) in needing(view, target) {
        match dependents.iter_mut().find(|d| d.node.ix == needing) {
            Some(d) => d.chain.push(Link::seen(view, e)),
            None => {
                let (obstacles, remaining) = standing(&met_view, needing);
                dependents.push(Dependent {
                    node: NodeRef::new(view, needing),
                    actors: g
                        .actors(needing)
                        .iter()
                        .map(|&p| g.id(p).to_owned())
                        .collect(),
                    chain: vec![Link::seen(view, e)],
                    remaining: remaining.into_iter().map(|e| Link::seen(view, e)).collect(),
                    obstacles,
                });
            }
        }
    }
    let (unlocked, still_blocked) = dependents.into_iter().partition(|d| d.remaining.is_empty());
    Effects {
        target: NodeRef::new(view, target),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        assumed: view.assumed.iter().map(|&n| g.id(n).to_owned()).collect(),
        dropped: view.dropped_claims(),
        already_met: view.is_met(target),
        unlocked,
        still_blocked,
        unties: if view.is_met(target) {
            Vec::new()
        } else {
            super::deadlocks::knots(view)
                .into_iter()
                .filter(|k| k.node_ix.contains(&target))
                .collect()
        },
        triggered: triggered(view, target),
        responses: responses(view, target, None).responses,
    }
}

/// The visible claims by which a position needs `target` (a precondition
/// it sets, a package holding it as a term: [`crate::standing::needs`], the
/// rule `blockers` steps down by), each with that position, in file order.
/// What a settled or cancelled position needs no longer matters
/// ([`crate::standing`]): it is neither unlocked nor still blocked, as
/// `blockers` says of it.
fn needing(view: &View, target: NodeIx) -> Vec<(EdgeIx, NodeIx)> {
    let mut found: Vec<(EdgeIx, NodeIx)> = view
        .edges_in_order(target, Incoming)
        .into_iter()
        .chain(view.edges_in_order(target, Outgoing))
        .filter_map(|e| {
            let (needing, needed, _) = crate::standing::needs(view, e)?;
            (needed == target
                && needing != target
                && !view.is_settled(needing)
                && !view.is_cancelled(needing))
            .then_some((e, needing))
        })
        .collect();
    found.sort_unstable_by_key(|&(e, _)| e);
    found.dedup_by_key(|&mut (e, _)| e);
    found
}

/// What stands in `n`'s way once `met` is met, as `blockers` lists it in a
/// view where `met` is met: the obstacles, and the claim behind each and
/// behind a knot. One search serves both.
fn standing(met_view: &View, n: NodeIx) -> (Vec<super::blockers::Blocker>, Vec<EdgeIx>) {
    let answer = super::blockers::blockers(met_view, n, false);
    let mut edges: Vec<EdgeIx> = answer.blockers.iter().map(|b| b.link.edge).collect();
    edges.extend(answer.deadlock_edges.iter().copied());
    edges.sort_unstable();
    edges.dedup();
    (answer.blockers, edges)
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
                link: Link::seen(view, e),
            }
        })
        .collect()
}
