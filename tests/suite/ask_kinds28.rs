//! Kinds of reading fixed by branch ask-28 (issue 25), each checked on
//! sentences written for this file, not the blind sets' own: a typo of a
//! word that is no name nor cue (see also `ask_variants`), two parties'
//! distance, a change over the whole record, a supposition opened by
//! "say" or by "suppose" and a comma.

use super::ask_readings::{TRADE, has_note, reads};

#[test]
fn how_far_apart_two_parties_are_is_their_conflicts() {
    let (commands, _) = reads(None, "how far apart are ukraine and russia really?");
    assert_eq!(
        commands,
        ["negograph conflicts --party ukraine --party russia"]
    );
    let (commands, _) = reads(Some(TRADE), "how far apart are country a and country b");
    assert_eq!(
        commands,
        ["negograph conflicts --party country-a --party country-b"]
    );
    // Proposals named, or no two parties: not conflicts.
    let (commands, _) = reads(
        Some(super::ask_readings::GAZA),
        "how far apart are the two proposals?",
    );
    assert_eq!(
        commands,
        ["negograph compare witkoff-proposal hamas-version"]
    );
}

#[test]
fn a_partys_line_changing_over_time_is_its_timeline() {
    for (question, party) in [
        ("has the kremlin's view changed over time?", "russia"),
        ("have ukraine's demands evolved over time", "ukraine"),
    ] {
        let (commands, _) = reads(None, question);
        assert_eq!(
            commands,
            [format!("negograph timeline {party}")],
            "{question}"
        );
    }
}

#[test]
fn say_or_suppose_and_a_comma_open_a_supposition() {
    for question in [
        "say the west paused aid, what would still block direct talks",
        "let's say the West paused aid, what would still block direct talks?",
        "Suppose, for the sake of argument, the West paused aid; what would still block direct talks?",
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(
            commands,
            ["negograph blockers direct-talks --assume western-aid-pause"],
            "{question}"
        );
        assert!(!has_note(&notes, "'say'"), "{notes:?}");
    }
    // "say" inside a question is what a party said.
    let (commands, _) = reads(None, "what did russia say about the 30-day ceasefire?");
    assert_eq!(
        commands,
        ["negograph responses ceasefire-30d --party russia"]
    );
}
