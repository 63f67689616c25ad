//! The interactive map as a file: self-contained, deterministic, small, every
//! view, its data in format 1.1's shape, escaped against hostile text, and
//! refused clearly when it cannot be drawn. (tests/browser.rs opens it.)

use crate::common;

use std::path::{Path, PathBuf};

use common::{negograph, render_file, star_graph, talks_1_1, temp_file};
use std::collections::BTreeSet;

use predicates::prelude::*;
use serde_json::{Value, json};

fn render(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    render_file(None, dir, name, args)
}

/// The JSON data block of a map.
pub(crate) fn data_of(html: &str) -> Value {
    let start = html
        .find("<script type=\"application/json\" id=\"negograph-data\">")
        .expect("a data block")
        + "<script type=\"application/json\" id=\"negograph-data\">".len();
    let end = html[start..].find("</script>").expect("it ends") + start;
    serde_json::from_str(&html[start..end]).expect("the block is JSON")
}

/// The command the panel names for an answer it does not hold is the
/// command line's own spelling, sent as data: map.js spells no flag.
#[test]
fn the_map_names_commands_as_the_command_line_spells_them() {
    let dir = tempfile::tempdir().unwrap();
    let html = std::fs::read_to_string(render(dir.path(), "m.html", &[])).unwrap();
    let data = data_of(&html);
    assert_eq!(
        data["spelling"],
        json!({"blockers": "negograph blockers", "as_of": "--as-of", "all_time": "--all-time"})
    );
    let script = include_str!("../../src/export/map/map.js");
    assert!(
        !script.contains("\"--") && !script.contains("\" --"),
        "a flag spelled in the map's script"
    );
}

/// Each obstacle the map's panel lists is worded as `blockers` words it:
/// the words come from the library with the data, not from the script.
#[test]
fn the_map_words_obstacles_as_blockers_does() {
    let dir = tempfile::tempdir().unwrap();
    let html = std::fs::read_to_string(render(dir.path(), "m.html", &[])).unwrap();
    let data = data_of(&html);
    let day = &data["answers"]["by_day"]["2025-05-12"]["blockers"];
    let mut checked = 0;
    for (position, answer) in day.as_object().unwrap() {
        let out = common::negograph()
            .args(["blockers", position, "--color", "never"])
            .output()
            .unwrap();
        let printed = String::from_utf8(out.stdout).unwrap();
        let printed = printed.split_whitespace().collect::<Vec<_>>().join(" ");
        for obstacle in answer["obstacles"].as_array().unwrap() {
            let words = obstacle["words"].as_str().unwrap();
            assert!(
                printed.contains(words),
                "{position}: '{words}' not in: {printed}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 3, "only {checked} obstacles on the bundled map");
    let script = include_str!("../../src/export/map/map.js");
    assert!(
        !script.contains("refusal: "),
        "the script words obstacles itself"
    );
}

/// A position met, cancelled or withdrawn on a day: the map's panel says
/// so first, in the words `blockers` prints that day (the panel said "0
/// obstacles" of a cancelled round of talks, and listed a withdrawn
/// position's obstacles as if it were sought).
#[test]
fn the_map_says_a_positions_status_as_blockers_does() {
    let dir = tempfile::tempdir().unwrap();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/events-1-2.json");
    let html =
        std::fs::read_to_string(render_file(Some(&file), dir.path(), "e.html", &[])).unwrap();
    let data = data_of(&html);
    let mut said = BTreeSet::new();
    for (day, answers) in data["answers"]["by_day"].as_object().unwrap() {
        for (position, answer) in answers["blockers"].as_object().unwrap() {
            let Some(says) = answer["says"].as_str() else {
                continue;
            };
            let when: &[&str] = if day == "all" {
                &["--all-time"]
            } else {
                &["--as-of", day]
            };
            let args = [&["blockers", position.as_str()][..], when].concat();
            let printed = common::run_ok(&file, &args);
            let printed = printed.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                printed.contains(says),
                "{position} on {day}: '{says}' not in: {printed}"
            );
            said.insert(says.split(':').next().unwrap().to_owned());
        }
    }
    assert!(
        said.iter().any(|s| s.ends_with("is cancelled")),
        "no cancelled position on the map's days: {said:?}"
    );
}

/// Each node's panel on the map lists the claims `show --all-time` lists
/// for it: incoming, outgoing and those naming it at another end (a
/// counter's offer was missing from the map's panel).
#[test]
fn the_map_panel_lists_what_show_lists() {
    let dir = tempfile::tempdir().unwrap();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/harbour-strike.json");
    let html =
        std::fs::read_to_string(render_file(Some(&file), dir.path(), "h.html", &[])).unwrap();
    let data = data_of(&html);
    let edges = data["edges"].as_array().unwrap();
    let triple = |e: &Value| {
        let s = |k: &str| e[k].as_str().unwrap_or_default().to_owned();
        (s("from"), s("relation"), s("to"))
    };
    let mut with_offer = 0;
    for node in data["nodes"].as_array().unwrap() {
        let id = node["id"].as_str().unwrap();
        let on_map: BTreeSet<_> = node["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| triple(&edges[i.as_u64().unwrap() as usize]))
            .collect();
        let shown = common::json_ok(&file, &["show", id, "--all-time"]);
        let listed: BTreeSet<_> = ["incoming", "outgoing", "named_in"]
            .iter()
            .flat_map(|k| shown[*k].as_array().cloned().unwrap_or_default())
            .map(|l| triple(&l))
            .collect();
        assert_eq!(on_map, listed, "{id}");
        with_offer += usize::from(id == "pay-offer-8" && listed.iter().any(|t| t.1 == "counters"));
    }
    assert_eq!(with_offer, 1, "the 8% offer is named by the port's counter");
}

/// A party's filter on the map shows what `render --party P` draws: the
/// same nodes and the same claims, for every party of the bundled graph.
#[test]
fn a_partys_filter_shows_what_render_party_draws() {
    let dir = tempfile::tempdir().unwrap();
    let whole = data_of(&std::fs::read_to_string(render(dir.path(), "w.html", &[])).unwrap());
    let claim = |e: &Value| {
        format!(
            "{} {} {}",
            e["from"].as_str().unwrap(),
            e["relation"].as_str().unwrap(),
            e["to"].as_str().unwrap()
        )
    };
    let all_edges: Vec<String> = whole["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(claim)
        .collect();
    let views = whole["answers"]["party_views"].as_object().unwrap();
    assert!(views.len() >= 5, "a view per party: {views:?}");
    for (party, view) in views {
        let drawn = data_of(
            &std::fs::read_to_string(render(
                dir.path(),
                &format!("{party}.html"),
                &["--party", party],
            ))
            .unwrap(),
        );
        let ids = |v: &Value| -> BTreeSet<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|n| {
                    n.as_str()
                        .map_or_else(|| n["id"].as_str().unwrap().to_owned(), str::to_owned)
                })
                .collect()
        };
        assert_eq!(ids(&view["nodes"]), ids(&drawn["nodes"]), "{party}'s nodes");
        let filtered: BTreeSet<String> = view["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| all_edges[usize::try_from(i.as_u64().unwrap()).unwrap()].clone())
            .collect();
        let drawn_edges: BTreeSet<String> = drawn["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(claim)
            .collect();
        assert_eq!(filtered, drawn_edges, "{party}'s claims");
    }
    let script = include_str!("../../src/export/map/map.js");
    assert!(
        !script.contains("\"member_of\""),
        "the script picks a party's claims itself"
    );
}

#[test]
fn the_map_is_one_small_self_contained_deterministic_file() {
    let dir = tempfile::tempdir().unwrap();
    let a = std::fs::read(render(dir.path(), "a.html", &["--as-of", "2025-05-12"])).unwrap();
    let b = std::fs::read(render(dir.path(), "b.html", &["--as-of", "2025-05-12"])).unwrap();
    assert_eq!(a, b, "same input, same bytes");
    assert!(a.len() < 1_000_000, "under 1 MB: {} bytes", a.len());
    let html = String::from_utf8(a).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    // SVG's namespace is a name, not an address anything is fetched from.
    let html = html.replace("http://www.w3.org/2000/svg", "");
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    for outside in ["http://", "https://", "src=", "<link", "@import", "url("] {
        assert!(!html.contains(outside), "nothing fetched: found {outside}");
    }
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 2, "one file per map, no leftovers");
}

#[test]
fn the_map_data_has_format_1_1_shape() {
    let dir = tempfile::tempdir().unwrap();
    let html =
        std::fs::read_to_string(render(dir.path(), "m.html", &["--as-of", "2025-05-12"])).unwrap();
    let d = data_of(&html);
    assert_eq!(d["as_of"], "2025-05-12");
    assert_eq!(
        d["nodes"].as_array().unwrap().len(),
        12,
        "the whole graph, all time"
    );
    assert_eq!(d["edges"].as_array().unwrap().len(), 14);
    let russia = d["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "russia")
        .unwrap();
    assert_eq!(russia["kind"], "party");
    assert_eq!(russia["status_history"], json!([]));
    assert_eq!(russia["actor"], json!([]));
    let ceasefire = d["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "ceasefire-30d")
        .unwrap();
    assert_eq!(ceasefire["actor"], json!(["russia"]));
    assert!(
        russia["aliases"]
            .as_array()
            .unwrap()
            .contains(&json!("Moscow"))
    );
    assert!(russia["x"].as_f64().unwrap() > 0.0 && russia["w"].as_f64().unwrap() > 0.0);
    let condition = d["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["from"] == "direct-talks" && e["relation"] == "conditions_on")
        .unwrap();
    assert_eq!(condition["holder"], "ukraine");
    assert_eq!(
        condition["citations"],
        json!([{"source": "zelensky-meet-putin-2025", "quote": "Previously, Zelensky indicated that Ukraine would be open to negotiations only if a ceasefire was in place", "speaker": null, "note": null, "reason": null}])
    );
    assert!(
        condition["points"].as_array().unwrap().len() >= 4,
        "Graphviz's route"
    );
    let threat = d["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["from"] == "european-leaders" && e["relation"] == "threatens")
        .unwrap();
    assert_eq!(
        (&threat["target"], &threat["trigger"]),
        (&json!("russia"), &json!("russia-refuses-30d"))
    );
    assert_eq!(
        d["sources"]["zelensky-meet-putin-2025"]["title"],
        "Zelensky Willing to Meet Putin for Peace Talks Amid Ceasefire Demands"
    );
    let holders: Vec<(&str, &str)> = d["holders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["party"].as_str().unwrap(), h["node"].as_str().unwrap()))
        .collect();
    assert!(
        holders.contains(&("russia", "western-aid-pause")),
        "{holders:?}"
    );
}

#[test]
fn every_view_can_be_a_map() {
    let dir = tempfile::tempdir().unwrap();
    for (i, view) in [
        &["--blockers", "ceasefire-30d", "--as-of", "2025-05-12"][..],
        &["--requires", "direct talks", "--all-time"],
        &["--focus", "russia", "--depth", "2"],
        &["--party", "Europe", "--cluster"],
        &["--path", "trump", "sanctions", "--undirected"],
        &["--deadlocks"],
        &["--rankdir", "tb", "--all-time"],
    ]
    .into_iter()
    .enumerate()
    {
        let html = std::fs::read_to_string(render(dir.path(), &format!("{i}.html"), view)).unwrap();
        let d = data_of(&html);
        if view[0] == "--deadlocks" {
            // No knot; one conflict: the 30-day ceasefire, demanded and countered.
            let ids: Vec<&str> = d["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["id"].as_str().unwrap())
                .collect();
            assert!(
                ids.contains(&"ceasefire-30d") && ids.contains(&"russia"),
                "{ids:?}"
            );
            assert!(
                d["subtitle"].as_str().unwrap().contains("conflict"),
                "{}",
                d["subtitle"]
            );
            continue;
        }
        assert!(!d["nodes"].as_array().unwrap().is_empty(), "{view:?}");
        if view[0] == "--blockers" {
            let roles: Vec<(&str, &str)> = d["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| (n["id"].as_str().unwrap(), n["role"].as_str().unwrap()))
                .collect();
            assert!(roles.contains(&("ceasefire-30d", "target")), "{roles:?}");
            assert!(
                roles.contains(&("western-aid-pause", "answer")),
                "{roles:?}"
            );
            assert!(d["subtitle"].as_str().unwrap().starts_with("what blocks"));
        }
        if view[0] == "--party" {
            assert!(!d["clusters"].as_array().unwrap().is_empty(), "boxes drawn");
        }
        if view[0] == "--path" {
            let steps: Vec<u64> = d["edges"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|e| e["step"].as_u64())
                .collect();
            assert_eq!(steps.len(), 3, "every step of the path numbered: {steps:?}");
        }
    }
    // The format from --format, whatever the name.
    let out = render(dir.path(), "map.out", &["--format", "html"]);
    assert!(
        std::fs::read_to_string(out)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn hostile_text_cannot_leave_the_data_block() {
    let attacks = [
        "</script><script>alert(1)</script>",
        "<!-- <script>",
        "</SCRIPT >",
        "a\u{2028}b\u{2029}c",
    ];
    let nodes: Vec<Value> = std::iter::once(json!({"id": "p", "kind": "party", "label": attacks[0]}))
        .chain(attacks.iter().enumerate().map(|(i, a)| {
            json!({"id": format!("d{i}"), "kind": "demand", "label": a, "note": a, "aliases": [a]})
        }))
        .collect();
    let edges: Vec<Value> = (0..attacks.len())
        .map(|i| json!({"from": "p", "relation": "demands", "to": format!("d{i}"), "source": "src", "quote": attacks[i], "note": attacks[i]}))
        .collect();
    let d = json!({"negograph": 1, "title": attacks[1], "sources": [{"id": "src", "title": attacks[0], "url": "javascript:alert(1)"}], "nodes": nodes, "edges": edges});
    let (_g, file) = temp_file(
        "hostile.json",
        serde_json::to_string(&d).unwrap().as_bytes(),
    );
    let dir = tempfile::tempdir().unwrap();
    let html =
        std::fs::read_to_string(render_file(Some(&file), dir.path(), "m.html", &[])).unwrap();
    let lower = html.to_ascii_lowercase();
    assert_eq!(
        lower.matches("</script").count(),
        2,
        "only our own two script ends"
    );
    assert_eq!(
        lower.matches("<script").count(),
        2,
        "only our own two scripts"
    );
    assert!(!html.contains("<!--"));
    assert!(!html.contains('\u{2028}'));
    let data = data_of(&html);
    assert_eq!(data["title"], attacks[1], "the text reads back unchanged");
    assert_eq!(data["nodes"][1]["label"], attacks[0]);
}

#[test]
fn a_map_without_graphviz_says_how_to_install_it_and_writes_nothing() {
    let empty = tempfile::tempdir().unwrap();
    let out = empty.path().join("m.html");
    negograph()
        .env("PATH", empty.path())
        .arg("render")
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("apt-get install graphviz"));
    assert!(!out.exists());
}

#[test]
fn a_graph_too_big_to_map_is_refused_with_a_pointer_to_a_focused_map() {
    let d = star_graph(600);
    let (_g, file) = temp_file("big.json", serde_json::to_string(&d).unwrap().as_bytes());
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.html");
    negograph()
        .arg("-f")
        .arg(&file)
        .args(["render", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--focus NODE"));
    assert!(!out.exists(), "nothing written");
    let out = render_file(Some(&file), dir.path(), "m.html", &["--focus", "n5"]);
    let d = data_of(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(
        d["nodes"].as_array().unwrap().len(),
        2,
        "n5 and the party supporting it"
    );
}

/// The docs' `negograph render` lines (docs/diagrams.md), each run
/// as written but writing into a temp dir.
#[test]
fn the_map_carries_every_format_1_1_field() {
    let text = serde_json::to_string(&talks_1_1()).unwrap();
    let (_g, file) = temp_file("talks.json", text.as_bytes());
    let dir = tempfile::tempdir().unwrap();
    let out = render_file(
        Some(&file),
        dir.path(),
        "m.html",
        &["--as-of", "2025-05-12"],
    );
    let d = data_of(&std::fs::read_to_string(&out).unwrap());
    let node = |id: &str| {
        d["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .unwrap_or_else(|| panic!("{id} drawn"))
            .clone()
    };
    assert_eq!(
        node("deal")["status_history"],
        json!([{"status": "rejected", "on": "2025-05-20", "source": "ap-0520", "quote": "Israel rejected it", "note": null, "scheduled": null}])
    );
    assert_eq!(node("deal")["kind"], "proposal");
    assert_eq!(node("truce-length")["kind"], "issue");
    let t70 = node("truce-70");
    assert_eq!(
        (&t70["actor"], &t70["issue"], &t70["quantity"]),
        (
            &json!(["israel"]),
            &json!("truce-length"),
            &json!("70 days")
        )
    );
    let edge = |relation: &str| {
        d["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["relation"] == relation)
            .unwrap()
            .clone()
    };
    let counter = edge("counters");
    assert_eq!(counter["with"], "truce-70");
    assert_eq!(counter["disputed_by"], json!(["israel"]));
    assert_eq!(
        counter["citations"],
        json!([
            {"source": "reuters-0511", "quote": "Hamas asked for 70 days", "speaker": "two officials", "note": null, "reason": null},
            {"source": "ap-0512", "quote": "a counter-offer of 70 days", "speaker": null, "note": "second report", "reason": null}
        ])
    );
    let threat = edge("threatens");
    assert_eq!(
        (&threat["target"], &threat["trigger"]),
        (&json!("hamas"), &json!("truce-70"))
    );
    assert_eq!(
        d["sources"]["reuters-0511"],
        json!({"title": "Hamas weighs truce offer", "date": "2025-05-11", "url": "https://example.org/reuters-0511", "publisher": "Reuters", "note": "date inferred from the text"})
    );
}
