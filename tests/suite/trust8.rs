//! Answers that must agree with each other about one position (round
//! trust-8): small hand-made graphs worked out by hand, through the real
//! binary.

use serde_json::{Value, json};

use crate::common::{self, temp_file};

/// Smith sits for the Greens until the end of January, then for the Blues
/// (both `member_of` claims dated; the Greens' one first in the file). The
/// Greens support the plan from January on; `claims` are the other stands
/// on it, each (holder, relation, since).
fn a_member_who_changes_party(claims: &[(&str, &str, &str)]) -> Value {
    let mut edges = vec![
        json!({"from": "smith", "relation": "member_of", "to": "greens", "until": "2025-01-31", "source": "r", "quote": "q"}),
        json!({"from": "smith", "relation": "member_of", "to": "blues", "since": "2025-02-01", "source": "r", "quote": "q"}),
        json!({"from": "greens", "relation": "supports", "to": "plan", "since": "2025-01-01", "source": "r", "quote": "q"}),
    ];
    for &(holder, relation, since) in claims {
        edges.push(json!({"from": holder, "relation": relation, "to": "plan", "since": since, "source": "r", "quote": "q"}));
    }
    json!({
        "negograph": 1.1,
        "title": "A member changes party",
        "sources": [{"id": "r", "title": "Report", "date": "2025-06-10"}],
        "nodes": [
            {"id": "greens", "kind": "party", "label": "Greens"},
            {"id": "blues", "kind": "party", "label": "Blues"},
            {"id": "smith", "kind": "party", "label": "Smith"},
            {"id": "plan", "kind": "proposal", "label": "The plan"}
        ],
        "edges": edges
    })
}

/// Worked by hand: Smith rejects the plan on 1 March, when it sits for the
/// Blues, so it counts for the Blues (as `who plan --side against` on that
/// day says), not for the Greens it had left: the Greens are not on both
/// sides. When the Blues support the plan that day too, the Blues are.
#[test]
fn a_members_claim_counts_for_the_party_it_sits_for_on_the_claims_day() {
    let after_leaving = a_member_who_changes_party(&[("smith", "rejects", "2025-03-01")]);
    assert_eq!(
        common::check_warnings(&after_leaving, "contradicting-stances"),
        []
    );
    let (_dir, file) = temp_file("g.json", after_leaving.to_string().as_bytes());
    let against = common::json_ok(
        &file,
        &["who", "plan", "--side", "against", "--as-of", "2025-03-01"],
    );
    assert!(
        against.to_string().contains("blues"),
        "Smith's stand counts for the Blues on its day: {against}"
    );

    let blues_too = a_member_who_changes_party(&[
        ("smith", "rejects", "2025-03-01"),
        ("blues", "supports", "2025-03-01"),
    ]);
    assert_eq!(
        common::check_warnings(&blues_too, "contradicting-stances"),
        [(
            "edges[4]".to_owned(),
            "'blues' both rejects 'plan' (edges[3], by its member 'smith') and supports it (edges[4]) on overlapping days: it is on both sides of it".to_owned()
        )]
    );

    // While it still sat for the Greens, its rejection is theirs.
    let before_leaving = a_member_who_changes_party(&[("smith", "rejects", "2025-01-15")]);
    assert_eq!(
        common::check_warnings(&before_leaving, "contradicting-stances")
            .iter()
            .map(|(path, _)| path.as_str())
            .collect::<Vec<_>>(),
        ["edges[3]"]
    );
}

/// The port offers 9% from 6 May; the union rejects it. Asked of 20 April,
/// before the offer existed (its own `since`), `blockers`, `unblock`,
/// `responses`, `who` and `effects` say it is not in the graph that day, as
/// `show` does, instead of "Nothing blocks it" or a plan to deliver it.
/// Worked by hand: on 10 May the union's rejection stands in its way.
#[test]
fn a_position_asked_of_a_day_before_it_exists_has_no_answer() {
    let doc = json!({
        "negograph": 1.1,
        "title": "An offer made in May",
        "sources": [{"id": "r", "title": "Report", "date": "2025-05-10"}],
        "nodes": [
            {"id": "port", "kind": "party", "label": "Port"},
            {"id": "union", "kind": "party", "label": "Union"},
            {"id": "offer", "kind": "proposal", "label": "A 9% offer", "since": "2025-05-06"}
        ],
        "edges": [
            {"from": "port", "relation": "proposes", "to": "offer", "since": "2025-05-06", "source": "r", "quote": "q"},
            {"from": "union", "relation": "rejects", "to": "offer", "since": "2025-05-07", "source": "r", "quote": "q"}
        ]
    });
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    for command in ["blockers", "unblock", "responses", "who", "effects"] {
        let err = common::fails(
            common::negograph().arg("-f").arg(&file).args([
                command,
                "offer",
                "--as-of",
                "2025-04-20",
            ]),
            2,
        );
        assert!(
            err.contains("is not in the graph as of 2025-04-20")
                && err.contains("holds from 2025-05-06"),
            "{command}: {err}"
        );
    }
    let blockers = common::json_ok(&file, &["blockers", "offer", "--as-of", "2025-05-10"]);
    assert_eq!(blockers["clear"], false, "{blockers}");
}

/// Fain, a member of the UAW, rejects Stellantis's offer: `conflicts` lists
/// the offer (the UAW against it through Fain). Worked by hand: asked about
/// Fain (`--party fain`), the conflict is Fain's too, as `responses --party
/// fain` counts its rejection; the old answer was "No conflicts".
#[test]
fn conflicts_of_a_member_hold_the_conflicts_its_own_claims_make() {
    let doc = json!({
        "negograph": 1.1,
        "title": "A member's refusal",
        "sources": [{"id": "r", "title": "Report", "date": "2023-09-17"}],
        "nodes": [
            {"id": "uaw", "kind": "party", "label": "UAW"},
            {"id": "fain", "kind": "party", "label": "Fain"},
            {"id": "stellantis", "kind": "party", "label": "Stellantis"},
            {"id": "offer", "kind": "proposal", "label": "A 21% offer"}
        ],
        "edges": [
            {"from": "fain", "relation": "member_of", "to": "uaw", "source": "r", "quote": "q"},
            {"from": "stellantis", "relation": "proposes", "to": "offer", "source": "r", "quote": "q"},
            {"from": "fain", "relation": "rejects", "to": "offer", "source": "r", "quote": "q"}
        ]
    });
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let targets = |args: &[&str]| -> Vec<String> {
        let answer = common::json_ok(&file, args);
        answer["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["target"]["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(targets(&["conflicts"]), ["offer"]);
    assert_eq!(targets(&["conflicts", "--party", "uaw"]), ["offer"]);
    assert_eq!(targets(&["conflicts", "--party", "fain"]), ["offer"]);
    assert_eq!(
        targets(&["conflicts", "--party", "fain", "--party", "stellantis"]),
        ["offer"]
    );
}

/// Ukraine demands a ceasefire of Russia (addressed to it); the US demands
/// an energy truce Russia must deliver. Worked by hand: `who russia
/// --relation demands` lists Ukraine's demand and both positions Russia is
/// asked to deliver, as plain `who russia` does, instead of "No party
/// threatens or makes demands of Russia"; `--relation threatens` says only
/// that no party threatens it.
#[test]
fn who_of_a_party_filtered_to_demands_keeps_the_demands_of_it() {
    let doc = json!({
        "negograph": 1.2,
        "title": "Demands of Russia",
        "sources": [{"id": "r", "title": "Report", "date": "2025-03-01"}],
        "nodes": [
            {"id": "russia", "kind": "party", "label": "Russia"},
            {"id": "ukraine", "kind": "party", "label": "Ukraine"},
            {"id": "us", "kind": "party", "label": "US"},
            {"id": "ceasefire", "kind": "demand", "label": "A ceasefire", "actor": "russia"},
            {"id": "truce", "kind": "demand", "label": "An energy truce", "actor": "russia"}
        ],
        "edges": [
            {"from": "ukraine", "relation": "demands", "to": "ceasefire", "addressee": "russia", "source": "r", "quote": "q"},
            {"from": "us", "relation": "demands", "to": "truce", "source": "r", "quote": "q"}
        ]
    });
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let demands = common::json_ok(&file, &["who", "russia", "--relation", "demands"]);
    let groups = demands["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1, "{demands}");
    assert_eq!(groups[0]["relation"], "demands");
    assert_eq!(groups[0]["parties"][0]["id"], "ukraine");
    let to_deliver: Vec<&str> = demands["to_deliver"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["position"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(to_deliver, ["ceasefire", "truce"]);
    let text = common::run_ok(&file, &["who", "russia", "--relation", "demands"]);
    assert!(!text.contains("No party"), "{text}");
    let threats = common::run_ok(&file, &["who", "russia", "--relation", "threatens"]);
    assert!(threats.contains("No party threatens Russia."), "{threats}");
}

/// The US proposes a package holding a ceasefire as a term (its `part_of`
/// claim by the US); Hamas accepts the package. Worked by hand: `responses`
/// of the term says it is put forward as a term of the package, offered by
/// the US (as `blockers` of the package says "offered by"), not "no party,
/// in this graph".
#[test]
fn responses_of_a_term_name_the_package_and_its_offerer() {
    let doc = json!({
        "negograph": 1.1,
        "title": "A term of a package",
        "sources": [{"id": "r", "title": "Report", "date": "2025-05-26"}],
        "nodes": [
            {"id": "us", "kind": "party", "label": "US"},
            {"id": "hamas", "kind": "party", "label": "Hamas"},
            {"id": "israel", "kind": "party", "label": "Israel"},
            {"id": "deal", "kind": "proposal", "label": "The deal"},
            {"id": "ceasefire", "kind": "condition", "label": "A ceasefire", "actor": "israel"}
        ],
        "edges": [
            {"from": "us", "relation": "proposes", "to": "deal", "source": "r", "quote": "q"},
            {"from": "ceasefire", "relation": "part_of", "to": "deal", "by": "us", "source": "r", "quote": "q"},
            {"from": "hamas", "relation": "accepts", "to": "deal", "source": "r", "quote": "q"}
        ]
    });
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let answer = common::json_ok(&file, &["responses", "ceasefire"]);
    assert_eq!(answer["term_of"][0]["package"]["id"], "deal", "{answer}");
    assert_eq!(answer["term_of"][0]["offered_by"]["id"], "us", "{answer}");
    let text = common::run_ok(&file, &["responses", "ceasefire"]);
    assert!(!text.contains("no party, in this graph"), "{text}");
    assert!(
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .contains("as a term of The deal [deal], offered by US [us]"),
        "{text}"
    );
}
