//! A proposal's terms listed after its noun: "presented a four-point
//! proposal: A, B, and C", "tabled a draft built on A, B and C", "an offer
//! including A and B". Each item is `part_of` the proposal, held by the
//! party that proposed it (and as sure as that proposal).

use std::ops::Range;

use crate::model::Relation;

use super::lexicon::{self, is_said};
use super::phrase::{Found, matches_at};
use super::reading::{Sentence, boundary_before};

/// The most items a list of terms is read over.
const MOST_ITEMS: usize = 8;

/// The most words one term takes; a longer "item" is prose, not a list.
const ITEM_WORDS: usize = 16;

/// The words that open the list after a proposal's noun (besides a colon).
const OPENERS: &[&str] = &[
    "built on",
    "including",
    "that includes",
    "which includes",
    "comprising",
];

/// Adds a `part_of` claim for each term listed after the noun of a
/// proposal put forward in `found` (the claims of one sentence).
pub(super) fn extend(s: &Sentence, found: &mut Vec<Found>) {
    let mut more = Vec::new();
    for f in found
        .iter()
        .filter(|f| matches!(f.relation, Some(Relation::Proposes)) && f.other.is_none())
    {
        let Some(target) = &f.target else { continue };
        let Some(noun) = s.words.iter().position(|w| {
            w.span.start >= target.start
                && w.span.end <= target.end
                && lexicon::PROPOSAL_NOUNS.contains(&w.lower.as_str())
        }) else {
            continue;
        };
        let Some(from) = list_start(s, noun) else {
            continue;
        };
        let proposal = super::terms::proposal_words(s, noun);
        let proposal = s.words[proposal.start].span.start..s.words[proposal.end - 1].span.end;
        for item in items(s, from) {
            more.push(Found {
                holder: f.holder,
                relation: Some(Relation::PartOf),
                target: Some(without_article(s, &item)),
                other: Some(proposal.clone()),
                quote: item,
                speaker: f.speaker.clone(),
                cue: "a proposal's list of terms",
                unsure: f.unsure,
            });
        }
    }
    found.extend(more);
}

/// The first word of the list after the proposal's noun at word `noun`:
/// after a colon, or after one of [`OPENERS`].
fn list_start(s: &Sentence, noun: usize) -> Option<usize> {
    let next = s.words.get(noun + 1)?;
    if s.text[s.words[noun].span.end..next.span.start].contains(':') {
        return Some(noun + 1);
    }
    OPENERS
        .iter()
        .find(|o| matches_at(s.words, noun + 1, o))
        .map(|o| noun + 1 + o.split(' ').count())
}

/// The items of the list from word `from` to the sentence's end, split at
/// commas (the last after "and"), as byte ranges. None unless there are two
/// or more; the list ends before an attribution (", an official said") or
/// an item too long to be one.
fn items(s: &Sentence, from: usize) -> Vec<Range<usize>> {
    let mut items = Vec::new();
    let mut start = from;
    let mut j = from;
    let mut last = false;
    while start < s.words.len() && items.len() < MOST_ITEMS {
        j += 1;
        let at_end = j >= s.words.len() || boundary_before(s, j);
        let and = !last
            && s.words.get(j).is_some_and(|w| w.lower == "and")
            && s.words.get(j + 1).is_some_and(|w| {
                matches!(w.lower.as_str(), "a" | "an" | "the") || w.lower.ends_with("ing")
            })
            && !boundary_before(s, j)
            && !oxford_later(s, j);
        if !at_end && !and {
            if j - start > ITEM_WORDS {
                return Vec::new();
            }
            continue;
        }
        let words = &s.words[start..j];
        if words
            .iter()
            .any(|w| is_said(&w.lower) || w.lower == "according")
        {
            break;
        }
        items.push(s.words[start].span.start..s.words[j - 1].span.end);
        if last || j >= s.words.len() {
            break;
        }
        // A colon, semicolon or bracket ends the list; a comma goes on.
        let between = &s.text[s.words[j - 1].span.end..s.words[j].span.start];
        if at_end && !between.trim().starts_with(',') {
            break;
        }
        start = j;
        if and || s.words[start].lower == "and" {
            start += 1;
            last = true;
        }
    }
    if items.len() < 2 { Vec::new() } else { items }
}

/// Whether a comma and "and" close the list after word `j` ("A, B from
/// X and the Y, and C"): then the "and" at `j` is inside an item.
fn oxford_later(s: &Sentence, j: usize) -> bool {
    (j + 1..s.words.len()).any(|k| s.words[k].lower == "and" && boundary_before(s, k))
}

/// An item without its leading "a" or "an" (the position's words).
fn without_article(s: &Sentence, item: &Range<usize>) -> Range<usize> {
    let first = s.words.iter().find(|w| w.span.start == item.start);
    match first {
        Some(w) if matches!(w.lower.as_str(), "a" | "an") => s
            .words
            .iter()
            .find(|v| v.span.start > w.span.start)
            .map_or(item.clone(), |v| v.span.start..item.end),
        _ => item.clone(),
    }
}
