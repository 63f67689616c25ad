//! What a party asks of a position, read through the position it is about:
//! "where does P stand on X" (P's answer to X), "what does P need before
//! (or want in return for) a deal" (the deal's preconditions, as P sets
//! them), and a helper the `issues` and `conflicts` readings share.

use super::plan::{Frame, Plan, Takes};
use crate::graph::{Graph, NodeIx};
use crate::model::{NodeKind, Relation};
use crate::query::Query;
use crate::query::compare::comparable;

/// Whether the question names two parties or more and nothing else.
pub(super) fn only_parties(f: &Frame) -> bool {
    f.names.len() >= 2
        && f.names
            .iter()
            .all(|nodes| nodes.iter().all(|&n| f.graph.kind(n) == NodeKind::Party))
}

/// Compare's reading, but not of "how far apart are Israel and Hamas?":
/// parties only, which are conflicts' to answer.
pub(crate) fn compare_unless_parties(f: &Frame) -> Option<Plan> {
    if let Some(plan) = what_parties_put_forward(f) {
        return Some(plan);
    }
    if (f.says)("far apart") && only_parties(f) {
        return None;
    }
    super::proposals::compare(f)
}

/// "How far apart are Ford, GM and Stellantis on wages?", "how far is the
/// union's 40% from what the carmakers are offering?": how far apart
/// parties are, when each puts something forward, is the gap between what
/// they put forward (what each proposes, else what it counters with), set
/// beside any position named, compared in file order. A party named as a
/// position's owner ("the union's 40%") says whose it is. `None` unless
/// every party named puts something forward and a party is named.
pub(super) fn what_parties_put_forward(f: &Frame) -> Option<Plan> {
    if !((f.says)("far apart") || ((f.says)("how far") && (f.says)("from"))) {
        return None;
    }
    let g = f.graph;
    let (mut compared, mut used, mut read) = (Vec::new(), Vec::new(), Vec::new());
    for (i, nodes) in f.names.iter().enumerate() {
        // "On wages": the issue they are measured on, which compare shows.
        if nodes.iter().all(|&n| g.kind(n) == NodeKind::Issue) {
            used.push(i);
            continue;
        }
        if !nodes.iter().all(|&n| g.kind(n) == NodeKind::Party) {
            // "On pay", fitting several nodes: what they are measured on,
            // left unused (and said so), not a position of its own.
            let [position] = nodes[..] else {
                continue;
            };
            // A word inside a label compare cannot take ("pay" of
            // "Increase to retiree pay"): left unused too.
            if !comparable(g, position) {
                continue;
            }
            compared.push(position);
            used.push(i);
            continue;
        }
        used.push(i);
        let owns_a_position =
            |j: usize| f.owns(i, j) && f.names[j].iter().any(|&n| g.kind(n).is_position());
        if (0..f.names.len()).any(owns_a_position) {
            continue;
        }
        let offers: Vec<NodeIx> = put_forward(g, nodes)
            .into_iter()
            .filter(|&n| comparable(g, n))
            .collect();
        if offers.is_empty() {
            return None;
        }
        let ids: Vec<&str> = offers.iter().map(|&n| g.id(n)).collect();
        let parties: Vec<&str> = nodes.iter().map(|&n| g.id(n)).collect();
        read.push(format!("{} as {}", parties.join(", "), ids.join(", ")));
        compared.extend(offers);
    }
    compared.sort_by_key(|n| n.index());
    compared.dedup();
    if read.is_empty() || compared.len() < 2 {
        return None;
    }
    Some(Plan {
        words: Vec::new(),
        queries: vec![Query::Compare(compared)],
        used,
        notes: vec![format!(
            "read each party as what it puts forward (proposes, or counters with): {}",
            read.join("; ")
        )],
    })
}

/// What `parties` put forward: the positions they propose, else those
/// they counter another's with, in file order of the claims.
fn put_forward(g: &Graph, parties: &[NodeIx]) -> Vec<NodeIx> {
    let mut proposed = Vec::new();
    let mut countered_with = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if !parties.contains(&m.from) {
            continue;
        }
        match m.relation {
            Relation::Proposes if !proposed.contains(&m.to) => proposed.push(m.to),
            Relation::Counters => {
                if let Some(crate::model::End::Node(n)) = g.edge(e).with() {
                    let n = NodeIx::new(n as usize);
                    if !countered_with.contains(&n) {
                        countered_with.push(n);
                    }
                }
            }
            _ => {}
        }
    }
    if proposed.is_empty() {
        countered_with
    } else {
        proposed
    }
}

/// "Where does Russia stand on the 30-day ceasefire?": the party's answer
/// to the position named after "stand on" (`responses X --party P`), not
/// its whole stance with the position left unused.
pub(super) fn stand_on(f: &Frame, i: usize, parties: &[NodeIx]) -> Option<Plan> {
    if !(f.says)("where do/does/did <n> stand/stands on/over/regarding <n>") {
        return None;
    }
    let (j, nodes) = f.first(Takes::Position, &[i])?;
    Some(Plan {
        words: Vec::new(),
        queries: nodes
            .iter()
            .flat_map(|&node| {
                parties.iter().map(move |&p| Query::Responses {
                    node,
                    party: Some(p),
                })
            })
            .collect(),
        notes: vec!["read where a party stands on a position as its answer to it".to_owned()],
        used: vec![i, j],
    })
}

/// Words that name a deal, settlement or agreement: the node the
/// question's preconditions are of.
const DEAL: &[&str] = &[
    "deal",
    "deals",
    "agreement",
    "agreements",
    "settlement",
    "settlements",
    "accord",
    "accords",
    "treaty",
    "treaties",
];

/// "Ending the war": an end (the first four) of a war (the rest), a deal.
const ENDS_WAR: &[&str] = &[
    "end", "ends", "ending", "ended", "war", "conflict", "fighting",
];

/// "What does Tehran need before it'll sign a nuclear deal?", "what does
/// Moscow want in return for ending the war?": the preconditions of the
/// deal node the party sets conditions on (`requires X`), not a proposal
/// whose name merely holds the question's words. `None` unless a party
/// is named, the question asks what it needs before or in return for a
/// deal (or the end of a war), and exactly one position that the party
/// conditions is so named.
pub(super) fn deal_terms(f: &Frame) -> Option<Plan> {
    // "What are Moscow's terms for ending the war?" too.
    let asks = (f.says)(
        "what * <n> need/needs/want/wants/require/requires/demand/demands/ask/asks/expect/expects * before/for",
    ) || (f.says)(
        // "What is Tehran insisting on before a new deal?"
        "what * <n> insist/insists/insisting/insisted * before/ahead",
    ) || (f.says)(
        "<n> term/terms/price/condition/conditions/precondition/preconditions for/of/to",
    );
    // The words as typed: "deal" or "war" may be inside a name found.
    let typed = |w: &str| f.typed.iter().any(|t| t == w);
    let deal_worded = DEAL.iter().any(|w| typed(w))
        || (ENDS_WAR[..4].iter().any(|w| typed(w)) && ENDS_WAR[4..].iter().any(|w| typed(w)));
    if !asks || !deal_worded {
        return None;
    }
    let (p, parties) = f.first(Takes::Party, &[])?;
    let g = f.graph;
    let fits: Vec<NodeIx> = g
        .node_indices()
        .filter(|&n| g.kind(n).is_position() && g.kind(n) != NodeKind::Proposal)
        .filter(|&n| conditioned_by(g, n, &parties))
        .filter(|&n| {
            super::words::words(g.label(n))
                .iter()
                .any(|w| DEAL.contains(&w.text.as_str()))
        })
        .collect();
    let [node] = fits.as_slice() else {
        return None;
    };
    // The words that named the deal are this reading's, no loose end.
    let words = f
        .typed
        .iter()
        .filter(|w| DEAL.contains(&w.as_str()) || ENDS_WAR.contains(&w.as_str()))
        .map(|w| super::words::stem(w))
        .collect();
    Some(Plan {
        words,
        queries: vec![Query::Requires(*node)],
        notes: vec![format!(
            "read what {} needs before (or wants in return for) a deal as the preconditions it sets on {} ({})",
            g.id(parties[0]),
            g.id(*node),
            g.label(*node)
        )],
        // A name that is the deal itself ("before any settlement") is used.
        used: std::iter::once(p)
            .chain((0..f.names.len()).filter(|&k| f.names[k].contains(node)))
            .collect(),
    })
}

/// Whether one of `parties` sets a precondition on `node`.
fn conditioned_by(g: &Graph, node: NodeIx, parties: &[NodeIx]) -> bool {
    g.edges_directed(node, petgraph::Direction::Outgoing)
        .any(|e| {
            let m = g.meta(e);
            m.relation == Relation::ConditionsOn && m.by.is_some_and(|b| parties.contains(&b))
        })
}
