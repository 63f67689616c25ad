//! "Why did the union call the New Year strike?": the reason for a
//! position is in its node, who set it and the words they said, not how
//! the party named beside it answered it (round 18 read the party and the
//! position by their kinds alone, as the party's answer).

use super::plan::{Frame, Plan, Takes, each};
use crate::query::Query;

/// The node of the first position named, every party named beside it
/// taken as whose it is. `None` when no position is named ("why hasn't
/// Kiev paid?" reads otherwise) or no party: "why is the dock strike
/// dragging on?" asks what keeps it going, not who set it.
pub fn reason_for(f: &Frame) -> Option<Plan> {
    let (i, nodes) = f.first(Takes::Position, &[])?;
    f.first(Takes::Party, &[i])?;
    let mut used = vec![i];
    let mut notes = Vec::new();
    while let Some((p, parties)) = f.first(Takes::Party, &used) {
        used.push(p);
        let ids: Vec<&str> = parties.iter().map(|&n| f.graph.id(n)).collect();
        notes.push(format!(
            "read 'why' as the reason for the position, which its node gives (who set it, in their words); {} read as whose it is, not as an answer to it",
            ids.join(", ")
        ));
    }
    Some(Plan {
        words: Vec::new(),
        queries: each(&nodes, Query::Detail),
        notes,
        used,
    })
}
