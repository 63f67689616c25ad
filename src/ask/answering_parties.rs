//! "How did Moscow and Kiev react to Oettinger's idea?": two answering
//! parties named together ask for every party's answers, not the first
//! one's alone (round 18 filtered to the first and dropped the second).

use super::plan::{Frame, Takes};
use crate::graph::{Graph, NodeIx};

/// When the question names a second answering party beside `first` (name
/// `first_at`): a party other than the first that put none of `nodes`
/// forward (so not the owner of "Russia's offer"), joined to the first by
/// "and" or "or". The note saying the answers are read without
/// `--party`, and the name's index to mark used. `None` otherwise.
pub(super) fn second_answerer(
    f: &Frame,
    first_at: usize,
    first: &[NodeIx],
    nodes: &[NodeIx],
    used: &[usize],
) -> Option<(usize, String)> {
    let g = f.graph;
    let mut seen: Vec<usize> = used.to_vec();
    seen.push(first_at);
    let (at, second) = f.first(Takes::Party, &seen)?;
    let other = second
        .iter()
        .any(|p| !first.contains(p) && !nodes.iter().any(|&n| puts_forward(g, *p, n)));
    // "Moscow and Kiev", "Russia or Ukraine": the two names side by side.
    if !other
        || !f
            .typed
            .iter()
            .any(|w| matches!(w.as_str(), "and" | "or" | "both"))
    {
        return None;
    }
    let ids: Vec<&str> = first
        .iter()
        .chain(second.iter())
        .map(|&p| g.id(p))
        .collect();
    Some((
        at,
        format!(
            "read as the answers of {}: every party's answers, without --party",
            ids.join(" and ")
        ),
    ))
}

/// Whether `party` proposes or demands `node`: the claims into `node` only
/// (it is asked once per claim of the graph, so a scan of every claim here
/// made the reading quadratic).
pub(super) fn puts_forward(g: &Graph, party: NodeIx, node: NodeIx) -> bool {
    g.edges_directed(node, petgraph::Direction::Incoming)
        .any(|e| {
            let m = g.meta(e);
            m.from == party && m.to == node && m.relation.puts_forward()
        })
}
