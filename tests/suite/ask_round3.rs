//! `negograph ask` on the readings added for the third blind round (issue
//! 25): a party the graph does not hold, a day read off an event, sets of
//! responses narrowed by the question's words, compare in the question's
//! order, change questions on a one-day record, ways of saying something
//! carries on, dotted abbreviations. Each test checks the commands a
//! question reads as and the notes that say how, or the refusal and why;
//! the expected answers were worked out by hand from the graphs' files.

use super::ask_readings::{GAZA, TRADE, has_note, reads, refused};

const HARBOUR: &str = "tests/data/harbour-strike.json";

#[test]
fn a_party_the_graph_does_not_hold_is_refused_by_name() {
    let error = refused(None, "Whats Chinas position on the ceasefire?");
    assert!(
        error.contains("no party or node called 'China' (read from 'Chinas')"),
        "{error}"
    );
    assert!(error.contains("the parties: ukraine, russia"), "{error}");
    let error = refused(None, "what does the EU want?");
    assert!(error.contains("no party or node called 'EU'"), "{error}");
    // A word some name holds ("Western" of the Western allies) is no stranger.
    let (commands, _) = reads(None, "how did Russia react to the Western demands?");
    assert_eq!(commands.len(), 2, "{commands:?}");
}

#[test]
fn before_an_event_the_graph_dates_is_the_day_before() {
    let (commands, notes) = reads(
        Some(TRADE),
        "What was holding up the trade deal before the ministers met?",
    );
    assert_eq!(
        commands,
        ["negograph blockers trade-deal --as-of 2025-03-19"]
    );
    assert!(
        has_note(
            &notes,
            "the day before ministerial-talks (Ministers meet) was met (2025-03-20)"
        ),
        "{notes:?}"
    );
    assert!(!has_note(&notes, "not used"), "{notes:?}");
}

#[test]
fn responses_to_a_set_are_every_partys_narrowed_by_the_question() {
    // Two pay offers and an arbitration proposal: "pay" keeps the two.
    let (commands, notes) = reads(
        Some(HARBOUR),
        "How did the two sides respond to the pay offers?",
    );
    assert_eq!(
        commands,
        [
            "negograph responses pay-offer-8",
            "negograph responses pay-offer-9"
        ]
    );
    assert!(has_note(&notes, "every party's responses"), "{notes:?}");
    assert!(!has_note(&notes, "'pay'"), "{notes:?}");
    // Two parties named together answer; each offer once, every party's answer.
    let (commands, notes) = reads(
        Some(GAZA),
        "How did Israel and the US respond to the two offers?",
    );
    assert_eq!(
        commands,
        [
            "negograph responses witkoff-proposal",
            "negograph responses hamas-version"
        ]
    );
    assert!(has_note(&notes, "(israel and us among them)"), "{notes:?}");
    // The 9% offer supersedes the 8% one: the latest is the 9% (and the
    // arbitration proposal, which nothing supersedes).
    let (commands, _) = reads(
        Some(HARBOUR),
        "how did the union respond to the latest offer?",
    );
    assert_eq!(
        commands,
        [
            "negograph responses pay-offer-9 --party union",
            "negograph responses arbitration --party union"
        ]
    );
}

#[test]
fn dotted_abbreviations_are_names() {
    // "the latest U.S. offer" is an alias of Witkoff's proposal.
    let (commands, _) = reads(Some(GAZA), "Did Hamas accept the latest US offer or not?");
    assert_eq!(
        commands,
        ["negograph responses witkoff-proposal --party hamas"]
    );
}

#[test]
fn compare_keeps_the_questions_order_and_a_partys_plan_is_its_proposal() {
    let (commands, notes) = reads(Some(GAZA), "compare witkoffs plan w/ the hamas version");
    assert_eq!(
        commands,
        ["negograph compare witkoff-proposal hamas-version"]
    );
    // "Witkoffs plan" is the alias "Witkoff proposal" once "plan" is read
    // as the graph's word (round 4's lexicon), and said.
    assert!(has_note(&notes, "read 'plan' as 'proposal'"), "{notes:?}");
    let (commands, _) = reads(Some(GAZA), "compare the hamas version with witkoff's plan");
    assert_eq!(
        commands,
        ["negograph compare hamas-version witkoff-proposal"]
    );
}

#[test]
fn change_questions_read_their_window_or_the_timeline_of_a_one_day_record() {
    let (commands, _) = reads(Some(HARBOUR), "What changed in the last fortnight?");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-04-22 --to 2025-05-06"]
    );
    let (commands, _) = reads(Some(HARBOUR), "what changed today?");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-05-05 --to 2025-05-06"]
    );
    let (commands, notes) = reads(Some(GAZA), "has Israel shifted its line?");
    assert_eq!(commands, ["negograph timeline israel"]);
    assert!(has_note(&notes, "the record holds one day"), "{notes:?}");
    let (commands, _) = reads(Some(TRADE), "has Country C changed its position?");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-03-01 --to 2025-03-20 --party country-c"]
    );
}

#[test]
fn a_future_meeting_and_a_strike_that_goes_on_are_read_forward() {
    let (commands, notes) = reads(None, "Will Zelensky and Putin actually meet on Thursday?");
    assert_eq!(commands, ["negograph blockers zelensky-putin-meeting"]);
    assert!(
        has_note(
            &notes,
            "read 'on thursday' as 2025-05-15, after the newest source (2025-05-12)"
        ),
        "{notes:?}"
    );
    let (commands, notes) = reads(
        Some(HARBOUR),
        "if the strike's still going next Friday the 16th what does the city do",
    );
    assert_eq!(commands, ["negograph effects strike-past-may"]);
    assert!(
        has_note(&notes, "read 'next friday the 16th' as 2025-05-16"),
        "{notes:?}"
    );
    let (commands, _) = reads(Some(HARBOUR), "what happens if the strike drags on?");
    assert_eq!(commands, ["negograph effects strike-past-may"]);
    // "What's going on?" is no strike going on.
    let (commands, _) = reads(Some(HARBOUR), "what's going on?");
    assert_eq!(commands, ["negograph show"]);
}

#[test]
fn mediators_between_two_parties_include_talks_a_party_disputes_or_conditions() {
    let (commands, _) = reads(Some(GAZA), "Who's mediating between Hamas and Israel?");
    assert_eq!(
        commands,
        [
            "negograph who witkoff-proposal --relation mediates",
            "negograph who hamas-version --relation mediates"
        ]
    );
    // The union sets a condition on the return to work the mediator brokers.
    let (commands, _) = reads(
        Some(HARBOUR),
        "who's mediating between the union and the port?",
    );
    assert_eq!(
        commands,
        ["negograph who return-to-work --relation mediates"]
    );
}
