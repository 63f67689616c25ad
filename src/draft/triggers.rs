//! Threats whose trigger comes first: "Should the bloc retaliate,
//! Washington would raise its tariffs", "If there is no offer by Friday,
//! we will stay out" (`threatens`, the measure after the comma, the
//! trigger before it).

use crate::model::Relation;

use super::lexicon::THREAT_MEASURES;
use super::phrase::{Found, bytes, phrase_after, quote};
use super::reading::{Sentence, boundary_before, speaker};

/// The most words between the trigger's comma and the modal verb: the
/// one who would act ("the European Commission").
const SUBJECT_WORDS: usize = 4;

/// Every threat of `s` whose "if" or inverted "should" opens a clause
/// before the measure.
pub(super) fn find(s: &Sentence, found: &[Found]) -> Vec<Found> {
    let mut out = Vec::new();
    for j in 0..s.words.len() {
        let w = s.words[j].lower.as_str();
        let opens = j == 0 || boundary_before(s, j) || s.words[j - 1].lower == "that";
        let inverted = w == "should"
            && s.words
                .get(j + 1)
                .is_some_and(|n| n.lower == "the" || n.capital);
        if !opens || !(w == "if" || inverted) {
            continue;
        }
        // The trigger runs to the clause's comma; the measure follows the
        // modal verb a few words after it.
        let Some(comma) = (j + 2..s.words.len()).find(|&k| boundary_before(s, k)) else {
            continue;
        };
        let Some(modal) = (comma..s.words.len().min(comma + SUBJECT_WORDS + 1))
            .find(|&k| is_modal(&s.words[k].lower))
        else {
            continue;
        };
        let at = s.words[j].span.start;
        if found.iter().any(|f| f.quote.contains(&at)) {
            continue;
        }
        let Some(measure) = phrase_after(s, modal + 1) else {
            continue;
        };
        // Who would act: a party named just before the modal; else, for
        // "we" or no party, the speaker's side, unsure.
        let before_modal = s.words[modal.saturating_sub(1)].span.end;
        let named = s.mentions.iter().find(|m| {
            m.span.start >= s.words[comma].span.start
                && m.span.end == before_modal
                && s.text[m.span.clone()]
                    .trim_start_matches("the ")
                    .starts_with(char::is_uppercase)
        });
        let (holder, mut unsure) = match named {
            Some(m) => (m.party, None),
            None => {
                let Some((_, party)) = speaker(s) else {
                    continue;
                };
                (
                    party,
                    Some("the one who would act is the speaker's side, not named: check it"),
                )
            }
        };
        let pressure = s
            .words
            .get(measure.start)
            .is_some_and(|w| THREAT_MEASURES.contains(&w.lower.as_str()));
        if !pressure {
            unsure = unsure.or(Some(
                "a measure after a condition, not one of pressure: a threat or an offer?",
            ));
        }
        // "If not, we will strike": the trigger is the sentence before's
        // demand unmet, no position named "not"; the analyst names it.
        let trigger = j + 1..comma;
        let bare_not = trigger.len() == 1 && s.words[j + 1].lower == "not";
        out.push(Found {
            holder,
            relation: Some(Relation::Threatens),
            target: Some(bytes(s, &measure)),
            other: (!bare_not).then(|| bytes(s, &trigger)),
            quote: quote(s, j, &measure),
            speaker: None,
            cue: "if ..., would",
            unsure,
        });
    }
    out
}

/// "would", "will", "'ll" ("we'll stay out").
fn is_modal(word: &str) -> bool {
    matches!(word, "would" | "will") || word.ends_with("'ll")
}
