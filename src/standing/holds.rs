//! What a party holds: the claims that record a position as its own. The
//! one home of the rule: `stance P` (its stands that make a position its
//! own, and the claims it `holds`) and the map's party panel ("Holds") read
//! it.

use crate::graph::{EdgeIx, NodeIx};
use crate::view::View;

/// The parties claim `e` records a position of as their own, each with the
/// member who made the claim when it counts for that member's party:
/// - a party's own claim that makes a position its own (the relation
///   table's `holds`: it demands, proposes, supports, accepts or threatens
///   it): that party; and for a stand (a claim with a side) made by a
///   member, the party it speaks for;
/// - a claim recorded `by` a party other than the node it leaves (a
///   condition it sets, two positions it says cannot both hold, a block, a
///   term it put in a package): that party, and the party it is a member of.
///
/// Against-stands (rejects, counters, ignores) are answers, not holdings;
/// `considers`, `takes_part_in`, `mediates` and a party's own `blocks` take
/// no position as the party's own.
pub fn holders(view: &View, e: EdgeIx) -> Vec<(NodeIx, Option<NodeIx>)> {
    let g = view.graph;
    let m = g.meta(e);
    let facts = m.relation.facts();
    let mut found = Vec::new();
    let mut add = |party: NodeIx, speaker: Option<NodeIx>| {
        if !found.iter().any(|&(p, _)| p == party) {
            found.push((party, speaker));
        }
    };
    let from_party = g.kind(m.from) == crate::model::NodeKind::Party;
    if from_party && facts.holds {
        add(m.from, None);
        if facts.side.is_some()
            && let Some(party) = view.party_of_member(m.from).filter(|&p| p != m.from)
        {
            add(party, Some(m.from));
        }
    }
    for (party, speaker) in recorded_by(view, e).into_iter().flatten() {
        add(party, speaker);
    }
    found
}

/// The second half of [`holders`]: the parties a claim between other nodes
/// records a position of, when it is recorded `by` a party other than the
/// node it leaves: that party, and the party it is a member of (the member
/// speaking). What `stance P` lists as the claims P holds.
pub fn recorded_by(view: &View, e: EdgeIx) -> [Option<(NodeIx, Option<NodeIx>)>; 2] {
    let m = view.graph.meta(e);
    let Some(by) = m.by.filter(|&b| b != m.from) else {
        return [None, None];
    };
    let party = view.party_of_member(by).filter(|&p| p != by);
    [Some((by, None)), party.map(|p| (p, Some(by)))]
}
