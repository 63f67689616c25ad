//! Demands said as what must happen: "the union said any settlement must
//! include back pay", "Kinshasa insisted the rebels must withdraw", "the
//! minister said the treaty should deal only with waste". The party that
//! says so demands the clause: no verb of demanding names it, a modal of
//! need ("must", "should", "had to") does, under a verb of saying.

use crate::model::Relation;

use super::lexicon::{PRONOUNS, is_said, verb_like};
use super::phrase::{Found, LONGEST_PHRASE, phrase_within};
use super::reading::{Sentence, aside, boundary_before, speaker, word_at};

/// Verbs that report what a party holds, besides the verbs of saying.
const HOLDING: &[&str] = &[
    "indicated",
    "indicates",
    "stipulates",
    "stipulated",
    "signalled",
    "signaled",
    "reiterated",
    "insisted",
    "insists",
    "argued",
    "argues",
    "maintained",
    "maintains",
    "stressed",
    "stresses",
    "believes",
];

/// Who holds a demand, the word its quote starts at, and why it is unsure.
type Held = (usize, usize, Option<&'static str>);

/// The most words a look-back passes from a modal to its verb of saying.
const REACH: usize = 25;

/// The most words of the subject of the modal: "any settlement" had to.
const LONGEST_SUBJECT: usize = 8;

/// The demands of a sentence said with a modal of need, unless a claim
/// of `here` already demands the same words.
pub(super) fn find(s: &Sentence, here: &[Found]) -> Vec<Found> {
    let mut out = Vec::new();
    for j in 1..s.words.len() {
        let Some(verb) = need_at(s, j) else { continue };
        // "should the talks fail": a condition, not a demand.
        if boundary_before(s, j) || matches!(s.words[j - 1].lower.as_str(), "if" | "unless") {
            continue;
        }
        let said = (j.saturating_sub(REACH)..j)
            .rev()
            .find(|&k| is_said(&s.words[k].lower) || HOLDING.contains(&s.words[k].lower.as_str()));
        let Some((subject, held)) = said
            .map(|said| (subject_after(s, said, j), None))
            .or_else(|| said_after(s, j))
        else {
            continue;
        };
        if subject >= j || j - subject > LONGEST_SUBJECT {
            continue;
        }
        // "what officials said was needed": no subject, a verb.
        if verb_like(&s.words[subject].lower) {
            continue;
        }
        // "the talks, she said, must resume": no clause bound inside the subject.
        if (subject + 1..=j).any(|k| boundary_before(s, k)) {
            continue;
        }
        let Some(mut rest) = phrase_within(s, verb, LONGEST_PHRASE) else {
            continue;
        };
        // "should deal only with waste": an adverb does not end the demand.
        let adverb = s.words.get(rest.end).is_some_and(|w| w.lower == "only")
            && s.words
                .get(rest.end + 1)
                .is_some_and(|w| !matches!(w.lower.as_str(), "if" | "once" | "when"));
        if adverb && let Some(more) = phrase_within(s, rest.end + 1, LONGEST_PHRASE) {
            rest.end = more.end;
        }
        let target = s.words[subject].span.start..s.words[rest.end - 1].span.end;
        let demanded_already = here.iter().any(|f| {
            f.relation == Some(Relation::Demands)
                && f.quote.start < target.end
                && target.start < f.quote.end
        });
        if demanded_already {
            continue;
        }
        let Some((holder, from, mut unsure)) = held.or_else(|| holder_of(s, said?)) else {
            continue;
        };
        // "we must", "I should": the speaker's own resolve, maybe a demand.
        let own = matches!(s.words[subject].lower.as_str(), "we" | "i" | "you");
        if own && subject + 1 == j {
            unsure = unsure.or(Some("\"we must\": the speaker's resolve or a demand?"));
        }
        let demand = Found {
            holder,
            relation: Some(Relation::Demands),
            quote: s.words[from].span.start..target.end,
            target: Some(target),
            other: None,
            speaker: None,
            cue: "must",
            unsure,
        };
        out.extend(before_we(s, rest.end, &demand));
        out.push(demand);
    }
    out
}

/// "Israel must withdraw before we sign any deal": the demand is a
/// precondition of what follows "before", which the same party sets.
/// `end` is the word after the demanded phrase.
fn before_we(s: &Sentence, end: usize, demand: &Found) -> Option<Found> {
    if s.words.get(end)?.lower != "before" || boundary_before(s, end) {
        return None;
    }
    // "before we sign", "before the union returns": a clause, its subject
    // kept in the position's words.
    let needing = super::phrase::phrase_from(s, end + 1)?;
    let needing = super::phrase::bytes(s, &needing);
    Some(Found {
        relation: Some(Relation::ConditionsOn),
        target: Some(needing.clone()),
        other: demand.target.clone(),
        quote: demand.quote.start..needing.end,
        cue: "must ... before",
        ..demand.clone()
    })
}

/// Where the subject of the modal at `j` opens: after the verb of saying
/// at `said` or its last "that".
fn subject_after(s: &Sentence, said: usize, j: usize) -> usize {
    (said + 1..j)
        .rev()
        .find(|&k| s.words[k].lower == "that")
        .map_or(said + 1, |k| k + 1)
}

/// A modal at `j` no verb of saying comes before: "Israel must also free
/// the prisoners, the group said" is the speaker's demand; with no speaker,
/// in a paragraph that lists a party's demands ("Hamas demanded a
/// withdrawal. Israel must also ..."), that party's, unsure. The subject
/// opens the clause. With the holder, the word the quote starts at and why
/// it is unsure.
fn said_after(s: &Sentence, j: usize) -> Option<(usize, Option<Held>)> {
    let subject = (1..j).rev().find(|&k| boundary_before(s, k)).unwrap_or(0);
    // Only "must" after a party's name ("Iran must destroy ..."): "If we
    // have to stay out", "nobody should mistake ..." demand nothing.
    let named = s.mentions.iter().any(|m| {
        m.span.start == s.words[subject].span.start
            && s.text[m.span.clone()].starts_with(char::is_uppercase)
            && s.words[..j]
                .iter()
                .filter(|w| w.span.start >= m.span.end)
                .all(|w| w.lower == "also")
    });
    if s.words[j].lower != "must" || !named {
        return None;
    }
    let after = s.words[j].span.end;
    if let Some((_, party)) = speaker(s).filter(|(span, _)| span.start > after) {
        return Some((subject, Some((party, subject, None))));
    }
    let subject_party = s
        .mentions
        .iter()
        .find(|m| m.span.start == s.words[subject].span.start)
        .map(|m| m.party);
    let party = s.demander.filter(|p| Some(*p) != subject_party)?;
    Some((
        subject,
        Some((
            party,
            subject,
            Some("said with \"must\" after the party's demands: is it theirs?"),
        )),
    ))
}

/// The word after the modal of need at word `j` ("must", "should", "had
/// to", "has to", "have to"): where the demanded verb starts.
fn need_at(s: &Sentence, j: usize) -> Option<usize> {
    match s.words[j].lower.as_str() {
        "must" | "should" => Some(j + 1),
        "had" | "has" | "have" => (s.words.get(j + 1)?.lower == "to").then_some(j + 2),
        _ => None,
    }
    .filter(|&v| v < s.words.len())
}

/// Who holds what is said at word `said`: the party named just before it
/// (at most two words between: "Kinshasa has said"), else the sentence's
/// speaker; else, after a pronoun, the party of the sentence before
/// (unsure). With the word the quote starts at.
fn holder_of(s: &Sentence, said: usize) -> Option<Held> {
    let start = s.words[said].span.start;
    // Not a side remark's ("a group, led by Saudi Arabia, said").
    let named = s.mentions.iter().rev().find(|m| {
        m.span.end <= start
            && !aside(s, m)
            && s.words
                .iter()
                .filter(|w| w.span.start >= m.span.end && w.span.end <= start)
                .count()
                <= 2
    });
    if let Some(m) = named {
        let first = word_at(s, m.span.start)?;
        // "China's foreign ministry said": the organ speaks for its state.
        let owner = s.mentions.iter().rev().find(|o| {
            o.span.end < m.span.start
                && ["'s", "\u{2019}s"]
                    .iter()
                    .any(|p| s.text[o.span.clone()].ends_with(p))
                && first.saturating_sub(2) <= word_at(s, o.span.start).unwrap_or(0)
        });
        return Some(match owner {
            Some(o) => (o.party, word_at(s, o.span.start)?, None),
            None => (m.party, first, None),
        });
    }
    if let Some((_, party)) = speaker(s) {
        return Some((party, said, None));
    }
    let pronoun = said > 0 && PRONOUNS.contains(&s.words[said - 1].lower.as_str());
    let party = s.previous.filter(|_| pronoun)?;
    Some((
        party,
        said - 1,
        Some("the holder is a pronoun or unnamed: taken from the sentence before"),
    ))
}
