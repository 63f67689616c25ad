//! Pressure on a member is pressure on its party, one rule
//! (`standing::pressed`): `who P`, `show`'s overview and the map's party
//! panel ("Faces") list the same claims, worked by hand through the binary.

use serde_json::{Value, json};

use crate::common;

/// Worked by hand. Netanyahu is a member of Israel. The U.S. threatens
/// sanctions against Netanyahu (target), Qatar demands a pause of him
/// (addressee), Egypt threatens Israel itself, and Hamas threatens
/// Netanyahu with Israel as the addressee (one claim: once). Israel faces
/// all four; Netanyahu the three that name him.
fn graph() -> Value {
    let mut doc = common::doc(
        &[
            ("israel", "party"),
            ("netanyahu", "party"),
            ("us", "party"),
            ("qatar", "party"),
            ("egypt", "party"),
            ("hamas", "party"),
            ("sanctions", "demand"),
            ("pause", "demand"),
        ],
        vec![
            common::edge("netanyahu", "member_of", "israel"),
            json!({"from": "us", "relation": "threatens", "to": "sanctions", "target": "netanyahu",
                   "source": "src", "quote": "q"}),
            json!({"from": "qatar", "relation": "demands", "to": "pause", "addressee": "netanyahu",
                   "source": "src", "quote": "q"}),
            json!({"from": "egypt", "relation": "threatens", "to": "sanctions", "target": "israel",
                   "source": "src", "quote": "q"}),
            json!({"from": "hamas", "relation": "threatens", "to": "sanctions", "target": "netanyahu",
                   "addressee": "israel", "source": "src", "quote": "q"}),
        ],
    );
    doc["negograph"] = json!(1.2);
    doc
}

/// The (relation, who made it) of each claim `who P` lists as pressure.
fn who_presses(file: &std::path::Path, party: &str) -> Vec<(String, String)> {
    let w = common::json_ok(file, &["who", party, "--all-time"]);
    let mut rows: Vec<(String, String)> = w["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| {
            let relation = g["relation"].as_str().unwrap().to_owned();
            g["parties"].as_array().unwrap().iter().map(move |p| {
                (
                    relation.clone(),
                    p["link"]["from"].as_str().unwrap().to_owned(),
                )
            })
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn pressure_on_a_member_is_pressure_on_its_party() {
    let (_dir, file) = common::temp_file(
        "pressure.json",
        serde_json::to_string(&graph()).unwrap().as_bytes(),
    );
    let pair = |r: &str, p: &str| (r.to_owned(), p.to_owned());
    let israel = vec![
        pair("demands", "qatar"),
        pair("threatens", "egypt"),
        pair("threatens", "hamas"),
        pair("threatens", "us"),
    ];
    assert_eq!(who_presses(&file, "israel"), israel);
    let netanyahu = vec![
        pair("demands", "qatar"),
        pair("threatens", "hamas"),
        pair("threatens", "us"),
    ];
    assert_eq!(who_presses(&file, "netanyahu"), netanyahu);
    // show's overview: the same claims under each party's "faces".
    let overview = common::json_ok(&file, &["show", "--all-time"]);
    let faces = |party: &str| -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> = overview["faces"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["party"] == party)
            .flat_map(|f| f["claims"].as_array().unwrap().iter())
            .map(|l| pair(l["relation"].as_str().unwrap(), l["from"].as_str().unwrap()))
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(faces("israel"), israel);
    assert_eq!(faces("netanyahu"), netanyahu);
    // The map's party panels: "Faces" lists the same claims.
    let dir = tempfile::tempdir().unwrap();
    let map = common::render_file(Some(&file), dir.path(), "map.html", &[]);
    let data = crate::map::data_of(&std::fs::read_to_string(map).unwrap());
    let edges = data["edges"].as_array().unwrap();
    let on_map = |party: &str| -> Vec<(String, String)> {
        let node = data["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == party)
            .unwrap();
        let mut rows: Vec<(String, String)> = node["faces"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| &edges[i.as_u64().unwrap() as usize])
            .map(|e| pair(e["relation"].as_str().unwrap(), e["from"].as_str().unwrap()))
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(on_map("israel"), israel);
    assert_eq!(on_map("netanyahu"), netanyahu);
}

/// `stance P` says how many threats and demands press on P and how many
/// positions it is asked to deliver, and points to `who P`, exactly when
/// `who P` lists some, with the same counts, on every party of every
/// shipped graph; and every precondition or term `blockers` says a party is
/// to deliver is among what `who` says that party is asked to deliver, so
/// no answer says nothing is asked of a party another names as the one to
/// move (the Gaza example's Israel, to deliver two terms of Witkoff's
/// proposal, was asked nothing by `who israel`).
#[test]
fn stance_points_to_the_pressure_who_lists() {
    let mut pressed = 0;
    let mut checked = 0;
    for path in super::shipped::shipped() {
        let show = common::json_ok(&path, &["show"]);
        for party in show["parties"].as_array().unwrap() {
            let id = party["party"]["id"].as_str().unwrap();
            let who = common::json_ok(&path, &["who", id]);
            let entries: usize = who["groups"]
                .as_array()
                .unwrap()
                .iter()
                .map(|g| g["parties"].as_array().unwrap().len())
                .sum();
            let deliver = who
                .get("to_deliver")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            let stance = common::json_ok(&path, &["stance", id]);
            assert_eq!(stance["pressed"], json!(entries), "{id}");
            assert_eq!(stance["to_deliver"], json!(deliver), "{id}");
            let text = common::run_ok(&path, &["stance", id]);
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let pointer = format!("listed by `who {id}`.");
            assert_eq!(
                flat.contains(&pointer),
                entries + deliver > 0,
                "{id}: {text}"
            );
            pressed += usize::from(entries + deliver > 0);
        }
        for position in show["positions"].as_array().unwrap() {
            let id = position["id"].as_str().unwrap();
            let blockers = common::json_ok(&path, &["blockers", id]);
            for b in blockers["blockers"].as_array().unwrap() {
                if b["kind"] != "precondition" && b["kind"] != "term" {
                    continue;
                }
                for actor in b["actor"].as_array().unwrap() {
                    let who = common::json_ok(&path, &["who", actor.as_str().unwrap()]);
                    let listed: Vec<&Value> = who["to_deliver"]
                        .as_array()
                        .map(|l| l.iter().map(|d| &d["position"]["id"]).collect())
                        .unwrap_or_default();
                    assert!(
                        listed.contains(&&b["id"]),
                        "{id}: {actor} delivers {}",
                        b["id"]
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(
        pressed >= 4,
        "the shipped graphs press on some parties: {pressed}"
    );
    assert!(checked >= 4, "preconditions with actors: {checked}");
}

/// The map's party panels say "To deliver" over exactly what `who P` lists
/// as asked of P, on every party of every shipped graph: a refusal named
/// as a trigger (the bundled graph's "Russia refuses the 30-day
/// ceasefire", whose actor is Russia and which nobody seeks) is no
/// position Russia is asked to deliver, on the map as in `who`.
#[test]
fn the_map_says_to_deliver_what_who_lists() {
    let dir = tempfile::tempdir().unwrap();
    let mut listed = 0;
    for (k, path) in super::shipped::shipped().into_iter().enumerate() {
        let map = common::render_file(Some(&path), dir.path(), &format!("m{k}.html"), &[]);
        let data = crate::map::data_of(&std::fs::read_to_string(map).unwrap());
        let drawn: Vec<&str> = data["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap())
            .collect();
        for node in data["nodes"].as_array().unwrap() {
            if node["kind"] != "party" {
                continue;
            }
            let id = node["id"].as_str().unwrap();
            let mut on_map: Vec<&str> = node["asked_of"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            on_map.sort_unstable();
            let who = common::json_ok(&path, &["who", id]);
            let mut by_who: Vec<&str> = who["to_deliver"]
                .as_array()
                .map(|l| {
                    l.iter()
                        .map(|d| d["position"]["id"].as_str().unwrap())
                        .collect()
                })
                .unwrap_or_default();
            by_who.retain(|p| drawn.contains(p));
            by_who.sort_unstable();
            assert_eq!(on_map, by_who, "{}: {id}", path.display());
            if id == "russia" {
                assert!(!on_map.contains(&"russia-refuses-30d"), "{on_map:?}");
            }
            listed += on_map.len();
        }
    }
    assert!(listed >= 4, "the maps list something to deliver: {listed}");
}
