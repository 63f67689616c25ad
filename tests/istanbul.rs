//! The shipped graph of the May 2025 Istanbul negotiation: it is valid, every
//! quote is the article's own words, and the questions analysts ask of it get
//! the answers the article supports.

mod common;

use common::{builtin_graph_path, negograph, seed_article};
use predicates::prelude::*;
use serde_json::Value;

fn run_json(args: &[&str]) -> Value {
    let out = negograph().args(args).arg("--json").output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn the_shipped_graph_has_no_errors() {
    let report = run_json(&["check"]);
    assert_eq!(report["ok"], true);
    assert_eq!(report["errors"], 0);
    // The one warning is Turkey: the article gives the host no position of its own.
    let warnings: Vec<&Value> = report["diagnostics"].as_array().unwrap().iter().collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0]["code"], "isolated-node");
    assert!(warnings[0]["message"].as_str().unwrap().contains("turkey"));
}

#[test]
fn every_quote_occurs_in_the_seed_article() {
    let article =
        std::fs::read_to_string(seed_article()).expect("the article ships in graph/sources");
    let graph: Value =
        serde_json::from_str(&std::fs::read_to_string(builtin_graph_path()).unwrap()).unwrap();
    let source_id = graph["sources"][0]["id"].as_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(format!("{source_id}.txt")), &article).unwrap();
    let quotes = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["quote"].is_string())
        .count();
    assert_eq!(
        quotes,
        graph["edges"].as_array().unwrap().len(),
        "every edge is quoted"
    );
    negograph()
        .arg("-f")
        .arg(builtin_graph_path())
        .arg("check")
        .arg("--sources")
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "quotes checked against {}: {quotes}",
            dir.path().display()
        )))
        .stdout(predicate::str::contains("0 errors"));
}

#[test]
fn a_changed_quote_is_caught_by_check_sources() {
    let article = std::fs::read_to_string(seed_article()).unwrap();
    let mut graph: Value =
        serde_json::from_str(&std::fs::read_to_string(builtin_graph_path()).unwrap()).unwrap();
    graph["edges"][3]["quote"] = Value::from("Trump demanded an immediate ceasefire");
    let dir = tempfile::tempdir().unwrap();
    let source_id = graph["sources"][0]["id"].as_str().unwrap().to_owned();
    std::fs::write(dir.path().join(format!("{source_id}.txt")), article).unwrap();
    let file = dir.path().join("g.json");
    std::fs::write(&file, serde_json::to_string_pretty(&graph).unwrap()).unwrap();
    negograph()
        .arg("-f")
        .arg(&file)
        .arg("check")
        .arg("--sources")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("quote-not-found"))
        .stderr(predicate::str::contains("edges[3].quote"));
}

#[test]
fn the_builtin_graph_is_the_file_in_graph_dir_and_round_trips() {
    let text = std::fs::read_to_string(builtin_graph_path()).unwrap();
    assert_eq!(text, negograph::load::BUILTIN_GRAPH);
    let doc = negograph::load::parse_document("g", &text).unwrap();
    assert_eq!(
        negograph::load::to_canonical_json(&doc),
        text,
        "the shipped file is canonical"
    );
}

#[test]
fn what_blocks_the_ceasefire_is_moscows_condition() {
    let answer = run_json(&["ask", "what blocks the ceasefire?"]);
    assert_eq!(answer["target"], "ceasefire-30d");
    let blockers = answer["blockers"].as_array().unwrap();
    assert_eq!(blockers.len(), 1, "{answer:#}");
    assert_eq!(blockers[0]["id"], "western-aid-pause");
    assert_eq!(blockers[0]["reason"], "precondition");
    let link = &blockers[0]["chain"][0];
    assert_eq!(link["relation"], "conditions_on");
    assert_eq!(link["by"], "russia");
    assert!(
        link["quote"]
            .as_str()
            .unwrap()
            .contains("contingent upon the West pausing its military support")
    );
}

#[test]
fn what_if_the_west_paused_aid() {
    let answer = run_json(&[
        "blockers",
        "the ceasefire",
        "--assume",
        "pause in Western aid",
    ]);
    assert_eq!(answer["blockers"].as_array().unwrap().len(), 0);
    assert_eq!(answer["assumed"][0], "western-aid-pause");
    negograph()
        .args([
            "blockers",
            "ceasefire",
            "--drop",
            "ceasefire-30d:conditions_on:western-aid-pause",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Nothing blocks 30-day ceasefire"));
}

#[test]
fn russias_stance_is_its_invitation_and_its_conditions() {
    let s = run_json(&["stance", "Moscow"]);
    assert_eq!(s["party"]["id"], "russia");
    let positions: Vec<(&str, &str)> = s["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["relation"].as_str().unwrap(),
                p["target"]["id"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(positions, vec![("proposes", "direct-talks")]);
    let held: Vec<(&str, &str)> = s["holds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["from"]["id"].as_str().unwrap(),
                h["to"]["id"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        held,
        vec![
            ("ceasefire-30d", "western-aid-pause"),
            ("ceasefire-full", "western-aid-pause")
        ]
    );
}

#[test]
fn trump_reaches_the_30_day_ceasefire_only_through_ukraines_old_condition() {
    // Directed, across all time: Trump demands talks, which Ukraine once conditioned on the ceasefire.
    let p = run_json(&["path", "Trump", "30-day ceasefire", "--all-time"]);
    let nodes: Vec<&str> = p["paths"][0]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert_eq!(
        nodes,
        vec!["united-states", "direct-talks", "ceasefire-30d"]
    );
    assert_eq!(p["paths"][0]["edges"][1]["by"], "ukraine");
    // Those two positions never held on the same day, so no day has a directed path.
    let today = run_json(&["path", "Trump", "30-day ceasefire"]);
    assert!(today["paths"].as_array().unwrap().is_empty());
    // Either direction, today, they are three steps apart.
    let undirected = run_json(&["path", "Trump", "30-day ceasefire", "--undirected"]);
    assert_eq!(undirected["paths"][0]["edges"].as_array().unwrap().len(), 3);
}

#[test]
fn ukraines_earlier_condition_shows_before_the_offer_and_not_after() {
    let before = run_json(&["requires", "direct talks", "--as-of", "2025-05-10"]);
    let ids: Vec<&str> = before["preconditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["ceasefire-30d", "western-aid-pause"]);
    assert_eq!(before["preconditions"][0]["link"]["by"], "ukraine");
    let after = run_json(&["requires", "direct talks", "--as-of", "2025-05-11"]);
    assert!(after["preconditions"].as_array().unwrap().is_empty());
    let blockers = run_json(&["blockers", "direct talks", "--as-of", "2025-05-10"]);
    assert_eq!(blockers["blockers"].as_array().unwrap().len(), 2);
}

#[test]
fn the_2022_talks_are_context_hidden_today_and_met_in_march_2022() {
    negograph()
        .args(["show"])
        .assert()
        .success()
        .stdout(predicate::str::contains("March 2022").not());
    let then = run_json(&["show", "2022 talks", "--as-of", "2022-03-15"]);
    assert_eq!(then["status"], "met");
    assert_eq!(then["in_view"], true);
    assert_eq!(then["incoming"].as_array().unwrap().len(), 2);
}

#[test]
fn show_lists_parties_then_positions() {
    let out = negograph().arg("show").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let parties = text.find("PARTIES").unwrap();
    let positions = text.find("DEMANDS AND CONDITIONS").unwrap();
    assert!(parties < positions);
    for label in [
        "Ukraine (Zelensky)",
        "Russia (Putin)",
        "United States (Trump)",
        "European leaders",
        "Turkey (host)",
    ] {
        assert!(text[parties..positions].contains(label), "{label}");
    }
    assert!(text[positions..].contains("30-day ceasefire in all theaters"));
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
}
