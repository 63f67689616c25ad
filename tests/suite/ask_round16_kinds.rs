//! The kinds of misses of round 16 (issue 25) fixed by branch ask17, each
//! tested on wordings and graphs of its own, not the round's sentences
//! (those are scored by `ask_round16`). Each case failed before the fix.

use super::ask_readings::{has_note, reads, refused};

const BUNDLED: Option<&str> = None;
const HARBOUR: Option<&str> = Some("tests/data/harbour-strike.json");
const GAZA: Option<&str> = Some("graph/examples/gaza-2025-05-26.json");
const R24: Option<&str> = Some("tests/data/round16/r24.json");
const R26: Option<&str> = Some("tests/data/round16/r26.json");

/// Asserts each question reads as exactly these commands.
fn each_reads(cases: &[(Option<&str>, &str, &[&str])]) {
    for &(graph, question, want) in cases {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, want, "{question}: {notes:?}");
    }
}

#[test]
fn what_that_would_unlock_is_what_the_if_clause_sets_off() {
    // Before: the clause's verb ("stopped", "froze") read as blocked.
    each_reads(&[
        (
            BUNDLED,
            "If the West stopped its aid to Kyiv, what would that unlock?",
            &["negograph effects western-aid-pause"],
        ),
        (
            HARBOUR,
            "If the city froze the fines, what would that unlock?",
            &["negograph effects fines"],
        ),
    ]);
}

#[test]
fn a_title_before_a_name_is_no_party_of_its_own() {
    // Before: "the graph has no party or node called 'Mr'".
    each_reads(&[
        (
            BUNDLED,
            "What does Mr Zelensky want?",
            &["negograph stance ukraine"],
        ),
        (
            BUNDLED,
            "What is Mr. Putin asking for?",
            &["negograph stance russia"],
        ),
    ]);
    // A title before no name, or before a name the graph lacks, is still
    // refused as a stranger.
    let error = refused(BUNDLED, "What does Mr Xi want?");
    assert!(
        error.contains("'Mr Xi'") && !error.contains("'Mr'"),
        "{error}"
    );
}

#[test]
fn a_leader_quitting_reads_the_graphs_node_of_leaving_office() {
    // Before: a refusal ("no node for taylor refusing") or no reading.
    each_reads(&[
        (
            R24,
            "what if Taylor resigns?",
            &["negograph effects taylor-leaves-office"],
        ),
        (
            R24,
            "What happens if Taylor quit before a deal?",
            &["negograph effects taylor-leaves-office"],
        ),
    ]);
    let (_, notes) = reads(R24, "what if Taylor resigns?");
    assert!(
        has_note(&notes, "'resigns' as 'leaves office'"),
        "{notes:?}"
    );
}

#[test]
fn when_a_measure_kicked_in_is_dated_by_the_timeline() {
    // Before: `show` of the measure, or no node at all.
    each_reads(&[
        (
            R26,
            "When did the tariffs on $325bn kick in?",
            &["negograph timeline"],
        ),
        (
            BUNDLED,
            "when did the new sanctions take effect?",
            &["negograph timeline"],
        ),
    ]);
    // A measure still to come: what would set it off, as before.
    let (commands, _) = reads(BUNDLED, "when would the new sanctions kick in?");
    assert!(
        commands.iter().all(|c| !c.contains("timeline")),
        "{commands:?}"
    );
}

#[test]
fn who_is_waiting_on_whom_is_a_knot_whatever_it_is_over() {
    // Before: who is for the position named.
    each_reads(&[
        (
            BUNDLED,
            "who is waiting on whom over the ceasefire?",
            &["negograph deadlocks"],
        ),
        (
            HARBOUR,
            "who's waiting on whom over arbitration?",
            &["negograph deadlocks"],
        ),
    ]);
}

#[test]
fn getting_back_to_someone_on_a_thing_is_answering_it() {
    // Before: the answering party's stance.
    each_reads(&[(
        GAZA,
        "has Hamas gotten back to Witkoff on his proposal?",
        &["negograph responses witkoff-proposal --party hamas"],
    )]);
}

#[test]
fn whether_both_sides_want_something_is_who_stands_where_on_it() {
    // Before: "stance takes a party", or no reading.
    each_reads(&[
        (
            BUNDLED,
            "do both sides want direct talks?",
            &["negograph who direct-talks"],
        ),
        (
            BUNDLED,
            "Do all parties actually want the 30-day ceasefire?",
            &["negograph who ceasefire-30d"],
        ),
    ]);
}

#[test]
fn the_alternative_after_or_just_is_not_what_is_asked() {
    // Before: `show`, read from "threats".
    each_reads(&[
        (
            BUNDLED,
            "are there real conflicts here, or only threats?",
            &["negograph conflicts"],
        ),
        (
            HARBOUR,
            "are there real conflicts here, or only threats?",
            &["negograph conflicts"],
        ),
    ]);
}

#[test]
fn the_size_of_something_the_graph_does_not_name_is_refused() {
    // Before: the stance of the party, the size word not used.
    let error = refused(HARBOUR, "how large a pension do the dockers want?");
    assert!(error.contains("no size or amount of 'pension'"), "{error}");
    let error = refused(GAZA, "How big a loan is Hamas asking for?");
    assert!(error.contains("no size or amount of 'loan'"), "{error}");
    let error = refused(BUNDLED, "how high a fee does Russia want?");
    assert!(error.contains("no size or amount of 'fee'"), "{error}");
    // The size of what the graph names, or of a concession, is read.
    let (commands, _) = reads(HARBOUR, "How big a pay rise is the union after?");
    assert!(!commands.is_empty());
    let (commands, _) = reads(HARBOUR, "How big a concession would the port need to make?");
    assert_eq!(commands, ["negograph stance port-authority"]);
}

#[test]
fn a_stressed_do_goes_on_with_the_if_clause() {
    // Before: the clause cut at "do", its position read as the question's.
    each_reads(&[
        (
            HARBOUR,
            "Suppose the union does accept arbitration: what still blocks the return to work?",
            &["negograph blockers return-to-work --assume arbitration"],
        ),
        (
            HARBOUR,
            "If the city does impose the fines, what stands in the way of arbitration?",
            &["negograph blockers arbitration --assume fines"],
        ),
    ]);
    // A "do" that opens the main question still ends the clause.
    each_reads(&[(
        HARBOUR,
        "If the union accepts arbitration, does the strike go on?",
        &["negograph blockers strike-past-may --assume arbitration"],
    )]);
}

#[test]
fn a_later_day_a_label_holds_with_another_word_is_that_nodes_own() {
    // Before: `--as-of 2004-01-31`, a view after the record's newest source.
    let (commands, notes) = reads(
        R24,
        "Is Taylor's promise to leave in January 2004 conditional on anything?",
    );
    assert!(
        !commands.is_empty() && commands.iter().all(|c| !c.contains("--as-of")),
        "{commands:?} {notes:?}"
    );
    // A day the question says nothing else of the label with stays a day.
    let (commands, _) = reads(R24, "where did things stand in January 2004?");
    assert_eq!(commands, ["negograph show --as-of 2004-01-31"]);
}
