//! What a party holds, one rule (`standing::holders`): `stance P` and the
//! map's party panel ("Holds") list the same claims for every party, on
//! every shipped graph and on a hand-made one with every kind of claim a
//! party can hold, through the real binary.

use std::path::Path;

use negograph::model::Relation;
use serde_json::{Value, json};

use crate::common;

/// A claim as (from, relation, to), as both answers name it.
type Claim = (String, String, String);

/// Every party's "Holds" on the whole map, sorted.
fn map_holds(file: &Path, dir: &Path) -> Vec<(String, Vec<Claim>)> {
    let map = common::render_file(Some(file), dir, "map.html", &[]);
    let data = crate::map::data_of(&std::fs::read_to_string(map).unwrap());
    let edges = data["edges"].as_array().unwrap();
    let claim = |i: &Value| {
        let e = &edges[i.as_u64().unwrap() as usize];
        let s = |k: &str| e[k].as_str().unwrap().to_owned();
        (s("from"), s("relation"), s("to"))
    };
    data["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "party")
        .map(|n| {
            let mut held: Vec<Claim> = n["holds"].as_array().unwrap().iter().map(claim).collect();
            held.sort();
            (n["id"].as_str().unwrap().to_owned(), held)
        })
        .collect()
}

/// What `stance P --all-time` lists as P's own: its stands that make a
/// position its own (the relation table's `holds`; a member's only when
/// they take a side, as stance lists them), and the claims it holds.
fn stance_holds(file: &Path, party: &str) -> Vec<Claim> {
    let s = common::json_ok(file, &["stance", party, "--all-time"]);
    let mut held = Vec::new();
    for p in s["positions"].as_array().unwrap() {
        let relation: Relation = p["relation"].as_str().unwrap().parse().unwrap();
        if relation.facts().holds {
            let from = p["speaker"].as_str().unwrap_or(party).to_owned();
            let to = p["target"]["id"].as_str().unwrap().to_owned();
            held.push((from, p["relation"].as_str().unwrap().to_owned(), to));
        }
    }
    for h in s["holds"].as_array().unwrap() {
        let id = |k: &str| h[k]["id"].as_str().unwrap().to_owned();
        held.push((
            id("from"),
            h["relation"].as_str().unwrap().to_owned(),
            id("to"),
        ));
    }
    held.sort();
    held
}

/// Every kind of claim a party holds: its own demand and threat, a
/// member's demand and threat, a condition a member sets, positions it says
/// cannot both hold, a block by a position it records, a term it put in a
/// package; and claims it holds not (a rejection, a consideration).
fn every_kind() -> Value {
    let mut doc = common::doc(
        &[
            ("west", "party"),
            ("blinken", "party"),
            ("east", "party"),
            ("deal", "demand"),
            ("talks", "demand"),
            ("sanctions", "demand"),
            ("aid", "condition"),
            ("plan", "proposal"),
        ],
        vec![
            common::edge("blinken", "member_of", "west"),
            common::edge("west", "demands", "deal"),
            common::edge("west", "threatens", "sanctions"),
            common::edge("blinken", "demands", "talks"),
            common::edge("blinken", "threatens", "sanctions"),
            common::edge("west", "rejects", "aid"),
            common::edge("east", "considers", "deal"),
            common::cond("deal", "aid", "blinken"),
            json!({"from": "talks", "relation": "excludes", "to": "aid", "by": "west",
                   "source": "src", "quote": "q"}),
            json!({"from": "aid", "relation": "blocks", "to": "talks", "by": "east",
                   "source": "src", "quote": "q"}),
            json!({"from": "deal", "relation": "part_of", "to": "plan", "by": "west",
                   "source": "src", "quote": "q"}),
        ],
    );
    doc["negograph"] = json!(1.2);
    doc
}

#[test]
fn stance_and_the_maps_party_panel_hold_the_same_claims() {
    let dir = tempfile::tempdir().unwrap();
    let (_hand, hand) = common::temp_file(
        "every-kind.json",
        serde_json::to_string(&every_kind()).unwrap().as_bytes(),
    );
    let mut files = super::shipped::shipped();
    files.push(hand.clone());
    let mut compared = 0;
    for file in &files {
        for (party, on_map) in map_holds(file, dir.path()) {
            assert_eq!(
                on_map,
                stance_holds(file, &party),
                "{party} in {}",
                file.display()
            );
            compared += on_map.len();
        }
    }
    assert!(compared > 40, "only {compared} claims compared");
    // Worked by hand: West holds its demand and threat, Blinken's demand
    // (not its threat, which stance lists not for West), the condition
    // Blinken set, the exclusion and the term it recorded; East the block.
    let own = |a: &str, r: &str, b: &str| (a.to_owned(), r.to_owned(), b.to_owned());
    let mut west = vec![
        own("west", "demands", "deal"),
        own("west", "threatens", "sanctions"),
        own("blinken", "demands", "talks"),
        own("deal", "conditions_on", "aid"),
        own("talks", "excludes", "aid"),
        own("deal", "part_of", "plan"),
    ];
    west.sort();
    assert_eq!(stance_holds(&hand, "west"), west);
    assert_eq!(
        stance_holds(&hand, "east"),
        vec![own("aid", "blocks", "talks")]
    );
    // The text names each for what it is: an exclusion is no condition.
    let text = common::run_ok(&hand, &["stance", "west", "--all-time"]);
    let (conditions, others) = text
        .split_once("other claims it holds:")
        .expect("a heading of its own");
    assert!(conditions.contains("conditions it sets:\n  • Label of deal needs Label of aid"));
    assert!(!conditions.contains("cannot hold together"), "{text}");
    assert!(others.contains("Label of talks cannot hold together with Label of aid"));
    assert!(others.contains("Label of deal is part of Label of plan"));
}

/// Worked by hand: a party recorded as a member of itself, and a member
/// recorded twice as belonging to it, speak for it once: `stance` lists
/// each stand once (it listed them twice before: once its own, once as said
/// by itself for itself; and a member's once per membership).
#[test]
fn a_party_that_belongs_to_itself_or_twice_speaks_once() {
    let doc = common::doc(
        &[("west", "party"), ("blinken", "party"), ("deal", "demand")],
        vec![
            common::edge("west", "member_of", "west"),
            common::edge("blinken", "member_of", "west"),
            json!({"from": "blinken", "relation": "member_of", "to": "west",
                   "source": "src", "quote": "again", "since": "2025-01-01"}),
            common::edge("west", "demands", "deal"),
            common::edge("blinken", "supports", "deal"),
        ],
    );
    let (_dir, file) =
        common::temp_file("self.json", serde_json::to_string(&doc).unwrap().as_bytes());
    let s = common::json_ok(&file, &["stance", "west", "--all-time"]);
    let listed: Vec<(String, Option<String>)> = s["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let speaker = p["speaker"].as_str().map(str::to_owned);
            (p["relation"].as_str().unwrap().to_owned(), speaker)
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            ("demands".to_owned(), None),
            ("supports".to_owned(), Some("blinken".to_owned())),
        ],
        "{s}"
    );
}
