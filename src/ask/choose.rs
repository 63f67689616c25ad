//! Choosing the intent a parsed question asks for: the cues' scores,
//! then the first intent whose names are there.

use super::cues::Pattern;
use super::dates::Asks;
use super::days;
use super::intents::{self, Intent};
use super::parse::{Parsed, content_left, names_for, opens_if};
use super::slots::{Frame, Plan, Takes};
use super::words::is_stopword;
use crate::args::Cmd;
use crate::graph::Graph;
use crate::model::NodeKind;
use crate::query::Query;
use crate::view::ViewSpec;

/// The best reading: the intent that scores highest and finds its names.
pub(super) fn choose(
    parsed: &Parsed,
    graph: &Graph,
    view: &ViewSpec,
    with_if: bool,
) -> Option<(&'static Intent, Plan, bool)> {
    if with_if && parsed.assumed.is_none() {
        return None;
    }
    // With the "if" clause a condition, what the main question asks.
    let words = if with_if {
        &parsed.main_frame
    } else {
        &parsed.frame
    };
    let says = |phrase: &str| Pattern::new(phrase).matches(words);
    let frame = frame_of(parsed, graph, view, with_if, &says);
    // A plan with no query ("how is Russia connected to Moscow?": one node
    // twice) is no reading, unless it says why (see `interpret`).
    let build = |intent: &Intent| {
        (intent.build)(&frame).filter(|p| !p.queries.is_empty() || !p.notes.is_empty())
    };
    // With the "if" clause read as a condition, only what the question asks
    // most may read it: "what happens if X?" is about X (effects), not a
    // question without names ("what happened?") once X is set aside.
    let ranked = ranked_on(words);
    // "What does the EU do if the talks go nowhere?": no cue of its own, or
    // a stance, under a condition that sets off threats.
    if with_if
        && ranked
            .first()
            .is_none_or(|(intent, _)| intent.command == Cmd::Stance)
        && let Some(found) = threats_set_off(parsed, graph)
    {
        return Some(found);
    }
    let best = ranked.first().map(|&(_, score)| score);
    for (intent, score) in ranked {
        if with_if && Some(score) != best {
            break;
        }
        // What follows "if X" is X's effects, not another name's with X met.
        if with_if && intent.command == Cmd::Effects {
            continue;
        }
        if let Some(plan) = build(intent) {
            return Some((intent, plan, with_if));
        }
    }
    // No cue at all: a name alone is a request for everything about it,
    // two names for how they are connected.
    // Not after an "if" clause: "if X, can <party> <position>?" is no
    // pair of bare names (see `by_kinds`).
    let leftover = content_left(parsed).next().is_some();
    if with_if || leftover || !scores_on(words).iter().all(|&(_, s)| s == 0) {
        return None;
    }
    // "Will Putin come to Istanbul on Thursday?" has a verb of its own: no
    // bare names, but a party and a position (see `by_kinds`).
    let worded = (0..parsed.words.len()).any(|i| {
        !parsed.mentions.iter().any(|m| m.words.contains(&i))
            && !parsed.date.as_ref().is_some_and(|d| d.words.contains(&i))
            && !is_stopword(&parsed.words[i].text)
            && !BARE.contains(&parsed.words[i].text.as_str())
            && parsed.words[i].text.chars().any(char::is_alphabetic)
    });
    if worded && frame.names.len() > 1 {
        return None;
    }
    let count = frame.names.len();
    let intent = intents::all().find(|i| i.bare_names == count && count > 0)?;
    build(intent).map(|plan| (intent, plan, with_if))
}

/// "If there's no tangible progress, what does the EU say it'll do?": a
/// party's stance asked under an "if" clause whose position sets off
/// threats is what follows from that position (its `effects`, the threats
/// it triggers), not the stance with the position met.
fn threats_set_off(parsed: &Parsed, graph: &Graph) -> Option<(&'static Intent, Plan, bool)> {
    let assumed = parsed.assumed?;
    let positions: Vec<_> = parsed.mentions[assumed]
        .nodes
        .iter()
        .copied()
        .filter(|&n| graph.kind(n).is_position())
        .collect();
    // "If the talks go nowhere": the node that is their failure.
    let positions = if parsed.refused {
        super::view::refusal_of(parsed, graph, &positions)
    } else {
        positions
    };
    let triggers: Vec<_> = positions
        .into_iter()
        .filter(|&n| {
            graph.kind(n).is_position()
                && graph.edge_indices().any(|e| {
                    graph.meta(e).relation == crate::model::Relation::Threatens
                        && matches!(graph.edge(e).trigger(),
                            Some(crate::model::End::Node(t)) if t as usize == n.index())
                })
        })
        .collect();
    if triggers.is_empty() {
        return None;
    }
    let intent = intents::all().find(|i| i.command == Cmd::Effects)?;
    let ids: Vec<&str> = triggers.iter().map(|&n| graph.id(n)).collect();
    let used = (0..parsed.mentions.len())
        .filter(|&m| {
            m == assumed
                || parsed.mentions[m]
                    .nodes
                    .iter()
                    .all(|&n| graph.kind(n) == NodeKind::Party)
        })
        .collect();
    let plan = Plan {
        words: Vec::new(),
        queries: triggers.into_iter().map(Query::Effects).collect(),
        used,
        notes: vec![format!(
            "what a party will do if {} happens: what follows from it, the threats it sets off and who makes them",
            ids.join(", ")
        )],
    };
    Some((intent, plan, false))
}

/// Words a question of bare names may hold: "how about Trump and the
/// sanctions?", "and the aid pause?".
const BARE: &[&str] = &["how", "about", "and", "what", "so", "then", "re", "vs"];

/// Each intent's score for the words cues are matched on.
fn scores_on(words: &[String]) -> Vec<(&'static Intent, u32)> {
    let says = |phrase: &str| Pattern::new(phrase).matches(words);
    intents::all()
        .map(|intent| {
            if !intent.needs.is_empty() && !intent.needs.iter().any(|n| says(n)) {
                return (intent, 0);
            }
            let score = intent
                .cues
                .iter()
                .filter(|(phrase, _)| says(phrase))
                .map(|(_, weight)| u32::from(*weight))
                .sum();
            (intent, score)
        })
        .collect()
}

/// The intents that scored, with their scores, best first (table order
/// among equals).
pub(super) fn ranked(parsed: &Parsed) -> Vec<(&'static Intent, u32)> {
    ranked_on(&parsed.frame)
}

/// [`ranked`] on the words cues are matched on.
fn ranked_on(words: &[String]) -> Vec<(&'static Intent, u32)> {
    let mut scored: Vec<(usize, &'static Intent, u32)> = scores_on(words)
        .into_iter()
        .enumerate()
        .filter(|(_, (_, s))| *s > 0)
        .map(|(i, (intent, s))| (i, intent, s))
        .collect();
    scored.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    scored
        .into_iter()
        .map(|(_, intent, score)| (intent, score))
        .collect()
}

/// The question as intents see it, with the "if" clause's names set aside
/// when it is read as a condition.
fn frame_of<'a>(
    parsed: &'a Parsed,
    graph: &'a Graph,
    view: &ViewSpec,
    with_if: bool,
    says: &'a dyn Fn(&str) -> bool,
) -> Frame<'a> {
    let frame_names = names_for(parsed, with_if);
    Frame {
        graph,
        names: frame_names
            .iter()
            .map(|&m| parsed.mentions[m].nodes.clone())
            .collect(),
        says,
        asks_if: (0..parsed.words.len()).any(|i| opens_if(&parsed.words, i)),
        in_if: frame_names
            .iter()
            .enumerate()
            .filter(|(_, m)| parsed.conditional.contains(m))
            .map(|(i, _)| i)
            .collect(),
        window: days::changes_window(parsed, graph, view),
        dated: parsed
            .date
            .as_ref()
            .is_some_and(|d| matches!(d.asks, Asks::Day { .. })),
        all_time: parsed
            .date
            .as_ref()
            .is_some_and(|d| d.asks == Asks::AllTime),
        loose: content_left(parsed)
            .map(|i| parsed.words[i].stem.clone())
            .collect(),
        typed: parsed.words.iter().map(|w| w.text.clone()).collect(),
        owned: owned(parsed, &frame_names),
    }
}

/// Words that may stand between a party and what it put forward:
/// "Zelensky's offer to meet Putin", "Okafor's arbitration idea".
const PUTTING: &[&str] = &[
    "s",
    "offer",
    "offers",
    "proposal",
    "proposals",
    "plan",
    "plans",
    "idea",
    "ideas",
    "demand",
    "demands",
    "call",
    "calls",
    "invitation",
    "to",
    "for",
    "of",
    "the",
    "a",
    "an",
];

/// The pairs of names (as indices into `names`) where the second is named
/// after the first: nothing but [`PUTTING`] words between them.
fn owned(parsed: &Parsed, names: &[usize]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (a, &ma) in names.iter().enumerate() {
        let Some(&mb) = names.get(a + 1) else {
            continue;
        };
        let between = parsed.mentions[ma].words.end..parsed.mentions[mb].words.start;
        if between
            .clone()
            .all(|i| PUTTING.contains(&parsed.words[i].text.as_str()))
        {
            pairs.push((a, a + 1));
        }
    }
    pairs
}

/// The reading by the kinds of the question's names when no phrase of any
/// intent is in it ("if the union got its wage rise, would the strike end?"): an
/// unforeseen phrasing still lands on the command its names call for.
///
/// | names (outside an "if") | "if" names a position | reading |
/// | --- | --- | --- |
/// | a position | yes | what stands in its way, the "if" assumed (`blockers`) |
/// | none | yes | what follows from it (`effects`) |
/// | a party and a position | no | how the party answered it (`responses --party`) |
/// | two parties or more and a position | no | how each answered it (`responses`) |
/// | two parties | no | where they conflict (`conflicts`) |
///
/// Every such reading says it was read by kinds, and the words it did not
/// use are listed as for any reading.
pub(super) fn by_kinds(
    parsed: &Parsed,
    graph: &Graph,
    view: &ViewSpec,
    with_if: bool,
) -> Option<(&'static Intent, Plan, bool)> {
    // "Will they have a deal by Friday?": a day ahead of the record with
    // no phrase is a forecast, and an "if" naming no position ("if the
    // dockers got their 12%") says nothing its names could stand for.
    let ahead = parsed.date.as_ref().is_some_and(|d| d.ahead.is_some());
    let unread_if = !parsed.conditional.is_empty() && parsed.assumed.is_none();
    if ahead || unread_if || (with_if && parsed.assumed.is_none()) {
        return None;
    }
    // A phrase that asked for something the names could not give ("what
    // blocks Russia?") is refused as asked, not read another way. With the
    // "if" clause a condition, only the main question's phrases count
    // ("if the union rejects arbitration, can the port reopen?").
    let words = if with_if {
        &parsed.main_frame
    } else {
        &parsed.frame
    };
    if scores_on(words).iter().any(|&(_, s)| s > 0) {
        return None;
    }
    let says = |phrase: &str| Pattern::new(phrase).matches(words);
    let frame = frame_of(parsed, graph, view, with_if, &says);
    let parties = (0..frame.names.len())
        .filter(|&i| {
            frame.names[i]
                .iter()
                .any(|&n| graph.kind(n) == NodeKind::Party)
        })
        .count();
    let position = frame.any(Takes::Position);
    let in_if = parsed.assumed.is_some();
    let (command, why) = match (with_if, in_if, position, parties) {
        (true, _, true, _) => (
            Cmd::Blockers,
            "whether a position can come about, the 'if' clause met: what stands in its way",
        ),
        (true, _, false, _) => return None,
        (false, true, _, _) => (Cmd::Effects, "what follows from the 'if' clause"),
        (false, false, true, 2..) => return everyones_responses(&frame, graph),
        (false, false, true, 1) => (
            Cmd::Responses,
            "a party and a position: how the party answered it",
        ),
        (false, false, false, 2) if frame.names.len() == 2 => {
            (Cmd::Conflicts, "two parties: where they conflict")
        }
        _ => return None,
    };
    let intent = intents::all().find(|i| i.command == command)?;
    let mut plan = (intent.build)(&frame).filter(|p| !p.queries.is_empty())?;
    plan.notes.push(format!(
        "no phrase of the question says what it asks; read by the kinds of its names ({why})"
    ));
    Some((intent, plan, with_if))
}

/// "Did Washington put forward the 70-day plan, or is that Hamas's spin?":
/// a position and several parties, no phrase: how every party answered the
/// position, which covers each party named.
fn everyones_responses(frame: &Frame, graph: &Graph) -> Option<(&'static Intent, Plan, bool)> {
    let (i, nodes) = frame.first(Takes::Position, &[])?;
    let intent = intents::all().find(|i| i.command == Cmd::Responses)?;
    let parties = (0..frame.names.len()).filter(|&k| {
        k != i
            && frame.names[k]
                .iter()
                .any(|&n| graph.kind(n) == NodeKind::Party)
    });
    let plan = Plan {
        words: Vec::new(),
        queries: nodes
            .iter()
            .map(|&node| Query::Responses { node, party: None })
            .collect(),
        used: std::iter::once(i).chain(parties).collect(),
        notes: vec![
            "no phrase of the question says what it asks; read by the kinds of its names (a position and several parties: how every party answered it)"
                .to_owned(),
        ],
    };
    Some((intent, plan, false))
}

/// The words a "what if" may ask with besides its clause: "what if",
/// "what happens if", "what would follow if", by stem.
const WHAT_FOLLOWS: &[&str] = &[
    "what", "happen", "would", "will", "then", "follow", "so", "and", "be", "next",
];

/// "What if Zelensky dropped his demand for a ceasefire before talks?": an
/// "if" clause that lets conditions go, asked with nothing else, asks what
/// then still stands in the way of the positions those conditions were set
/// on (each dropped claim's conditioned position, under the drop), not
/// what follows if they happen or what the conditions' own targets need.
pub(super) fn conditions_let_go(parsed: &Parsed, graph: &Graph) -> Option<(&'static Intent, Plan)> {
    let dropped = super::view::let_go(parsed, graph);
    let asks_nothing_else = parsed
        .main_frame
        .iter()
        .all(|w| WHAT_FOLLOWS.contains(&w.as_str()) || is_stopword(w));
    if dropped.is_empty() || !asks_nothing_else {
        return None;
    }
    let mut conditioned = Vec::new();
    for claim in &dropped {
        let from = claim.split(':').next()?;
        let node = graph.find(from)?;
        if !conditioned.contains(&node) {
            conditioned.push(node);
        }
    }
    let intent = intents::all().find(|i| i.command == Cmd::Blockers)?;
    Some((
        intent,
        Plan {
            words: Vec::new(),
            queries: conditioned
                .into_iter()
                .map(|node| Query::Blockers {
                    node,
                    all_chains: false,
                })
                .collect(),
            used: Vec::new(),
            notes: vec![
                "a condition let go, with nothing else asked: read as what still stands in the way of the position it was set on"
                    .to_owned(),
            ],
        },
    ))
}
