//! "Agreed" said one way by every answer: a party that agreed only by
//! setting a condition of its own ("we will, only if ...") is said to have
//! agreed only on that condition wherever an answer says "agreed"
//! (`standing::agreed_on_conditions`): `blockers`' pending steps,
//! `requires`, `unblock`'s plans and the map. Worked by hand, through the
//! real binary.

use serde_json::{Value, json};

use crate::common;

/// Worked by hand. `t` (A must deliver it) needs `p`, per A; `p` (B must
/// deliver it) needs `q`, per B; C demands `q`, which C must deliver.
/// - A has agreed to `t` only on condition of `p` (its condition on `t`);
/// - B has agreed to `p` only on condition of `q` (its condition on `p`);
/// - C has agreed to `q` outright (it demands it).
///
/// Nothing stands in `t`'s way: `p` and `q` are pending steps, `unblock t`
/// needs no move and delivers `q`, `p`, then `t`.
fn chain() -> Value {
    let mut doc = common::doc(
        &[
            ("a", "party"),
            ("b", "party"),
            ("c", "party"),
            ("t", "demand"),
            ("p", "demand"),
            ("q", "demand"),
        ],
        vec![
            common::cond("t", "p", "a"),
            common::cond("p", "q", "b"),
            common::edge("c", "demands", "q"),
        ],
    );
    doc["negograph"] = json!(1.1);
    for n in doc["nodes"].as_array_mut().unwrap() {
        let actor = match n["id"].as_str().unwrap() {
            "t" => "a",
            "p" => "b",
            "q" => "c",
            _ => continue,
        };
        n["actor"] = json!(actor);
    }
    doc
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The conditions a list of JSON items carries, by the id each item names.
fn conditions(items: &Value) -> Vec<(String, Vec<String>)> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let on = i["on_conditions"].as_array().map_or(Vec::new(), |l| {
                l.iter()
                    .map(|c| c["to"].as_str().unwrap().to_owned())
                    .collect()
            });
            (i["id"].as_str().unwrap().to_owned(), on)
        })
        .collect()
}

#[test]
fn every_answer_that_says_agreed_says_on_what_condition() {
    let (dir, file) = common::temp_file("agreed.json", chain().to_string().as_bytes());
    let p_words =
        "Label of p [p] · to be delivered by Label of b, agreed only on condition of Label of q";
    let q_words = "Label of q [q] · to be delivered by Label of c, agreed";

    // blockers: p and q are pending, p on B's condition, q outright.
    let blockers = common::json_ok(&file, &["blockers", "t"]);
    assert_eq!(blockers["blockers"], json!([]), "{blockers}");
    let pending = conditions(&blockers["pending"]);
    let expected = vec![
        ("p".to_owned(), vec!["q".to_owned()]),
        ("q".to_owned(), Vec::new()),
    ];
    assert_eq!(pending, expected, "{blockers}");
    let text = flat(&common::run_ok(&file, &["blockers", "t"]));
    assert!(text.contains(p_words), "{text}");
    assert!(
        text.contains(&format!("{q_words} ")) || text.ends_with(q_words),
        "{text}"
    );

    // requires: the same words for p, and q agreed outright.
    let requires = common::json_ok(&file, &["requires", "t"]);
    assert_eq!(
        conditions(&requires["preconditions"]),
        expected,
        "{requires}"
    );
    let text = flat(&common::run_ok(&file, &["requires", "t"]));
    assert!(
        text.contains("to be delivered by Label of b, agreed only on condition of Label of q"),
        "{text}"
    );
    assert!(
        text.contains("to be delivered by Label of c, agreed "),
        "{text}"
    );
    assert!(!text.contains("Label of b, agreed “"), "{text}");

    // unblock: no move; the plan says who agreed on what, t last.
    let unblock = common::json_ok(&file, &["unblock", "t"]);
    let then = &unblock["options"][0]["then"];
    assert_eq!(
        conditions(then),
        vec![
            ("q".to_owned(), Vec::new()),
            ("p".to_owned(), vec!["q".to_owned()]),
            ("t".to_owned(), vec!["p".to_owned()]),
        ],
        "{unblock}"
    );
    let text = flat(&common::run_ok(&file, &["unblock", "t"]));
    assert!(
        text.contains(
            "Label of p [p] · Label of b must act, agreed only on condition of Label of q"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Label of t [t] · Label of a must act, agreed only on condition of Label of p"
        ),
        "{text}"
    );
    assert!(
        text.contains("Label of q [q] · Label of c must act, agreed "),
        "{text}"
    );

    // The map's panel: the same words, from the library.
    let html = std::fs::read_to_string(common::render_file(Some(&file), dir.path(), "m.html", &[]))
        .unwrap();
    let data = crate::map::data_of(&html);
    let panel = &data["answers"]["by_day"]["all"]["blockers"]["t"];
    assert_eq!(panel["pending"], json!(["p", "q"]), "{panel}");
    assert_eq!(
        panel["pending_agreed"],
        json!(["agreed only on condition of Label of q", "agreed"]),
        "{panel}"
    );
}

/// An option that drops the condition an actor agreed on leaves it agreed
/// outright: A drops its condition `t` only if `p` (the knot below is the
/// trade talks' own: each agreed on the next's condition), so `t` is then
/// "agreed" bare, while B, whose condition stands, still agreed only on it.
#[test]
fn a_plan_drops_the_condition_its_option_gives_up() {
    let mut doc = chain();
    // C now sets its own condition on q: q only if t. A knot t → p → q → t.
    let edges = doc["edges"].as_array_mut().unwrap();
    edges.retain(|e| e["relation"] != "demands");
    edges.push(common::cond("q", "t", "c"));
    let (_dir, file) = common::temp_file("knot.json", doc.to_string().as_bytes());
    let unblock = common::json_ok(&file, &["unblock", "t"]);
    let options = unblock["options"].as_array().unwrap();
    let dropping_a = options
        .iter()
        .find(|o| o["moves"][0]["party"] == "a")
        .unwrap_or_else(|| panic!("no option where A drops its condition: {unblock}"));
    assert_eq!(
        conditions(&dropping_a["then"]),
        vec![("t".to_owned(), Vec::new())],
        "{unblock}"
    );
    let dropping_b = options
        .iter()
        .find(|o| o["moves"][0]["party"] == "b")
        .unwrap_or_else(|| panic!("no option where B drops its condition: {unblock}"));
    assert_eq!(
        conditions(&dropping_b["then"]),
        vec![
            ("p".to_owned(), Vec::new()),
            ("t".to_owned(), vec!["p".to_owned()]),
        ],
        "{unblock}"
    );
}
