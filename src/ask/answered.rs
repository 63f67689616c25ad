//! Responses read from the party that gave them: "why did the UAW turn
//! down Stellantis?" names two parties and no position, so the positions
//! are those the second put forward and the first answered.

use super::plan::{Frame, Plan, Takes};
use super::sets::named_after;
use crate::graph::{Graph, NodeIx};
use crate::model::Relation;
use crate::query::Query;

/// Whether `party` proposes or demands `node`.
fn puts_forward(g: &Graph, party: NodeIx, node: NodeIx) -> bool {
    g.edge_indices().any(|e| {
        let m = g.meta(e);
        m.from == party
            && m.to == node
            && matches!(m.relation, Relation::Proposes | Relation::Demands)
    })
}

/// "Why did the UAW turn down Stellantis?": the positions the second party
/// named put forward that the first answered, each with every answer to it
/// (the answering party's among them). `None` when the question names no
/// second party or the first answered nothing of the second's.
pub(super) fn answers_between_parties(f: &Frame) -> Option<Plan> {
    let g = f.graph;
    let (p, answering) = f.first(Takes::Party, &[])?;
    let (q, putting) = f.first(Takes::Party, &[p])?;
    let mut positions: Vec<NodeIx> = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if answering.contains(&m.from)
            && m.relation.facts().response
            && g.kind(m.to).is_position()
            && putting.iter().any(|&who| puts_forward(g, who, m.to))
            && !positions.contains(&m.to)
        {
            positions.push(m.to);
        }
    }
    // "Did Hamas accept Witkoff's deal?": of what the US put forward, the
    // one named after Witkoff.
    let positions = named_after(g, &putting, positions);
    if positions.is_empty() || positions.len() > super::MOST_READINGS {
        return None;
    }
    let labels: Vec<String> = positions
        .iter()
        .map(|&n| format!("'{}'", g.label(n)))
        .collect();
    Some(Plan {
        words: Vec::new(),
        queries: positions
            .into_iter()
            .map(|node| Query::Responses { node, party: None })
            .collect(),
        used: vec![p, q],
        notes: vec![format!(
            "read as the answers to what {} put forward and {} answered: {}",
            g.id(putting[0]),
            g.id(answering[0]),
            labels.join(", ")
        )],
    })
}
