//! One test per hostile input that once got through, in ripgrep's style: each
//! is named for its issue and case, and says what went wrong before.

use crate::common;
use crate::interop_common;
use crate::regression_support;

use std::time::Duration;

use common::{fails, negograph, temp_file};
use regression_support::cypher_map;

/// Long enough for a debug build on a loaded machine; a hang is minutes.
const PATIENCE: Duration = Duration::from_secs(20);

// Issue 31, case 1: `{"nodes": [x"}"]}` (17 bytes) hung every command, the
// locator adding list items without end (~0.85 GB/s), while it looked for
// where to point the parse error.
#[test]
fn issue31_case1_a_stray_brace_in_a_list_does_not_hang() {
    let (dir, file) = temp_file("hang.json", b"{\"nodes\": [x\"}\"]}\n");
    let out_path = dir.path().join("out.graphml");
    let out_path = out_path.to_str().unwrap();
    for args in [
        &["check"][..],
        &["show", "x"],
        &["blockers", "x"],
        &["add", "party", "p", "--label", "P"],
        &["export", "--format", "graphml", "-o", out_path],
    ] {
        let err = fails(
            negograph()
                .arg("-f")
                .arg(&file)
                .args(args)
                .timeout(PATIENCE),
            1,
        );
        assert!(err.contains("hang.json:1:12"), "{args:?}: {err}");
    }
}

// Issue 31, case 2: folder exports renamed their files one by one and
// locked nothing: two exports to one folder at once left `nodes.csv` of one
// graph and `edges.csv` of the other (10 of 60 pairs, both exit 0), and an
// export killed between renames left new nodes with old claims, which
// `import` read without a word. The folder now holds one export, whole.
#[test]
fn issue31_case2_a_folder_export_is_one_graph_whole_or_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let graphs: Vec<std::path::PathBuf> = (1..=2)
        .map(|seed| {
            let path = dir.path().join(format!("g{seed}.json"));
            negograph()
                .args([
                    "generate",
                    "--edges",
                    "3000",
                    "--seed",
                    &seed.to_string(),
                    "-o",
                ])
                .arg(&path)
                .assert()
                .success();
            path
        })
        .collect();
    let export = |graph: &std::path::Path, format: &str, to: &std::path::Path| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_negograph"));
        cmd.arg("-f")
            .arg(graph)
            .args(["export", "--format", format, "--force", "-o"])
            .arg(to);
        cmd.stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        cmd
    };
    let contents = |folder: &std::path::Path| -> std::collections::BTreeMap<String, Vec<u8>> {
        std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap())
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    };
    for format in ["csv", "kuzu"] {
        let whole: Vec<_> = graphs
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let to = dir.path().join(format!("{format}-ref{i}"));
                assert!(export(g, format, &to).status().unwrap().success());
                contents(&to)
            })
            .collect();
        assert_ne!(whole[0], whole[1]);
        let folder = dir.path().join(format!("{format}-out"));
        assert!(
            export(&graphs[0], format, &folder)
                .status()
                .unwrap()
                .success()
        );
        // Two at once, again and again.
        for round in 0..8 {
            let mut a = export(&graphs[round % 2], format, &folder).spawn().unwrap();
            let mut b = export(&graphs[1 - round % 2], format, &folder)
                .spawn()
                .unwrap();
            assert!(
                a.wait().unwrap().success() && b.wait().unwrap().success(),
                "{format} {round}"
            );
            let now = contents(&folder);
            assert!(
                now == whole[0] || now == whole[1],
                "{format} round {round}: a mix of two exports"
            );
        }
        // Killed at every moment of an export.
        for delay_ms in (0..80).step_by(8) {
            let mut child = export(&graphs[delay_ms / 8 % 2], format, &folder)
                .spawn()
                .unwrap();
            std::thread::sleep(Duration::from_millis(delay_ms as u64));
            let _ = child.kill();
            let _ = child.wait();
            let now = contents(&folder);
            assert!(
                now == whole[0] || now == whole[1],
                "{format}: killed after {delay_ms} ms, a mix"
            );
        }
        // What the killed ones left beside it goes with the next export.
        assert!(
            export(&graphs[0], format, &folder)
                .status()
                .unwrap()
                .success()
        );
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(&format!("{format}-out.negograph-")))
            .collect();
        assert!(left.is_empty(), "{format}: staging folders left: {left:?}");
    }
}

// Issue 31, case 3: a `note` that opened a quote and never closed it took
// every following row into that note, and import exited 0 (x1's note held
// the rows of x2 and x3).
#[test]
fn issue31_case3_csv_import_refuses_an_unclosed_quote() {
    let dir = tempfile::tempdir().unwrap();
    let nodes = dir.path().join("nodes.csv");
    std::fs::write(
        &nodes,
        "id,kind,label,note\nx1,demand,X1,\"opens and never closes\nx2,demand,X2,\nx3,demand,X3,\n",
    )
    .unwrap();
    let edges = dir.path().join("edges.csv");
    std::fs::write(&edges, "from,relation,to,source,quote\n").unwrap();
    let output = dir.path().join("talks.json");
    let out = negograph()
        .args(["import", "--nodes"])
        .arg(&nodes)
        .arg("--edges")
        .arg(&edges)
        .arg("-o")
        .arg(&output)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("nodes.csv:2:14"),
        "file, line and column: {err}"
    );
    assert!(err.contains("never closes"), "{err}");
    assert!(!output.exists(), "nothing is written");
}

// Issue 31, case 4: the Neo4j export dropped each source's `note` and `file`
// (Kuzu kept them; the Istanbul source's "Date inferred..." note was lost).
// Read back field by field: every field of every source, node and claim the
// graph file holds is a property of the same name (or its database name) and
// value in the script.
#[test]
fn issue31_case4_the_neo4j_export_keeps_every_field() {
    let mut doc = common::talks_1_1();
    doc["sources"][1]["file"] = serde_json::json!("ap/0512.txt");
    doc["sources"][1]["note"] = serde_json::json!("it's \"quoted\"\\ and\nbroken \u{1}");
    doc["nodes"][0]["note"] = serde_json::json!("a node's note");
    doc["nodes"][0]["aliases"] = serde_json::json!(["Harakat", "it's"]);
    let (dir, file) = temp_file("talks.json", doc.to_string().as_bytes());
    let script = dir.path().join("talks.cypher");
    negograph()
        .arg("-f")
        .arg(&file)
        .args(["export", "--format", "cypher", "-o"])
        .arg(&script)
        .assert()
        .success();
    let script = std::fs::read_to_string(&script).unwrap();
    for (list, label) in [
        ("sources", "MERGE (s:Source {id: "),
        ("nodes", "MERGE (n:Node {id: "),
    ] {
        for item in doc[list].as_array().unwrap() {
            let id = item["id"].as_str().unwrap();
            let line = script
                .lines()
                .find(|l| l.starts_with(label) && l.contains(&format!("{{id: '{id}'}})")))
                .unwrap_or_else(|| panic!("no statement for {list} {id}"));
            let map = &line[line.find(" = {").unwrap() + 3..line.len() - 1];
            let props = cypher_map(map);
            for (field, value) in item.as_object().unwrap() {
                let mut got = props.get(field).cloned();
                let want = match (field.as_str(), value) {
                    // One actor is a list of one in the databases.
                    ("actor", serde_json::Value::String(_)) => serde_json::json!([value]),
                    // The dated history is one JSON text there.
                    ("status_history", _) => {
                        got = got.map(|g| serde_json::from_str(g.as_str().unwrap()).unwrap());
                        value.clone()
                    }
                    _ => value.clone(),
                };
                assert_eq!(got, Some(want), "{list} {id}: field {field} in {line}");
            }
        }
    }
    // Claims: each is one relationship, its ends in the MATCH, `with` as
    // `counter_offer`, a list of citations as one JSON text (its first also
    // as `source`, `quote`, `speaker` and `citation_note`).
    for (i, edge) in doc["edges"].as_array().unwrap().iter().enumerate() {
        let line = script
            .lines()
            .find(|l| {
                l.contains(&format!(" {{claim: {i}}}]->(b) SET r = ")) && !l.contains(":HAS_TERM ")
            })
            .unwrap_or_else(|| panic!("no statement for claim {i}"));
        let ends = format!(
            "MATCH (a:Node {{id: '{}'}}), (b:Node {{id: '{}'}})",
            edge["from"].as_str().unwrap(),
            edge["to"].as_str().unwrap()
        );
        assert!(line.starts_with(&ends), "claim {i}: {line}");
        let props = cypher_map(&line[line.find(" SET r = {").unwrap() + 9..line.len() - 1]);
        for (field, value) in edge.as_object().unwrap() {
            let (key, want) = match field.as_str() {
                "from" | "to" => continue,
                "with" => ("counter_offer", value.clone()),
                "citations" => {
                    let first = &value[0];
                    for (k, name) in [
                        ("source", "source"),
                        ("quote", "quote"),
                        ("speaker", "speaker"),
                        ("note", "citation_note"),
                    ] {
                        assert_eq!(
                            props.get(name),
                            first.get(k),
                            "claim {i}: first citation's {k}"
                        );
                    }
                    let text = props["citations"].as_str().unwrap();
                    assert_eq!(
                        &serde_json::from_str::<serde_json::Value>(text).unwrap(),
                        value,
                        "claim {i}"
                    );
                    continue;
                }
                other => (other, value.clone()),
            };
            assert_eq!(
                props.get(key),
                Some(&want),
                "claim {i}: field {field} in {line}"
            );
        }
    }
}

// Issue 31, case 5: `-f talks.json dot -o talks.json` replaced the graph with
// its drawing and exited 0; so did a link to it, and `export` or `import`
// onto one of their inputs.
#[test]
fn issue31_case5_an_output_onto_an_input_graph_is_refused() {
    let (dir, file) = temp_file("talks.json", common::two_proposals().to_string().as_bytes());
    let before = std::fs::read(&file).unwrap();
    let link = dir.path().join("link.json");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&file, &link).unwrap();
    let hard = dir.path().join("hard.json");
    std::fs::hard_link(&file, &hard).unwrap();
    let mut targets = vec![file.clone(), hard.clone()];
    if cfg!(unix) {
        targets.push(link.clone());
    }
    for target in &targets {
        for args in [
            &["dot", "-o"][..],
            &["render", "--format", "svg", "-o"],
            &["export", "--format", "graphml", "--force", "-o"],
        ] {
            let out = negograph()
                .arg("-f")
                .arg(&file)
                .args(args)
                .arg(target)
                .output()
                .unwrap();
            assert!(!out.status.success(), "{args:?} {target:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains("an input of this command"), "{err}");
            assert_eq!(std::fs::read(&file).unwrap(), before, "{args:?} {target:?}");
        }
    }
    // A CSV import onto its own nodes file.
    let nodes = dir.path().join("nodes.csv");
    std::fs::write(&nodes, "id,kind,label\np,party,P\n").unwrap();
    let edges = dir.path().join("edges.csv");
    std::fs::write(&edges, "from,relation,to,source,quote\n").unwrap();
    let out = negograph()
        .args(["import", "--nodes"])
        .arg(&nodes)
        .arg("--edges")
        .arg(&edges)
        .arg("--force")
        .arg("-o")
        .arg(&nodes)
        .output()
        .unwrap();
    assert!(!out.status.success(), "{out:?}");
    assert_eq!(
        std::fs::read_to_string(&nodes).unwrap(),
        "id,kind,label\np,party,P\n"
    );
}

// Issue 31, case 6: `check --sources DIR` read a source's `file` outside DIR
// (`../secret.txt`, an absolute path, a link leading out): flagged, then read
// anyway, so "quote not found" told whether a guess occurs in that file.
#[test]
fn issue31_case6_check_sources_never_reads_outside_the_folder() {
    let top = tempfile::tempdir().unwrap();
    let secret = top.path().join("secret.txt");
    std::fs::write(&secret, "the password is swordfish").unwrap();
    let dir = top.path().join("sources");
    std::fs::create_dir(&dir).unwrap();
    let mut files = vec![
        serde_json::json!("../secret.txt"),
        serde_json::json!(secret.to_str().unwrap()),
    ];
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&secret, dir.join("link.txt")).unwrap();
        files.push(serde_json::json!("link.txt"));
    }
    let mut doc = common::doc(&[("p", "party"), ("d", "demand")], vec![]);
    for (i, file) in files.iter().enumerate() {
        let id = format!("s{i}");
        doc["sources"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"id": id, "title": "T", "file": file}));
        doc["edges"].as_array_mut().unwrap().push(serde_json::json!(
            {"from": "p", "relation": "supports", "to": "d", "source": id, "quote": "the password is hunter2"}
        ));
    }
    let (_g, file) = temp_file("talks.json", doc.to_string().as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&file)
        .arg("check")
        .arg("--sources")
        .arg(&dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        !err.contains("quote-not-found"),
        "a text outside was read: {err}"
    );
    assert_eq!(
        err.matches("source-text-outside").count(),
        files.len(),
        "{err}"
    );
}

// Issue 31, case 7: `&` was not escaped in DOT text, and Graphviz decodes
// character references: the label `Party &#1; here` put a raw U+0001 into
// the SVG (not well-formed XML) and `&amp;amp;` showed as `&amp;`.
#[test]
fn issue31_case7_hostile_text_renders_to_well_formed_svg_as_typed() {
    let mut strings: Vec<&str> = interop_common::HOSTILE.to_vec();
    strings.extend([
        "Party &#1; here",
        "&amp;amp;",
        "&#x0; &#xD800; &#65; &lt;b&gt; &unknown; & &; &#;",
        "]; n0 -> n1 [label=\"pwned",
        "`code` | pipe #quot; #35; %% comment",
    ]);
    let mut nodes = vec![serde_json::json!({"id": "p", "kind": "party", "label": "P & Co"})];
    let mut edges = Vec::new();
    for (i, s) in strings.iter().enumerate() {
        nodes.push(
            serde_json::json!({"id": format!("h{i}"), "kind": "demand", "label": s, "note": s}),
        );
        edges.push(serde_json::json!({"from": "p", "relation": "demands", "to": format!("h{i}"), "source": "src", "quote": s}));
    }
    let doc = serde_json::json!({"negograph": 1, "title": "T &#1; &amp;", "sources": [{"id": "src", "title": "S &#1;"}], "nodes": nodes, "edges": edges});
    let (dir, file) = temp_file("hostile.json", doc.to_string().as_bytes());
    for view in [&[][..], &["--quotes"]] {
        let svg_path = common::render_file(Some(&file), dir.path(), "h.svg", view);
        let svg = String::from_utf8(std::fs::read(&svg_path).unwrap()).expect("the SVG is UTF-8");
        // Graphviz's SVG names its DTD; the checks here need no entities of it.
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let xml = roxmltree::Document::parse_with_options(&svg, options)
            .unwrap_or_else(|e| panic!("{view:?}: the SVG is not well-formed XML: {e}"));
        let texts: String = xml
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join("\n");
        for shown in ["Party &#1; here", "&amp;amp;", "P & Co"] {
            assert!(
                texts.contains(shown),
                "{view:?}: {shown:?} not shown as typed in {texts}"
            );
        }
    }
}
