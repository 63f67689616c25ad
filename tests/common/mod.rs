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

/// `negograph -f FILE ARGS...`, which must succeed: its standard output.
pub fn run_ok(file: &Path, args: &[&str]) -> String {
    let out = negograph()
        .arg("-f")
        .arg(file)
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

/// Runs `cmd`, which must succeed (on failure its standard error is
/// shown): its output, for the standard output's reading.
pub fn succeeds(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs `cmd`, which must fail with exit `code`: its standard error.
pub fn fails(cmd: &mut Command, code: i32) -> String {
    let out = cmd.output().expect("the binary runs");
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).expect("UTF-8")
}

/// [`run_ok`] with `--json`, parsed.
pub fn json_ok(file: &Path, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.push("--json");
    serde_json::from_str(&run_ok(file, &args)).expect("JSON")
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
        "edges": Value::Array(edges),
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

/// The sentences the bundled graph quotes from its article, shipped inside the project.
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
/// proposal until then), a term of the proposal that Israel rejects (so
/// Israel blocks the package, and the term does not), a source with a link.
pub fn talks_1_1() -> Value {
    json!({
        "negograph": 1.1,
        "title": "Gaza ceasefire talks, 2025",
        "sources": [
            {"id": "reuters-0511", "title": "Hamas weighs truce offer", "date": "2025-05-11",
             "url": "https://example.org/reuters-0511", "publisher": "Reuters", "note": "date inferred from the text"},
            {"id": "ap-0512", "title": "Israel says no to 70 days", "date": "2025-05-12"},
            {"id": "ap-0520", "title": "Israel rejects the proposal", "date": "2025-05-20"}
        ],
        "nodes": [
            {"id": "hamas", "kind": "party", "label": "Hamas"},
            {"id": "israel", "kind": "party", "label": "Israel"},
            {"id": "qatar", "kind": "party", "label": "Qatar"},
            {"id": "truce-length", "kind": "issue", "label": "Length of the truce"},
            {"id": "deal", "kind": "proposal", "label": "Witkoff proposal",
             "status_history": [{"status": "rejected", "on": "2025-05-20", "source": "ap-0520", "quote": "Israel rejected it"}]},
            {"id": "truce-60", "kind": "demand", "label": "60-day truce", "actor": ["israel"],
             "issue": "truce-length", "quantity": "60 days"},
            {"id": "truce-70", "kind": "demand", "label": "70-day truce", "actor": "israel",
             "issue": "truce-length", "quantity": "70 days"},
            {"id": "sanctions", "kind": "condition", "label": "New sanctions"},
            {"id": "hostages-10", "kind": "demand", "label": "10 hostages released", "actor": "hamas"}
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
             "source": "reuters-0511", "quote": "only with a 60-day truce"},
            {"from": "hostages-10", "relation": "part_of", "to": "deal", "source": "reuters-0511", "quote": "10 hostages"},
            {"from": "israel", "relation": "rejects", "to": "hostages-10", "source": "ap-0512", "quote": "too few"}
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

/// Two proposals worked out by hand (tests/suite/packages.rs gives the answers):
/// a U.S. plan (45-60 days, 10 living hostages, about 120 prisoners, 19
/// bodies; mediated by Qatar and Egypt; Israel accepts it, needing a list of
/// living hostages) and Hamas's counter (70 days, 8-12 living hostages, at
/// least 200 prisoners, a withdrawal naming no issue, a withdrawn term).
/// Israel rejects the counter's 70 days, the U.S. the whole counter; the
/// counter's hostage term needs a U.S. guarantee, per Hamas; Egypt rejects
/// the withdrawn term. Hamas says it accepted the U.S. plan; the U.S.
/// disputes that, said by "two officials".
pub fn two_proposals() -> Value {
    let term = |id: &str, label: &str, actor: &str, issue: Option<&str>, quantity: Option<&str>| {
        let mut t = json!({"id": id, "kind": "demand", "label": label, "actor": actor});
        if let Some(i) = issue {
            t["issue"] = json!(i);
        }
        if let Some(q) = quantity {
            t["quantity"] = json!(q);
        }
        t
    };
    json!({
        "negograph": 1.1,
        "title": "Two proposals",
        "sources": [{"id": "src", "title": "A source", "date": "2025-05-26"}],
        "nodes": [
            {"id": "israel", "kind": "party", "label": "Israel"},
            {"id": "hamas", "kind": "party", "label": "Hamas"},
            {"id": "us", "kind": "party", "label": "United States"},
            {"id": "qatar", "kind": "party", "label": "Qatar"},
            {"id": "egypt", "kind": "party", "label": "Egypt"},
            {"id": "truce-length", "kind": "issue", "label": "Length of the truce"},
            {"id": "living", "kind": "issue", "label": "Living hostages freed"},
            {"id": "prisoners", "kind": "issue", "label": "Prisoners freed"},
            {"id": "dead", "kind": "issue", "label": "Bodies returned"},
            {"id": "us-plan", "kind": "proposal", "label": "U.S. plan"},
            {"id": "hamas-plan", "kind": "proposal", "label": "Hamas counter"},
            term("a-truce", "A 45-60 day truce", "israel", Some("truce-length"), Some("45-60 days")),
            term("a-living", "10 living hostages", "hamas", Some("living"), Some("10 hostages")),
            term("a-prisoners", "About 120 prisoners", "israel", Some("prisoners"), Some("about 120 prisoners")),
            term("a-dead", "19 bodies", "hamas", Some("dead"), Some("19 bodies")),
            term("b-truce", "A 70-day truce", "israel", Some("truce-length"), Some("70 days")),
            term("b-living", "8 to 12 living hostages", "hamas", Some("living"), Some("8-12 hostages")),
            term("b-prisoners", "At least 200 prisoners", "israel", Some("prisoners"), Some("at least 200 prisoners")),
            term("b-withdrawal", "Israeli withdrawal", "israel", None, None),
            {"id": "b-aid", "kind": "demand", "label": "Aid through the UN", "actor": "israel", "status": "withdrawn"},
            {"id": "hostage-list", "kind": "condition", "label": "A list of living hostages", "actor": "hamas"},
            {"id": "guarantee", "kind": "condition", "label": "A U.S. guarantee of talks", "actor": "us"}
        ],
        "edges": [
            edge("a-truce", "part_of", "us-plan"),
            edge("a-living", "part_of", "us-plan"),
            edge("a-prisoners", "part_of", "us-plan"),
            edge("a-dead", "part_of", "us-plan"),
            edge("b-truce", "part_of", "hamas-plan"),
            edge("b-living", "part_of", "hamas-plan"),
            edge("b-prisoners", "part_of", "hamas-plan"),
            edge("b-withdrawal", "part_of", "hamas-plan"),
            edge("b-aid", "part_of", "hamas-plan"),
            edge("us", "proposes", "us-plan"),
            edge("qatar", "mediates", "us-plan"),
            edge("egypt", "mediates", "us-plan"),
            edge("israel", "accepts", "us-plan"),
            cond("us-plan", "hostage-list", "israel"),
            {"from": "hamas", "relation": "accepts", "to": "us-plan", "disputed_by": ["us"],
             "citations": [{"source": "src", "quote": "Hamas says it accepted", "speaker": "two officials"}]},
            {"from": "hamas", "relation": "counters", "to": "us-plan", "with": "hamas-plan",
             "source": "src", "quote": "a counter-offer"},
            edge("hamas", "proposes", "hamas-plan"),
            edge("us", "rejects", "hamas-plan"),
            edge("israel", "rejects", "b-truce"),
            cond("b-living", "guarantee", "hamas"),
            edge("egypt", "rejects", "b-aid")
        ]
    })
}

/// The small invented, dated graph shipped beside the bundled one.
pub fn trade_talks_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/trade-talks.json")
}

/// `negograph -f graph/trade-talks.json ARGS...`, run to the end.
pub fn on_trade_talks(args: &[&str]) -> std::process::Output {
    negograph()
        .arg("-f")
        .arg(trade_talks_path())
        .args(args)
        .output()
        .unwrap()
}

/// Runs Graphviz on DOT text and returns (svg, warnings). CI installs
/// Graphviz; a machine without it fails here rather than skipping.
pub fn graphviz_svg(dot: &str) -> (String, String) {
    use std::io::Write;
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("Graphviz `dot` is installed (apt-get install graphviz)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The DOT of one view of `g`, seen as `spec` sees it, with the default style.
pub fn view_dot(
    g: &negograph::Graph,
    spec: &negograph::view::ViewSpec,
    focus: &negograph::export::Focus,
) -> (negograph::export::Scene, String) {
    let view = negograph::view::View::new(g, spec).unwrap();
    let scene = negograph::export::scene(&view, None, focus);
    let dot = negograph::export::dot::to_dot(g, &scene, &Default::default(), |n| {
        negograph::export::style::Standing::of(&view, n)
    });
    (scene, dot)
}

/// `check --json`'s warnings of one code, as (path, message).
pub fn check_warnings(doc: &Value, code: &str) -> Vec<(String, String)> {
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let out = succeeds(negograph().arg("-f").arg(&file).args(["check", "--json"]));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .map(|d| {
            let text = |k: &str| d[k].as_str().unwrap_or("").to_owned();
            (text("path"), text("message"))
        })
        .collect()
}
