//! Format 1.2's addressee on small hand-made graphs worked out by hand: to
//! whom a demand, an offer or a threat is addressed, where it may stand,
//! and the edits that write it.

use crate::common;
use crate::format_1_2::{answer, codes, text};

use common::{doc, edge, graph, negograph, run_ok, temp_file};
use negograph::query::who::{Side, who_side};
use negograph::view::{View, ViewSpec};
use predicates::prelude::*;
use serde_json::{Value, json};

/// Hamas asks the mediators for a better proposal: a demand addressed to
/// the mediators, not to Israel.
fn addressed() -> Value {
    let mut ask = edge("hamas", "demands", "better-offer");
    ask["addressee"] = json!("mediators");
    let mut d = doc(
        &[
            ("hamas", "party"),
            ("mediators", "party"),
            ("israel", "party"),
            ("better-offer", "proposal"),
        ],
        vec![ask, edge("israel", "rejects", "better-offer")],
    );
    d["negograph"] = json!(1.2);
    d
}

#[test]
fn a_demand_says_to_whom_it_is_addressed() {
    let d = addressed();
    assert!(codes(&d).is_empty(), "{:?}", codes(&d));
    let out = text(&d, &["who", "better-offer"]);
    assert!(out.contains("addressed to Label of mediators"), "{out}");
    let json = answer(&d, &["who", "better-offer"]);
    let text_json = json.to_string();
    assert!(
        text_json.contains(r#""addressee":"mediators""#),
        "{text_json}"
    );
    // The addressee is no party to the demand: it takes no side by being asked.
    let g = graph(&d);
    let v = View::new(&g, &ViewSpec::all_time()).unwrap();
    let offer = g.find("better-offer").unwrap();
    let sides: Vec<Vec<String>> = [Side::For, Side::Against]
        .into_iter()
        .map(|side| {
            who_side(&v, offer, side)
                .groups
                .into_iter()
                .flat_map(|grp| grp.parties.into_iter().map(|p| p.party.id))
                .collect()
        })
        .collect();
    assert_eq!(sides, [vec!["hamas".to_owned()], vec!["israel".to_owned()]]);
}

#[test]
fn an_addressee_must_be_a_party_on_a_demand_or_threat_and_needs_1_2() {
    let mut d = addressed();
    d["edges"][0]["addressee"] = json!("better-offer");
    // (The mediators, no longer named, are left unconnected.)
    assert_eq!(codes(&d), ["wrong-kinds", "isolated-node"]);
    let mut d = addressed();
    d["edges"][1]["addressee"] = json!("mediators");
    assert_eq!(codes(&d), ["misplaced-field"]);
    let mut d = addressed();
    d["negograph"] = json!(1.1);
    assert_eq!(codes(&d), ["version-too-low"]);
}

#[test]
fn link_and_set_edge_write_an_addressee() {
    let mut d = addressed();
    d["negograph"] = json!(1);
    d["edges"][0].as_object_mut().unwrap().remove("addressee");
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    run_ok(
        &path,
        &[
            "set-edge",
            "hamas",
            "demands",
            "better-offer",
            "addressee=mediators",
        ],
    );
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["negograph"], json!(1.2));
    assert_eq!(saved["edges"][0]["addressee"], json!("mediators"));
    run_ok(
        &path,
        &[
            "link",
            "israel",
            "demands",
            "better-offer",
            "--addressee",
            "mediators",
        ],
    );
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["edges"][2]["addressee"], json!("mediators"));
}

/// Found by a new user: the first 1.2 field added to a file of 1 warned
/// that the file "declares format 1" while showing the saved line 1.2; and
/// a misplaced addressee named only one of the relations that take one.
/// An offer may say to whom it is put.
#[test]
fn an_edit_bringing_1_2_saves_it_quietly_and_a_misplaced_field_names_every_relation_taking_it() {
    let mut d = addressed();
    d["negograph"] = json!(1);
    d["edges"][0].as_object_mut().unwrap().remove("addressee");
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    let edit = |args: &[&str]| negograph().arg("-f").arg(&path).args(args).assert();
    edit(&[
        "link",
        "israel",
        "demands",
        "better-offer",
        "--addressee",
        "mediators",
    ])
    .success()
    .stderr(predicate::str::contains("version-too-low").not());
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["negograph"], json!(1.2));
    // A recorded rejection, cited again with an addressee it cannot take.
    edit(&[
        "link",
        "israel",
        "rejects",
        "better-offer",
        "--source",
        "src",
        "--quote",
        "other words",
        "--addressee",
        "mediators",
    ])
    .failure()
    .stderr(predicate::str::contains(
        "'addressee' belongs on a 'demands', 'proposes' or 'threatens' edge",
    ));
    // An offer says to whom it is put.
    edit(&[
        "link",
        "israel",
        "proposes",
        "better-offer",
        "--addressee",
        "hamas",
    ])
    .success();
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let offer = saved["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["relation"] == "proposes")
        .unwrap();
    assert_eq!(offer["addressee"], json!("hamas"));
    let drawn = negograph()
        .arg("-f")
        .arg(&path)
        .arg("dot")
        .output()
        .unwrap();
    let drawn = String::from_utf8(drawn.stdout).unwrap();
    assert!(drawn.contains("put to Label of hamas"), "{drawn}");
    assert!(drawn.contains("demanded of Label of mediators"), "{drawn}");
    // A recorded demand with no addressee: the advice names the key to set.
    edit(&[
        "link",
        "hamas",
        "demands",
        "better-offer",
        "--source",
        "src",
        "--quote",
        "other words",
        "--addressee",
        "israel",
    ])
    .failure()
    .stderr(predicate::str::contains(
        "already recorded with no addressee",
    ))
    .stderr(predicate::str::contains("addressee="));
}

/// Worked by hand. The EU offers zero tariffs to the United States, and a
/// second offer to its envoy, a member speaking for it; Canada offers
/// something to nobody in particular. `who us` lists the two offers apart
/// from the pressure (an offer presses nobody), says so in its question,
/// and counts neither as pressure in `stance us`.
#[test]
fn who_of_a_party_lists_the_offers_addressed_to_it() {
    let mut zero = edge("eu", "proposes", "zero-tariffs");
    zero["addressee"] = json!("us");
    let mut quota = edge("eu", "proposes", "quota");
    quota["addressee"] = json!("envoy");
    let mut d = doc(
        &[
            ("eu", "party"),
            ("us", "party"),
            ("envoy", "party"),
            ("canada", "party"),
            ("zero-tariffs", "proposal"),
            ("quota", "proposal"),
            ("pact", "proposal"),
        ],
        vec![
            zero,
            quota,
            edge("envoy", "member_of", "us"),
            edge("canada", "proposes", "pact"),
        ],
    );
    d["negograph"] = json!(1.2);
    let json = answer(&d, &["who", "us"]);
    let offered: Vec<&str> = json["offered"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["to"].as_str().unwrap())
        .collect();
    assert_eq!(offered, ["zero-tariffs", "quota"]);
    assert_eq!(json["groups"], json!([]));
    let out = text(&d, &["who", "us"]);
    assert!(
        out.starts_with("Who threatens or makes offers to Label of us"),
        "{out}"
    );
    assert!(out.contains("\noffers addressed to it:\n"), "{out}");
    assert_eq!(answer(&d, &["stance", "us"])["pressed"], json!(0));
    assert_eq!(answer(&d, &["who", "canada"]).get("offered"), None);
}
