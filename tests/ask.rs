//! `negograph ask`: every question form becomes the right command, and
//! questions it cannot answer are refused with the list of forms.

mod common;

use common::negograph;
use predicates::prelude::*;

fn explained(question: &str) -> String {
    let out = negograph()
        .args(["ask", question, "--explain"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{question}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches("→ ")
        .to_owned()
}

#[test]
fn every_form_becomes_its_command() {
    let cases = [
        (
            "what blocks the 30-day ceasefire?",
            "negograph blockers ceasefire-30d",
        ),
        (
            "What blocks 30-day ceasefire",
            "negograph blockers ceasefire-30d",
        ),
        (
            "what stands in the way of the 30-day ceasefire?",
            "negograph blockers ceasefire-30d",
        ),
        (
            "what's blocking direct talks?",
            "negograph blockers direct-talks",
        ),
        (
            "what does the 30-day ceasefire require?",
            "negograph requires ceasefire-30d",
        ),
        (
            "What does the full ceasefire need?",
            "negograph requires ceasefire-full",
        ),
        ("what does Russia require?", "negograph stance russia"),
        ("what does Moscow want?", "negograph stance russia"),
        (
            "what does Europe demand?",
            "negograph stance european-leaders",
        ),
        ("what is Russia's position?", "negograph stance russia"),
        ("What's Zelensky's position", "negograph stance ukraine"),
        (
            "who supports direct talks?",
            "negograph who direct-talks --relation supports",
        ),
        (
            "who rejects the 30-day ceasefire?",
            "negograph who ceasefire-30d --relation rejects",
        ),
        (
            "who opposes the 30-day ceasefire?",
            "negograph who ceasefire-30d --relation rejects",
        ),
        (
            "who wants the 30-day ceasefire?",
            "negograph who ceasefire-30d --relation demands",
        ),
        (
            "who proposes direct talks",
            "negograph who direct-talks --relation proposes",
        ),
        (
            "who threatens sanctions?",
            "negograph who new-sanctions --relation threatens",
        ),
        (
            "how is Trump connected to the sanctions threat?",
            "negograph path trump new-sanctions --undirected",
        ),
        (
            "path from Trump to the 30-day ceasefire",
            "negograph path trump ceasefire-30d",
        ),
        ("are there deadlocks?", "negograph deadlocks"),
        ("Are there any deadlocks", "negograph deadlocks"),
        ("where are the conflicts?", "negograph conflicts"),
    ];
    for (question, command) in cases {
        assert_eq!(explained(question), command, "{question}");
    }
}

#[test]
fn the_answer_follows_the_explanation() {
    negograph()
        .args(["ask", "who wants the 30-day ceasefire?"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Ukraine (Zelensky)"))
        .stdout(predicate::str::contains("Western allies"))
        .stdout(predicate::str::contains("[european-leaders]").not());
}

#[test]
fn ask_json_is_the_querys_json() {
    let out = negograph()
        .args([
            "ask",
            "what blocks the 30-day ceasefire?",
            "--json",
            "--explain",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is only JSON");
    assert_eq!(v["target"], "ceasefire-30d");
    assert!(String::from_utf8_lossy(&out.stderr).contains("negograph blockers ceasefire-30d"));
}

#[test]
fn unparseable_questions_list_the_forms() {
    for question in [
        "why is the sky blue?",
        "",
        "what does",
        "who likes the ceasefire?",
        "blocks ceasefire",
    ] {
        negograph()
            .args(["ask", question])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("cannot understand the question"))
            .stderr(predicate::str::contains("what blocks X?"))
            .stderr(predicate::str::contains("how is A connected to B?"));
    }
}

#[test]
fn unknown_and_ambiguous_names_are_refused_not_guessed() {
    negograph()
        .args(["ask", "what blocks the ceasfire?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no node called 'the ceasfire'"))
        .stderr(predicate::str::contains("did you mean"))
        .stderr(predicate::str::contains(
            "'ceasefire-30d' (30-day ceasefire in all theaters of conflict)",
        ));
    negograph()
        .args(["ask", "what blocks the moon?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no node called 'the moon'"));
}

#[test]
fn a_party_is_not_something_blocked_and_a_demand_has_no_stance() {
    negograph()
        .args(["ask", "what blocks Russia?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'russia' is a party; blockers takes a demand, condition or proposal",
        ))
        .stderr(predicate::str::contains("negograph stance russia"));
    negograph()
        .args(["ask", "what is the 30-day ceasefire's position?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("stance takes a party"));
}

#[test]
fn a_question_answers_exactly_what_its_command_answers() {
    // `ask` and the subcommands make the same query value and run it through
    // the same function: the JSON of a question and of the command it became
    // are the same bytes.
    for question in [
        "what blocks the 30-day ceasefire?",
        "what does the 30-day ceasefire require?",
        "what does Russia want?",
        "who supports direct talks?",
        "who opposes the 30-day ceasefire?",
        "how is Trump connected to the sanctions threat?",
        "path from Ukraine to the 30-day ceasefire",
        "are there deadlocks?",
        "where are the conflicts?",
    ] {
        let command = explained(question);
        let args: Vec<&str> = command
            .strip_prefix("negograph ")
            .unwrap()
            .split(' ')
            .collect();
        let asked = negograph()
            .args(["ask", question, "--json", "--all-time"])
            .output()
            .unwrap();
        let direct = negograph()
            .args(&args)
            .args(["--json", "--all-time"])
            .output()
            .unwrap();
        assert!(
            asked.status.success() && direct.status.success(),
            "{question}"
        );
        assert_eq!(
            String::from_utf8(asked.stdout).unwrap(),
            String::from_utf8(direct.stdout).unwrap(),
            "{question} -> {command}"
        );
    }
}
