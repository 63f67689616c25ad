//! `show` lists, under each party, the pressure it faces: the same claims
//! `who P` lists for a party (threats against it, demands addressed to it),
//! on every shipped graph; checked by hand on the bundled one.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::common::{builtin_graph_path, json_ok, run_ok};

/// A claim as (from, relation, to).
fn claim(link: &Value) -> (String, String, String) {
    let s = |k: &str| link[k].as_str().unwrap().to_owned();
    (s("from"), s("relation"), s("to"))
}

/// The claims `who P` lists for party `id` of `file`, all time.
fn pressure(file: &Path, id: &str) -> BTreeSet<(String, String, String)> {
    let who = json_ok(file, &["who", id, "--all-time"]);
    who["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| {
            g["parties"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| claim(&p["link"]))
        })
        .collect()
}

#[test]
fn show_lists_the_pressure_who_lists_for_every_party() {
    let mut compared = 0;
    for file in crate::semantics::shipped::shipped() {
        let overview = json_ok(&file, &["show", "--all-time"]);
        for party in overview["parties"].as_array().unwrap() {
            let id = party["party"]["id"].as_str().unwrap();
            let shown: BTreeSet<_> = overview["faces"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["party"] == id)
                .flat_map(|f| f["claims"].as_array().unwrap().iter().map(claim))
                .collect();
            let listed = pressure(&file, id);
            assert_eq!(shown, listed, "{} {id}", file.display());
            compared += usize::from(!listed.is_empty());
        }
    }
    assert!(compared >= 4, "parties under pressure compared: {compared}");
}

#[test]
fn show_says_what_russia_faces_on_the_bundled_graph() {
    let text = run_ok(&builtin_graph_path(), &["show"]);
    let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // Worked out from the graph: two threats of new sanctions against
    // Russia, by the European leaders and by Ukraine; none against others.
    assert!(
        flowing.contains(
            "faces a threat: Consequences for Russia, including new sanctions, by European leaders \
             faces a threat: Consequences for Russia, including new sanctions, by Ukraine (Zelensky)"
        ),
        "{text}"
    );
    assert_eq!(text.matches("faces ").count(), 2, "{text}");
}

/// The map's party panels list under "Faces" the same claims.
#[test]
fn the_maps_party_panels_face_what_who_lists() {
    let dir = tempfile::tempdir().unwrap();
    let mut compared = 0;
    for (i, file) in crate::semantics::shipped::shipped().iter().enumerate() {
        let map = crate::common::render_file(
            Some(file),
            dir.path(),
            &format!("m{i}.html"),
            &["--all-time"],
        );
        let data = crate::map::data_of(&std::fs::read_to_string(map).unwrap());
        let edges = data["edges"].as_array().unwrap();
        for node in data["nodes"].as_array().unwrap() {
            if node["kind"] != "party" {
                continue;
            }
            let id = node["id"].as_str().unwrap();
            let shown: BTreeSet<_> = node["faces"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| claim(&edges[k.as_u64().unwrap() as usize]))
                .collect();
            let listed = pressure(file, id);
            assert_eq!(shown, listed, "{} {id}", file.display());
            compared += usize::from(!listed.is_empty());
        }
    }
    assert!(compared >= 4, "parties under pressure compared: {compared}");
}
