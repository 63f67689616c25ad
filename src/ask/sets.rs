//! Readings of a set of nodes a question describes without naming them:
//! the talks between two parties, the positions one party put to another
//! (to read the other's responses to each), the node that is an event's
//! failure or refusal.

use super::failure::failures_of;
use super::slots::{Frame, PUT_WORDS, Plan, Takes, each, each_pair, held};
use crate::args::{Cmd, Line};
use crate::graph::{Graph, NodeIx};
use crate::model::Relation;
use crate::query::Query;
use crate::query::who::Side;

/// The positions the talks between two parties are about: those someone
/// mediates that a party of each side has a part in (holds a relation to,
/// sets a condition on, is an actor of, or disputes a claim about), else
/// those a party of each side is for.
pub(super) fn talks_between(g: &Graph, a: &[NodeIx], b: &[NodeIx]) -> Vec<NodeIx> {
    let touches = |parties: &[NodeIx], node: NodeIx, for_only: bool| {
        if for_only {
            return g.edge_indices().any(|e| {
                let m = g.meta(e);
                m.to == node
                    && parties.contains(&m.from)
                    && m.relation.facts().side == Some(Side::For)
            });
        }
        g.actors(node).iter().any(|p| parties.contains(p))
            || g.edge_indices().any(|e| {
                let m = g.meta(e);
                let about = m.to == node || m.from == node;
                about
                    && (parties.contains(&m.from)
                        || m.by.is_some_and(|p| parties.contains(&p))
                        || g.edge(e)
                            .disputed_by()
                            .filter_map(crate::query::package::end_node)
                            .any(|p| parties.contains(&p)))
            })
    };
    let positions: Vec<NodeIx> = g
        .node_indices()
        .filter(|&n| g.kind(n).is_position())
        .collect();
    let mediated: Vec<NodeIx> = positions
        .iter()
        .copied()
        .filter(|&n| held(g, n, Relation::Mediates) && touches(a, n, false) && touches(b, n, false))
        .collect();
    if !mediated.is_empty() {
        return mediated;
    }
    positions
        .into_iter()
        .filter(|&n| touches(a, n, true) && touches(b, n, true))
        .collect()
}

/// "How did Moscow answer Ukraine's offers and demands?": the responses of
/// the first party named to each position the second puts forward through
/// the relations the question names (or, with no second party named, to
/// every position another party put forward through them).
pub(super) fn responses_to_set(f: &Frame) -> Option<Plan> {
    let g = f.graph;
    let (p, parties) = f.first(Takes::Party, &[])?;
    let relations: Vec<Relation> = PUT_WORDS
        .iter()
        .filter(|(words, _)| (f.says)(words))
        .map(|&(_, r)| r)
        .collect();
    if relations.is_empty() {
        return None;
    }
    let by = f.first(Takes::Party, &[p]);
    let mut used = vec![p];
    let mut positions: Vec<NodeIx> = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        let fits = match &by {
            Some((_, others)) => others.contains(&m.from) && relations.contains(&m.relation),
            None => {
                relations.contains(&m.relation)
                    && g.kind(m.to).is_position()
                    && !parties.contains(&m.from)
            }
        };
        if fits && !positions.contains(&m.to) {
            positions.push(m.to);
        }
    }
    used.extend(by.iter().map(|(i, _)| *i));
    // "How did Israel answer Hamas's proposals?" of a graph where Hamas
    // proposes nothing: said, not read as Israel's stance.
    if positions.is_empty()
        && let Some((_, others)) = &by
    {
        let phrases: Vec<&str> = relations.iter().map(|r| r.facts().phrase).collect();
        return Some(Plan {
            queries: Vec::new(),
            used,
            notes: vec![format!(
                "{} {} nothing in the graph, so there are no responses of {} to read; {} lists what it holds",
                g.id(others[0]),
                phrases.join(" or "),
                g.id(parties[0]),
                Line::with_arg(Cmd::Stance, g.id(others[0]))
            )],
        });
    }
    if positions.is_empty() || positions.len() * parties.len() > super::MOST_READINGS {
        return None;
    }
    Some(Plan {
        queries: each_pair(&positions, &parties, |node, party| Query::Responses {
            node,
            party: Some(party),
        }),
        used,
        notes: Vec::new(),
    })
}

/// "What if X fails / is refused?": the effects of the node that is that
/// failure, or, when the graph has none, no reading and why.
pub(super) fn not_happening(g: &Graph, i: usize, nodes: &[NodeIx], by: &[NodeIx]) -> Plan {
    let ids: Vec<&str> = nodes.iter().map(|&n| g.id(n)).collect();
    let ids = ids.join(" or ");
    let failures = failures_of(g, nodes, by);
    let first = g.id(nodes[0]);
    let who: String = by
        .first()
        .map(|&p| format!(" by {}", g.id(p)))
        .unwrap_or_default();
    if failures.is_empty() {
        return Plan {
            queries: Vec::new(),
            used: vec![i],
            notes: vec![format!(
                "the graph has no node for {ids} failing or being refused{who}, and `effects {ids}` would answer it happening. Closest forms: {} (it happening); {}",
                Line::with_arg(Cmd::Ask, format!("what are the effects of {first}?")),
                Line::with_arg(Cmd::Ask, format!("what blocks {first}?"))
            )],
        };
    }
    let read: Vec<String> = failures
        .iter()
        .map(|&n| format!("{} ({})", g.id(n), g.label(n)))
        .collect();
    Plan {
        queries: each(&failures, Query::Effects),
        used: vec![i],
        notes: vec![format!(
            "read as {ids} not happening: the node that is that refusal or failure, {}",
            read.join(", ")
        )],
    }
}

/// Words that ask about two parties meeting or negotiating.
pub const MEETING: &str = "sit/sitting/meet/meeting/talk/talks/negotiate/negotiating/negotiation/negotiations/table/together/between";

/// "Get Russia and Ukraine to sit down together": with no position named,
/// two parties and a word of meeting read as the talks between them, each
/// asked with `query`, and said.
pub(super) fn talks_of_two(f: &Frame, query: impl Fn(NodeIx) -> Query) -> Option<Plan> {
    if !(f.says)(MEETING) {
        return None;
    }
    let (i, a) = f.first(Takes::Party, &[])?;
    let (j, b) = f.first(Takes::Party, &[i])?;
    let talks = talks_between(f.graph, &a, &b);
    if talks.is_empty() || talks.len() > super::MOST_READINGS {
        return None;
    }
    let ids: Vec<&str> = talks.iter().map(|&n| f.graph.id(n)).collect();
    Some(Plan {
        queries: each(&talks, query),
        used: vec![i, j],
        notes: vec![format!(
            "read as the talks between {} and {}: {}",
            f.graph.id(a[0]),
            f.graph.id(b[0]),
            ids.join(", ")
        )],
    })
}
