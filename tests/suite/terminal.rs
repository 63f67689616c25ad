//! Text from a file is inert in the terminal: labels, ids, quotes, notes and
//! titles holding carriage returns, newlines, bidi controls, C0 and C1 controls
//! reach every human output (answers, suggestions, `check` messages and source
//! snippets, the counts line, edit summaries and diffs) visibly escaped, while
//! JSON keeps the exact text. Every output is run through the real binary.

use crate::common;

use std::path::Path;

use common::{negograph, temp_file};
use negograph::terminal::acts_on_terminal;
use serde_json::{Value, json};

/// Texts a terminal would act on, each with a distinct word to find it by.
const ATTACKS: &[&str] = &[
    "Ceasefire agreed\rREJECTED by all",
    "Real label\nFAKE LINE injected",
    "evil\u{202E}gnp.exe",
    "\u{2066}isolated\u{2069} and \u{200F}marked\u{200E}\u{61C}",
    "\u{9b}31mCSI red",
    "\u{1b}[2Jclear screen",
    "tab\there\u{7}bell",
    "line\u{2028}separator",
    // From the diagram tests: what must stay text in DOT and Mermaid.
    "x\" image=\"/etc/passwd",
    "<b>html</b> & <img src=x>",
];

/// A valid graph whose every text is hostile: parties, positions, a chain of
/// preconditions, a knot, a conflict, notes, quotes, aliases and a title.
fn hostile_graph() -> Value {
    let a = |i: usize| ATTACKS[i % ATTACKS.len()];
    let mut nodes = vec![
        json!({"id": "p", "kind": "party", "label": a(0), "aliases": [a(2), "shared alias"], "note": a(1)}),
        json!({"id": "q", "kind": "party", "label": a(1), "aliases": ["shared alias"]}),
    ];
    let mut edges = Vec::new();
    for (i, text) in ATTACKS.iter().enumerate() {
        nodes.push(json!({"id": format!("d{i}"), "kind": "demand", "label": text, "note": a(i + 1), "aliases": [format!("{} alias {i}", a(i + 2))]}));
        edges.push(json!({"from": "p", "relation": "demands", "to": format!("d{i}"), "source": "src", "quote": a(i + 3), "note": a(i + 4)}));
    }
    nodes.push(json!({"id": "c1", "kind": "condition", "label": a(4)}));
    edges.extend([
        json!({"from": "d0", "relation": "conditions_on", "to": "c1", "by": "p", "source": "src", "quote": a(5)}),
        json!({"from": "c1", "relation": "conditions_on", "to": "d0", "by": "q", "source": "src", "quote": a(6)}),
        json!({"from": "q", "relation": "rejects", "to": "d0", "source": "src", "quote": a(7)}),
        json!({"from": "q", "relation": "blocks", "to": "d1", "source": "src", "quote": a(8), "note": a(0)}),
        json!({"from": "q", "relation": "member_of", "to": "p", "source": "src", "quote": a(9), "disputed_by": ["p"]}),
        // Format 1.1: several citations with speakers and notes, a threat's
        // target and trigger, a counter-offer.
        json!({"from": "q", "relation": "threatens", "to": "d2", "target": "p", "trigger": "d3", "citations": [
            {"source": "src", "quote": a(1), "speaker": a(0), "note": a(2)},
            {"source": "src", "quote": a(3), "speaker": a(5)},
        ]}),
        json!({"from": "q", "relation": "counters", "to": "d4", "with": "d5", "source": "src", "quote": a(6)}),
        // Dated: a claim that begins and one that ends, for changes and timeline.
        json!({"from": "q", "relation": "supports", "to": "d6", "since": "2025-01-02", "source": "src", "quote": a(7)}),
        json!({"from": "p", "relation": "supports", "to": "d7", "until": "2025-01-02", "source": "src", "quote": a(8)}),
    ]);
    // A dated change of status, with its words.
    nodes.last_mut().expect("c1")["status_history"] = json!([{"status": "met", "on": "2025-01-03", "source": "src", "quote": a(9), "note": a(1)}]);
    // Two proposals as packages: terms on a hostile issue, one with a
    // hostile unit, a mediator, a disputed proposal.
    nodes.extend([
        json!({"id": "i1", "kind": "issue", "label": a(3)}),
        json!({"id": "k1", "kind": "proposal", "label": a(4)}),
        json!({"id": "k2", "kind": "proposal", "label": a(5)}),
        json!({"id": "t1", "kind": "demand", "label": a(6), "issue": "i1", "quantity": "10 weeks"}),
        json!({"id": "t2", "kind": "demand", "label": a(7), "issue": "i1", "quantity": format!("12 {}", a(1))}),
        json!({"id": "t3", "kind": "condition", "label": a(8)}),
    ]);
    edges.extend([
        json!({"from": "t1", "relation": "part_of", "to": "k1", "source": "src", "quote": a(2)}),
        json!({"from": "t3", "relation": "part_of", "to": "k1", "source": "src", "quote": a(3)}),
        json!({"from": "t2", "relation": "part_of", "to": "k2", "source": "src", "quote": a(4)}),
        json!({"from": "p", "relation": "proposes", "to": "k1", "source": "src", "quote": a(5)}),
        json!({"from": "q", "relation": "proposes", "to": "k2", "source": "src", "quote": a(6), "disputed_by": ["p"]}),
        json!({"from": "q", "relation": "mediates", "to": "k1", "source": "src", "quote": a(7)}),
        json!({"from": "q", "relation": "rejects", "to": "t1", "source": "src", "quote": a(8)}),
    ]);
    json!({
        "negograph": 1.1,
        "title": format!("Talks {}", a(1)),
        "sources": [{"id": "src", "title": a(2)}],
        "nodes": nodes,
        "edges": edges,
    })
}

/// Everything wrong with `text` for a terminal: raw characters a terminal acts
/// on (other than line breaks), and lines that a label's newline started.
fn terminal_problems(text: &str) -> Vec<String> {
    let mut problems: Vec<String> = text
        .chars()
        .filter(|&c| c != '\n' && acts_on_terminal(c))
        .map(|c| format!("raw {c:?}"))
        .collect();
    for line in text.lines() {
        let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
        if line.starts_with("FAKE LINE") {
            problems.push(format!("fake line: {line}"));
        }
    }
    problems
}

/// Runs `args` and checks both streams; returns (exit code, stdout + stderr).
fn run_inert(file: Option<&Path>, args: &[&str]) -> (i32, String) {
    let mut cmd = negograph();
    if let Some(file) = file {
        cmd.arg("-f").arg(file);
    }
    let out = cmd.args(args).output().unwrap();
    let both = format!(
        "{}{}",
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap()
    );
    let problems = terminal_problems(&both);
    assert!(problems.is_empty(), "{args:?}: {problems:?}\n{both}");
    (out.status.code().unwrap(), both)
}

fn hostile_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let text = serde_json::to_string_pretty(&hostile_graph()).unwrap();
    temp_file("hostile.json", text.as_bytes())
}

#[test]
fn every_answer_shows_hostile_text_escaped() {
    let (_dir, path) = hostile_file();
    let commands: &[&[&str]] = &[
        &["show", "--all-time"],
        &["show", "p", "--all-time"],
        &["show", "d0", "--all-time"],
        &["stance", "p", "--all-time"],
        &["stance", "q", "--all-time"],
        &["who", "d0", "--all-time"],
        &["requires", "d0", "--all-time"],
        &["blockers", "d0", "--all-time", "--all-chains"],
        &["blockers", "d1", "--all-time"],
        &["path", "q", "d3", "--undirected", "--all-time"],
        &["path", "p", "c1", "--all", "--all-time"],
        &["deadlocks", "--all-time"],
        &["conflicts", "--all-time"],
        &["ask", "what blocks d0?", "--all-time"],
        &["ask", "what does p want?", "--all-time"],
        &["who", "p", "--all-time"],
        &["who", "d2", "--all-time"],
        &["who", "d4", "--side", "against", "--all-time"],
        &["responses", "d4", "--all-time"],
        &["responses", "d4", "--party", "q", "--all-time"],
        &["compare", "k1", "k2", "--all-time"],
        &["issues", "--all-time"],
        &["show", "k1", "--all-time"],
        &["blockers", "k1", "--all-time"],
        &["who", "k2", "--all-time"],
        &["unblock", "d0", "--all-time"],
        &["unblock", "d1", "--all-time"],
        &["effects", "d3", "--all-time"],
        &["effects", "c1", "--all-time"],
        &["changes", "--from", "2025-01-01", "--to", "2025-01-31"],
        &[
            "changes",
            "d6",
            "--from",
            "2025-01-01",
            "--to",
            "2025-01-31",
            "--party",
            "q",
        ],
        &["timeline"],
    ];
    let mut seen = String::new();
    for args in commands {
        let (code, out) = run_inert(Some(&path), args);
        assert_eq!(code, 0, "{args:?}: {out}");
        seen.push_str(&out);
    }
    // The text is shown, escaped, not dropped.
    for shown in [
        "Ceasefire agreed\\rREJECTED by all",
        "Real label\\nFAKE LINE injected",
        "evil<U+202E>gnp.exe",
        "<U+2066>isolated<U+2069> and <U+200F>marked<U+200E><U+061C>",
        "<U+009B>31mCSI red",
        "<U+001B>[2Jclear screen",
        "tab\\there<U+0007>bell",
        "line<U+2028>separator",
        "<b>html</b>",
    ] {
        assert!(seen.contains(shown), "{shown} is not shown");
    }
}

#[test]
fn json_keeps_the_exact_text() {
    let (_dir, path) = hostile_file();
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args(["show", "--all-time", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    let labels: Vec<&str> = answer["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["label"].as_str().unwrap())
        .collect();
    for attack in ATTACKS {
        assert!(labels.contains(attack), "{attack:?} changed in JSON");
    }
    // Raw, as JSON allows: a bidi control and a C1 control are not escaped.
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains('\u{202E}') && text.contains('\u{9b}'));
}

#[test]
fn suggestions_and_ambiguities_show_labels_escaped() {
    let (_dir, path) = hostile_file();
    let (code, out) = run_inert(Some(&path), &["show", "shared alias"]);
    assert_eq!(code, 2);
    assert!(out.contains("could mean any of"), "{out}");
    assert!(
        out.contains("'p' (Ceasefire agreed\\rREJECTED by all)"),
        "{out}"
    );
    let (code, out) = run_inert(Some(&path), &["show", "evil gnpexe"]);
    assert_eq!(code, 2);
    assert!(out.contains("did you mean"), "{out}");
    assert!(out.contains("'d2' (evil<U+202E>gnp.exe)"), "{out}");
    // What the user typed is quoted back inert too.
    let (code, out) = run_inert(Some(&path), &["stance", "no\rsuch\u{202E}party"]);
    assert_eq!(code, 2);
    assert!(out.contains("no\\rsuch<U+202E>party"), "{out}");
    let (code, out) = run_inert(Some(&path), &["ask", "why\r\u{9b}?"]);
    assert_eq!(code, 2);
    assert!(out.contains("why\\r<U+009B>"), "{out}");
}

#[test]
fn check_messages_snippets_and_counts_are_inert() {
    // Raw bidi and C1 controls inside strings (JSON allows them), a lone
    // carriage return between tokens (JSON whitespace), an unknown kind and
    // relation named with controls (the counts line lists them), a duplicate
    // id on the line drawn.
    let text = "{\"negograph\": 1, \"title\": \"t\", \"sources\": [{\"id\": \"src\", \"title\": \"s\"}],\n\
        \"nodes\": [\n\
        {\"id\": \"p\", \"kind\": \"party\", \"label\": \"P\u{202E}evil\u{9b}2J\"},\r   {\"id\": \"p\", \"kind\": \"party\", \"label\": \"HIDDEN\"},\n\
        {\"id\": \"x\", \"kind\": \"par\\u202Ety\", \"label\": \"x\\r\\nFAKE LINE\"}\n\
        ],\n\
        \"edges\": [{\"from\": \"p\", \"relation\": \"dem\\u009bands\", \"to\": \"x\\rFAKE LINE\"}]\n\
        }\n";
    let (_dir, path) = temp_file("hostile\u{202E}.json", text.as_bytes());
    let (code, out) = run_inert(Some(&path), &["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("par<U+202E>ty"), "counts line: {out}");
    assert!(out.contains("dem<U+009B>ands"), "counts line: {out}");
    assert!(out.contains("hostile<U+202E>.json"), "file name: {out}");
    assert!(
        out.contains("P<U+202E>evil<U+009B>2J\"},\\r   {\"id\": \"p\""),
        "the snippet shows the line with its carriage return: {out}"
    );
    assert!(out.contains("duplicate-id"), "{out}");
    // Not JSON at all, with controls on the line drawn.
    let broken = "{\"negograph\": 1,\r\"title\": \"\u{1b}[2J\u{202E}\" \u{9b} oops\n}\n";
    let (_dir, path) = temp_file("broken.json", broken.as_bytes());
    let (code, out) = run_inert(Some(&path), &["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("<U+001B>[2J<U+202E>"), "{out}");
}

#[test]
fn edit_summaries_and_diffs_are_inert() {
    let (dir, path) = hostile_file();
    let label = "New\rdemand\u{202E}\nFAKE LINE";
    let (code, out) = run_inert(
        Some(&path),
        &["add", "demand", "fresh", "--label", label, "--dry-run"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("dry run"), "{out}");
    assert!(out.contains("New\\rdemand<U+202E>\\nFAKE LINE"), "{out}");
    let (code, out) = run_inert(Some(&path), &["add", "demand", "fresh", "--label", label]);
    assert_eq!(code, 0, "{out}");
    // An edge without a source: a warning drawn against the edited file.
    let (code, out) = run_inert(Some(&path), &["link", "q", "supports", "fresh"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no-source"), "{out}");
    drop(dir);
}

#[test]
fn with_colour_the_only_escape_codes_are_our_own() {
    let (_dir, path) = hostile_file();
    for args in [
        &["show", "--all-time"][..],
        &["blockers", "d0", "--all-time"],
        &["check"],
    ] {
        let out = negograph()
            .env_remove("NO_COLOR")
            .args(["--color", "always", "-f"])
            .arg(&path)
            .args(args)
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap()
        );
        assert!(text.contains('\u{1b}'), "{args:?} is coloured");
        // Every escape sequence is a colour (SGR: ESC [ digits and ; m).
        for (i, _) in text.match_indices('\u{1b}') {
            let rest = &text[i + 1..];
            let sgr = rest.strip_prefix('[').is_some_and(|r| {
                let end = r.find(|c: char| !(c.is_ascii_digit() || c == ';'));
                end.is_some_and(|e| r[e..].starts_with('m'))
            });
            assert!(
                sgr,
                "{args:?}: not a colour code: {:?}",
                &rest[..rest.len().min(12)]
            );
        }
        let without_ours: String = text.chars().filter(|&c| c != '\u{1b}').collect();
        let problems = terminal_problems(&without_ours);
        assert!(problems.is_empty(), "{args:?}: {problems:?}");
    }
}

#[test]
fn import_problems_and_export_summaries_are_inert() {
    // Cells of the CSV form quoted back in problems: an unknown kind and an
    // unknown node named with controls, a label with a line break.
    let dir = tempfile::tempdir().unwrap();
    let nodes = "id,kind,label\n\
                 p,party,\"P\r\u{202E}evil\"\n\
                 x,par\u{9b}ty,\"X\nFAKE LINE\"\n";
    let edges = "from,relation,to,source,quote\n\
                 p,demands,\"y\u{202E}\rz\",src,\"w\nFAKE LINE\"\n";
    std::fs::write(dir.path().join("nodes.csv"), nodes).unwrap();
    std::fs::write(dir.path().join("edges.csv"), edges).unwrap();
    std::fs::write(dir.path().join("sources.csv"), "id,title\nsrc,S\n").unwrap();
    let csv = |name: &str| dir.path().join(name).display().to_string();
    let (nodes, edges, sources) = (csv("nodes.csv"), csv("edges.csv"), csv("sources.csv"));
    let out = dir.path().join("g\u{202E}.json").display().to_string();
    let (code, text) = run_inert(
        None,
        &[
            "import",
            "--nodes",
            &nodes,
            "--edges",
            &edges,
            "--sources",
            &sources,
            "-o",
            &out,
        ],
    );
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("par<U+009B>ty"), "{text}");
    assert!(text.contains("'y<U+202E>\\rz'"), "{text}");
    // A valid graph exported to a path holding a bidi control.
    let (hostile_dir, path) = hostile_file();
    let target = hostile_dir.path().join("out\u{202E}.graphml");
    let target = target.display().to_string();
    let (code, text) = run_inert(
        Some(&path),
        &["export", "--format", "graphml", "-o", &target],
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("out<U+202E>.graphml"), "{text}");
}
