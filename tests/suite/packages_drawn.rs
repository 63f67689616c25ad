//! Proposals as packages, drawn: a proposal is a box holding its terms in
//! DOT, the map and Mermaid, on the graph of two proposals whose answers
//! were worked out by hand (see `common::two_proposals`).

use crate::common;
use crate::packages::negograph_text;

use common::{negograph, temp_file, two_proposals};
use serde_json::Value;

/// `negograph -f FILE dot ARGS...` on `doc`, checked to render without a Graphviz warning.
fn drawn(doc: &Value, args: &[&str]) -> String {
    let mut all = vec!["dot"];
    all.extend_from_slice(args);
    let dot = negograph_text(doc, &all);
    let (svg, warnings) = common::graphviz_svg(&dot);
    assert_eq!(warnings, "", "{args:?}");
    assert!(svg.contains("<svg"));
    dot
}

/// The lines of the DOT subgraph `name`, up to its closing brace.
fn subgraph<'d>(dot: &'d str, name: &str) -> Vec<&'d str> {
    let open = format!("subgraph {name} {{");
    let start = dot
        .find(&open)
        .unwrap_or_else(|| panic!("{name} in\n{dot}"));
    let indent = dot[..start].rsplit('\n').next().unwrap().len();
    let close = format!("\n{}}}", " ".repeat(indent));
    let end = start + dot[start..].find(&close).unwrap();
    dot[start..end].lines().collect()
}

/// The node ids (`nN`) declared directly or nested in some lines of DOT.
fn declared(lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .filter_map(|l| {
            let l = l.trim_start();
            let id = l.split('[').next()?;
            (l.starts_with('n') && !id.contains("->")).then(|| id.to_owned())
        })
        .collect()
}

#[test]
fn a_proposal_is_drawn_as_a_box_holding_its_terms_and_its_mediators_point_at_the_box() {
    let doc = two_proposals();
    let dot = drawn(&doc, &[]);
    // Node n9 is the U.S. plan, n11-n14 its terms; n10 the counter, n15-n19 its terms.
    assert_eq!(
        declared(&subgraph(&dot, "cluster_k9")),
        ["n9", "n11", "n12", "n13", "n14"]
    );
    assert_eq!(
        declared(&subgraph(&dot, "cluster_k10")),
        ["n10", "n15", "n16", "n17", "n18", "n19"]
    );
    assert!(dot.contains("compound=true"));
    for mediator in ["n3", "n4"] {
        let line = dot
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{mediator} -> n9 ")))
            .unwrap();
        assert!(line.contains("lhead=cluster_k9"), "{line}");
    }
    assert!(
        dot.contains("a proposal and its terms, offered as one"),
        "in the legend"
    );
    assert!(
        dot.contains("label=\"accepts\\n(disputed by United States)\""),
        "a disputed claim says so"
    );
    // With party boxes, the counter's box sits inside Hamas's (n1), which
    // alone holds it; the U.S. plan, held by several parties, stays outside.
    let clustered = drawn(&doc, &["--cluster"]);
    let hamas = subgraph(&clustered, "cluster_p1");
    assert!(
        hamas.iter().any(|l| l.contains("subgraph cluster_k10 {")),
        "{hamas:?}"
    );
    assert!(declared(&hamas).contains(&"n19".to_owned()));
    assert!(
        clustered.lines().any(|l| l == "  subgraph cluster_k9 {"),
        "at the top level"
    );
    // An answer view boxes only the terms it draws: the counter's four
    // unsettled terms (three obstacles and the one the guarantee hangs
    // from), not its withdrawn one (n19).
    let blockers = drawn(&doc, &["--blockers", "hamas-plan"]);
    assert_eq!(
        declared(&subgraph(&blockers, "cluster_k10")),
        ["n10", "n15", "n16", "n17", "n18"]
    );
    // Mediators come with what they mediate, in every view that draws it.
    let answer = drawn(&doc, &["--blockers", "us-plan"]);
    assert!(answer.contains("n3 -> n9 [label=\"mediates\""), "{answer}");
    assert!(answer.contains("n4 -> n9 [label=\"mediates\""), "{answer}");
    // Without proposals nothing changes: no box, no compound.
    let plain = negograph()
        .arg("dot")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let plain = String::from_utf8(plain).unwrap();
    assert!(!plain.contains("cluster_k") && !plain.contains("compound"));
}

#[test]
fn the_map_draws_each_proposals_box() {
    let text = serde_json::to_string(&two_proposals()).unwrap();
    let (_keep, file) = temp_file("g.json", text.as_bytes());
    let dir = tempfile::tempdir().unwrap();
    let map = common::render_file(Some(&file), dir.path(), "m.html", &[]);
    let html = std::fs::read_to_string(map).unwrap();
    let start = html.find("\"packages\":[").unwrap();
    let boxes = &html[start..start + html[start..].find(']').unwrap()];
    assert!(
        boxes.contains("{\"proposal\":\"us-plan\",\"x\":"),
        "{boxes}"
    );
    assert!(
        boxes.contains("{\"proposal\":\"hamas-plan\",\"x\":"),
        "{boxes}"
    );
}

#[test]
fn mermaid_puts_a_proposal_and_its_terms_in_one_subgraph() {
    let text = negograph_text(&two_proposals(), &["dot", "--format", "mermaid"]);
    let start = text
        .find("  subgraph k9 [\" \"]\n")
        .expect("the U.S. plan's box");
    let body = &text[start..start + text[start..].find("  end\n").unwrap()];
    for node in ["n9[[\"U.S. plan\"]]", "n11([", "n12([", "n13([", "n14(["] {
        assert!(body.contains(&format!("\n    {node}")), "{node} in {body}");
    }
    assert!(text.contains("  style k9 fill:#f7f2fd,stroke:#6b46c1\n"));
    assert!(text.contains("classDef proposal fill:#efe5fb"));
}
