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
