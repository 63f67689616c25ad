//! An event not happening: "what if Russia refuses the ceasefire?", "if the
//! talks fail". The question is about the node that is that refusal or
//! failure (a trigger), never about the event happening.

use std::collections::HashSet;

use super::plan::{Frame, Plan, Takes, each};
use super::words::{is_stopword, words};
use crate::args::{Cmd, Line};
use crate::graph::{Graph, NodeIx};
use crate::model::NodeKind;
use crate::query::Query;

/// Phrases (as [`super::cues::Pattern`] reads them) that say an event does
/// not happen.
pub const FAILS: &[&str] = &[
    "refuse/refuses/refused/refusing/refusal/reject/rejects/rejected/rejecting",
    "decline/declines/declined/declining",
    "fail/fails/failed/failing/failure/collapse/collapses/collapsed",
    "say/says/said no",
    // "What if Russia turns it down?": a pronoun or name between the
    // verb's parts.
    "turn/turns/turned/turning * down",
    "fall/falls/fell through/apart",
    "break/breaks/broke down",
    "not/never/no/without",
    "go/goes/went/going/get/gets/got/getting nowhere",
    "ignore/ignores/ignored/ignoring/snub/snubs/snubbed/rebuff/rebuffs/rebuffed",
    "stall/stalls/stalled/stalling/founder/founders/foundered",
    // "What if Putin skips Istanbul?": not attending is the meeting not
    // happening with him.
    "skip/skips/skipped/skipping/boycott/boycotts/boycotted/boycotting/shun/shuns/shunned",
    "stay/stays/stayed away",
    "pull/pulls/pulled out",
    "walk/walks/walked/walking away",
    // "What if Brussels runs out of patience?", "what if the mediator
    // quits": a party giving up is its refusal.
    "run/runs/ran/running out * patience",
    "lose/loses/lost/losing patience",
    "quit/quits/quitting",
    "back/backs/backed/backing out",
];

/// Verbs that say a day or deadline goes by ("if January 15 comes and
/// goes without a deal"): what a "without" or "no" after them negates is
/// not the day, which does pass.
pub const PASSES: &[&str] = &[
    "passes", "passed", "pass", "comes", "come", "goes", "expires", "expire", "expired", "lapses",
    "lapse", "lapsed", "elapses", "arrives", "arrive", "hits", "reached", "runs", "run", "slips",
];

/// Whether the words as typed say a day goes by without something
/// ("passes with no deal", "comes and goes without a deal").
pub fn goes_by_without(typed: &[String]) -> bool {
    typed
        .iter()
        .position(|w| PASSES.contains(&w.as_str()))
        .is_some_and(|p| typed[p + 1..].iter().any(|w| w == "without" || w == "no"))
}

/// Stems that make a node's own text a refusal or failure.
const NEGATIVE: &[&str] = &[
    "refus", "reject", "not", "fail", "failur", "collaps", "never", "no",
];

/// Stems of a word that says something does not happen: a refusal, a
/// failure, a negation ("refuses", "turned down" by its "down" alone is
/// not one: "down" also says less).
pub fn says_not(stem: &str) -> bool {
    NEGATIVE.contains(&stem) || matches!(stem, "declin" | "snub" | "rebuff" | "ignor" | "nowher")
}

/// The stems of a node's label and aliases, stopwords out.
pub(super) fn stems(g: &Graph, n: NodeIx) -> HashSet<String> {
    let node = g.node(n);
    // The id too: "the talks" of a node `talks` labelled "EU-US
    // negotiations" shares "talks" with "No tangible progress in the talks".
    std::iter::once(g.label(n))
        .chain(std::iter::once(g.id(n)))
        .chain(node.aliases.iter().map(String::as_str))
        .flat_map(|name| {
            // "No tangible progress": a negative word opening a name is
            // kept, stopword or not ("does not resume the war" is no
            // failure of the talks).
            words(name).into_iter().enumerate().filter_map(|(i, w)| {
                let kept = !is_stopword(&w.text) || (i == 0 && NEGATIVE.contains(&w.text.as_str()));
                kept.then_some(w.stem)
            })
        })
        .collect()
}

/// Whether the node's own text says something does not happen.
pub fn is_failure(g: &Graph, n: NodeIx) -> bool {
    let own = stems(g, n);
    NEGATIVE.iter().any(|s| own.contains(*s))
}

/// The positions that are the failure or refusal of one of `nodes`: a
/// demand, condition or proposal whose own text is a refusal and shares a
/// word (not a party's name, not the refusal's) with one of them; when
/// the question names parties (`by`: "what if Ukraine refuses it?"), one
/// whose text names one of them.
pub fn failures_of(g: &Graph, nodes: &[NodeIx], by: &[NodeIx]) -> Vec<NodeIx> {
    let by_words: HashSet<String> = by.iter().flat_map(|&p| stems(g, p)).collect();
    let party_words: HashSet<String> = g
        .node_indices()
        .filter(|&n| g.kind(n) == NodeKind::Party)
        .flat_map(|n| stems(g, n))
        .collect();
    let topic: HashSet<String> = nodes
        .iter()
        .flat_map(|&n| stems(g, n))
        .filter(|s| !party_words.contains(s) && !NEGATIVE.contains(&s.as_str()))
        .collect();
    g.node_indices()
        .filter(|&r| {
            g.kind(r).is_position()
                && !nodes.contains(&r)
                && is_failure(g, r)
                && stems(g, r).iter().any(|s| topic.contains(s))
                && (by.is_empty() || stems(g, r).iter().any(|s| by_words.contains(s)))
        })
        .collect()
}

/// "What if Russia says no?" with no position named: the refusals or
/// failures that name one of `parties` and that some threat waits on (Russia's
/// "Putin does not acquiesce to the demands for a 30-day ceasefire"), the
/// effects of each; when the graph has none, no reading and why.
pub(super) fn refused_by(g: &Graph, p: usize, parties: &[NodeIx]) -> Plan {
    let theirs: HashSet<String> = parties
        .iter()
        .flat_map(|&n| stems(g, n))
        .filter(|s| !NEGATIVE.contains(&s.as_str()))
        .collect();
    // A refusal is an event some threat waits on (its trigger): a position
    // whose text is merely negative ("Iran never obtains a bomb", demanded
    // of Iran) is no refusal by Iran.
    let triggers: HashSet<NodeIx> = g
        .edge_indices()
        .filter_map(|e| match g.edge(e).trigger() {
            Some(crate::model::End::Node(i)) => Some(NodeIx::new(i as usize)),
            _ => None,
        })
        .collect();
    let refusals: Vec<NodeIx> = g
        .node_indices()
        .filter(|&r| triggers.contains(&r) && g.kind(r).is_position() && is_failure(g, r))
        .filter(|&r| stems(g, r).iter().any(|s| theirs.contains(s)))
        .collect();
    let who: Vec<&str> = parties.iter().map(|&n| g.id(n)).collect();
    let who = who.join(" or ");
    let none = format!(
        "the graph has no node for {who} refusing or failing to act, so what would follow is not recorded. Closest forms: {}; {}",
        Line::with_arg(Cmd::Ask, format!("what does {who} want?")),
        Line::with_arg(Cmd::Ask, format!("what is asked of {who}?"))
    );
    effects_of_failures(
        g,
        &refusals,
        p,
        none,
        &format!("read as {who} saying no: the node that is its refusal or failure"),
    )
}

/// "What if the talks make no progress": a name (in the "if" clause when
/// there is one) whose positions are all failures ("No tangible progress
/// in the talks") is the event asked, before any other position named.
/// "What if China doesn't sign within a month", of a name that fits both
/// the deal and the trigger "China does not agree ... within a month":
/// the question says the event does not happen, so the failure alone is
/// asked, never the event happening beside it.
pub(super) fn named(f: &Frame) -> Option<(usize, Vec<NodeIx>)> {
    let g = f.graph;
    let says_not = says_it_does_not_happen(f);
    let failed_of = |i: usize| -> Option<(usize, Vec<NodeIx>)> {
        let fit: Vec<NodeIx> = f.names[i]
            .iter()
            .copied()
            .filter(|&n| g.kind(n).is_position())
            .collect();
        let failed: Vec<NodeIx> = fit.iter().copied().filter(|&n| is_failure(g, n)).collect();
        let asked = !failed.is_empty() && (failed.len() == fit.len() || says_not);
        asked.then_some((i, failed))
    };
    let in_clause = |i: &usize| !f.asks_if || f.in_if.is_empty() || f.in_if.contains(i);
    // A name the clause reads whole ("within a month" of a dated trigger)
    // may stand outside the clause's names: when the question says the
    // event does not happen, any name whose failure is in the graph.
    (0..f.names.len())
        .filter(in_clause)
        .find_map(failed_of)
        .or_else(|| {
            (0..f.names.len())
                .filter(|i| says_not && !in_clause(i))
                .find_map(failed_of)
        })
}

/// Whether the question says something does not happen (a phrase of
/// [`FAILS`]), other than a day that goes by without something.
pub(super) fn says_it_does_not_happen(f: &Frame) -> bool {
    FAILS.iter().any(|p| (f.says)(p)) && !goes_by_without(&f.typed)
}

/// Whether the question says the event of `nodes` does not happen ("if
/// the talks fail"): a phrase of [`FAILS`], the nodes no failure
/// themselves, and no day that goes by without something.
pub(super) fn said_to_fail(f: &Frame, nodes: &[NodeIx]) -> bool {
    FAILS.iter().any(|p| (f.says)(p))
        && !nodes.iter().any(|&n| is_failure(f.graph, n))
        && !goes_by_without(&f.typed)
}

/// "What if the talks fail?" of position `i` (fitting `nodes`): the
/// effects of the node that is that failure, by the refuser named.
pub(super) fn refusal(f: &Frame, i: usize, nodes: &[NodeIx]) -> Plan {
    let g = f.graph;
    // The refuser is a party of the "if" clause ("what will the EU do if
    // the talks fail?" is not the EU failing), no partner ("with the US").
    let by = f
        .first(Takes::Party, &[i])
        .filter(|(j, _)| !f.asks_if || f.in_if.is_empty() || f.in_if.contains(j));
    let refuser = by.as_ref().filter(|_| !(f.says)("with/between <n>"));
    let mut plan = not_happening(g, i, nodes, refuser.map_or(&[], |(_, p)| p));
    plan.used.extend(by.map(|(j, _)| j));
    plan
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
    let none = format!(
        "the graph has no node for {ids} failing or being refused{who}, and `effects {ids}` would answer it happening. Closest forms: {} (it happening); {}",
        Line::with_arg(Cmd::Ask, format!("what are the effects of {first}?")),
        Line::with_arg(Cmd::Ask, format!("what blocks {first}?"))
    );
    effects_of_failures(
        g,
        &failures,
        i,
        none,
        &format!("read as {ids} not happening: the node that is that refusal or failure"),
    )
}

/// What follows from each of `failures` (their effects), said in a note
/// (`read_as`, then each id and label); with none, no query and `none` said.
/// `used` is the name the question read them from.
pub(super) fn effects_of_failures(
    g: &Graph,
    failures: &[NodeIx],
    used: usize,
    none: String,
    read_as: &str,
) -> Plan {
    if failures.is_empty() {
        return Plan {
            words: Vec::new(),
            queries: Vec::new(),
            used: vec![used],
            notes: vec![none],
        };
    }
    let read: Vec<String> = failures
        .iter()
        .map(|&n| format!("{} ({})", g.id(n), g.label(n)))
        .collect();
    Plan {
        words: Vec::new(),
        queries: each(failures, Query::Effects),
        used: vec![used],
        notes: vec![format!("{read_as}, {}", read.join(", "))],
    }
}

/// "What if the mediator walks away?": the mediators' refusal, as
/// [`refused_by`] reads a party's; with no mediator recorded, said, not
/// the whole record. `None` unless the question is an "if" clause of
/// giving up.
pub(super) fn mediator_giving_up(f: &Frame) -> Option<Plan> {
    if !f.asks_if || !said_to_fail(f, &[]) {
        return None;
    }
    let g = f.graph;
    let mut mediators: Vec<NodeIx> = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if m.relation == crate::model::Relation::Mediates && !mediators.contains(&m.from) {
            mediators.push(m.from);
        }
    }
    if mediators.is_empty() {
        return Some(Plan {
            words: Vec::new(),
            queries: Vec::new(),
            used: Vec::new(),
            notes: vec![
                "the graph records no mediator, so nothing is recorded of one giving up".to_owned(),
            ],
        });
    }
    let mut plan = refused_by(g, 0, &mediators);
    plan.used.clear();
    Some(plan)
}
