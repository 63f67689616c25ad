//! A stance whose position stands before its holder, in a relative clause:
//! "a demand the M23 has repeatedly shot down", "an offer Kyiv accepted",
//! "a 40% raise, which the union rejected": the party holds the noun
//! phrase named before it.

use crate::model::Relation;

use super::lexicon::{PHRASE_STOPS_AFTER_OBJECT, TIME_TAIL_LEADS, is_determiner, is_said};
use super::phrase::{Found, bytes};
use super::reading::{Sentence, boundary_before, word_at};

/// Words that may stand between the holder and its verb: "has repeatedly
/// shot down", "had flatly rejected".
const BETWEEN: &[&str] = &[
    "has",
    "had",
    "have",
    "repeatedly",
    "already",
    "also",
    "flatly",
    "previously",
    "swiftly",
    "quickly",
    "long",
    "since",
];

/// Verbs that make the words before the holder a clause, not its object.
const CLAUSE_VERBS: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will",
];

/// The most words the noun phrase before the holder takes.
const LONGEST_OBJECT: usize = 6;

/// "a demand the M23 has repeatedly shot down": the stance of the cue at
/// word `at` (of `n` words) when nothing follows it but the clause's end or
/// a time, and a party stands just before it with the object before them.
pub(super) fn object_before(
    s: &Sentence,
    at: usize,
    n: usize,
    relation: Relation,
) -> Option<Found> {
    let after = at + n;
    let bare = after >= s.words.len()
        || boundary_before(s, after)
        || PHRASE_STOPS_AFTER_OBJECT.contains(&s.words[after].lower.as_str())
        || TIME_TAIL_LEADS.contains(&s.words[after].lower.as_str());
    if !bare {
        return None;
    }
    let mut verb = at;
    while verb > 0 && BETWEEN.contains(&s.words[verb - 1].lower.as_str()) {
        verb -= 1;
    }
    let last = s.words.get(verb.checked_sub(1)?)?;
    let m = s.mentions.iter().find(|m| m.span.end == last.span.end)?;
    let first = word_at(s, m.span.start)?;
    // "X, which the union rejected": the noun phrase before the comma.
    let relative = first > 0 && matches!(s.words[first - 1].lower.as_str(), "which" | "that");
    let end = first.checked_sub(usize::from(relative) + 1)?;
    if !relative && boundary_before(s, first) {
        return None;
    }
    let start = (end.saturating_sub(LONGEST_OBJECT)..=end)
        .rev()
        .take_while(|&j| j == end || !boundary_before(s, j + 1))
        .find(|&j| is_determiner(&s.words[j].lower) && s.words[j].lower != "that")?;
    // "A spokesperson in Beijing said China had approved": a clause, no
    // object.
    if start == end
        || s.words[start..=end]
            .iter()
            .any(|w| is_said(&w.lower) || CLAUSE_VERBS.contains(&w.lower.as_str()))
    {
        return None;
    }
    let object = start..end + 1;
    Some(Found {
        holder: m.party,
        relation: Some(relation),
        target: Some(bytes(s, &object)),
        other: None,
        quote: s.words[start].span.start..s.words[at + n - 1].span.end,
        speaker: None,
        cue: "",
        unsure: None,
    })
}
