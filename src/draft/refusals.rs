//! Refusals: "Kyiv would not cede territory", "he will not invoke the
//! act", "would never give up": the party named just before refuses what
//! follows (`rejects`).

use crate::model::Relation;

use super::lexicon::{self, CueKind, is_said};
use super::parties::Mention;
use super::phrase::{Found, bytes, cue_of_kind_at, quote};
use super::reading::{Sentence, aside, boundary_before, holder, word_at};

/// "Kyiv would not cede territory", "he will not invoke the act": a party,
/// named just before, refuses what follows. Not when the sentence sets a
/// condition ("would not return until ..."): the condition carries it.
pub fn refusal(s: &Sentence, at: usize, n: usize) -> Option<Found> {
    if (at..s.words.len()).any(|j| cue_of_kind_at(s.words, j, CueKind::Condition)) {
        return None;
    }
    let before = &s.words[at.checked_sub(1)?];
    // "cannot accept X": the acceptance, negated, is the refusal.
    let cannot = matches!(s.words[at].lower.as_str(), "cannot" | "can't");
    // "cannot both be": two positions excluded, not a refusal.
    if cannot
        && s.words.get(at + n).is_some_and(|w| {
            lexicon::REFUSED_VERBS.contains(&w.lower.as_str()) || w.lower == "both"
        })
    {
        return None;
    }
    // "\"We will not sign anything,\" he said": first person in a quote is
    // the speaker's side.
    if before.lower == "we" {
        return super::first_person::refusal(s, at, n);
    }
    // "It cannot be both ways", "You cannot sit at the table": a party
    // named, or "we", says "cannot".
    let pronoun = !cannot && matches!(before.lower.as_str(), "he" | "she" | "it" | "they");
    if cannot && before.lower == "you" {
        return None;
    }
    if !pronoun && !s.mentions.iter().any(|m| m.span.end == before.span.end) {
        return None;
    }
    let target = super::phrase::refused_phrase(s, at + n)?;
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
    let (holder, holder_word, mut unsure) = match subject {
        Some(m) => (m.party, word_at(s, m.span.start), None),
        None => holder(s, at, at + n)?,
    };
    // "Norway cannot give away cod": a refusal, or a limit it states?
    // Counted on reports it was not written on: as often wrong as right.
    if cannot {
        unsure = unsure.or(Some("\"cannot\": a refusal, or a limit stated?"));
    }
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

/// "Kosovo turned that demand down", "the union turned it down": a
/// rejection whose verb's particle follows its object (at most three
/// words, none a clause's bound). "turned down X" is a cue of the lexicon.
pub(super) fn turned_down(s: &Sentence) -> Vec<Found> {
    let mut out = Vec::new();
    for j in 0..s.words.len() {
        if !matches!(s.words[j].lower.as_str(), "turned" | "turns" | "turn") {
            continue;
        }
        let Some(down) = (j + 2..s.words.len().min(j + 5)).find(|&k| s.words[k].lower == "down")
        else {
            continue;
        };
        if (j + 1..=down).any(|k| boundary_before(s, k)) {
            continue;
        }
        let target = j + 1..down;
        let Some((holder, holder_word, unsure)) = holder(s, j, down + 1) else {
            continue;
        };
        out.push(Found {
            holder,
            relation: Some(Relation::Rejects),
            quote: quote(s, holder_word.unwrap_or(j).min(j), &(j..down + 1)),
            target: Some(bytes(s, &target)),
            other: None,
            speaker: None,
            cue: "turned down",
            unsure,
        });
    }
    out
}
