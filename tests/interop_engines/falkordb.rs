//! The Neo4j export run for real by an openCypher server, FalkorDB (embedded
//! by the `falkordblite` package, started by `tests/engines/falkordb_run.py`
//! on no TCP port, bound to 127.0.0.1, and shut down by it within a time
//! limit), and the `--cypher=opencypher` queries
//! asked of it. What FalkorDB does not read of Neo4j's dialect: the script's
//! two `CREATE CONSTRAINT` statements (Neo4j DDL; an index is made instead,
//! and the tests check nothing else was left out), and the queries'
//! `ANY SHORTEST` and quantified path patterns (Neo4j 5.21), which the
//! `opencypher` dialect writes as variable-length patterns.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{Value, json};

use super::{
    Case, Expected, ShortestCheck, cases, check, conditions, covered_blockers, covered_who, helper,
    ids, python,
};
use crate::common::negograph;
use crate::interop_common::{Rng, load, random_graph};
use negograph::interop::cypher::Dialect;
use negograph::interop::{self, Format};
use negograph::model::{NodeKind, Relation};
use negograph::view::{View, ViewSpec, When};
use negograph::{Graph, NodeIx};

/// What FalkorDB made of a script run `runs` times, and the queries' rows.
struct Run {
    /// The statements left out: Neo4j's constraints, once a run.
    skipped: Vec<String>,
    /// After each run: nodes by label and relationships by type.
    counts: Vec<BTreeMap<String, u64>>,
    results: Vec<Vec<Value>>,
}

/// Loads `script` into a fresh FalkorDB `runs` times, then asks `queries`.
fn falkordb(script: &Path, runs: usize, queries: &[String]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    // The server is stopped by the runner at the latest after this long.
    let job = json!({"dir": dir.path(), "script": script, "runs": runs,
                     "seconds": 300, "queries": queries});
    let mut child = Command::new(python())
        .arg(helper("falkordb_run.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python runs");
    serde_json::to_writer(child.stdin.take().unwrap(), &job).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "FalkorDB failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect()
    };
    Run {
        skipped: strings(&answer["skipped"]),
        counts: serde_json::from_value(answer["counts"].clone()).unwrap(),
        results: serde_json::from_value(answer["results"].clone()).unwrap(),
    }
}

/// The labels and types the script must make, and how many of each.
fn expected_counts(g: &Graph) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    let mut add = |name: String| *out.entry(name).or_insert(0) += 1;
    for n in g.node_indices() {
        add("Node".into());
        add(negograph::interop::cypher::kind_label(g.kind(n)));
    }
    for _ in &g.document().sources {
        add("Source".into());
    }
    for e in g.edge_indices() {
        let relation = g.meta(e).relation;
        add(negograph::interop::cypher::rel_type(relation));
        if relation == Relation::PartOf {
            add(negograph::interop::cypher::HAS_TERM.into());
        }
    }
    out
}

/// `text` as FalkorDB stores it from the Neo4j script: it reads `\n`, `\r`,
/// `\t`, `\\` and `\'` as Neo4j does, but keeps `\uXXXX`, the escape the script
/// writes any other control character as, as those six characters.
fn as_falkordb_reads(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t') {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Exports `g` as the Neo4j script, loads it twice into FalkorDB and checks
/// every node and claim came through whole; returns the script's path.
fn loads_whole(g: &Graph, dir: &Path) -> PathBuf {
    let script = dir.join("g.cypher");
    interop::export(g, Format::Cypher, None, &script, true).unwrap();
    let queries = [
        "MATCH (n:Node) RETURN n.id, n.label, n.note, n.aliases, n.kind".to_owned(),
        "MATCH (a:Node)-[r]->(b:Node) WHERE type(r) <> 'HAS_TERM' \
         RETURN r.claim, a.id, r.relation, b.id, r.quote, r.note"
            .to_owned(),
    ];
    let run = falkordb(&script, 2, &queries);
    // Neo4j's two constraints, on each of the two runs, and nothing else.
    assert_eq!(run.skipped.len(), 4, "{:?}", run.skipped);
    assert!(
        run.skipped
            .iter()
            .all(|s| s.starts_with("CREATE CONSTRAINT negograph_")),
        "{:?}",
        run.skipped
    );
    assert_eq!(
        run.counts[0],
        expected_counts(g),
        "one of each, as the graph"
    );
    assert_eq!(
        run.counts[1], run.counts[0],
        "running it again changes nothing"
    );

    // Text comes back as it went in, whatever it holds.
    let mut nodes: BTreeMap<&str, &Value> = BTreeMap::new();
    for row in &run.results[0] {
        nodes.insert(row[0].as_str().unwrap(), row);
    }
    assert_eq!(nodes.len(), g.node_count());
    for n in g.node_indices() {
        let node = g.node(n);
        let row = nodes[node.id.as_str()];
        let text = |v: &Value| v.as_str().map(str::to_owned);
        let read = |s: &str| as_falkordb_reads(s);
        assert_eq!(text(&row[1]), Some(read(&node.label)), "{}", node.id);
        assert_eq!(text(&row[2]), node.note.as_deref().map(read), "{}", node.id);
        let aliases: Vec<String> = row[3]
            .as_array()
            .map(|a| a.iter().filter_map(text).collect())
            .unwrap_or_default();
        let expected: Vec<String> = node.aliases.iter().map(|a| read(a)).collect();
        assert_eq!(aliases, expected, "{}", node.id);
        assert_eq!(row[4], g.kind(n).as_str());
    }
    let mut claims: Vec<&Value> = run.results[1].iter().collect();
    claims.sort_by_key(|row| row[0].as_u64().unwrap());
    assert_eq!(claims.len(), g.edge_count());
    for (e, row) in g.edge_indices().zip(claims) {
        let m = g.meta(e);
        let claim = format!("claim {}", e.index());
        assert_eq!(row[0], e.index() as u64, "{claim}");
        assert_eq!(row[1], g.id(m.from), "{claim}");
        assert_eq!(row[2], m.relation.as_str(), "{claim}");
        assert_eq!(row[3], g.id(m.to), "{claim}");
        let text = |v: &Value| v.as_str().map(str::to_owned);
        let quote = g.edge(e).quote().map(as_falkordb_reads);
        assert_eq!(text(&row[4]), quote, "{claim}");
        assert_eq!(
            text(&row[5]),
            g.edge(e).note().map(as_falkordb_reads),
            "{claim}"
        );
    }
    script
}

#[test]
fn falkordb_runs_the_neo4j_script_whole_and_again_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // Quotes, backslashes, line breaks and control characters in labels,
    // aliases, notes and quotes; and the two bundled graphs.
    for seed in [3, 4] {
        loads_whole(&load(&random_graph(seed, true)), dir.path());
    }
    for file in bundled() {
        loads_whole(&graph_of(&file), dir.path());
    }
    // Format 1.2's loose dates: a date property only for a day, the rest
    // as written (`since_written`, `since_precision`).
    let dated = Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/examples/dated-talks.json");
    loads_whole(&graph_of(&(Some(dated), ["", ""])), dir.path());
}

/// The bundled graph (`None`) and the Gaza example, each with the days
/// its questions are asked on.
fn bundled() -> [(Option<PathBuf>, [&'static str; 2]); 2] {
    let gaza = Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/examples/gaza-2025-05-26.json");
    [
        (None, ["2025-05-10", "2025-05-12"]),
        (Some(gaza), ["2025-05-25", "2025-05-26"]),
    ]
}

fn graph_of(file: &(Option<PathBuf>, [&str; 2])) -> Graph {
    let text = match &file.0 {
        Some(path) => std::fs::read_to_string(path).unwrap(),
        None => negograph::load::BUILTIN_GRAPH.to_owned(),
    };
    load(&serde_json::from_str(&text).unwrap())
}

/// negograph's answer to `args` on `file`, as JSON, and the query that asks
/// the same in openCypher.
fn ask(file: Option<&Path>, args: &[&str]) -> (Value, String) {
    let run = |extra: &str| {
        let mut cmd = negograph();
        if let Some(file) = file {
            cmd.arg("-f").arg(file);
        }
        let out = cmd.args(args).arg(extra).output().unwrap();
        assert!(out.status.success(), "{args:?} {extra}");
        out.stdout
    };
    let answer = serde_json::from_slice(&run("--json")).unwrap();
    let cypher = String::from_utf8(run("--cypher=opencypher")).unwrap();
    (answer, cypher)
}

fn id_of(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

fn list<'a>(answer: &'a Value, field: &str) -> impl Iterator<Item = &'a Value> {
    answer[field].as_array().unwrap().iter()
}

/// A question's expected rows, from negograph's JSON answer: as the
/// `--cypher` query of each command returns them ([`super::cases`] does the
/// same from the library).
fn expected(
    command: &str,
    subject: &str,
    answer: &Value,
    needs: &BTreeSet<(String, String)>,
) -> Expected {
    match command {
        "blockers" => Expected::Ids(covered_blockers(answer, needs)),
        "requires" => Expected::Ids(ids(list(answer, "preconditions").map(id_of))),
        "who" => Expected::Rows(covered_who(answer)),
        "stance" => {
            let rel = |v: &Value| v["relation"].as_str().unwrap().to_owned();
            let mut rows = Vec::new();
            // Its claims and its members' for it (`speaker`, else null).
            for p in list(answer, "positions").chain(list(answer, "member_of")) {
                // A counter-offer's stand for its offer is the same
                // `counters` claim as its stand against what it answers: one row.
                if p["relation"] == "counters" && p["side"] == "for" {
                    continue;
                }
                let t = id_of(&p["target"]);
                let speaker = p["speaker"].as_str();
                let from = speaker.unwrap_or(subject);
                let speaker = speaker.unwrap_or("null");
                rows.push(format!("{} {from} {t} {t} {speaker}", rel(p)));
            }
            for p in list(answer, "members") {
                let t = id_of(&p["target"]);
                rows.push(format!("{} {t} {subject} {t} null", rel(p)));
            }
            // The claims it holds, its members' among them (`by` a member).
            for h in list(answer, "holds") {
                let (from, to) = (id_of(&h["from"]), id_of(&h["to"]));
                let by = h["link"]["by"].as_str().filter(|&b| b != subject);
                rows.push(format!(
                    "{} {from} {to} {to} {}",
                    rel(h),
                    by.unwrap_or("null")
                ));
            }
            rows.sort();
            Expected::Rows(rows)
        }
        _ => unreachable!("{command}"),
    }
}

/// Every question of the five commands with a Cypher form, on one day:
/// blockers, requires and who of each position, stance and who of each
/// party, and shortest and all paths between a few pairs, either way.
fn questions(file: Option<&Path>, g: &Graph, when: &[&str], rng: &mut Rng) -> Vec<Case> {
    let spec = match when {
        [_, day] => ViewSpec {
            when: When::On(day.parse().unwrap()),
            ..ViewSpec::default()
        },
        _ => ViewSpec::all_time(),
    };
    let view = View::new(g, &spec).unwrap();
    let needs = conditions(&view);
    let mut out = Vec::new();
    for n in g.node_indices() {
        let id = g.id(n);
        let commands: &[&str] = if g.kind(n) == NodeKind::Party {
            &["stance", "who"]
        } else {
            &["blockers", "requires", "who"]
        };
        for &command in commands {
            let mut args = vec![command, id];
            args.extend_from_slice(when);
            let (answer, cypher) = ask(file, &args);
            out.push(Case {
                what: format!("{args:?}"),
                cypher,
                expected: expected(command, id, &answer, &needs),
            });
        }
    }
    let visible: std::collections::BTreeSet<(String, String)> = view
        .visible_edges()
        .map(|e| {
            let (a, b) = g.ends(e);
            (g.id(a).to_owned(), g.id(b).to_owned())
        })
        .collect();
    for _ in 0..4 {
        let a = g.id(NodeIx::new(rng.below(g.node_count())));
        let b = g.id(NodeIx::new(rng.below(g.node_count())));
        for directed in [true, false] {
            let mut args = vec!["path", a, b];
            args.extend_from_slice(when);
            if !directed {
                args.push("--undirected");
            }
            let (answer, cypher) = ask(file, &args);
            let paths: Vec<&Value> = list(&answer, "paths").collect();
            let check = ShortestCheck {
                from: a.to_owned(),
                to: b.to_owned(),
                edges: visible.clone(),
                directed,
            };
            out.push(Case {
                what: format!("{args:?}"),
                cypher,
                expected: Expected::Shortest(
                    paths.first().map(|p| p["edges"].as_array().unwrap().len()),
                    check,
                ),
            });
            if a == b {
                continue;
            }
            // Every path, however many: a limit would cut among equals.
            args.extend_from_slice(&["--all", "--max-len", "4", "--limit", "100000"]);
            let (answer, cypher) = ask(file, &args);
            let mut lists: Vec<String> = list(&answer, "paths")
                .map(|p| {
                    let nodes: Vec<&str> = p["nodes"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|n| n.as_str().unwrap())
                        .collect();
                    nodes.join(" ")
                })
                .collect();
            lists.sort();
            out.push(Case {
                what: format!("{args:?}"),
                cypher,
                expected: Expected::AllPaths(lists),
            });
        }
    }
    out
}

#[test]
fn falkordb_answers_as_negograph_does_on_the_bundled_graphs_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(29);
    let mut nonempty: BTreeMap<String, usize> = BTreeMap::new();
    for file in bundled() {
        let g = graph_of(&file);
        let path = file.0.as_deref();
        let script = dir.path().join("g.cypher");
        let mut export = negograph();
        if let Some(path) = path {
            export.arg("-f").arg(path);
        }
        export
            .args(["export", "--format", "cypher", "--force", "-o"])
            .arg(&script)
            .assert()
            .success();
        let mut all = Vec::new();
        for day in file.1 {
            all.extend(questions(path, &g, &["--as-of", day], &mut rng));
        }
        all.extend(questions(path, &g, &["--all-time"], &mut rng));
        let queries: Vec<String> = all.iter().map(|c| c.cypher.clone()).collect();
        let run = falkordb(&script, 1, &queries);
        for (case, rows) in all.iter().zip(&run.results) {
            check(case, rows);
            let command = case.what.split('"').nth(1).unwrap().to_owned();
            *nonempty.entry(command).or_default() += usize::from(!rows.is_empty());
        }
    }
    // Every command had answers with rows (Gaza has no preconditions, the
    // bundled graph has), or the comparison would prove little.
    assert_eq!(nonempty.len(), 5, "{nonempty:?}");
    assert!(nonempty.values().all(|&n| n >= 5), "{nonempty:?}");
}

/// With what-ifs and on random graphs, through the library: the same
/// questions [`super::agree_on`] puts to LadybugDB, in openCypher.
#[test]
fn falkordb_answers_as_negograph_does_on_random_graphs() {
    let dir = tempfile::tempdir().unwrap();
    let mut asked = 0;
    // Fewer graphs than LadybugDB gets: each costs a server start, and the
    // answers' logic is the same but for how chains are written.
    for seed in 0..6u64 {
        let g = load(&random_graph(seed, false));
        let script = dir.path().join("g.cypher");
        interop::export(&g, Format::Cypher, None, &script, true).unwrap();
        let mut rng = Rng::new(seed);
        let mut all: Vec<Case> = Vec::new();
        for spec in super::random_views(&g, seed) {
            let view = View::new(&g, &spec).unwrap();
            all.extend(cases(&view, Dialect::OpenCypher, &mut rng));
        }
        // A shortest path, in openCypher, is every path ordered by length:
        // on these dense random graphs, too many to wait for (the bundled
        // graphs' shortest paths are asked above).
        all.retain(|c| !matches!(c.expected, Expected::Shortest(..)));
        let queries: Vec<String> = all.iter().map(|c| c.cypher.clone()).collect();
        let run = falkordb(&script, 1, &queries);
        for (case, rows) in all.iter_mut().zip(&run.results) {
            case.what = format!("graph {seed}, {}", case.what);
            check(case, rows);
        }
        asked += all.len();
    }
    assert!(asked > 6 * 50, "asked {asked} questions");
}
