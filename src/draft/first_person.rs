//! Refusals in the first person, inside a quotation: "\"We will not sign
//! anything that takes us back,\" he told lawmakers", "\"We cannot give
//! away cod,\" the minister said". "We" is the speaker's side: the party
//! the sentence names as speaking, else the one the sentence before spoke
//! of (then unsure).

use crate::model::Relation;

use super::lexicon;
use super::phrase::{Found, bytes, quote};
use super::reading::{Sentence, speaker};

/// The refusal of the cue at word `at` (`n` words: "will not", "cannot")
/// after "we".
pub(super) fn refusal(s: &Sentence, at: usize, n: usize) -> Option<Found> {
    let we = at.checked_sub(1)?;
    let from = at + n;
    // "We will not accept X": the acceptance, negated, carries it.
    if s.words
        .get(from)
        .is_some_and(|w| lexicon::REFUSED_VERBS.contains(&w.lower.as_str()) && w.lower != "sign")
    {
        return None;
    }
    // "we will not rule out X": a refusal refused is no rejection.
    let target = super::phrase::refused_phrase(s, from)?;
    // Counted on reports it was not written on, the side of "we" was as
    // often wrong as right: each line is to be checked.
    let (holder, mut unsure) = match speaker(s) {
        Some((_, party)) => (
            party,
            Some("\"we\" in a quote: the speaker's side, to be checked"),
        ),
        None => (
            s.previous?,
            Some("\"we\" in a quote: the side is taken from the sentence before"),
        ),
    };
    // "We will not break it": what "it" is, the sentence does not say.
    if target.len() <= 2 {
        unsure = unsure.or(Some("a refusal of a word or two: what does it refuse?"));
    }
    Some(Found {
        holder,
        relation: Some(Relation::Rejects),
        quote: quote(s, we, &target),
        target: Some(bytes(s, &target)),
        other: None,
        speaker: None,
        cue: "",
        unsure,
    })
}
