//! What a blind tester found the checks accepted without a word and the
//! exports dropped (round trust-5), on hand-made graphs, through the binary.

use serde_json::{Value, json};

use crate::common::{negograph, succeeds, temp_file};

/// A party, a position and one dated source (22 May 2023); the party's
/// demand for a strike comes after `edges`.
fn talks(mut edges: Value) -> Value {
    if let Some(list) = edges.as_array_mut() {
        list.push(json!({"from": "union", "relation": "demands", "to": "strike", "source": "may", "quote": "s"}));
    }
    json!({
        "negograph": 1.2,
        "title": "Pay talks",
        "sources": [{"id": "may", "title": "May report", "date": "2023-05-22"}],
        "nodes": [
            {"id": "union", "kind": "party", "label": "Union"},
            {"id": "rise", "kind": "proposal", "label": "Pay rise"},
            {"id": "strike", "kind": "demand", "label": "Strike"}
        ],
        "edges": edges
    })
}

fn claim(relation: &str, extra: &Value) -> Value {
    let mut e =
        json!({"from": "union", "relation": relation, "to": "rise", "source": "may", "quote": "q"});
    if let (Some(e), Some(extra)) = (e.as_object_mut(), extra.as_object()) {
        e.extend(extra.clone());
        // A null in `extra` takes the field away.
        e.retain(|_, v| !v.is_null());
    }
    e
}

/// `check --json`'s warnings: (code, path, message).
fn warnings(doc: &Value) -> Vec<(String, String, String)> {
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let out = succeeds(negograph().arg("-f").arg(&file).args(["check", "--json"]));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "warning")
        .map(|d| {
            let text = |k: &str| d[k].as_str().unwrap_or("").to_owned();
            (text("code"), text("path"), text("message"))
        })
        .collect()
}

fn codes(doc: &Value) -> Vec<String> {
    warnings(doc).into_iter().map(|(c, _, _)| c).collect()
}

#[test]
fn a_party_for_and_against_one_position_on_the_same_days_is_warned_of() {
    let both = talks(json!([
        claim("rejects", &json!({})),
        claim("accepts", &json!({}))
    ]));
    let found = warnings(&both);
    assert_eq!(found.len(), 1, "{found:?}");
    let (code, path, message) = &found[0];
    assert_eq!(code, "contradicting-stances");
    assert_eq!(path, "edges[1]");
    assert!(
        message.contains("'union' both rejects 'rise' (edges[0]) and accepts it (edges[1])"),
        "{message}"
    );

    // The older claim ended the day before: a change of stance, no warning.
    let changed = talks(json!([
        claim("rejects", &json!({"until": "2023-05-10"})),
        claim("accepts", &json!({"since": "2023-05-11"}))
    ]));
    assert_eq!(codes(&changed), Vec::<String>::new());
    // Dated only to the same month: they may overlap, so it is said.
    let loose = talks(json!([
        claim("rejects", &json!({"until": "2023-05"})),
        claim("accepts", &json!({"since": "2023-05-20"}))
    ]));
    assert_eq!(codes(&loose), ["contradicting-stances"]);
    // A disputed claim is a disagreement recorded, and two claims on one
    // side are no contradiction.
    let disputed = talks(json!([
        claim("rejects", &json!({})),
        claim("accepts", &json!({"disputed_by": ["union"]}))
    ]));
    assert_eq!(codes(&disputed), Vec::<String>::new());
    let same_side = talks(json!([
        claim("accepts", &json!({})),
        claim("supports", &json!({}))
    ]));
    assert_eq!(codes(&same_side), Vec::<String>::new());
}

#[test]
fn link_prints_the_contradiction_it_makes() {
    let doc = talks(json!([claim("rejects", &json!({}))]));
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let out = succeeds(negograph().arg("-f").arg(&file).args([
        "link", "union", "accepts", "rise", "--source", "may", "--quote", "q2",
    ]));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("contradicting-stances"), "{stderr}");
    assert!(
        stderr.contains("set `until` on the older claim"),
        "{stderr}"
    );
}

#[test]
fn a_claim_or_a_change_dated_after_every_source_it_cites_is_warned_of() {
    let mut doc = talks(json!([claim("accepts", &json!({"since": "2023-06-10"}))]));
    doc["nodes"][2]["status_history"] =
        json!([{"status": "met", "on": "2023-06-14", "source": "may", "quote": "will strike"}]);
    let found = warnings(&doc);
    let paths: Vec<(&str, &str)> = found
        .iter()
        .map(|(c, p, _)| (c.as_str(), p.as_str()))
        .collect();
    assert_eq!(
        paths,
        [
            ("dated-after-sources", "edges[0].since"),
            ("dated-after-sources", "nodes[2].status_history[0].on")
        ],
        "{found:?}"
    );
    assert!(
        found[0].2.contains("after 2023-05-22, the date of 'may'"),
        "{found:?}"
    );

    // On the source's day, or a month that takes it in: nothing to say.
    let mut fine = talks(json!([claim("accepts", &json!({"since": "2023-05"}))]));
    fine["nodes"][2]["status_history"] =
        json!([{"status": "met", "on": "2023-05-22", "source": "may", "quote": "struck"}]);
    assert_eq!(codes(&fine), Vec::<String>::new());
}

#[test]
fn a_drawn_claims_tooltip_names_its_speaker_and_carries_its_note() {
    let doc = talks(json!([claim(
        "rejects",
        &json!({"note": "said before the ballot",
            "citations": [{"source": "may", "quote": "q", "speaker": "the union's chair"}],
            "source": null, "quote": null})
    )]));
    let (_dir, file) = temp_file("g.json", doc.to_string().as_bytes());
    let out = succeeds(negograph().arg("-f").arg(&file).arg("dot"));
    let dot = String::from_utf8(out.stdout).unwrap();
    let line = dot
        .lines()
        .find(|l| l.contains("label=\"rejects\""))
        .expect("the claim is drawn");
    assert!(
        line.contains(
            "tooltip=\"“q” (said by the union's chair, may); note: said before the ballot\""
        ),
        "{line}"
    );
}

/// Talks cancelled on a day the report says in words ("Friday", the day
/// before its date, 28 June 2025).
fn cancelled_talks() -> Value {
    json!({
        "negograph": 1.2,
        "title": "Trade talks",
        "sources": [{"id": "wsj", "title": "WSJ", "date": "2025-06-28"}],
        "nodes": [
            {"id": "us", "kind": "party", "label": "US"},
            {"id": "talks", "kind": "demand", "label": "Talks",
             "status_history": [{"status": "cancelled", "on": "Friday", "source": "wsj", "quote": "terminating"}]}
        ],
        "edges": [{"from": "us", "relation": "rejects", "to": "talks", "source": "wsj", "quote": "terminating"}]
    })
}

fn export(file: &std::path::Path, format: &str, out: &std::path::Path, extra: &[&str]) {
    succeeds(
        negograph()
            .arg("-f")
            .arg(file)
            .args(["export", "--format", format, "-o"])
            .arg(out)
            .args(extra),
    );
}

#[test]
fn graphml_gives_the_status_in_force_and_the_changes_days() {
    let (dir, file) = temp_file("g.json", cancelled_talks().to_string().as_bytes());
    let out = dir.path().join("x.graphml");
    export(&file, "graphml", &out, &[]);
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.contains("attr.name=\"status_in_force\""), "{xml}");
    let talks = xml.split("<node id=\"talks\">").nth(1).unwrap();
    let talks = talks.split("</node>").next().unwrap();
    assert!(
        talks.contains("<data key=\"n_status_in_force\">cancelled</data>"),
        "{talks}"
    );
    assert!(
        talks.contains(
            "&quot;on&quot;:&quot;2025-06-27&quot;,&quot;on_written&quot;:&quot;Friday&quot;"
        ),
        "{talks}"
    );
    // A party has no status to give.
    let us = xml.split("<node id=\"us\">").nth(1).unwrap();
    assert!(
        !us.split("</node>").next().unwrap().contains("n_status"),
        "{us}"
    );

    // The day before the change: open, and no change that had not happened.
    export(
        &file,
        "graphml",
        &out,
        &["--force", "--as-of", "2025-06-26"],
    );
    let xml = std::fs::read_to_string(&out).unwrap();
    let talks = xml.split("<node id=\"talks\">").nth(1).unwrap();
    let talks = talks.split("</node>").next().unwrap();
    assert!(
        talks.contains("<data key=\"n_status_in_force\">open</data>"),
        "{talks}"
    );
    assert!(!talks.contains("n_status_history"), "{talks}");
}

#[test]
fn csv_gives_the_status_in_force_and_imports_back_as_written() {
    let (dir, file) = temp_file("g.json", cancelled_talks().to_string().as_bytes());
    let folder = dir.path().join("csv");
    export(&file, "csv", &folder, &[]);
    let nodes = std::fs::read_to_string(folder.join("nodes.csv")).unwrap();
    let header: Vec<&str> = nodes.lines().next().unwrap().split(',').collect();
    let column = header.iter().position(|c| *c == "status_in_force").unwrap();
    let talks = nodes.lines().find(|l| l.starts_with("talks,")).unwrap();
    assert_eq!(talks.split(',').nth(column), Some("cancelled"), "{nodes}");
    let status = std::fs::read_to_string(folder.join("status.csv")).unwrap();
    assert_eq!(
        status,
        "node,on,status,source,quote,note,scheduled,on_written\n\
         talks,2025-06-27,cancelled,wsj,terminating,,,Friday\n"
    );

    let back = dir.path().join("back.json");
    let path = |name: &str| folder.join(name);
    succeeds(
        negograph()
            .arg("import")
            .arg("--nodes")
            .arg(path("nodes.csv"))
            .arg("--edges")
            .arg(path("edges.csv"))
            .arg("--sources")
            .arg(path("sources.csv"))
            .arg("--status")
            .arg(path("status.csv"))
            .arg("-o")
            .arg(&back),
    );
    let back: Value = serde_json::from_str(&std::fs::read_to_string(&back).unwrap()).unwrap();
    assert_eq!(
        back["nodes"][1]["status_history"],
        cancelled_talks()["nodes"][1]["status_history"]
    );

    // As of the day before, the change is not exported.
    let before = dir.path().join("before");
    export(&file, "csv", &before, &["--as-of", "2025-06-26"]);
    let status = std::fs::read_to_string(before.join("status.csv")).unwrap();
    assert_eq!(
        status,
        "node,on,status,source,quote,note,scheduled,on_written\n"
    );
}

#[test]
fn the_title_survives_a_csv_round_trip_through_graph_csv() {
    let (dir, file) = temp_file("g.json", cancelled_talks().to_string().as_bytes());
    let folder = dir.path().join("csv");
    export(&file, "csv", &folder, &[]);
    let head = std::fs::read_to_string(folder.join("graph.csv")).unwrap();
    assert_eq!(head, "title\nTrade talks\n");
    let import = |extra: &[&str]| {
        let back = dir.path().join("back.json");
        succeeds(
            negograph()
                .arg("import")
                .arg("--nodes")
                .arg(folder.join("nodes.csv"))
                .arg("--edges")
                .arg(folder.join("edges.csv"))
                .arg("--sources")
                .arg(folder.join("sources.csv"))
                .args(extra)
                .arg("--force")
                .arg("-o")
                .arg(&back),
        );
        let back: Value = serde_json::from_str(&std::fs::read_to_string(&back).unwrap()).unwrap();
        back["title"].as_str().unwrap().to_owned()
    };
    let graph = folder.join("graph.csv");
    let graph = graph.to_str().unwrap();
    assert_eq!(import(&["--graph", graph]), "Trade talks");
    assert_eq!(import(&["--graph", graph, "--title", "Mine"]), "Mine");
    assert_eq!(import(&[]), "Imported from nodes.csv");
}
