//! Editing from the command line: every command on a temp copy, refused edits
//! leave the file byte-identical, writes are atomic, concurrent edits are not
//! lost, and saving is byte-stable.

use crate::common;

use std::path::{Path, PathBuf};

use common::{builtin_graph_path, negograph};
use predicates::prelude::*;
use serde_json::Value;

/// A temp copy of the shipped graph.
fn copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.json");
    std::fs::copy(builtin_graph_path(), &path).unwrap();
    (dir, path)
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn on(path: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    negograph().arg("-f").arg(path).args(args).assert()
}

fn node<'a>(doc: &'a Value, id: &str) -> Option<&'a Value> {
    doc["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == id)
}

#[test]
fn add_appends_a_node_and_keeps_everything_else_in_place() {
    let (_d, path) = copy();
    let before = json(&path);
    on(
        &path,
        &[
            "add",
            "demand",
            "prisoner-swap",
            "--label",
            "Prisoner exchange",
            "--alias",
            "swap",
            "--since",
            "2025-05-16",
            "--note",
            "agreed in Istanbul",
        ],
    )
    .success()
    .stdout(predicate::str::contains("added demand 'prisoner-swap'"));
    let after = json(&path);
    let nodes = after["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), before["nodes"].as_array().unwrap().len() + 1);
    assert_eq!(
        &nodes[..nodes.len() - 1],
        before["nodes"].as_array().unwrap().as_slice()
    );
    let added = nodes.last().unwrap();
    assert_eq!(added["aliases"][0], "swap");
    assert_eq!(added["since"], "2025-05-16");
    assert_eq!(after["edges"], before["edges"]);
}

#[test]
fn link_resolves_names_and_unlink_removes_the_edge() {
    let (_d, path) = copy();
    on(
        &path,
        &[
            "add",
            "demand",
            "prisoner-swap",
            "--label",
            "Prisoner exchange",
        ],
    )
    .success();
    on(
        &path,
        &[
            "link",
            "Zelensky",
            "proposes",
            "prisoner swap",
            "--source",
            "zelensky-meet-putin-2025",
            "--quote",
            "There is no point in prolonging the killings",
        ],
    )
    .success()
    .stdout(predicate::str::contains(
        "linked ukraine proposes prisoner-swap",
    ));
    let doc = json(&path);
    let last = doc["edges"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["from"], "ukraine");
    assert_eq!(last["to"], "prisoner-swap");
    on(
        &path,
        &[
            "link",
            "prisoner-swap",
            "conditions_on",
            "30-day ceasefire",
            "--by",
            "Moscow",
        ],
    )
    .success();
    let doc = json(&path);
    assert_eq!(
        doc["edges"].as_array().unwrap().last().unwrap()["by"],
        "russia"
    );
    on(&path, &["unlink", "ukraine", "proposes", "prisoner-swap"]).success();
    let doc = json(&path);
    assert!(
        !doc["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["relation"] == "proposes" && e["to"] == "prisoner-swap")
    );
}

#[test]
fn set_and_set_edge_change_fields_and_empty_values_remove_them() {
    let (_d, path) = copy();
    on(
        &path,
        &[
            "set",
            "30-day ceasefire",
            "status=met",
            "aliases=truce, the ceasefire",
            "note=agreed",
        ],
    )
    .success();
    let doc = json(&path);
    let c = node(&doc, "ceasefire-30d").unwrap();
    assert_eq!(c["status"], "met");
    assert_eq!(c["aliases"], serde_json::json!(["truce", "the ceasefire"]));
    on(&path, &["set", "ceasefire-30d", "note=", "status="]).success();
    let doc = json(&path);
    let c = node(&doc, "ceasefire-30d").unwrap();
    assert!(c.get("note").is_none() && c.get("status").is_none());
    on(
        &path,
        &[
            "set-edge",
            "direct talks",
            "conditions_on",
            "ceasefire-30d",
            "until=2025-05-09",
        ],
    )
    .success();
    let doc = json(&path);
    assert!(
        doc["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["from"] == "direct-talks" && e["until"] == "2025-05-09")
    );
    on(&path, &["set", "ceasefire-30d", "kind=party"])
        .code(2)
        .stderr(predicate::str::contains("remove the node and add it again"));
    on(&path, &["set", "ceasefire-30d", "until=tomorrow"])
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
}

#[test]
fn set_edge_with_several_matches_asks_for_by() {
    let (_d, path) = copy();
    on(
        &path,
        &[
            "link",
            "30-day ceasefire",
            "conditions_on",
            "aid pause",
            "--by",
            "ukraine",
        ],
    )
    .success();
    on(
        &path,
        &[
            "set-edge",
            "30-day ceasefire",
            "conditions_on",
            "aid pause",
            "note=x",
        ],
    )
    .code(2)
    .stderr(predicate::str::contains("2 edges match"))
    .stderr(predicate::str::contains("--by"));
    on(
        &path,
        &[
            "set-edge",
            "30-day ceasefire",
            "conditions_on",
            "aid pause",
            "--by",
            "ukraine",
            "note=x",
        ],
    )
    .success();
    // An empty value removes the field, and is said so (it said `to ""`).
    on(
        &path,
        &[
            "set-edge",
            "30-day ceasefire",
            "conditions_on",
            "aid pause",
            "--by",
            "ukraine",
            "note=",
        ],
    )
    .success()
    .stdout(predicate::str::contains(
        "removed note of ceasefire-30d conditions_on western-aid-pause (by ukraine)",
    ));
    on(
        &path,
        &["unlink", "30-day ceasefire", "conditions_on", "aid pause"],
    )
    .code(2);
    on(
        &path,
        &[
            "unlink",
            "30-day ceasefire",
            "conditions_on",
            "aid pause",
            "--all",
        ],
    )
    .success()
    .stdout(predicate::str::contains(
        "unlinked ceasefire-30d conditions_on western-aid-pause (by russia)",
    ))
    .stdout(predicate::str::contains("(by ukraine)"));
}

#[test]
fn rename_changes_the_id_and_every_reference() {
    let (_d, path) = copy();
    on(&path, &["rename", "russia", "russian-federation"])
        .success()
        .stdout(predicate::str::contains(
            "renamed 'russia' to 'russian-federation' (9 references updated)",
        ));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("\"russia\""));
    on(&path, &["check"]).success();
    on(&path, &["rename", "ukraine", "russian-federation"])
        .code(2)
        .stderr(predicate::str::contains("already the id"));
}

#[test]
fn remove_refuses_while_linked_and_cascades_on_request() {
    let (_d, path) = copy();
    let before = std::fs::read(&path).unwrap();
    on(&path, &["remove", "aid pause"])
        .code(2)
        .stderr(predicate::str::contains("still linked by 2 edges"))
        .stderr(predicate::str::contains(
            "ceasefire-30d conditions_on western-aid-pause",
        ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    on(&path, &["remove", "aid pause", "--cascade"])
        .success()
        .stdout(predicate::str::contains(
            "removed edge ceasefire-30d conditions_on western-aid-pause (by russia)",
        ))
        .stdout(predicate::str::contains(
            "removed condition 'western-aid-pause'",
        ));
    assert!(node(&json(&path), "western-aid-pause").is_none());
    on(
        &path,
        &[
            "add", "party", "turkey", "--label", "Turkey", "--alias", "Türkiye",
        ],
    )
    .success();
    on(&path, &["remove", "turkey"]).success();
}

#[test]
fn source_add_and_new() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.json");
    negograph()
        .arg("new")
        .arg(&path)
        .args(["--title", "Gaza talks"])
        .assert()
        .success();
    negograph()
        .arg("new")
        .arg(&path)
        .args(["--title", "again"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    on(
        &path,
        &[
            "source",
            "add",
            "reuters-0511",
            "--title",
            "Report",
            "--date",
            "2025-05-11",
            "--url",
            "https://example.org/a",
        ],
    )
    .success();
    let doc = json(&path);
    assert_eq!(doc["title"], "Gaza talks");
    assert_eq!(doc["sources"][0]["id"], "reuters-0511");
    assert_eq!(doc["sources"][0]["date"], "2025-05-11");
    on(&path, &["source", "add", "Bad Id", "--title", "x"])
        .code(1)
        .stderr(predicate::str::contains("not a slug"));
}

#[test]
fn refused_edits_leave_the_file_byte_identical() {
    let (dir, path) = copy();
    let before = std::fs::read(&path).unwrap();
    let refusals: &[&[&str]] = &[
        &["add", "party", "russia", "--label", "Duplicate"],
        &["add", "demand", "Not A Slug", "--label", "x"],
        &["add", "party", "p", "--label", "P", "--status", "met"],
        &["link", "russia", "demands", "ukraine"],
        &["link", "30-day ceasefire", "conditions_on", "aid pause"],
        &[
            "link",
            "30-day ceasefire",
            "conditions_on",
            "aid pause",
            "--by",
            "ceasefire-full",
        ],
        &[
            "link",
            "russia",
            "rejects",
            "30-day ceasefire",
            "--source",
            "nowhere",
            "--quote",
            "x",
        ],
        &["link", "russia", "rejects", "ceasfire"],
        &[
            "link",
            "russia",
            "rejects",
            "30-day ceasefire",
            "--since",
            "2025-05-12",
            "--until",
            "2025-05-01",
        ],
        &["set", "30-day ceasefire", "label="],
        &["set", "russia", "status=met"],
        &["unlink", "russia", "rejects", "30-day ceasefire"],
        &["rename", "russia", "Russia!"],
        &["remove", "russia"],
        &[
            "source",
            "add",
            "zelensky-meet-putin-2025",
            "--title",
            "dup",
        ],
    ];
    for args in refusals {
        let out = negograph()
            .arg("-f")
            .arg(&path)
            .args(*args)
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(1 | 2)),
            "{args:?} was not refused"
        );
        assert!(!out.stderr.is_empty(), "{args:?} says nothing");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "{args:?} changed the file"
        );
    }
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec!["g.json"], "no temporary files left");
}

#[test]
fn the_refusal_says_why() {
    let (_d, path) = copy();
    on(&path, &["add", "party", "russia", "--label", "Duplicate"])
        .code(1)
        .stderr(predicate::str::contains("node id 'russia' is used twice"))
        .stderr(predicate::str::contains("nothing was written"));
    on(
        &path,
        &["link", "30-day ceasefire", "conditions_on", "aid pause"],
    )
    .code(1)
    .stderr(predicate::str::contains("has no 'by'"));
}

#[test]
fn dry_run_prints_a_diff_and_writes_nothing() {
    let (_d, path) = copy();
    let before = std::fs::read(&path).unwrap();
    on(
        &path,
        &["set", "30-day ceasefire", "status=met", "--dry-run"],
    )
    .success()
    .stdout(predicate::str::contains("+      \"status\": \"met\""))
    .stdout(predicate::str::contains("dry run: nothing was written"));
    on(&path, &["remove", "meeting", "--cascade", "--dry-run"])
        .success()
        .stdout(predicate::str::contains(
            "-      \"id\": \"zelensky-putin-meeting\",",
        ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn the_builtin_graph_is_read_only() {
    negograph()
        .args(["add", "party", "x", "--label", "X"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("read-only"))
        .stderr(predicate::str::contains("-f FILE"));
}

#[test]
fn unknown_top_level_fields_survive_an_edit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.json");
    std::fs::write(&path, r#"{"negograph": 1, "title": "t", "x-pipeline": {"run": 42, "tags": ["a"]}, "nodes": [], "edges": []}"#).unwrap();
    on(&path, &["add", "party", "p", "--label", "P"]).success();
    let text = std::fs::read_to_string(&path).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["x-pipeline"]["run"], 42);
    assert!(
        text.find("\"edges\"").unwrap() < text.find("\"x-pipeline\"").unwrap(),
        "unknown fields go last"
    );
    assert!(text.ends_with("}\n"));
}

#[test]
fn unknown_top_level_numbers_survive_an_edit_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.json");
    let kept =
        r#"{"version": 1.10, "scale": 1e2, "id": 123456789012345678901234567890, "neg": -0.0}"#;
    std::fs::write(
        &path,
        format!(r#"{{"negograph": 1, "title": "t", "x-tool": {kept}, "nodes": [], "edges": [], "x-last": 1E+2}}"#),
    )
    .unwrap();
    on(&path, &["add", "party", "p", "--label", "P"]).success();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(&format!("\"x-tool\": {kept}")), "{text}");
    assert!(text.contains("\"x-last\": 1E+2\n}"), "{text}");
    // A second edit changes nothing more in them.
    on(&path, &["add", "party", "q", "--label", "Q"]).success();
    let again = std::fs::read_to_string(&path).unwrap();
    assert!(again.contains(&format!("\"x-tool\": {kept}")), "{again}");
}

#[test]
fn an_interrupted_write_leaves_the_original_and_no_temp_files() {
    let (dir, path) = copy();
    let before = std::fs::read(&path).unwrap();
    let result = negograph::store::write_atomic_with(&path, b"{ half a file", || {
        Err(std::io::Error::other("killed before the rename"))
    });
    assert!(result.is_err());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec!["g.json"]);
}

#[cfg(unix)]
#[test]
fn writes_keep_the_files_mode() {
    use std::os::unix::fs::PermissionsExt;
    let (_d, path) = copy();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    on(&path, &["add", "party", "p", "--label", "P"]).success();
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

#[test]
fn twenty_concurrent_edits_are_all_kept() {
    let (_d, path) = copy();
    let bin = assert_cmd::cargo::cargo_bin("negograph");
    let children: Vec<_> = (0..20)
        .map(|i| {
            std::process::Command::new(&bin)
                .arg("-f")
                .arg(&path)
                .args([
                    "add",
                    "party",
                    &format!("party-{i}"),
                    "--label",
                    &format!("Party {i}"),
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let doc = json(&path);
    for i in 0..20 {
        assert!(
            node(&doc, &format!("party-{i}")).is_some(),
            "party-{i} was lost"
        );
    }
    on(&path, &["check"]).success();
}

#[test]
fn loading_and_saving_every_shipped_graph_is_byte_identical() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("graph");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let doc = negograph::load::parse_document("g", &text).unwrap();
            assert_eq!(
                negograph::load::to_canonical_json(&doc),
                text,
                "{}",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 1);
}

#[test]
fn an_edit_that_changes_nothing_does_not_rewrite() {
    let (_d, path) = copy();
    on(&path, &["set", "russia", "label=Russia (Putin)"])
        .success()
        .stdout(predicate::str::contains("no change"));
}
