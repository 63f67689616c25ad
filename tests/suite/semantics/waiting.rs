//! What a position waits on that is no obstacle (`standing::waits`): a
//! threatened measure waits on its trigger, a demand addressed to a party
//! that has not answered waits on its answer. Neither is an obstacle, a
//! precondition, a side or an agreement, and `blockers`, `requires`,
//! `unblock` and `who --side` all say so. Worked by hand, through the real
//! binary.

use serde_json::{Value, json};

use crate::common;

/// Worked by hand. A threatens measure `m` (A must deliver it) against B,
/// to follow if `t` (B's refusal, open); C demands `d` of B, which B has
/// not answered; C demands `r` of B, which B rejects.
/// - `m`: no obstacle, no precondition, no party for it; it waits on A's
///   threat and its trigger `t`, open; no party has agreed to it.
/// - `d`: no obstacle; it awaits B's answer; C is for it, nobody against.
/// - `r`: B's refusal is its one obstacle; B has answered, so it awaits
///   nothing.
fn graph() -> Value {
    let mut threat = common::edge("a", "threatens", "m");
    threat["target"] = json!("b");
    threat["trigger"] = json!("t");
    let mut asks = common::edge("c", "demands", "d");
    asks["addressee"] = json!("b");
    let mut asks_r = common::edge("c", "demands", "r");
    asks_r["addressee"] = json!("b");
    let mut doc = common::doc(
        &[
            ("a", "party"),
            ("b", "party"),
            ("c", "party"),
            ("m", "condition"),
            ("t", "condition"),
            ("d", "demand"),
            ("r", "demand"),
        ],
        vec![threat, asks, asks_r, common::edge("b", "rejects", "r")],
    );
    doc["negograph"] = json!(1.2);
    for n in doc["nodes"].as_array_mut().unwrap() {
        let actor = match n["id"].as_str().unwrap() {
            "m" => "a",
            "t" | "d" | "r" => "b",
            _ => continue,
        };
        n["actor"] = json!([actor]);
    }
    doc
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn kinds(waits: &Value) -> Vec<String> {
    waits
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_threatened_measure_waits_on_its_trigger_in_every_answer() {
    let (_dir, file) = common::temp_file("waiting.json", graph().to_string().as_bytes());
    let threat = "a threat by Label of a against Label of b, to follow if Label of t [t] \
                  (open: it has not happened), a trigger, not a precondition: no stand for \
                  it, and no party's agreement to it";
    for cmd in ["blockers", "requires", "unblock"] {
        let json = common::json_ok(&file, &[cmd, "m"]);
        let waits = &json["waits_on"];
        assert_eq!(kinds(waits), ["threat"], "{cmd}: {json}");
        assert_eq!(waits[0]["by"], "a", "{cmd}");
        assert_eq!(waits[0]["against"], "b", "{cmd}");
        assert_eq!(waits[0]["trigger"]["id"], "t", "{cmd}");
        assert_eq!(waits[0]["trigger"]["status"], "open", "{cmd}");
        let text = flat(&common::run_ok(&file, &[cmd, "m"]));
        assert!(text.contains(threat), "{cmd}: {text}");
        // Nobody agreed to a threat: never "has agreed to".
        assert!(!text.contains("agreed to."), "{cmd}: {text}");
    }
    // The trigger is no precondition, and no obstacle.
    let blockers = common::json_ok(&file, &["blockers", "m"]);
    assert_eq!(blockers["blockers"], json!([]));
    assert_eq!(blockers["pending"], json!([]));
    let requires = common::json_ok(&file, &["requires", "m"]);
    assert_eq!(requires["preconditions"], json!([]));
    // No party is for it, and the answer names the threatener.
    let for_ = flat(&common::run_ok(&file, &["who", "m", "--side", "for"]));
    assert!(
        for_.contains(
            "No party is for it: Label of a threatens it, and a threat is no stand for what it threatens."
        ),
        "{for_}"
    );
    let json = common::json_ok(&file, &["who", "m", "--side", "for"]);
    assert_eq!(json["groups"], json!([]));
    assert_eq!(kinds(&json["waits_on"]), ["threat"]);
}

#[test]
fn an_unanswered_demand_awaits_its_addressee_and_a_refused_one_does_not() {
    let (_dir, file) = common::temp_file("waiting.json", graph().to_string().as_bytes());
    let awaits = "awaits Label of b's answer: demanded of it by Label of c; the graph records \
                  no answer from Label of b";
    for cmd in ["blockers", "unblock"] {
        let json = common::json_ok(&file, &[cmd, "d"]);
        assert_eq!(kinds(&json["waits_on"]), ["answer"], "{cmd}: {json}");
        assert_eq!(json["waits_on"][0]["addressee"], "b");
        assert_eq!(json["waits_on"][0]["asked_by"], json!(["c"]));
        let text = flat(&common::run_ok(&file, &[cmd, "d"]));
        assert!(text.contains(awaits), "{cmd}: {text}");
        assert!(!text.contains("agreed to."), "{cmd}: {text}");
    }
    assert_eq!(
        common::json_ok(&file, &["blockers", "d"])["blockers"],
        json!([])
    );
    let against = flat(&common::run_ok(&file, &["who", "d", "--side", "against"]));
    assert!(
        against.contains(
            "No party is against it: it is demanded of Label of b, who has not answered."
        ),
        "{against}"
    );
    // B answered `r` with a refusal: an obstacle, and nothing awaited.
    let r = common::json_ok(&file, &["blockers", "r"]);
    assert_eq!(r["blockers"][0]["kind"], "refusal", "{r}");
    assert_eq!(r["waits_on"], json!([]), "{r}");
}

/// The drawings of `blockers` and `unblock` say what the text answers say:
/// a threatened measure waits on its trigger, and no one "agreed" (the
/// unblock drawing said "what remains is agreed and can be delivered").
#[test]
fn a_drawing_of_a_threatened_measure_says_it_waits_and_not_agreed() {
    for answer in ["--blockers", "--unblock"] {
        let out = crate::common::negograph()
            .args(["dot", answer, "new-sanctions"])
            .output()
            .unwrap();
        assert!(out.status.success());
        let dot = String::from_utf8(out.stdout).unwrap();
        let title = dot.lines().find(|l| l.contains("graph[label=")).unwrap();
        assert!(
            title.contains("nothing blocks Consequences for Russia, including new sanctions; it waits on a threat's trigger (russia-refuses-30d, open)"),
            "{answer}: {title}"
        );
        assert!(!title.contains("agreed"), "{answer}: {title}");
        // The threats are drawn, from the parties who make them.
        assert!(dot.contains("European leaders"), "{answer}: {dot}");
    }
}
