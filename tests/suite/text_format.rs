//! The text format (`.neg`) through the real binary: `convert` both ways on
//! every fixture, every command reading `-f talks.neg`, `apply`, edits of a
//! `.neg` graph, and hand-made bad files, each refused at its line and
//! column with nothing written.

use std::path::{Path, PathBuf};

use crate::common::{self, fails, negograph, run_ok, succeeds};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

pub(crate) fn neg(name: &str) -> PathBuf {
    repo().join("tests/data/neg").join(name)
}

/// Every graph fixture in JSON: the bundled graphs, the examples, the test
/// data, and the hand-made graphs the tests share, written to `dir`.
pub(crate) fn fixtures(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for folder in ["graph", "graph/examples", "tests/data"] {
        for entry in std::fs::read_dir(repo().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    let shared = [
        ("talks-1-1", common::talks_1_1()),
        ("two-proposals", common::two_proposals()),
        ("star", common::star_graph(30)),
    ];
    for (name, doc) in shared {
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
        files.push(path);
    }
    files.sort();
    assert!(files.len() >= 7, "{files:?}");
    files
}

pub(crate) fn convert(from: &Path, to: &Path) {
    negograph()
        .arg("convert")
        .arg(from)
        .arg(to)
        .assert()
        .success();
}

#[test]
fn json_to_text_to_json_gives_the_same_graph_for_every_fixture() {
    let dir = tempfile::tempdir().unwrap();
    for (i, json) in fixtures(dir.path()).iter().enumerate() {
        let text = dir.path().join(format!("{i}.neg"));
        let back = dir.path().join(format!("{i}.back.json"));
        let again = dir.path().join(format!("{i}.again.neg"));
        convert(json, &text);
        convert(&text, &back);
        convert(&back, &again);
        let original = std::fs::read_to_string(json).unwrap();
        let doc = negograph::load::parse_document("fixture", &original).unwrap();
        let canonical = negograph::load::to_canonical_json(&doc);
        let back = std::fs::read_to_string(&back).unwrap();
        assert_eq!(
            back,
            canonical,
            "{} changed on its way through text",
            json.display()
        );
        assert_eq!(
            std::fs::read_to_string(&text).unwrap(),
            std::fs::read_to_string(&again).unwrap(),
            "{}: the text is not the same both times",
            json.display()
        );
    }
}

#[test]
fn the_text_is_shorter_than_the_json() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("istanbul.neg");
    convert(&common::builtin_graph_path(), &text);
    let json = std::fs::read_to_string(common::builtin_graph_path()).unwrap();
    let text = std::fs::read_to_string(&text).unwrap();
    // 11,908 characters in 330 lines as JSON, 7,293 in 57 as text when written.
    assert!(text.chars().count() * 10 < json.chars().count() * 7);
    assert!(text.lines().count() * 4 < json.lines().count());
}

/// The same command on the JSON graph and on its text: the same output,
/// apart from the file's name.
#[test]
fn every_command_reads_a_neg_graph_as_its_json() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("talks.json");
    let text = dir.path().join("talks.neg");
    std::fs::write(
        &json,
        serde_json::to_string_pretty(&common::talks_1_1()).unwrap(),
    )
    .unwrap();
    convert(&json, &text);
    let commands: &[&[&str]] = &[
        &["show"],
        &["show", "deal"],
        &["blockers", "deal", "--all-time"],
        &["who", "truce-60"],
        &["responses", "--json"],
        &["check", "--json"],
        &["compare", "--json"],
        &["timeline"],
        &["dot"],
    ];
    for args in commands {
        let out = |file: &Path| {
            let out = negograph()
                .arg("-f")
                .arg(file)
                .args(*args)
                .output()
                .unwrap();
            (
                out.status.code(),
                String::from_utf8(out.stdout)
                    .unwrap()
                    .replace("talks.neg", "talks.json"),
            )
        };
        assert_eq!(out(&text), out(&json), "negograph {args:?}");
    }
}

#[test]
fn a_hand_written_graph_reads_with_names_a_current_source_and_terms() {
    let shown = common::json_ok(&neg("talks.neg"), &["show", "deal"]);
    let text = shown.to_string();
    assert!(
        text.contains("raise-4") && text.contains("review"),
        "{text}"
    );
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("talks.json");
    convert(&neg("talks.neg"), &json);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let edges = doc["edges"].as_array().unwrap();
    let find = |from: &str, rel: &str, to: &str| {
        edges
            .iter()
            .find(|e| e["from"] == from && e["relation"] == rel && e["to"] == to)
            .unwrap_or_else(|| panic!("no {from} {rel} {to} in {doc}"))
    };
    // "the union" (an alias) and "Dockers" (another, in another case) are the union.
    assert_eq!(find("union", "demands", "raise")["source"], "wire-0401");
    assert_eq!(
        find("union", "demands", "automation-pause")["quote"],
        "no new cranes"
    );
    // A term under the proposal, citing the current source (the last `source` line).
    let term = find("raise-4", "part_of", "deal");
    assert_eq!(
        (&term["source"], &term["quote"]),
        (&"wire-0405".into(), &"a 4 percent raise".into())
    );
    let review = find("review", "part_of", "deal");
    assert_eq!(review["citations"][0]["speaker"], "a ministry spokeswoman");
    // Two citations: the claim's line and an indented one.
    let rejects = find("port", "rejects", "raise");
    assert_eq!(rejects["citations"][0]["source"], "wire-0401");
    assert_eq!(rejects["citations"][1]["source"], "wire-0405");
    let counters = find("port", "counters", "raise");
    assert_eq!(
        (&counters["with"], &counters["since"]),
        (&"deal".into(), &"2025-04-03".into())
    );
    assert_eq!(counters["disputed_by"][0], "union");
    assert_eq!(
        counters["note"],
        "The union says the package is the ministry's, not the port's."
    );
    let threat = find("union", "threatens", "walkout");
    assert_eq!(
        (&threat["target"], &threat["trigger"]),
        (&"port".into(), &"raise".into())
    );
    assert_eq!(find("union", "accepts", "deal")["source"], "wire-0405");
    let deal = doc["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "deal")
        .unwrap();
    assert_eq!(deal["status_history"][0]["status"], "met");
    assert_eq!(deal["status_history"][0]["source"], "wire-0405");
}

/// (file, line:column, words of the message): each refused with exit 1.
const BAD: &[(&str, &str, &str)] = &[
    (
        "bad-relation.neg",
        "4:3",
        "unknown relation 'demnds'; did you mean `demands`?",
    ),
    (
        "bad-name.neg",
        "4:1",
        "no node is named 'Mosow'; did you mean 'russia' (Russia)?",
    ),
    ("bad-quote.neg", "5:13", "not closed"),
    (
        "bad-ambiguous.neg",
        "5:11",
        "'ceasefire' could be 'd1' (30-day ceasefire) or 'd2'",
    ),
    ("bad-date.neg", "3:18", "'2025-13-01' is not a date"),
    ("bad-indent.neg", "1:3", "an indented line adds to"),
    ("bad-notitle.neg", "1:1", "a graph needs a title"),
    ("bad-field.neg", "4:11", "is 'sinse' a misspelt `since`?"),
];

#[test]
fn bad_files_are_refused_at_their_line_and_column() {
    for (file, at, words) in BAD {
        // Run beside the file, so that the message names it briefly and
        // is not wrapped for a long path.
        let err = fails(
            negograph().current_dir(neg("")).args(["-f", file, "show"]),
            1,
        );
        assert!(err.contains(&format!("{file}:{at}: ")), "{file}: {err}");
        assert!(err.contains(words), "{file}: {err}");
        assert!(err.contains("bad-text"), "{file}: {err}");
        // check says the same, in JSON too.
        let out = negograph()
            .arg("-f")
            .arg(neg(file))
            .args(["check", "--json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{file}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let d = &report["diagnostics"][0];
        assert_eq!(format!("{}:{}", d["line"], d["column"]), *at, "{file}");
        assert_eq!(d["code"], "bad-text");
        // convert writes nothing.
        let dir = tempfile::tempdir().unwrap();
        let out_file = dir.path().join("out.json");
        let out = negograph()
            .arg("convert")
            .arg(neg(file))
            .arg(&out_file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{file}");
        assert!(!out_file.exists(), "{file}: convert wrote a file");
    }
}

#[test]
fn a_well_formed_file_that_breaks_a_rule_is_checked_at_its_line() {
    let out = negograph()
        .arg("-f")
        .arg(neg("bad-kinds.neg"))
        .args(["check", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &report["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["line"].as_u64()),
        (Some("wrong-kinds"), Some(5))
    );
    let out = negograph()
        .arg("-f")
        .arg(neg("bad-kinds.neg"))
        .arg("check")
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad-kinds.neg:5:1:") && err.contains("d demands a"),
        "{err}"
    );
}

/// A copy of the hand-made graph as JSON, for `apply` to change.
fn talks_json(dir: &Path) -> PathBuf {
    let json = dir.join("talks.json");
    convert(&neg("talks.neg"), &json);
    json
}

#[test]
fn apply_merges_new_nodes_claims_and_citations() {
    let dir = tempfile::tempdir().unwrap();
    let json = talks_json(dir.path());
    let before = std::fs::read_to_string(&json).unwrap();
    let out = negograph()
        .arg("-f")
        .arg(&json)
        .arg("apply")
        .arg(neg("fragment.neg"))
        .arg("--dry-run")
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("+      \"id\": \"ferries\","), "{said}");
    assert!(said.contains("dry run: nothing was written"), "{said}");
    assert_eq!(std::fs::read_to_string(&json).unwrap(), before);

    let out = succeeds(
        negograph()
            .arg("-f")
            .arg(&json)
            .arg("apply")
            .arg(neg("fragment.neg")),
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        said,
        "added source 'wire-0407' (Ferries join)\n\
         added party 'ferries' (Ferry crews)\n\
         linked ferries supports raise\n\
         added 1 citation to port rejects raise (3 in all)\n"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let edges = doc["edges"].as_array().unwrap();
    let supports = edges.iter().find(|e| e["relation"] == "supports").unwrap();
    assert_eq!(
        (&supports["source"], &supports["quote"]),
        (
            &"wire-0407".into(),
            &"the ferry crews backed the dockers".into()
        )
    );
    let rejects = edges.iter().find(|e| e["relation"] == "rejects").unwrap();
    assert_eq!(
        rejects["citations"][2]["quote"],
        "the port refused once more"
    );
    // Applying it again changes nothing: the source and the node are
    // written as the graph has them, the claims are recorded with these
    // citations, and the file is left byte for byte.
    let before = std::fs::read(&json).unwrap();
    let again = run_ok(&json, &["apply", neg("fragment.neg").to_str().unwrap()]);
    assert!(
        again.ends_with("no change: the file already says this\n"),
        "{again}"
    );
    assert_eq!(std::fs::read(&json).unwrap(), before);
}

#[test]
fn a_bad_fragment_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let json = talks_json(dir.path());
    let before = std::fs::read_to_string(&json).unwrap();
    // A name that fits no node: refused at its line and column.
    let err = fails(
        negograph()
            .arg("-f")
            .arg(&json)
            .arg("apply")
            .arg(neg("bad-fragment.neg")),
        1,
    );
    assert!(
        err.contains("bad-fragment.neg:2:18: no node is named 'nowhere-node'"),
        "{err}"
    );
    // Well formed but breaking a rule: refused whole by validation.
    let err = fails(
        negograph()
            .arg("-f")
            .arg(&json)
            .arg("apply")
            .arg(neg("bad-fragment-kinds.neg")),
        1,
    );
    assert!(err.contains("wrong-kinds"), "{err}");
    // A fragment may not set the title.
    let (_guard, titled) = common::temp_file("titled.neg", b"title Another\n");
    assert!(
        fails(
            negograph().arg("-f").arg(&json).arg("apply").arg(&titled),
            1,
        )
        .contains("titled.neg:1:1: a fragment for `apply` cannot change the graph's title")
    );
    assert_eq!(std::fs::read_to_string(&json).unwrap(), before);
}

#[test]
fn edits_keep_a_canonical_neg_graph_in_text_and_refuse_a_hand_written_one() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("talks.neg");
    convert(&neg("talks.neg"), &text);
    negograph()
        .arg("-f")
        .arg(&text)
        .arg("apply")
        .arg(neg("fragment.neg"))
        .assert()
        .success();
    run_ok(
        &text,
        &["add", "party", "pilots", "--label", "Harbour pilots"],
    );
    let after = std::fs::read_to_string(&text).unwrap();
    assert!(
        after.contains("\nparty ferries \"Ferry crews\" aka ferrymen\n"),
        "{after}"
    );
    assert!(
        after.contains("\nparty pilots \"Harbour pilots\"\n"),
        "{after}"
    );
    assert!(
        after.contains(
            "\n@wire-0407\nferries supports raise \"the ferry crews backed the dockers\"\n"
        ),
        "{after}"
    );
    // Still canonical: converting it changes nothing.
    let again = dir.path().join("again.neg");
    convert(&text, &again);
    assert_eq!(std::fs::read_to_string(&again).unwrap(), after);
    // The hand-written file has comments: refused, untouched.
    let hand = dir.path().join("hand.neg");
    std::fs::copy(neg("talks.neg"), &hand).unwrap();
    let before = std::fs::read_to_string(&hand).unwrap();
    let err = fails(
        negograph().arg("-f").arg(&hand).args([
            "add",
            "party",
            "ferries",
            "--label",
            "Ferry crews",
        ]),
        2,
    );
    assert!(
        err.contains("not in the canonical text form") && err.contains("convert"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&hand).unwrap(), before);
}

#[test]
fn convert_refuses_its_input_and_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let json = talks_json(dir.path());
    let out = negograph()
        .arg("convert")
        .arg(&json)
        .arg(&json)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = dir.path().join("talks.neg");
    std::fs::write(&text, "keep me").unwrap();
    let out = negograph()
        .arg("convert")
        .arg(&json)
        .arg(&text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("--force"));
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "keep me");
    negograph()
        .arg("convert")
        .arg(&json)
        .arg(&text)
        .arg("--force")
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&text)
            .unwrap()
            .starts_with("negograph 1.1\ntitle ")
    );
}

#[test]
fn new_writes_the_format_of_its_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("talks.neg");
    negograph()
        .arg("new")
        .arg(&text)
        .args(["--title", "Talks"])
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&text).unwrap(),
        "negograph 1\ntitle Talks\n"
    );
    negograph()
        .arg("-f")
        .arg(&text)
        .arg("check")
        .assert()
        .success();
}

#[test]
fn hostile_text_is_refused_or_read_quickly_and_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("nul", b"title \0\nparty a \0\n".to_vec()),
        (
            "long-line",
            format!("title T\nparty a \"{}\"\n", "x".repeat(1 << 20)).into_bytes(),
        ),
        (
            "many-words",
            format!("title T\nparty a A\n{}demands a\n", "w ".repeat(200_000)).into_bytes(),
        ),
        (
            "many-lines",
            "title T\nparty a A\n  note x\n".repeat(50_000).into_bytes(),
        ),
        (
            "many-quotes",
            format!("title T\n{}\n", "\"".repeat(100_001)).into_bytes(),
        ),
        ("escapes", b"title \"\\ud800\"\n".to_vec()),
        ("crlf", b"title T\r\nparty a A\r\n".to_vec()),
        ("not-utf8", b"title \xff\n".to_vec()),
        ("only-comments", b"# nothing\n# at all\n".to_vec()),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(format!("{name}.neg"));
        std::fs::write(&path, &bytes).unwrap();
        let started = std::time::Instant::now();
        let out = negograph()
            .arg("-f")
            .arg(&path)
            .arg("check")
            .output()
            .unwrap();
        let code = out.status.code();
        assert!(matches!(code, Some(0..=2)), "{name}: {code:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(
            started.elapsed().as_secs() < 20,
            "{name} took {:?}",
            started.elapsed()
        );
    }
}

/// The page's example is `graph/examples/one-of-each.neg`, and it is the
/// graph of docs/format.md's JSON example, field for field; the page shows
/// the example fragment as it is.
#[test]
fn the_docs_example_is_the_format_pages_json_example() {
    let page = std::fs::read_to_string(repo().join("docs/text-format.md")).unwrap();
    for shown in [
        "graph/examples/one-of-each.neg",
        "graph/fragments/trade-0322.neg",
        "graph/fragments/trade-0325.neg",
    ] {
        let text = std::fs::read_to_string(repo().join(shown)).unwrap();
        assert!(
            page.contains(&format!("```text\n{text}```")),
            "docs/text-format.md does not show {shown} as it is"
        );
    }
    let format = std::fs::read_to_string(repo().join("docs/format.md")).unwrap();
    let json = format
        .split("```json\n")
        .nth(2)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let from_text = dir.path().join("from-text.json");
    convert(&repo().join("graph/examples/one-of-each.neg"), &from_text);
    let doc = negograph::load::parse_document("format.md", json).unwrap();
    assert_eq!(
        std::fs::read_to_string(&from_text).unwrap(),
        negograph::load::to_canonical_json(&doc)
    );
}

/// A quote written after a list of names (`actor`) is read as one of the
/// names: the message says so and where the quote goes, not a guess at a
/// misspelt keyword among its words ("start" for `status`).
#[test]
fn a_quote_after_a_list_of_names_is_explained() {
    let text = "party ukraine \"Ukraine\"\nsource r \"Report\" 2025-05-02\n@r\n\
                condition opt1 \"Option one\" actor ukraine \"Ukraine is to start a withdrawal\"\n";
    let (_dir, path) = common::temp_file("list.neg", text.as_bytes());
    let err = fails(negograph().arg("-f").arg(&path).arg("show"), 1);
    // The message wraps at the terminal's width: read it as one line.
    let said = err
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        said.contains("list.neg:4:43: no node is named 'Ukraine is to start a withdrawal': the names after `actor` run to the next keyword"),
        "{err}"
    );
    assert!(said.contains("write it before `actor`"), "{err}");
    assert!(!err.contains("misspelt"), "{err}");
    // One unknown word in the list: the closest names, and the list rule.
    let text = text.replace(
        "actor ukraine \"Ukraine is to start a withdrawal\"",
        "actor ukriane",
    );
    let (_dir, path) = common::temp_file("list.neg", text.as_bytes());
    let err = fails(negograph().arg("-f").arg(&path).arg("show"), 1);
    assert!(
        err.contains("no node is named 'ukriane'; did you mean 'ukraine'"),
        "{err}"
    );
    assert!(
        err.contains("a list of names runs to the next keyword"),
        "{err}"
    );
}

/// Found by a new user: `by` added in a fragment to a claim the graph
/// records makes a second claim (who holds a claim is part of it); `apply`
/// says so, and how to change the recorded one instead.
#[test]
fn apply_says_when_a_holder_makes_a_second_claim() {
    let doc = common::doc(
        &[("p", "party"), ("pr", "proposal"), ("t", "condition")],
        vec![common::edge("t", "part_of", "pr")],
    );
    let (dir, json) = common::temp_file("g.json", doc.to_string().as_bytes());
    let fragment = dir.path().join("more.neg");
    std::fs::write(&fragment, "@src\nt part_of pr by p \"the term\"\n").unwrap();
    let said = run_ok(&json, &["apply", fragment.to_str().unwrap()]);
    assert!(
        said.contains("linked t part_of pr (by p) (a new claim beside the recorded one, no holder named; to change that one, use `set-edge`)"),
        "{said}"
    );
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(saved["edges"].as_array().unwrap().len(), 2);
}

/// A line indented deeper than a term line adds a citation to the term's
/// `part_of` claim, as an indented line does under a claim (a new user's
/// second quote for a term was refused as "unexpected").
#[test]
fn a_deeper_line_under_a_term_cites_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("terms.neg");
    std::fs::write(
        &text,
        "negograph 1.1\ntitle t\nsource s \"S\" 2025-01-01\nparty a \"A\"\n\
         proposal p \"P\"\n  demand d1 \"D one\"  \"first quote\"\n    \"second quote\"\n\
         \x20 term d1  \"third\"\na proposes p  \"a proposes\"\n",
    )
    .unwrap();
    let json = dir.path().join("terms.json");
    convert(&text, &json);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let quotes: Vec<&str> = doc["edges"][0]["citations"]
        .as_array()
        .expect("two citations on d1 part_of p")
        .iter()
        .map(|c| c["quote"].as_str().unwrap())
        .collect();
    assert_eq!(quotes, ["first quote", "second quote"]);
    // The `term` line at the term's indent is a claim of its own again.
    assert_eq!(doc["edges"][1]["quote"], "third");
}
