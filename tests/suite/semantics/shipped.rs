//! Every shipped graph, through the real command: the map's obstacles on
//! every day of its slider are what `blockers X --as-of DAY` says that day,
//! clear exactly when `unblock` needs no move; and the text of `blockers`,
//! `who`, `responses` and `conflicts` lists the same items, in the same
//! order, as their `--json`.

use std::path::{Path, PathBuf};

use negograph::Graph;
use negograph::query::unblock::{UnblockOptions, unblock};
use negograph::view::{View, ViewSpec, When};
use serde_json::Value;

use crate::common::{builtin_graph_path, json_ok, render_file, run_ok};

/// Every graph the project ships or tests with as a whole file: the
/// bundled one, the examples and the hand-made fixtures.
pub(crate) fn shipped() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = vec![builtin_graph_path()];
    for f in [
        "graph/trade-talks.json",
        "graph/examples/gaza-2025-05-26.json",
        "graph/examples/dated-talks.json",
        "tests/data/harbour-strike.json",
        "tests/data/events-1-2.json",
        "tests/data/format-1-2-every-field.json",
        "tests/data/summit.json",
    ] {
        all.push(root.join(f));
    }
    all
}

pub(super) fn load(path: &Path) -> Graph {
    let text = std::fs::read_to_string(path).unwrap();
    let doc = negograph::load::parse_document("shipped", &text).unwrap();
    Graph::from_document("shipped", doc).unwrap()
}

/// The obstacles of a `blockers` answer as (kind, id), in order.
pub(crate) fn obstacles(list: &Value) -> Vec<(String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|o| {
            let s = |k: &str| o[k].as_str().unwrap().to_owned();
            (s("kind"), s("id"))
        })
        .collect()
}

#[test]
fn the_maps_obstacles_are_blockers_on_every_slider_day_of_every_shipped_graph() {
    let dir = tempfile::tempdir().unwrap();
    let (mut asked, mut blocked) = (0, 0);
    for (i, path) in shipped().iter().enumerate() {
        let g = load(path);
        let map = render_file(Some(path), dir.path(), &format!("m{i}.html"), &[]);
        let data = crate::map::data_of(&std::fs::read_to_string(map).unwrap());
        let by_day = data["answers"]["by_day"].as_object().unwrap();
        assert!(data["answers"]["complete"].as_bool().unwrap());
        for (day, answers) in by_day {
            let (flag, when) = match day.as_str() {
                "all" => (vec!["--all-time".to_owned()], When::AllTime),
                d => (
                    vec!["--as-of".to_owned(), d.to_owned()],
                    When::On(d.parse().unwrap()),
                ),
            };
            let view = View::new(
                &g,
                &ViewSpec {
                    when,
                    ..ViewSpec::all_time()
                },
            )
            .unwrap();
            for (id, shown) in answers["blockers"].as_object().unwrap() {
                // Out of its own dates that day, the map hides it and
                // `blockers` says it is not in the graph.
                if !view.node_on(g.find(id).unwrap()) {
                    continue;
                }
                asked += 1;
                blocked += usize::from(shown["clear"] == false);
                let mut args = vec!["blockers", id.as_str()];
                args.extend(flag.iter().map(String::as_str));
                let told = json_ok(path, &args);
                let at = format!("{} {id} on {day}", path.display());
                assert_eq!(shown["clear"], told["clear"], "{at}");
                assert_eq!(shown["deadlock"], told["deadlock"].is_array(), "{at}");
                assert_eq!(
                    obstacles(&shown["obstacles"]),
                    obstacles(&told["blockers"]),
                    "{at}"
                );
                assert_eq!(shown["total"], told["blockers"].as_array().unwrap().len());
                let u = unblock(&view, g.find(id).unwrap(), UnblockOptions::default());
                assert_eq!(
                    shown["clear"].as_bool().unwrap(),
                    u.already_met || u.reachable_now,
                    "{at}"
                );
            }
        }
    }
    // Worked out from the eight maps: their positions, each on its slider's
    // days and all time.
    assert!(asked >= 200, "answers compared: {asked}");
    assert!(blocked >= 50, "answers with obstacles: {blocked}");
}

/// The ids in brackets on the lines of `text` that start (after spaces)
/// with `mark` ("•", or a number and a dot), in order.
fn bracketed(text: &str, numbered: bool) -> Vec<String> {
    text.lines()
        .filter(|l| {
            let l = l.trim_start();
            if numbered {
                l.split_once(". ")
                    .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            } else {
                l.starts_with("• ")
            }
        })
        .filter_map(|l| {
            let start = l.find('[')? + 1;
            let end = l[start..].find(']')? + start;
            Some(l[start..end].to_owned())
        })
        .collect()
}

#[test]
fn text_and_json_list_the_same_items_in_the_same_order() {
    let (mut compared, mut listed) = (0, 0);
    for path in shipped() {
        let g = load(&path);
        let conflicts = json_ok(&path, &["conflicts"]);
        let ids: Vec<String> = conflicts["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["target"]["id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(bracketed(&run_ok(&path, &["conflicts"]), true), ids);
        for x in g.node_indices().filter(|&n| g.kind(n).is_position()) {
            let id = g.id(x);
            compared += 1;
            // blockers: the obstacles, numbered, then the pending steps.
            let json = json_ok(&path, &["blockers", id]);
            let mut ids: Vec<String> = obstacles(&json["blockers"])
                .into_iter()
                .map(|(_, id)| id)
                .collect();
            let text = run_ok(&path, &["blockers", id]);
            assert_eq!(bracketed(&text, true), ids, "{id}: {text}");
            listed += ids.len();
            ids = json["pending"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["id"].as_str().unwrap().to_owned())
                .collect();
            assert_eq!(bracketed(&text, false), ids, "{id}: {text}");
            // who: every party of every group, in order, then each
            // position that needs it.
            let json = json_ok(&path, &["who", id]);
            let mut ids: Vec<String> = json["groups"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|gr| gr["parties"].as_array().unwrap())
                .map(|p| p["id"].as_str().unwrap().to_owned())
                .collect();
            ids.extend(
                json["needed_by"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n["position"]["id"].as_str().unwrap().to_owned()),
            );
            assert_eq!(bracketed(&run_ok(&path, &["who", id]), false), ids, "{id}");
            // responses: who put it forward (a term: its package), who
            // supports it, then the answers.
            let json = json_ok(&path, &["responses", id]);
            let party_ids = |k: &str| -> Vec<String> {
                json[k]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r["party"]["id"].as_str().unwrap().to_owned())
                    .collect()
            };
            let mut ids = party_ids("put_by");
            // A term's line names its package first, then who offers it.
            for t in json["term_of"].as_array().into_iter().flatten() {
                ids.push(t["package"]["id"].as_str().unwrap().to_owned());
            }
            ids.extend(party_ids("supported_by"));
            ids.extend(party_ids("responses"));
            let text = run_ok(&path, &["responses", id]);
            assert_eq!(bracketed(&text, false), ids, "{id}: {text}");
        }
    }
    assert!(compared >= 50, "positions compared: {compared}");
    assert!(listed >= 30, "obstacles compared: {listed}");
}
