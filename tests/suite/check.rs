//! `negograph check`: every validation error and warning, on a small file made
//! for it, through the real binary; and input that must never crash it.

use crate::common;

use common::{doc, edge, negograph, temp_file};
use predicates::prelude::*;
use serde_json::{Value, json};

/// Runs `check --json` on a document and returns (exit code, parsed report).
fn check_json(doc: &Value) -> (i32, Value) {
    check_text(&serde_json::to_string_pretty(doc).unwrap())
}

/// `check --json` on a file holding exactly `text`.
fn check_text(text: &str) -> (i32, Value) {
    let (_dir, path) = temp_file("g.json", text.as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args(["check", "--json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).expect("check --json prints JSON");
    (out.status.code().unwrap(), report)
}

fn codes(report: &Value, severity: &str) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == severity)
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

fn find<'a>(report: &'a Value, code: &str) -> &'a Value {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {report:#}"))
}

fn base() -> Value {
    doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("d", "demand"),
            ("c", "condition"),
        ],
        vec![
            edge("p", "demands", "d"),
            json!({"from": "d", "relation": "conditions_on", "to": "c", "by": "q", "source": "src", "quote": "x"}),
        ],
    )
}

#[test]
fn a_clean_file_exits_zero_with_counts() {
    let (code, report) = check_json(&base());
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["ok"], true);
    assert_eq!(report["counts"]["nodes"], 4);
    assert_eq!(report["counts"]["edges"], 2);
    assert!(codes(&report, "error").is_empty());
    assert!(codes(&report, "warning").is_empty());
}

#[test]
fn duplicate_ids_are_errors() {
    let mut d = base();
    d["nodes"][1]["id"] = json!("p");
    let (code, report) = check_json(&d);
    assert_eq!(code, 1);
    let diag = find(&report, "duplicate-id");
    assert_eq!(diag["path"], "nodes[1].id");
    assert!(diag["line"].as_u64().unwrap() > 1);
}

#[test]
fn unknown_node_suggests_the_close_id() {
    let mut d = base();
    d["edges"][0]["to"] = json!("dd");
    let (code, report) = check_json(&d);
    assert_eq!(code, 1);
    let diag = find(&report, "unknown-node");
    assert_eq!(diag["path"], "edges[0].to");
    assert!(diag["help"].as_str().unwrap().contains("'d'"), "{diag}");
}

#[test]
fn unknown_kind_relation_and_status_list_allowed_values_and_all_are_reported() {
    let mut d = base();
    d["nodes"][0]["kind"] = json!("partyy");
    d["nodes"][2]["status"] = json!("done");
    d["edges"][0]["relation"] = json!("demandz");
    let (code, report) = check_json(&d);
    assert_eq!(code, 1);
    let kind = find(&report, "unknown-kind");
    assert!(
        kind["message"]
            .as_str()
            .unwrap()
            .contains("party, demand, condition")
    );
    assert_eq!(kind["help"], "did you mean 'party'?");
    let status = find(&report, "unknown-status");
    assert!(
        status["message"]
            .as_str()
            .unwrap()
            .contains("open, met, rejected, withdrawn")
    );
    let rel = find(&report, "unknown-relation");
    assert!(rel["message"].as_str().unwrap().contains("conditions_on"));
    assert_eq!(rel["help"], "did you mean 'demands'?");
}

#[test]
fn a_relation_joining_the_wrong_kinds_is_an_error() {
    let mut d = base();
    d["edges"]
        .as_array_mut()
        .unwrap()
        .push(edge("d", "demands", "p"));
    let (code, report) = check_json(&d);
    assert_eq!(code, 1);
    let diag = find(&report, "wrong-kinds");
    assert!(
        diag["message"]
            .as_str()
            .unwrap()
            .contains("from demand 'd' to party 'p'"),
        "{diag}"
    );
}

#[test]
fn conditions_on_needs_by_and_by_must_be_a_party() {
    let mut d = base();
    d["edges"][1].as_object_mut().unwrap().remove("by");
    let (code, report) = check_json(&d);
    assert_eq!(code, 1);
    find(&report, "missing-by");

    let mut d = base();
    d["edges"][1]["by"] = json!("c");
    let (_, report) = check_json(&d);
    find(&report, "by-not-party");

    let mut d = base();
    d["edges"][1]["by"] = json!("nobody");
    let (_, report) = check_json(&d);
    assert_eq!(find(&report, "unknown-node")["path"], "edges[1].by");
}

#[test]
fn dates_must_be_real_and_in_order() {
    let mut d = base();
    d["edges"][0]["since"] = json!("2025-02-30");
    d["edges"][1]["since"] = json!("2025-05-10");
    d["edges"][1]["until"] = json!("2025-05-01");
    let (code, report) = check_json(&d);
    assert_eq!(code, 1);
    assert_eq!(find(&report, "bad-date")["path"], "edges[0].since");
    assert_eq!(
        find(&report, "until-before-since")["path"],
        "edges[1].until"
    );
}

#[test]
fn unknown_source_and_quote_without_source_are_errors() {
    let mut d = base();
    d["edges"][0]["source"] = json!("scr");
    let (_, report) = check_json(&d);
    assert_eq!(
        find(&report, "unknown-source")["help"],
        "did you mean 'src'?"
    );

    let mut d = base();
    d["edges"][0].as_object_mut().unwrap().remove("source");
    let (code, report) = check_json(&d);
    assert_eq!(code, 1);
    find(&report, "quote-without-source");
}

#[test]
fn status_on_a_party_and_bad_ids_are_errors() {
    let mut d = base();
    d["nodes"][0]["status"] = json!("met");
    d["nodes"][3]["id"] = json!("Bad Id");
    d["edges"][1]["to"] = json!("Bad Id");
    let (_, report) = check_json(&d);
    find(&report, "status-on-party");
    assert_eq!(find(&report, "bad-id")["help"], "write it as 'bad-id'");
}

#[test]
fn unsourced_edges_and_isolated_nodes_are_warnings_not_errors() {
    let mut d = base();
    d["edges"][0].as_object_mut().unwrap().remove("source");
    d["edges"][0].as_object_mut().unwrap().remove("quote");
    d["nodes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "lonely", "kind": "party", "label": "Lonely"}));
    let (code, report) = check_json(&d);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(
        codes(&report, "warning"),
        vec!["no-source", "isolated-node"]
    );
}

#[test]
fn a_measure_with_its_actor_named_is_not_isolated() {
    // docs/text-format.md: a measure in force is a condition with an actor
    // and a dated `met`; no relation need touch it for `show` to list it.
    let mut d = base();
    d["negograph"] = json!(1.1);
    d["nodes"].as_array_mut().unwrap().push(
        json!({"id": "duties", "kind": "condition", "label": "Duties in force", "actor": ["p"], "status": "met"}),
    );
    let (code, report) = check_json(&d);
    assert_eq!(code, 0, "{report:#}");
    assert!(codes(&report, "warning").is_empty(), "{report:#}");
    // A party named by nothing but the actor field is connected too; a node
    // with no actor and no relation still is not.
    d["nodes"][4]["actor"] = json!(["lone-party"]);
    d["nodes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "lone-party", "kind": "party", "label": "Lone"}));
    d["nodes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "stray", "kind": "demand", "label": "Stray"}));
    let (_, report) = check_json(&d);
    assert_eq!(
        codes(&report, "warning"),
        vec!["isolated-node"],
        "{report:#}"
    );
    assert!(report.to_string().contains("stray"), "{report:#}");
}

#[test]
fn human_output_points_at_the_line_and_suggests() {
    let mut d = base();
    d["edges"][0]["to"] = json!("dd");
    let text = serde_json::to_string_pretty(&d).unwrap();
    let (_dir, path) = temp_file("g.json", text.as_bytes());
    let line = text.lines().position(|l| l.contains("\"dd\"")).unwrap() + 1;
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("invalid: 1 error"))
        .stderr(predicate::str::contains(format!("g.json:{line}:")))
        .stderr(predicate::str::contains("did you mean 'd'"));
}

#[test]
fn syntax_errors_give_line_and_column() {
    let (_dir, path) = temp_file("g.json", b"{\n  \"negograph\": 1,\n  \"title\": \"x\",,\n}");
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "g.json:3:16: key must be a string",
        ))
        .stderr(predicate::str::contains("bad-json"));
}

#[test]
fn type_errors_give_the_json_path() {
    let mut d = base();
    d["nodes"][2]["label"] = json!(42);
    let text = serde_json::to_string_pretty(&d).unwrap();
    let (_dir, path) = temp_file("g.json", text.as_bytes());
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nodes[2].label"))
        .stderr(predicate::str::contains("expected a string"));
}

#[test]
fn typos_in_field_names_are_caught() {
    let mut d = base();
    d["nodes"][2]["lable"] = json!("oops");
    let text = serde_json::to_string(&d).unwrap();
    let (_dir, path) = temp_file("g.json", text.as_bytes());
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unknown field `lable`"));
}

#[test]
fn other_format_versions_are_refused_clearly() {
    let (_dir, path) = temp_file("g.json", br#"{"negograph": 2, "title": "x"}"#);
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("format version 2;"))
        .stderr(predicate::str::contains("1.1"));
    for (version, reads) in [
        ("1", true),
        ("1.1", true),
        ("1.2", true),
        ("1.3", false),
        ("0", false),
    ] {
        let text = format!(r#"{{"negograph": {version}, "title": "x"}}"#);
        let (_dir, path) = temp_file("g.json", text.as_bytes());
        let run = negograph().arg("-f").arg(&path).arg("check").assert();
        if reads {
            run.success();
        } else {
            run.code(1).stderr(predicate::str::contains(format!(
                "format version {version};"
            )));
        }
    }
}

#[test]
fn hostile_files_never_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_extra = format!(
        "{{\"negograph\": 1, \"title\": \"t\", \"x\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "the file is empty"),
        ("spaces", b"   \n ".to_vec(), "the file is empty"),
        (
            "not utf8",
            b"{\"negograph\": 1, \"title\": \"\xff\xfe\"}".to_vec(),
            "not UTF-8",
        ),
        ("deep", deep.into_bytes(), "expected a negograph graph"),
        ("array", b"[]".to_vec(), "a negograph graph"),
        ("null", b"null".to_vec(), "a negograph graph"),
        (
            "trailing",
            b"{\"negograph\":1,\"title\":\"t\"} x".to_vec(),
            "trailing characters",
        ),
    ];
    for (name, bytes, expected) in cases {
        let (_dir, path) = temp_file("g.json", &bytes);
        let out = negograph()
            .arg("-f")
            .arg(&path)
            .arg("check")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains(expected),
            "{name}: expected '{expected}' in {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{name}");
    }
    // Another tool's field is kept as its text, never parsed into values:
    // however deep, it costs no recursion (it used to stop at serde_json's
    // recursion limit) and reads as any other field.
    let (_dir, path) = temp_file("g.json", deep_extra.as_bytes());
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .assert()
        .success();
}

#[test]
fn a_huge_label_is_refused_with_the_limit() {
    let mut d = base();
    d["nodes"][2]["label"] = json!("x".repeat(100 * 1024 * 1024));
    let (code, report) = check_json(&d);
    assert_eq!(code, 1);
    let diag = find(&report, "too-long");
    assert!(
        diag["message"]
            .as_str()
            .unwrap()
            .contains("the limit is 500")
    );
}

#[test]
fn files_over_the_size_limit_are_refused_before_reading() {
    let text = serde_json::to_string(&base()).unwrap();
    let (_dir, path) = temp_file("g.json", text.as_bytes());
    negograph()
        .arg("-f")
        .arg(&path)
        .args(["--max-file-size", "100", "check"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("over the 100-byte limit"));
}

#[test]
fn missing_files_and_directories_are_io_errors() {
    negograph()
        .args(["-f", "/nonexistent/graph.json", "check"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read /nonexistent/graph.json",
        ));
    let dir = tempfile::tempdir().unwrap();
    negograph()
        .arg("-f")
        .arg(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("directory"));
}

#[test]
fn every_error_is_reported_in_one_run() {
    let mut d = base();
    d["nodes"][0]["kind"] = json!("x");
    d["nodes"][1]["id"] = json!("p");
    d["edges"][0]["relation"] = json!("y");
    d["edges"][1]["until"] = json!("not a date");
    let (_, report) = check_json(&d);
    let errors = codes(&report, "error");
    for code in [
        "unknown-kind",
        "duplicate-id",
        "unknown-relation",
        "bad-date",
    ] {
        assert!(
            errors.contains(&code.to_owned()),
            "{code} missing from {errors:?}"
        );
    }
}

#[test]
fn a_graph_of_200k_edges_checks_in_one_pass() {
    let n = 50_000;
    let mut nodes = Vec::with_capacity(n);
    for i in 0..n {
        let kind = if i % 10 == 0 { "party" } else { "demand" };
        nodes.push(json!({"id": format!("n{i}"), "kind": kind, "label": format!("Node {i}")}));
    }
    let mut edges = Vec::with_capacity(200_000);
    for i in 0..200_000usize {
        let party = (i % (n / 10)) * 10;
        let target = (i * 7919) % n;
        let target = if target % 10 == 0 { target + 1 } else { target };
        edges.push(json!({"from": format!("n{party}"), "relation": "supports", "to": format!("n{target}"), "source": "src"}));
    }
    let d = json!({"negograph": 1, "title": "big", "sources": [{"id": "src", "title": "s"}], "nodes": nodes, "edges": edges});
    let (code, report) = check_json(&d);
    assert_eq!(report["counts"]["edges"], 200_000);
    assert!(code == 0 || code == 1, "{code}");
}

#[test]
fn an_alias_naming_a_later_node_is_a_warning_too() {
    let mut d = base();
    // "D" normalises to "d", the id of a node after 'q' in the file; "P" names 'p' before it.
    d["nodes"][1]["aliases"] = json!(["D", "P", "q"]);
    let (code, report) = check_json(&d);
    assert_eq!(code, 0, "{report:#}");
    let messages: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["code"] == "ambiguous-name")
        .map(|w| w["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        vec![
            "alias 'D' of 'q' also names 'd'",
            "alias 'P' of 'q' also names 'p'"
        ]
    );
}

#[test]
fn an_alias_naming_another_node_is_a_warning() {
    let mut d = base();
    // "The Q" normalises to "q", the id of another node.
    d["nodes"][2]["aliases"] = json!(["The Q", "unique name"]);
    let (code, report) = check_json(&d);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(codes(&report, "warning"), vec!["ambiguous-name"]);
    let w = find(&report, "ambiguous-name");
    assert_eq!(w["path"], "nodes[2].aliases[0]");
    assert!(
        w["message"]
            .as_str()
            .unwrap()
            .contains("alias 'The Q' of 'd' also names 'q'"),
        "{w}"
    );
}

#[test]
fn a_label_of_only_invisible_characters_is_warned() {
    // A label of zero-width spaces passed: not empty, yet it shows nothing.
    let mut d = base();
    d["nodes"][2]["label"] = json!("\u{200B}\u{200B}");
    d["nodes"][3]["aliases"] = json!(["\u{2066}\u{2069}\u{FEFF}", "visible\u{200B}"]);
    let (code, report) = check_json(&d);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(
        codes(&report, "warning"),
        ["invisible-name", "invisible-name"]
    );
    let warnings: Vec<(&str, &str)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["path"].as_str().unwrap(), w["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        warnings,
        [
            (
                "nodes[2].label",
                "label of 'd' shows nothing: it is only invisible characters (U+200B)"
            ),
            (
                "nodes[3].aliases[0]",
                "alias of 'c' shows nothing: it is only invisible characters (U+2066 U+2069 U+FEFF)"
            ),
        ]
    );
}

#[test]
fn names_that_look_alike_but_differ_are_warned() {
    // Cyrillic "А" (U+0410) and "а" (U+0430) for Latin "A" and "a": the same
    // on screen, a different node for a look-up.
    let mut d = base();
    d["nodes"][0]["label"] = json!("Alliance");
    d["nodes"][1]["label"] = json!("\u{410}lli\u{430}nce");
    // A look-alike within one node misleads no one; the same name on two
    // nodes is an ambiguity, reported as such, not as a look-alike.
    d["nodes"][2]["aliases"] = json!(["Sanctions", "S\u{430}nctions"]);
    d["nodes"][3]["aliases"] = json!(["modern", "Alliance"]);
    // "rn" looks like "m" (UTS #39 folds it so), ASCII or not.
    d["nodes"][0]["aliases"] = json!(["rnodern"]);
    let (code, report) = check_json(&d);
    assert_eq!(code, 0, "{report:#}");
    let found: Vec<(&str, &str, &str)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["code"].as_str().unwrap(),
                w["path"].as_str().unwrap(),
                w["message"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "ambiguous-name",
                "nodes[3].aliases[1]",
                "alias 'Alliance' of 'c' also names 'p'"
            ),
            (
                "confusable-name",
                "nodes[1].label",
                "label 'Аlliаnce' of 'q' looks like label 'Alliance' of 'p' but is spelled differently (U+0410 U+0430)"
            ),
            (
                "confusable-name",
                "nodes[3].aliases[0]",
                "alias 'modern' of 'c' looks like alias 'rnodern' of 'p' but is spelled differently (characters that look alike)"
            ),
        ]
    );
}

#[test]
fn edges_may_come_before_nodes_in_the_file() {
    // The loader resolves ends while it reads, which needs the nodes first; a
    // hand-written file may list edges first, and their ends then resolve
    // once the nodes are read.
    let text = r#"{"negograph": 1, "title": "edges first",
        "edges": [{"from": "p", "relation": "demands", "to": "d", "source": "src"},
                  {"from": "p", "relation": "demands", "to": "nowhere", "source": "src"}],
        "sources": [{"id": "src", "title": "A source"}],
        "nodes": [{"id": "p", "kind": "party", "label": "P"}, {"id": "d", "kind": "demand", "label": "D"}]}"#;
    let (code, report) = check_text(text);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(codes(&report, "error"), vec!["unknown-node"]);
    assert_eq!(find(&report, "unknown-node")["path"], "edges[1].to");

    let fixed = text.replace("\"nowhere\"", "\"d\"");
    let (_dir, path) = temp_file("g.json", fixed.as_bytes());
    negograph()
        .arg("-f")
        .arg(&path)
        .args(["who", "d"])
        .assert()
        .success()
        .stdout(predicates::str::contains("P"));
}
