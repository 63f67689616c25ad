//! Terms of a proposal: "the memorandum also calls for Y", "the offer
//! covered Y", "under the plan, Y would ...", "a framework under which Y":
//! Y is `part_of` the proposal the sentence names, which the party that
//! owns it ("Russia's memorandum") or, failing that, the party that last
//! proposed something put forward (then unsure).

use std::ops::Range;

use crate::model::Relation;

use super::lexicon::{self, verb_like};
use super::phrase::{Found, LONGEST_PHRASE, bytes, phrase_within};
use super::reading::{Sentence, boundary_before};

/// Words that may stand between a proposal and its verb: "the memorandum
/// also calls for".
const BETWEEN: &[&str] = &[
    "also",
    "would",
    "had",
    "has",
    "was",
    "reportedly",
    "further",
];

/// The term of the cue at word `at` (`n` words), when a proposal is its
/// subject.
pub fn term(s: &Sentence, at: usize, n: usize) -> Option<Found> {
    let (noun, from) = match s.words[at].lower.as_str() {
        // "a framework under which China would grant ...", "a proposal for
        // a regional consortium, under which ...".
        "under" if s.words.get(at + 1)?.lower == "which" => {
            let before = at.checked_sub(1)?;
            let clause = (0..=before)
                .rev()
                .find(|&j| boundary_before(s, j))
                .unwrap_or(0);
            let named = (clause.max(before.saturating_sub(6))..=before)
                .any(|j| is_proposal_noun(&s.words[j].lower));
            (named.then_some(before)?, at + 2)
        }
        // "Under the plan, half of the hostages would be freed ...", "Under
        // a draft circulated to both delegations, ...", "Under it, ...".
        "under" => {
            let comma = (at + 2..s.words.len().min(at + 8)).find(|&j| boundary_before(s, j));
            if let Some(comma) = comma
                && let Some(noun) = (at + 1..comma)
                    .rev()
                    .find(|&j| is_proposal_noun(&s.words[j].lower))
            {
                (noun, past_aside(s, comma))
            } else {
                // "Under that offer the two regions would get ...": no
                // comma, the proposal's noun within three words, a
                // subject and its "would" after it.
                let noun = (at + 1..s.words.len().min(at + 4))
                    .find(|&j| is_proposal_noun(&s.words[j].lower))?;
                let would = (noun + 2..s.words.len().min(noun + 6))
                    .any(|j| matches!(s.words[j].lower.as_str(), "would" | "will"));
                (would.then_some(noun)?, noun + 1)
            }
        }
        _ => {
            let mut k = at.checked_sub(1)?;
            while k > 0 && BETWEEN.contains(&s.words[k].lower.as_str()) {
                k -= 1;
            }
            // "It would give ...": the proposal the report spoke of last.
            let it = k == 0 && s.words[0].lower == "it";
            if !it && !lexicon::PROPOSAL_NOUNS.contains(&s.words[k].lower.as_str()) {
                return None;
            }
            (k, at + n)
        }
    };
    let proposal = proposal_words(s, noun);
    let term = phrase_within(s, from, 2 * LONGEST_PHRASE)?;
    let owner = s.mentions.iter().find(|m| {
        let start = s.words[proposal.start.saturating_sub(1)].span.start;
        m.span.start >= start && m.span.end <= s.words[noun].span.start
    });
    let (holder, unsure) = match owner {
        Some(m) => (m.party, None),
        None => (
            s.proposer.or(s.previous)?,
            Some("the proposal is taken to be the last party's to propose one: check it"),
        ),
    };
    let first = proposal.start.min(at);
    Some(Found {
        holder,
        relation: Some(Relation::PartOf),
        target: Some(bytes(s, &term)),
        other: Some(bytes(s, &proposal)),
        quote: s.words[first].span.start..s.words[term.end - 1].span.end,
        speaker: None,
        cue: "",
        unsure,
    })
}

/// The word after a side remark opening at word `from` ("Under the plan,
/// a copy of which was seen by Wire, a commission would ..."): a clause
/// holding "which", "who" or a verb of saying, closed by a comma. `from`
/// itself when there is none.
fn past_aside(s: &Sentence, from: usize) -> usize {
    let Some(close) = (from + 1..s.words.len().min(from + 12)).find(|&j| boundary_before(s, j))
    else {
        return from;
    };
    // "Under the American plan, presented in Muscat on Wednesday, ...": a
    // participle after the proposal describes it.
    let participle = s.words[from].lower.ends_with("ed")
        && s.words
            .get(from + 1)
            .is_some_and(|w| lexicon::PREPOSITIONS.contains(&w.lower.as_str()) || w.lower == "by");
    let aside = participle
        || s.words[from..close].iter().any(|w| {
            matches!(w.lower.as_str(), "which" | "who" | "according") || lexicon::is_said(&w.lower)
        });
    if aside { close } else { from }
}

/// Whether a word names a proposal, or stands for one ("it", "terms").
fn is_proposal_noun(word: &str) -> bool {
    lexicon::PROPOSAL_NOUNS.contains(&word) || matches!(word, "it" | "terms")
}

/// The words naming the proposal whose noun is word `noun`: the noun and up
/// to three modifiers before it ("the latest Turkish proposal": "latest
/// Turkish proposal"), not past an article, a verb or a clause's bound.
pub(super) fn proposal_words(s: &Sentence, noun: usize) -> Range<usize> {
    let mut start = noun;
    while start > 0 && noun - start < 3 && !boundary_before(s, start) {
        let w = s.words[start - 1].lower.as_str();
        let stop = matches!(w, "the" | "a" | "an" | "its" | "their" | "this" | "that")
            || verb_like(w)
            || lexicon::PREPOSITIONS.contains(&w);
        if stop {
            break;
        }
        start -= 1;
    }
    start..noun + 1
}
