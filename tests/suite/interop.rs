//! Export and import through the real binary and the library, no engine
//! needed: the CSV round trip, every import problem placed at file, line and
//! column, whole-or-nothing writes, determinism, `--as-of`, the Neo4j
//! script's shape with hostile text, and `--cypher` on the command line.
//! (`tests/interop_engines.rs` runs the exports in LadybugDB, FalkorDB and
//! networkx.)

use crate::common;
use crate::interop_common;

use std::path::Path;

use common::{negograph, temp_file};
use interop_common::{HOSTILE, load, random_graph};
use negograph::interop::import::{CsvPaths, ImportError, import};
use negograph::interop::{self, Format};
use negograph::model::Document;
use predicates::prelude::*;
use serde_json::Value;

/// A document with its edges' ends written as ids, for comparing two graphs.
fn normalised(doc: &Document) -> Value {
    let text = negograph::load::to_canonical_json(doc);
    let mut v: Value = serde_json::from_str(&text).unwrap();
    // The CSV form holds no version; the file says the one its content needs.
    v["negograph"] = Value::Null;
    v
}

fn csv_paths(dir: &Path) -> CsvPaths {
    CsvPaths {
        nodes: dir.join("nodes.csv"),
        edges: dir.join("edges.csv"),
        sources: Some(dir.join("sources.csv")),
        status: Some(dir.join("status.csv")),
        graph: Some(dir.join("graph.csv")),
    }
}

#[test]
fn the_csv_form_gives_back_the_same_graph() {
    for seed in 0..40 {
        let original = load(&random_graph(seed, seed % 2 == 1));
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("csv");
        interop::export(&original, Format::Csv, None, &folder, false).unwrap();
        let back = match import(&csv_paths(&folder), None, 1 << 30) {
            Ok(imported) => imported.graph,
            Err(ImportError::Invalid(problems)) => panic!("seed {seed}: {problems:#?}"),
            Err(ImportError::Io(e)) => panic!("seed {seed}: {e}"),
        };
        assert_eq!(
            normalised(back.document()),
            normalised(original.document()),
            "seed {seed}"
        );
    }
}

#[test]
fn export_then_import_through_the_binary_answers_the_same() {
    let builtin = load(&serde_json::from_str(negograph::load::BUILTIN_GRAPH).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("istanbul-csv");
    negograph()
        .args(["export", "--format", "csv", "-o"])
        .arg(&folder)
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "exported {} nodes and {} claims",
            builtin.node_count(),
            builtin.edge_count()
        )));
    let back = dir.path().join("back.json");
    negograph()
        .arg("import")
        .arg("--nodes")
        .arg(folder.join("nodes.csv"))
        .arg("--edges")
        .arg(folder.join("edges.csv"))
        .arg("--sources")
        .arg(folder.join("sources.csv"))
        .arg("-o")
        .arg(&back)
        .args(["--title", "Istanbul 2025, round trip"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "imported {} nodes, {} claims and 1 source",
            builtin.node_count(),
            builtin.edge_count(),
        )));
    assert_eq!(builtin.document().sources.len(), 1);
    for args in [
        &["blockers", "ceasefire-30d", "--as-of", "2025-05-12"][..],
        &["requires", "direct talks", "--all-time"],
        &["stance", "russia", "--as-of", "2025-05-11"],
        &["who", "ceasefire-30d", "--all-time"],
        &["deadlocks", "--all-time"],
    ] {
        let original = negograph().args(args).arg("--json").output().unwrap();
        let again = negograph()
            .arg("-f")
            .arg(&back)
            .args(args)
            .arg("--json")
            .output()
            .unwrap();
        assert!(original.status.success() && again.status.success());
        assert_eq!(original.stdout, again.stdout, "{args:?}");
    }
}

/// Runs `import` on the given nodes and edges CSV text; returns (exit code, stderr, output path).
fn import_csv(nodes: &str, edges: &str) -> (i32, String, tempfile::TempDir) {
    let (dir, nodes_path) = temp_file("nodes.csv", nodes.as_bytes());
    std::fs::write(dir.path().join("edges.csv"), edges).unwrap();
    std::fs::write(
        dir.path().join("sources.csv"),
        "id,title,date\nsrc,A source,2025-05-01\n",
    )
    .unwrap();
    let out = negograph()
        .current_dir(dir.path())
        .args([
            "import",
            "--nodes",
            "nodes.csv",
            "--edges",
            "edges.csv",
            "--sources",
            "sources.csv",
            "-o",
            "g.json",
        ])
        .output()
        .unwrap();
    let _ = nodes_path;
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        dir,
    )
}

#[test]
fn every_import_problem_is_placed_at_file_line_and_column() {
    // Line 3 holds a cell with a line break, so the rows after it start a
    // line later than their number.
    let nodes = "\u{feff}id,kind,label,status,since\n\
                 russia,party,Russia,,\n\
                 ceasefire,demand,\"30-day\nceasefire\",,\n\
                 aid-pause,condtion,Aid pause,,\n\
                 talks,demand,Talks,done,2025-13-01\n";
    let edges = "from,relation,to,by,source,quote\n\
                 ceasefire,conditions_on,aid-pause,russia,src,words\n\
                 russa,rejects,talks,,src,words\n\
                 ceasefire,conditions_on,talks,,src,words\n";
    let (code, stderr, dir) = import_csv(nodes, edges);
    assert_eq!(code, 1, "{stderr}");
    for expected in [
        "nodes.csv:5:2 (kind): error[unknown-kind]: ",
        "nodes.csv:6:4 (status): error[unknown-status]: ",
        "nodes.csv:6:5 (since): error[bad-date]: ",
        "edges.csv:3:1 (from): error[unknown-node]: ",
        "did you mean 'russia'",
        "edges.csv:4:",
        "nothing was written",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
    assert!(!dir.path().join("g.json").exists());
}

#[test]
fn a_broken_header_or_row_is_reported_before_anything_else() {
    let (code, stderr, dir) = import_csv(
        "id,kind,lable,colour\nrussia,party,Russia,red\n",
        "from,relation\nrussia,member_of,russia,extra,cells\n",
    );
    assert_eq!(code, 1, "{stderr}");
    for expected in [
        "nodes.csv:1:3 (lable): error[unknown-column]: unknown column 'lable'; did you mean 'label'?",
        "nodes.csv:1:4 (colour): error[unknown-column]",
        "nodes.csv:1: error[missing-column]: the header has no 'label' column",
        "edges.csv:1: error[missing-column]: the header has no 'to' column",
        "edges.csv:2:3: error[extra-cells]: this row has 5 cells but the header names 2 columns",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
    assert!(!dir.path().join("g.json").exists());
}

#[test]
fn a_list_cell_that_is_not_a_list_is_placed() {
    let (code, stderr, _dir) = import_csv(
        "id,kind,label,aliases\nrussia,party,Russia,\"[\"\"Moscow\"\n",
        "from,relation,to\n",
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("nodes.csv:2:4 (aliases): error[bad-list]"),
        "{stderr}"
    );
}

#[test]
fn import_writes_a_valid_file_only_when_allowed() {
    let nodes = "id,kind,label,aliases\nrussia,party,Russia,Moscow; the Kremlin\nturkey,party,Türkiye,\nceasefire,demand,'=ceasefire,\n";
    let edges = "from,relation,to,source,quote\nrussia,rejects,ceasefire,src,\"exact, \"\"quoted\"\" words\"\n";
    let (code, stderr, dir) = import_csv(nodes, edges);
    assert_eq!(code, 0, "{stderr}");
    // An isolated node is only a warning, placed in nodes.csv.
    assert!(stderr.contains("nodes.csv:3:1 (id): warning["), "{stderr}");
    let written = dir.path().join("g.json");
    let text = std::fs::read_to_string(&written).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        doc["nodes"][0]["aliases"],
        serde_json::json!(["Moscow", "the Kremlin"])
    );
    assert_eq!(
        doc["nodes"][2]["label"], "=ceasefire",
        "the formula guard is removed"
    );
    assert_eq!(doc["edges"][0]["quote"], "exact, \"quoted\" words");
    negograph()
        .arg("-f")
        .arg(&written)
        .arg("check")
        .assert()
        .success();

    // Again: refused without --force, the file untouched; replaced with it.
    let again = |force: bool| {
        let mut cmd = negograph();
        cmd.current_dir(dir.path()).args([
            "import",
            "--nodes",
            "nodes.csv",
            "--edges",
            "edges.csv",
            "--sources",
            "sources.csv",
            "-o",
            "g.json",
        ]);
        if force {
            cmd.arg("--force");
        }
        cmd.output().unwrap()
    };
    let refused = again(false);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&written).unwrap(), text);
    assert!(again(true).status.success());
}

#[test]
fn an_unreadable_csv_is_an_io_error() {
    negograph()
        .args([
            "import",
            "--nodes",
            "/nonexistent/nodes.csv",
            "--edges",
            "e.csv",
            "-o",
            "/tmp/never.json",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read /nonexistent/nodes.csv",
        ));
}

#[test]
fn exports_are_deterministic_and_refuse_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    for (format, name) in [
        ("graphml", "g.graphml"),
        ("cypher", "g.cypher"),
        ("ladybug", "lbug"),
        ("kuzu", "kuzu"),
        ("csv", "csv"),
    ] {
        let read = |path: &Path| -> Vec<(String, Vec<u8>)> {
            if path.is_dir() {
                let mut files: Vec<_> = std::fs::read_dir(path)
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .collect();
                files.sort();
                files
                    .into_iter()
                    .map(|f| {
                        let name = f.strip_prefix(path).unwrap().display().to_string();
                        (name, std::fs::read(f).unwrap())
                    })
                    .collect()
            } else {
                vec![(String::new(), std::fs::read(path).unwrap())]
            }
        };
        let path = dir.path().join(name);
        let export = |force: bool| {
            let mut cmd = negograph();
            cmd.args(["export", "--format", format, "-o"]).arg(&path);
            if force {
                cmd.arg("--force");
            }
            cmd.output().unwrap()
        };
        assert!(export(false).status.success(), "{format}");
        let first = read(&path);
        let refused = export(false);
        assert_eq!(refused.status.code(), Some(2), "{format}");
        assert!(String::from_utf8_lossy(&refused.stderr).contains("pass --force"));
        assert!(export(true).status.success(), "{format}");
        assert_eq!(read(&path), first, "{format}: same graph, same bytes");
        written.push(first);
    }
    // `kuzu`, the format's name before LadybugDB took Kuzu over, still
    // writes the same folder.
    assert!(written[2].len() > 3);
    assert_eq!(written[3], written[2]);
}

#[test]
fn as_of_exports_what_a_query_on_that_day_sees() {
    use negograph::view::{View, ViewSpec, When};
    // A graph whose nodes and claims come and go over ten days.
    let doc = random_graph(11, false);
    let g = load(&doc);
    let (dir, file) = temp_file(
        "dated.json",
        serde_json::to_string(&doc).unwrap().as_bytes(),
    );
    let mut sizes = std::collections::BTreeSet::new();
    for day in ["2025-01-01", "2025-01-05", "2025-01-10"] {
        let view = View::new(
            &g,
            &ViewSpec {
                when: When::On(day.parse().unwrap()),
                ..ViewSpec::default()
            },
        )
        .unwrap();
        let nodes: Vec<String> = view.visible_nodes().map(|n| g.id(n).to_owned()).collect();
        let claims: Vec<(String, String, String)> = view
            .visible_edges()
            .map(|e| {
                let m = g.meta(e);
                (
                    g.id(m.from).to_owned(),
                    m.relation.to_string(),
                    g.id(m.to).to_owned(),
                )
            })
            .collect();
        let folder = dir.path().join(day);
        negograph()
            .arg("-f")
            .arg(&file)
            .args(["export", "--format", "csv", "--as-of", day, "-o"])
            .arg(&folder)
            .assert()
            .success()
            .stdout(predicate::str::contains(format!(
                "exported {} nodes and {} claims as of {day}",
                nodes.len(),
                claims.len()
            )));
        let rows = |file: &str| -> Vec<Vec<String>> {
            let mut reader = csv::Reader::from_path(folder.join(file)).unwrap();
            reader
                .records()
                .map(|r| r.unwrap().iter().map(str::to_owned).collect())
                .collect()
        };
        let got_nodes: Vec<String> = rows("nodes.csv")
            .into_iter()
            .map(|r| r[0].clone())
            .collect();
        let got_claims: Vec<(String, String, String)> = rows("edges.csv")
            .into_iter()
            .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
            .collect();
        assert_eq!(got_nodes, nodes, "{day}");
        assert_eq!(got_claims, claims, "{day}");
        sizes.insert(claims.len());
    }
    assert!(sizes.len() > 1, "the days see different graphs: {sizes:?}");
}

#[test]
fn no_spreadsheet_cell_can_run_as_a_formula() {
    let g = load(&random_graph(5, true));
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("csv");
    interop::export(&g, Format::Csv, None, &folder, false).unwrap();
    let mut cells = 0;
    for file in ["nodes.csv", "edges.csv", "sources.csv"] {
        let mut reader = csv::Reader::from_path(folder.join(file)).unwrap();
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                cells += 1;
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{file}: {cell:?}"
                );
            }
        }
    }
    assert!(cells > 100);
}

/// The string literals of a Cypher statement, unescaped, and the statement
/// with each literal replaced by `$`; panics on a literal that never ends.
fn literals(statement: &str) -> (Vec<String>, String) {
    let mut found = Vec::new();
    let mut shape = String::new();
    let mut chars = statement.chars();
    while let Some(c) = chars.next() {
        if c != '\'' {
            shape.push(c);
            continue;
        }
        let mut text = String::new();
        loop {
            match chars.next().expect("the literal ends") {
                '\'' => break,
                '\\' => match chars.next().expect("an escape") {
                    'n' => text.push('\n'),
                    'r' => text.push('\r'),
                    't' => text.push('\t'),
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        text.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                    }
                    other => text.push(other),
                },
                other => text.push(other),
            }
        }
        found.push(text);
        shape.push('$');
    }
    (found, shape)
}

#[test]
fn the_neo4j_script_has_one_statement_per_claim_and_no_way_out_of_a_literal() {
    let g = load(&random_graph(9, true));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.cypher");
    interop::export(&g, Format::Cypher, None, &path, false).unwrap();
    let script = std::fs::read_to_string(&path).unwrap();
    let mut merges = (0, 0, 0);
    let mut texts = std::collections::HashSet::new();
    let node_shape = regex::Regex::new(
        r"^MERGE \(n:Node \{id: \$\}\) SET n:(Party|Demand|Condition|Proposal|Issue), n = \{[^'{}]*\};$",
    )
    .unwrap();
    let claim_shape = regex::Regex::new(
        r"^MATCH \(a:Node \{id: \$\}\), \(b:Node \{id: \$\}\) MERGE \(a\)-\[r:[A-Z_]+ \{claim: [0-9]+\}\]->\(b\) SET r = \{[^'{}]*\};$",
    )
    .unwrap();
    for line in script.lines() {
        if line.starts_with("//") {
            assert!(!HOSTILE.iter().any(|h| line.contains(h.trim())), "{line}");
            continue;
        }
        let (found, shape) = literals(line);
        texts.extend(found);
        if line.starts_with("MERGE (n:Node") {
            assert!(node_shape.is_match(&shape), "{shape}");
            merges.0 += 1;
        } else if line.starts_with("MATCH (a:Node") {
            assert!(claim_shape.is_match(&shape), "{shape}");
            merges.1 += 1;
        } else if line.starts_with("MERGE (s:Source") || line.starts_with("CREATE CONSTRAINT") {
            merges.2 += 1;
        } else {
            panic!("unexpected statement: {line}");
        }
    }
    // A claim a statement, and a `part_of` claim one more (its HAS_TERM step).
    let part_of = g
        .edge_indices()
        .filter(|&e| g.meta(e).relation == negograph::model::Relation::PartOf)
        .count();
    assert!(part_of > 0, "the graph has terms of proposals");
    assert_eq!(
        merges,
        (
            g.node_count(),
            g.edge_count() + part_of,
            2 + g.document().sources.len()
        )
    );
    // Every hostile text the graph holds is inside a literal, whole.
    for n in g.node_indices() {
        assert!(texts.contains(&g.node(n).label), "{:?}", g.node(n).label);
    }
    for e in g.edge_indices() {
        if let Some(q) = g.edge(e).quote() {
            assert!(texts.contains(q), "{q:?}");
        }
    }
}

#[test]
fn queries_print_their_cypher_in_either_dialect() {
    let builtin = load(&serde_json::from_str(negograph::load::BUILTIN_GRAPH).unwrap());
    negograph()
        .args([
            "blockers",
            "ceasefire-30d",
            "--cypher",
            "--as-of",
            "2025-05-12",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(format!(
            "CALL var_length_extend_max_depth={};\n",
            builtin.node_count()
        )))
        .stdout(predicate::str::contains(format!(
            "(x:Node {{id: 'ceasefire-30d'}})-[e:CONDITIONS_ON|HAS_TERM* SHORTEST 1..{}",
            builtin.node_count()
        )))
        .stdout(predicate::str::contains("date('2025-05-12')"));
    negograph()
        .args(["blockers", "ceasefire-30d", "--cypher=neo4j", "--assume", "western-aid-pause", "--all-time"])
        .assert()
        .success()
        .stdout(predicate::str::contains("MATCH p = ANY SHORTEST (x:Node {id: 'ceasefire-30d'})(()-[r:CONDITIONS_ON|HAS_TERM]->() WHERE NOT r.from_cancelled_all_time AND NOT r.to_settled_all_time AND r.to_id <> 'western-aid-pause')+(y:Node)"))
        .stdout(predicate::str::contains("date(").not());
    // Plain openCypher (FalkorDB; `falkordb` names it too): a
    // variable-length pattern, every step filtered.
    for dialect in ["opencypher", "falkordb"] {
        negograph()
            .args(["blockers", "ceasefire-30d", "--assume", "western-aid-pause", "--all-time"])
            .arg(format!("--cypher={dialect}"))
            .assert()
            .success()
            .stdout(predicate::str::contains(format!(
                "MATCH p = (x:Node {{id: 'ceasefire-30d'}})-[:CONDITIONS_ON|HAS_TERM*1..{}]->(y:Node)\n\
                 WHERE all(r IN relationships(p) WHERE NOT r.from_cancelled_all_time AND NOT r.to_settled_all_time AND r.to_id <> 'western-aid-pause')",
                builtin.node_count()
            )))
            .stdout(predicate::str::contains("SHORTEST").not());
    }
    for args in [
        &["requires", "direct talks", "--cypher"][..],
        &["stance", "Moscow", "--cypher=neo4j"],
        &["who", "ceasefire-30d", "--relation", "supports", "--cypher"],
        &["who", "russia", "--cypher"],
        &[
            "who",
            "ceasefire-30d",
            "--side",
            "against",
            "--cypher=neo4j",
        ],
        &["path", "trump", "sanctions", "--undirected", "--cypher"],
        &[
            "path",
            "ukraine",
            "ceasefire-30d",
            "--all",
            "--max-len",
            "3",
            "--cypher=neo4j",
        ],
    ] {
        negograph()
            .args(args)
            .assert()
            .success()
            .stdout(predicate::str::contains("RETURN"));
    }
    // --cypher answers nothing itself, so it cannot also print JSON.
    negograph()
        .args(["blockers", "ceasefire-30d", "--cypher", "--json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
    negograph()
        .args(["blockers", "ceasefire-30d", "--cypher=sql"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ladybug, neo4j"));
    // Kuzu's name for the dialect LadybugDB kept is still taken.
    let query = |dialect: &str| {
        let out = negograph()
            .args(["blockers", "ceasefire-30d"])
            .arg(format!("--cypher={dialect}"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{dialect}");
        out.stdout
    };
    assert_eq!(query("kuzu"), query("ladybug"));
    negograph()
        .args(["blockers", "Moscow", "--cypher"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("party"));
}

#[test]
fn format_1_1_problems_are_placed_in_their_citation_group_and_status_row() {
    let (dir, _) = temp_file(
        "nodes.csv",
        b"id,kind,label,actor\nrussia,party,Russia,\nceasefire,demand,Ceasefire,russia\ntalks,proposal,Talks,\n",
    );
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "edges.csv",
        "from,relation,to,source,quote,speaker,source_2,quote_2\n\
         russia,rejects,ceasefire,src,words,an aide,nosuch,more words\n\
         ceasefire,part_of,talks,src,words,,,\n",
    );
    write("sources.csv", "id,title\nsrc,A source\n");
    write(
        "status.csv",
        "node,on,status,source\n\
         ceasefire,2025-05-01,met,src\n\
         ceasefire,2025-04-01,open,\n\
         nobody,2025-05-02,met,\n",
    );
    let import = || {
        negograph()
            .current_dir(dir.path())
            .args([
                "import",
                "--nodes",
                "nodes.csv",
                "--edges",
                "edges.csv",
                "--sources",
                "sources.csv",
                "--status",
                "status.csv",
                "-o",
                "g.json",
            ])
            .output()
            .unwrap()
    };
    let out = import();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for expected in [
        "status.csv:4:1 (node): error[unknown-node]: node 'nobody' is not in nodes.csv",
        "edges.csv:2:7 (source_2): error[",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
    // With the stray row gone, the history's order is a finding too, placed
    // at its row of status.csv.
    write(
        "status.csv",
        "node,on,status,source\nceasefire,2025-05-01,met,src\nceasefire,2025-04-01,open,\n",
    );
    write(
        "edges.csv",
        "from,relation,to,source,quote,speaker,source_2,quote_2\n\
         russia,rejects,ceasefire,src,words,an aide,nosuch,more words\n",
    );
    let out = import();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for expected in [
        "edges.csv:2:7 (source_2): error[",
        "status.csv:3:2 (on): error[",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
    assert!(!dir.path().join("g.json").exists());
}
