//! Conditions: "A only if B", "A in exchange for B", "would not sign until
//! B" (`conditions_on`, A the position that needs B), with who sets them.

use std::ops::Range;

use crate::model::Relation;

use super::lexicon::{Cue, CueKind, is_said};
use super::phrase::{Found, bytes, phrase_after, quote};
use super::reading::{Sentence, boundary_before, mention_before};

/// Words left off the front of the first half of a condition.
const CONDITION_LEADS: &[&str] = &[
    "not", "never", "willing", "ready", "prepared", "would", "will", "could", "can", "only", "be",
    "is", "was", "it", "that", "the", "agree", "accept", "is", "said", "says", "to", "and", "but",
];

/// Words left off the end of the first half of a condition.
const CONDITION_TAILS: &[&str] = &["and", "but", "or", "then"];

/// Words that open a manner, not a position: "(ready to discuss a treaty,)
/// but only on a government-to-government basis and only if ...": what
/// needs the condition is named before the clause.
const MANNER_LEADS: &[&str] = &["on", "under", "in", "within", "at", "through", "via", "by"];

/// "A only if B" (and "in exchange for", "contingent upon", ...): A needs B,
/// per the speaker or the party named before.
pub(super) fn condition(
    s: &Sentence,
    at: usize,
    n: usize,
    cues: &[(usize, Cue)],
    speaker: Option<&(Range<usize>, usize)>,
) -> Option<Found> {
    // "would not return until X": "until" sets a condition only after a no.
    if s.words[at].lower == "until"
        && !super::unless::negated_just_before(s, at.saturating_sub(1).max(1))
        && !s.words[..at]
            .iter()
            .any(|w| w.lower == "not" || w.lower.ends_with("n't"))
    {
        return None;
    }
    if s.words[at].lower == "unless" && !super::unless::after_a_no(s, at) {
        return None;
    }
    if s.words[at].lower == "before" && !super::unless::after_a_refusal(s, at) {
        return None;
    }
    let needed = phrase_after(s, at + n)?;
    // A: from the clause's start, or the end of the cue or mention before, to the cue.
    let mut start = (0..at).rev().find(|&j| boundary_before(s, j)).unwrap_or(0);
    // A term's cue ("would lift") bounds nothing unless it fired.
    if let Some((c, cue)) = cues
        .iter()
        .rev()
        .find(|(c, cue)| *c < at && cue.kind != CueKind::Term)
    {
        start = start.max(c + cue.words.split(' ').count());
    }
    if let Some(m) = mention_before(s, at) {
        let end_word = s
            .words
            .iter()
            .position(|w| w.span.end == m.span.end)
            .unwrap_or(0);
        if end_word >= start {
            start = end_word + 1;
        }
    }
    // "X said the city would resume payments only if ...": what needs the
    // condition follows the last "said" and the last modal verb.
    if let Some(j) = (start..at).rev().find(|&j| {
        is_said(&s.words[j].lower)
            || matches!(
                s.words[j].lower.as_str(),
                "would" | "will" | "could" | "can"
            )
    }) {
        start = j + 1;
    }
    while start < at && CONDITION_LEADS.contains(&s.words[start].lower.as_str()) {
        start += 1;
    }
    // "... basis and only if ...": the words that join the cue are no part
    // of what needs it; nor is "only" after a lone verb ("apply only as
    // long as ...", a position of one word, left unsure), though "any
    // arrangement only on condition that" keeps it (see super::pointing).
    let mut end = at;
    while end > start && CONDITION_TAILS.contains(&s.words[end - 1].lower.as_str()) {
        end -= 1;
    }
    if end == start + 2 && s.words[end - 1].lower == "only" {
        end -= 1;
    }
    let first = (start < end).then_some(start..end);
    // "Hamas offered X in exchange for Y, Qatar said": the party that
    // offers X sets the price, not the one who reports it.
    let exchange = matches!(s.words[at].lower.as_str(), "in" | "for")
        && s.words
            .get(at + 1)
            .is_some_and(|w| matches!(w.lower.as_str(), "exchange" | "return"));
    let (holder, mut unsure) = match (speaker, mention_before(s, at)) {
        (_, Some(m)) if exchange => (m.party, None),
        (Some((_, p)), _) => (*p, None),
        (None, Some(m)) => (m.party, None),
        (None, None) => (
            s.previous?,
            Some("nobody is named as setting the condition"),
        ),
    };
    if first.is_none() {
        unsure = unsure.or(Some("what needs the condition is not in the sentence"));
    }
    if first
        .as_ref()
        .is_some_and(|f| MANNER_LEADS.contains(&s.words[f.start].lower.as_str()))
    {
        unsure = unsure.or(Some(
            "what needs the condition is a manner (\"on a ... basis\"): the position is named before it",
        ));
    }
    let only_once =
        s.words[at].lower == "only" && s.words.get(at + 1).is_some_and(|w| w.lower == "once");
    if s.words[at].lower == "unless" || only_once {
        unsure = unsure.or_else(|| super::unless::unnamed_subject(s, at));
    }
    let from = first.as_ref().map_or(at, |f| f.start);
    Some(Found {
        holder,
        relation: Some(Relation::ConditionsOn),
        target: first.as_ref().map(|f| bytes(s, f)),
        other: Some(bytes(s, &needed)),
        quote: quote(s, from, &needed),
        speaker: None,
        cue: "",
        unsure,
    })
}
