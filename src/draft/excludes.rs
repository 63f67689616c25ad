//! Positions a party says cannot stand together: "a sharing deal and
//! unilateral quotas could not exist side by side", "amnesty and justice
//! cannot both be on the table", "any agreement limiting missiles could
//! not coexist with our right to self-defence" (`excludes`, by the party
//! that says so).

use crate::model::Relation;

use super::phrase::{Found, bytes, matches_at, quote};
use super::reading::{Sentence, boundary_before, holder, speaker};

/// What follows "cannot", "could not" when the two positions stand
/// before it, joined by "and".
const TOGETHER: &[&str] = &[
    "both",
    "exist side by side",
    "coexist",
    "co-exist",
    "go together",
    "be reconciled",
];

/// What follows "cannot", "could not" when the second position comes
/// after it.
const ALONGSIDE: &[&str] = &[
    "coexist with",
    "co-exist with",
    "exist alongside",
    "go with",
];

/// Every `excludes` claim of `s`.
pub(super) fn find(s: &Sentence) -> Vec<Found> {
    let mut out = Vec::new();
    for k in 0..s.words.len() {
        let Some(after) = negation_end(s, k) else {
            continue;
        };
        let start = clause_start(s, k);
        if start >= k {
            continue;
        }
        let alongside = ALONGSIDE.iter().find(|p| matches_at(s.words, after, p));
        let (first, second, last) = if let Some(p) = alongside {
            let from = after + p.split(' ').count();
            let end = (from..s.words.len())
                .find(|&j| j > from && boundary_before(s, j))
                .unwrap_or(s.words.len());
            if end <= from {
                continue;
            }
            (start..k, from..end, end - 1)
        } else if let Some(p) = TOGETHER.iter().find(|p| matches_at(s.words, after, p)) {
            // "A and B": the last "and" before the negation parts them.
            let Some(and) = (start + 1..k.saturating_sub(1))
                .rev()
                .find(|&j| s.words[j].lower == "and")
            else {
                continue;
            };
            (start..and, and + 1..k, after + p.split(' ').count() - 1)
        } else {
            continue;
        };
        // The party that says so: the sentence's speaker, else the party
        // named before the first position.
        let said = speaker(s).map(|(_, party)| (party, None));
        let Some((party, unsure)) =
            said.or_else(|| holder(s, start, k).map(|(party, _, unsure)| (party, unsure)))
        else {
            continue;
        };
        out.push(Found {
            holder: party,
            relation: Some(Relation::Excludes),
            target: Some(bytes(s, &first)),
            other: Some(bytes(s, &second)),
            quote: quote(s, start, &(last..last + 1)),
            speaker: None,
            cue: "cannot both",
            unsure,
        });
    }
    out
}

/// Where the words after a negation of ability at word `k` begin:
/// "cannot", "can't", "could not", "couldn't", "can not".
fn negation_end(s: &Sentence, k: usize) -> Option<usize> {
    match s.words[k].lower.as_str() {
        "cannot" | "can't" | "couldn't" => Some(k + 1),
        "could" | "can" if s.words.get(k + 1).is_some_and(|w| w.lower == "not") => Some(k + 2),
        _ => None,
    }
}

/// The first word of the clause the negation at `k` closes: after "said",
/// "that" or a comma, whichever is last before it.
fn clause_start(s: &Sentence, k: usize) -> usize {
    let mut start = (0..k).rev().find(|&j| boundary_before(s, j)).unwrap_or(0);
    if let Some(j) = (start..k).rev().find(|&j| {
        matches!(
            s.words[j].lower.as_str(),
            "said" | "says" | "that" | "insisted" | "argued"
        )
    }) {
        start = j + 1;
    }
    start
}
