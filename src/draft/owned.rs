//! A position a party's proposal or request names inside another claim
//! (the party before the noun, or after it with "from" or "by"):
//! "rejected a government proposal to let observers in", "a Norwegian
//! offer, made in December, to give Icelandic vessels access", "Nepal's
//! proposal to expand the arrangement": the owner proposes (or demands)
//! what follows "to" or "for".

use std::ops::Range;

use super::lexicon::ANAPHORA;
use super::phrase::{Found, bytes, phrase_from, quote};
use super::reading::{Sentence, boundary_before, word_at};

/// The most words of a side remark between the noun and its "to": ", made
/// in December,".
const LONGEST_ASIDE: usize = 5;

/// The claims the owned proposals and requests of `s` make, but for
/// positions a claim of `before` (the sentence's other candidates) holds.
pub(super) fn find(s: &Sentence, before: &[Found]) -> Vec<Found> {
    let mut out = Vec::new();
    for (j, w) in s.words.iter().enumerate().skip(1) {
        let Some((noun, relation)) = ANAPHORA.iter().find(|(noun, _)| *noun == w.lower) else {
            continue;
        };
        // The owner just before the noun: "Nepal's", "a Norwegian", "a
        // government".
        let before_noun = &s.words[j - 1];
        let owner_before = s.mentions.iter().find(|m| {
            m.span.start >= before_noun.span.start
                && m.span.end <= before_noun.span.end
                && s.text[m.span.end..before_noun.span.end]
                    .trim_start_matches(['\'', '\u{2019}'])
                    .trim_start_matches(['s', 'S'])
                    .is_empty()
        });
        // ... or "from" and the owner just after it: "a proposal from the
        // airline to enter binding arbitration".
        let (owner, after) = match owner_before {
            Some(m) => (m, j + 1),
            None => {
                let Some((m, end)) = owner_from(s, j + 1) else {
                    continue;
                };
                (m, end)
            }
        };
        let Some(from) = object_of(s, after) else {
            continue;
        };
        let Some(target) = phrase_from(s, from) else {
            continue;
        };
        let target_bytes = bytes(s, &target);
        // A claim on the same words; not one whose position holds the
        // noun too ("rejected a demand by JEM for X": JEM demands X).
        let noun_at = s.words[j].span.start;
        if before.iter().chain(&out).any(|f| {
            overlaps(f.target.as_ref(), &target_bytes)
                && f.target.as_ref().is_none_or(|t| t.start > noun_at)
        }) {
            continue;
        }
        let Some(owner_word) = word_at(s, owner.span.start) else {
            continue;
        };
        // The quote opens with the owner, or with the noun it follows.
        let owner_word = owner_word.min(j);
        out.push(Found {
            holder: owner.party,
            relation: Some(*relation),
            target: Some(target_bytes),
            other: None,
            quote: quote(s, owner_word, &target),
            speaker: None,
            cue: noun,
            unsure: None,
        });
    }
    out
}

/// "from (the) X" or "by (the) X" at word `at`: the party X and the word
/// after its name.
fn owner_from<'a>(s: &Sentence<'a>, at: usize) -> Option<(&'a super::parties::Mention, usize)> {
    // "a demand by JEM for a vice-presidency": "by" as "from".
    if !matches!(s.words.get(at)?.lower.as_str(), "from" | "by") {
        return None;
    }
    let first = at + 1 + usize::from(s.words.get(at + 1)?.lower == "the");
    let start = s.words.get(first)?.span.start;
    let m = s.mentions.iter().find(|m| m.span.start == start)?;
    let after = s.words.iter().position(|w| w.span.start >= m.span.end)?;
    Some((m, after))
}

/// The word "to" or "for" that opens what the noun ending before word
/// `next` names, past a side remark between commas.
fn object_of(s: &Sentence, next: usize) -> Option<usize> {
    let opens = |k: usize| {
        s.words
            .get(k)
            .is_some_and(|w| matches!(w.lower.as_str(), "to" | "for"))
    };
    if !boundary_before(s, next) && opens(next) {
        return Some(next);
    }
    // ", made in December, to give ...".
    let close = (next + 1..(next + LONGEST_ASIDE + 1).min(s.words.len()))
        .find(|&k| boundary_before(s, k))?;
    opens(close).then_some(close)
}

fn overlaps(a: Option<&Range<usize>>, b: &Range<usize>) -> bool {
    a.is_some_and(|a| a.start < b.end && b.start < a.end)
}
