//! A counter whose offer was replaced or withdrawn by the view's day is
//! still the party's answer (its agreement is not given), but every answer
//! that names the offer says what became of it (`query::with_words`).
//! Worked by hand, through the real binary.

use serde_json::{Value, json};

use crate::common;

/// Worked by hand. The union demands a 12% rise; the port counters it with
/// an 8% offer (from 2025-04-10); a 9% offer replaces the 8% one on
/// 2025-05-06; a 7% counter to a bonus demand is withdrawn on 2025-05-03.
/// As of 2025-05-01 both offers stand; as of 2025-05-06 the 8% one is
/// replaced by the 9% one (2025-05-06), the 7% one withdrawn (2025-05-03).
fn strike() -> Value {
    let nodes = [
        ("union", "party"),
        ("port", "party"),
        ("rise", "demand"),
        ("bonus", "demand"),
        ("offer-8", "proposal"),
        ("offer-9", "proposal"),
        ("offer-7", "proposal"),
    ];
    let dated = |mut e: Value, since: &str| {
        e["since"] = json!(since);
        e
    };
    let mut counter = dated(common::edge("port", "counters", "rise"), "2025-04-10");
    counter["with"] = json!("offer-8");
    let mut counter_bonus = dated(common::edge("port", "counters", "bonus"), "2025-04-10");
    counter_bonus["with"] = json!("offer-7");
    let edges = vec![
        dated(common::edge("union", "demands", "rise"), "2025-04-01"),
        dated(common::edge("union", "demands", "bonus"), "2025-04-01"),
        counter,
        counter_bonus,
        dated(common::edge("port", "proposes", "offer-8"), "2025-04-10"),
        dated(common::edge("port", "proposes", "offer-7"), "2025-04-10"),
        dated(common::edge("port", "proposes", "offer-9"), "2025-05-06"),
        dated(
            common::edge("offer-9", "supersedes", "offer-8"),
            "2025-05-06",
        ),
    ];
    let mut doc = common::doc(&nodes, edges);
    doc["negograph"] = json!(1.1);
    doc["sources"][0]["date"] = json!("2025-05-06");
    for n in doc["nodes"].as_array_mut().unwrap() {
        if n["id"] == "offer-7" {
            n["status_history"] = json!([{"on": "2025-05-03", "status": "withdrawn", "source": "src", "quote": "the 7% offer is off"}]);
        }
    }
    doc
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_counter_whose_offer_was_replaced_says_so_wherever_it_is_named() {
    let (_dir, file) = common::temp_file(
        "strike.json",
        serde_json::to_string_pretty(&strike()).unwrap().as_bytes(),
    );
    let replaced = "with Label of offer-8, since replaced by Label of offer-9 (2025-05-06)";
    let withdrawn = "with Label of offer-7, since withdrawn (2025-05-03)";
    for args in [
        &["conflicts"][..],
        &["deadlocks"][..],
        &["who", "rise"][..],
        &["responses", "rise"][..],
    ] {
        let text = flat(&common::run_ok(&file, args));
        assert!(text.contains(replaced), "{args:?}: {text}");
    }
    let conflicts = flat(&common::run_ok(&file, &["conflicts"]));
    assert!(conflicts.contains(withdrawn), "{conflicts}");

    // Still an obstacle: the port has not agreed to the rise.
    let blockers = common::json_ok(&file, &["blockers", "rise"]);
    let list = blockers["blockers"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{blockers}");
    assert_eq!(
        list[0]["link"]["with_gone"],
        json!({"replaced_by": "offer-9", "since": "2025-05-06"})
    );
    let text = flat(&common::run_ok(&file, &["blockers", "rise"]));
    assert!(
        text.contains(
            "counter-offer: Label of port answered Label of rise instead, with Label of offer-8, since replaced by Label of offer-9 (2025-05-06)"
        ),
        "{text}"
    );
    let text = flat(&common::run_ok(&file, &["unblock", "rise"]));
    assert!(
        text.contains(
            "accept Label of rise, withdrawing its counter-offer (Label of offer-8, since replaced by Label of offer-9 (2025-05-06))"
        ),
        "{text}"
    );

    // Before either change, the offers stand, and nothing more is said.
    let before = flat(&common::run_ok(
        &file,
        &["conflicts", "--as-of", "2025-05-01"],
    ));
    assert!(before.contains("with Label of offer-8 “"), "{before}");
    assert!(before.contains("with Label of offer-7 “"), "{before}");
    assert!(!before.contains("since replaced"), "{before}");
    assert!(!before.contains("since withdrawn"), "{before}");
    let json = common::json_ok(&file, &["blockers", "rise", "--as-of", "2025-05-01"]);
    assert!(
        json["blockers"][0]["link"].get("with_gone").is_none(),
        "{json}"
    );
}
