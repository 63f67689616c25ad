//! Round 16 of issue 25: a fresh blind round (64 questions by a writer who
//! saw no `ask` code, 28 on the bundled graph, 9 on each of three graphs a
//! new user encoded from real reports, `tests/data/round16/`), scored once
//! at its first try after round 15's fixes were merged. Its development part
//! is frozen in `tests/data/ask-blind-round16-dev.txt` before any fix; its
//! held-out part stays out of the repository.

use super::ask_blind::holds_its_floor;
use super::ask_readings::reads;
use crate::common::negograph;

use serde_json::Value;

const R26: &str = "tests/data/round16/r26.json";

#[test]
fn the_development_part_reads_at_least_its_first_try() {
    // First try (main 1ec8344, after round 15's kinds): 29/44 by /work's
    // scorer and by this harness. After branch ask16's kinds (an event
    // said not to happen reads its failure node): 30/44. After branch
    // ask17's kinds (tests/suite/ask_round16_kinds.rs): 36/44.
    holds_its_floor("ask-blind-round16-dev.txt", 44, FLOOR);
}

const FLOOR: usize = 36;

#[test]
fn the_held_out_part_reads_at_least_its_first_try() {
    // Frozen unchanged from the full round's file before branch ask17 made
    // any fix, then spent as development data by it. First try (main
    // 6f06cc5): 15/20 by /work's scorer and by this harness; 19/20 after
    // ask17's kinds.
    holds_its_floor("ask-blind-round16-held.txt", 20, HELD_FLOOR);
}

const HELD_FLOOR: usize = 19;

#[test]
fn an_event_said_not_to_happen_reads_the_node_that_is_its_failure() {
    // Before: "does not agree to a deal" read `conflicts --party china`,
    // and "doesnt sign within a month" read the deal and its failure both.
    for (graph, question, want) in [
        (
            Some(R26),
            "what happens if China does not agree to a deal?",
            "negograph effects no-deal-month",
        ),
        (
            Some(R26),
            "what if Beijing doesn't sign within a month?",
            "negograph effects no-deal-month",
        ),
        (
            None,
            "what happens if Russia doesn't agree to a ceasefire?",
            "negograph effects russia-refuses-30d",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
    }
}

/// The "if" clause `ask` says it does not read, from its JSON answer.
fn unread_condition(graph: Option<&str>, question: &str) -> Option<String> {
    let mut cmd = negograph();
    if let Some(file) = graph {
        cmd.args(["-f", file]);
    }
    let out = cmd.args(["ask", question, "--json"]).output().unwrap();
    assert!(out.status.success(), "{question}");
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    answer["unread_condition"].as_str().map(str::to_owned)
}

#[test]
fn an_if_clause_the_reading_does_not_read_is_said_on_its_reading_line() {
    let question = "what happens if the US ends maximum pressure?";
    assert_eq!(
        unread_condition(Some(R26), question).as_deref(),
        Some("if the US ends maximum pressure")
    );
    let out = negograph()
        .args(["-f", R26, "ask", question])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let reading = text.lines().take(2).collect::<Vec<_>>().join("\n");
    assert!(
        reading.contains("'if the US ends maximum pressure' is not read"),
        "{text}"
    );
    // A clause read as what follows, or as a condition, says nothing.
    for (graph, question) in [
        (
            None,
            "what happens if Putin says no to the 30 day ceasefire?",
        ),
        (None, "who backs the talks if Russia refuses the ceasefire?"),
        (Some(R26), "what happens if China does not agree to a deal?"),
    ] {
        assert_eq!(unread_condition(graph, question), None, "{question}");
    }
}
