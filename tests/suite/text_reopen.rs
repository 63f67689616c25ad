//! A node statement naming a node read already opens its block again, in a
//! whole file and in a fragment alike (docs/text-format.md, "Statements"):
//! a new user declared a meeting, cited a claim on it, then wrote its
//! postponement under a second `demand talks` line; `apply` refused it as a
//! duplicate id, and `convert` of the same whole file wrote two nodes of
//! one id.

use crate::common::{self, fails, negograph, run_ok};

const DECLARED_THEN_REOPENED: &str = "\
source s1 \"Report\" 2016-02-20
party un \"UN\"
demand talks \"UN-led talks\"
un mediates talks \"UN-led talks planned for Saturday\"
demand talks
  on 2016-02-20 postponed \"the meeting was put back\"
";

#[test]
fn a_fragment_reopens_a_node_it_declared_above() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("g.json");
    negograph()
        .args(["new", "--title", "T"])
        .arg(&graph)
        .assert()
        .success();
    let fragment = dir.path().join("f.neg");
    std::fs::write(&fragment, DECLARED_THEN_REOPENED).unwrap();
    run_ok(&graph, &["apply", fragment.to_str().unwrap()]);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&graph).unwrap()).unwrap();
    let talks: Vec<_> = doc["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["id"] == "talks")
        .collect();
    assert_eq!(talks.len(), 1, "{doc}");
    assert_eq!(talks[0]["label"], "UN-led talks");
    assert_eq!(talks[0]["status_history"][0]["status"], "postponed");
}

#[test]
fn a_whole_file_reopens_a_node_instead_of_writing_it_twice() {
    let text = format!("title T\n{DECLARED_THEN_REOPENED}");
    let (dir, file) = common::temp_file("talks.neg", text.as_bytes());
    let json = dir.path().join("talks.json");
    negograph()
        .arg("convert")
        .arg(&file)
        .arg(&json)
        .assert()
        .success();
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let ids: Vec<_> = doc["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["un", "talks"]);
    assert_eq!(common::json_ok(&json, &["check"])["ok"], true);
}

#[test]
fn reopening_with_another_label_is_refused_at_its_line() {
    let text = "title T\nsource s1 \"Report\" 2016-02-20\ndemand talks \"UN-led talks\"\ndemand talks \"Other talks\"\n";
    let (_dir, file) = common::temp_file("bad.neg", text.as_bytes());
    let err = fails(negograph().arg("-f").arg(&file).arg("show"), 1);
    assert!(
        err.contains("bad.neg:4:8: a line above declares node 'talks'")
            && err.contains("another label"),
        "{err}"
    );
}

/// A new user added a note to a graph's node on an indented line under it
/// (encode9); `apply` refused it as "already in the graph with another
/// `note`" though the node had none, while the same note on the node's own
/// line was accepted. Both forms add a note a node lacks; a different note
/// is still a change for `set`.
#[test]
fn an_indented_note_adds_the_note_a_graph_node_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("g.json");
    negograph()
        .args(["new", "--title", "T"])
        .arg(&graph)
        .assert()
        .success();
    let first = dir.path().join("f1.neg");
    std::fs::write(
        &first,
        "source s \"S\" 2020-01-01\nparty a A\ncondition c \"C\" actor a status met\n",
    )
    .unwrap();
    run_ok(&graph, &["apply", first.to_str().unwrap()]);
    let note = dir.path().join("f2.neg");
    std::fs::write(&note, "condition c\n  note hello there\n").unwrap();
    let said = run_ok(&graph, &["apply", note.to_str().unwrap()]);
    assert!(said.contains("note (it had none)"), "{said}");
    let shown = run_ok(&graph, &["show", "c", "--json"]);
    assert!(shown.contains("hello there"), "{shown}");
    // Again, the same note: nothing to change, accepted.
    run_ok(&graph, &["apply", note.to_str().unwrap()]);
    let other = dir.path().join("f3.neg");
    std::fs::write(&other, "condition c\n  note another\n").unwrap();
    let err = fails(
        negograph()
            .arg("-f")
            .arg(&graph)
            .args(["apply", other.to_str().unwrap()]),
        1,
    );
    assert!(err.contains("another `note`"), "{err}");
}
