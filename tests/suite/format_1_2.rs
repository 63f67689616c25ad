//! Format 1.2 on small hand-made graphs whose answers were worked out by
//! hand: an answer between yes and no (`considers`), taking part in talks
//! (`takes_part_in`), the reason for a stand (a citation's `reason`), and
//! the version a file must declare to use them.

use crate::common;

use common::{doc, edge, graph, negograph, run_ok, temp_file};
use negograph::model::Relation;
use negograph::query::responses::responses;
use negograph::query::who::{Side, who_side};
use negograph::view::{View, ViewSpec};
use predicates::prelude::*;
use serde_json::{Value, json};

/// A labour dispute: the employer proposes a deal whose term `end-strike`
/// the union must deliver; the union considers the deal, because of the
/// pension issue, and does not endorse it.
fn dispute(union_answer: &str) -> Value {
    let mut answer = json!({
        "from": "union", "relation": union_answer, "to": "deal",
        "citations": [
            {"source": "src", "quote": "the union declined to recommend the proposal"},
            {"source": "src", "quote": "because of the pension issue", "reason": "the pension issue"}
        ]
    });
    if union_answer != "considers" {
        answer["citations"].as_array_mut().unwrap().pop();
    }
    let mut d = doc(
        &[
            ("union", "party"),
            ("employer", "party"),
            ("mediator", "party"),
            ("deal", "proposal"),
            ("end-strike", "condition"),
            ("pay-rise", "demand"),
        ],
        vec![
            edge("employer", "proposes", "deal"),
            edge("end-strike", "part_of", "deal"),
            edge("pay-rise", "part_of", "deal"),
            answer,
            edge("mediator", "takes_part_in", "deal"),
        ],
    );
    d["negograph"] = json!(1.2);
    d["nodes"][4]["actor"] = json!("union");
    d["nodes"][5]["actor"] = json!("employer");
    d
}

pub(crate) fn answer(d: &Value, args: &[&str]) -> Value {
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    common::json_ok(&path, args)
}

pub(crate) fn text(d: &Value, args: &[&str]) -> String {
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    common::run_ok(&path, args)
}

/// Each obstacle of `blockers TARGET` as "kind id".
fn obstacles(d: &Value, target: &str) -> Vec<String> {
    answer(d, &["blockers", target])["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            format!(
                "{} {}",
                b["kind"].as_str().unwrap(),
                b["id"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_party_that_considers_has_neither_agreed_nor_refused() {
    let d = dispute("considers");
    let g = graph(&d);
    let v = View::new(&g, &ViewSpec::all_time()).unwrap();
    let deal = g.find("deal").unwrap();
    let ids = |side| -> Vec<String> {
        who_side(&v, deal, side)
            .groups
            .into_iter()
            .flat_map(|grp| grp.parties.into_iter().map(|p| p.party.id))
            .collect()
    };
    // On no side: only the employer is for the deal, nobody against.
    assert_eq!(ids(Side::For), ["employer"]);
    assert!(ids(Side::Against).is_empty());
    // It is an answer to the deal.
    let r = responses(&v, deal, None);
    let answered: Vec<(String, Relation)> = r
        .responses
        .iter()
        .map(|a| (a.party.id.clone(), a.relation))
        .collect();
    assert_eq!(answered, [("union".to_owned(), Relation::Considers)]);
    // Not agreed: the union's term is still an obstacle; not refused: no
    // refusal. The employer's term it proposes itself is agreed.
    assert_eq!(obstacles(&d, "deal"), ["term end-strike"]);
}

#[test]
fn considering_differs_from_accepting_and_from_rejecting_by_hand() {
    // Accepting agrees to the package and so to its term: nothing stands in the way.
    assert!(obstacles(&dispute("accepts"), "deal").is_empty());
    // Rejecting refuses it: a refusal, and the term is not agreed either.
    let rejected = obstacles(&dispute("rejects"), "deal");
    assert!(
        rejected.contains(&"refusal union".to_owned()),
        "{rejected:?}"
    );
    assert!(
        rejected.contains(&"term end-strike".to_owned()),
        "{rejected:?}"
    );
    // Considering: the term, and no refusal.
    let considered = obstacles(&dispute("considers"), "deal");
    assert!(
        !considered.iter().any(|o| o.starts_with("refusal")),
        "{considered:?}"
    );
}

#[test]
fn responses_and_show_print_the_answer_and_its_reason() {
    let d = dispute("considers");
    let out = text(&d, &["responses", "deal"]);
    assert!(out.contains("considers"), "{out}");
    assert!(out.contains("the reason: the pension issue"), "{out}");
    assert!(out.contains("because of the pension issue"), "{out}");
    let json = answer(&d, &["responses", "deal"]);
    let citations = &json["responses"][0]["link"]["citations"];
    assert_eq!(citations[1]["reason"], json!("the pension issue"));
    assert_eq!(citations[1]["quote"], json!("because of the pension issue"));
}

#[test]
fn who_lists_the_parties_taking_part() {
    let d = dispute("considers");
    let out = text(&d, &["who", "deal"]);
    assert!(out.contains("takes part in"), "{out}");
    assert!(out.contains("Label of mediator"), "{out}");
    let g = graph(&d);
    let v = View::new(&g, &ViewSpec::all_time()).unwrap();
    // Taking part is no side.
    let deal = g.find("deal").unwrap();
    for side in [Side::For, Side::Against] {
        assert!(
            !who_side(&v, deal, side)
                .groups
                .iter()
                .any(|grp| grp.relation == Relation::TakesPartIn)
        );
    }
}

/// `check --json`'s diagnostic codes.
pub(crate) fn codes(d: &Value) -> Vec<String> {
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
        .map(|x| x["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_file_using_1_2_must_declare_it_and_older_files_read_unchanged() {
    assert!(codes(&dispute("considers")).is_empty());
    // Declared 1.1 while using `considers`: a warning naming the relation.
    let mut older = dispute("considers");
    older["negograph"] = json!(1.1);
    assert_eq!(codes(&older), ["version-too-low"]);
    let (_dir, path) = temp_file("g.json", older.to_string().as_bytes());
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .assert()
        .stderr(predicate::str::contains(
            "declares format 1.1 but uses the relation 'considers'",
        ))
        .stderr(predicate::str::contains("which came in format 1.2"));
    // A reason alone needs 1.2 as well.
    let mut reason_only = dispute("accepts");
    reason_only["negograph"] = json!(1.1);
    reason_only["edges"][3]["citations"][0]["reason"] = json!("the pay rise");
    assert_eq!(codes(&reason_only), ["version-too-low"]);
    // A file of 1 that uses 1.1's fields is read as before, without a word.
    let mut one = dispute("accepts");
    one["negograph"] = json!(1);
    one["edges"][4] = edge("mediator", "mediates", "deal");
    assert_eq!(codes(&one), Vec::<String>::new());
}

#[test]
fn link_and_set_edge_write_the_new_relations_and_reason_and_the_file_becomes_1_2() {
    let mut d = dispute("accepts");
    d["negograph"] = json!(1.1);
    d["edges"].as_array_mut().unwrap().truncate(3);
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    let run = |args: &[&str]| {
        negograph()
            .arg("-f")
            .arg(&path)
            .args(args)
            .assert()
            .success()
    };
    run(&[
        "link",
        "union",
        "considers",
        "deal",
        "--source",
        "src",
        "--quote",
        "because of the pension issue",
        "--reason",
        "the pension issue",
    ]);
    run(&["link", "mediator", "takes_part_in", "deal"]);
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["negograph"], json!(1.2));
    let considers = saved["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["relation"] == "considers")
        .unwrap();
    assert_eq!(
        considers["citations"][0]["reason"],
        json!("the pension issue")
    );
    run(&[
        "set-edge",
        "union",
        "considers",
        "deal",
        "reason=the pensions",
    ]);
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let considers = saved["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["relation"] == "considers")
        .unwrap();
    assert_eq!(considers["citations"][0]["reason"], json!("the pensions"));
    // The reason needs a quote it stands on.
    negograph()
        .arg("-f")
        .arg(&path)
        .args(["link", "union", "considers", "deal", "--reason", "x"])
        .assert()
        .failure();
    negograph()
        .arg("schema")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"reason\""))
        .stdout(predicate::str::contains("\"considers\""))
        .stdout(predicate::str::contains("\"takes_part_in\""));
}

#[test]
fn check_gives_advice_that_can_be_followed_for_an_issue_no_term_names() {
    let d = doc(
        &[("a", "party"), ("x", "demand"), ("len", "issue")],
        vec![edge("a", "demands", "x")],
    );
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .assert()
        .success()
        .stderr(predicate::str::contains("name it in a term's issue"))
        .stderr(predicate::str::contains("link it to a position").not());
}

#[test]
fn a_claim_dated_outside_its_ends_days_is_a_warning() {
    // Round 1 ends on 10 May; round 2 replaces it from 20 May: on no day
    // are both the claim and round 1 in force, so no dated answer sees it.
    let mut supersedes = edge("round-2", "supersedes", "round-1");
    supersedes["since"] = json!("2025-05-20");
    let mut d = doc(
        &[
            ("a", "party"),
            ("round-1", "proposal"),
            ("round-2", "proposal"),
        ],
        vec![
            edge("a", "proposes", "round-1"),
            edge("a", "proposes", "round-2"),
            supersedes,
        ],
    );
    d["nodes"][1]["until"] = json!("2025-05-10");
    assert_eq!(codes(&d), ["edge-hidden"]);
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "'round-2 supersedes round-1' holds from 2025-05-20",
        ))
        .stderr(predicate::str::contains("'round-1' ends on 2025-05-10"));
    // Dated on or before the end, it is seen on that day: no warning.
    d["edges"][2]["since"] = json!("2025-05-10");
    assert!(codes(&d).is_empty());
    // A claim ending before its node starts is hidden as well.
    d["edges"][2]["since"] = json!("2025-04-01");
    d["edges"][2]["until"] = json!("2025-04-02");
    d["nodes"][2]["since"] = json!("2025-05-01");
    assert_eq!(codes(&d), ["edge-hidden"]);
}

/// Two positions of one day, written in the file in the wrong order: the
/// source says the U.S. first suggested 3.67 percent, then that all
/// enrichment must stop.
fn one_day() -> Value {
    let mut zero = edge("us", "demands", "zero");
    zero["since"] = json!("2025-05-10");
    zero["seq"] = json!(2);
    let mut cap = edge("us", "demands", "cap");
    cap["since"] = json!("2025-05-10");
    cap["seq"] = json!(1);
    let mut refusal = edge("iran", "rejects", "zero");
    refusal["since"] = json!("2025-05-10");
    let mut d = doc(
        &[
            ("us", "party"),
            ("iran", "party"),
            ("cap", "demand"),
            ("zero", "demand"),
        ],
        vec![zero, cap, refusal],
    );
    d["negograph"] = json!(1.2);
    d
}

/// `added` as "from relation to" in the answer's order.
fn added(v: &Value) -> Vec<String> {
    v["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {}",
                c["from"].as_str().unwrap(),
                c["relation"].as_str().unwrap(),
                c["to"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn changes_and_timeline_order_a_days_claims_by_seq() {
    let d = one_day();
    assert!(codes(&d).is_empty(), "{:?}", codes(&d));
    // Without a seq first, in file order; then seq 1, seq 2.
    let want = ["iran rejects zero", "us demands cap", "us demands zero"];
    let v = answer(
        &d,
        &["changes", "--from", "2025-05-01", "--to", "2025-05-20"],
    );
    assert_eq!(added(&v), want);
    let v = answer(&d, &["timeline"]);
    assert_eq!(added(&v), want);
    assert_eq!(v["added"][1]["seq"], json!(1));
    let out = text(&d, &["timeline"]);
    assert!(out.contains("since 2025-05-10, #1 of the day"), "{out}");
    // Without seq the file's order stands: zero before cap.
    let mut plain = d.clone();
    for e in plain["edges"].as_array_mut().unwrap() {
        e.as_object_mut().unwrap().remove("seq");
    }
    let v = answer(&plain, &["timeline"]);
    assert_eq!(
        added(&v),
        ["us demands zero", "us demands cap", "iran rejects zero"]
    );
}

#[test]
fn seq_is_written_by_link_and_set_edge_and_needs_1_2() {
    let mut d = one_day();
    d["negograph"] = json!(1.1);
    assert_eq!(codes(&d), ["version-too-low"]);
    d["edges"][1].as_object_mut().unwrap().remove("seq");
    d["edges"][0].as_object_mut().unwrap().remove("seq");
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    run_ok(&path, &["set-edge", "us", "demands", "cap", "seq=1"]);
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        (&saved["negograph"], &saved["edges"][1]["seq"]),
        (&json!(1.2), &json!(1))
    );
    negograph()
        .arg("-f")
        .arg(&path)
        .args(["set-edge", "us", "demands", "cap", "seq=first"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "seq 'first' is not a whole number",
        ));
    run_ok(
        &path,
        &[
            "link",
            "iran",
            "rejects",
            "cap",
            "--since",
            "2025-05-10",
            "--seq",
            "3",
        ],
    );
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["edges"][3]["seq"], json!(3));
}

/// A threat whose maker the report does not name: a party marked unnamed,
/// its label how the source refers to it.
fn unnamed_threat() -> Value {
    let mut threat = edge("someone", "threatens", "strikes");
    threat["target"] = json!("hamas");
    let mut d = doc(
        &[
            ("someone", "party"),
            ("hamas", "party"),
            ("strikes", "condition"),
        ],
        vec![threat],
    );
    d["negograph"] = json!(1.2);
    d["nodes"][0]["label"] = json!("an official the report does not name");
    d["nodes"][0]["unnamed"] = json!(true);
    d
}

#[test]
fn a_claim_by_an_unnamed_party_says_so_in_every_answer() {
    let d = unnamed_threat();
    assert!(codes(&d).is_empty(), "{:?}", codes(&d));
    let out = text(&d, &["who", "strikes"]);
    assert!(
        out.contains("an official the report does not name (unnamed in the source)"),
        "{out}"
    );
    let json = answer(&d, &["show", "someone"]);
    assert!(json.to_string().contains(r#""unnamed":true"#), "{json}");
    // Two unnamed parties stay two: nothing merges them.
    let mut two = unnamed_threat();
    two["nodes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "someone-else", "kind": "party", "label": "an official the report does not name", "unnamed": true}));
    let mut second = edge("someone-else", "threatens", "strikes");
    second["target"] = json!("hamas");
    two["edges"].as_array_mut().unwrap().push(second);
    let v = answer(&two, &["who", "strikes"]);
    assert_eq!(v.to_string().matches(r#""unnamed":true"#).count(), 2, "{v}");
}

#[test]
fn only_a_party_is_unnamed_and_it_needs_1_2_and_add_and_set_write_it() {
    let mut d = unnamed_threat();
    d["nodes"][2]["unnamed"] = json!(true);
    assert_eq!(codes(&d), ["misplaced-field"]);
    let mut d = unnamed_threat();
    d["negograph"] = json!(1.1);
    assert_eq!(codes(&d), ["version-too-low"]);
    let mut d = unnamed_threat();
    d["negograph"] = json!(1);
    d["nodes"][0].as_object_mut().unwrap().remove("unnamed");
    d["edges"][0].as_object_mut().unwrap().remove("target");
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    run_ok(&path, &["set", "someone", "unnamed=true"]);
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        (&saved["negograph"], &saved["nodes"][0]["unnamed"]),
        (&json!(1.2), &json!(true))
    );
    run_ok(
        &path,
        &[
            "add",
            "party",
            "mediators",
            "--label",
            "the mediators",
            "--unnamed",
        ],
    );
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["nodes"][3]["unnamed"], json!(true));
    negograph()
        .arg("-f")
        .arg(&path)
        .args(["set", "someone", "unnamed=maybe"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unnamed is true or false"));
}

#[test]
fn a_considers_claim_says_its_shade_in_stance() {
    let mut d = dispute("considers");
    d["edges"][3]["stance"] = json!("declines to recommend");
    assert!(codes(&d).is_empty(), "{:?}", codes(&d));
    let out = text(&d, &["responses", "deal"]);
    assert!(out.contains("stance: declines to recommend"), "{out}");
    let v = answer(&d, &["responses", "deal"]);
    assert_eq!(
        v["responses"][0]["link"]["stance"],
        json!("declines to recommend")
    );
    // Only on considers: an acceptance has no shade to say.
    let mut wrong = dispute("accepts");
    wrong["edges"][3]["stance"] = json!("gladly");
    assert_eq!(codes(&wrong), ["misplaced-field"]);
    let mut empty = dispute("considers");
    empty["edges"][3]["stance"] = json!(" ");
    assert_eq!(codes(&empty), ["empty-text"]);
    // set-edge writes it; link takes it.
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    run_ok(
        &path,
        &["set-edge", "union", "considers", "deal", "stance=defers"],
    );
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["edges"][3]["stance"], json!("defers"));
    run_ok(
        &path,
        &[
            "link",
            "employer",
            "considers",
            "end-strike",
            "--stance",
            "will study it",
        ],
    );
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["edges"][5]["stance"], json!("will study it"));
}
