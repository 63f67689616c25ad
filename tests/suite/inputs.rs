//! Inputs that are not plain files, or not quite plain JSON: pipes and
//! devices are read within the limit, a byte order mark is accepted, and a
//! huge unknown name costs no more than a short one.

use crate::common;

use std::time::Duration;

use common::{builtin_graph_path, negograph, run_ok, temp_file};
use predicates::prelude::*;

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

#[cfg(target_os = "linux")]
#[test]
fn dev_zero_is_refused_without_reading_up_to_the_limit() {
    // It used to read 512 MiB (the default limit) and then call the device
    // "536870913 bytes". Its first byte cannot begin a graph: that is where
    // the parser stops, so nothing after it is read. The timeout stands for
    // "did not read half a gigabyte": it takes milliseconds now.
    negograph()
        .args(["-f", "/dev/zero", "show"])
        .timeout(Duration::from_secs(30))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/dev/zero:1:1: expected value"))
        .stderr(predicate::str::contains("536870913").not());
}

#[cfg(target_os = "linux")]
#[test]
fn a_pipe_over_the_limit_says_the_limit_not_a_made_up_size() {
    // Standard input is a pipe here: its size is known only by reading it.
    let mut text = b"{".to_vec();
    text.extend(std::iter::repeat_n(b' ', 3000));
    negograph()
        .args(["-f", "/dev/stdin", "--max-file-size", "1000", "show"])
        .write_stdin(text)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "/dev/stdin holds more than the 1000-byte limit",
        ))
        .stderr(predicate::str::contains("--max-file-size"))
        .stderr(predicate::str::contains("1001").not());
}

#[cfg(target_os = "linux")]
#[test]
fn a_graph_through_a_pipe_is_read_whole() {
    let text = std::fs::read(builtin_graph_path()).unwrap();
    negograph()
        .args(["-f", "/dev/stdin", "stance", "russia"])
        .write_stdin(text.clone())
        .assert()
        .success()
        .stdout(predicate::str::contains("Russia (Putin)"));
    // Exactly at the limit is within it.
    negograph()
        .args(["-f", "/dev/stdin", "--max-file-size"])
        .arg(text.len().to_string())
        .args(["check"])
        .write_stdin(text)
        .assert()
        .success();
}

#[test]
fn a_byte_order_mark_is_accepted() {
    // It used to fail with "expected value at 1:1".
    let mut text = BOM.to_vec();
    text.extend(std::fs::read(builtin_graph_path()).unwrap());
    let (_dir, path) = temp_file("bom.json", &text);
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("12 nodes"));
    run_ok(&path, &["blockers", "ceasefire-30d", "--json"]);
    // An edit writes the canonical form, which has none.
    run_ok(&path, &["add", "party", "turkey", "--label", "Türkiye"]);
    let after = std::fs::read(&path).unwrap();
    assert!(after.starts_with(b"{\n"));
}

#[test]
fn a_byte_order_mark_does_not_shift_error_positions() {
    let text = b"{\"negograph\": 1, \"title\": x}";
    let mut marked = BOM.to_vec();
    marked.extend(text);
    let dir = tempfile::tempdir().unwrap();
    let messages: Vec<String> = [&text[..], &marked]
        .into_iter()
        .map(|bytes| {
            let path = dir.path().join("bad.json");
            std::fs::write(&path, bytes).unwrap();
            let out = negograph()
                .arg("-f")
                .arg(&path)
                .arg("check")
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1));
            String::from_utf8(out.stderr).unwrap()
        })
        .collect();
    assert!(
        messages[0].contains("bad.json:1:27: expected value"),
        "{}",
        messages[0]
    );
    assert_eq!(messages[0], messages[1]);
}

#[test]
fn a_huge_unknown_name_against_huge_alias_lists_gets_its_answer_quickly() {
    // An unknown 100,000-character name against a node with 100,000 aliases
    // took 187 s (release build) to find suggestions: every comparison ran
    // over both names whole. Names are now compared on their first 64
    // characters; the timeout is generous for a loaded machine and a debug
    // build, and far below what the old cost was.
    let aliases: Vec<String> = (0..100_000).map(|i| format!("alias number {i}")).collect();
    let graph = serde_json::json!({
        "negograph": 1,
        "title": "many aliases",
        "sources": [{"id": "s", "title": "S"}],
        "nodes": [
            {"id": "p", "kind": "party", "label": "P", "aliases": aliases},
            {"id": "d", "kind": "demand", "label": "D"}
        ],
        "edges": [{"from": "p", "relation": "demands", "to": "d", "source": "s", "quote": "q"}]
    });
    let (_dir, path) = temp_file("aliases.json", graph.to_string().as_bytes());
    negograph()
        .arg("-f")
        .arg(&path)
        .args(["stance", &"alias number 7".repeat(7_200)])
        .timeout(Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no node called"))
        // The first 64 characters are aliases' first characters, over and over.
        .stderr(predicate::str::contains("did you mean"));
}
