//! Round 17's kinds fixed by branch ask19 (issue 25), each on the round's
//! own question and on other wordings and graphs.

use super::ask_readings::{has_note, reads};
use crate::common::negograph;

const R27: &str = "tests/data/round17/r27.json";
const R28: &str = "tests/data/round17/r28.json";
const R29: &str = "tests/data/round17/r29.json";
const HARBOUR: &str = "tests/data/harbour-strike.json";

#[test]
fn who_threatens_whom_is_both_sides_of_every_threat_the_overview() {
    // Before: `who` of each threatened party, the "whom" side alone.
    for (graph, question) in [
        (None, "who is threatening whom?"),
        (Some(R28), "who's threatening who here"),
        (Some(R29), "who's leaning on who with threats here?"),
        (Some(HARBOUR), "who is threatening whom"),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, ["negograph show"], "{question}");
        assert!(has_note(&notes, "under its threatener"), "{notes:?}");
    }
    // Pressure or leverage said without threats stays the pressure on each
    // party: the threats against it and the demands addressed to it.
    let (commands, _) = reads(None, "who's squeezing whom here");
    assert_eq!(commands, ["negograph who russia"]);
}

#[test]
fn last_week_alone_is_the_calendar_week_before_and_the_past_week_seven_days() {
    // Before: "last week" was the seven days to the newest source, which
    // on a Monday took in that Monday (this week's).
    for (graph, question, want) in [
        (
            Some(R28),
            "what happened last week?",
            "negograph changes --from 2018-03-18 --to 2018-03-25",
        ),
        // 2025-05-06 is a Tuesday: last week ran 28 April to 4 May.
        (
            Some(HARBOUR),
            "what changed last week?",
            "negograph changes --from 2025-04-27 --to 2025-05-04",
        ),
        (
            Some(R28),
            "what changed in the past week?",
            "negograph changes --from 2018-03-19 --to 2018-03-26",
        ),
        (
            None,
            "anything new in the last week?",
            "negograph changes --from 2025-05-05 --to 2025-05-12",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
    }
    let (_, notes) = reads(Some(R28), "what happened last week?");
    assert!(
        has_note(
            &notes,
            "calendar week before the newest source's, Monday 2018-03-19 to Sunday 2018-03-25"
        ),
        "{notes:?}"
    );
}

#[test]
fn a_demand_dropped_is_dropped_from_the_position_the_question_names() {
    // Before: from both ceasefires that hold it.
    for (question, want) in [
        (
            "what if Putin drops his demand that the West stop arming Kyiv, is the 30-day ceasefire clear then?",
            "negograph blockers ceasefire-30d --drop ceasefire-30d:conditions_on:western-aid-pause",
        ),
        (
            "if Putin gave up his demand that the West stop arming Ukraine, would the full ceasefire be clear?",
            "negograph blockers ceasefire-full --drop ceasefire-full:conditions_on:western-aid-pause",
        ),
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
    }
    // Naming no position, the demand goes wherever it is held.
    let (commands, _) = reads(
        None,
        "what if Putin dropped his demand that the West stop arming Ukraine?",
    );
    assert_eq!(commands.len(), 2, "{commands:?}");
    assert!(commands.iter().all(|c| c.contains(
        "--drop ceasefire-30d:conditions_on:western-aid-pause --drop ceasefire-full:conditions_on:western-aid-pause"
    )));
}

#[test]
fn who_backs_each_of_positions_named_one_by_one_reads_every_one() {
    // Before: `who` of the first alone, the others not used.
    for (graph, question, want) in [
        (
            None,
            "compare the two ceasefire demands, the 30-day one and the full one from tomorrow: who backs each?",
            [
                "negograph who ceasefire-30d",
                "negograph who ceasefire-full",
            ],
        ),
        (
            None,
            "the 30-day ceasefire or the full one: who is behind each?",
            [
                "negograph who ceasefire-30d",
                "negograph who ceasefire-full",
            ],
        ),
        (
            Some(R27),
            "the temporary truce and the Geneva talks: who supports each?",
            [
                "negograph who temporary-truce",
                "negograph who geneva-talks",
            ],
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, want, "{question}: {notes:?}");
        assert!(
            has_note(&notes, "read 'each' as the 2 positions named"),
            "{notes:?}"
        );
    }
}

#[test]
fn a_capitalised_name_only_inside_a_position_label_is_no_party() {
    // Before: "what did Iran say" answered `responses un-guarantee`, the
    // position whose label holds the word.
    for (graph, question, name) in [
        (
            Some(R27),
            "what did Iran say about the truce terms?",
            "Iran",
        ),
        (Some(R27), "what does Iran want?", "Iran"),
        (None, "what did Turkey say about the talks?", "Turkey"),
    ] {
        let mut command = negograph();
        if let Some(graph) = graph {
            command.args(["-f", graph]);
        }
        let out = command.args(["ask", question]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{question}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("no party called '{name}'")) && err.contains("the parties:"),
            "{question}: {err}"
        );
    }
    // A party's own name, and a lower-case word inside a label, still read.
    let (commands, _) = reads(None, "what did Putin say about the talks?");
    assert_eq!(
        commands,
        ["negograph responses direct-talks --party russia"]
    );
    let (commands, _) = reads(Some(R27), "what did the UN say about the truce?");
    assert_eq!(commands, ["negograph responses temporary-truce --party un"]);
}
