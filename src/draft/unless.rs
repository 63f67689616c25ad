//! Conditions that only a no makes ("would not sign unless X") and the
//! doubt over who sets them ("the group would not ... unless").

use super::reading::{Sentence, boundary_before};

/// "would not discuss the text unless X": a condition after a no in its
/// own clause; without one, "would strike unless X" is a threat.
pub(super) fn after_a_no(s: &Sentence, at: usize) -> bool {
    let clause = (0..at).rev().find(|&j| boundary_before(s, j)).unwrap_or(0);
    s.words[clause..at]
        .iter()
        .any(|w| matches!(w.lower.as_str(), "not" | "never" | "cannot") || w.lower.ends_with("n't"))
}

/// "refused to free prisoners before the signing of a ceasefire": a
/// refusal (or a no) in the clause before `at` makes "before" a condition.
pub(super) fn after_a_refusal(s: &Sentence, at: usize) -> bool {
    let clause = (0..at).rev().find(|&j| boundary_before(s, j)).unwrap_or(0);
    after_a_no(s, at)
        || s.words[clause..at]
            .iter()
            .any(|w| w.lower.starts_with("refus") || w.lower.starts_with("declin"))
}

/// "The government would return to the talks only once ...", "the group
/// would not discuss it unless ...": when the one whose "would" sets the
/// condition is a bare noun or no party, not a name or "it", the speaker
/// may not be the party meant (counted on reports: half of them were not).
pub(super) fn unnamed_subject(s: &Sentence, at: usize) -> Option<&'static str> {
    let modal = (0..at).rev().find(|&j| {
        matches!(
            s.words[j].lower.as_str(),
            "would" | "will" | "could" | "can" | "cannot"
        )
    })?;
    let before = &s.words[modal.checked_sub(1)?];
    let named = matches!(before.lower.as_str(), "it" | "they" | "we")
        || s.mentions.iter().any(|m| {
            m.span.end == before.span.end
                && s.text[m.span.clone()]
                    .trim_start_matches("the ")
                    .starts_with(char::is_uppercase)
        });
    (!named).then_some("the one who sets the condition is named by a bare noun, not by its name")
}

/// Whether "not", "n't" or "never" stands within three words before `at`.
pub(super) fn negated_just_before(s: &Sentence, at: usize) -> bool {
    s.words[at.saturating_sub(3)..at]
        .iter()
        .any(|w| matches!(w.lower.as_str(), "not" | "never" | "cannot") || w.lower.ends_with("n't"))
}
