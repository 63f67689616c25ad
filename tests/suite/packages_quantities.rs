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
