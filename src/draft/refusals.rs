//! Refusals: "Kyiv would not cede territory", "he will not invoke the
//! act", "would never give up": the party named just before refuses what
//! follows (`rejects`).

use crate::model::Relation;

use super::lexicon::{self, CueKind, is_said};
use super::parties::Mention;
use super::phrase::{Found, bytes, cue_of_kind_at, phrase_after, quote};
use super::reading::{Sentence, aside, holder, word_at};

/// "Kyiv would not cede territory", "he will not invoke the act": a party,
/// named just before, refuses what follows. Not when the sentence sets a
/// condition ("would not return until ..."): the condition carries it.
pub fn refusal(s: &Sentence, at: usize, n: usize) -> Option<Found> {
    if (at..s.words.len()).any(|j| cue_of_kind_at(s.words, j, CueKind::Condition)) {
        return None;
    }
    let before = &s.words[at.checked_sub(1)?];
    let pronoun = matches!(before.lower.as_str(), "he" | "she" | "it" | "they");
    if !pronoun && !s.mentions.iter().any(|m| m.span.end == before.span.end) {
        return None;
    }
    let mut from = at + n;
    // "would not rule out X": a refusal refused is no rejection.
    if (from..s.words.len().min(from + 2)).any(|j| {
        lexicon::REFUSING_VERBS
            .iter()
            .any(|v| super::phrase::matches_at(s.words, j, v))
    }) {
        return None;
    }
    if s.words
        .get(from)
        .is_some_and(|w| lexicon::REFUSED_VERBS.contains(&w.lower.as_str()))
    {
        from += 1;
    }
    let target = phrase_after(s, from)?;
    // "The ministry insists it will not ...": the pronoun is the party named
    // before it in the sentence, when only a verb of saying stands between.
    let said_before = |m: &&Mention| {
        let Some(first) = s.words.iter().position(|w| w.span.start >= m.span.end) else {
            return false;
        };
        first + 3 >= at
            && s.words[first..at - 1].iter().all(|w| {
                is_said(&w.lower) || matches!(w.lower.as_str(), "insists" | "insisted" | "that")
            })
    };
    let subject = s
        .mentions
        .iter()
        .rev()
        .filter(|m| m.span.end <= before.span.start)
        .find(|m| !aside(s, m))
        .filter(|m| pronoun && said_before(m));
    let (holder, holder_word, unsure) = match subject {
        Some(m) => (m.party, word_at(s, m.span.start), None),
        None => holder(s, at, at + n)?,
    };
    Some(Found {
        holder,
        relation: Some(Relation::Rejects),
        quote: quote(s, holder_word.unwrap_or(at).min(at), &target),
        target: Some(bytes(s, &target)),
        other: None,
        speaker: None,
        cue: "",
        unsure,
    })
}

/// Where the negation of a refusal at word `at` starts: the cue itself
/// ("would not"), else "not", "never", "n't" or "cannot" within three
/// words before it ("could not agree to").
pub fn negation_at(s: &Sentence, at: usize) -> Option<usize> {
    (at.saturating_sub(3)..=at.min(s.words.len() - 1))
        .rev()
        .find(|&j| {
            let w = s.words[j].lower.as_str();
            (j == at && matches!(w, "would" | "will"))
                || matches!(w, "not" | "never" | "cannot")
                || w.ends_with("n't")
        })
}
