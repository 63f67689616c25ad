//! Round 10: frictions a new user met drafting real reports (abbreviations
//! cut at their dot, a paper a source told taken for a party, the holder
//! of an exchange, labels cut at "and", verdicts said with "not
//! acceptable", plural pronouns, headlines above source notes, conditions
//! said with "refused to X before Y"). Sentences written for these tests.

use super::*;

/// The speaker of the one claim of `article`.
fn speaker_of(article: &str) -> Option<String> {
    let d = drafted(article);
    assert_eq!(d.claims.len(), 1, "{:#?}", d.claims);
    d.claims[0].speaker.clone()
}

#[test]
fn an_abbreviation_with_dots_is_one_word_of_the_speaker() {
    assert_eq!(
        speaker_of("Israel accepted the Egyptian proposal, according to U.S. officials.")
            .as_deref(),
        Some("U.S. officials")
    );
    assert_eq!(
        speaker_of(
            "U.S. Secretary of State Antony Blinken said Israel accepted the Egyptian proposal."
        )
        .as_deref(),
        Some("U.S. Secretary of State Antony Blinken")
    );
    assert_eq!(
        speaker_of(
            "Israel accepted the Egyptian proposal, U.K. Foreign Secretary David Lammy said."
        )
        .as_deref(),
        Some("U.K. Foreign Secretary David Lammy")
    );
}
