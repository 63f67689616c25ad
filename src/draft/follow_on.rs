//! Terms in a follow-on clause: "Under the draft, the rebels would free
//! 181 detainees, while the government would release 706 fighters";
//! "Under that offer the regions would get assemblies, and judges would
//! sit on the court". A clause joined to a term by "while" or ", and",
//! with its own subject and "would", is one more term of the same
//! proposal, held by the same party and as sure as the first.

use crate::model::Relation;

use super::lexicon::verb_like;
use super::phrase::{Found, LONGEST_PHRASE, phrase_within};
use super::reading::{Sentence, boundary_before};

/// The most words of a follow-on clause's subject: "a joint police unit".
const LONGEST_SUBJECT: usize = 6;

/// The terms of follow-on clauses after the terms of `here`.
pub(super) fn find(s: &Sentence, here: &[Found]) -> Vec<Found> {
    let mut out = Vec::new();
    for term in here
        .iter()
        .filter(|f| f.relation == Some(Relation::PartOf) && f.other.is_some())
    {
        let Some(end) = term.target.as_ref().map(|t| t.end) else {
            continue;
        };
        let after = s.words.iter().position(|w| w.span.start >= end);
        let mut j = after.unwrap_or(s.words.len());
        while j < s.words.len() {
            let Some((subject, verb)) = clause_at(s, j) else {
                j += 1;
                continue;
            };
            let Some(rest) = phrase_within(s, verb, LONGEST_PHRASE) else {
                break;
            };
            let target = s.words[subject].span.start..s.words[rest.end - 1].span.end;
            let known = here
                .iter()
                .chain(&out)
                .any(|f: &Found| f.target.as_ref().is_some_and(|t| t.start == target.start));
            if !known {
                out.push(Found {
                    target: Some(target.clone()),
                    quote: target,
                    cue: "while",
                    ..term.clone()
                });
            }
            j = rest.end;
        }
    }
    out
}

/// A follow-on clause opening at word `j`: "while" or "and" after a
/// clause's bound, then a subject of a few words and "would" or "will".
/// The subject's first word and the word after the modal.
fn clause_at(s: &Sentence, j: usize) -> Option<(usize, usize)> {
    let opener = match s.words[j].lower.as_str() {
        "while" | "whereas" => true,
        "and" => boundary_before(s, j),
        _ => false,
    };
    if !opener {
        return None;
    }
    let subject = j + 1;
    let modal = (subject + 1..s.words.len().min(subject + 1 + LONGEST_SUBJECT))
        .take_while(|&k| !boundary_before(s, k))
        .find(|&k| matches!(s.words[k].lower.as_str(), "would" | "will"))?;
    // "and said it would ...": a verb in the subject makes it no subject.
    if s.words[subject..modal]
        .iter()
        .any(|w| verb_like(&w.lower) || w.lower == "that")
    {
        return None;
    }
    (modal + 1 < s.words.len()).then_some((subject, modal + 1))
}
