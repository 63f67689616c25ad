//! Proposals as packages of terms, on a graph of two proposals whose answers
//! were worked out by hand (see `common::two_proposals`): what blocks and
//! what requires a package, `compare` and `issues`.

use crate::common;

use common::{negograph, temp_file, two_proposals};
use serde_json::{Value, json};

/// `negograph -f FILE ARGS... --json` on `doc`, which must succeed.
pub(crate) fn answer(doc: &Value, args: &[&str]) -> Value {
    let text = serde_json::to_string_pretty(doc).unwrap();
    let (_dir, file) = temp_file("g.json", text.as_bytes());
    common::json_ok(&file, args)
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

/// Each obstacle as (id, kind, its chain).
fn blockers(doc: &Value, target: &str) -> Vec<(String, String, Vec<String>)> {
    answer(doc, &["blockers", target])["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let chain = b["chain"].as_array().unwrap().iter().map(said).collect();
            (
                b["id"].as_str().unwrap().to_owned(),
                b["kind"].as_str().unwrap().to_owned(),
                chain,
            )
        })
        .collect()
}

fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn what_stands_in_the_way_of_a_term_stands_in_the_way_of_its_package() {
    let doc = two_proposals();
    // Worked out by hand: the U.S. rejects the counter as a whole. Israel
    // must deliver three of its terms and has not agreed to (it is not for
    // the counter), and rejects its 70 days. Hamas proposes the counter, so
    // it has agreed to its own term (the hostages): a pending step, which
    // needs a U.S. guarantee the U.S. has not agreed to give. Egypt rejects
    // a term that was withdrawn, so Egypt stands in no way.
    let term = |id: &str| owned(&[&format!("{id} part_of hamas-plan")]);
    assert_eq!(
        blockers(&doc, "hamas-plan"),
        vec![
            (
                "us".into(),
                "refusal".into(),
                owned(&["us rejects hamas-plan"])
            ),
            ("b-truce".into(), "term".into(), term("b-truce")),
            ("b-prisoners".into(), "term".into(), term("b-prisoners")),
            ("b-withdrawal".into(), "term".into(), term("b-withdrawal")),
            (
                "israel".into(),
                "refusal".into(),
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
    let hamas_plan = answer(&doc, &["blockers", "hamas-plan"]);
    assert_eq!(
        hamas_plan["blockers"][1]["holder"], "hamas",
        "a term's holder proposes its package"
    );
    assert_eq!(hamas_plan["blockers"][1]["actor"], json!(["israel"]));
    assert_eq!(hamas_plan["pending"][0]["id"], "b-living");
    // The U.S. plan: Hamas countered it (its acceptance is disputed, and a
    // counter is a refusal), so its two terms for Hamas are not agreed;
    // Israel's condition needs Hamas's list. Israel accepted the plan: its
    // two terms are pending steps.
    let ids = |v: &Value, key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let us_plan = answer(&doc, &["blockers", "us-plan"]);
    assert_eq!(
        ids(&us_plan, "blockers"),
        ["hamas", "a-living", "a-dead", "hostage-list"]
    );
    assert_eq!(us_plan["blockers"][0]["relation"], "counters");
    assert_eq!(ids(&us_plan, "pending"), ["a-truce", "a-prisoners"]);
    // As a tree: an obstacle reached through a term hangs from that term.
    let tree: Vec<(String, Value, u64)> = hamas_plan["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["id"].as_str().unwrap().to_owned(),
                b["via"].clone(),
                b["depth"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(tree[4], ("israel".to_owned(), json!("b-truce"), 2));
    assert_eq!(tree[5], ("guarantee".to_owned(), json!("b-living"), 2));
    // Once the guarantee is given (assumed), it is settled and blocks nothing.
    let v = answer(&doc, &["blockers", "hamas-plan", "--assume", "guarantee"]);
    assert_eq!(
        ids(&v, "blockers"),
        ["us", "b-truce", "b-prisoners", "b-withdrawal", "israel"]
    );
}

#[test]
fn a_refusal_of_a_package_reaches_its_terms() {
    // The U.S. rejects the Hamas counter: what blocks one of its terms says so.
    let doc = two_proposals();
    let v = answer(&doc, &["blockers", "b-prisoners"]);
    let first = &v["blockers"][0];
    assert_eq!(first["kind"], "refusal");
    assert_eq!(first["holder"], "us");
    assert_eq!(first["package"], "hamas-plan");
    let (_dir, file) = temp_file("g.json", serde_json::to_string(&doc).unwrap().as_bytes());
    let text = common::run_ok(&file, &["blockers", "b-prisoners"]);
    assert!(
        text.contains("rejects Hamas counter, which At least 200"),
        "{text}"
    );
}

#[test]
fn a_settled_term_is_not_searched() {
    let mut doc = two_proposals();
    // The 70 days met (say, agreed separately): Israel's rejection of it no
    // longer stands in the way of the package, nor does its delivery.
    let nodes = doc["nodes"].as_array_mut().unwrap();
    let t = nodes.iter_mut().find(|n| n["id"] == "b-truce").unwrap();
    t["status"] = "met".into();
    let ids: Vec<String> = blockers(&doc, "hamas-plan")
        .into_iter()
        .map(|b| b.0)
        .collect();
    assert_eq!(ids, ["us", "b-prisoners", "b-withdrawal", "guarantee"]);
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
pub(crate) fn negograph_text(doc: &Value, args: &[&str]) -> String {
    let text = serde_json::to_string_pretty(doc).unwrap();
    let (_dir, file) = temp_file("g.json", text.as_bytes());
    common::run_ok(&file, args)
}

/// An issue's offers as (proposal, min, max, unit, approximate), then overlap and gap.
type Lined = (Vec<(String, Value, Value, Value, bool)>, bool, Value);

fn lined_up(issue: &Value) -> Lined {
    let offers = issue["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["proposal"].as_str().unwrap().to_owned(),
                o["min"].clone(),
                o["max"].clone(),
                o["unit"].clone(),
                o["approximate"].as_bool().unwrap(),
            )
        })
        .collect();
    (
        offers,
        issue["overlap"].as_bool().unwrap(),
        issue["gap"].clone(),
    )
}

#[test]
fn compare_lines_the_offers_up_issue_by_issue_with_the_gaps_worked_out_by_hand() {
    let v = answer(&two_proposals(), &["compare", "us-plan", "Hamas counter"]);
    let issues = v["issues"].as_array().unwrap();
    let ids: Vec<&str> = issues
        .iter()
        .map(|i| i["issue"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["truce-length", "living", "prisoners", "dead"],
        "file order of issues"
    );
    let offer = |p: &str, min: Value, max: Value, unit: &str, approx: bool| {
        (p.to_owned(), min, max, json!(unit), approx)
    };
    // 45-60 days against 70: no day in both; 70 - 60 = 10.
    assert_eq!(
        lined_up(&issues[0]),
        (
            vec![
                offer("us-plan", json!(45.0), json!(60.0), "days", false),
                offer("hamas-plan", json!(70.0), json!(70.0), "days", false),
            ],
            false,
            json!(10.0)
        )
    );
    // 10 hostages lies within 8-12: they overlap, nothing to close.
    assert_eq!(
        lined_up(&issues[1]),
        (
            vec![
                offer("us-plan", json!(10.0), json!(10.0), "hostages", false),
                offer("hamas-plan", json!(8.0), json!(12.0), "hostages", false),
            ],
            true,
            json!(0.0)
        )
    );
    // About 120 against at least 200: 200 - 120 = 80, the estimate flagged.
    assert_eq!(
        lined_up(&issues[2]),
        (
            vec![
                offer("us-plan", json!(120.0), json!(120.0), "prisoners", true),
                offer("hamas-plan", json!(200.0), Value::Null, "prisoners", false),
            ],
            false,
            json!(80.0)
        )
    );
    // Bodies: only the U.S. plan names a number; nothing to compare.
    assert_eq!(
        lined_up(&issues[3]),
        (
            vec![offer("us-plan", json!(19.0), json!(19.0), "bodies", false)],
            false,
            Value::Null
        )
    );
    assert_eq!(issues[3]["silent"], json!(["hamas-plan"]));
    assert_eq!(issues[3]["comparable"], json!(false));
    assert_eq!(issues[0]["unit"], json!("days"));
    // Who is for and against the counter's 70 days: on the package and on the term.
    let stands = |side: &str| -> Vec<String> {
        issues[0]["positions"][1][side]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                format!(
                    "{} {} ({})",
                    s["party"].as_str().unwrap(),
                    s["relation"].as_str().unwrap(),
                    s["via"].as_str().unwrap()
                )
            })
            .collect()
    };
    // Hamas proposes it, and puts it forward as its counter to Witkoff's:
    // two claims for it (docs/semantics.md, "Sides"), as `who --side for`.
    assert_eq!(
        stands("for"),
        ["hamas proposes (proposal)", "hamas counters (proposal)"]
    );
    assert_eq!(
        stands("against"),
        ["us rejects (proposal)", "israel rejects (term)"]
    );
    // Terms naming no issue are listed apart, the withdrawn one with its status.
    let unmatched: Vec<(&str, &str)> = v["unmatched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["term"]["id"].as_str().unwrap(),
                u["term"]["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        unmatched,
        [("b-withdrawal", "open"), ("b-aid", "withdrawn")]
    );
    // Each package's stands, mediators and a disputed acceptance among them.
    let us_plan = &v["proposals"][0];
    let stands: Vec<String> = us_plan["stands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{} {}{}",
                s["party"].as_str().unwrap(),
                s["relation"].as_str().unwrap(),
                s.get("disputed_by")
                    .map(|d| format!(" disputed by {d}"))
                    .unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(
        stands,
        [
            "us proposes",
            "qatar mediates",
            "egypt mediates",
            "israel accepts",
            "hamas accepts disputed by [\"us\"]",
            "hamas counters"
        ]
    );
    assert_eq!(v["proposals"][0]["terms"].as_array().unwrap().len(), 4);
}

#[test]
fn compare_says_so_in_text() {
    let text = negograph_text(&two_proposals(), &["compare", "us-plan", "hamas-plan"]);
    for expected in [
        "Length of the truce [truce-length]",
        "• U.S. plan: 45-60 days",
        "• Hamas counter: 70 days",
        "on this term: Israel rejects",
        "→ gap 10 days; no overlap",
        "→ overlap: one amount fits every offer",
        "→ gap 80 prisoners; no overlap",
        "→ not comparable: fewer than two offers have a quantity",
        "silent on it: Hamas counter",
        "• Hamas counter: Israeli withdrawal [b-withdrawal]",
        "• Qatar mediates",
        "disputed by United States",
        "(said by two officials)",
    ] {
        assert!(text.contains(expected), "{expected} in\n{text}");
    }
}

#[test]
fn compare_refuses_anything_but_two_or_more_distinct_proposals() {
    let text = serde_json::to_string(&two_proposals()).unwrap();
    let (_dir, file) = temp_file("g.json", text.as_bytes());
    let run = |args: &[&str]| {
        negograph()
            .arg("-f")
            .arg(&file)
            .arg("compare")
            .args(args)
            .assert()
            .code(2)
    };
    run(&["us-plan"]).stderr(predicates::str::contains("2 values required"));
    run(&["us-plan", "israel"]).stderr(predicates::str::contains(
        "'israel' is a party; compare takes proposals",
    ));
    run(&["us-plan", "U.S. plan"]).stderr(predicates::str::contains("'us-plan' is named twice"));
    run(&["us-plan", "nowhere"]).stderr(predicates::str::contains("nowhere"));
}

#[test]
fn compare_of_offers_in_different_units_gives_no_gap() {
    let mut doc = two_proposals();
    let nodes = doc["nodes"].as_array_mut().unwrap();
    let t = nodes.iter_mut().find(|n| n["id"] == "b-truce").unwrap();
    t["quantity"] = "10 weeks".into();
    let v = answer(&doc, &["compare", "us-plan", "hamas-plan"]);
    let truce = &v["issues"][0];
    assert_eq!(
        (&truce["comparable"], &truce["gap"], &truce["overlap"]),
        (&json!(false), &Value::Null, &json!(false))
    );
    let text = negograph_text(&doc, &["compare", "us-plan", "hamas-plan"]);
    assert!(
        text.contains("→ not comparable: the units differ"),
        "{text}"
    );
}

/// An issue's statements as "stated party relation via term proposal current".
fn statements(issue: &Value) -> Vec<String> {
    issue["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{} {} {} {} {}{}{}{}",
                s["stated"].as_str().unwrap_or("undated"),
                s["party"].as_str().unwrap(),
                s["relation"].as_str().unwrap(),
                s["via"].as_str().unwrap(),
                s["term"].as_str().unwrap(),
                s["proposal"]
                    .as_str()
                    .map(|p| format!(" in {p}"))
                    .unwrap_or_default(),
                if s["current"].as_bool().unwrap() {
                    ""
                } else {
                    " (not current)"
                },
                s.get("disputed_by")
                    .map(|d| format!(" disputed by {d}"))
                    .unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn issues_list_every_partys_stated_position_over_time() {
    let mut doc = two_proposals();
    // A later statement: on 1 June the U.S. comes round to 70 days.
    doc["edges"].as_array_mut().unwrap().push(json!({
        "from": "us", "relation": "supports", "to": "b-truce", "since": "2025-06-01",
        "source": "src", "quote": "70 days will do"
    }));
    let v = answer(&doc, &["issues"]);
    let ids: Vec<&str> = v["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["truce-length", "living", "prisoners", "dead"]);
    let truce = &v["issues"][0];
    let terms: Vec<(&str, &Value)> = truce["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["id"].as_str().unwrap(), &t["proposals"]))
        .collect();
    assert_eq!(
        terms,
        [
            ("a-truce", &json!(["us-plan"])),
            ("b-truce", &json!(["hamas-plan"]))
        ]
    );
    // Undated claims are dated by their source (2025-05-26). On the newest
    // source's day the U.S. had not yet said '70 days will do' (1 June): the
    // statement is left out and counted, not listed as one that no longer
    // holds (trust8 finding 3).
    let until_june = [
        "2025-05-26 us proposes proposal a-truce in us-plan",
        "2025-05-26 israel accepts proposal a-truce in us-plan",
        "2025-05-26 hamas accepts proposal a-truce in us-plan disputed by [\"us\"]",
        "2025-05-26 hamas counters proposal a-truce in us-plan",
        "2025-05-26 hamas counters counter-offer b-truce in hamas-plan",
        "2025-05-26 hamas proposes proposal b-truce in hamas-plan",
        "2025-05-26 us rejects proposal b-truce in hamas-plan",
        "2025-05-26 israel rejects term b-truce",
    ];
    assert_eq!(statements(truce), until_june);
    assert_eq!(v["not_yet"], json!(1), "{v:#}");
    // The counter-offer puts Hamas for its 70 days; countering the U.S. plan, against its 45-60.
    let favour: Vec<bool> = truce["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["in_favour"].as_bool().unwrap())
        .collect();
    assert_eq!(favour, [true, true, true, false, true, true, false, false]);
    // Asked on 1 June, it comes last and holds.
    let later = answer(&doc, &["issues", "--as-of", "2025-06-01"]);
    let later = statements(&later["issues"][0]);
    assert_eq!(later[..until_june.len()], until_june);
    assert_eq!(
        later[until_june.len()..],
        ["2025-06-01 us supports term b-truce"]
    );
    // The text is the whiteboard.
    let text = negograph_text(&doc, &["issues"]);
    for expected in [
        "Length of the truce [truce-length]",
        "• 45-60 days: A 45-60 day truce [a-truce] in U.S. plan",
        "2025-05-26  Hamas counters with 70 days (in Hamas counter)",
        "2025-05-26  Israel rejects 70 days (A 70-day truce)",
        "1 statement made after 2025-05-26 not listed: not yet made then",
    ] {
        assert!(text.contains(expected), "{expected} in\n{text}");
    }
}

/// Found by new users: a member's claim counts for its party, so the
/// party's line appeared twice (its own rejection and its leader's) with
/// nothing to tell them apart, in `issues` and again in `show`.
#[test]
fn issues_and_show_say_which_member_spoke_for_a_party() {
    let mut doc = two_proposals();
    let edges = doc["edges"].as_array_mut().unwrap();
    edges.push(
        json!({"from": "sinwar", "relation": "member_of", "to": "israel",
        "source": "src", "quote": "a member"}),
    );
    edges.push(
        json!({"from": "sinwar", "relation": "rejects", "to": "b-truce",
        "source": "src", "quote": "no to 70 days"}),
    );
    doc["nodes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "sinwar", "kind": "party", "label": "A cabinet minister"}));
    let v = answer(&doc, &["issues"]);
    let by_member: Vec<(&str, &str)> = v["issues"][0]["positions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| Some((s["party"].as_str()?, s["member"].as_str()?)))
        .collect();
    assert_eq!(by_member, [("israel", "sinwar")]);
    let text = negograph_text(&doc, &["issues"]);
    let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains(
            "Israel rejects 70 days (A 70-day truce) 2025-05-26 Israel rejects 70 days (A 70-day truce) · said by its member A cabinet minister"
        ),
        "{text}"
    );
    let text = negograph_text(&doc, &["show"]);
    let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains("rejects A 70-day truce (and by its member A cabinet minister)"),
        "{text}"
    );
}

#[test]
fn a_graph_without_issues_says_so() {
    let text = negograph()
        .arg("issues")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("No issues in this graph"), "{text}");
    let v: Value = serde_json::from_slice(
        &negograph()
            .args(["issues", "--json"])
            .assert()
            .success()
            .get_output()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["issues"], json!([]));
}
