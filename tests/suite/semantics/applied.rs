//! A measure a party has put in place (`standing::applied_by`): its actor
//! is for it, without a claim, in `conflicts`, `who --side` and `blockers`
//! alike; a plain actor of a pending position is not. And the wording of
//! `who` around it. Worked by hand, through the real binary.

use serde_json::{Value, json};

use crate::common;

/// Worked by hand.
/// - `tariffs`: a condition A applies (its actor; nobody asks for it), B
///   rejects it: A is for it, so A and B are in conflict on it.
/// - `accept`: a condition B must deliver (its actor), which C demands and
///   A rejects: B, a plain actor of a pending position, is on no side; C
///   and A are in conflict.
/// - `tax`: a condition C applies, met, that B rejects: C is for it (`who
///   --side for`); met, it is settled, and `conflicts` lists it marked so,
///   C against B, as `who --side` has them.
/// - `own`: A demands that A do it: its own aim, asked of nobody.
/// - `talks`: A and B take part in them.
/// - `refuses`: B's refusal (its actor), the trigger of C's threat of
///   `sanction`, which A rejects: an event a threat waits on, never a
///   measure in force, so B is not for it and there is no conflict.
fn graph() -> Value {
    let mut threat = common::edge("c", "threatens", "sanction");
    threat["trigger"] = json!("refuses");
    let mut doc = common::doc(
        &[
            ("a", "party"),
            ("b", "party"),
            ("c", "party"),
            ("tariffs", "condition"),
            ("accept", "condition"),
            ("tax", "condition"),
            ("own", "demand"),
            ("talks", "demand"),
            ("refuses", "condition"),
            ("sanction", "condition"),
        ],
        vec![
            common::edge("b", "rejects", "tariffs"),
            common::edge("c", "demands", "accept"),
            common::edge("a", "rejects", "accept"),
            common::edge("b", "rejects", "tax"),
            common::edge("a", "demands", "own"),
            common::edge("a", "takes_part_in", "talks"),
            common::edge("b", "takes_part_in", "talks"),
            threat,
            common::edge("a", "rejects", "refuses"),
        ],
    );
    doc["negograph"] = json!(1.2);
    for n in doc["nodes"].as_array_mut().unwrap() {
        let actor = match n["id"].as_str().unwrap() {
            "tariffs" | "own" => "a",
            "accept" | "refuses" => "b",
            "tax" => "c",
            _ => continue,
        };
        n["actor"] = json!([actor]);
        if actor == "c" {
            n["status"] = json!("met");
        }
    }
    doc
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array().map_or(Vec::new(), |l| {
        l.iter()
            .map(|x| x["id"].as_str().unwrap().to_owned())
            .collect()
    })
}

#[test]
fn the_actor_of_a_measure_in_force_is_for_it_in_every_answer() {
    let (_dir, file) = common::temp_file("applied.json", graph().to_string().as_bytes());
    let conflicts = common::json_ok(&file, &["conflicts"]);
    let listed: Vec<&str> = conflicts["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["target"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["tariffs", "accept", "tax"], "{conflicts}");
    assert_eq!(ids(&conflicts["conflicts"][0]["applied_by"]), ["a"]);
    // The met tax: settled, its actor still for it and B still against.
    let tax = &conflicts["conflicts"][2];
    assert_eq!(tax["target"]["status"], "met");
    assert_eq!(ids(&tax["applied_by"]), ["c"]);
    let against_tax = common::json_ok(&file, &["who", "tax", "--side", "against"]);
    assert_eq!(tax["against"][0]["party"], "b", "{tax}");
    assert_eq!(
        against_tax["groups"][0]["parties"][0]["id"], "b",
        "{against_tax}"
    );
    // B, the actor of `accept`, is no party to that conflict.
    assert_eq!(conflicts["conflicts"][1]["applied_by"], Value::Null);
    let between = common::json_ok(&file, &["conflicts", "--party", "a", "--party", "b"]);
    assert_eq!(
        between["conflicts"][0]["target"]["id"], "tariffs",
        "{between}"
    );
    let text = flat(&common::run_ok(&file, &["conflicts"]));
    assert!(
        text.contains("for: • Label of a applies it (its actor; a measure in force) against: • Label of b rejects it"),
        "{text}"
    );
    assert!(
        text.contains("3. Label of tax [tax] (met) settled: it is met; the stands on it are still on record for: • Label of c applies it"),
        "{text}"
    );

    let for_tariffs = common::json_ok(&file, &["who", "tariffs", "--side", "for"]);
    assert_eq!(ids(&for_tariffs["applied_by"]), ["a"], "{for_tariffs}");
    let for_tax = common::json_ok(&file, &["who", "tax", "--side", "for"]);
    assert_eq!(ids(&for_tax["applied_by"]), ["c"], "{for_tax}");
    let for_accept = common::json_ok(&file, &["who", "accept", "--side", "for"]);
    assert_eq!(for_accept["applied_by"], Value::Null, "{for_accept}");

    let blockers = common::json_ok(&file, &["blockers", "tariffs"]);
    assert_eq!(blockers["applied_by"], json!(["a"]));
    assert_eq!(blockers["blockers"][0]["kind"], "refusal");
    let text = flat(&common::run_ok(&file, &["blockers", "tariffs"]));
    assert!(
        text.contains("Label of tariffs is in force, applied by Label of a (its actor, for it)"),
        "{text}"
    );
    assert_eq!(
        common::json_ok(&file, &["blockers", "accept"])["applied_by"],
        json!([])
    );
}

/// `stance P` lists the measures in force P applies, as `who --side for`
/// and `conflicts` have P for them: A's tariffs, C's met tax; B applies
/// nothing (it must deliver `accept`, which C asks of it: pending).
#[test]
fn stance_lists_the_measures_in_force_a_party_applies() {
    let (_dir, file) = common::temp_file("applied.json", graph().to_string().as_bytes());
    for (party, applies) in [("a", vec!["tariffs"]), ("b", vec![]), ("c", vec!["tax"])] {
        let stance = common::json_ok(&file, &["stance", party]);
        assert_eq!(ids(&stance["applies"]), applies, "{stance}");
    }
    let text = flat(&common::run_ok(&file, &["stance", "a"]));
    assert!(
        text.contains("applies (in force, as its actor): • Label of tariffs [tariffs]"),
        "{text}"
    );
    let text = flat(&common::run_ok(&file, &["show"]));
    assert!(text.contains("applies Label of tax (in force)"), "{text}");
}

#[test]
fn who_says_what_was_asked_and_a_partys_own_demand_asks_nothing_of_it() {
    let (_dir, file) = common::temp_file("applied.json", graph().to_string().as_bytes());
    let text = common::run_ok(&file, &["who", "talks", "--relation", "takes_part_in"]);
    assert!(
        text.starts_with("Who takes part in Label of talks"),
        "{text}"
    );
    // A demands `own` of itself: not "asked to deliver" in `who a`.
    let json = common::json_ok(&file, &["who", "a"]);
    assert_eq!(json["to_deliver"], Value::Null, "{json}");
    let text = common::run_ok(&file, &["who", "a"]);
    assert!(!text.contains("asked to deliver"), "{text}");
    // B is asked to deliver `accept` (C demands it).
    let json = common::json_ok(&file, &["who", "b"]);
    assert_eq!(json["to_deliver"][0]["position"]["id"], "accept", "{json}");
}

/// The overview and `show NODE` say what `conflicts`, `blockers` and the
/// parties' lines say: a measure in force is "in force", applied by its
/// actor, not "open" (a new user's r29: China "applies Investment
/// restrictions (in force)" above, "open Investment restrictions" below).
/// `accept`, asked of B, stays open and names B to deliver it.
#[test]
fn the_overview_and_show_say_a_measure_is_in_force_as_conflicts_does() {
    let (_dir, file) = common::temp_file("applied.json", graph().to_string().as_bytes());
    let overview = common::json_ok(&file, &["show"]);
    let conflicts = common::json_ok(&file, &["conflicts"]);
    for p in overview["positions"].as_array().unwrap() {
        let id = p["id"].as_str().unwrap();
        let blockers = common::json_ok(&file, &["blockers", id]);
        let applied = p.get("applied_by").cloned().unwrap_or(json!([]));
        assert_eq!(applied, blockers["applied_by"], "{id}: {p} / {blockers}");
        let detail = common::json_ok(&file, &["show", id]);
        assert_eq!(
            detail.get("applied_by").cloned().unwrap_or(json!([])),
            applied,
            "{id}"
        );
        let in_conflicts = conflicts["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["target"]["id"] == id)
            .map_or(Vec::new(), |c| ids(&c["applied_by"]));
        if !in_conflicts.is_empty() {
            assert_eq!(json!(in_conflicts), applied, "{id}");
        }
    }
    let text = flat(&common::run_ok(&file, &["show"]));
    assert!(
        text.contains("in force Label of tariffs [tariffs] (condition) applied by Label of a (its actor, for it)"),
        "{text}"
    );
    assert!(
        text.contains("open Label of accept [accept] (condition)"),
        "{text}"
    );
    let tariffs = flat(&common::run_ok(&file, &["show", "tariffs"]));
    assert!(
        tariffs.contains("in force, applied by Label of a (its actor, for it)")
            && !tariffs.contains("to be delivered"),
        "{tariffs}"
    );
    let accept = flat(&common::run_ok(&file, &["show", "accept"]));
    assert!(
        accept.contains("to be delivered by: Label of b"),
        "{accept}"
    );
}

/// Worked by hand: `tariffs`, actor A, "took effect on 30 June" (a change
/// to met dated 2025-06-30), rejected by B. On 15 June they are still to
/// come: no answer has A applying them (a blind tester found every view
/// saying "in force" then); on 30 June and after they are in force, A for
/// them, in every answer.
#[test]
fn a_measure_dated_to_take_effect_later_is_not_in_force_before() {
    let mut doc = common::doc(
        &[("a", "party"), ("b", "party"), ("tariffs", "condition")],
        vec![common::edge("b", "rejects", "tariffs")],
    );
    doc["negograph"] = json!(1.2);
    doc["sources"][0]["date"] = json!("2025-07-05");
    let tariffs = &mut doc["nodes"][2];
    tariffs["actor"] = json!(["a"]);
    tariffs["status_history"] = json!([{"status": "met", "on": "2025-06-30"}]);
    let (_dir, file) = common::temp_file("later.json", doc.to_string().as_bytes());
    for (day, applied) in [
        ("2025-06-15", false),
        ("2025-06-30", true),
        ("2025-07-05", true),
    ] {
        let want = if applied { json!(["a"]) } else { json!([]) };
        let as_of = ["--as-of", day];
        let blockers = common::json_ok(&file, &[&["blockers", "tariffs"][..], &as_of].concat());
        assert_eq!(blockers["applied_by"], want, "{day}: {blockers}");
        let for_it = common::json_ok(
            &file,
            &[&["who", "tariffs", "--side", "for"][..], &as_of].concat(),
        );
        assert_eq!(
            for_it.get("applied_by").is_some(),
            applied,
            "{day}: {for_it}"
        );
        let stance = common::json_ok(&file, &[&["stance", "a"][..], &as_of].concat());
        assert_eq!(
            ids(&stance["applies"]).len(),
            usize::from(applied),
            "{day}: {stance}"
        );
        let detail = common::json_ok(&file, &[&["show", "tariffs"][..], &as_of].concat());
        assert_eq!(
            detail.get("applied_by").is_some(),
            applied,
            "{day}: {detail}"
        );
        let conflicts = common::json_ok(&file, &[&["conflicts"][..], &as_of].concat());
        assert_eq!(
            conflicts["conflicts"].as_array().unwrap().len(),
            usize::from(applied),
            "{day}: {conflicts}"
        );
    }
}
