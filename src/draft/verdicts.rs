//! Rejections said as a verdict on a proposal rather than with a verb of
//! refusing: "X called the offer \"an insult\"", "a package the union
//! described as \"a pay cut\"", "X said the proposal fell short". The
//! party passing the verdict rejects the proposal. Only a damning word
//! ([`DAMNING`]) makes a verdict a rejection: "called the offer a good
//! start" is none.

use crate::model::Relation;

use super::lexicon::{PROPOSAL_NOUNS, is_said};
use super::phrase::{Found, matches_at};
use super::reading::{Sentence, mention_before};

/// Verbs that pass a verdict on what follows them (or, in a relative
/// clause, on the noun before their subject).
const JUDGING: &[&str] = &[
    "called",
    "calling",
    "calls",
    "described",
    "describing",
    "describes",
    "branded",
    "labelled",
    "labeled",
];

/// Words that damn a proposal. Lower case; several words single-spaced.
const DAMNING: &[&str] = &[
    "insult",
    "insulting",
    "unacceptable",
    "not acceptable",
    "unworkable",
    "not workable",
    "inadequate",
    "insufficient",
    "unaffordable",
    "non-starter",
    "provocative",
    "pay cut",
    "slap in the face",
    "derisory",
    "absurd",
    "ridiculous",
    "disgraceful",
    "blackmail",
    "fell short",
    "falls short",
    "dead on arrival",
    "worse than no deal",
];

/// The most words between a verdict's verb (or its proposal) and the
/// damning word.
const REACH: usize = 7;

/// The verdicts of a sentence that reject a proposal.
pub(super) fn find(s: &Sentence) -> Vec<Found> {
    let mut out = Vec::new();
    for j in 0..s.words.len() {
        let w = s.words[j].lower.as_str();
        let judged = if JUDGING.contains(&w) {
            judged_after(s, j).or_else(|| judged_before(s, j))
        } else if is_said(w) {
            judged_after(s, j)
        } else {
            None
        };
        let Some(noun) = judged else { continue };
        // "the framework of the offer": the proposal runs to its second noun.
        let (head, noun) = (noun, of_a_proposal(s, noun).unwrap_or(noun));
        // The one passing the verdict: named before its verb, and after the
        // proposal when the verdict is a relative clause on it.
        let Some(m) =
            mention_before(s, j).filter(|m| noun > j || m.span.start >= s.words[noun].span.end)
        else {
            continue;
        };
        let proposal = super::terms::proposal_words(s, head);
        let first = s
            .words
            .iter()
            .position(|w| w.span.start >= m.span.start)
            .unwrap_or(j)
            .min(proposal.start);
        let last = damning_at(s, j.max(noun) + 1).unwrap_or(noun);
        out.push(Found {
            holder: m.party,
            relation: Some(Relation::Rejects),
            target: Some(s.words[proposal.start].span.start..s.words[noun].span.end),
            other: None,
            quote: s.words[first].span.start..s.words[last].span.end,
            speaker: None,
            cue: "a damning verdict",
            // "called the offer ...": which offer is a guess the rules for
            // "the offer" make; a named one ("the pay offer") is sure.
            unsure: (proposal.len() == 1 && head == noun)
                .then_some("the verdict is on a proposal named by its noun alone: check which"),
        });
    }
    out
}

/// "called the offer \"an insult\"", "said the proposal still fell short":
/// the proposal's noun within three words after the verb at `j`, a damning
/// word after it.
fn judged_after(s: &Sentence, j: usize) -> Option<usize> {
    let noun = (j + 1..s.words.len().min(j + 4)).find(|&k| is_proposal(s, k))?;
    damning_at(s, noun + 1).map(|_| noun)
}

/// "a package the union described as \"a pay cut\"": the proposal's noun
/// just before the verdict's subject, a damning word after the verb.
fn judged_before(s: &Sentence, j: usize) -> Option<usize> {
    let noun = (j.saturating_sub(5)..j)
        .rev()
        .find(|&k| is_proposal(s, k))?;
    damning_at(s, j + 1).map(|_| noun)
}

/// "framework of the offer", "terms of its plan": the second proposal
/// noun after the one at `noun`, joined by "of".
fn of_a_proposal(s: &Sentence, noun: usize) -> Option<usize> {
    if s.words.get(noun + 1)?.lower != "of" {
        return None;
    }
    (noun + 2..s.words.len().min(noun + 4)).find(|&k| is_proposal(s, k))
}

/// Whether word `k` names a proposal ("offer", "package", "plan").
fn is_proposal(s: &Sentence, k: usize) -> bool {
    PROPOSAL_NOUNS.contains(&s.words[k].lower.as_str())
}

/// The last word of the first damning word or phrase within [`REACH`]
/// words from word `from`.
fn damning_at(s: &Sentence, from: usize) -> Option<usize> {
    (from..s.words.len().min(from + REACH)).find_map(|k| {
        DAMNING
            .iter()
            .find(|d| matches_at(s.words, k, d))
            .map(|d| k + d.split(' ').count() - 1)
    })
}
