//! The claims real reports are made of — a proposal as a package of terms,
//! an exchange with numbers, a mediator, an offer that replaces an offer, a
//! disputed claim with its speaker — entered from the command line and
//! written in the file alike, and listed by `who`, `stance` and `show`.

use crate::common;

use common::{json_ok as json_of, negograph, run_ok as run, temp_file, two_proposals};
use serde_json::{Value, json};

/// The same graph, as a file written by hand.
fn by_hand() -> Value {
    json!({
        "negograph": 1.1,
        "title": "Truce talks",
        "sources": [{"id": "wire", "title": "Wire report", "date": "2025-05-26"}],
        "nodes": [
            {"id": "us", "kind": "party", "label": "United States"},
            {"id": "hamas", "kind": "party", "label": "Hamas"},
            {"id": "israel", "kind": "party", "label": "Israel"},
            {"id": "qatar", "kind": "party", "label": "Qatar"},
            {"id": "truce-length", "kind": "issue", "label": "Length of the truce"},
            {"id": "living", "kind": "issue", "label": "Living hostages freed"},
            {"id": "plan", "kind": "proposal", "label": "The plan"},
            {"id": "truce", "kind": "demand", "label": "A 60-day truce", "actor": ["israel"],
             "issue": "truce-length", "quantity": "60 days"},
            {"id": "hostages", "kind": "demand", "label": "10 hostages freed", "actor": ["hamas"],
             "issue": "living", "quantity": "10 hostages"},
            {"id": "plan-2", "kind": "proposal", "label": "The new plan"},
            {"id": "truce-2", "kind": "demand", "label": "A 70-day truce", "actor": ["israel"],
             "issue": "truce-length", "quantity": "70 days"}
        ],
        "edges": [
            {"from": "truce", "relation": "part_of", "to": "plan", "source": "wire", "quote": "a 60-day truce"},
            {"from": "hostages", "relation": "part_of", "to": "plan", "source": "wire", "quote": "for 10 hostages"},
            {"from": "us", "relation": "proposes", "to": "plan", "source": "wire", "quote": "the U.S. plan"},
            {"from": "qatar", "relation": "mediates", "to": "plan", "source": "wire", "quote": "brokered by Qatar"},
            {"from": "hamas", "relation": "accepts", "to": "plan", "disputed_by": ["us"],
             "citations": [{"source": "wire", "quote": "Hamas said it accepted", "speaker": "two Hamas officials"}]},
            {"from": "truce-2", "relation": "part_of", "to": "plan-2", "source": "wire", "quote": "now 70 days"},
            {"from": "us", "relation": "proposes", "to": "plan-2", "source": "wire", "quote": "a new plan"},
            {"from": "plan-2", "relation": "supersedes", "to": "plan", "since": "2025-06-01",
             "source": "wire", "quote": "replaces the plan"}
        ]
    })
}

#[test]
fn every_kind_of_claim_goes_in_from_the_command_line_as_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("talks.json");
    negograph()
        .arg("new")
        .arg(&file)
        .args(["--title", "Truce talks"])
        .assert()
        .success();
    let steps: &[&[&str]] = &[
        &[
            "source",
            "add",
            "wire",
            "--title",
            "Wire report",
            "--date",
            "2025-05-26",
        ],
        &["add", "party", "us", "--label", "United States"],
        &["add", "party", "hamas", "--label", "Hamas"],
        &["add", "party", "israel", "--label", "Israel"],
        &["add", "party", "qatar", "--label", "Qatar"],
        &[
            "add",
            "issue",
            "truce-length",
            "--label",
            "Length of the truce",
        ],
        &["add", "issue", "living", "--label", "Living hostages freed"],
        // A package of terms; an exchange is two terms given by different parties.
        &["add", "proposal", "plan", "--label", "The plan"],
        &[
            "add",
            "demand",
            "truce",
            "--label",
            "A 60-day truce",
            "--actor",
            "israel",
            "--issue",
            "truce-length",
            "--quantity",
            "60 days",
        ],
        &[
            "add",
            "demand",
            "hostages",
            "--label",
            "10 hostages freed",
            "--actor",
            "hamas",
            "--issue",
            "living",
            "--quantity",
            "10 hostages",
        ],
        &[
            "link",
            "truce",
            "part_of",
            "plan",
            "--source",
            "wire",
            "--quote",
            "a 60-day truce",
        ],
        &[
            "link",
            "hostages",
            "part_of",
            "plan",
            "--source",
            "wire",
            "--quote",
            "for 10 hostages",
        ],
        &[
            "link",
            "us",
            "proposes",
            "plan",
            "--source",
            "wire",
            "--quote",
            "the U.S. plan",
        ],
        // A mediator.
        &[
            "link",
            "qatar",
            "mediates",
            "plan",
            "--source",
            "wire",
            "--quote",
            "brokered by Qatar",
        ],
        // A disputed claim, with who said it.
        &[
            "link",
            "hamas",
            "accepts",
            "plan",
            "--source",
            "wire",
            "--quote",
            "Hamas said it accepted",
            "--speaker",
            "two Hamas officials",
            "--disputed-by",
            "us",
        ],
        // An offer that replaces an offer.
        &["add", "proposal", "plan-2", "--label", "The new plan"],
        &[
            "add",
            "demand",
            "truce-2",
            "--label",
            "A 70-day truce",
            "--actor",
            "israel",
            "--issue",
            "truce-length",
            "--quantity",
            "70 days",
        ],
        &[
            "link",
            "truce-2",
            "part_of",
            "plan-2",
            "--source",
            "wire",
            "--quote",
            "now 70 days",
        ],
        &[
            "link",
            "us",
            "proposes",
            "plan-2",
            "--source",
            "wire",
            "--quote",
            "a new plan",
        ],
        &[
            "link",
            "plan-2",
            "supersedes",
            "plan",
            "--since",
            "2025-06-01",
            "--source",
            "wire",
            "--quote",
            "replaces the plan",
        ],
    ];
    for step in steps {
        run(&file, step);
    }
    let typed: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(
        typed,
        by_hand(),
        "the command line writes what one would write by hand"
    );
    let text = serde_json::to_string_pretty(&by_hand()).unwrap();
    let (_keep, written) = temp_file("hand.json", text.as_bytes());
    for args in [
        &["show", "--all-time"][..],
        &["who", "plan"],
        &["stance", "us"],
        &["compare", "plan", "plan-2", "--all-time"],
        &["issues"],
    ] {
        assert_eq!(json_of(&file, args), json_of(&written, args), "{args:?}");
    }
    // Until 1 June the plan stands; from then the new plan replaces it.
    assert_eq!(json_of(&file, &["show", "plan"])["status"], "open");
    let later = json_of(&file, &["show", "plan", "--as-of", "2025-06-01"]);
    assert_eq!(later["status"], "withdrawn");
    let cmp = json_of(&file, &["compare", "plan", "plan-2", "--all-time"]);
    assert_eq!(
        (&cmp["issues"][0]["gap"], &cmp["issues"][0]["overlap"]),
        (&json!(10.0), &json!(false))
    );
}

#[test]
fn adding_a_node_before_its_links_says_so_in_one_line_and_check_still_warns() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.json");
    negograph()
        .arg("new")
        .arg(&file)
        .args(["--title", "T"])
        .assert()
        .success();
    let out = negograph()
        .arg("-f")
        .arg(&file)
        .args(["add", "party", "hamas", "--label", "Hamas"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "added party 'hamas' (Hamas), not linked to anything yet\n"
    );
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "",
        "no multi-line warning"
    );
    negograph()
        .arg("-f")
        .arg(&file)
        .arg("check")
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "node 'hamas' is not connected to anything",
        ));
    // An edit that cuts a node loose still warns in full: only the node
    // just added is spared.
    for step in [
        &["source", "add", "s", "--title", "S"][..],
        &["add", "demand", "truce", "--label", "Truce"],
        &[
            "link", "hamas", "demands", "truce", "--source", "s", "--quote", "q",
        ],
    ] {
        run(&file, step);
    }
    negograph()
        .arg("-f")
        .arg(&file)
        .args(["unlink", "hamas", "demands", "truce"])
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "node 'hamas' is not connected to anything",
        ))
        .stderr(predicates::str::contains(
            "link it to a position, or remove it",
        ));
}

#[test]
fn who_stance_and_show_list_mediators_and_disputed_claims() {
    let text = serde_json::to_string(&two_proposals()).unwrap();
    let (_keep, file) = temp_file("g.json", text.as_bytes());
    let who = json_of(&file, &["who", "us-plan"]);
    let groups: Vec<(&str, Vec<&str>)> = who["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let ids = g["parties"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["id"].as_str().unwrap())
                .collect();
            (g["relation"].as_str().unwrap(), ids)
        })
        .collect();
    assert_eq!(
        groups,
        [
            ("proposes", vec!["us"]),
            ("accepts", vec!["israel", "hamas"]),
            ("counters", vec!["hamas"]),
            ("mediates", vec!["qatar", "egypt"]),
        ]
    );
    let disputed = &who["disputed"];
    assert_eq!(disputed.as_array().unwrap().len(), 1);
    assert_eq!(
        (
            &disputed[0]["from"],
            &disputed[0]["relation"],
            &disputed[0]["disputed_by"]
        ),
        (&json!("hamas"), &json!("accepts"), &json!(["us"]))
    );
    assert_eq!(disputed[0]["citations"][0]["speaker"], "two officials");
    let text = run(&file, &["who", "us-plan"]);
    for expected in [
        "mediates:",
        "  • Qatar [qatar]",
        "disputed claims:",
        "Hamas accepts U.S. plan: disputed by United States",
    ] {
        assert!(text.contains(expected), "{expected} in\n{text}");
    }
    // The U.S. disputes Hamas's claim; Qatar mediates.
    let us = json_of(&file, &["stance", "us"]);
    let disputes: Vec<(&str, &str, &str)> = us["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["from"]["id"].as_str().unwrap(),
                d["relation"].as_str().unwrap(),
                d["to"]["id"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(disputes, [("hamas", "accepts", "us-plan")]);
    assert!(
        run(&file, &["stance", "us"]).contains("claims it disputes:\n  • Hamas accepts U.S. plan")
    );
    let qatar = json_of(&file, &["stance", "qatar"]);
    assert_eq!(qatar["positions"][0]["relation"], "mediates");
    assert!(run(&file, &["stance", "qatar"]).contains("mediates:\n  • U.S. plan [us-plan]"));
    // show: each position's mediators and terms; the disputed claims at the end.
    let show = json_of(&file, &["show"]);
    let plan = show["positions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "us-plan")
        .unwrap();
    let mediators: Vec<&str> = plan["mediated_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["from"].as_str().unwrap())
        .collect();
    assert_eq!(mediators, ["qatar", "egypt"]);
    assert_eq!(plan["terms"].as_array().unwrap().len(), 4);
    assert_eq!(show["disputed"].as_array().unwrap().len(), 1);
    assert!(
        show["positions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["kind"] != "issue"),
        "issues are not positions"
    );
    let text = run(&file, &["show"]);
    for expected in [
        "mediated by Qatar, Egypt",
        "term: A 45-60 day truce [a-truce] · 45-60 days",
        "disputes   Hamas accepts U.S. plan",
        "DISPUTED CLAIMS",
        "Hamas accepts U.S. plan: disputed by United States",
    ] {
        assert!(text.contains(expected), "{expected} in\n{text}");
    }
    let us = json_of(&file, &["show", "us"]);
    assert_eq!(us["disputes"][0]["from"], "hamas");
    assert!(run(&file, &["show", "us"]).contains("claims it disputes:"));
}
