//! `add --part-of` and `add --term`: a term and its `part_of` claim, or a
//! proposal and all its terms, in one command (the real binary).

use crate::common::{self, negograph, run_ok};

fn trade(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("trade.json");
    std::fs::copy(common::trade_talks_path(), &path).unwrap();
    path
}

fn edges(path: &std::path::Path) -> Vec<serde_json::Value> {
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["edges"].as_array().unwrap().clone()
}

#[test]
fn a_term_and_its_part_of_claim_in_one_add() {
    let dir = tempfile::tempdir().unwrap();
    let path = trade(dir.path());
    run_ok(&path, &["add", "proposal", "pkg", "--label", "The package"]);
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args([
            "add",
            "demand",
            "quota-50k",
            "--label",
            "A 50,000 t quota",
            "--part-of",
            "the package",
        ])
        .args([
            "--source",
            "briefing-0320",
            "--quote",
            "a quota of 50,000 tonnes",
            "--speaker",
            "a minister",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "added demand 'quota-50k' (A 50,000 t quota)\nlinked quota-50k part_of pkg\n"
    );
    let last = edges(&path).pop().unwrap();
    assert_eq!(
        (&last["from"], &last["relation"], &last["to"]),
        (&"quota-50k".into(), &"part_of".into(), &"pkg".into())
    );
    assert_eq!(last["citations"][0]["speaker"], "a minister");
    assert_eq!(last["citations"][0]["quote"], "a quota of 50,000 tonnes");
}

#[test]
fn a_proposal_and_its_terms_in_one_add() {
    let dir = tempfile::tempdir().unwrap();
    let path = trade(dir.path());
    let before = edges(&path).len();
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args(["add", "proposal", "swap", "--label", "A swap"])
        .args([
            "--term",
            "tariff-cut",
            "--term",
            "B raises its import quotas",
            "--term",
            "levy=A steel levy",
        ])
        .args(["--source", "memo-0301", "--quote", "tariffs for quotas"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "added proposal 'swap' (A swap)\nlinked tariff-cut part_of swap\nlinked quota-rise part_of swap\n\
         added demand 'levy' (A steel levy)\nlinked levy part_of swap\n"
    );
    let after = edges(&path);
    assert_eq!(after.len(), before + 3);
    assert!(
        after[before..]
            .iter()
            .all(|e| e["to"] == "swap" && e["source"] == "memo-0301")
    );
}

#[test]
fn a_bad_term_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = trade(dir.path());
    let before = std::fs::read_to_string(&path).unwrap();
    // A party cannot be a term: validation refuses the whole add.
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args([
            "add",
            "proposal",
            "swap",
            "--label",
            "A swap",
            "--term",
            "country-a",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("wrong-kinds")
    );
    // An unknown proposal: a usage error, with a suggestion.
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args([
            "add",
            "demand",
            "x",
            "--label",
            "X",
            "--part-of",
            "trade-dela",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("trade-deal")
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}
