//! Round 15 of issue 25: a fresh blind round (64 questions by a writer who
//! saw no `ask` code, 28 on the bundled graph, 9 on each of three graphs a
//! new user encoded from real reports through `draft`, `tests/data/round15/`),
//! scored once at its first try after round 14's fixes were merged. Its
//! development part is frozen in `tests/data/ask-blind-round15-dev.txt`
//! before any fix, for the next round of work; its held-out part stays out
//! of the repository.

use super::ask_blind::holds_its_floor;
use super::ask_readings::{TRADE, has_note, reads};
use crate::common::{cond, doc, edge, temp_file};

const HARBOUR: &str = "tests/data/harbour-strike.json";
const R21: &str = "tests/data/round15/r21.json";
const R23: &str = "tests/data/round15/r23.json";

#[test]
fn the_development_part_reads_at_least_its_first_try() {
    // First try (main 3c44080, after round 14's kinds): 31/44 by /work's
    // scorer and by this harness; held out 18/20. After branch ask15's
    // kinds (span of one month, pressure inside a name, the two of them
    // talking, preconditions before sitting down, shorthand for a party):
    // 35/44; with 'stand on each' and 'the offer' in the singular, 37/44.
    holds_its_floor("ask-blind-round15-dev.txt", 44, FLOOR);
}

const FLOOR: usize = 37;

#[test]
fn a_span_whose_first_day_has_no_month_takes_the_month_of_its_last() {
    let note = "a span's first day takes the month of its last";
    for (graph, question, want) in [
        (
            None,
            "what changed between 5 and 10 May?",
            "negograph changes --from 2025-05-05 --to 2025-05-10",
        ),
        (
            Some(HARBOUR),
            "how did things move from the 2nd to 9 June?",
            "negograph changes --from 2025-06-02 --to 2025-06-09",
        ),
        (
            Some(TRADE),
            "anything new between 3 and 12 March 2025?",
            "negograph changes --from 2025-03-03 --to 2025-03-12",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
        assert!(has_note(&notes, note), "{question}: {notes:?}");
    }
    // Both ends with their months keep them, and say nothing of it.
    let (commands, notes) = reads(Some(TRADE), "what changed between 1 March and 15 April?");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-03-01 --to 2025-04-15"]
    );
    assert!(!has_note(&notes, note), "{notes:?}");
}

/// A strike where the union's return to talks needs the employer to end
/// its pressure campaign: a position whose name holds "pressure".
fn pressure_campaign() -> (tempfile::TempDir, String) {
    let mut graph = doc(
        &[
            ("union", "party"),
            ("employer", "party"),
            ("end-campaign", "condition"),
            ("talks", "demand"),
        ],
        vec![
            edge("union", "demands", "talks"),
            cond("talks", "end-campaign", "union"),
        ],
    );
    let label = |id: &str| match id {
        "union" => "The dockers' union",
        "employer" => "The employer",
        "end-campaign" => "End of the employer's pressure campaign on strikers",
        _ => "Return to talks",
    };
    for node in graph["nodes"].as_array_mut().unwrap() {
        let id = node["id"].as_str().unwrap().to_owned();
        node["label"] = label(&id).into();
    }
    let (dir, path) = temp_file("campaign.json", graph.to_string().as_bytes());
    (dir, path.display().to_string())
}

#[test]
fn a_pressure_word_inside_a_positions_name_names_that_position() {
    let (_dir, graph) = pressure_campaign();
    let (commands, notes) = reads(
        Some(&graph),
        "what if the employer drops its pressure campaign?",
    );
    assert_eq!(commands, ["negograph effects end-campaign"], "{notes:?}");
    let (commands, _) = reads(
        Some(R23),
        "what happens if Washington abandons maximum pressure?",
    );
    assert_eq!(commands, ["negograph effects end-max-pressure"]);
    // Pressure on a party, with no such name, is still who presses it.
    let (commands, notes) = reads(Some(&graph), "what pressure is the union under?");
    assert_eq!(commands, ["negograph who union"], "{notes:?}");
}

#[test]
fn getting_the_two_of_them_talking_is_the_talks_even_when_one_side_sets_them() {
    let note = "the graph's only talks";
    for question in [
        "what would it take to get the two of them talking?",
        "who has to move first so both of them sit down?",
    ] {
        let (commands, notes) = reads(Some(R23), question);
        assert_eq!(
            commands,
            ["negograph unblock talks"],
            "{question}: {notes:?}"
        );
        assert!(has_note(&notes, note), "{question}: {notes:?}");
    }
    // Talks both sides have a part in need no such note.
    let (commands, notes) = reads(Some(HARBOUR), "what would get the two of them talking?");
    assert_eq!(commands, ["negograph unblock return-to-work"], "{notes:?}");
    assert!(!has_note(&notes, note), "{notes:?}");
}

#[test]
fn what_a_party_insists_on_before_talks_is_what_the_talks_require() {
    for (graph, question, want) in [
        (
            Some(R23),
            "what does Iran want before it will talk to the US?",
            "negograph requires talks",
        ),
        (
            None,
            "what does Russia demand before sitting down with Ukraine?",
            "negograph requires direct-talks",
        ),
        (
            Some(HARBOUR),
            "what is the union insisting on before meeting the port authority?",
            "negograph requires return-to-work",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
        assert!(
            has_note(&notes, "read as the talks between"),
            "{question}: {notes:?}"
        );
    }
}

#[test]
fn shorthand_and_capitals_read_as_the_party_and_say_so() {
    for (question, want, typed) in [
        (
            "has the govt said no to the truce?",
            "negograph responses truce --party sudanese-government",
            "read 'govt' as 'government'",
        ),
        (
            "where does Khartoum stand?",
            "negograph stance sudanese-government",
            "read 'Khartoum' as 'sudanese'",
        ),
    ] {
        let (commands, notes) = reads(Some(R21), question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
        assert!(has_note(&notes, typed), "{question}: {notes:?}");
    }
}

#[test]
fn saying_yes_to_doing_something_is_an_answer_to_it() {
    for (graph, question, want) in [
        (
            None,
            "did Moscow say no to holding a 30-day ceasefire?",
            "negograph responses ceasefire-30d --party russia",
        ),
        (
            Some(HARBOUR),
            "has the union said yes to going to arbitration?",
            "negograph responses arbitration --party union",
        ),
        (
            Some(R21),
            "did JEM say yes to signing the draft agreement?",
            "negograph responses draft-coh --party jem",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
    }
}

#[test]
fn where_everybody_stands_on_each_issue_is_the_issues_not_the_overview() {
    for (graph, question) in [
        (
            Some(TRADE),
            "what issues are on the table, and where does everyone stand on each?",
        ),
        (
            None,
            "Which issues are on the table and where does everybody stand on each one?",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, ["negograph issues"], "{question}: {notes:?}");
    }
    // Everything on the table, no issue asked: still the overview.
    let (commands, _) = reads(Some(TRADE), "what is on the table?");
    assert_eq!(commands, ["negograph show"]);
}

/// A's package deal and C's demand both put to B, who answered neither.
fn one_package_and_a_demand() -> (tempfile::TempDir, String) {
    let graph = doc(
        &[
            ("party-a", "party"),
            ("party-b", "party"),
            ("party-c", "party"),
            ("package", "proposal"),
            ("guarantee", "demand"),
        ],
        vec![
            edge("party-a", "proposes", "package"),
            edge("party-c", "proposes", "guarantee"),
            edge("party-b", "rejects", "package"),
        ],
    );
    let (dir, path) = temp_file("package.json", graph.to_string().as_bytes());
    (dir, path.display().to_string())
}

#[test]
fn the_offer_in_the_singular_is_the_one_proposal_put_forward() {
    let (_dir, graph) = one_package_and_a_demand();
    let note = "the one proposal another party put forward";
    for (graph, question, want) in [
        (
            Some(graph.as_str()),
            "how did party-b react to the offer?",
            "negograph responses package --party party-b",
        ),
        (
            Some(R23),
            "how did Iran react to that offer?",
            "negograph responses us-offer --party iran",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
        assert!(has_note(&notes, note), "{question}: {notes:?}");
    }
    // The offers, plural: every one put forward.
    let (commands, _) = reads(Some(&graph), "how did party-b react to the offers?");
    assert_eq!(commands.len(), 2, "{commands:?}");
}
