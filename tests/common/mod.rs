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
