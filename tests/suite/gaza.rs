//! The Gaza example: two real reports of 26 May 2025 on the ceasefire-hostage
//! talks (Witkoff's proposal and the 70-day version Hamas says it accepted),
//! shipped in `graph/sources/` and encoded in
//! `graph/examples/gaza-2025-05-26.json`. Every quote must be in its source's
//! text, and the graph must say what the reports say.

use crate::common;

use std::path::{Path, PathBuf};

use common::negograph;
use serde_json::{Value, json};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/examples/gaza-2025-05-26.json")
}

fn answer(args: &[&str]) -> Value {
    common::json_ok(&example(), args)
}

#[test]
fn every_quote_is_in_its_report() {
    let out = negograph()
        .arg("-f")
        .arg(example())
        .arg("check")
        .arg("--sources")
        .arg(common::sources_dir())
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("quotes checked against"), "{text}");
    assert!(text.contains(": 22\n"), "every citation checked: {text}");
    assert!(text.contains("ok: 0 errors, 0 warnings"), "{text}");
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
}

#[test]
fn each_source_names_its_report_and_its_text() {
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(example()).unwrap()).unwrap();
    for source in doc["sources"].as_array().unwrap() {
        for field in ["id", "title", "date", "url", "note", "file"] {
            assert!(source[field].is_string(), "{field} of {source}");
        }
        assert_eq!(source["date"], "2025-05-26");
        assert!(source["url"].as_str().unwrap().starts_with("https://"));
        let text = common::sources_dir().join(source["file"].as_str().unwrap());
        assert!(text.is_file(), "{}", text.display());
    }
    assert_eq!(doc["sources"][0]["publisher"], "Just the News");
}

#[test]
fn the_two_versions_differ_by_ten_days_and_agree_on_ten_living_hostages() {
    let v = answer(&["compare", "Witkoff proposal", "Hamas's version"]);
    let issue = |id: &str| {
        v["issues"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["issue"] == id)
            .unwrap()
            .clone()
    };
    let truce = issue("ceasefire-length");
    assert_eq!(
        (&truce["gap"], &truce["overlap"], &truce["unit"]),
        (&json!(10.0), &json!(false), &json!("days"))
    );
    let living = issue("living-hostages");
    assert_eq!(
        (&living["gap"], &living["overlap"]),
        (&json!(0.0), &json!(true))
    );
    // Only Witkoff's text gives the dead hostages a number.
    assert_eq!(issue("dead-hostages")["silent"], json!(["hamas-version"]));
    let unmatched: Vec<&str> = v["unmatched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["term"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        unmatched,
        [
            "wp-prisoners",
            "hv-withdrawal",
            "hv-prisoners",
            "hv-guarantee"
        ]
    );
}

#[test]
fn the_reports_claims_are_where_an_analyst_looks() {
    // Washington and Israel reject Hamas's version, so neither has agreed to
    // deliver its terms for them (Hamas has, for its own); nothing recorded
    // Witkoff's proposal: Hamas's answer is a counter in Witkoff's account
    // (a refusal, shown with Hamas's dispute of it), and neither Hamas nor
    // Israel has agreed to deliver its terms.
    let ids = |v: &Value| -> Vec<String> {
        v["blockers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        ids(&answer(&["blockers", "hamas-version"])),
        [
            "us",
            "israel",
            "hv-ceasefire",
            "hv-withdrawal",
            "hv-prisoners",
            "hv-guarantee"
        ]
    );
    assert_eq!(
        answer(&["blockers", "hamas-version"])["pending"][0]["id"],
        "hv-living"
    );
    let witkoff = answer(&["blockers", "witkoff-proposal"]);
    assert_eq!(
        ids(&witkoff),
        [
            "hamas",
            "wp-ceasefire",
            "wp-living",
            "wp-dead",
            "wp-prisoners"
        ]
    );
    assert_eq!(witkoff["blockers"][0]["relation"], "counters");
    assert_eq!(
        witkoff["blockers"][0]["link"]["disputed_by"],
        json!(["hamas"])
    );
    // The disputed acceptance, with both reports and who said it.
    let who = answer(&["who", "witkoff-proposal"]);
    let disputed: Vec<(&str, &str, &Value)> = who["disputed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["from"].as_str().unwrap(),
                l["relation"].as_str().unwrap(),
                &l["disputed_by"],
            )
        })
        .collect();
    assert_eq!(
        disputed,
        [
            ("hamas", "accepts", &json!(["us", "israel"])),
            ("hamas", "counters", &json!(["hamas"])),
        ]
    );
    let accepts = &who["disputed"][0]["citations"];
    assert_eq!(accepts.as_array().unwrap().len(), 2);
    assert_eq!(accepts[1]["speaker"], "a Palestinian official");
    // Mediators: Bahbah for Witkoff's text, unnamed mediators for Hamas's.
    let mediators = |p: &str| -> Vec<String> {
        answer(&["who", p, "--relation", "mediates"])["groups"][0]["parties"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(mediators("witkoff-proposal"), ["bahbah"]);
    assert_eq!(mediators("hamas-version"), ["mediators"]);
    // An exchange: each version's terms are given by different parties.
    let show = answer(&["show"]);
    let hv = show["positions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "hamas-version")
        .unwrap();
    let givers: Vec<&Value> = hv["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["actor"])
        .collect();
    assert!(givers.contains(&&json!(["hamas"])) && givers.contains(&&json!(["israel"])));
    // `compare` says a term's actor as the party to deliver it, as
    // `blockers` does ("given by Israel" read as the party offering it).
    let text = common::run_ok(
        &example(),
        &["compare", "witkoff-proposal", "hamas-version"],
    );
    let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains("A 70-day ceasefire [hv-ceasefire], Israel (Netanyahu) to deliver"),
        "{text}"
    );
    assert!(!flowing.contains("given by"), "{text}");
    // Who the U.S. says it is: it disputes the claims that it proposed the 70-day text.
    let us = answer(&["stance", "us"]);
    let disputes: Vec<(&str, &str)> = us["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["relation"].as_str().unwrap(),
                d["to"]["id"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        disputes,
        [
            ("accepts", "witkoff-proposal"),
            ("proposes", "hamas-version")
        ]
    );
}

#[test]
fn ask_who_mediates_and_who_brokered() {
    for question in [
        "who mediates Witkoff's latest proposal?",
        "Who brokered the Witkoff proposal",
    ] {
        let out = negograph()
            .arg("-f")
            .arg(example())
            .args(["ask", question])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with(
                "Reading this as: negograph who witkoff-proposal --relation mediates\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("mediates:\n  • Bishara Bahbah [bahbah]"),
            "{text}"
        );
    }
    let v = answer(&["ask", "who accepted the 70-day proposal?"]);
    assert_eq!(
        v["readings"][0]["answer"]["groups"][0]["parties"][0]["id"],
        "hamas"
    );
}

#[test]
fn ask_how_the_proposals_differ_and_the_gap_on_an_issue() {
    let reading = |question: &str| -> String {
        let out = negograph()
            .arg("-f")
            .arg(example())
            .args(["ask", question])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        text.lines().next().unwrap().to_owned()
    };
    let both = "Reading this as: negograph compare witkoff-proposal hamas-version";
    assert_eq!(reading("how do the proposals differ?"), both);
    assert_eq!(
        reading("How do Witkoff's latest proposal and Hamas's version differ?"),
        both
    );
    assert_eq!(
        reading("compare the Witkoff proposal with the 70-day proposal"),
        both
    );
    assert_eq!(
        reading("what's the gap on the length of the ceasefire?"),
        both
    );
    assert_eq!(
        reading("what are the issues?"),
        "Reading this as: negograph issues"
    );
    let gap = answer(&["ask", "what is the gap on length of the ceasefire"]);
    assert_eq!(
        gap["readings"][0]["answer"]["issues"][0]["gap"],
        json!(10.0)
    );
    // Only Witkoff's text names the dead hostages: nothing to compare.
    negograph()
        .arg("-f")
        .arg(example())
        .args(["ask", "what's the gap on dead hostages' remains returned?"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "compare needs at least two proposals",
        ));
    negograph()
        .arg("-f")
        .arg(example())
        .args(["ask", "what's the gap on Hamas?"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "'hamas' is a party; the gap on takes an issue",
        ));
}

/// Hamas's counter to Witkoff's proposal is a claim Hamas disputes (it says
/// it accepted): the obstacle says so in its own words and in JSON, as a
/// term's disputed offerer is said, not only in the evidence below it.
#[test]
fn a_disputed_refusal_says_so_in_the_obstacle_itself() {
    let v = answer(&["blockers", "witkoff-proposal"]);
    let counter = v["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["kind"] == "refusal" && b["holder"] == "hamas")
        .expect("Hamas's counter is an obstacle");
    assert_eq!(counter["holder_disputed_by"], json!(["hamas"]));
    let out = negograph()
        .arg("-f")
        .arg(example())
        .args(["blockers", "witkoff-proposal"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("with The proposal Hamas says it accepted instead (a claim Hamas disputes)"),
        "{text}"
    );
}
