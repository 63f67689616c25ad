//! `negograph draft` through the real binary: a report in, a `.neg` draft
//! out, every quote the report's own text; bad input refused clearly.

use crate::common;

use common::{negograph, temp_file};
use serde_json::Value;

const REPORT: &str = "graph/examples/harbour-report.txt";

fn draft_json(args: &[&str]) -> Value {
    let out = negograph()
        .args(["draft", REPORT, "--source", "halvik", "--json"])
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("JSON")
}

#[test]
fn every_quote_and_speaker_is_the_reports_text() {
    let report = std::fs::read_to_string(REPORT).unwrap();
    let draft = draft_json(&[]);
    let claims = draft["claims"].as_array().unwrap();
    assert!(claims.len() >= 6, "{claims:#?}");
    for c in claims {
        let quote = c["quote"].as_str().unwrap();
        let at = usize::try_from(c["at"].as_u64().unwrap()).unwrap();
        assert_eq!(&report[at..at + quote.len()], quote);
        if let Some(speaker) = c["speaker"].as_str() {
            assert!(report.contains(speaker), "{speaker}");
        }
    }
}

#[test]
fn the_draft_is_text_format_with_cues_and_unsure_lines_commented_out() {
    let out = negograph()
        .args(["draft", REPORT, "--source", "halvik"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains(
        "dockworkers-union demands demand =12-wage-rise \"12% wage rise over three years\" \"dockworkers' union demanded a 12% wage rise over three years\" speaker \"union president Ana Ruiz\"  # cue: demanded\n"
    ), "{text}");
    // A position is declared where the first claim names it, then named by
    // its id; one no claim names as its TO keeps a line of its own.
    assert!(!text.contains("\ndemand 12-wage-rise"), "{text}");
    assert!(
        text.contains("\nport-authority rejects 12-wage-rise \""),
        "{text}"
    );
    assert!(
        text.contains("\ncondition port-hires-replacement \""),
        "{text}"
    );
    assert!(
        text.contains("source halvik \"halvik\"  # proposed"),
        "{text}"
    );
    // "did not back the offer": negated, so commented out.
    let back = text
        .lines()
        .find(|l| l.contains("\"back the offer\""))
        .unwrap();
    assert!(back.starts_with("# "), "{back}");
    // Same input, same bytes.
    let again = negograph()
        .args(["draft", REPORT, "--source", "halvik"])
        .output()
        .unwrap();
    assert_eq!(again.stdout, text.as_bytes());
}

#[test]
fn names_the_graph_knows_are_its_ids() {
    let (_dir, path) = temp_file(
        "report.txt",
        "Moscow rejected the 30-day ceasefire in all theaters of conflict, the Kremlin said."
            .as_bytes(),
    );
    let out = negograph()
        .arg("draft")
        .arg(&path)
        .args(["--source", "zelensky-meet-putin-2025"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n@zelensky-meet-putin-2025\n"), "{text}");
    assert!(text.contains("\nrussia rejects "), "{text}");
}

#[test]
fn a_report_over_the_limit_is_refused_with_exit_2() {
    let (_dir, path) = temp_file("big.txt", &vec![b'a'; 200_001]);
    let out = negograph()
        .arg("draft")
        .arg(&path)
        .args(["--source", "s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("over the 200000-byte limit"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_report_that_is_not_text_or_not_there_is_refused() {
    let (_dir, path) = temp_file("bin.txt", b"Hamas \xff\xfe rejected");
    let out = negograph()
        .arg("draft")
        .arg(&path)
        .args(["--source", "s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("not UTF-8 text")
    );
    let out = negograph()
        .args(["draft", "no-such-report.txt", "--source", "s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("cannot read")
    );
}

/// A draft is a fragment `apply` takes as it stands: every sure candidate
/// goes in (the unsure ones are commented out), and the graph that results
/// is valid; the file is then written only without `--dry-run`.
#[test]
fn a_draft_applies_as_it_stands() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("g.json");
    common::negograph()
        .args(["new"])
        .arg(&graph)
        .args(["--title", "Harbour strike"])
        .assert()
        .success();
    let out = common::negograph()
        .arg("-f")
        .arg(&graph)
        .args([
            "draft",
            "graph/examples/harbour-report.txt",
            "--source",
            "report",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let draft = String::from_utf8(out.stdout).unwrap();
    let sure = draft
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains("# cue:"))
        .count();
    assert!(sure >= 5, "only {sure} sure candidates:\n{draft}");
    let fragment = dir.path().join("draft.neg");
    std::fs::write(&fragment, &draft).unwrap();
    let before = std::fs::read(&graph).unwrap();
    common::negograph()
        .arg("-f")
        .arg(&graph)
        .arg("apply")
        .arg(&fragment)
        .arg("--dry-run")
        .assert()
        .success();
    assert_eq!(
        std::fs::read(&graph).unwrap(),
        before,
        "a dry run writes nothing"
    );
    common::negograph()
        .arg("-f")
        .arg(&graph)
        .arg("apply")
        .arg(&fragment)
        .assert()
        .success();
    let applied: Value =
        serde_json::from_slice(&std::fs::read(&graph).unwrap()).expect("the graph is JSON");
    assert_eq!(
        applied["edges"].as_array().unwrap().len(),
        sure,
        "one claim per sure line"
    );
    common::negograph()
        .arg("-f")
        .arg(&graph)
        .arg("check")
        .assert()
        .success();
}

/// Every uncommented line of a draft applies to an empty graph as it
/// stands; `excludes`, between two positions, names its holder with `by`
/// (it was written as the holder excluding one position, which `apply`
/// refused).
#[test]
fn a_draft_applies_as_written_and_an_exclusion_names_who_says_it() {
    let (dir, report) = temp_file(
        "report.txt",
        b"The Harbour Guild said a pay freeze and new overtime rules could not both be on the table. \
          The port authority rejected a pay freeze.",
    );
    let graph = dir.path().join("g.json");
    negograph()
        .arg("new")
        .arg(&graph)
        .args(["--title", "t"])
        .assert()
        .success();
    let out = negograph()
        .arg("-f")
        .arg(&graph)
        .arg("draft")
        .arg(&report)
        .args(["--source", "s"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\npay-freeze excludes demand =new-overtime-rules \"new overtime rules\" by harbour-guild \""),
        "{text}"
    );
    let draft = dir.path().join("d.neg");
    std::fs::write(&draft, &text).unwrap();
    let applied = negograph()
        .arg("-f")
        .arg(&graph)
        .arg("apply")
        .arg(&draft)
        .output()
        .unwrap();
    assert!(
        applied.status.success(),
        "{}",
        String::from_utf8_lossy(&applied.stderr)
    );
    let shown = String::from_utf8(
        negograph()
            .arg("-f")
            .arg(&graph)
            .args(["show", "pay-freeze"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        shown.contains("pay freeze cannot hold together with new overtime rules"),
        "{shown}"
    );
}
