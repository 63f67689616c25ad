//! Who a claim puts pressure on, and which positions are asked of their
//! actors: the one home of the rules that `who P`, `stance P`, `show`'s
//! overview ("faces") and the map's party panels ("Faces", "To deliver") read.

use crate::graph::{EdgeIx, NodeIx};
use crate::model::{End, Relation};
use crate::view::View;
use petgraph::Direction::Incoming;

/// Whether position `n` is asked of its actors: some party demands it or
/// some position needs it (`conditions_on`). A position nobody seeks (a
/// refusal named as a threat's trigger, a term only offered) is asked of
/// nobody, whoever its actor.
pub fn sought(view: &View, n: NodeIx) -> bool {
    let g = view.graph;
    view.edges(n, Incoming).any(|e| {
        matches!(
            g.meta(e).relation,
            Relation::Demands | Relation::ConditionsOn
        ) && g.meta(e).to == n
    })
}

/// Whether position `n` is asked of `actor`, one of its actors: some
/// *other* party demands it, or some position needs it (`conditions_on`).
/// A party's own demand that it do something ("the U.S. annexes Canada",
/// demanded by the United States) asks nothing of it: it is its aim, not
/// pressure on it. What `who P` ("asked to deliver") and `stance P` count.
pub fn asked_of(view: &View, n: NodeIx, actor: NodeIx) -> bool {
    let g = view.graph;
    view.edges(n, Incoming).any(|e| {
        let m = g.meta(e);
        m.to == n
            && match m.relation {
                Relation::ConditionsOn => true,
                Relation::Demands => super::counts_for(view, e)
                    .is_none_or(|(p, speaker)| p != actor && speaker != Some(actor)),
                _ => false,
            }
    })
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
