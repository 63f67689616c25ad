//! What stands in the way, read one way by every answer (round trust-6):
//! hand-made graphs whose answers were worked out by hand, through the
//! real binary.

use serde_json::{Value, json};

use crate::common::{self, json_ok, render_file, temp_file};

/// The kinds and ids of a `blockers --json` answer's obstacles, in order.
fn obstacles(answer: &Value) -> Vec<(String, String)> {
    crate::semantics::shipped::obstacles(&answer["blockers"])
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|&(a, b)| (a.to_owned(), b.to_owned()))
        .collect()
}

/// A new user's graph, cut down. The US proposes an offer whose terms are
/// the lifting of all US sanctions on Iran (the US must deliver it) and
/// Iran halting enrichment (Iran must). Iran demands the lifting, rejects
/// the offer, and holds talks conditional on the lifting.
///
/// Worked by hand: Iran refuses the package for its other term; it is for
/// the lifting, so its refusal is no obstacle to it, nor to the talks that
/// need it. The US agreed to the lifting by proposing the package: a
/// pending step. Iran's refusal still stands against the offer and against
/// the halt, a term Iran is not for.
fn sanctions_offer() -> Value {
    let edge = |from: &str, relation: &str, to: &str| json!({"from": from, "relation": relation, "to": to, "source": "r", "quote": "q"});
    json!({
        "negograph": 1.1,
        "title": "Iran and the US offer",
        "sources": [{"id": "r", "title": "Report", "date": "2025-06-01"}],
        "nodes": [
            {"id": "iran", "kind": "party", "label": "Iran"},
            {"id": "us", "kind": "party", "label": "US"},
            {"id": "offer", "kind": "proposal", "label": "US offer"},
            {"id": "lift", "kind": "demand", "label": "Lifting of all US sanctions on Iran", "actor": "us"},
            {"id": "halt", "kind": "demand", "label": "Iran halts enrichment", "actor": "iran"},
            {"id": "talks", "kind": "demand", "label": "Talks"}
        ],
        "edges": [
            edge("us", "proposes", "offer"),
            edge("lift", "part_of", "offer"),
            edge("halt", "part_of", "offer"),
            edge("iran", "demands", "lift"),
            edge("iran", "rejects", "offer"),
            {"from": "talks", "relation": "conditions_on", "to": "lift", "by": "iran", "source": "r", "quote": "q"}
        ]
    })
}

#[test]
fn refusing_a_package_is_no_obstacle_to_a_term_the_party_demands() {
    let (dir, file) = temp_file("offer.json", sanctions_offer().to_string().as_bytes());
    for target in ["lift", "talks"] {
        let told = json_ok(&file, &["blockers", target]);
        assert_eq!(obstacles(&told), [], "{target}: {told}");
        assert_eq!(told["clear"], true, "{target}: {told}");
        let plan = json_ok(&file, &["unblock", target]);
        assert_eq!(plan["reachable_now"], true, "{target}: {plan}");
        assert_eq!(plan["options"][0]["moves"], json!([]), "{target}: {plan}");
        let text = common::run_ok(&file, &["blockers", target]);
        assert!(!text.contains("refusal"), "{target}: {text}");
    }
    // The refusal still stands against the package and its other term.
    assert_eq!(
        obstacles(&json_ok(&file, &["blockers", "offer"])),
        pairs(&[("refusal", "iran"), ("term", "halt")])
    );
    assert_eq!(
        obstacles(&json_ok(&file, &["blockers", "halt"])),
        pairs(&[("refusal", "iran")])
    );
    let against = json_ok(&file, &["who", "lift", "--side", "against"]);
    assert_eq!(against["groups"], json!([]), "{against}");
    // The map tells the same story on its one day.
    let map = render_file(Some(&file), dir.path(), "m.html", &[]);
    let data = crate::map::data_of(&std::fs::read_to_string(map).unwrap());
    let by_day = data["answers"]["by_day"].as_object().unwrap();
    for answers in by_day.values() {
        for target in ["lift", "talks"] {
            assert_eq!(answers["blockers"][target]["clear"], true, "{target}");
        }
        assert_eq!(answers["blockers"]["halt"]["clear"], false);
    }
}

/// Israel (a party) and Netanyahu, its member, on one offer: `claims` are
/// the stands, each (holder, relation, since).
fn members_on_an_offer(claims: &[(&str, &str, &str)]) -> Value {
    let mut edges = vec![
        json!({"from": "netanyahu", "relation": "member_of", "to": "israel", "source": "r", "quote": "q"}),
    ];
    for &(holder, relation, since) in claims {
        edges.push(json!({"from": holder, "relation": relation, "to": "offer", "since": since, "source": "r", "quote": "q"}));
    }
    json!({
        "negograph": 1.1,
        "title": "One voice",
        "sources": [{"id": "r", "title": "Report", "date": "2025-06-10"}],
        "nodes": [
            {"id": "israel", "kind": "party", "label": "Israel"},
            {"id": "netanyahu", "kind": "party", "label": "Netanyahu"},
            {"id": "offer", "kind": "proposal", "label": "The offer"}
        ],
        "edges": edges
    })
}

/// A member's claim counts for its party in every answer (`conflicts` would
/// put Israel on both sides), so a member accepting what its party rejects
/// on the same day is a contradiction, and the warning names the member.
/// Worked by hand: edges[1] is Netanyahu's acceptance, edges[2] Israel's
/// rejection; on days apart (a change of stance), no warning.
#[test]
fn a_member_for_what_its_party_rejects_on_the_same_day_is_warned_of() {
    let same_day = members_on_an_offer(&[
        ("netanyahu", "accepts", "2025-06-01"),
        ("israel", "rejects", "2025-06-01"),
    ]);
    assert_eq!(
        common::check_warnings(&same_day, "contradicting-stances"),
        [(
            "edges[2]".to_owned(),
            "'israel' both accepts 'offer' (edges[1], by its member 'netanyahu') and rejects it (edges[2]) on overlapping days: it is on both sides of it".to_owned()
        )]
    );
    let mut apart = members_on_an_offer(&[
        ("netanyahu", "accepts", "2025-06-01"),
        ("israel", "rejects", "2025-06-05"),
    ]);
    apart["edges"][1]["until"] = json!("2025-06-04");
    assert_eq!(common::check_warnings(&apart, "contradicting-stances"), []);
}

/// Worked by hand: the EU threatens tariffs (a condition the US applies
/// once they are met) if talks fail. Open, the tariffs wait on the threat's
/// trigger in `blockers`, `who --side` alike; met on 5 June (in force),
/// they wait on nothing in every answer, and `blockers` names the US as
/// applying them, as `who --side for` and `stance` do.
#[test]
fn a_met_measure_waits_on_nothing_and_is_applied_by_its_actor_in_every_answer() {
    let doc = json!({
        "negograph": 1.2,
        "title": "Tariffs",
        "sources": [{"id": "r", "title": "Report", "date": "2025-06-01"},
                    {"id": "later", "title": "Later", "date": "2025-06-05"}],
        "nodes": [
            {"id": "eu", "kind": "party", "label": "EU"},
            {"id": "us", "kind": "party", "label": "US"},
            {"id": "fail", "kind": "condition", "label": "Talks fail"},
            {"id": "tariffs", "kind": "condition", "label": "Tariffs", "actor": "us",
             "status_history": [{"status": "met", "on": "2025-06-05", "source": "later", "quote": "in force"}]}
        ],
        "edges": [
            {"from": "eu", "relation": "threatens", "to": "tariffs", "trigger": "fail", "source": "r", "quote": "q"}
        ]
    });
    let (_dir, file) = temp_file("tariffs.json", doc.to_string().as_bytes());
    let kinds = |answer: &Value| -> Vec<String> {
        // Left out of the JSON when there is none.
        answer["waits_on"].as_array().map_or(Vec::new(), |list| {
            list.iter()
                .map(|w| w["kind"].as_str().unwrap().to_owned())
                .collect()
        })
    };
    let on = |args: &[&str], day: &str| {
        let mut args = args.to_vec();
        args.extend(["--as-of", day]);
        json_ok(&file, &args)
    };
    for (day, waits) in [("2025-06-01", vec!["threat"]), ("2025-06-05", vec![])] {
        assert_eq!(kinds(&on(&["blockers", "tariffs"], day)), waits, "{day}");
        for side in ["for", "against"] {
            let who = on(&["who", "tariffs", "--side", side], day);
            assert_eq!(kinds(&who), waits, "{day} {side}: {who}");
        }
    }
    let met = on(&["blockers", "tariffs"], "2025-06-05");
    assert_eq!(met["applied_by"], json!(["us"]), "{met}");
    let who = on(&["who", "tariffs", "--side", "for"], "2025-06-05");
    assert_eq!(who["applied_by"][0]["id"], "us", "{who}");
    let stance = on(&["stance", "us"], "2025-06-05");
    assert_eq!(stance["applies"][0]["id"], "tariffs", "{stance}");
}
