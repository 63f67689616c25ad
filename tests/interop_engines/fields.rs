//! Every field reaches the engines: networkx reads the GraphML whole,
//! LadybugDB and networkx every format 1.2 field with its type, and
//! LadybugDB answers loosely dated claims as negograph does.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

use super::{agree_on, helper, ladybug_rows, on_day, python};
use crate::interop_common::{load, random_graph};
use negograph::Graph;
use negograph::interop::{self, Format};
use negograph::view::ViewSpec;

/// `g` exported to GraphML and read by networkx (`networkx_read.py`).
fn networkx_read(g: &Graph) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.graphml");
    interop::export(g, Format::Graphml, None, &path, false).unwrap();
    let out = Command::new(python())
        .arg(helper("networkx_read.py"))
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn networkx_reads_the_graphml_whole() {
    let doc = random_graph(3, true);
    let g = load(&doc);
    let read = networkx_read(&g);
    assert_eq!(read["directed"], true);
    // XML keeps every character but the control ones it cannot carry.
    let xml_text = |s: &str| -> String {
        s.chars()
            .filter(|&c| matches!(c, '\t' | '\n' | '\r') || !c.is_control())
            .collect()
    };
    assert_eq!(read["graph"]["title"], xml_text(&g.document().title));
    let nodes = read["nodes"].as_object().unwrap();
    assert_eq!(nodes.len(), g.node_count());
    for n in g.node_indices() {
        let node = g.node(n);
        let got = &nodes[&node.id];
        assert_eq!(got["label"], xml_text(&node.label), "{}", node.id);
        assert_eq!(got["kind"], g.kind(n).as_str());
        assert_eq!(
            got.get("status").and_then(Value::as_str),
            node.status
                .as_ref()
                .map(std::string::ToString::to_string)
                .as_deref()
        );
    }
    let edges = read["edges"].as_array().unwrap();
    assert_eq!(edges.len(), g.edge_count(), "one GraphML edge per claim");
    let by_claim: BTreeMap<i64, &Value> = edges
        .iter()
        .map(|e| (e[2]["claim"].as_i64().unwrap(), e))
        .collect();
    for e in g.edge_indices() {
        let got = by_claim[&(e.index() as i64)];
        let m = g.meta(e);
        assert_eq!(got[0], g.id(m.from));
        assert_eq!(got[1], g.id(m.to));
        assert_eq!(got[2]["relation"], m.relation.as_str());
        assert_eq!(
            got[2].get("holder").and_then(Value::as_str),
            g.holder(e).map(|h| g.id(h))
        );
        assert_eq!(
            got[2]
                .get("quote")
                .and_then(Value::as_str)
                .map(str::to_owned),
            g.edge(e).quote().map(xml_text)
        );
    }
}

/// `tests/data/format-1-2-every-field.json`: every format 1.2 field.
fn every_field() -> Graph {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/format-1-2-every-field.json");
    load(&serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap())
}

#[test]
fn ladybug_loads_every_format_1_2_field() {
    let rows = ladybug_rows(
        &every_field(),
        &[
            "MATCH (n:Node) WHERE n.id = 'pay' RETURN n.quantity_min, n.quantity_max, n.quantity_unit, n.quantity_measure, n.quantity_approximate;",
            "MATCH (n:Node) WHERE n.id = 'share' RETURN n.quantity_min, n.quantity_unit, n.quantity_measure, n.quantity_of;",
            "MATCH (n:Node) WHERE n.id = 'crowd' RETURN n.quantity_min, n.quantity_max IS NULL, n.quantity_approximate;",
            "MATCH (n:Node) WHERE n.unnamed RETURN n.id;",
            "MATCH (n:Node) WHERE n.id = 'ballot' RETURN n.scheduled, n.status_history;",
            "MATCH (a:Node)-[r:CONSIDERS]->(b:Node) RETURN a.id, b.id, r.stance, r.seq, r.reason, r.reason_quote, r.reason_source;",
            "MATCH (a:Node)-[r:TAKES_PART_IN]->(b:Node) RETURN a.id, b.id ORDER BY a.id;",
            "MATCH (a:Node)-[r:DEMANDS]->(b:Node) RETURN a.id, r.addressee;",
            "MATCH (a:Node)-[r:THREATENS]->(b:Node) RETURN a.id, r.addressee, r.target;",
        ],
    );
    assert_eq!(rows[0], [json!([7000.0, 7000.0, "USD", "currency", false])]);
    assert_eq!(
        rows[1],
        [json!([50.0, "%", "percent", "the remaining bonus pool"])]
    );
    assert_eq!(
        rows[2],
        [json!([200.0, true, true])],
        "several hundred: at least 200, approximate"
    );
    assert_eq!(rows[3], [json!(["official"])]);
    assert_eq!(rows[4][0][0], "2025-03-12");
    let history: Value = serde_json::from_str(rows[4][0][1].as_str().unwrap()).unwrap();
    assert_eq!(
        history[0]["scheduled"], "2025-03-19",
        "a postponement keeps its day"
    );
    assert_eq!(
        rows[5],
        [json!([
            "union",
            "deal",
            "declines to recommend",
            2,
            "the pension issue",
            "because of the pension issue",
            "mon"
        ])]
    );
    assert_eq!(
        rows[6],
        [json!(["mediator", "round"]), json!(["union", "round"])]
    );
    assert_eq!(rows[7], [json!(["union", "mediator"])]);
    assert_eq!(rows[8], [json!(["official", "union", "union"])]);
}

#[test]
fn networkx_reads_every_format_1_2_field_with_its_type() {
    let g = every_field();
    let read = networkx_read(&g);
    let nodes = &read["nodes"];
    assert_eq!(nodes["official"]["unnamed"], true);
    assert_eq!(nodes["pay"]["quantity_min"], 7000.0);
    assert_eq!(nodes["pay"]["quantity_approximate"], false);
    assert_eq!(nodes["rate"]["quantity_per"], "year");
    assert_eq!(nodes["ballot"]["scheduled"], "2025-03-12");
    let considers = read["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e[2]["relation"] == "considers")
        .expect("the considers claim");
    assert_eq!(considers[2]["seq"], 2);
    assert_eq!(considers[2]["stance"], "declines to recommend");
    assert_eq!(considers[2]["reason"], "the pension issue");
    assert_eq!(considers[2]["reason_quote"], "because of the pension issue");
    let takes_part = read["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e[2]["relation"] == "takes_part_in")
        .count();
    assert_eq!(takes_part, 2);
}

/// Format 1.2's loose dates (`graph/examples/dated-talks.json`: a month, a
/// year, a week, a month-long `until` and status change, days inferred
/// from a wire's words): LadybugDB answers as negograph does on days inside
/// and around the loose spans, and keeps each date as written, with no
/// made-up day in a date column.
#[test]
fn ladybug_answers_as_negograph_does_on_loosely_dated_claims() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/examples/dated-talks.json"),
    )
    .unwrap();
    let g = load(&serde_json::from_str(&text).unwrap());
    let mut specs: Vec<ViewSpec> = [
        "2025-02-28",
        "2025-03-10",
        "2025-03-31",
        "2025-04-02",
        "2025-04-30",
        "2025-05-01",
        "2025-05-06",
        "2025-05-07",
    ]
    .iter()
    .map(|d| on_day(d))
    .collect();
    specs.push(ViewSpec::all_time());
    assert!(agree_on(&g, &specs, 7) > 20);
    let rows = ladybug_rows(
        &g,
        &[
            "MATCH (a:Node)-[r:REJECTS]->(b:Node) RETURN b.id, r.since, r.until, r.until_written, r.until_precision, r.visible_until ORDER BY r.claim;",
            "MATCH (s:Source) RETURN s.id, s.date, s.date_written, s.date_precision ORDER BY s.id;",
        ],
    );
    assert_eq!(
        rows[0],
        [
            json!(["zero", "2025-05-06", null, null, null, null]),
            json!(["cap", "2025-03-15", null, "2025-04", "month", "2025-04-30"]),
        ]
    );
    assert_eq!(
        rows[1],
        [
            json!(["annual", null, "2025", "year"]),
            json!(["monthly", null, "2025-04", "month"]),
            json!(["wire", "2025-05-08", null, null]),
        ]
    );
}
