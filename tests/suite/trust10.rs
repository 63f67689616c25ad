//! Answers that must agree with each other about one position (round
//! trust-10, second pass on the trust-8 findings): small hand-made graphs
//! worked out by hand, through the real binary.

use serde_json::{Value, json};

use crate::common::{self, temp_file};

/// The union demands a 12% raise; the firm counters it with a 9% offer,
/// which the union rejects.
fn a_counter_offer() -> Value {
    json!({
        "negograph": 1.1,
        "title": "A counter-offer",
        "sources": [{"id": "r", "title": "Report", "date": "2025-05-10"}],
        "nodes": [
            {"id": "union", "kind": "party", "label": "Union"},
            {"id": "firm", "kind": "party", "label": "Firm"},
            {"id": "raise-12", "kind": "demand", "label": "A 12% raise"},
            {"id": "offer-9", "kind": "proposal", "label": "A 9% offer"}
        ],
        "edges": [
            {"from": "union", "relation": "demands", "to": "raise-12", "source": "r", "quote": "the union asks 12%"},
            {"from": "firm", "relation": "counters", "to": "raise-12", "with": "offer-9", "source": "r", "quote": "the firm offers 9%"},
            {"from": "union", "relation": "rejects", "to": "offer-9", "source": "r", "quote": "9% is an insult"}
        ]
    })
}

/// trust-8 finding 10. Worked by hand: the firm put its 9% forward (as
/// `responses` says), so it is for it: `who --side for` names the firm, and
/// with the union against, the offer is a conflict.
#[test]
fn a_counter_offers_offerer_is_for_it() {
    let (_dir, file) = temp_file("g.json", a_counter_offer().to_string().as_bytes());
    let put = common::run_ok(&file, &["responses", "offer-9"]);
    assert!(put.contains("Firm"), "responses names the firm: {put}");
    let side_for = common::run_ok(&file, &["who", "offer-9", "--side", "for"]);
    assert!(
        side_for.contains("Firm") && !side_for.contains("No party is for it"),
        "who --side for names the offerer: {side_for}"
    );
    assert!(
        side_for.contains("puts it forward as a counter-offer"),
        "and says how: {side_for}"
    );
    let conflicts = common::json_ok(&file, &["conflicts"]);
    let targets: Vec<&str> = conflicts["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["target"]["id"].as_str())
        .collect();
    assert!(
        targets.contains(&"offer-9"),
        "the firm for, the union against: {conflicts}"
    );
    let text = common::run_ok(&file, &["conflicts"]);
    assert!(
        text.contains("Firm puts it forward as a counter-offer"),
        "the for side does not say the firm counters its own offer: {text}"
    );
    // Its side against is unchanged: the union rejects it.
    let against = common::run_ok(&file, &["who", "offer-9", "--side", "against"]);
    assert!(
        against.contains("Union") && !against.contains("Firm"),
        "{against}"
    );
}

/// The carriers would consider a freeze only after a safety review, which
/// the port (its actor) has not agreed to deliver.
fn a_freeze_after_a_review() -> Value {
    json!({
        "negograph": 1.1,
        "title": "A freeze after a review",
        "sources": [{"id": "r", "title": "Report", "date": "2025-05-10"}],
        "nodes": [
            {"id": "lines", "kind": "party", "label": "Lines"},
            {"id": "port", "kind": "party", "label": "Port"},
            {"id": "freeze", "kind": "demand", "label": "A freeze"},
            {"id": "review", "kind": "condition", "label": "A safety review", "actor": "port"}
        ],
        "edges": [
            {"from": "freeze", "relation": "conditions_on", "to": "review", "by": "lines", "source": "r", "quote": "only after a safety review"}
        ]
    })
}

/// trust-8 finding 6. Worked by hand: `unblock freeze` has two options,
/// (1) the lines drop their condition, (2) the port agrees to deliver the
/// review, which keeps the condition. The drawing marks the condition
/// "give up" in option 1 only, as `unblock` says.
#[test]
fn the_unblock_drawing_marks_given_up_only_what_an_option_drops() {
    let (_dir, file) = temp_file("g.json", a_freeze_after_a_review().to_string().as_bytes());
    let plan = common::run_ok(&file, &["unblock", "freeze"]);
    assert!(
        plan.contains("1. Lines: drop") && plan.contains("2. Port: agree to deliver"),
        "two options, the second keeps the condition: {plan}"
    );
    let dot = common::run_ok(&file, &["dot", "--unblock", "freeze"]);
    assert!(
        dot.contains("give up (option 1)\\nneeds"),
        "the condition is given up in option 1: {dot}"
    );
    assert!(
        !dot.contains("options 1, 2"),
        "option 2 keeps the condition: {dot}"
    );
}

/// The slider's stops in a map's embedded answers.
fn slider_days(doc: &Value) -> Vec<String> {
    let (dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let map = dir.path().join("m.html");
    common::succeeds(
        common::negograph()
            .arg("-f")
            .arg(&file)
            .args(["render", "-o"])
            .arg(&map),
    );
    let html = std::fs::read_to_string(&map).unwrap();
    let at = html.find("\"days\":[").expect("the map embeds its days") + "\"days\":".len();
    let list = &html[at..at + html[at..].find(']').unwrap() + 1];
    serde_json::from_str(list).unwrap()
}

/// trust-8 finding 8. The cap is demanded from 10 March and "rejected in
/// April" (a status dated to a month); Plan B is tabled "last week" (the
/// week of 28 April); Iran's refusal lasts "until April". Worked by hand,
/// as `--as-of` reads them: the state changes on 10 March, 1 April (the
/// status), 28 April (Plan B), and 1 May (the refusal over), so the
/// slider stops on each, where it had skipped April.
#[test]
fn the_map_slider_stops_on_each_day_a_month_or_week_date_changes_the_state() {
    let doc = json!({
        "negograph": 1.2,
        "title": "Month and week dates",
        "sources": [{"id": "r", "title": "Report", "date": "2025-05-06"}],
        "nodes": [
            {"id": "us", "kind": "party", "label": "US"},
            {"id": "iran", "kind": "party", "label": "Iran"},
            {"id": "cap", "kind": "demand", "label": "A cap",
             "status_history": [{"status": "rejected", "on": "2025-04", "source": "r", "quote": "rejected in April"}]},
            {"id": "plan-b", "kind": "proposal", "label": "Plan B"}
        ],
        "edges": [
            {"from": "us", "relation": "demands", "to": "cap", "since": "2025-03-10", "source": "r", "quote": "q"},
            {"from": "iran", "relation": "rejects", "to": "cap", "since": "2025-03-10", "until": "2025-04", "source": "r", "quote": "until April"},
            {"from": "iran", "relation": "proposes", "to": "plan-b", "since": "last week", "source": "r", "quote": "last week"}
        ]
    });
    let days = slider_days(&doc);
    for day in ["2025-03-10", "2025-04-01", "2025-04-28", "2025-05-01"] {
        assert!(days.iter().any(|d| d == day), "a stop on {day}: {days:?}");
    }
    // The CLI does show a different state on those days.
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let show = |day: &str| common::run_ok(&file, &["show", "cap", "--as-of", day]);
    assert!(
        !show("2025-03-31").contains("rejected"),
        "{}",
        show("2025-03-31")
    );
    assert!(
        show("2025-04-01").contains("rejected"),
        "{}",
        show("2025-04-01")
    );
}
