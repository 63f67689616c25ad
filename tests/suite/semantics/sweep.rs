//! Every position of every shipped graph, asked through every answer that
//! speaks of what stands in its way: no answer says "nothing blocks" or
//! "nothing has to be given up" while another lists an obstacle for the same
//! position and day, and the drawings and the map count what the text does.

use std::path::{Path, PathBuf};

use crate::common;
use negograph::export::map_answers::answers;
use negograph::export::{Focus, scene};
use negograph::query::blockers::blockers;
use negograph::query::unblock::{UnblockOptions, unblock};
use negograph::view::{View, ViewSpec};
use serde_json::Value;

fn shipped() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("graph");
    vec![
        common::builtin_graph_path(),
        root.join("trade-talks.json"),
        root.join("examples/gaza-2025-05-26.json"),
    ]
}

#[test]
fn every_answer_about_a_position_tells_the_same_story() {
    let mut asked = 0;
    for path in shipped() {
        let g = super::shipped::load(&path);
        let spec = ViewSpec::default();
        let view = View::new(&g, &spec).unwrap();
        let whole = scene(&view, None, &Focus::Whole);
        let map = answers(&g, &spec, &whole, view.as_of).unwrap();
        let day = map.by_day.get(&view.as_of.unwrap().to_string()).unwrap();
        for x in g.node_indices().filter(|&n| g.kind(n).is_position()) {
            asked += 1;
            let id = g.id(x);
            let b = blockers(&view, x, false);
            let u = unblock(&view, x, UnblockOptions::default());
            assert_eq!(b.clear, u.already_met || u.reachable_now, "{id}");

            // The drawings' titles: "nothing blocks" exactly when clear, and
            // the text's count of obstacles.
            let drawn = scene(&view, None, &Focus::Blockers(x)).subtitle;
            assert_eq!(
                drawn.starts_with("nothing blocks"),
                b.clear,
                "{id}: {drawn}"
            );
            if !b.blockers.is_empty() {
                let n = b.blockers.len();
                let count = format!(": {n} obstacle{}", if n == 1 { "" } else { "s" });
                assert!(drawn.ends_with(&count), "{id}: {drawn}");
            }
            let drawn = scene(&view, None, &Focus::Unblock(x)).subtitle;
            assert_eq!(
                drawn.starts_with("nothing blocks"),
                u.reachable_now,
                "{id}: {drawn}"
            );

            // The map's data for the day is the library's answer.
            let on_map = &day.blockers[id];
            assert_eq!(on_map.clear, b.clear, "{id}");
            let ids = |list: Vec<&String>| list.into_iter().cloned().collect::<Vec<_>>();
            assert_eq!(
                ids(on_map.obstacles.iter().map(|o| &o.id).collect()),
                ids(b.blockers.iter().map(|o| &o.id).collect()),
                "{id}"
            );

            // The command line, text and JSON.
            let text = common::run_ok(&path, &["blockers", id]);
            assert_eq!(text.contains("\nNothing blocks "), b.clear, "{id}: {text}");
            let json: Value = common::json_ok(&path, &["unblock", id]);
            assert_eq!(json["reachable_now"], u.reachable_now, "{id}");
            let text = common::run_ok(&path, &["unblock", id]);
            assert_eq!(
                text.contains("Nothing has to be given up"),
                u.reachable_now,
                "{id}: {text}"
            );
        }
    }
    assert_eq!(asked, 24, "every position of the three shipped graphs");
}

#[test]
fn json_obstacles_carry_kind_holder_actor_and_agreed() {
    let out = common::json_ok(
        &common::builtin_graph_path(),
        &["blockers", "ceasefire-30d"],
    );
    for o in out["blockers"].as_array().unwrap() {
        for key in ["kind", "holder", "actor", "agreed"] {
            assert!(o.get(key).is_some(), "{key} in {o}");
        }
    }
}
