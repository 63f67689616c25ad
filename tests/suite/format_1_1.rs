//! Format 1.1 on small hand-made graphs whose answers were worked out by
//! hand: dated statuses, positions replaced by newer ones, responses, who is
//! for and against, knots below a target, the default day, and the rules
//! `check` applies to the new fields.

use crate::common;

use common::{cond, doc, edge, graph, negograph, temp_file};
use negograph::model::{Date, Relation};
use negograph::query::blockers::blockers;
use negograph::query::deadlocks::conflicts;
use negograph::query::responses::responses;
use negograph::query::who::{Side, who_side};
use negograph::view::{AsOfBasis, View, ViewSpec, When};
use predicates::prelude::*;
use serde_json::{Value, json};

fn on(day: &str) -> ViewSpec {
    ViewSpec {
        when: When::On(day.parse::<Date>().unwrap()),
        ..ViewSpec::default()
    }
}

fn blocker_ids(g: &negograph::Graph, spec: &ViewSpec, target: &str) -> Vec<String> {
    let v = View::new(g, spec).unwrap();
    blockers(&v, g.find(target).unwrap(), false)
        .blockers
        .into_iter()
        .map(|b| b.id)
        .collect()
}

#[test]
fn a_dated_status_change_counts_from_its_day() {
    // The example: talks need a prisoner exchange, which is met on 1 June.
    let mut d = doc(
        &[
            ("p", "party"),
            ("talks", "demand"),
            ("exchange", "condition"),
        ],
        vec![cond("talks", "exchange", "p")],
    );
    d["nodes"][2]["status_history"] = json!([{"status": "met", "on": "2025-06-01"}]);
    let g = graph(&d);
    assert_eq!(blocker_ids(&g, &on("2025-05-20"), "talks"), ["exchange"]);
    assert!(blocker_ids(&g, &on("2025-06-10"), "talks").is_empty());
    // The node exists before the change: its existence is not its status.
    assert!(
        View::new(&g, &on("2025-05-20"))
            .unwrap()
            .node_on(g.find("exchange").unwrap())
    );
    // All time sees the last change.
    assert!(blocker_ids(&g, &ViewSpec::all_time(), "talks").is_empty());
}

#[test]
fn a_replaced_offer_stops_conflicting_and_blocking_from_the_day_it_is_replaced() {
    let mut supersedes = edge("offer-2", "supersedes", "offer-1");
    supersedes["since"] = json!("2025-06-01");
    let d = doc(
        &[
            ("a", "party"),
            ("b", "party"),
            ("offer-1", "proposal"),
            ("offer-2", "proposal"),
            ("deal", "demand"),
        ],
        vec![
            edge("a", "proposes", "offer-1"),
            edge("b", "rejects", "offer-1"),
            edge("a", "proposes", "offer-2"),
            supersedes,
            edge("offer-1", "blocks", "deal"),
        ],
    );
    let g = graph(&d);
    let conflict_ids = |spec: &ViewSpec| -> Vec<String> {
        conflicts(&View::new(&g, spec).unwrap())
            .into_iter()
            .map(|c| c.target.id)
            .collect()
    };
    assert_eq!(conflict_ids(&on("2025-05-31")), ["offer-1"]);
    assert!(conflict_ids(&on("2025-06-01")).is_empty());
    assert_eq!(blocker_ids(&g, &on("2025-05-31"), "deal"), ["offer-1"]);
    assert!(blocker_ids(&g, &on("2025-06-01"), "deal").is_empty());
    let v = View::new(&g, &on("2025-06-01")).unwrap();
    assert_eq!(
        v.status(g.find("offer-1").unwrap()),
        negograph::model::Status::Withdrawn
    );
}

#[test]
fn who_is_for_and_against_counts_every_kind_of_stand() {
    let mut counter = edge("c", "counters", "x");
    counter["with"] = json!("y");
    let d = doc(
        &[
            ("a", "party"),
            ("b", "party"),
            ("c", "party"),
            ("d", "party"),
            ("e", "party"),
            ("x", "demand"),
            ("y", "proposal"),
        ],
        vec![
            edge("a", "demands", "x"),
            edge("b", "proposes", "x"),
            edge("d", "rejects", "x"),
            counter,
            edge("e", "accepts", "x"),
            edge("a", "supports", "y"),
        ],
    );
    let g = graph(&d);
    let v = View::new(&g, &ViewSpec::all_time()).unwrap();
    let x = g.find("x").unwrap();
    let parties = |side| -> Vec<(Relation, String)> {
        who_side(&v, x, side)
            .groups
            .into_iter()
            .flat_map(|grp| {
                grp.parties
                    .into_iter()
                    .map(move |p| (grp.relation, p.party.id))
            })
            .collect()
    };
    assert_eq!(
        parties(Side::For),
        [
            (Relation::Demands, "a".into()),
            (Relation::Proposes, "b".into()),
            (Relation::Accepts, "e".into())
        ]
    );
    assert_eq!(
        parties(Side::Against),
        [
            (Relation::Rejects, "d".into()),
            (Relation::Counters, "c".into())
        ]
    );
    // How did c answer x? It countered with y.
    let r = responses(&v, x, g.find("c"));
    assert_eq!(r.responses.len(), 1);
    assert_eq!(r.responses[0].relation, Relation::Counters);
    assert_eq!(r.responses[0].with.as_ref().unwrap().id, "y");
    let all = responses(&v, x, None);
    let asked: Vec<&str> = all.put_by.iter().map(|p| p.party.id.as_str()).collect();
    assert_eq!(asked, ["a", "b"]);
    assert_eq!(all.responses.len(), 3, "rejects, counters, accepts");
}

#[test]
fn blockers_name_the_knot_their_chain_closes() {
    // x needs a; a needs b; b needs a (a knot below x, not through x).
    let d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("a", "condition"),
            ("b", "condition"),
        ],
        vec![
            cond("x", "a", "p"),
            cond("a", "b", "p"),
            cond("b", "a", "q"),
        ],
    );
    let g = graph(&d);
    let v = View::new(&g, &ViewSpec::all_time()).unwrap();
    let b = blockers(&v, g.find("x").unwrap(), false);
    assert_eq!(
        b.deadlock.as_deref(),
        Some(&["a".to_string(), "b".into(), "a".into()][..])
    );
    assert_eq!(b.knots.len(), 1);
    assert_eq!(b.knots[0].parties, ["p", "q"]);
    // Met b unties it.
    let spec = ViewSpec {
        assume: vec!["b".into()],
        ..ViewSpec::all_time()
    };
    let v = View::new(&g, &spec).unwrap();
    let b = blockers(&v, g.find("x").unwrap(), false);
    assert!(b.deadlock.is_none() && b.knots.is_empty());
}

#[test]
fn the_default_day_is_the_newest_source_and_answers_say_why() {
    let mut d = doc(
        &[("p", "party"), ("x", "demand")],
        vec![edge("p", "demands", "x")],
    );
    d["sources"] = json!([
        {"id": "src", "title": "Old", "date": "2025-05-10"},
        {"id": "new", "title": "New", "date": "2025-05-12"}
    ]);
    let g = graph(&d);
    let v = View::new(&g, &ViewSpec::default()).unwrap();
    assert_eq!(v.as_of, "2025-05-12".parse().ok());
    assert_eq!(v.as_of_basis, AsOfBasis::NewestSource);
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args(["who", "x", "--json"])
        .output()
        .unwrap();
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["as_of"], "2025-05-12");
    assert_eq!(answer["as_of_basis"], "newest-source");
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args(["who", "x", "--json", "--as-of", "2025-05-11"])
        .output()
        .unwrap();
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["as_of_basis"], "given");
    // No dated source: today.
    let g = graph(&doc(
        &[("p", "party"), ("x", "demand")],
        vec![edge("p", "demands", "x")],
    ));
    let v = View::new(&g, &ViewSpec::default()).unwrap();
    assert_eq!(v.as_of_basis, AsOfBasis::Today);
    assert_eq!(v.as_of, Some(Date::today()));
}

#[test]
fn several_citations_load_show_and_save() {
    let mut e = edge("p", "demands", "x");
    e.as_object_mut().unwrap().remove("source");
    e.as_object_mut().unwrap().remove("quote");
    e["citations"] = json!([
        {"source": "src", "quote": "first words"},
        {"source": "src", "quote": "second words", "speaker": "two officials"}
    ]);
    let d = doc(&[("p", "party"), ("x", "demand")], vec![e]);
    let g = graph(&d);
    let v = View::new(&g, &ViewSpec::all_time()).unwrap();
    let w = negograph::query::who::who(&v, g.find("x").unwrap(), None);
    let link = &w.groups[0].parties[0].link;
    assert_eq!(link.quote.as_deref(), Some("first words"));
    assert_eq!(link.citations.len(), 2);
    assert_eq!(link.citations[1].speaker.as_deref(), Some("two officials"));
    let text = negograph::load::to_canonical_json(g.document());
    assert!(text.contains("\"negograph\": 1.1"), "{text}");
    assert!(text.contains("\"citations\": ["), "{text}");
    let back = negograph::load::parse_document("t", &text).unwrap();
    assert_eq!(negograph::load::to_canonical_json(&back), text);
}

/// `check`'s codes for a document, errors and warnings.
fn codes(d: &Value) -> Vec<(String, String)> {
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args(["check", "--json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["code"].as_str().unwrap().to_owned(),
                x["path"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn check_refuses_misused_format_1_1_fields_with_paths() {
    let mut threat = edge("p", "threatens", "x");
    threat["target"] = json!("x"); // a demand, not a party
    threat["trigger"] = json!("nowhere");
    let mut misplaced = edge("p", "demands", "x");
    misplaced["with"] = json!("x");
    let mut twice = edge("q", "supports", "x");
    twice.as_object_mut().unwrap().remove("source");
    twice.as_object_mut().unwrap().remove("quote");
    twice["citations"] = json!([{"source": "src", "quote": "w"}, {"source": "src", "quote": "w"}]);
    let mut d = doc(
        &[("p", "party"), ("q", "party"), ("x", "demand")],
        vec![threat, misplaced, twice],
    );
    d["nodes"][0]["actor"] = json!(["q"]); // a party has no actor
    d["nodes"][2]["actor"] = json!(["x"]); // not a party
    d["nodes"][2]["quantity"] = json!("lots");
    d["nodes"][2]["status_history"] =
        json!([{"status": "met", "on": "2025-06-02"}, {"status": "open", "on": "2025-06-01"}]);
    let found = codes(&d);
    for (code, path) in [
        ("actor-on-party", "nodes[0].actor[0]"),
        ("wrong-kinds", "nodes[2].actor[0]"),
        ("bad-quantity", "nodes[2].quantity"),
        ("history-order", "nodes[2].status_history[1].on"),
        ("wrong-kinds", "edges[0].target"),
        ("unknown-node", "edges[0].trigger"),
        ("misplaced-field", "edges[1].with"),
        ("duplicate-citation", "edges[2].citations[1].source"),
    ] {
        assert!(
            found.contains(&(code.to_owned(), path.to_owned())),
            "{code} at {path} not in {found:?}"
        );
    }
}

#[test]
fn check_accepts_a_sound_format_1_1_file_and_its_schema_names_the_fields() {
    let mut threat = edge("p", "threatens", "sanctions");
    threat["target"] = json!("q");
    threat["trigger"] = json!("refusal");
    let mut d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("sanctions", "condition"),
            ("refusal", "condition"),
            ("len", "issue"),
            ("term", "demand"),
            ("deal", "proposal"),
        ],
        vec![
            threat,
            edge("term", "part_of", "deal"),
            edge("q", "proposes", "deal"),
        ],
    );
    d["nodes"][5]["issue"] = json!("len");
    d["nodes"][5]["quantity"] = json!("45-60 days");
    d["nodes"][5]["actor"] = json!("q");
    let found = codes(&d);
    assert!(found.is_empty(), "{found:?}");
    negograph()
        .arg("schema")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"status_history\""))
        .stdout(predicate::str::contains("\"disputed_by\""))
        .stdout(predicate::str::contains("\"citations\""));
}
