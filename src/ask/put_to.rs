//! "How did Iran respond?": a party asked to have answered, with nothing
//! named that it answered, is asked about what was put to it: the
//! positions it answered that it did not put forward itself, each with its
//! own responses (not `stance`, which is everything it holds).

use super::plan::{Frame, PUT_WORDS, Plan, Takes, each_pair};
use crate::args::{Cmd, Line};
use crate::graph::NodeIx;
use crate::query::Query;

/// Verbs of answering, as a phrase: "how did P respond", "how has P
/// reacted", "what did P say back".
const ANSWERING: &str = "respond/responded/responds/responding/response/react/reacted/reacts/reaction/reply/replied/replies/answer/answered/answers/retort/retorted";

/// The plan for a question of one party's answers that names no position
/// and no set ("the offers", handled by `sets::responses_to_set`): the
/// positions the party answered and did not propose or demand itself, with
/// its answer to each; the graph holding none is said, with the command that lists
/// what the party holds. `None` when the question is not of that shape.
pub(super) fn answers_to_what_was_put(f: &Frame) -> Option<Plan> {
    if f.names.len() != 1 || PUT_WORDS.iter().any(|(w, _)| (f.says)(w)) {
        return None;
    }
    if !((f.says)(ANSWERING) || (f.says)("say/said/says back")) {
        return None;
    }
    let (p, parties) = f.first(Takes::Party, &[])?;
    let g = f.graph;
    // What it answered that it did not itself put forward: answering its
    // own offer is no response to anyone.
    let own = |n: NodeIx| {
        g.edge_indices().any(|e| {
            let m = g.meta(e);
            m.to == n
                && parties.contains(&m.from)
                && PUT_WORDS.iter().any(|&(_, r)| r == m.relation)
        })
    };
    let answered: Vec<NodeIx> = g
        .node_indices()
        .filter(|&n| g.kind(n).is_position() && !own(n))
        .filter(|&n| parties.iter().any(|&who| answers_it(g, who, n)))
        .collect();
    let party = g.id(parties[0]);
    if answered.is_empty() {
        return Some(Plan {
            words: Vec::new(),
            queries: Vec::new(),
            used: vec![p],
            notes: vec![format!(
                "the graph records no answer of {party} to a position it did not put forward itself; {} lists what it holds",
                Line::with_arg(Cmd::Stance, party)
            )],
        });
    }
    if answered.len() * parties.len() > super::MOST_READINGS {
        return None;
    }
    let ids: Vec<&str> = answered.iter().map(|&n| g.id(n)).collect();
    Some(Plan {
        words: Vec::new(),
        queries: each_pair(&answered, &parties, |node, party| Query::Responses {
            node,
            party: Some(party),
        }),
        used: vec![p],
        notes: vec![format!(
            "read as {party}'s answers to the positions it answered and did not put forward itself: {}",
            ids.join(", ")
        )],
    })
}

/// Whether the party holds an answer to the position (accepts, rejects,
/// counters, ... or backs it): `responses X --party P` would show
/// something.
pub(super) fn answers_it(g: &crate::graph::Graph, party: NodeIx, node: NodeIx) -> bool {
    g.edges_directed(node, petgraph::Direction::Incoming)
        .any(|e| {
            let m = g.meta(e);
            m.from == party
                && (m.relation.is_response() || m.relation == crate::model::Relation::Supports)
        })
}
