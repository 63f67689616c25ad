//! Answers that did not come and positions that replace others: "X has
//! not responded to that offer" (`ignores`), "the new offer replaces one
//! tabled in January", "a $12,000 bonus, up from $7,000" (`supersedes`).

use std::ops::Range;

use crate::model::Relation;

use super::lexicon::{self, verb_like};
use super::phrase::{Found, LONGEST_PHRASE, bytes, phrase_after};
use super::reading::{Sentence, aside, boundary_before, holder, mention_before};

/// Words after which a party's silence is no claim: "did not respond to a
/// request for comment".
const NOT_A_POSITION: &[&str] = &["comment", "comments", "questions", "question", "calls"];

/// "X has not responded to that offer", "X has yet to reply", "X did not
/// answer the demand": X ignores the position (named, or the one put
/// forward last, which `earlier::resolve_anaphora` finds for "that offer").
pub fn ignores(s: &Sentence, at: usize, n: usize) -> Option<Found> {
    let negation = silence_before(s, at)?;
    let target = phrase_after(s, at + n)?;
    let words = &s.words[target.clone()];
    if words
        .iter()
        .any(|w| NOT_A_POSITION.contains(&w.lower.as_str()))
    {
        return None;
    }
    let (holder, holder_word, unsure) = holder(s, negation, negation + 1)?;
    let from = holder_word.filter(|&h| h < negation).unwrap_or(negation);
    let unsure = unsure.or_else(|| hedged(s, from, negation));
    Some(Found {
        holder,
        relation: Some(Relation::Ignores),
        target: Some(bytes(s, &target)),
        other: None,
        quote: s.words[from].span.start..s.words[target.end - 1].span.end,
        speaker: None,
        cue: "",
        unsure,
    })
}

/// The word that makes a reply a silence: "not" (or "n't") just before
/// the verb, "not yet", "yet to", "failed to".
fn silence_before(s: &Sentence, at: usize) -> Option<usize> {
    let w = |j: usize| s.words[j].lower.as_str();
    let one = at.checked_sub(1)?;
    if w(one) == "not" || w(one).ends_with("n't") || w(one) == "never" {
        return Some(one);
    }
    let two = one.checked_sub(1)?;
    let yet = w(one) == "yet" && (w(two) == "not" || w(two).ends_with("n't"));
    let to = w(one) == "to" && matches!(w(two), "yet" | "failed");
    (yet || to).then_some(two)
}

/// Whether a hedge stands between the holder and the silence: "may not
/// have responded", "it is unclear whether X has responded".
fn hedged(s: &Sentence, from: usize, to: usize) -> Option<&'static str> {
    let clause = (0..=from)
        .rev()
        .find(|&j| boundary_before(s, j))
        .unwrap_or(0);
    s.words[clause..to]
        .iter()
        .any(|w| lexicon::UNSURE.contains(&w.lower.as_str()) && !matches!(w.lower.as_str(), "not"))
        .then_some("hedged")
}

/// "The new offer replaces one tabled in January", "..., which replaces
/// the 35% offer", "..., replacing the Aug. 18 date", "a 50% increase, up
/// from an earlier proposal of about 40%": what comes before replaces what
/// follows, for the party named with it.
pub fn supersedes(s: &Sentence, at: usize, n: usize, before: &[Found]) -> Option<Found> {
    let old = phrase_after(s, at + n)?;
    let (new, guessed) = newer(s, at, before)?;
    let old_bytes = bytes(s, &old);
    if new.end > old_bytes.start {
        return None;
    }
    // The party named before, or the one whose position this sentence
    // put forward (the one replacing).
    let own = mention_before(s, at)
        .filter(|m| !aside(s, m))
        .map(|m| m.party)
        .or_else(|| before.last().map(|f| f.holder));
    // "had replaced the earlier position": which one, the report said before.
    let vague = s.words[old.clone()].iter().all(|w| {
        matches!(
            w.lower.as_str(),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "this"
                | "that"
                | "earlier"
                | "previous"
                | "old"
                | "former"
                | "one"
                | "position"
                | "stance"
                | "offer"
                | "proposal"
                | "demand"
                | "plan"
        )
    });
    let (holder, unsure) = match own {
        Some(p) if vague => (
            p,
            Some("what it replaces is named only as \"the earlier one\": say which"),
        ),
        Some(p) if guessed => (
            p,
            Some("what replaces is taken from the clause before: check it"),
        ),
        Some(p) => (p, None),
        None => (
            s.proposer.or(s.previous)?,
            Some("the party is taken from before: check it"),
        ),
    };
    let from = s.words.iter().position(|w| w.span.start == new.start)?;
    Some(Found {
        holder,
        relation: Some(Relation::Supersedes),
        target: Some(new.clone()),
        other: Some(old_bytes),
        quote: s.words[from].span.start..s.words[old.end - 1].span.end,
        speaker: None,
        cue: "",
        unsure,
    })
}

/// What replaces: the subject before the cue ("the new offer replaces"),
/// else, after a comma, the position this sentence put forward last, or
/// the last words of the clause before ("a $12,000 bonus, up from").
fn newer(s: &Sentence, at: usize, before: &[Found]) -> Option<(Range<usize>, bool)> {
    let clause = (0..=at).rev().find(|&j| boundary_before(s, j)).unwrap_or(0);
    // "Boeing said the new offer replaces": after the speaker.
    let said = (clause..at).rev().find(|&j| {
        lexicon::is_said(&s.words[j].lower)
            || s.mentions.iter().any(|m| m.span.end == s.words[j].span.end)
    });
    let mut start = said.map_or(clause, |j| j + 1);
    // "The new figure, circulated in a draft by ..., replaces": the clause
    // before the remark.
    if start == clause
        && clause > 0
        && s.words[clause].lower.ends_with("ed")
        && let Some(opening) = (0..clause - 1).rev().find(|&j| boundary_before(s, j))
    {
        start = opening;
        let end = clause;
        let mut first = start;
        while first < end && skipped(&s.words[first].lower) {
            first += 1;
        }
        return (first < end).then(|| (bytes(s, &(first..end)), false));
    }
    while start < at && skipped(&s.words[start].lower) {
        start += 1;
    }
    let mut end = at;
    while end > start
        && matches!(
            s.words[end - 1].lower.as_str(),
            "has" | "had" | "have" | "would" | "will"
        )
    {
        end -= 1;
    }
    if start < end && !matches!(s.words[start].lower.as_str(), "which" | "that") {
        return Some((bytes(s, &(start..end)), false));
    }
    let put_forward = before.iter().rev().find_map(|f| match f.relation {
        Some(Relation::Proposes | Relation::Demands) => f.target.clone(),
        Some(Relation::Counters) => f.other.clone(),
        _ => None,
    });
    if let Some(last) = put_forward {
        return Some((last, false));
    }
    // The clause before the comma: its last words, back to a verb, "and"
    // or a party's name.
    let end = clause;
    let mut start = end;
    while start > 0
        && end - start < LONGEST_PHRASE / 2
        && (start == end || !boundary_before(s, start))
    {
        let w = s.words[start - 1].lower.as_str();
        let named = s
            .mentions
            .iter()
            .any(|m| m.span.end == s.words[start - 1].span.end);
        let joins = matches!(w, "and" | "or" | "including" | "as");
        if verb_like(w) || joins || lexicon::PREPOSITIONS.contains(&w) || named {
            break;
        }
        start -= 1;
    }
    while start < end && skipped(&s.words[start].lower) {
        start += 1;
    }
    // "A, up from B" compares two amounts; "A, replacing B" may replace
    // what the clause before is about, not its last words.
    let guessed = s.words[at].lower != "up";
    (start < end).then(|| (bytes(s, &(start..end)), guessed))
}

/// Words a position's name does without: articles, auxiliaries.
fn skipped(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "its" | "their" | "this" | "has" | "had" | "and"
    )
}
