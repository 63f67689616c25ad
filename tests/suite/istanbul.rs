//! The shipped graph of the May 2025 Istanbul negotiation: it is valid, every
//! quote is the article's own words (the sentences quoted ship in graph/sources),
//! each claim says what its words say and no more, and the questions
//! analysts ask of it get the answers the article supports.

use crate::common;

use common::{builtin_graph_path, negograph, sources_dir};
use predicates::prelude::*;
use serde_json::{Value, json};

fn run_json(args: &[&str]) -> Value {
    let out = negograph().args(args).arg("--json").output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn shipped() -> Value {
    serde_json::from_str(&std::fs::read_to_string(builtin_graph_path()).unwrap()).unwrap()
}

/// The edges FROM RELATION TO of the shipped file.
fn edges<'a>(graph: &'a Value, from: &str, relation: &str, to: &str) -> Vec<&'a Value> {
    graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["from"] == from && e["relation"] == relation && e["to"] == to)
        .collect()
}

fn the_edge<'a>(graph: &'a Value, from: &str, relation: &str, to: &str) -> &'a Value {
    let found = edges(graph, from, relation, to);
    assert_eq!(found.len(), 1, "{from} {relation} {to}: {found:?}");
    found[0]
}

/// Every quote of an edge, whichever form its citations take.
fn quotes(edge: &Value) -> Vec<&str> {
    match edge["citations"].as_array() {
        Some(list) => list.iter().filter_map(|c| c["quote"].as_str()).collect(),
        None => edge["quote"].as_str().into_iter().collect(),
    }
}

fn node<'a>(graph: &'a Value, id: &str) -> Option<&'a Value> {
    graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == id)
}

#[test]
fn the_shipped_graph_has_no_errors_and_warns_only_of_the_shared_ceasefire_name() {
    let report = run_json(&["check"]);
    assert_eq!(report["ok"], true);
    assert_eq!(report["errors"], 0);
    // Both ceasefires answer to "ceasefire" on purpose: asked about "the
    // ceasefire", negograph asks which one is meant.
    let warnings: Vec<(&str, &str)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["path"].as_str().unwrap()))
        .collect();
    assert_eq!(
        warnings,
        [
            ("ambiguous-name", "nodes[5].aliases[0]"),
            ("ambiguous-name", "nodes[6].aliases[0]")
        ]
    );
}

#[test]
fn every_quote_occurs_in_the_shipped_article() {
    let graph = shipped();
    let cited: usize = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let q = quotes(e);
            assert!(!q.is_empty(), "every edge is quoted: {e}");
            q.len()
        })
        .sum();
    negograph()
        .arg("-f")
        .arg(builtin_graph_path())
        .arg("check")
        .arg("--sources")
        .arg(sources_dir())
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "quotes checked against {}: {cited}",
            sources_dir().display()
        )))
        .stdout(predicate::str::contains("0 errors"));
}

#[test]
fn a_changed_quote_is_caught_by_check_sources() {
    let mut graph = shipped();
    let at = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .position(|e| e["citations"].is_array())
        .expect("an edge with several citations");
    graph["edges"][at]["citations"][1]["quote"] =
        Value::from("Trump demanded an immediate ceasefire");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("g.json");
    std::fs::write(&file, serde_json::to_string_pretty(&graph).unwrap()).unwrap();
    negograph()
        .arg("-f")
        .arg(&file)
        .arg("check")
        .arg("--sources")
        .arg(sources_dir())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("quote-not-found"))
        .stderr(predicate::str::contains(format!(
            "edges[{at}].citations[1].quote"
        )));
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
fn the_source_date_is_marked_inferred_and_is_the_default_day() {
    let graph = shipped();
    let source = &graph["sources"][0];
    assert_eq!(source["date"], "2025-05-12");
    assert!(
        source["note"]
            .as_str()
            .unwrap()
            .starts_with("Date inferred")
    );
    let answer = run_json(&["who", "direct-talks"]);
    assert_eq!(answer["as_of"], "2025-05-12");
    assert_eq!(answer["as_of_basis"], "newest-source");
    negograph()
        .args(["who", "direct-talks"])
        .assert()
        .stdout(predicate::str::contains(
            "as of 2025-05-12, the newest source",
        ));
}

// The corrections made by reading the graph against the article, one by one.

#[test]
fn ukraines_earlier_condition_says_previously_and_nothing_more() {
    let graph = shipped();
    let e = the_edge(&graph, "direct-talks", "conditions_on", "ceasefire-30d");
    assert_eq!(e["by"], "ukraine");
    assert!(quotes(e)[0].contains("only if a ceasefire was in place"));
    // The article gives no date and does not say the condition was dropped.
    assert!(e.get("since").is_none() && e.get("until").is_none());
    let note = e["note"].as_str().unwrap();
    assert!(note.contains("no date"), "{note}");
    assert!(!note.contains("Superseded") && !note.contains("without a ceasefire first"));
}

#[test]
fn trumps_support_is_what_his_quotes_say() {
    let graph = shipped();
    let e = the_edge(&graph, "trump", "supports", "direct-talks");
    let q = quotes(e);
    assert!(
        q.iter()
            .any(|q| q.contains("urging for Ukraine to accept an offer for direct talks"))
    );
    assert!(
        q.iter()
            .any(|q| q.contains("a meeting could clarify the current situation"))
    );
    // Trump's "a meeting" is not the in-person Zelensky-Putin meeting.
    let from_trump: Vec<&Value> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["from"] == "trump")
        .collect();
    assert_eq!(from_trump.len(), 1, "{from_trump:?}");
    // The article calls him "former President Donald Trump" and never the United States.
    assert!(node(&graph, "united-states").is_none());
    assert_eq!(node(&graph, "trump").unwrap()["label"], "Donald Trump");
}

#[test]
fn ukraine_demands_the_ceasefire_and_joins_the_sanctions_warning() {
    let graph = shipped();
    let demand = the_edge(&graph, "ukraine", "demands", "ceasefire-30d");
    assert!(quotes(demand)[0].contains("While seeking an immediate ceasefire"));
    let warning = the_edge(&graph, "ukraine", "threatens", "new-sanctions");
    assert_eq!(warning["target"], "russia");
    assert_eq!(warning["trigger"], "russia-refuses-30d");
    assert!(quotes(warning)[0].contains("where they discussed the critical need"));
}

#[test]
fn the_sanctions_threat_has_a_target_and_a_trigger_not_a_precondition() {
    let graph = shipped();
    let threat = the_edge(&graph, "european-leaders", "threatens", "new-sanctions");
    assert_eq!(threat["target"], "russia");
    assert_eq!(threat["trigger"], "russia-refuses-30d");
    assert!(quotes(threat)[0].contains("should Putin not acquiesce"));
    // Putin's refusal would set the sanctions off, not stand in their way.
    assert!(
        graph["edges"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["from"] != "new-sanctions")
    );
    let blockers = run_json(&["blockers", "sanctions"]);
    assert!(blockers["blockers"].as_array().unwrap().is_empty());
}

#[test]
fn russia_answered_the_30_day_demand_with_talks_not_acceptance() {
    let graph = shipped();
    let counter = the_edge(&graph, "russia", "counters", "ceasefire-30d");
    assert_eq!(counter["with"], "direct-talks");
    assert!(
        quotes(counter)
            .iter()
            .any(|q| q.contains("opted not to reply directly to the requests for a ceasefire"))
    );
    assert!(edges(&graph, "russia", "accepts", "ceasefire-30d").is_empty());
    assert!(edges(&graph, "russia", "rejects", "ceasefire-30d").is_empty());
}

#[test]
fn no_fact_the_article_does_not_give() {
    let graph = shipped();
    // Turkey is where the talks would be, not a party with a role the article states.
    assert!(node(&graph, "turkey").is_none());
    // The article does not say the European leaders are among the Western allies.
    assert!(edges(&graph, "european-leaders", "member_of", "western-allies").is_empty());
    // Dates the article does not state are not in the graph.
    for id in ["ceasefire-full", "zelensky-putin-meeting", "ceasefire-30d"] {
        let n = node(&graph, id).unwrap();
        assert!(n.get("since").is_none() && n.get("until").is_none(), "{id}");
    }
    for e in graph["edges"].as_array().unwrap() {
        assert!(e.get("since").is_none() && e.get("until").is_none(), "{e}");
    }
}

#[test]
fn the_two_ceasefires_both_answer_to_the_ceasefire() {
    negograph()
        .args(["blockers", "the ceasefire"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ceasefire-30d"))
        .stderr(predicate::str::contains("ceasefire-full"));
    let graph = shipped();
    // Each says how it relates to the other: the article does not say.
    for (id, other) in [
        ("ceasefire-30d", "ceasefire-full"),
        ("ceasefire-full", "ceasefire-30d"),
    ] {
        let note = node(&graph, id).unwrap()["note"].as_str().unwrap();
        assert!(
            note.contains("does not say") && note.contains(other),
            "{id}: {note}"
        );
    }
}

// The questions analysts ask, answered and quoted.

#[test]
fn who_threatens_russia() {
    let answer = run_json(&["who", "Russia"]);
    let group = &answer["groups"][0];
    assert_eq!(group["relation"], "threatens");
    let parties: Vec<&str> = group["parties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(parties, ["european-leaders", "ukraine"]);
    for p in group["parties"].as_array().unwrap() {
        assert_eq!(p["link"]["to"], "new-sanctions");
        assert_eq!(p["link"]["trigger"], "russia-refuses-30d");
        assert!(
            p["link"]["quote"]
                .as_str()
                .unwrap()
                .contains("new sanctions")
        );
    }
}

#[test]
fn how_russia_answered_the_ceasefire_demand() {
    let answer = run_json(&["responses", "30-day ceasefire", "--party", "Moscow"]);
    let r = &answer["responses"];
    assert_eq!(r.as_array().unwrap().len(), 1, "{answer:#}");
    assert_eq!(r[0]["relation"], "counters");
    assert_eq!(r[0]["with"]["id"], "direct-talks");
    assert!(r[0]["link"]["citations"].as_array().unwrap().len() == 2);
    let put: Vec<&str> = answer["put_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["party"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(put, ["western-allies", "ukraine"]);
}

#[test]
fn what_blocks_the_30_day_ceasefire_is_russias_counter_and_moscows_condition() {
    let answer = run_json(&["blockers", "30-day ceasefire"]);
    assert_eq!(answer["target"], "ceasefire-30d");
    assert_eq!(answer["clear"], false);
    let blockers = answer["blockers"].as_array().unwrap();
    assert_eq!(blockers.len(), 2, "{answer:#}");
    // Russia answered the ceasefire call with talks instead: a refusal, said as a counter.
    assert_eq!(blockers[0]["kind"], "refusal");
    assert_eq!(blockers[0]["relation"], "counters");
    assert_eq!(blockers[0]["holder"], "russia");
    assert_eq!(blockers[0]["link"]["with"], "direct-talks");
    assert!(
        blockers[0]["link"]["quote"]
            .as_str()
            .unwrap()
            .contains("opted not to reply directly to the requests for a ceasefire")
    );
    // Moscow's condition: the Western allies must pause aid, and have not agreed to.
    assert_eq!(blockers[1]["id"], "western-aid-pause");
    assert_eq!(blockers[1]["kind"], "precondition");
    assert_eq!(blockers[1]["holder"], "russia");
    assert_eq!(blockers[1]["actor"], json!(["western-allies"]));
    assert_eq!(blockers[1]["agreed"], false);
    let link = &blockers[1]["chain"][0];
    assert_eq!(link["relation"], "conditions_on");
    assert_eq!(link["by"], "russia");
    assert!(
        link["quote"]
            .as_str()
            .unwrap()
            .contains("contingent upon the West pausing its military support")
    );
    assert!(answer["deadlock"].is_null());
}

#[test]
fn what_if_the_west_paused_aid() {
    // The pause met, Russia's counter still stands.
    let answer = run_json(&[
        "blockers",
        "30-day ceasefire",
        "--assume",
        "pause in Western aid",
    ]);
    let blockers = answer["blockers"].as_array().unwrap();
    assert_eq!(blockers.len(), 1);
    assert_eq!(blockers[0]["kind"], "refusal");
    assert_eq!(answer["assumed"][0], "western-aid-pause");
    // And with the counter set aside too, nothing is left.
    negograph()
        .args([
            "blockers",
            "ceasefire-30d",
            "--drop",
            "ceasefire-30d:conditions_on:western-aid-pause",
            "--drop",
            "russia:counters:ceasefire-30d",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Nothing blocks 30-day ceasefire"));
}

#[test]
fn russias_stance_is_its_invitation_its_answer_and_its_conditions() {
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
    assert_eq!(
        positions,
        // Its counter to the ceasefire offers direct talks: a stand for them
        // too (docs/semantics.md, "Sides").
        vec![
            ("proposes", "direct-talks"),
            ("counters", "ceasefire-30d"),
            ("counters", "direct-talks")
        ]
    );
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
fn direct_talks_wait_on_ukraines_ceasefire_and_through_it_on_moscows_condition() {
    let answer = run_json(&["blockers", "direct talks"]);
    let ids: Vec<&str> = answer["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    // Ukraine's condition (the ceasefire, which Russia must deliver and
    // has countered), Russia's counter of it, and Moscow's condition below.
    assert_eq!(ids, ["ceasefire-30d", "russia", "western-aid-pause"]);
    let req = run_json(&["requires", "direct talks"]);
    assert_eq!(req["preconditions"][0]["link"]["by"], "ukraine");
    assert_eq!(req["preconditions"][1]["link"]["by"], "russia");
}

#[test]
fn trump_is_connected_to_the_sanctions_threat_through_the_ceasefire() {
    let p = run_json(&["path", "Trump", "sanctions", "--undirected"]);
    let nodes: Vec<&str> = p["paths"][0]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert_eq!(nodes.first(), Some(&"trump"));
    assert_eq!(nodes.last(), Some(&"new-sanctions"));
    assert!(nodes.contains(&"direct-talks"), "{nodes:?}");
}

#[test]
fn show_lists_parties_then_positions() {
    let out = negograph().arg("show").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let parties = text.find("PARTIES").unwrap();
    let positions = text.find("DEMANDS, CONDITIONS AND PROPOSALS").unwrap();
    assert!(parties < positions);
    for label in [
        "Ukraine (Zelensky)",
        "Russia (Putin)",
        "Donald Trump",
        "European leaders",
        "Western allies",
    ] {
        assert!(text[parties..positions].contains(label), "{label}");
    }
    assert!(text[positions..].contains("30-day ceasefire in all theaters"));
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
}

/// `who X` of a position no party takes a side on, but that another needs:
/// Moscow ties both ceasefires to a pause in Western aid. Worked out from
/// the graph: two `conditions_on` claims into `western-aid-pause`, both
/// held by Russia. It was "No party takes a position on it".
#[test]
fn who_names_the_parties_that_need_a_precondition_and_no_side() {
    let who = run_json(&["who", "western-aid-pause"]);
    assert_eq!(who["groups"], json!([]));
    let needs: Vec<(&str, &str)> = who["needed_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["position"]["id"].as_str().unwrap(),
                n["party"]["id"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        needs,
        [("ceasefire-30d", "russia"), ("ceasefire-full", "russia")]
    );
    // A side asked for: a precondition is none.
    let side = run_json(&["who", "western-aid-pause", "--side", "for"]);
    assert!(
        side.get("needed_by").is_none_or(|n| n == &json!([])),
        "{side}"
    );
    let text = common::run_ok(&builtin_graph_path(), &["who", "western-aid-pause"]);
    assert!(
        text.contains("No party takes a stand for or against it."),
        "{text}"
    );
    assert!(text.contains("needed by, as a precondition:"), "{text}");
}

/// `responses` says who backs a position beside the answers: Russia
/// proposed the direct talks; Ukraine and Trump support them; no party
/// accepted, rejected, countered or ignored them. It was "answers: none
/// recorded" with no word of the two who back them.
#[test]
fn responses_say_who_supports_beside_the_answers() {
    let ids = |v: &Value, key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["party"]["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let all = run_json(&["responses", "direct-talks"]);
    // Russia put the talks forward twice: proposing them, and countering
    // the 30-day ceasefire with them.
    assert_eq!(ids(&all, "put_by"), ["russia", "russia"]);
    let put: Vec<(&str, &str)> = all["put_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["relation"].as_str().unwrap(),
                r["link"]["to"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        put,
        [("proposes", "direct-talks"), ("counters", "ceasefire-30d")]
    );
    assert_eq!(ids(&all, "supported_by"), ["ukraine", "trump"]);
    assert!(ids(&all, "responses").is_empty());
    let one = run_json(&["responses", "direct-talks", "--party", "ukraine"]);
    assert_eq!(ids(&one, "supported_by"), ["ukraine"]);
}
