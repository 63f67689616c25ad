//! Proposals as packages of terms, on a graph of two proposals whose answers
//! were worked out by hand (see `common::two_proposals`): what blocks and
//! what requires a package.

mod common;

use common::{negograph, temp_file, two_proposals};
use serde_json::Value;

/// `negograph -f FILE ARGS... --json` on `doc`, which must succeed.
fn answer(doc: &Value, args: &[&str]) -> Value {
    let text = serde_json::to_string_pretty(doc).unwrap();
    let (_dir, file) = temp_file("g.json", text.as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&file)
        .args(args)
        .arg("--json")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("JSON")
}

/// A link as "from relation to".
fn said(link: &Value) -> String {
    format!(
        "{} {} {}",
        link["from"].as_str().unwrap(),
        link["relation"].as_str().unwrap(),
        link["to"].as_str().unwrap()
    )
}

/// Each blocker as (id, reason, its chain).
fn blockers(doc: &Value, target: &str) -> Vec<(String, String, Vec<String>)> {
    answer(doc, &["blockers", target])["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let chain = b["chain"].as_array().unwrap().iter().map(said).collect();
            (
                b["id"].as_str().unwrap().to_owned(),
                b["reason"].as_str().unwrap().to_owned(),
                chain,
            )
        })
        .collect()
}

fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn what_stands_in_the_way_of_a_term_stands_in_the_way_of_its_package_but_terms_never_block() {
    let doc = two_proposals();
    // Worked out by hand: the U.S. rejects the counter as a whole; Israel
    // rejects its 70 days; its hostage term needs a U.S. guarantee. Egypt
    // rejects a term that was withdrawn, so Egypt blocks nothing. None of
    // the counter's five terms is a blocker.
    assert_eq!(
        blockers(&doc, "hamas-plan"),
        vec![
            (
                "us".into(),
                "rejects".into(),
                owned(&["us rejects hamas-plan"])
            ),
            (
                "israel".into(),
                "rejects".into(),
                owned(&["b-truce part_of hamas-plan", "israel rejects b-truce"])
            ),
            (
                "guarantee".into(),
                "precondition".into(),
                owned(&[
                    "b-living part_of hamas-plan",
                    "b-living conditions_on guarantee"
                ])
            ),
        ]
    );
    // The U.S. plan: only the list Israel sets as a condition; its four terms are what it offers.
    assert_eq!(
        blockers(&doc, "us-plan"),
        vec![(
            "hostage-list".into(),
            "precondition".into(),
            owned(&["us-plan conditions_on hostage-list"])
        )]
    );
    // Once the guarantee is given (assumed), it is settled and blocks nothing.
    let v = answer(&doc, &["blockers", "hamas-plan", "--assume", "guarantee"]);
    let ids: Vec<&str> = v["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["us", "israel"]);
}

#[test]
fn a_settled_term_is_not_searched() {
    let mut doc = two_proposals();
    // The 70 days met (say, agreed separately): Israel's rejection of it no
    // longer stands in the way of the package.
    let nodes = doc["nodes"].as_array_mut().unwrap();
    let t = nodes.iter_mut().find(|n| n["id"] == "b-truce").unwrap();
    t["status"] = "met".into();
    let ids: Vec<String> = blockers(&doc, "hamas-plan")
        .into_iter()
        .map(|b| b.0)
        .collect();
    assert_eq!(ids, ["us", "guarantee"]);
}

#[test]
fn a_package_requires_what_is_conditioned_on_it_and_on_its_terms() {
    let doc = two_proposals();
    let steps = |target: &str| -> Vec<(u64, String, Option<String>)> {
        answer(&doc, &["requires", target])["preconditions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["depth"].as_u64().unwrap(),
                    s["id"].as_str().unwrap().to_owned(),
                    s["on_term"].as_str().map(str::to_owned),
                )
            })
            .collect()
    };
    assert_eq!(
        steps("hamas-plan"),
        vec![(1, "guarantee".into(), Some("b-living".into()))]
    );
    assert_eq!(steps("us-plan"), vec![(1, "hostage-list".into(), None)]);
    // A term's own preconditions, asked of the term, are plain steps.
    assert_eq!(steps("b-living"), vec![(1, "guarantee".into(), None)]);
    let text = negograph_text(&doc, &["requires", "hamas-plan"]);
    assert!(
        text.contains("its term 8 to 12 living hostages needs A U.S. guarantee of talks"),
        "{text}"
    );
}

/// `negograph -f FILE ARGS...` as text, which must succeed.
fn negograph_text(doc: &Value, args: &[&str]) -> String {
    let text = serde_json::to_string_pretty(doc).unwrap();
    let (_dir, file) = temp_file("g.json", text.as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&file)
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}
