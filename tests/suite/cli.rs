//! Conventions users expect of a command-line tool: help with examples on every
//! subcommand, JSON on every query, colour only when wanted, completions, a man
//! page, stable output and documented exit codes.

use crate::common;

use common::{negograph, succeeds, temp_file};
use predicates::prelude::*;

const QUERIES: &[&[&str]] = &[
    &["show"],
    &["show", "russia"],
    &["blockers", "ceasefire-30d"],
    &["requires", "direct-talks"],
    &["stance", "russia"],
    &["who", "ceasefire-30d"],
    &["who", "russia"],
    &["who", "ceasefire-30d", "--side", "against"],
    &["responses", "ceasefire-30d", "--party", "russia"],
    &["path", "trump", "ceasefire-30d", "--undirected"],
    &["deadlocks"],
    &["conflicts"],
    &["unblock", "direct-talks"],
    &["effects", "russia-refuses-30d"],
    &["changes", "--from", "2025-05-01", "--to", "2025-05-31"],
    &["timeline"],
    &["ask", "what blocks the 30-day ceasefire?"],
    &["check"],
];

fn subcommands() -> Vec<String> {
    let out = negograph().arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let commands: Vec<String> = help
        .split("Commands:")
        .nth(1)
        .unwrap()
        .split("Options:")
        .next()
        .unwrap()
        .lines()
        // Continuation lines of wrapped descriptions are indented further.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() >= 12, "{commands:?}");
    commands
}

#[test]
fn every_subcommand_has_help_with_examples() {
    for command in subcommands() {
        negograph()
            .args([command.as_str(), "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"))
            .stdout(predicate::str::contains("negograph"));
    }
}

#[test]
fn every_query_prints_json_and_the_same_bytes_twice() {
    for args in QUERIES {
        let first = negograph().args(*args).arg("--json").output().unwrap();
        assert!(first.status.success(), "{args:?}");
        serde_json::from_slice::<serde_json::Value>(&first.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: {e}"));
        let second = negograph().args(*args).arg("--json").output().unwrap();
        assert_eq!(first.stdout, second.stdout, "{args:?}");
        let text1 = negograph().args(*args).output().unwrap();
        let text2 = negograph().args(*args).output().unwrap();
        assert_eq!(text1.stdout, text2.stdout, "{args:?}");
    }
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let esc = predicate::str::contains("\u{1b}[");
    negograph()
        .args(["blockers", "ceasefire-30d"])
        .assert()
        .stdout(esc.clone().not());
    negograph()
        .args(["--color", "always", "blockers", "ceasefire-30d"])
        .env_remove("NO_COLOR")
        .assert()
        .stdout(esc.clone());
    negograph()
        .args(["blockers", "ceasefire-30d"])
        .env_remove("NO_COLOR")
        .assert()
        .stdout(esc.not());
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        negograph()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("blockers"));
    }
    negograph()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH negograph"));
}

#[test]
fn usage_errors_exit_2() {
    negograph().arg("frobnicate").assert().code(2);
    negograph().args(["blockers"]).assert().code(2);
    negograph()
        .args(["blockers", "ceasefire-30d", "--as-of", "2025-13-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
    negograph()
        .args([
            "blockers",
            "ceasefire",
            "--as-of",
            "2025-05-01",
            "--all-time",
        ])
        .assert()
        .code(2);
    negograph()
        .args(["blockers", "ceasefire-30d", "--assume", "nothing-like-this"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no node called 'nothing-like-this'",
        ));
    negograph()
        .args(["who", "ceasefire-30d", "--relation", "conditions_on"])
        .assert()
        .code(2);
    negograph()
        .args(["--version"])
        .assert()
        .success()
        .stdout(predicate::str::contains("negograph 0.1"));
}

#[test]
fn the_file_comes_from_the_environment_too() {
    let (_dir, path) = common::temp_file("g.json", b"{\"negograph\": 1, \"title\": \"empty\"}");
    negograph()
        .env("NEGOGRAPH_FILE", &path)
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("0 nodes, 0 edges"));
}

#[test]
fn schema_is_json_schema_with_the_format_fields() {
    let out = negograph().arg("schema").output().unwrap();
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        schema["$schema"]
            .as_str()
            .unwrap()
            .contains("json-schema.org")
    );
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(required, vec!["negograph", "title"]);
    let text = String::from_utf8(out.stdout).unwrap();
    for word in [
        "conditions_on",
        "member_of",
        "withdrawn",
        "condition",
        "quote",
        "aliases",
    ] {
        assert!(text.contains(word), "{word}");
    }
}

/// The outputs that go to standard output, text and JSON, small and large.
const WRITERS: &[&[&str]] = &[
    &["show"],
    &["dot"],
    &["dot", "--format", "mermaid"],
    &["check"],
    &["check", "--json"],
    &["blockers", "ceasefire-30d", "--json"],
    &["ask", "what blocks the 30-day ceasefire?"],
    &["schema"],
    &["man"],
    &["completions", "bash"],
    &["--help"],
    &["blockers", "--help"],
    &["--version"],
];

#[test]
fn a_failed_write_to_standard_output_is_an_error_with_exit_2() {
    // /dev/full takes every write with ENOSPC, as a full disk would.
    let bin = assert_cmd::cargo::cargo_bin("negograph");
    for args in WRITERS {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full exists on Linux");
        let out = std::process::Command::new(&bin)
            .args(*args)
            .env("NO_COLOR", "1")
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output") && stderr.contains("No space left"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly_with_exit_0() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    // Answers far larger than a pipe's buffer, so the writer is still writing
    // when the reader goes away, whatever the timing.
    let doc = negograph::synth::generate(20_000, 1);
    let (_dir, path) = temp_file("g.json", serde_json::to_string(&doc).unwrap().as_bytes());
    let bin = assert_cmd::cargo::cargo_bin("negograph");
    for args in [
        &["show", "--all-time"][..],
        &["show", "--all-time", "--json"],
        &["dot", "--all-time", "--force"],
        &["deadlocks", "--all-time"],
    ] {
        let mut child = Command::new(&bin)
            .arg("-f")
            .arg(&path)
            .args(args)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty(), "{args:?}");
        // The reader (and the pipe with it) is gone here, as after `| head -1`.
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn a_big_file_read_in_windows_answers_as_one_read_whole() {
    // Past the size from which files are read a window at a time (8 MiB),
    // nodes before edges: streamed. The same graph with its edges first
    // cannot be streamed (ends are resolved as they pass) and is read whole.
    let doc = negograph::synth::generate(90_000, 3);
    let streamed = serde_json::to_string(&doc).unwrap();
    assert!(streamed.len() > 8 << 20, "{} bytes", streamed.len());
    let whole = serde_json::to_string(&serde_json::to_value(&doc).unwrap()).unwrap();
    assert!(whole.find("\"edges\"") < whole.find("\"nodes\""));
    // Every party's every position: an edge read wrongly or twice shows.
    let answer = |text: &str| {
        let (_dir, path) = temp_file("g.json", text.as_bytes());
        let out = succeeds(
            negograph()
                .args(["show", "--json", "--all-time", "-f"])
                .arg(&path),
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let (a, b) = (answer(&streamed), answer(&whole));
    assert!(a.matches("\"relation\"").count() > 10_000, "{a:.300}");
    assert_eq!(a, b);
}
