//! Who a claim puts pressure on, and which positions are asked of their
//! actors: the one home of the rules that `who P`, `stance P`, `show`'s
//! overview ("faces") and the map's party panels ("Faces", "To deliver")
//! read.

use crate::graph::{EdgeIx, NodeIx};
use crate::model::{End, Relation};
use crate::view::View;
use petgraph::Direction::Incoming;

/// Whether position `n` is asked of `actor`, one of its actors, while it
/// stands (not withdrawn or replaced):
/// - some position needs it (`conditions_on`);
/// - some *other* party demands it: a party's own demand that it do
///   something ("the U.S. annexes Canada", demanded by the United States)
///   is its aim, not pressure on it;
/// - it is a term of a package still standing that another party offers
///   ([`super::offered_by`]: the package's proposer, else the party its
///   `part_of` claim is by), or that no party is named as offering: the
///   package asks the term of its actor, as `blockers PACKAGE` names the
///   actor to deliver it. A term the actor offers itself and has agreed to
///   ([`super::agrees`]) is its offer; one it is said to offer but has not
///   agreed to (it rejects the package, or denies proposing it) is asked
///   of it, as `blockers` asks it.
///
/// The one rule of "asked of P": `who P` ("asked to deliver"), `stance P`
/// (its count) and the map's party panel ("To deliver") read it. A position
/// nobody seeks (a refusal named as a threat's trigger) is asked of nobody,
/// whoever its actor.
pub fn asked_of(view: &View, n: NodeIx, actor: NodeIx) -> bool {
    // A withdrawn (or replaced) position is held by no party: no demand of
    // it, no condition on it asks anything now ([`super::stands_hold`]).
    if !super::stands_hold(view, n) {
        return false;
    }
    let g = view.graph;
    let others = |party: Option<(NodeIx, Option<NodeIx>)>| {
        party.is_none_or(|(p, speaker)| p != actor && speaker != Some(actor))
    };
    view.edges(n, Incoming).any(|e| {
        let m = g.meta(e);
        m.to == n
            && match m.relation {
                Relation::ConditionsOn => true,
                Relation::Demands => others(super::counts_for(view, e)),
                _ => false,
            }
    }) || super::sides::packages_of(view, n)
        .into_iter()
        .any(|(_, part_of)| {
            others(super::offered_by(view, part_of).map(|offer| (offer.party, offer.speaker)))
                || !super::agrees(view, actor, n)
        })
}

/// The actors of position `n` that it is asked of ([`asked_of`]), each
/// once, in the order the node names them.
pub fn asked_actors(view: &View, n: NodeIx) -> Vec<NodeIx> {
    let actors = view.graph.actors(n);
    let mut found: Vec<NodeIx> = Vec::new();
    for &a in actors {
        if !found.contains(&a) && asked_of(view, n, a) {
            found.push(a);
        }
    }
    found
}

/// The parties claim `e` puts pressure on, each once, in this order: a
/// threat's `target` and `addressee`, a demand's `addressee` (an offer put
/// to a party presses it not); then, for each of those that is a member,
/// the party it speaks for (its first membership in force, as
/// [`super::counts_for`] reads it): pressure on a member is pressure on its
/// party, as a member's word is its party's.
pub fn pressed(view: &View, e: EdgeIx) -> Vec<NodeIx> {
    let g = view.graph;
    let edge = g.edge(e);
    let node = |end: Option<End>| match end {
        Some(End::Node(i)) => Some(NodeIx::new(i as usize)),
        _ => None,
    };
    let addressed = match g.meta(e).relation {
        Relation::Threatens => [node(edge.target()), node(edge.addressee())],
        Relation::Demands => [node(edge.addressee()), None],
        _ => return Vec::new(),
    };
    let mut found: Vec<NodeIx> = Vec::new();
    for p in addressed.into_iter().flatten() {
        if !found.contains(&p) {
            found.push(p);
        }
    }
    for i in 0..found.len() {
        if let Some(party) = view.party_of_member(found[i])
            && !found.contains(&party)
        {
            found.push(party);
        }
    }
    found
}
