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

/// The union demands binding arbitration; the port ignored it on 6 May,
/// then (a 12 May bulletin says) accepted it on 9 May, an acceptance the
/// union disputes.
fn a_disputed_acceptance_after_silence() -> Value {
    json!({
        "negograph": 1.1,
        "title": "A disputed acceptance after silence",
        "sources": [
            {"id": "b6", "title": "Bulletin, 6 May", "date": "2025-05-06"},
            {"id": "b12", "title": "Bulletin, 12 May", "date": "2025-05-12"}
        ],
        "nodes": [
            {"id": "union", "kind": "party", "label": "Union"},
            {"id": "port", "kind": "party", "label": "Port"},
            {"id": "arbitration", "kind": "demand", "label": "Binding arbitration"}
        ],
        "edges": [
            {"from": "union", "relation": "demands", "to": "arbitration", "source": "b6", "quote": "the union wants arbitration"},
            {"from": "port", "relation": "ignores", "to": "arbitration", "source": "b6", "quote": "the port has not replied", "since": "2025-05-06"},
            {"from": "port", "relation": "accepts", "to": "arbitration", "source": "b12", "quote": "The port said on Friday it accepts arbitration.", "since": "2025-05-09", "disputed_by": ["union"]}
        ]
    })
}

/// trust-8 finding 12. Worked by hand: the port both ignores and accepts
/// arbitration, so it has not agreed and its silence is the obstacle; but
/// `blockers` now names the acceptance that silence outweighs (with its
/// quote and who disputes it), where it said only "Port has not answered"
/// while `responses` listed the acceptance.
#[test]
fn a_refusal_names_the_same_partys_stand_for_it_that_it_outweighs() {
    let (_dir, file) = temp_file(
        "g.json",
        a_disputed_acceptance_after_silence().to_string().as_bytes(),
    );
    let b = common::json_ok(&file, &["blockers", "arbitration"]);
    let blockers = b["blockers"].as_array().unwrap();
    assert_eq!(blockers.len(), 1, "{b}");
    assert_eq!(blockers[0]["relation"], "ignores", "{b}");
    let outweighs = blockers[0]["outweighs"].as_array().expect("outweighs");
    assert_eq!(outweighs.len(), 1, "{b}");
    assert_eq!(outweighs[0]["relation"], "accepts", "{b}");
    let text = common::run_ok(&file, &["blockers", "arbitration"]);
    assert!(
        text.contains("not counted while this stands")
            && text.contains("The port said on Friday it accepts arbitration."),
        "{text}"
    );
}

/// Three positions each needing the next, round a knot: A's tariff cut
/// needs B's quota rise, which needs C's subsidy removal, which needs A's
/// tariff cut.
fn a_knot_of_three() -> Value {
    json!({
        "negograph": 1.1,
        "title": "A knot of three",
        "sources": [{"id": "m", "title": "Memo", "date": "2025-03-20"}],
        "nodes": [
            {"id": "a", "kind": "party", "label": "A"},
            {"id": "b", "kind": "party", "label": "B"},
            {"id": "c", "kind": "party", "label": "C"},
            {"id": "tariff-cut", "kind": "demand", "label": "Tariff cut", "actor": "a"},
            {"id": "quota-rise", "kind": "demand", "label": "Quota rise", "actor": "b"},
            {"id": "subsidy-removal", "kind": "demand", "label": "Subsidy removal", "actor": "c"}
        ],
        "edges": [
            {"from": "tariff-cut", "relation": "conditions_on", "to": "quota-rise", "by": "a", "source": "m", "quote": "a"},
            {"from": "quota-rise", "relation": "conditions_on", "to": "subsidy-removal", "by": "b", "source": "m", "quote": "b"},
            {"from": "subsidy-removal", "relation": "conditions_on", "to": "tariff-cut", "by": "c", "source": "m", "quote": "c"}
        ]
    })
}

/// trust-8 finding 16. Worked by hand: `effects tariff-cut` unlocks the
/// subsidy removal (which needs it directly), and says too that it unties
/// the whole knot, which `deadlocks` lists; the quota rise, freed as well,
/// was in neither list.
#[test]
fn effects_of_a_knots_member_says_it_unties_the_knot() {
    let (_dir, file) = temp_file("g.json", a_knot_of_three().to_string().as_bytes());
    let e = common::json_ok(&file, &["effects", "tariff-cut"]);
    let unties = e["unties"].as_array().expect("unties");
    assert_eq!(unties.len(), 1, "{e}");
    assert_eq!(unties[0]["nodes"].as_array().unwrap().len(), 3, "{e}");
    let text = common::run_ok(&file, &["effects", "tariff-cut"]);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("It unties the knot") && text.contains("a deadlock of 3 positions"),
        "{text}"
    );
    // Outside the knot, nothing is said of one.
    let none = common::json_ok(&file, &["effects", "quota-rise", "--assume", "tariff-cut"]);
    assert_eq!(none["unties"].as_array().unwrap().len(), 0, "{none}");
}

/// trust-8 finding 14. Worked by hand: the US proposes a package whose
/// term Hamas must deliver; Hamas accepts the package and counters it. A
/// party both for and against has not agreed, so the term is "not agreed"
/// by Hamas, and `blockers` now names the acceptance its counter outweighs
/// on that term, where it said only "not agreed".
#[test]
fn a_term_not_agreed_names_the_acceptance_its_actors_counter_outweighs() {
    let doc = json!({
        "negograph": 1.1,
        "title": "An accepted and countered package",
        "sources": [{"id": "r", "title": "Report", "date": "2025-05-26"}],
        "nodes": [
            {"id": "us", "kind": "party", "label": "United States"},
            {"id": "hamas", "kind": "party", "label": "Hamas"},
            {"id": "deal", "kind": "proposal", "label": "The deal"},
            {"id": "hostages", "kind": "demand", "label": "Release of hostages", "actor": "hamas"}
        ],
        "edges": [
            {"from": "us", "relation": "proposes", "to": "deal", "source": "r", "quote": "the US proposal"},
            {"from": "hostages", "relation": "part_of", "to": "deal", "source": "r", "quote": "hostages released"},
            {"from": "hamas", "relation": "accepts", "to": "deal", "source": "r", "quote": "Hamas accepted", "disputed_by": ["us"]},
            {"from": "hamas", "relation": "counters", "to": "deal", "source": "r", "quote": "Hamas sent its own version"}
        ]
    });
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let b = common::json_ok(&file, &["blockers", "deal"]);
    let term = b["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "hostages")
        .expect("the term is an obstacle");
    assert_eq!(term["actor"], json!(["hamas"]), "{b}");
    let outweighs = term["outweighs"].as_array().expect("outweighs");
    assert_eq!(outweighs.len(), 1, "{b}");
    assert_eq!(outweighs[0]["relation"], "accepts", "{b}");
    let text = common::run_ok(&file, &["blockers", "deal"]);
    assert!(text.contains("not counted as agreeing"), "{text}");
}

/// trust-8 finding 20: one claim dated only by a later report is "1 claim
/// with no date of its own is taken ...", not "... of their own are".
#[test]
fn the_note_on_one_undated_claim_is_in_the_singular() {
    let doc = json!({
        "negograph": 1.1,
        "title": "One late report",
        "sources": [
            {"id": "s1", "title": "First", "date": "2025-03-01"},
            {"id": "s2", "title": "Second", "date": "2025-03-10"}
        ],
        "nodes": [
            {"id": "a", "kind": "party", "label": "A"},
            {"id": "x", "kind": "demand", "label": "X"},
            {"id": "y", "kind": "demand", "label": "Y"}
        ],
        "edges": [
            {"from": "a", "relation": "demands", "to": "x", "source": "s1", "quote": "x"},
            {"from": "a", "relation": "demands", "to": "y", "source": "s2", "quote": "y"}
        ]
    });
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let out = common::negograph()
        .args([
            "-f",
            file.to_str().unwrap(),
            "stance",
            "a",
            "--as-of",
            "2025-03-05",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let err = err.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        err.contains("1 claim with no date of its own is taken as holding on 2025-03-05, though its first report came later"),
        "{err}"
    );
}
