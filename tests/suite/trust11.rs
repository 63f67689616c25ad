//! Answers that must agree with each other (round trust-11, third pass on
//! the trust-8 findings): small hand-made graphs worked out by hand,
//! through the real binary.

use serde_json::{Value, json};

use crate::common::{self, temp_file};

/// The union demands a 12% raise, which the employer must pay (it is the
/// raise's actor) and which needs a wage review first, set by the union and
/// delivered by the employer. The employer counters the raise with the
/// review itself: its counter-offer is the very precondition.
fn a_counter_offer_that_is_a_precondition() -> Value {
    json!({
        "negograph": 1.1,
        "title": "A counter-offer that is a precondition",
        "sources": [{"id": "r", "title": "Report", "date": "2025-05-10"}],
        "nodes": [
            {"id": "union", "kind": "party", "label": "Union"},
            {"id": "employer", "kind": "party", "label": "Employer"},
            {"id": "raise", "kind": "demand", "label": "A 12% raise"},
            {"id": "review", "kind": "condition", "label": "A wage review", "actor": "employer"}
        ],
        "edges": [
            {"from": "union", "relation": "demands", "to": "raise", "source": "r", "quote": "the union asks 12%"},
            {"from": "raise", "relation": "conditions_on", "to": "review", "by": "union", "source": "r", "quote": "after a review"},
            {"from": "employer", "relation": "counters", "to": "raise", "with": "review", "source": "r", "quote": "a review, not a raise"}
        ]
    })
}

/// trust-8 finding 10, the invariant trust10 broke. Worked by hand: the
/// employer puts the review forward, so `stance employer` says it is for
/// it, as `who review --side for` does (one rule of sides); and `unblock
/// raise` asks it to accept the raise, a move that withdraws its refusal
/// but keeps its offer of the review agreed, as the plan says (trust10's
/// plan said "agreed" while taking the move left the review unagreed).
#[test]
fn a_counter_offer_is_its_offerers_in_stance_and_stays_agreed_when_it_accepts() {
    let (_dir, file) = temp_file(
        "g.json",
        a_counter_offer_that_is_a_precondition()
            .to_string()
            .as_bytes(),
    );
    let stance = common::json_ok(&file, &["stance", "employer"]);
    let for_review = stance["positions"].as_array().unwrap().iter().any(|p| {
        p["target"]["id"] == "review" && p["side"] == "for" && p["relation"] == "counters"
    });
    assert!(
        for_review,
        "stance lists its offer on the side for: {stance}"
    );
    let text = common::run_ok(&file, &["stance", "employer"]);
    assert!(
        text.contains("puts forward as a counter-offer"),
        "and says how: {text}"
    );
    let who = common::run_ok(&file, &["who", "review", "--side", "for"]);
    assert!(who.contains("Employer"), "{who}");

    let plan = common::json_ok(&file, &["unblock", "raise"]);
    let options = plan["options"].as_array().unwrap();
    assert_eq!(options.len(), 1, "{plan}");
    let moves = options[0]["moves"].as_array().unwrap();
    assert_eq!(moves.len(), 1, "{plan}");
    assert_eq!(moves[0]["kind"], "accept", "{plan}");
    let review_step = options[0]["then"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "review")
        .expect("the review is still to deliver");
    assert_eq!(review_step["agreed"], true, "{plan}");
}

