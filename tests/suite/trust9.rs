//! What a blind tester found dated wrongly or accepted without a word (round
//! trust-8, findings 3, 5, 9 and 18), on hand-made graphs, through the binary.

use serde_json::{Value, json};

use crate::common::{json_ok, negograph, run_ok, temp_file};

/// Pay talks reported on 7 October: the employers' 50% offer (no date of its
/// own), replaced on 3 October by the 62% both sides accepted that day.
fn pay_talks() -> Value {
    json!({
        "negograph": 1.1,
        "title": "Dock pay talks",
        "sources": [{"id": "oct7", "title": "Strike suspended", "date": "2024-10-07"}],
        "nodes": [
            {"id": "union", "kind": "party", "label": "Union"},
            {"id": "employers", "kind": "party", "label": "Employers"},
            {"id": "pay", "kind": "issue", "label": "Pay"},
            {"id": "offer-50", "kind": "demand", "label": "50% offer", "issue": "pay", "quantity": "50%"},
            {"id": "deal-62", "kind": "demand", "label": "62% deal", "issue": "pay", "quantity": "62%"}
        ],
        "edges": [
            {"from": "employers", "relation": "proposes", "to": "offer-50",
             "source": "oct7", "quote": "the 50% hike earlier offered"},
            {"from": "union", "relation": "accepts", "to": "deal-62", "since": "2024-10-03",
             "source": "oct7", "quote": "an agreement on 62%"},
            {"from": "employers", "relation": "accepts", "to": "deal-62", "since": "2024-10-03",
             "source": "oct7", "quote": "an agreement on 62%"},
            {"from": "deal-62", "relation": "supersedes", "to": "offer-50", "since": "2024-10-03",
             "source": "oct7", "quote": "an agreement on 62%"}
        ]
    })
}

fn positions(issues: &Value) -> Vec<Value> {
    issues["issues"][0]["positions"].as_array().unwrap().clone()
}

#[test]
fn issues_on_a_day_leaves_out_claims_made_after_it_and_keeps_the_earlier_offer_first() {
    let (_dir, file) = temp_file("pay.json", pay_talks().to_string().as_bytes());
    let before = json_ok(&file, &["issues", "--as-of", "2024-10-02"]);
    let rows = positions(&before);
    // The acceptances of 3 October had not happened on 2 October: no row
    // saying they no longer hold.
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0]["relation"], "proposes");
    assert_eq!(rows[0]["current"], true);
    assert_eq!(before["not_yet"], 2);
    // The offer is dated before its replacement whatever the day asked.
    assert_eq!(rows[0]["before"], "2024-10-03");
    let now = json_ok(&file, &["issues"]);
    let rows = positions(&now);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["relation"], "proposes");
    assert_eq!(rows[0]["before"], "2024-10-03");
    assert_eq!(rows[0]["current"], false);
    assert!(now.get("not_yet").is_none());
    let text = run_ok(&file, &["issues", "--as-of", "2024-10-02"]);
    assert!(
        text.contains("2 statements made after 2024-10-02 not listed"),
        "{text}"
    );
    assert!(!text.contains("no longer holds"), "{text}");
}

/// A demand cited by a 1 March memo and again by a 20 March briefing, and
/// a second claim the briefing alone reports.
fn reported_twice() -> Value {
    json!({
        "negograph": 1,
        "title": "Trade talks",
        "sources": [
            {"id": "memo", "title": "Memo", "date": "2025-03-01"},
            {"id": "brief", "title": "Briefing", "date": "2025-03-20"}
        ],
        "nodes": [
            {"id": "a", "kind": "party", "label": "Country A"},
            {"id": "cut", "kind": "demand", "label": "Subsidy cut"}
        ],
        "edges": [
            {"from": "a", "relation": "demands", "to": "cut", "citations": [
                {"source": "memo", "quote": "A asks for the cut."},
                {"source": "brief", "quote": "A repeated the cut must come."}
            ]}
        ]
    })
}

/// `(on, sources, first_reported)` of each "reported" entry.
fn reports(changes: &Value) -> Vec<(String, Vec<String>, bool)> {
    changes["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let sources = e["new_sources"].as_array().unwrap();
            (
                e["on"].as_str().unwrap().to_owned(),
                sources
                    .iter()
                    .map(|s| s.as_str().unwrap().to_owned())
                    .collect(),
                e["first_reported"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_later_source_reports_a_claim_on_its_own_day_in_timeline_and_changes_alike() {
    let (_dir, file) = temp_file("trade.json", reported_twice().to_string().as_bytes());
    let both = vec![
        ("2025-03-01".to_owned(), vec!["memo".to_owned()], true),
        ("2025-03-20".to_owned(), vec!["brief".to_owned()], false),
    ];
    assert_eq!(reports(&json_ok(&file, &["timeline"])), both);
    let window = ["changes", "--from", "2025-02-28", "--to", "2025-03-20"];
    assert_eq!(reports(&json_ok(&file, &window)), both);
    // The second half of the span alone: the same 20 March report.
    let late = ["changes", "--from", "2025-03-01", "--to", "2025-03-20"];
    assert_eq!(reports(&json_ok(&file, &late)), both[1..]);
    let text = run_ok(&file, &["timeline"]);
    assert!(!text.contains("memo, brief"), "{text}");
    assert!(text.contains("2025-03-20  reported"), "{text}");
}

/// Iran refused a cap from 15 March until April; the cap was rejected in
/// April (both dated only to the month).
fn april() -> Value {
    json!({
        "negograph": 1.2,
        "title": "Dated talks",
        "sources": [{"id": "monthly", "title": "Monthly", "date": "2025-04"}],
        "nodes": [
            {"id": "iran", "kind": "party", "label": "Iran"},
            {"id": "cap", "kind": "demand", "label": "Enrichment cap",
             "status_history": [{"status": "rejected", "on": "2025-04", "source": "monthly", "quote": "rejected in April"}]}
        ],
        "edges": [
            {"from": "iran", "relation": "rejects", "to": "cap", "since": "2025-03-15", "until": "2025-04",
             "source": "monthly", "quote": "Iran refused any cap until April"}
        ]
    })
}

#[test]
fn a_window_written_in_months_runs_from_the_first_months_start_to_the_last_months_end() {
    let (_dir, file) = temp_file("april.json", april().to_string().as_bytes());
    // March and April: after the last day of February, up to 30 April.
    let months = json_ok(&file, &["changes", "--from", "2025-03", "--to", "2025-04"]);
    let days = json_ok(
        &file,
        &["changes", "--from", "2025-02-28", "--to", "2025-04-30"],
    );
    assert_eq!(months, days);
    // Iran's refusal of 15 March began and ended inside the window.
    assert_eq!(months["added"].as_array().unwrap().len(), 1, "{months:#}");
    assert_eq!(months["removed"].as_array().unwrap().len(), 1, "{months:#}");
    let note = months["status"][0]["date_note"].as_str().unwrap();
    assert!(!note.contains("outside"), "{note}");
    // April alone is the window after 31 March up to 30 April (finding 9's
    // day form): the refusal ends in it, but began before it.
    let april_only = json_ok(&file, &["changes", "--from", "2025-04", "--to", "2025-04"]);
    let april_days = json_ok(
        &file,
        &["changes", "--from", "2025-03-31", "--to", "2025-04-30"],
    );
    assert_eq!(april_only, april_days);
    assert_eq!(april_only["added"], json!([]), "{april_only:#}");
    assert_eq!(april_only["removed"].as_array().unwrap().len(), 1);
    let text = run_ok(&file, &["changes", "--from", "2025-03", "--to", "2025-04"]);
    assert!(text.contains("ended"), "{text}");
    // `dot --changes` reads the same window.
    let dot = |from: &str, to: &str| {
        let out = negograph()
            .arg("-f")
            .arg(&file)
            .args(["dot", "--changes", "--from", from, "--to", to])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(dot("2025-03", "2025-04"), dot("2025-02-28", "2025-04-30"));
}

/// Three parties and two positions: B demands that A cut its tariffs, C
/// that B raise its quotas; `extra` claims come after.
fn circle_talks(extra: &[Value]) -> Value {
    let mut edges = vec![
        json!({"from": "b", "relation": "demands", "to": "cut", "source": "memo", "quote": "q"}),
        json!({"from": "c", "relation": "demands", "to": "quota", "source": "memo", "quote": "q"}),
    ];
    edges.extend(extra.iter().cloned());
    json!({
        "negograph": 1.1,
        "title": "Circles",
        "sources": [{"id": "memo", "title": "Memo", "date": "2025-03-01"}],
        "nodes": [
            {"id": "a", "kind": "party", "label": "Country A"},
            {"id": "b", "kind": "party", "label": "Country B"},
            {"id": "c", "kind": "party", "label": "Country C"},
            {"id": "cut", "kind": "demand", "label": "A cuts its tariffs", "actor": "a"},
            {"id": "quota", "kind": "demand", "label": "B raises its quotas", "actor": "b"}
        ],
        "edges": edges
    })
}

fn claim(from: &str, relation: &str, to: &str) -> Value {
    json!({"from": from, "relation": relation, "to": to, "by": "a", "source": "memo", "quote": "q"})
}

/// `check --json`: its exit code and its diagnostics' (severity, code).
fn check(doc: &Value) -> (i32, Vec<(String, String)>) {
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&file)
        .args(["check", "--json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let text = |k: &str| d[k].as_str().unwrap_or("").to_owned();
            (text("severity"), text("code"))
        })
        .collect();
    (out.status.code().unwrap(), found)
}

#[test]
fn a_claim_from_a_node_to_itself_is_warned_of_and_read_as_the_warning_says() {
    for (from, relation, to) in [
        ("a", "member_of", "a"),
        ("cut", "conditions_on", "cut"),
        ("cut", "supersedes", "cut"),
        ("cut", "excludes", "cut"),
    ] {
        let (code, found) = check(&circle_talks(&[claim(from, relation, to)]));
        assert_eq!(code, 0, "{relation}: {found:?}");
        assert!(
            found.contains(&("warning".into(), "self-edge".into())),
            "{relation}: {found:?}"
        );
    }
    // A position replacing itself is not withdrawn by it.
    let doc = circle_talks(&[claim("cut", "supersedes", "cut")]);
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    assert!(!run_ok(&file, &["show", "cut"]).contains("withdrawn"));
    // A party a member of itself: the claim is listed as the file says it,
    // but B speaks for no one through it, so no stand is said as another's.
    let doc = circle_talks(&[claim("b", "member_of", "b")]);
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let stance = json_ok(&file, &["stance", "b"]);
    assert_eq!(listed_ids(&stance["member_of"]), ["b"], "{stance:#}");
    assert_eq!(listed_ids(&stance["members"]), ["b"], "{stance:#}");
    assert!(
        !stance["positions"].to_string().contains("\"speaker\""),
        "{stance:#}"
    );
    // A position conditioned on itself is a deadlock of one, said as one.
    let doc = circle_talks(&[claim("cut", "conditions_on", "cut")]);
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let knots = json_ok(&file, &["deadlocks"]);
    let first = &knots["deadlocks"][0];
    assert_eq!(first["nodes"], json!(["cut"]), "{knots:#}");
}

#[test]
fn parties_members_of_each_other_are_warned_of_and_speak_for_no_one() {
    let doc = circle_talks(&[claim("a", "member_of", "b"), claim("b", "member_of", "a")]);
    let (code, found) = check(&doc);
    assert_eq!(code, 0);
    assert!(
        found.contains(&("warning".into(), "membership-circle".into())),
        "{found:?}"
    );
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    // B's demand is B's: A does not demand that A cut its own tariffs.
    let who = json_ok(&file, &["who", "cut", "--side", "for"]);
    let text = who.to_string();
    assert!(!text.contains("\"speaker\":\"b\""), "{who:#}");
    // The circle's claims are listed, as `show` lists them, but not used.
    let stance = json_ok(&file, &["stance", "a"]);
    assert_eq!(listed_ids(&stance["member_of"]), ["b"], "{stance:#}");
    assert_eq!(listed_ids(&stance["members"]), ["b"], "{stance:#}");
    assert!(
        !stance["positions"].to_string().contains("\"cut\""),
        "{stance:#}"
    );
    // A membership outside the circle still counts: C speaks for A.
    let doc = circle_talks(&[
        claim("a", "member_of", "b"),
        claim("b", "member_of", "a"),
        claim("c", "member_of", "a"),
    ]);
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let stance = json_ok(&file, &["stance", "a"]);
    assert_eq!(listed_ids(&stance["members"]), ["b", "c"], "{stance:#}");
    let positions = stance["positions"].to_string();
    assert!(positions.contains("\"speaker\":\"c\""), "{stance:#}");
    assert!(!positions.contains("\"speaker\":\"b\""), "{stance:#}");
}

/// The ids of the targets of `stance --json`'s listed claims, in order.
fn listed_ids(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|p| p["target"]["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn positions_replacing_each_other_are_warned_of_and_neither_is_withdrawn() {
    let doc = circle_talks(&[
        claim("cut", "supersedes", "quota"),
        claim("quota", "supersedes", "cut"),
    ]);
    let (code, found) = check(&doc);
    assert_eq!(code, 0);
    assert!(
        found.contains(&("warning".into(), "supersedes-circle".into())),
        "{found:?}"
    );
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    for args in [&["show", "cut"][..], &["show", "quota", "--all-time"]] {
        let shown = run_ok(&file, args);
        assert!(!shown.contains("withdrawn"), "{shown}");
    }
    let timeline = json_ok(&file, &["timeline"]);
    assert_eq!(timeline["status"], json!([]), "{timeline:#}");
    // A one-way replacement still withdraws the older position.
    let doc = circle_talks(&[claim("cut", "supersedes", "quota")]);
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    assert!(run_ok(&file, &["show", "quota"]).contains("withdrawn"));
}

#[test]
fn a_knot_whose_first_node_also_needs_itself_shows_the_knots_own_loop() {
    let doc = circle_talks(&[
        claim("cut", "conditions_on", "quota"),
        claim("quota", "conditions_on", "cut"),
        claim("cut", "conditions_on", "cut"),
    ]);
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let knots = json_ok(&file, &["deadlocks"]);
    let first = &knots["deadlocks"][0];
    assert_eq!(first["nodes"], json!(["cut", "quota"]), "{knots:#}");
    assert_eq!(first["cycle"], json!(["cut", "quota", "cut"]), "{knots:#}");
}
