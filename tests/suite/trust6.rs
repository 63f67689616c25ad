//! What stands in the way, read one way by every answer (round trust-6):
//! hand-made graphs whose answers were worked out by hand, through the
//! real binary.

use serde_json::{Value, json};

use crate::common::{self, json_ok, render_file, temp_file};

/// The kinds and ids of a `blockers --json` answer's obstacles, in order.
fn obstacles(answer: &Value) -> Vec<(String, String)> {
    answer["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            let s = |k: &str| o[k].as_str().unwrap().to_owned();
            (s("kind"), s("id"))
        })
        .collect()
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
