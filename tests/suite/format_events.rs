//! Format 1.2's events on hand-made graphs whose answers were worked out by
//! hand: a position scheduled for a day, postponed to another, cancelled;
//! what `timeline`, `changes`, `blockers`, `unblock` and `who` say of them,
//! through the real binary; what `check` says of a day already past; the
//! edits that record them; the text format; and every format 1.2 field
//! through the exports and back.
//!
//! `tests/data/events-1-2.json`: a union wants a new contract, which needs
//! (per the union) a members' vote the union must hold and (per the
//! employer) a round of talks both must attend. Both support both. The vote
//! starts on 12 May scheduled for the 16th, and is postponed on the 14th to
//! the 20th; the round is set on the 12th for the 15th and cancelled on the
//! 14th.
//!
//! Worked by hand: on the 13th both preconditions are pending steps (their
//! actors have agreed) and nothing blocks the contract. From the 14th the
//! round is cancelled: not pending, an obstacle (`cancelled`) that no
//! agreement clears, set by the employer; the one move is the employer
//! dropping its condition. The postponed vote stays a pending step, now
//! scheduled for the 20th. The round itself is cancelled: `blockers` lists
//! nothing but does not call it clear, and `unblock` has no option.

use crate::common;

use std::path::{Path, PathBuf};

use common::{json_ok, negograph, run_ok, temp_file};
use predicates::prelude::*;
use serde_json::{Value, json};

fn events() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/events-1-2.json")
}

fn every_field() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/format-1-2-every-field.json")
}

/// The (kind, id, holder) of each obstacle, and the ids of the pending steps.
fn obstacles(answer: &Value) -> (Vec<(String, String, String)>, Vec<String>) {
    let blockers = answer["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["kind"].as_str().unwrap().to_owned(),
                b["id"].as_str().unwrap().to_owned(),
                b["holder"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    let pending = answer["pending"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    (blockers, pending)
}

#[test]
fn the_timeline_shows_each_scheduled_postponed_and_cancelled_event_on_its_day() {
    let out = run_ok(&events(), &["timeline"]);
    for line in [
        "2025-05-12  schedule Members' vote [vote]: scheduled for 2025-05-16",
        "2025-05-12  schedule Round of talks [round]: scheduled for 2025-05-15",
        "2025-05-14  status   Members' vote [vote]: open → postponed, to 2025-05-20",
        "(was 2025-05-16)",
        "2025-05-14  status   Round of talks [round]: open → cancelled (it was",
        "scheduled for 2025-05-15)",
        "“the round was called off”",
    ] {
        assert!(out.contains(line), "missing {line:?} in\n{out}");
    }
    let json = json_ok(&events(), &["timeline"]);
    let status: Vec<(String, String, String, String, Value, Value)> = json["status"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let text = |k: &str| s[k].as_str().unwrap().to_owned();
            (
                text("on"),
                text("id"),
                text("to"),
                text("cause"),
                s["scheduled"].clone(),
                s["scheduled_before"].clone(),
            )
        })
        .collect();
    let day = |d: &str| Value::String(d.to_owned());
    assert_eq!(
        status,
        [
            // The vote's own scheduled day, dated by its since.
            (
                "2025-05-12".into(),
                "vote".into(),
                "open".into(),
                "start".into(),
                day("2025-05-16"),
                Value::Null
            ),
            (
                "2025-05-12".into(),
                "round".into(),
                "open".into(),
                "history".into(),
                day("2025-05-15"),
                Value::Null
            ),
            // A postponement keeps both days.
            (
                "2025-05-14".into(),
                "vote".into(),
                "postponed".into(),
                "history".into(),
                day("2025-05-20"),
                day("2025-05-16")
            ),
            // A cancelled position has no day left; the one before is kept.
            (
                "2025-05-14".into(),
                "round".into(),
                "cancelled".into(),
                "history".into(),
                Value::Null,
                day("2025-05-15")
            ),
        ]
    );
}

#[test]
fn changes_in_a_window_list_only_its_events() {
    let before = json_ok(
        &events(),
        &["changes", "--from", "2025-05-12", "--to", "2025-05-13"],
    );
    assert!(before["status"].as_array().unwrap().is_empty(), "{before}");
    let after = run_ok(
        &events(),
        &["changes", "--from", "2025-05-13", "--to", "2025-05-16"],
    );
    assert!(after.contains("open → postponed, to 2025-05-20"), "{after}");
    assert!(after.contains("open → cancelled (it was"), "{after}");
    assert!(!after.contains("scheduled for 2025-05-16\n"), "{after}");
}

#[test]
fn a_cancelled_precondition_is_an_obstacle_and_a_postponed_one_still_pending() {
    // The 13th: both steps agreed, nothing in the way.
    let on_13 = json_ok(&events(), &["blockers", "deal", "--as-of", "2025-05-13"]);
    assert_eq!(
        obstacles(&on_13),
        (Vec::new(), vec!["vote".to_owned(), "round".to_owned()])
    );
    assert_eq!(on_13["clear"], true);
    // The 16th: the round is cancelled; the vote is postponed, still a step.
    let on_16 = json_ok(&events(), &["blockers", "deal"]);
    assert_eq!(
        obstacles(&on_16),
        (
            vec![("cancelled".into(), "round".into(), "employer".into())],
            vec!["vote".to_owned()]
        )
    );
    assert_eq!(on_16["clear"], false);
    assert_eq!(on_16["blockers"][0]["actor"], json!([]));
    assert_eq!(on_16["pending"][0]["scheduled"], "2025-05-20");
    let text = run_ok(&events(), &["blockers", "deal"]);
    assert!(
        text.contains("cancelled: it will not take place as things stand"),
        "{text}"
    );
    assert!(text.contains("per The employer; only"), "{text}");
    // The one move: the employer drops its condition.
    let unblock = json_ok(&events(), &["unblock", "deal"]);
    let options = unblock["options"].as_array().unwrap();
    assert_eq!(options.len(), 1, "{unblock}");
    let moves = options[0]["moves"].as_array().unwrap();
    assert_eq!(moves.len(), 1);
    assert_eq!(moves[0]["kind"], "drop_condition");
    assert_eq!(moves[0]["party"], "employer");
    assert_eq!(moves[0]["to"], "round");
}

#[test]
fn a_cancelled_target_is_neither_clear_nor_unblockable() {
    let b = json_ok(&events(), &["blockers", "round"]);
    assert_eq!(
        (&b["cancelled"], &b["clear"], &b["already_met"]),
        (&json!(true), &json!(false), &json!(false))
    );
    assert!(b["blockers"].as_array().unwrap().is_empty());
    let text = run_ok(&events(), &["blockers", "round"]);
    assert!(text.contains("Round of talks is cancelled"), "{text}");
    assert!(!text.contains("Nothing blocks"), "{text}");
    let u = json_ok(&events(), &["unblock", "round"]);
    assert_eq!(u["cancelled"], true);
    assert!(u["options"].as_array().unwrap().is_empty());
    // Before the cancellation, the round was a position like any other.
    let before = json_ok(&events(), &["blockers", "round", "--as-of", "2025-05-13"]);
    assert_eq!(before["cancelled"], false);
    assert_eq!(before["clear"], true);
}

#[test]
fn every_answer_and_drawing_says_a_cancelled_target_is_cancelled_in_the_same_words() {
    // The drawing of `blockers` once titled a cancelled target "a deadlock"
    // (no obstacle, not clear); `effects` said nothing of the status.
    let sentence = "Round of talks is cancelled: it will not take place as things stand";
    for answer in ["blockers", "unblock", "effects"] {
        let text = run_ok(&events(), &[answer, "round"]).replace('\n', " ");
        assert!(text.contains(sentence), "{answer}: {text}");
        let drawn = run_ok(&events(), &["dot", &format!("--{answer}"), "round"]);
        let title = drawn.lines().find(|l| l.contains("graph[label=")).unwrap();
        assert!(title.contains(sentence), "{answer}: {title}");
        assert!(!title.contains("deadlock"), "{answer}: {title}");
    }
    let effects = run_ok(&events(), &["effects", "round"]).replace('\n', " ");
    assert!(
        effects.contains("what it would do if it took place"),
        "{effects}"
    );
}

#[test]
fn who_names_the_status_and_the_day_the_position_is_scheduled_for() {
    let text = run_ok(&events(), &["who", "vote"]);
    assert!(
        text.contains("Members' vote [vote]  (postponed, scheduled for 2025-05-20)"),
        "{text}"
    );
    let early = json_ok(&events(), &["who", "vote", "--as-of", "2025-05-13"]);
    assert_eq!(early["target"]["scheduled"], "2025-05-16", "{early}");
    let round = json_ok(&events(), &["who", "round"]);
    assert_eq!(round["target"]["status"], "cancelled");
    assert!(round["target"].get("scheduled").is_none(), "{round}");
}

#[test]
fn a_scheduled_day_before_its_report_is_a_warning_with_where_and_what_to_do() {
    let mut d: Value = serde_json::from_str(&std::fs::read_to_string(events()).unwrap()).unwrap();
    // Reported on the 14th (source wed), scheduled for the 13th.
    d["nodes"][2]["status_history"][0]["scheduled"] = json!("2025-05-13");
    // On a party: not a thing that takes place.
    d["nodes"][0]["scheduled"] = json!("2025-05-20");
    let pretty = serde_json::to_string_pretty(&d).unwrap();
    let (_dir, path) = temp_file("g.json", pretty.as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args(["check", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the party's day is an error");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String, String, String, String)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let text = |k: &str| d[k].as_str().unwrap_or("").to_owned();
            (
                text("severity"),
                text("code"),
                text("path"),
                text("message"),
                text("help"),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "error".into(),
                "misplaced-field".into(),
                "nodes[0].scheduled".into(),
                "party 'union' is scheduled; only demands, conditions and proposals take place on a day".into(),
                "remove the scheduled day".into(),
            ),
            (
                "warning".into(),
                "scheduled-in-past".into(),
                "nodes[2].status_history[0].scheduled".into(),
                "the change of 'vote' on 2025-05-14 schedules it for 2025-05-13, before 2025-05-14, the date of source 'wed' that reports it".into(),
                "a scheduled day is one still ahead when it is reported: check the day, or record what happened as a status (met, postponed, cancelled)".into(),
            ),
        ]
    );
    // Where: the line of the day in the file.
    let line = report["diagnostics"][1]["line"].as_u64().unwrap() as usize;
    assert!(
        pretty
            .lines()
            .nth(line - 1)
            .unwrap()
            .contains("\"scheduled\": \"2025-05-13\"")
    );
}

#[test]
fn edits_record_a_scheduled_day_and_a_postponement() {
    let (_dir, path) = temp_file("g.json", std::fs::read(events()).unwrap().as_slice());
    let edit = |args: &[&str]| {
        negograph()
            .arg("-f")
            .arg(&path)
            .args(args)
            .assert()
            .success()
    };
    edit(&[
        "add",
        "condition",
        "rally",
        "--label",
        "A rally",
        "--scheduled",
        "2025-05-22",
    ]);
    edit(&[
        "status",
        "rally",
        "postponed",
        "--on",
        "2025-05-16",
        "--scheduled",
        "2025-05-29",
        "--source",
        "fri",
        "--quote",
        "the rally moves to the 29th",
    ])
    .stdout(predicate::str::contains(
        "'rally' is postponed from 2025-05-16, scheduled for 2025-05-29",
    ));
    edit(&["set", "vote", "scheduled=2025-05-17"]);
    let d: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let rally = &d["nodes"][6];
    assert_eq!(rally["scheduled"], "2025-05-22");
    assert_eq!(
        rally["status_history"],
        json!([{"status": "postponed", "on": "2025-05-16", "source": "fri",
                "quote": "the rally moves to the 29th", "scheduled": "2025-05-29"}])
    );
    assert_eq!(d["nodes"][2]["scheduled"], "2025-05-17");
    // A cancellation has no day to be scheduled for: refused, nothing written.
    negograph()
        .arg("-f")
        .arg(&path)
        .args([
            "status",
            "rally",
            "cancelled",
            "--on",
            "2025-05-20",
            "--scheduled",
            "2025-06-01",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("misplaced-field"));
    let again: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(again, d);
}

#[test]
fn the_text_format_says_every_event_and_reads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    for source in [events(), every_field()] {
        let neg = dir.path().join("g.neg");
        let back = dir.path().join("back.json");
        for (from, to) in [(&source, &neg), (&neg, &back)] {
            negograph()
                .args(["convert", "--force"])
                .arg(from)
                .arg(to)
                .assert()
                .success();
        }
        let text = std::fs::read_to_string(&neg).unwrap();
        assert!(text.contains(" scheduled "), "{text}");
        let original = negograph::load::to_canonical_json(
            &serde_json::from_str(&std::fs::read_to_string(&source).unwrap()).unwrap(),
        );
        let again = negograph::load::to_canonical_json(
            &serde_json::from_str(&std::fs::read_to_string(&back).unwrap()).unwrap(),
        );
        assert_eq!(original, again, "{}", source.display());
    }
    let text = {
        let neg = dir.path().join("events.neg");
        negograph()
            .arg("convert")
            .arg(events())
            .arg(&neg)
            .assert()
            .success();
        std::fs::read_to_string(neg).unwrap()
    };
    assert!(
        text.contains(
            "  on 2025-05-14 postponed scheduled 2025-05-20 @wed \"the vote is put off to Tuesday\""
        ),
        "{text}"
    );
}

/// `tests/data/format-1-2-every-field.json` exported as `format`.
fn exported(format: &str, dir: &Path) -> PathBuf {
    let out = dir.join(format!("every.{format}"));
    negograph()
        .arg("-f")
        .arg(every_field())
        .args(["export", "--format", format, "-o"])
        .arg(&out)
        .assert()
        .success();
    out
}

#[test]
fn every_format_1_2_field_goes_through_the_csv_form_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let folder = exported("csv", dir.path());
    let back = dir.path().join("back.json");
    let mut import = negograph();
    import.arg("import");
    for (flag, file) in [
        ("--nodes", "nodes.csv"),
        ("--edges", "edges.csv"),
        ("--sources", "sources.csv"),
        ("--status", "status.csv"),
    ] {
        import.arg(flag).arg(folder.join(file));
    }
    import
        .args(["--title", "Format 1.2, every field", "-o"])
        .arg(&back)
        .assert()
        .success()
        // No warning: the imported graph declares the version it needs.
        .stderr(predicate::str::is_empty());
    let canonical = |path: &Path| {
        negograph::load::to_canonical_json(
            &serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap(),
        )
    };
    assert_eq!(canonical(&every_field()), canonical(&back));
    let edges = std::fs::read_to_string(folder.join("edges.csv")).unwrap();
    let header = edges.lines().next().unwrap();
    assert!(
        header.contains(",addressee,seq,stance,since_written,until_written,source,quote,speaker,citation_note,reason,"),
        "{header}"
    );
    // The answers on the imported graph are the original's.
    for args in [
        &["timeline", "--json"][..],
        &["blockers", "deal", "--json"],
        &["who", "round", "--json"],
        &["responses", "deal", "--json"],
    ] {
        let answer = |file: &Path| {
            let out = negograph().arg("-f").arg(file).args(args).output().unwrap();
            assert!(out.status.success(), "{args:?}");
            out.stdout
        };
        assert_eq!(answer(&every_field()), answer(&back), "{args:?}");
    }
}

#[test]
fn graphml_and_the_database_exports_carry_every_format_1_2_field() {
    let dir = tempfile::tempdir().unwrap();
    let graphml = std::fs::read_to_string(exported("graphml", dir.path())).unwrap();
    for needle in [
        "attr.name=\"unnamed\" attr.type=\"boolean\"",
        "attr.name=\"quantity_min\" attr.type=\"double\"",
        "<data key=\"n_unnamed\">true</data>",
        "<data key=\"n_scheduled\">2025-03-12</data>",
        // "$7,000": 7000 US dollars, exact.
        "<data key=\"n_quantity_min\">7000</data>",
        "<data key=\"n_quantity_unit\">USD</data>",
        "<data key=\"n_quantity_measure\">currency</data>",
        // "half of the remaining bonus pool": 50 percent of a named whole.
        "<data key=\"n_quantity_of\">the remaining bonus pool</data>",
        "<data key=\"n_quantity_per\">year</data>",
        "<data key=\"n_quantity_approximate\">true</data>",
        "<data key=\"e_relation\">considers</data>",
        "<data key=\"e_relation\">takes_part_in</data>",
        "<data key=\"e_stance\">declines to recommend</data>",
        "<data key=\"e_seq\">2</data>",
        "<data key=\"e_reason\">the pension issue</data>",
        "<data key=\"e_reason_quote\">because of the pension issue</data>",
        "<data key=\"e_reason_source\">mon</data>",
        "<data key=\"e_addressee\">mediator</data>",
        "&quot;scheduled&quot;:&quot;2025-03-19&quot;",
    ] {
        assert!(graphml.contains(needle), "GraphML lacks {needle}");
    }
    let cypher = std::fs::read_to_string(exported("cypher", dir.path())).unwrap();
    for needle in [
        "unnamed: true",
        "scheduled: date('2025-03-12')",
        "quantity_min: 7000.0, quantity_max: 7000.0, quantity_unit: 'USD', quantity_measure: 'currency', quantity_approximate: false",
        "-[r:CONSIDERS {claim: 5}]->",
        "-[r:TAKES_PART_IN {claim: 6}]->",
        "addressee: 'mediator'",
        "stance: 'declines to recommend', seq: 2, reason: 'the pension issue', reason_quote: 'because of the pension issue', reason_source: 'mon'",
    ] {
        assert!(cypher.contains(needle), "the Cypher script lacks {needle}");
    }
    let folder = exported("ladybug", dir.path());
    let considers = std::fs::read_to_string(folder.join("considers.csv")).unwrap();
    assert!(
        considers
            .contains("declines to recommend,the pension issue,because of the pension issue,mon"),
        "{considers}"
    );
    assert!(folder.join("takes_part_in.csv").exists());
    let load = std::fs::read_to_string(folder.join("load.cypher")).unwrap();
    assert!(
        load.contains("unnamed BOOLEAN, scheduled DATE, quantity_min DOUBLE"),
        "{load}"
    );
    assert!(
        load.contains("addressee STRING, seq INT64, stance STRING, reason STRING"),
        "{load}"
    );
}

#[test]
fn no_knot_runs_through_a_cancelled_position() {
    // A needs B and B needs A, per P: a knot, until B is cancelled (what a
    // cancelled position needs no longer matters); then A's one obstacle
    // is B, cancelled.
    let knot = |b_status: &str| {
        let mut d = common::doc(
            &[("p", "party"), ("a", "demand"), ("b", "condition")],
            vec![common::cond("a", "b", "p"), common::cond("b", "a", "p")],
        );
        d["negograph"] = json!(1.2);
        d["nodes"][2]["status"] = json!(b_status);
        let (_dir, path) = temp_file("knot.json", d.to_string().as_bytes());
        (
            json_ok(&path, &["deadlocks", "--all-time"]),
            json_ok(&path, &["blockers", "a", "--all-time"]),
        )
    };
    let (open, open_blockers) = knot("open");
    assert_eq!(open["deadlocks"].as_array().unwrap().len(), 1, "{open}");
    assert!(!open_blockers["knots"].as_array().unwrap().is_empty());
    let (cancelled, blockers) = knot("cancelled");
    assert!(
        cancelled["deadlocks"].as_array().unwrap().is_empty(),
        "{cancelled}"
    );
    assert!(
        blockers["knots"].as_array().unwrap().is_empty(),
        "{blockers}"
    );
    assert_eq!(
        obstacles(&blockers).0,
        [("cancelled".to_owned(), "b".to_owned(), "p".to_owned())]
    );
}

/// Found on a dock strike "suspended until January 15": the strike was
/// already set for the 15th, so its postponement names that day again and
/// is no move ("to 2025-01-15 (was 2025-01-15)" read as one).
#[test]
fn a_postponement_to_the_day_already_set_says_no_earlier_day() {
    let text = r#"negograph 1.2
title Dock strike
source wire Wire 2024-10-07
party union "the union"
demand strike "strike resumes" scheduled 2025-01-15
  on 2024-10-03 postponed scheduled 2025-01-15 "suspended until January 15"
union demands strike "the strike resumes"
"#;
    let (_dir, file) = temp_file("strike.neg", text.as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&file)
        .arg("timeline")
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.contains("open → postponed, to 2025-01-15"), "{out}");
    assert!(!out.contains("(was 2025-01-15)"), "{out}");
}
