//! Diagrams: DOT that parses back and renders without warnings, exactly the
//! nodes each view should hold, escaping that no hostile label can get past,
//! snapshots of the shipped graph, and a clear message without Graphviz.

use crate::common;

use std::collections::BTreeSet;

use common::{cond, doc, edge, graph, graphviz_svg, negograph, run_ok, star_graph, temp_file};
use negograph::export::{self, Focus, Style};
use negograph::view::{View, ViewSpec};
use predicates::prelude::*;
use serde_json::{Value, json};

/// Every view `dot` offers, as arguments.
const VIEWS: &[&[&str]] = &[
    &[],
    &["--all-time"],
    &["--all-time", "--cluster"],
    &["--cluster", "--rankdir", "tb"],
    &["--focus", "russia", "--depth", "2"],
    &["--party", "Europe"],
    &["--blockers", "ceasefire-30d"],
    &["--blockers", "direct talks", "--as-of", "2025-05-10"],
    &["--requires", "direct talks", "--all-time"],
    &["--path", "trump", "sanctions", "--undirected"],
    &["--deadlocks"],
    &["--no-legend", "--as-of", "2025-05-11"],
    &["--quotes", "--as-of", "2025-05-12"],
    &[
        "--quotes",
        "--blockers",
        "ceasefire-30d",
        "--all-time",
        "--cluster",
    ],
];

fn dot_of(args: &[&str], file: Option<&std::path::Path>) -> String {
    let mut cmd = negograph();
    if let Some(f) = file {
        cmd.arg("-f").arg(f);
    }
    let out = cmd.arg("dot").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_view_of_the_shipped_graph_parses_back_and_renders_without_warnings() {
    for view in VIEWS {
        let dot = dot_of(view, None);
        graphviz_rust::parse(&dot).unwrap_or_else(|e| panic!("{view:?} does not parse: {e}"));
        let (svg, warnings) = graphviz_svg(&dot);
        assert_eq!(warnings, "", "{view:?}");
        assert!(svg.contains("<svg"), "{view:?}");
    }
}

#[test]
fn output_is_deterministic() {
    for view in VIEWS {
        assert_eq!(dot_of(view, None), dot_of(view, None), "{view:?}");
    }
    let a = negograph()
        .args(["dot", "--format", "mermaid", "--all-time"])
        .output()
        .unwrap();
    let b = negograph()
        .args(["dot", "--format", "mermaid", "--all-time"])
        .output()
        .unwrap();
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn snapshots_of_the_shipped_graph() {
    insta::assert_snapshot!("istanbul_dot", dot_of(&["--as-of", "2025-05-12"], None));
    insta::assert_snapshot!(
        "istanbul_dot_all_time_clustered",
        dot_of(&["--all-time", "--cluster"], None)
    );
    insta::assert_snapshot!(
        "istanbul_dot_blockers",
        dot_of(
            &["--blockers", "direct talks", "--as-of", "2025-05-10"],
            None
        )
    );
    insta::assert_snapshot!(
        "istanbul_mermaid",
        dot_of(&["--format", "mermaid", "--as-of", "2025-05-12"], None)
    );
}

/// The node ids of a scene, sorted.
fn scene_ids(g: &negograph::Graph, spec: &ViewSpec, focus: &Focus) -> Vec<String> {
    let v = View::new(g, spec).unwrap();
    let s = export::scene(&v, None, focus);
    let ids: BTreeSet<String> = s.nodes.iter().map(|(n, _)| g.id(*n).to_owned()).collect();
    ids.into_iter().collect()
}

#[test]
fn each_view_holds_exactly_the_nodes_it_should() {
    // p demands x; x needs y (per q); y needs z (per q); q rejects z; r supports w; z needs x (per p)
    let d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("r", "party"),
            ("x", "demand"),
            ("y", "condition"),
            ("z", "condition"),
            ("w", "demand"),
        ],
        vec![
            edge("p", "demands", "x"),
            cond("x", "y", "q"),
            cond("y", "z", "q"),
            edge("q", "rejects", "z"),
            edge("r", "supports", "w"),
            edge("p", "rejects", "w"),
        ],
    );
    let g = graph(&d);
    let all = ViewSpec::all_time();
    let n = |id| g.find(id).unwrap();
    let ids = |v: &[&str]| {
        v.iter()
            .map(std::string::ToString::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        scene_ids(&g, &all, &Focus::Whole),
        ids(&["p", "q", "r", "w", "x", "y", "z"])
    );
    assert_eq!(
        scene_ids(
            &g,
            &all,
            &Focus::Around {
                node: n("x"),
                depth: 1
            }
        ),
        // q holds the condition x needs: it is drawn with it.
        ids(&["p", "q", "x", "y"])
    );
    assert_eq!(
        scene_ids(
            &g,
            &all,
            &Focus::Around {
                node: n("x"),
                depth: 2
            }
        ),
        ids(&["p", "q", "w", "x", "y", "z"])
    );
    assert_eq!(
        scene_ids(&g, &all, &Focus::Party(n("q"))),
        ids(&["q", "x", "y", "z"])
    );
    assert_eq!(
        scene_ids(&g, &all, &Focus::Blockers(n("x"))),
        ids(&["q", "x", "y", "z"])
    );
    assert_eq!(
        scene_ids(&g, &all, &Focus::Requires(n("x"))),
        ids(&["q", "x", "y", "z"])
    );
    assert_eq!(
        scene_ids(
            &g,
            &all,
            &Focus::Path {
                from: n("p"),
                to: n("z"),
                directed: true
            }
        ),
        ids(&["p", "q", "x", "y", "z"])
    );
    assert_eq!(
        scene_ids(
            &g,
            &all,
            &Focus::Path {
                from: n("r"),
                to: n("z"),
                directed: true
            }
        ),
        ids(&["r", "z"])
    );
    // r supports w and p rejects it: a conflict (supporting is being for it).
    assert_eq!(
        scene_ids(&g, &all, &Focus::Deadlocks),
        ids(&["p", "r", "w"])
    );
    let mut d2 = d.clone();
    d2["edges"]
        .as_array_mut()
        .unwrap()
        .push(cond("z", "x", "p"));
    d2["edges"]
        .as_array_mut()
        .unwrap()
        .push(edge("q", "demands", "w"));
    let g2 = graph(&d2);
    // The knot x -> y -> z -> x, and the conflict over w (q demands and r
    // supports it, p rejects it).
    assert_eq!(
        scene_ids(&g2, &all, &Focus::Deadlocks),
        ids(&["p", "q", "r", "w", "x", "y", "z"])
    );
}

const HOSTILE: &[&str] = &[
    "x\" image=\"/etc/passwd",
    "back\\slash \\N \\G \\\\ end\\",
    "new\nline and \r return",
    "<b>html</b> & <img src=x>",
    "braces { } [ ] ; -> n0",
    "]; n0 -> n1 [label=\"pwned",
    "`code` | pipe #quot; #35; %% comment",
    "Türkiye — «quoted» ‘single’",
];

fn hostile_graph() -> Value {
    let mut nodes: Vec<Value> =
        vec![json!({"id": "p", "kind": "party", "label": "x\" fontname=\"/etc/passwd"})];
    let mut edges = Vec::new();
    for (i, label) in HOSTILE.iter().enumerate() {
        nodes.push(json!({"id": format!("h{i}"), "kind": "demand", "label": label, "note": label}));
        edges.push(json!({"from": "p", "relation": "demands", "to": format!("h{i}"), "source": "src", "quote": format!("{label} {}", "\" image=\"/etc/passwd ".repeat(900))}));
    }
    nodes.push(json!({"id": "long", "kind": "condition", "label": "y".repeat(500)}));
    edges.push(json!({"from": "h0", "relation": "conditions_on", "to": "long", "by": "p", "source": "src", "quote": "q"}));
    json!({"negograph": 1, "title": "hostile \" title\nwith newline", "sources": [{"id": "src", "title": "s"}], "nodes": nodes, "edges": edges})
}

#[test]
fn hostile_labels_cannot_inject_or_break_the_dot() {
    let text = serde_json::to_string_pretty(&hostile_graph()).unwrap();
    let (_dir, path) = temp_file("hostile.json", text.as_bytes());
    for (view, shows_all) in [
        (&[][..], true),
        (&["--cluster", "--all-time"][..], true),
        (&["--blockers", "h0"][..], false),
        (&["--quotes"][..], true),
    ] {
        let dot = dot_of(view, Some(&path));
        let parsed = graphviz_rust::parse(&dot).expect("hostile DOT still parses");
        // Every attribute key in the output is one we write ourselves.
        let printed = format!("{parsed:?}");
        for forbidden in ["image", "fontpath", "shapefile", "imagepath"] {
            assert!(
                !printed.contains(&format!("Plain(\"{forbidden}\")")),
                "{forbidden} became an attribute"
            );
        }
        let (svg, warnings) = graphviz_svg(&dot);
        assert_eq!(warnings, "", "{view:?}");
        assert!(!svg.contains("<image"), "an image element was injected");
        assert!(!svg.contains("<img"), "raw HTML came through");
        assert!(
            svg.contains("x&quot; image=&quot;/etc/passwd"),
            "the label is shown as text"
        );
        if shows_all {
            assert!(
                svg.contains("&lt;b&gt;html&lt;/b&gt;"),
                "angle brackets are text"
            );
            assert!(svg.contains("Türkiye"));
            assert!(
                svg.contains("braces { } [ ] ; &#45;&gt; n0"),
                "DOT syntax in a label is text"
            );
        }
    }
}

#[test]
fn hostile_labels_cannot_break_the_mermaid() {
    let text = serde_json::to_string_pretty(&hostile_graph()).unwrap();
    let (_dir, path) = temp_file("hostile.json", text.as_bytes());
    let out = dot_of(&["--format", "mermaid"], Some(&path));
    let mut lines = out.lines();
    assert!(lines.next().unwrap().starts_with("%% "));
    assert_eq!(lines.next(), Some("flowchart LR"));
    for line in lines {
        let line = line.trim();
        let ok = line.starts_with("classDef ")
            || line.starts_with("linkStyle ")
            || (line.starts_with('n') && line.matches('"').count() == 2);
        assert!(ok, "unexpected line: {line}");
        assert!(!line.contains('<') || line.contains("<br/>"), "{line}");
        assert!(!line.contains('`'), "{line}");
    }
}

#[test]
fn mermaid_title_cannot_inject_a_directive_or_a_line() {
    let mut graph = hostile_graph();
    graph["title"] =
        json!("T\u{2028}%%{init: {'theme':'dark'}}%%\rflowchart TB\n  x[evil]\u{2029}y");
    let text = serde_json::to_string_pretty(&graph).unwrap();
    let (_dir, path) = temp_file("title.json", text.as_bytes());
    let out = dot_of(&["--format", "mermaid"], Some(&path));
    // Mermaid splits lines at U+2028 and U+2029 too.
    let first = out
        .split(['\n', '\r', '\u{2028}', '\u{2029}'])
        .next()
        .unwrap();
    assert!(first.starts_with("%% T#8232;"), "{first}");
    assert!(!first.contains("%%{"), "a directive got through: {first}");
    assert!(!out.contains("%%{"), "a directive got through");
    assert_eq!(out.lines().nth(1), Some("flowchart LR"));
    assert!(!out.contains("x[evil]"));
}

#[test]
fn a_megabyte_label_wraps_and_escapes_without_blowing_up() {
    let label = format!("{}\" image=\"/etc/passwd", "a\\b ".repeat(256 * 1024));
    let lines = export::wrap_label(&label, 24, 6);
    assert_eq!(lines.len(), 6);
    let escaped = export::dot::escape(&lines.join("\n"));
    assert!(escaped.len() < 400);
    let quoted = format!("digraph {{ n0 [label=\"{escaped}\"] }}");
    graphviz_rust::parse(&quoted).expect("parses");
}

#[test]
fn render_writes_svg_png_and_pdf_atomically() {
    let dir = tempfile::tempdir().unwrap();
    for (name, magic) in [
        ("a.svg", &b"<?xml"[..]),
        ("a.png", &b"\x89PNG"[..]),
        ("a.pdf", &b"%PDF"[..]),
    ] {
        let out = dir.path().join(name);
        negograph()
            .arg("render")
            .arg("-o")
            .arg(&out)
            .args(["--blockers", "ceasefire-30d"])
            .assert()
            .success();
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(magic), "{name}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 3, "no temporary files left: {leftovers:?}");
    negograph()
        .arg("render")
        .arg("-o")
        .arg(dir.path().join("a.gif"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "name it .svg, .png, .pdf or .html",
        ));
}

#[test]
fn render_without_graphviz_says_how_to_install_it() {
    let empty = tempfile::tempdir().unwrap();
    let out = empty.path().join("x.svg");
    negograph()
        .env("PATH", empty.path())
        .arg("render")
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Graphviz's `dot` program is not installed",
        ))
        .stderr(predicate::str::contains("apt-get install graphviz"));
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn views_too_large_to_read_are_refused_with_a_pointer_to_focus() {
    let d = star_graph(600);
    let (_dir, path) = temp_file("big.json", serde_json::to_string(&d).unwrap().as_bytes());
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("dot")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--focus NODE"));
    run_ok(&path, &["dot", "--force"]);
    run_ok(&path, &["dot", "--focus", "n5"]);
}

#[test]
fn style_defaults_are_left_to_right_with_a_legend() {
    let s = Style::default();
    assert_eq!(s.rankdir.as_str(), "LR");
    assert!(s.legend && !s.cluster);
    let dot = dot_of(&[], None);
    assert!(dot.contains("\n  subgraph cluster_legend {"));
    assert!(!dot_of(&["--no-legend"], None).contains("legend"));
}

#[test]
fn a_drawing_flag_given_the_wrong_kind_of_node_names_the_flag_and_the_one_that_fits() {
    negograph()
        .args(["dot", "--party", "ceasefire-30d"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "'ceasefire-30d' is a demand; --party takes a party. Try: --focus ceasefire-30d",
        ));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.svg");
    negograph()
        .args(["render", "--blockers", "russia", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'russia' is a party; --blockers takes a demand, condition or proposal. Try: --party russia",
        ));
    assert!(!out.exists(), "nothing is written");
}

/// The legend's rows: the text of each cell of the legend node's table.
fn legend_of(dot: &str) -> String {
    let start = dot.find("\n  subgraph cluster_legend {").expect("a legend");
    let end = dot[start..].find("</TABLE>>").expect("its table ends") + start;
    dot[start..end].to_owned()
}

#[test]
fn the_legend_lists_only_the_styles_drawn_including_the_answers() {
    let whole = legend_of(&dot_of(&["--as-of", "2025-05-12"], None));
    for present in [
        "party",
        "demand",
        "condition",
        "supports",
        "threatens",
        "counters",
        "sets: the party",
    ] {
        assert!(whole.contains(present), "{present} in {whole}");
    }
    for absent in [
        "rejects",
        "is a member of",
        "asked about",
        "named by the answer",
        "explains the answer",
        "no longer holds",
        "[1]",
    ] {
        assert!(
            !whole.contains(absent),
            "{absent} in the whole graph's legend"
        );
    }
    let answer = legend_of(&dot_of(
        &["--blockers", "ceasefire-30d", "--as-of", "2025-05-12"],
        None,
    ));
    for present in [
        "needs (per",
        "sets: the party",
        "asked about",
        "named by the answer",
        "explains the answer",
    ] {
        assert!(answer.contains(present), "{present} in {answer}");
    }
    for absent in ["supports", "threatens", "is a member of", "proposes"] {
        assert!(
            !answer.contains(absent),
            "{absent} in the blockers legend: {answer}"
        );
    }
    // A claim that lapsed before the day the graph is read as of is drawn faded.
    let mut lapsed = edge("p", "demands", "x");
    lapsed["until"] = json!("2025-05-01");
    let (_dir, file) = temp_file(
        "g.json",
        doc(&[("p", "party"), ("x", "demand")], vec![lapsed])
            .to_string()
            .as_bytes(),
    );
    let history = legend_of(&dot_of(&["--all-time"], Some(&file)));
    assert!(
        history.contains("no longer holds (its dates shown)"),
        "{history}"
    );
    // Small: a sample of each kind drawn, in its true shape, and a line per style.
    assert_eq!(
        answer.matches("<TR><TD ALIGN=\"LEFT\">").count(),
        3 + 3,
        "needs, counters and sets; target, answer and chain"
    );
    for (kind, shape) in [
        ("party", "box"),
        ("demand", "ellipse"),
        ("condition", "hexagon"),
    ] {
        assert!(
            answer.contains(&format!("legend_{kind}[shape=\"{shape}\"")),
            "{kind} drawn as a {shape}: {answer}"
        );
    }
    // Readable: 10 pt (13 px at 96 dpi), nothing smaller.
    assert!(
        answer.contains("fontsize=10") && !answer.contains("fontsize=8"),
        "{answer}"
    );
}

#[test]
fn a_condition_is_drawn_with_a_line_from_the_party_that_sets_it() {
    // x needs y per q; q appears in no other edge of the requires view.
    let d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("y", "condition"),
        ],
        vec![edge("p", "demands", "x"), cond("x", "y", "q")],
    );
    let g = graph(&d);
    let v = View::new(&g, &ViewSpec::all_time()).unwrap();
    let s = export::scene(&v, None, &Focus::Requires(g.find("x").unwrap()));
    assert_eq!(
        s.holders,
        vec![(g.find("q").unwrap(), g.find("y").unwrap())]
    );
    let text = serde_json::to_string(&d).unwrap();
    let (_dir, path) = temp_file("g.json", text.as_bytes());
    let dot = dot_of(&["--requires", "x"], Some(&path));
    let (q, y) = (g.find("q").unwrap().index(), g.find("y").unwrap().index());
    let line = dot
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("n{q} -> n{y} ")))
        .unwrap_or_else(|| panic!("a line from q to y in {dot}"));
    assert!(
        line.contains("label=\"sets\"") && line.contains("style=\"dotted\""),
        "{line}"
    );
}

/// The node ids inside each party's cluster of a DOT text.
fn cluster_members(dot: &str) -> Vec<(String, Vec<String>)> {
    use graphviz_rust::dot_structures::{Graph as G, Stmt};
    let G::DiGraph { stmts, .. } = graphviz_rust::parse(dot).unwrap() else {
        panic!("a digraph")
    };
    stmts
        .iter()
        .filter_map(|s| match s {
            Stmt::Subgraph(sub) if format!("{}", sub.id).contains("cluster_p") => {
                let members = sub
                    .stmts
                    .iter()
                    .filter_map(|s| match s {
                        Stmt::Node(n) => Some(format!("{}", n.id.0)),
                        _ => None,
                    })
                    .collect();
                Some((format!("{}", sub.id), members))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn clusters_leave_a_position_held_by_several_parties_outside_every_box() {
    // p and q both demand x; only p demands y; q sets z as a condition of y.
    let d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("y", "demand"),
            ("z", "condition"),
        ],
        vec![
            edge("p", "demands", "x"),
            edge("q", "demands", "x"),
            edge("p", "demands", "y"),
            cond("y", "z", "q"),
            edge("p", "rejects", "z"),
        ],
    );
    let g = graph(&d);
    let id = |s: &str| format!("n{}", g.find(s).unwrap().index());
    let text = serde_json::to_string(&d).unwrap();
    let (_dir, path) = temp_file("g.json", text.as_bytes());
    let dot = dot_of(&["--cluster", "--all-time"], Some(&path));
    let clusters = cluster_members(&dot);
    assert_eq!(clusters.len(), 2, "{clusters:?}");
    assert_eq!(clusters[0].1, vec![id("p"), id("y")], "p alone holds y");
    assert_eq!(
        clusters[1].1,
        vec![id("q"), id("z")],
        "q sets z; p's rejection does not make it p's"
    );
    assert!(
        !clusters.iter().any(|(_, m)| m.contains(&id("x"))),
        "x is shared, in no box"
    );
    assert!(legend_of(&dot).contains("held by several parties"));
}

#[test]
fn a_path_walked_against_an_edge_draws_it_in_its_own_direction_with_its_step() {
    // p demands x; x needs y (per q). From y to p, either direction: y <- x <- p.
    let d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("y", "condition"),
        ],
        vec![edge("p", "demands", "x"), cond("x", "y", "q")],
    );
    let g = graph(&d);
    let n = |s: &str| g.find(s).unwrap().index();
    let text = serde_json::to_string(&d).unwrap();
    let (_dir, path) = temp_file("g.json", text.as_bytes());
    let dot = dot_of(&["--path", "y", "p", "--undirected"], Some(&path));
    let edge_line = |from: usize, to: usize| {
        dot.lines()
            .find(|l| l.trim_start().starts_with(&format!("n{from} -> n{to} ")))
            .unwrap_or_else(|| panic!("n{from} -> n{to} in {dot}"))
            .to_owned()
    };
    assert!(
        edge_line(n("x"), n("y")).contains("label=\"1. needs"),
        "the first step, x -> y as recorded"
    );
    assert!(
        edge_line(n("p"), n("x")).contains("label=\"2. demands\""),
        "the second, p -> x"
    );
    assert!(legend_of(&dot).contains("each arrow keeps its own direction"));
    // The text answer points each step the way its edge does, too.
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args(["path", "y", "p", "--undirected"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Label of y ← Label of x ← Label of p (2 steps)"),
        "{text}"
    );
}

/// `-o -` made a folder named "-" for the CSV export (one was committed by
/// mistake): refused, saying exports are files, and nothing is written.
#[test]
fn an_export_to_dash_is_refused_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["csv", "graphml"] {
        let err = crate::common::fails(
            crate::common::negograph()
                .current_dir(dir.path())
                .args(["export", "--format", format, "-o", "-"]),
            2,
        );
        assert!(
            err.contains("export writes files, not standard output"),
            "{err}"
        );
        assert!(!dir.path().join("-").exists(), "{format}");
    }
}
