//! Quantities in proposals' terms, compared: percent spellings, money,
//! vague counts, shares and rates, on the graph of two proposals whose
//! answers were worked out by hand (see `common::two_proposals`).

use crate::common;
use crate::packages::{answer, negograph_text};

use common::{negograph, run_ok, temp_file, two_proposals};
use serde_json::{Value, json};

/// `two_proposals` with the truce terms' quantities replaced.
fn truce_quantities(a: &str, b: &str) -> Value {
    let mut doc = two_proposals();
    for n in doc["nodes"].as_array_mut().unwrap() {
        match n["id"].as_str() {
            Some("a-truce") => n["quantity"] = a.into(),
            Some("b-truce") => n["quantity"] = b.into(),
            _ => {}
        }
    }
    doc
}

#[test]
fn compare_aligns_percent_spellings_and_says_the_gap_in_percentage_points() {
    // 35% against 25 percent: one unit; 35 - 25 = 10 points apart.
    let doc = truce_quantities("35%", "25 percent");
    let v = answer(&doc, &["compare", "us-plan", "hamas-plan"]);
    let truce = &v["issues"][0];
    assert_eq!(
        (
            &truce["comparable"],
            &truce["gap"],
            &truce["gap_text"],
            &truce["unit"]
        ),
        (
            &json!(true),
            &json!(10.0),
            &json!("10 percentage points"),
            &json!("%")
        )
    );
    let text = negograph_text(&doc, &["compare", "us-plan", "hamas-plan"]);
    assert!(
        text.contains("→ gap 10 percentage points; no overlap"),
        "{text}"
    );
    // "per cent" is the same unit again.
    let v = answer(
        &truce_quantities("35%", "25 per cent"),
        &["compare", "us-plan", "hamas-plan"],
    );
    assert_eq!(v["issues"][0]["gap_text"], json!("10 percentage points"));
}

#[test]
fn compare_prints_money_as_money_and_refuses_two_currencies_with_the_reason() {
    // $7,000 against $5,000-$5,000... a range $4,000-5,000: the gap is 7,000 - 5,000.
    let doc = truce_quantities("$7,000", "$4,000-5,000");
    let v = answer(&doc, &["compare", "us-plan", "hamas-plan"]);
    assert_eq!(v["issues"][0]["gap_text"], json!("$2,000"));
    assert_eq!(v["issues"][0]["unit"], json!("USD"));
    let doc = truce_quantities("$7,000", "€7,000");
    let v = answer(&doc, &["compare", "us-plan", "hamas-plan"]);
    assert_eq!(
        (
            &v["issues"][0]["comparable"],
            &v["issues"][0]["not_comparable"]
        ),
        (&json!(false), &json!("one is in USD, another in EUR"))
    );
    let text = negograph_text(&doc, &["compare", "us-plan", "hamas-plan"]);
    assert!(
        text.contains("→ not comparable: one is in USD, another in EUR"),
        "{text}"
    );
}

#[test]
fn compare_of_vague_counts_shares_and_rates_worked_by_hand() {
    // "several hundred" is at least 200, no ceiling: against 150 the gap is 50.
    let v = answer(
        &truce_quantities("several hundred prisoners", "150 prisoners"),
        &["compare", "us-plan", "hamas-plan"],
    );
    assert_eq!(v["issues"][0]["gap_text"], json!("50 prisoners"));
    // ... and against 5,000 they overlap: nothing caps "several hundred".
    let v = answer(
        &truce_quantities("several hundred prisoners", "5,000 prisoners"),
        &["compare", "us-plan", "hamas-plan"],
    );
    assert_eq!(v["issues"][0]["overlap"], json!(true));
    // Half of a whole against 30% of the same whole: 20 points.
    let v = answer(
        &truce_quantities(
            "half of the remaining bodies",
            "30% of the remaining bodies",
        ),
        &["compare", "us-plan", "hamas-plan"],
    );
    assert_eq!(v["issues"][0]["gap_text"], json!("20 percentage points"));
    // Shares of different wholes, a rate beside a count: not comparable, and why.
    for (a, b, why) in [
        (
            "half of the bodies",
            "half of the hostages",
            "they are shares of different wholes: 'the bodies' and 'the hostages'",
        ),
        (
            "one day of ceasefire per hostage",
            "70 days",
            "one is a rate (per hostage), another is not",
        ),
        (
            "35%",
            "70 days",
            "one is a percentage, another a count of days",
        ),
    ] {
        let v = answer(
            &truce_quantities(a, b),
            &["compare", "us-plan", "hamas-plan"],
        );
        assert_eq!(v["issues"][0]["not_comparable"], json!(why), "{a} / {b}");
    }
    // Two rates per the same thing compare: 1 against 2 days per hostage.
    let v = answer(
        &truce_quantities(
            "one day of ceasefire per hostage",
            "2 days of ceasefire per hostage",
        ),
        &["compare", "us-plan", "hamas-plan"],
    );
    assert_eq!(v["issues"][0]["gap"], json!(1.0));
}

#[test]
fn quantities_reports_write_are_accepted_by_check_and_set() {
    for q in [
        "$7,000",
        "zero",
        "100% of the first 8%",
        "half of the remaining bodies",
        "one day of ceasefire per hostage",
        "several hundred prisoners",
        "€2 billion",
    ] {
        let doc = truce_quantities(q, "70 days");
        let text = serde_json::to_string_pretty(&doc).unwrap();
        let (_dir, file) = temp_file("g.json", text.as_bytes());
        negograph()
            .arg("-f")
            .arg(&file)
            .arg("check")
            .assert()
            .success();
        run_ok(&file, &["set", "b-truce", &format!("quantity={q}")]);
    }
}

/// Offers recorded as single positions (a demand that names an issue, as a
/// new user encoded "9% from Ford, 10% from GM") compare as packages of
/// one term, themselves: 9% and 10-12% are 1 point apart, by hand; a
/// demand that names no issue is refused, saying what compare takes.
#[test]
fn demands_that_name_an_issue_compare_as_offers_of_themselves() {
    let doc = json!({"negograph": 1.1, "title": "wages",
        "sources": [{"id": "s", "title": "S", "date": "2023-09-09"}],
        "nodes": [
            {"id": "union", "kind": "party", "label": "Union"},
            {"id": "ford", "kind": "party", "label": "Ford"},
            {"id": "gm", "kind": "party", "label": "GM"},
            {"id": "wages", "kind": "issue", "label": "Wage increase"},
            {"id": "ford-9", "kind": "demand", "label": "Ford: 9%", "issue": "wages", "quantity": "9%", "actor": "ford"},
            {"id": "gm-10", "kind": "demand", "label": "GM: 10-12%", "issue": "wages", "quantity": "10-12%", "actor": "gm"},
            {"id": "bonus", "kind": "demand", "label": "A bonus"}],
        "edges": [
            {"from": "ford", "relation": "proposes", "to": "ford-9", "source": "s", "quote": "9% from Ford"},
            {"from": "gm", "relation": "proposes", "to": "gm-10", "source": "s", "quote": "10 to 12% from GM"},
            {"from": "union", "relation": "rejects", "to": "gm-10", "source": "s", "quote": "insulting"},
            {"from": "union", "relation": "demands", "to": "bonus", "source": "s", "quote": "a bonus"}]});
    let v = answer(&doc, &["compare", "ford-9", "gm-10"]);
    let wages = &v["issues"][0];
    assert_eq!(
        (&wages["issue"], &wages["gap"], &wages["overlap"]),
        (&json!("wages"), &json!(1.0), &json!(false))
    );
    let proposals: Vec<&Value> = wages["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| &o["proposal"])
        .collect();
    assert_eq!(proposals, [&json!("ford-9"), &json!("gm-10")]);
    // The union's rejection is listed once, on GM's offer.
    assert_eq!(
        wages["positions"][1]["against"].as_array().unwrap().len(),
        1
    );
    let text = negograph_text(&doc, &["compare", "ford-9", "gm-10"]);
    assert!(
        text.contains("→ gap 1 percentage point; no overlap"),
        "{text}"
    );
    let text = serde_json::to_string(&doc).unwrap();
    let (_dir, file) = temp_file("wages.json", text.as_bytes());
    let err = common::fails(
        negograph()
            .arg("-f")
            .arg(&file)
            .args(["compare", "ford-9", "bonus"]),
        2,
    );
    assert!(
        err.contains("'bonus' is a demand; compare takes proposals, or demands and conditions that name an issue"),
        "{err}"
    );
}

/// An offer withdrawn (or replaced) is still lined up and counted in the
/// gap (how far an offer moved is a question too), but said as no longer
/// standing, on its line and in the verdict; one still standing is not.
#[test]
fn compare_says_an_offer_that_no_longer_stands() {
    let mut doc = truce_quantities("35%", "25%");
    let text = negograph_text(&doc, &["compare", "us-plan", "hamas-plan"]);
    assert!(!text.contains("no longer stands"), "{text}");
    for n in doc["nodes"].as_array_mut().unwrap() {
        if n["id"] == "us-plan" {
            n["status"] = "withdrawn".into();
        }
    }
    let v = answer(&doc, &["compare", "us-plan", "hamas-plan"]);
    let offers = v["issues"][0]["positions"].as_array().unwrap();
    assert_eq!(offers[0]["no_longer_stands"], json!("withdrawn"));
    assert_eq!(offers[1].get("no_longer_stands"), None);
    assert_eq!(v["issues"][0]["gap"], json!(10.0));
    let text = negograph_text(&doc, &["compare", "us-plan", "hamas-plan"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("35% (withdrawn: no longer stands)"), "{text}");
    assert!(
        flat.contains(
            "→ gap 10 percentage points; no overlap, counting an offer that no longer stands"
        ),
        "{text}"
    );
}

/// Worked by hand. The port's 8% offer carries no date of its own: its
/// report (dated 10 May) dates it. The union rejected it on 2 May, and a 9%
/// offer replaced it on 5 May, so `issues` lists it on 2 May ahead of the
/// rejection, `before` that day, and says so; the 9% offer, dated itself,
/// and the union's 12% demand, answered by nobody, keep their days.
#[test]
fn issues_lists_an_offer_dated_by_its_report_before_its_answer_and_its_replacement() {
    let doc = json!({
        "negograph": 1.1,
        "title": "Harbour pay",
        "sources": [{"id": "wire", "title": "Wire", "date": "2025-05-10"}],
        "nodes": [
            {"id": "port", "kind": "party", "label": "Port"},
            {"id": "union", "kind": "party", "label": "Union"},
            {"id": "pay", "kind": "issue", "label": "Pay rise"},
            {"id": "pay-8", "kind": "demand", "label": "8% offer", "issue": "pay", "quantity": "8%"},
            {"id": "pay-9", "kind": "demand", "label": "9% offer", "issue": "pay", "quantity": "9%"},
            {"id": "pay-12", "kind": "demand", "label": "12% demand", "issue": "pay", "quantity": "12%"}
        ],
        "edges": [
            {"from": "port", "relation": "proposes", "to": "pay-8", "source": "wire", "quote": "8"},
            {"from": "union", "relation": "rejects", "to": "pay-8", "source": "wire", "quote": "no", "since": "2025-05-02"},
            {"from": "pay-9", "relation": "supersedes", "to": "pay-8", "source": "wire", "quote": "now 9", "since": "2025-05-05"},
            {"from": "port", "relation": "proposes", "to": "pay-9", "source": "wire", "quote": "9", "since": "2025-05-05"},
            {"from": "union", "relation": "demands", "to": "pay-12", "source": "wire", "quote": "12"}
        ]
    });
    let v = answer(&doc, &["issues"]);
    let said: Vec<(String, String, Value, Value)> = v["issues"][0]["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["party"].as_str().unwrap().to_owned(),
                s["term"].as_str().unwrap().to_owned(),
                s["stated"].clone(),
                s.get("before").cloned().unwrap_or(Value::Null),
            )
        })
        .collect();
    let s = |p: &str, t: &str, stated: &str, before: Value| {
        (p.to_owned(), t.to_owned(), json!(stated), before)
    };
    assert_eq!(
        said,
        [
            s("port", "pay-8", "2025-05-10", json!("2025-05-02")),
            s("union", "pay-8", "2025-05-02", Value::Null),
            s("port", "pay-9", "2025-05-05", Value::Null),
            s("union", "pay-12", "2025-05-10", Value::Null),
        ]
    );
    let text = negograph_text(&doc, &["issues"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("2025-05-02 Port proposes 8% (8% offer) · made before 2025-05-02, when it was answered or no longer stood (no date of its own; reported 2025-05-10)"),
        "{text}"
    );
    // The 12% demand, answered by nobody, keeps its report's day, listed
    // after the claims dated by a day of their own: said as the last day it
    // can have been made, not the day it was.
    assert!(
        flat.contains("2025-05-10 Union demands 12% (12% demand) · no date of its own: made on or before 2025-05-10, its report's day"),
        "{text}"
    );
    let reported_only: Vec<bool> = v["issues"][0]["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.get("reported_only") == Some(&json!(true)))
        .collect();
    assert_eq!(reported_only, [true, false, false, true]);
    // Where every claim is dated by its report alone, the days are all
    // report days and no line says so.
    let mut undated = doc.clone();
    for e in undated["edges"].as_array_mut().unwrap() {
        e.as_object_mut().unwrap().remove("since");
    }
    let text = negograph_text(&undated, &["issues"]);
    assert!(!text.contains("no date of its own"), "{text}");
}

/// Worked by hand: a withdrawn 50% offer, the 62% deal and the 77% demand.
/// All three span 50 to 77: 27 points; the two still standing, 62 and 77:
/// 15 points, said beside it.
#[test]
fn compare_says_the_gap_among_the_offers_still_standing() {
    let doc = json!({
        "negograph": 1.1,
        "title": "Dock pay",
        "sources": [{"id": "wire", "title": "Wire", "date": "2024-10-07"}],
        "nodes": [
            {"id": "pay", "kind": "issue", "label": "Pay rise"},
            {"id": "pay-50", "kind": "demand", "label": "50% offer", "issue": "pay", "quantity": "50%", "status": "withdrawn"},
            {"id": "pay-62", "kind": "demand", "label": "62% deal", "issue": "pay", "quantity": "62%"},
            {"id": "pay-77", "kind": "demand", "label": "77% demand", "issue": "pay", "quantity": "77%"}
        ],
        "edges": []
    });
    let v = answer(&doc, &["compare", "pay-50", "pay-62", "pay-77"]);
    assert_eq!(v["issues"][0]["gap_text"], json!("27 percentage points"));
    assert_eq!(
        v["issues"][0]["standing_gap_text"],
        json!("15 percentage points")
    );
    let v = answer(&doc, &["compare", "pay-62", "pay-77"]);
    assert_eq!(v["issues"][0].get("standing_gap_text"), None);
    let text = negograph_text(&doc, &["compare", "pay-50", "pay-62", "pay-77"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("→ gap 27 percentage points between 50% offer and 77% demand; no overlap, counting an offer that no longer stands (15 percentage points among those that still stand)"),
        "{text}"
    );
}

/// Worked by hand: the union's 40% against offers of 21% and 20%. Their
/// lowest ceiling is 20 (the 20% offer), their highest floor 40 (the
/// demand): the gap, 20 points, lies between those two, and the verdict
/// names them, so it is not read as the distance from the best offer (21%,
/// 19 points). With two offers nothing is named.
#[test]
fn compare_of_three_names_the_offers_the_gap_lies_between() {
    let doc = json!({"negograph": 1.1, "title": "wages",
        "sources": [{"id": "s", "title": "S", "date": "2023-09-18"}],
        "nodes": [
            {"id": "wages", "kind": "issue", "label": "Wage increase"},
            {"id": "best", "kind": "demand", "label": "Stellantis: 21%", "issue": "wages", "quantity": "21%"},
            {"id": "low", "kind": "demand", "label": "Ford: 20%", "issue": "wages", "quantity": "20%"},
            {"id": "ask", "kind": "demand", "label": "Union: 40%", "issue": "wages", "quantity": "40%"}],
        "edges": []});
    let v = answer(&doc, &["compare", "best", "low", "ask"]);
    let wages = &v["issues"][0];
    assert_eq!(wages["gap"], json!(20.0));
    assert_eq!(wages["gap_between"], json!(["low", "ask"]));
    let text = negograph_text(&doc, &["compare", "best", "low", "ask"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("→ gap 20 percentage points between Ford: 20% and Union: 40%; no overlap"),
        "{text}"
    );
    let two = answer(&doc, &["compare", "best", "ask"]);
    assert_eq!(two["issues"][0].get("gap_between"), None);
    assert_eq!(two["issues"][0]["gap"], json!(19.0));
}
