//! A list after a cue: "is demanding a binding target, a phase-out of
//! those chemicals and a dedicated fund" is three demands, not one. The
//! cue's own rule drafts the first item (its phrase ends at the comma);
//! this drafts the others, each quoting its own words.

use std::ops::Range;

use crate::model::Relation;

use super::phrase::{Found, PHRASE_STOPS};
use super::reading::{Sentence, boundary_before};

/// The most items a list is read over.
const MOST_ITEMS: usize = 6;

/// The most words one item takes.
const ITEM_WORDS: usize = 14;

/// Adds a claim for each further item of a list that follows a claim's
/// position in `found` (the claims of one sentence).
pub(super) fn extend(s: &Sentence, found: &mut Vec<Found>) {
    let mut more = Vec::new();
    for f in found.iter() {
        let listed = matches!(
            f.relation,
            Some(
                Relation::Demands
                    | Relation::Proposes
                    | Relation::Rejects
                    | Relation::Accepts
                    | Relation::Supports
            )
        );
        // "a package of demands that included cancelling martial law and
        // holding elections": each term is part of the package.
        let term = f.relation == Some(Relation::PartOf);
        let Some(target) = f
            .target
            .as_ref()
            .filter(|_| (listed && f.other.is_none()) || term)
        else {
            continue;
        };
        // A list of acts: "cancelling martial law and holding elections".
        let acts = s
            .words
            .iter()
            .find(|w| w.span.start >= target.start)
            .is_some_and(|w| gerund(&w.lower));
        for item in items_after(s, target.end, acts) {
            let mut claim = f.clone();
            claim.quote = item.clone();
            claim.target = Some(item);
            more.push(claim);
        }
    }
    found.extend(more);
    super::enumerated::extend(s, found);
}

/// The items of a list "A, B and C" whose first item ends at byte `end`:
/// B and C as byte ranges, each without its "a"/"an". None unless the list
/// ends with "and" before an article ("and a", "and the"; for a list of
/// `acts`, before an "-ing" verb: "and holding elections"), and none when an
/// item runs into a new clause (", the union said ...") or names a party.
fn items_after(s: &Sentence, end: usize, acts: bool) -> Vec<Range<usize>> {
    let leads = |word: &str| leads(word) || (acts && gerund(word));
    let Some(mut k) = s.words.iter().position(|w| w.span.start >= end) else {
        return Vec::new();
    };
    let mut items = Vec::new();
    let mut last = false;
    // Two acts: "cancelling martial law and holding elections".
    if acts && s.words[k].lower == "and" && s.words.get(k + 1).is_some_and(|w| gerund(&w.lower)) {
        k += 1;
        last = true;
    }
    while items.len() < MOST_ITEMS {
        let opens_item = s.words.get(k).is_some_and(|w| leads(&w.lower));
        // "proposed that the African Union, the United States and ...":
        // parties, not positions.
        let names_party = |j: usize| {
            s.words
                .get(j)
                .is_some_and(|w| s.mentions.iter().any(|m| m.span.start == w.span.start))
        };
        if !opens_item || names_party(k) || names_party(k + 1) {
            return Vec::new();
        }
        let start = k + usize::from(matches!(s.words[k].lower.as_str(), "a" | "an"));
        let mut j = k + 1;
        let mut next = None;
        while j < s.words.len() && j - k < ITEM_WORDS {
            let w = s.words[j].lower.as_str();
            if PHRASE_STOPS.contains(&w) {
                return Vec::new();
            }
            if boundary_before(s, j) {
                break;
            }
            if !last && w == "and" && s.words.get(j + 1).is_some_and(|n| leads(&n.lower)) {
                next = Some(j + 1);
                break;
            }
            j += 1;
        }
        if start >= j {
            return Vec::new();
        }
        items.push(s.words[start].span.start..s.words[j - 1].span.end);
        if last {
            return items;
        }
        match next {
            Some(n) => {
                last = true;
                k = n;
            }
            None if j < s.words.len()
                && s.text[s.words[j - 1].span.end..s.words[j].span.start].contains(',') =>
            {
                k = j;
            }
            None => return Vec::new(),
        }
    }
    Vec::new()
}

/// Words that open an item of a list of positions.
fn leads(word: &str) -> bool {
    matches!(word, "a" | "an" | "the")
}

/// Whether a word is a verb's "-ing" form opening an act ("holding
/// elections"), not a short word such as "king" or "thing".
fn gerund(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ing")
        && !matches!(
            word,
            "something"
                | "nothing"
                | "anything"
                | "everything"
                | "morning"
                | "evening"
                | "meeting"
                | "building"
                | "funding"
                | "during"
        )
}
