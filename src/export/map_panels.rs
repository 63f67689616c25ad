//! What each node's panel on the map lists, computed here so that the page
//! only shows it: every link touching a node (those naming it as a
//! threat's trigger or target, a counter's offer or an addressee among them,
//! as `show` lists them), and for a party what it holds, what it faces and how it answered
//! (its members' claims among them: a member's claim counts for its party).
//! What a party holds is `standing`'s rule ([`crate::standing::holders`],
//! which `stance` reads too); which relations answer a position is the
//! relation table's ([`crate::model::RelationFacts`]); the page reads neither.

use std::collections::{BTreeMap, BTreeSet};

use super::map_data::{MapEdge, MapNode};
use crate::model::NodeKind;

/// Fills each node's lists ([`MapNode::links`] and, for a party,
/// [`MapNode::holds`], [`MapNode::faces`], [`MapNode::asked_of`] and
/// [`MapNode::responds`]) from the drawn edges, by their place in `edges`.
pub fn fill(nodes: &mut [MapNode], edges: &[MapEdge]) {
    let place: BTreeMap<String, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.clone(), i))
        .collect();
    let mut links: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); nodes.len()];
    let push =
        |list: fn(&mut MapNode) -> &mut Vec<usize>, id: &str, i: usize, nodes: &mut [MapNode]| {
            if let Some(&k) = place.get(id) {
                list(&mut nodes[k]).push(i);
            }
        };
    for (i, e) in edges.iter().enumerate() {
        // Every end a claim names, as `show` lists them (incoming,
        // outgoing, `named_in`): a counter's offer and an addressee too.
        let ends = [
            Some(&e.from),
            Some(&e.to),
            e.trigger.as_ref(),
            e.target.as_ref(),
            e.with.as_ref(),
            e.addressee.as_ref(),
        ];
        for end in ends.into_iter().flatten() {
            if let Some(&k) = place.get(end.as_str()) {
                links[k].insert(i);
            }
        }
        let facts = e.relation.facts();
        // A member's claim is its own, and its stands and answers count
        // for its party too (as `stance P` and `responses` list them).
        let makers = || std::iter::once(&e.from).chain(e.spoken_for.as_ref());
        // What a party holds is `standing`'s rule, read once per claim.
        for party in &e.held_by {
            push(|n| &mut n.holds, party, i, nodes);
        }
        if facts.response {
            for maker in makers() {
                push(|n| &mut n.responds, maker, i, nodes);
            }
        }
        for party in &e.pressed {
            push(|n| &mut n.faces, party, i, nodes);
        }
    }
    for (n, l) in nodes.iter_mut().zip(links) {
        n.links = l.into_iter().collect();
    }
    // Positions a party must deliver (it is their actor and they are asked
    // of it, as `who P` lists them), in drawing order.
    let mut asked: Vec<(usize, String)> = Vec::new();
    for n in nodes.iter() {
        for actor in &n.asked_actors {
            if let Some(&k) = place.get(actor.as_str()) {
                asked.push((k, n.id.clone()));
            }
        }
    }
    for (k, id) in asked {
        nodes[k].asked_of.push(id);
    }
    for n in nodes.iter_mut().filter(|n| n.kind != NodeKind::Party) {
        n.holds.clear();
        n.faces.clear();
        n.responds.clear();
    }
}
