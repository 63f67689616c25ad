//! Helpers shared by the integration tests: the real binary, temp graph files,
//! and small hand-made graphs.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{Value, json};

/// The real `negograph` binary, with colour and the environment made predictable.
pub fn negograph() -> Command {
    let mut cmd = Command::cargo_bin("negograph").expect("the binary is built");
    cmd.env_remove("NEGOGRAPH_FILE")
        .env_remove("NEGOGRAPH_MAX_FILE_SIZE")
        .env("NO_COLOR", "1");
    cmd
}

/// Writes `text` to a fresh temp dir and returns (dir guard, path).
pub fn temp_file(name: &str, text: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write temp file");
    (dir, path)
}

/// A format-1 document from compact lists. Nodes: (id, kind); edges: JSON objects.
pub fn doc(nodes: &[(&str, &str)], edges: Vec<Value>) -> Value {
    let nodes: Vec<Value> = nodes
        .iter()
        .map(|(id, kind)| json!({"id": id, "kind": kind, "label": format!("Label of {id}")}))
        .collect();
    json!({
        "negograph": 1,
        "title": "test graph",
        "sources": [{"id": "src", "title": "A source"}],
        "nodes": nodes,
        "edges": edges,
    })
}

/// An edge citing the test source.
pub fn edge(from: &str, relation: &str, to: &str) -> Value {
    json!({"from": from, "relation": relation, "to": to, "source": "src", "quote": "words"})
}

/// A `conditions_on` edge held by `by`, citing the test source.
pub fn cond(from: &str, to: &str, by: &str) -> Value {
    json!({"from": from, "relation": "conditions_on", "to": to, "by": by, "source": "src", "quote": "q"})
}

pub fn graph(doc: &Value) -> negograph::Graph {
    let text = serde_json::to_string_pretty(doc).unwrap();
    let parsed = negograph::load::parse_document("test", &text).expect("parses");
    negograph::Graph::from_document("test", parsed).expect("valid")
}

/// The folder of source texts shipped with the bundled graph: `<source id>.txt`.
pub fn sources_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/sources")
}

/// The article the bundled graph models, shipped inside the project.
pub fn seed_article() -> PathBuf {
    sources_dir().join("zelensky-meet-putin-2025.txt")
}

pub fn builtin_graph_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/istanbul-2025.json")
}

/// A star of `n` nodes: one party supporting `n - 1` demands (`n0` .. `n{n-1}`),
/// for views too large to draw.
pub fn star_graph(n: usize) -> Value {
    let nodes: Vec<Value> = (0..n)
        .map(|i| json!({"id": format!("n{i}"), "kind": if i == 0 { "party" } else { "demand" }, "label": format!("N{i}")}))
        .collect();
    let edges: Vec<Value> = (1..n)
        .map(|i| edge("n0", "supports", &format!("n{i}")))
        .collect();
    json!({"negograph": 1, "title": "big", "sources": [{"id": "src", "title": "s"}], "nodes": nodes, "edges": edges})
}

/// A small format 1.1 graph using every field the map shows: a proposal and
/// an issue, a dated status change, actors, issue and quantity, a counter with
/// two citations (a speaker, a note) that Israel disputes, a threat with target
/// and trigger, a position superseded on 2025-05-12 (and a precondition of the
/// proposal until then), a source with a link.
pub fn talks_1_1() -> Value {
    json!({
        "negograph": 1.1,
        "title": "Gaza ceasefire talks, 2025",
        "sources": [
            {"id": "reuters-0511", "title": "Hamas weighs truce offer", "date": "2025-05-11",
             "url": "https://example.org/reuters-0511", "publisher": "Reuters", "note": "date inferred from the text"},
            {"id": "ap-0512", "title": "Israel says no to 70 days", "date": "2025-05-12"}
        ],
        "nodes": [
            {"id": "hamas", "kind": "party", "label": "Hamas"},
            {"id": "israel", "kind": "party", "label": "Israel"},
            {"id": "qatar", "kind": "party", "label": "Qatar"},
            {"id": "truce-length", "kind": "issue", "label": "Length of the truce"},
            {"id": "deal", "kind": "proposal", "label": "Witkoff proposal",
             "status_history": [{"status": "rejected", "on": "2025-05-20", "source": "ap-0512", "quote": "Israel rejected it"}]},
            {"id": "truce-60", "kind": "demand", "label": "60-day truce", "actor": ["israel"],
             "issue": "truce-length", "quantity": "60 days"},
            {"id": "truce-70", "kind": "demand", "label": "70-day truce", "actor": "israel",
             "issue": "truce-length", "quantity": "70 days"},
            {"id": "sanctions", "kind": "condition", "label": "New sanctions"}
        ],
        "edges": [
            {"from": "qatar", "relation": "mediates", "to": "deal", "source": "reuters-0511", "quote": "Qatar brokered"},
            {"from": "truce-60", "relation": "part_of", "to": "deal", "source": "reuters-0511", "quote": "a 60-day truce"},
            {"from": "hamas", "relation": "counters", "to": "deal", "with": "truce-70", "disputed_by": ["israel"],
             "citations": [
                {"source": "reuters-0511", "quote": "Hamas asked for 70 days", "speaker": "two officials"},
                {"source": "ap-0512", "quote": "a counter-offer of 70 days", "note": "second report"}
             ]},
            {"from": "israel", "relation": "threatens", "to": "sanctions", "target": "hamas", "trigger": "truce-70",
             "source": "ap-0512", "quote": "more pressure"},
            {"from": "truce-70", "relation": "supersedes", "to": "truce-60", "since": "2025-05-12",
             "source": "ap-0512", "quote": "now 70 days"},
            {"from": "israel", "relation": "rejects", "to": "truce-70", "source": "ap-0512", "quote": "Israel says no to 70 days"},
            {"from": "deal", "relation": "conditions_on", "to": "truce-60", "by": "hamas",
             "source": "reuters-0511", "quote": "only with a 60-day truce"}
        ]
    })
}

/// `negograph [-f FILE] render -o DIR/NAME ARGS...`, which must succeed
/// quietly; returns the path written.
pub fn render_file(file: Option<&Path>, dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let out = dir.join(name);
    let mut cmd = negograph();
    if let Some(f) = file {
        cmd.arg("-f").arg(f);
    }
    cmd.arg("render")
        .arg("-o")
        .arg(&out)
        .args(args)
        .assert()
        .success()
        .stdout("");
    out
}
