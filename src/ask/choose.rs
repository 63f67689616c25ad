//! Choosing the intent a parsed question asks for: the cues' scores,
//! then the first intent whose names are there.

use super::cues::Pattern;
use super::dates::Asks;
use super::days;
use super::intents::{self, Intent};
use super::parse::{Parsed, content_left, names_for, opens_if};
use super::slots::{Frame, Plan};
use crate::args::Cmd;
use crate::graph::Graph;
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
    let frame_names = names_for(parsed, with_if);
    let says = |phrase: &str| Pattern::new(phrase).matches(&parsed.frame);
    let frame = Frame {
        graph,
        names: frame_names
            .iter()
            .map(|&m| parsed.mentions[m].nodes.clone())
            .collect(),
        says: &says,
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
    };
    // A plan with no query ("how is Russia connected to Moscow?": one node
    // twice) is no reading, unless it says why (see `interpret`).
    let build = |intent: &Intent| {
        (intent.build)(&frame).filter(|p| !p.queries.is_empty() || !p.notes.is_empty())
    };
    // With the "if" clause read as a condition, only what the question asks
    // most may read it: "what happens if X?" is about X (effects), not a
    // question without names ("what happened?") once X is set aside.
    let ranked = ranked(parsed);
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
    let leftover = content_left(parsed).next().is_some();
    if leftover || !scores(parsed).iter().all(|&(_, s)| s == 0) {
        return None;
    }
    let count = frame.names.len();
    let intent = intents::all().find(|i| i.bare_names == count && count > 0)?;
    build(intent).map(|plan| (intent, plan, with_if))
}

/// Each intent's score for the question.
fn scores(parsed: &Parsed) -> Vec<(&'static Intent, u32)> {
    let says = |phrase: &str| Pattern::new(phrase).matches(&parsed.frame);
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
    let mut scored: Vec<(usize, &'static Intent, u32)> = scores(parsed)
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
