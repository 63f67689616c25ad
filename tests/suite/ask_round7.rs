//! Round 7 of issue 25: the kinds of reading two training sets written by
//! blind writers (a journalist, a mediator: `tests/data/ask-train7-t1.txt`,
//! `-t2.txt`) and the spent rounds 5 and 6 missed, each fixed as a kind
//! and checked here by hand on the shipped graphs (see docs/ask.md).

use super::ask_blind::holds_its_floor;
use super::ask_readings::{GAZA, TRADE, has_note, reads, refused};

const HARBOUR: &str = "tests/data/harbour-strike.json";
const R05: &str = "tests/data/round6/r05.json";
const R10: &str = "tests/data/round6/r10.json";
const R12: &str = "tests/data/round6/r12.json";

#[test]
fn the_training_sets_are_read_as_well_as_after_round_7() {
    // First tries (main e3ea021): 25/40 and 16/40.
    holds_its_floor("ask-train7-t1.txt", 40, 37);
    holds_its_floor("ask-train7-t2.txt", 40, 25);
}

#[test]
fn only_asking_whether_there_are_threats_reads_the_overview() {
    // r10: three threatened measures; r05: one (the strike). The overview
    // lists each threat under its threatener and its target's "faces".
    for (graph, question) in [
        (R10, "is anyone threatening retaliation?"),
        (R05, "any threats flying around in the detroit talks"),
    ] {
        let (commands, notes) = reads(Some(graph), question);
        assert_eq!(commands, ["negograph show"], "{question}");
        assert!(has_note(&notes, "read as the overview"), "{notes:?}");
    }
    // Which threats there are is still each threat by itself.
    let (commands, _) = reads(None, "which threats are on the table?");
    assert_eq!(
        commands,
        ["negograph who new-sanctions --relation threatens"]
    );
}

#[test]
fn a_filter_that_would_show_nothing_or_hide_what_is_asked_is_left_off() {
    // The city answered nothing about arbitration: every party's answers.
    let (commands, notes) = reads(
        Some(HARBOUR),
        "has the city responded to the arbitration offer?",
    );
    assert_eq!(commands, ["negograph responses arbitration"]);
    assert!(has_note(&notes, "no answer by city"), "{notes:?}");
    // What a party said (not whether it answered) keeps the party.
    let (commands, _) = reads(Some(HARBOUR), "what has the city said about the wage rise?");
    assert_eq!(commands, ["negograph responses wage-rise --party city"]);
    // Both sides asked for: no side.
    for question in [
        "who's for direct russia-ukraine negotiations in turkey, anyone against?",
        "Who is behind the idea of direct negotiatons in Istanbul, and is anybody on record as opposing them?",
    ] {
        let (commands, _) = reads(None, question);
        assert_eq!(commands, ["negograph who direct-talks"], "{question}");
    }
    let (commands, _) = reads(None, "who backs direct talks?");
    assert_eq!(commands, ["negograph who direct-talks --side for"]);
}

#[test]
fn an_event_going_nowhere_or_ignored_reads_its_failure() {
    let (commands, notes) = reads(
        Some(R10),
        "what happens if the talks with the us go nowhere",
    );
    assert_eq!(commands, ["negograph effects no-progress"]);
    assert!(has_note(&notes, "not happening"), "{notes:?}");
    let (commands, _) = reads(
        None,
        "what happens if putin just ignores the ceasefire demand",
    );
    assert_eq!(commands, ["negograph effects russia-refuses-30d"]);
    // A party's stance under a condition that sets off its threats is what
    // follows from the condition.
    let (commands, notes) = reads(
        Some(R10),
        "if there's no tangible progress in the negotiations, what does the EU say it'll do?",
    );
    assert_eq!(commands, ["negograph effects no-progress"]);
    assert!(has_note(&notes, "the threats it sets off"), "{notes:?}");
    // The main question's party is not the one failing; "go nowhere" in
    // the "if" clause is no blocker.
    for question in [
        "what will the EU do if the talks fail",
        "what does brussels do if talks with washington go nowhere",
    ] {
        let (commands, notes) = reads(Some(R10), question);
        assert_eq!(commands, ["negograph effects no-progress"], "{question}");
        // The note names the command read, not the cue's.
        assert!(!has_note(&notes, "blockers takes"), "{notes:?}");
    }
    let (commands, _) = reads(Some(R10), "why are the talks going nowhere?");
    assert_eq!(commands, ["negograph blockers talks"]);
}

#[test]
fn a_party_s_offer_named_by_its_words_is_that_position() {
    let (commands, _) = reads(Some(GAZA), "did Hamas accept the US offer or not");
    assert_eq!(
        commands,
        ["negograph responses witkoff-proposal --party hamas"]
    );
    let (commands, _) = reads(
        None,
        "has putin said anything back on zelenskys offer to meet him in person thursday",
    );
    assert_eq!(commands, ["negograph responses zelensky-putin-meeting"]);
}

#[test]
fn words_of_length_agreement_and_division_read_their_kind() {
    let (commands, _) = reads(
        None,
        "what would it take to get a month long truce on every front",
    );
    assert_eq!(commands, ["negograph unblock ceasefire-30d"]);
    let (commands, _) = reads(Some(R12), "what did the two delegations actually agree on");
    assert_eq!(commands, ["negograph show"]);
    let (commands, _) = reads(Some(R12), "what are moscows terms for a peace settlment");
    assert_eq!(commands, ["negograph requires settlement"]);
    let (commands, _) = reads(
        None,
        "On what, specifically, are Ukraine and Russia on opposite sides right now?",
    );
    assert_eq!(
        commands,
        ["negograph conflicts --party ukraine --party russia"]
    );
    let (commands, _) = reads(
        Some(GAZA),
        "could you give me an issue by issue picture of who has offered what so far?",
    );
    assert_eq!(commands, ["negograph issues"]);
    let (commands, _) = reads(Some(GAZA), "how far apart are the two versions of the deal");
    assert_eq!(
        commands,
        ["negograph compare witkoff-proposal hamas-version"]
    );
}

#[test]
fn this_week_runs_from_its_monday() {
    // The trade talks' newest source is Thursday 2025-03-20.
    let (commands, _) = reads(Some(TRADE), "anything new this week");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-03-16 --to 2025-03-20"]
    );
}

/// "Over the weekend": from the Friday before the newest weekend to the
/// newest source (worked by hand: Thursday 2025-03-20's weekend before is
/// the 15th and 16th; Monday 2025-05-12's, the 10th and 11th). It was a
/// window of no day, with "weekend" not used (round 7, held out, after its
/// first try).
#[test]
fn over_the_weekend_runs_from_the_friday_before_it() {
    let (commands, _) = reads(Some(TRADE), "what changed over the weekend");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-03-14 --to 2025-03-20"]
    );
    let (commands, notes) = reads(None, "what happened over the weekend");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-05-09 --to 2025-05-12"]
    );
    assert!(!notes.iter().any(|n| n.contains("'weekend'")), "{notes:?}");
}

#[test]
fn predictions_and_reasons_are_refused() {
    let why = refused(None, "will putin actually show up in istanbul on thursday");
    assert!(why.contains("not what they will do"), "{why}");
    let why = refused(
        Some(R12),
        "why does russia want elections in ukraine within 100 days",
    );
    assert!(why.contains("not their motives"), "{why}");
    // Two parties meeting is what stands in the way of the meeting.
    let (commands, _) = reads(None, "Will Zelensky and Putin actually meet?");
    assert_eq!(commands, ["negograph blockers zelensky-putin-meeting"]);
}

#[test]
fn whether_anything_or_a_position_moved_reads_the_changes() {
    // The harbour strike's newest source is Tuesday 2025-05-06; its
    // record starts on 2025-03-05.
    let (commands, _) = reads(Some(HARBOUR), "anything moved since friday?");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-05-01 --to 2025-05-06"]
    );
    let (commands, _) = reads(
        Some(HARBOUR),
        "has the port authority's position on pay shifted?",
    );
    assert_eq!(
        commands,
        ["negograph changes --from 2025-03-05 --to 2025-05-06 --party port-authority"]
    );
    // What a party wants is still its stance.
    let (commands, _) = reads(Some(HARBOUR), "what does the port authority want?");
    assert_eq!(commands, ["negograph stance port-authority"]);
}

#[test]
fn a_short_name_with_a_possessive_s_and_no_apostrophe_is_that_name() {
    let (commands, notes) = reads(
        Some(R10),
        "did washington reply to the EUs offer to scrap tariffs on cars and industrial goods",
    );
    assert_eq!(commands, ["negograph responses zero-tariffs"]);
    assert!(has_note(&notes, "read 'the EUs' as 'eu'"), "{notes:?}");
}

const R04: &str = "tests/data/round5/r04.json";
const R06: &str = "tests/data/round5/r06.json";
const R08: &str = "tests/data/round5/r08.json";

#[test]
fn the_seventh_blind_rounds_development_part_is_read_as_well_as_after_its_fixes() {
    // 35/44 at the first try (ask-26 merged); 40/44 after ask-27, 41/44
    // once "will P turn up" was refused as a forecast.
    holds_its_floor("ask-blind-round7-dev.txt", 44, 41);
}

#[test]
fn a_path_to_a_name_fitting_two_nodes_reads_the_nearer() {
    // "The ceasefire" is ceasefire-30d and ceasefire-full: the sanctions
    // threat is two links from each (the first named, then), Trump two from
    // the 30-day one and three from the full one. One path, said in a note.
    for (question, command, nearest) in [
        (
            "hw are the sanctions threat and the ceasefire connected",
            "negograph path new-sanctions ceasefire-30d --undirected",
            "nearest new-sanctions",
        ),
        (
            "hows trump linked to the ceasefire",
            "negograph path trump ceasefire-30d",
            "nearest trump",
        ),
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(commands, [command], "{question}");
        assert!(has_note(&notes, "read ceasefire-30d"), "{notes:?}");
        assert!(has_note(&notes, nearest), "{notes:?}");
        assert!(has_note(&notes, "name ceasefire-full by id"), "{notes:?}");
    }
    // Two names either side of "linked to" are a connection, whatever
    // word follows ("demand" is not the party's stance).
    let (commands, _) = reads(None, "hows trump linked to the ceasefire demand");
    assert_eq!(commands, ["negograph path trump ceasefire-30d"]);
    // Named by id, no choice and no note.
    let (commands, notes) = reads(None, "how is trump linked to ceasefire-full");
    assert_eq!(commands.len(), 1, "{commands:?}");
    assert!(commands[0].contains("ceasefire-full"), "{commands:?}");
    assert!(!has_note(&notes, "nearest"), "{notes:?}");
}

#[test]
fn which_side_a_party_is_on_reads_its_stance() {
    let (commands, _) = reads(Some(R08), "which side is the white house on");
    assert_eq!(commands, ["negograph stance white-house"]);
    // Which side backs a position is still who is for it.
    let (commands, _) = reads(None, "which side backs the 30-day ceasefire?");
    assert!(
        commands[0].starts_with("negograph who ceasefire-30d"),
        "{commands:?}"
    );
}

#[test]
fn since_an_event_began_on_a_weekday_runs_to_the_newest_source() {
    // r06's sources are all dated Monday 2023-09-18; Friday is 09-15.
    let (commands, _) = reads(Some(R06), "whats changed since the walkout began on friday");
    assert_eq!(
        commands,
        ["negograph changes --from 2023-09-15 --to 2023-09-18"]
    );
}

#[test]
fn whether_a_partys_proposal_lets_something_happen_reads_what_it_holds() {
    // r04: the United States put forward one proposal, recent-u-s-nuclear.
    let (commands, notes) = reads(
        Some(R04),
        "does the american proposal let iran keep enriching at all?",
    );
    assert_eq!(commands, ["negograph show recent-u-s-nuclear"]);
    assert!(
        has_note(&notes, "read as what is in the proposals of united-states"),
        "{notes:?}"
    );
    // The party's whole position is still its stance.
    let (commands, _) = reads(Some(R04), "what does the american side want?");
    assert_eq!(commands, ["negograph stance united-states"]);
}
