//! Responses read from the party that gave them: "why did the UAW turn
//! down Stellantis?" names two parties and no position, so the positions
//! are those the second put forward and the first answered.

use super::answering_parties::puts_forward;
use super::plan::{Frame, Plan, Takes, each, each_pair};
use super::put_to::answers_it;
use super::sets::named_after;
use super::sets::{owners_offer_asked, responses_to_set};
use crate::graph::{Graph, NodeIx};
use crate::model::{NodeKind, Relation};
use crate::query::Query;

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

/// "What did the two sides settle on?", "what deal did the ILA and the
/// employers reach?": the positions two parties or more accepted (all the
/// parties named, when some are), each with every answer to it. `None`
/// when the question does not ask what was agreed, or nothing was.
pub(super) fn settled(f: &Frame) -> Option<Plan> {
    if !SETTLED.iter().any(|p| (f.says)(p)) {
        return None;
    }
    let g = f.graph;
    let mut named: Vec<usize> = Vec::new();
    let mut parties: Vec<NodeIx> = Vec::new();
    while let Some((i, nodes)) = f.first(Takes::Party, &named) {
        named.push(i);
        parties.extend(nodes);
    }
    // "What did the dockers settle for on pay?": an issue named narrows
    // what was agreed to its terms. Any other name ("what did they agree
    // on the ceasefire?") is the position's own question.
    let mut issues: Vec<&str> = Vec::new();
    while let Some((i, nodes)) = f.first(Takes::Issue, &named) {
        named.push(i);
        issues.extend(nodes.iter().map(|&n| g.id(n)));
    }
    if named.len() != f.names.len() {
        return None;
    }
    let on_issue =
        |n: NodeIx| issues.is_empty() || g.node(n).issue().is_some_and(|i| issues.contains(&i));
    let mut accepted: Vec<(NodeIx, Vec<NodeIx>)> = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if m.relation != Relation::Accepts || !g.kind(m.to).is_position() {
            continue;
        }
        match accepted.iter_mut().find(|(n, _)| *n == m.to) {
            Some((_, by)) if !by.contains(&m.from) => by.push(m.from),
            Some(_) => {}
            None => accepted.push((m.to, vec![m.from])),
        }
    }
    let agreed: Vec<NodeIx> = accepted
        .into_iter()
        .filter(|(n, by)| by.len() >= 2 && parties.iter().all(|p| by.contains(p)) && on_issue(*n))
        .map(|(n, _)| n)
        .collect();
    if agreed.is_empty() || agreed.len() > super::MOST_READINGS {
        return None;
    }
    let ids: Vec<&str> = agreed.iter().map(|&n| g.id(n)).collect();
    Some(Plan {
        words: Vec::new(),
        queries: agreed
            .into_iter()
            .map(|node| Query::Responses { node, party: None })
            .collect(),
        used: named,
        notes: vec![format!(
            "read as what two parties or more accepted: {}",
            ids.join(", ")
        )],
    })
}

/// Phrases that ask what the parties agreed on.
pub(super) const SETTLED: &[&str] = &[
    "settle/settled/settles/settling on/for",
    "agree/agreed/agreeing/agrees on/to/upon",
    "reach/reached/reaching/struck * deal/agreement/accord/compromise/settlement",
    "end/ended up with/agreeing/accepting",
    "deal/agreement/accord/compromise/settlement * <n> reach/reached/struck",
];

/// "When could the walkout start again?": of a threatened measure, when it
/// comes back is what sets it off, so the effects of each threat's trigger
/// (what follows once it is met, the threat among them). `None` when the
/// question does not ask when, or no threat of `nodes` has a trigger node.
pub(super) fn when_again(f: &Frame, i: usize, nodes: &[NodeIx]) -> Option<Plan> {
    let g = f.graph;
    // The coming back may be in the node's own name ("the strike resumes").
    let again = "again/resume/resumes/restart/restarts/return/returns";
    let named_again = nodes.iter().any(|&n| {
        let label = g.label(n).to_lowercase();
        ["again", "resum", "restart", "return"]
            .iter()
            .any(|w| label.contains(w))
    });
    if !(f.says)("when") || !((f.says)(again) || named_again) {
        return None;
    }
    let mut triggers: Vec<NodeIx> = Vec::new();
    for e in g.edge_indices() {
        if g.meta(e).relation != Relation::Threatens || !nodes.contains(&g.meta(e).to) {
            continue;
        }
        if let Some(crate::model::End::Node(n)) = g.edge(e).trigger() {
            let n = NodeIx::new(n as usize);
            if !triggers.contains(&n) {
                triggers.push(n);
            }
        }
    }
    if triggers.is_empty() {
        return None;
    }
    let ids: Vec<&str> = triggers.iter().map(|&n| g.id(n)).collect();
    let measures: Vec<&str> = nodes.iter().map(|&n| g.label(n)).collect();
    Some(Plan {
        words: Vec::new(),
        queries: triggers.into_iter().map(Query::Effects).collect(),
        used: vec![i],
        notes: vec![format!(
            "when a threatened measure ('{}') comes back read as its trigger: what follows once {} is met",
            measures.join("', '"),
            ids.join(", ")
        )],
    })
}

/// "Why did Israel turn down Hamas?" of a graph where the second party put
/// forward nothing the first answered: the answering party's stance (its
/// answers among its positions), said. Only for a question naming one or
/// two parties and nothing else.
pub(super) fn answering_stance(f: &Frame) -> Option<Plan> {
    // Only a refusal: "suppose the West agreed to pause its aid" is the
    // aid pause's question, not the West's stance.
    if !REFUSED.iter().any(|p| (f.says)(p)) {
        return None;
    }
    let (p, answering) = f.first(Takes::Party, &[])?;
    let other = f.first(Takes::Party, &[p]);
    let used: Vec<usize> = std::iter::once(p).chain(other.map(|(q, _)| q)).collect();
    if used.len() != f.names.len() {
        return None;
    }
    let g = f.graph;
    Some(Plan {
        words: Vec::new(),
        queries: answering.iter().map(|&n| Query::Stance(n)).collect(),
        used,
        notes: vec![format!(
            "no position named that {} answered: read as its stance, its answers among its positions",
            g.id(answering[0])
        )],
    })
}

/// Verbs of a party refusing another.
const REFUSED: &[&str] = &[
    "reject/rejected/rejects/refuse/refused/refuses/rebuff/rebuffed/spurn/spurned/dismiss/dismissed/snub/snubbed",
    "turn/turned/turns down/away",
    "say/said/says no",
];

/// Words for a position a party puts forward ("Zelensky's offer to meet").
const OFFER_WORDS: &[&str] = &[
    "offer",
    "offers",
    "proposal",
    "proposals",
    "plan",
    "idea",
    "invitation",
    "bid",
    "package",
];

/// "Has Putin said anything back on Zelensky's offer to meet him?", "did
/// Hamas accept the US offer?": no position named, but a party's offer; the
/// positions a named party puts forward (proposes or demands) whose names
/// hold most of the question's other words (the offer word among them:
/// "the latest U.S. offer"), with the name of the party that put them
/// forward (its index) and a note. `None` when no such position shares a
/// word with the question, or positions of two parties tie.
pub(super) fn offered(f: &Frame) -> Option<(usize, Vec<NodeIx>, String)> {
    let offer: Vec<&str> = OFFER_WORDS
        .iter()
        .copied()
        .filter(|w| (f.says)(&format!("<n> {w}")))
        .collect();
    if offer.is_empty() {
        return None;
    }
    let g = f.graph;
    let wanted: Vec<String> = f
        .loose
        .iter()
        .cloned()
        .chain(offer.iter().map(|w| super::words::stem(w)))
        .collect();
    let mut best: (usize, Vec<(usize, NodeIx)>) = (0, Vec::new());
    let mut seen = Vec::new();
    while let Some((i, parties)) = f.first(Takes::Party, &seen) {
        seen.push(i);
        for e in g.edge_indices() {
            let m = g.meta(e);
            if !parties.contains(&m.from) || !m.relation.puts_forward() {
                continue;
            }
            let own = super::failure::stems(g, m.to);
            let score = wanted.iter().filter(|w| own.contains(*w)).count();
            if score > best.0 {
                best = (score, vec![(i, m.to)]);
            } else if score == best.0 && score > 0 && !best.1.iter().any(|&(_, n)| n == m.to) {
                best.1.push((i, m.to));
            }
        }
    }
    let (_, mut found) = best;
    // "Did anyone take up the mediator's offer?" of a mediator whose one
    // proposal ("Binding arbitration") holds no word of the question:
    // what the party proposes is its offer.
    if found.is_empty() {
        let mut seen = Vec::new();
        while let Some((i, parties)) = f.first(Takes::Party, &seen) {
            seen.push(i);
            found.extend(
                g.edge_indices()
                    .map(|e| g.meta(e))
                    .filter(|m| parties.contains(&m.from) && m.relation == Relation::Proposes)
                    .map(|m| (i, m.to)),
            );
        }
        found.dedup();
    }
    let owner = found.first()?.0;
    if found.iter().any(|&(i, _)| i != owner) || found.len() > super::MOST_READINGS {
        return None;
    }
    let nodes: Vec<NodeIx> = found.into_iter().map(|(_, n)| n).collect();
    let ids: Vec<&str> = nodes.iter().map(|&n| g.id(n)).collect();
    let note = format!(
        "read the party's {} as what it put forward that the question's words name: {}",
        offer[0],
        ids.join(", ")
    );
    Some((owner, nodes, note))
}

/// Words that ask which party answered ("did anyone take up ...").
const RESPONDENT: &[&str] = &[
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "nobody",
    "everyone",
    "everybody",
    "parties",
];

/// Verbs that ask whether a party answered at all ("has Washington
/// responded to X?"), as opposed to what it said ("what did P say about
/// X?", its own answers whatever they are).
const ANSWERING: &str = "respond/responds/responded/response/answer/answers/answered/reply/replies/replied/react/reacts/reacted/reaction/back";

pub(super) fn responses(f: &Frame) -> Option<Plan> {
    let Some((i, nodes)) = f.first(Takes::Position, &[]) else {
        // "Has Putin said anything back on Zelensky's offer to meet him?":
        // the position is named by the party that made it.
        let by_its_party = || {
            offered(f).map(|(owner, nodes, note)| {
                let party = f.first(Takes::Party, &[owner]);
                let mut plan = answers_of(f, &nodes, vec![owner], party, vec![note]);
                // "Did anyone take up ...": the word that asks who answered.
                plan.words.extend(
                    f.typed
                        .iter()
                        .filter(|w| RESPONDENT.contains(&w.as_str()))
                        .map(|w| super::words::stem(w)),
                );
                plan
            })
        };
        let to_set = || (!owners_offer_asked(f)).then(|| responses_to_set(f));
        return to_set()
            .flatten()
            .or_else(|| settled(f))
            .or_else(|| answers_between_parties(f))
            .or_else(by_its_party)
            .or_else(|| super::put_to::answers_to_what_was_put(f))
            .or_else(|| answering_stance(f));
    };
    let (nodes, next) = f.narrowed_by_next(i, nodes);
    let mut used: Vec<usize> = std::iter::once(i).chain(next).collect();
    let mut party = f.first(Takes::Party, &used);
    // "Has anyone answered Zelensky's offer?": the party that put the
    // position forward names it; the answers asked for are everyone's.
    // Not when the party is the one answering ("has B said anything on
    // X?", "is the Kremlin open to direct talks?"): only a party named
    // right before the position names it.
    if let Some((p, parties)) = &party
        && f.owns(*p, i)
        && parties
            .iter()
            .all(|&who| nodes.iter().all(|&n| puts_forward(f.graph, who, n)))
    {
        used.push(*p);
        party = None;
    }
    let mut notes = Vec::new();
    if let Some((p, parties)) = &party
        && let Some((second, note)) =
            super::answering_parties::second_answerer(f, *p, parties, &nodes, &used)
    {
        used.extend([*p, second]);
        notes.push(note);
        party = None;
    }
    // "How did Moscow answer the calls for a ceasefire?": of the nodes a
    // name fits, those the party answered, when it answered some and not
    // all; said.
    let mut nodes = nodes;
    if let Some((_, parties)) = &party
        && nodes.len() > 1
    {
        let g = f.graph;
        let answered: Vec<NodeIx> = nodes
            .iter()
            .copied()
            .filter(|&n| parties.iter().any(|&p| answers_it(g, p, n)))
            .collect();
        if !answered.is_empty() && answered.len() < nodes.len() {
            let others: Vec<&str> = nodes
                .iter()
                .filter(|n| !answered.contains(n))
                .map(|&n| g.id(n))
                .collect();
            notes.push(format!(
                "read {}, of the {} nodes the name fits, as the one{} {party} answered; {party} holds no answer to {} (name it by id to ask about it)",
                ids_of(g, &answered),
                nodes.len(),
                if answered.len() == 1 { "" } else { "s" },
                others.join(", "),
                party = g.id(parties[0]),
            ));
            nodes = answered;
        }
    }
    Some(answers_of(f, &nodes, used, party, notes))
}

/// The ids of `nodes`, comma-separated.
fn ids_of(g: &Graph, nodes: &[NodeIx]) -> String {
    nodes
        .iter()
        .map(|&n| g.id(n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The answers to `nodes`, of `party` when one is named and answered
/// them; every party's when it answered none.
fn answers_of(
    f: &Frame,
    nodes: &[NodeIx],
    mut used: Vec<usize>,
    mut party: Option<(usize, Vec<NodeIx>)>,
    mut notes: Vec<String>,
) -> Plan {
    // "Has Washington answered Iran's demand?" of a party that holds no
    // answer to it: every party's answers, where its silence shows beside
    // the others' (blind writers of rounds 5 to 7 asked for that, and
    // accepted it wherever the party had answered too).
    if let Some((p, parties)) = &party
        && (f.says)(ANSWERING)
        && !parties
            .iter()
            .any(|&who| nodes.iter().any(|&n| answers_it(f.graph, who, n)))
    {
        used.push(*p);
        let ids: Vec<&str> = parties.iter().map(|&n| f.graph.id(n)).collect();
        notes.push(format!(
            "the graph records no answer by {} to it: every party's answers read, without --party",
            ids.join(" or ")
        ));
        party = None;
    }
    // "How did Iran respond to the US offer?" where Iran alone answered
    // it: the filter hides nothing, so the offer's reception, every
    // party's answers, is read (blind writers of round 7 asked for that).
    // Not of a demand ("how has Upstream answered the moratorium
    // demand?"), where the party's own answer is asked (round 4).
    if let Some((p, parties)) = &party
        && (f.says)(ANSWERING)
        && nodes.iter().all(|&n| f.graph.kind(n) == NodeKind::Proposal)
        && nodes.iter().all(|&n| {
            f.graph
                .edges_directed(n, petgraph::Direction::Incoming)
                .all(|e| {
                    let m = f.graph.meta(e);
                    !(m.relation.is_response() || m.relation == Relation::Supports)
                        || parties.contains(&m.from)
                })
        })
    {
        used.push(*p);
        let ids: Vec<&str> = parties.iter().map(|&n| f.graph.id(n)).collect();
        notes.push(format!(
            "only {} answered it: every party's answers read, without --party",
            ids.join(" or ")
        ));
        party = None;
    }
    let queries = match &party {
        Some((p, parties)) => {
            used.push(*p);
            each_pair(nodes, parties, |node, party| Query::Responses {
                node,
                party: Some(party),
            })
        }
        None => each(nodes, |node| Query::Responses { node, party: None }),
    };
    Plan {
        words: Vec::new(),
        queries,
        used,
        notes,
    }
}
