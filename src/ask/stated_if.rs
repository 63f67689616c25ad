//! "Santos won't lay down his arms - what does that trigger?": an event
//! stated, then asked what follows from "that", is an "if" clause said
//! without its "if" (round 18 could not read it; "what if Santos won't
//! lay down his arms?" it read).

use super::words::IF_WORDS;

/// How the question after the statement starts when it asks what follows
/// from the statement's event ("that", "this", "then").
const ASKS_WHAT_FOLLOWS: &[&str] = &[
    "what does that",
    "what would that",
    "what will that",
    "what could that",
    "what does this",
    "what would this",
    "what will this",
    "what happens then",
    "what happens next",
    "what then",
    "then what",
    "so what happens",
    "what follows",
];

/// Where a statement may end and the question begin.
const BREAKS: &[&str] = &[" - ", " -- ", " \u{2013} ", " \u{2014} ", "; ", ": ", ", "];

/// The question with an "if" put before its stated event, and the note
/// that says so; `None` when it has an "if" word already or asks nothing
/// of "that" after a break.
pub(super) fn as_supposed(question: &str) -> Option<(String, String)> {
    let lower = question.to_lowercase();
    let has_if = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| IF_WORDS.contains(&w));
    if has_if {
        return None;
    }
    let (at, len) = BREAKS
        .iter()
        .filter_map(|b| lower.find(b).map(|at| (at, b.len())))
        .min()?;
    let rest = lower[at + len..].trim_start();
    if at == 0 || !ASKS_WHAT_FOLLOWS.iter().any(|p| rest.starts_with(p)) {
        return None;
    }
    let stated = question[..at].trim();
    Some((
        format!("if {stated}, {}", question[at + len..].trim_start()),
        format!("read '{stated}' as an 'if' clause: the question asks what follows from it"),
    ))
}

#[cfg(test)]
mod tests {
    use super::as_supposed;

    #[test]
    fn a_statement_before_what_that_sets_off_is_supposed() {
        let (q, _) =
            as_supposed("Santos won't lay down his arms - what does that trigger?").unwrap();
        assert_eq!(
            q,
            "if Santos won't lay down his arms, what does that trigger?"
        );
        assert!(as_supposed("if Russia refuses, what does that trigger?").is_none());
        assert!(as_supposed("Russia refuses - who is behind the ceasefire?").is_none());
    }
}
