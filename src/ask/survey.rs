//! Builds for questions about the whole negotiation that name no position:
//! every threat, every mediator, the pressure on a party. Each maps to the
//! existing query that answers it (`who X --relation R` per node, `who P`
//! for a party), and says so when the graph holds none.

use super::MOST_READINGS;
use super::slots::{Frame, Plan, Takes};
use crate::graph::{Graph, NodeIx};
use crate::model::Relation;
use crate::query::Query;

/// The positions some party holds `relation` to, in file order.
fn held_by_someone(g: &Graph, relation: Relation) -> Vec<NodeIx> {
    let mut found = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if m.relation == relation && !found.contains(&m.to) {
            found.push(m.to);
        }
    }
    found
}

/// Every position held through `relation`, each as `who X --relation R`
/// (which names the party, and for a threat its target and trigger); a
/// question that also names a node is another intent's.
fn every(f: &Frame, relation: Relation, what: &str) -> Option<Plan> {
    let g = f.graph;
    let nodes = held_by_someone(g, relation);
    // A question that names anything ("what is Europe threatening?": its
    // stance) is another intent's.
    if !f.names.is_empty() {
        return None;
    }
    let mut notes = Vec::new();
    if nodes.len() > MOST_READINGS {
        return None;
    }
    if nodes.is_empty() {
        notes.push(format!(
            "the graph records no {what}: no party {} anything",
            relation.facts().phrase
        ));
    }
    Some(Plan {
        words: Vec::new(),
        queries: nodes
            .into_iter()
            .map(|node| Query::Who {
                node,
                relation: Some(relation),
                side: None,
            })
            .collect(),
        used: Vec::new(),
        notes,
    })
}

/// "What threats are there?": every threat, with who makes it, against
/// whom and on what trigger.
pub(super) fn threats(f: &Frame) -> Option<Plan> {
    every(f, Relation::Threatens, "threats")
}

/// "Who are the mediators?": every mediator, with what they mediate.
pub(super) fn mediators(f: &Frame) -> Option<Plan> {
    every(f, Relation::Mediates, "mediators")
}

/// "What pressure is there on Russia?": the threats against the party.
pub(super) fn pressure(f: &Frame) -> Option<Plan> {
    // "What leverage does the West have over Russia?": the party the
    // pressure is on is named last.
    let mut last = f.first(Takes::Party, &[])?;
    let mut seen = vec![last.0];
    while let Some(next) = f.first(Takes::Party, &seen) {
        seen.push(next.0);
        last = next;
    }
    let (i, nodes) = last;
    Some(Plan {
words: Vec::new(),
        queries: nodes
            .iter()
            .map(|&node| Query::Who {
                node,
                relation: None,
                side: None,
            })
            .collect(),
        used: vec![i],
        notes: vec![
            "pressure on a party read as the threats against it (the graph records whom a threat targets; a demand records no addressee)".to_owned(),
        ],
    })
}
