//! The trust findings of round 12 fixed at their home (trust13b): exports
//! and drawings carry a measure in force and a postponement's new day as the
//! CLI says them, and more. Each test runs the real binary on a small
//! hand-made graph.

use crate::common::{negograph, run_ok, succeeds, temp_file};

/// China applies a measure no one asks of it; the United States rejects it.
const IN_FORCE: &str = r#"negograph 1.2
title A measure in force

source s1 "Report" 2018-06-08

party china "China"
party us "United States"
condition limits "Investment limits on foreign firms" actor china

@s1
us rejects limits "U.S. concerns include investment limits"
"#;

/// A vote set for 15 May, put off to 20 May; talks set for 16 May, put off
/// with no new day.
const POSTPONED: &str = r#"negograph 1.2
title Put off

source mon "Monday" 2025-05-12
source wed "Wednesday" 2025-05-14

party union "The union"
condition vote "A members' vote" actor union scheduled 2025-05-15
  on 2025-05-14 postponed scheduled 2025-05-20 @wed "the vote is put off to 20 May"
condition talks "A round of talks" actor union scheduled 2025-05-16
  on 2025-05-14 postponed @wed "the talks are put off"

@mon
union supports vote "the union calls the vote"
union supports talks "the union wants talks"
"#;

/// A CSV export's `nodes.csv`, as (header, rows) of cells.
fn nodes_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let (dir, path) = temp_file("g.neg", text.as_bytes());
    let out = dir.path().join("csv");
    succeeds(
        negograph()
            .arg("-f")
            .arg(&path)
            .args(["export", "--format", "csv", "-o"])
            .arg(&out),
    );
    let mut reader = csv::Reader::from_path(out.join("nodes.csv")).expect("nodes.csv");
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// The cell of `column` in the row of node `id`.
fn cell(table: &(Vec<String>, Vec<Vec<String>>), id: &str, column: &str) -> String {
    let at = table.0.iter().position(|c| c == column).expect(column);
    let row = table.1.iter().find(|r| r[0] == id).expect(id);
    row[at].clone()
}

/// An export in `format` to one file, as text.
fn export_text(text: &str, format: &str) -> String {
    let (dir, path) = temp_file("g.neg", text.as_bytes());
    let out = dir.path().join("out");
    succeeds(
        negograph()
            .arg("-f")
            .arg(&path)
            .args(["export", "--format", format, "-o"])
            .arg(&out),
    );
    std::fs::read_to_string(out).expect("export")
}

#[test]
fn exports_say_who_applies_a_measure_in_force_as_show_does() {
    let (_dir, path) = temp_file("g.neg", IN_FORCE.as_bytes());
    assert!(run_ok(&path, &["show", "limits"]).contains("in force, applied by China"));
    let table = nodes_csv(IN_FORCE);
    assert_eq!(cell(&table, "limits", "applied_by"), "china");
    assert_eq!(cell(&table, "us", "applied_by"), "");
    let cypher = export_text(IN_FORCE, "cypher");
    let limits = cypher.lines().find(|l| l.contains("id: 'limits'")).unwrap();
    assert!(limits.contains("applied_by: ['china']"), "{limits}");
    let graphml = export_text(IN_FORCE, "graphml");
    assert!(
        graphml.contains(r#"<data key="n_applied_by">china</data>"#),
        "{graphml}"
    );
}

#[test]
fn a_drawing_marks_a_measure_in_force_and_who_applies_it() {
    let (_dir, path) = temp_file("g.neg", IN_FORCE.as_bytes());
    let dot = run_ok(&path, &["dot"]);
    assert!(dot.contains(r"(in force, applied by China)"), "{dot}");
    let mermaid = run_ok(&path, &["dot", "--format", "mermaid"]);
    assert!(mermaid.contains("in force, applied by China"), "{mermaid}");
}

#[test]
fn exports_give_a_postponement_its_new_day_not_the_old_one() {
    let table = nodes_csv(POSTPONED);
    assert_eq!(cell(&table, "vote", "status_in_force"), "postponed");
    assert_eq!(cell(&table, "vote", "scheduled_in_force"), "2025-05-20");
    // Put off with no new day: none in force, the written day kept apart.
    assert_eq!(cell(&table, "talks", "scheduled_in_force"), "");
    assert_eq!(cell(&table, "talks", "scheduled"), "2025-05-16");
    let cypher = export_text(POSTPONED, "cypher");
    let vote = cypher.lines().find(|l| l.contains("id: 'vote'")).unwrap();
    assert!(
        vote.contains("scheduled_in_force: date('2025-05-20')"),
        "{vote}"
    );
    let talks = cypher.lines().find(|l| l.contains("id: 'talks'")).unwrap();
    assert!(!talks.contains("scheduled_in_force"), "{talks}");
}

/// Von der Leyen speaks for the EU until 1 July; she rejects the tariffs
/// from 2 July, the tax from 5 June; the U.S. threatens her from 3 July.
const FORMER_MEMBER: &str = r#"negograph 1.2
title A former member

source s1 "First" 2025-06-01
source s2 "Second" 2025-07-05

party us "United States"
party eu "European Union"
party vdl "Von der Leyen"
condition tariffs "U.S. tariffs on cars" actor us
condition tax "EU digital tax" actor eu
condition duties "Duties on EU goods" actor us

@s1
vdl member_of eu until 2025-07-01 "Commission President von der Leyen"
vdl rejects tax since 2025-06-05 "the tax is not ours, von der Leyen said"
@s2
vdl rejects tariffs since 2025-07-02 "the tariffs are unjustified, von der Leyen said"
us threatens duties target vdl since 2025-07-03 "duties if she persists"
"#;

#[test]
fn the_map_credits_a_party_only_with_claims_its_member_made_while_one() {
    let (dir, path) = temp_file("g.neg", FORMER_MEMBER.as_bytes());
    let html = crate::common::render_file(Some(&path), dir.path(), "m.html", &[]);
    let data = crate::map::data_of(&std::fs::read_to_string(html).unwrap());
    let node = |id: &str| {
        data["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .unwrap()
            .clone()
    };
    // The claims each list names, as "from relation to".
    let claims = |list: &serde_json::Value| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|i| {
                let e = &data["edges"][i.as_u64().unwrap() as usize];
                format!(
                    "{} {} {}",
                    e["from"].as_str().unwrap(),
                    e["relation"].as_str().unwrap(),
                    e["to"].as_str().unwrap()
                )
            })
            .collect()
    };
    let eu = node("eu");
    assert_eq!(claims(&eu["responds"]), ["vdl rejects tax"]);
    assert!(
        claims(&eu["faces"]).is_empty(),
        "{:?}",
        claims(&eu["faces"])
    );
    let vdl = node("vdl");
    assert_eq!(
        claims(&vdl["responds"]),
        ["vdl rejects tax", "vdl rejects tariffs"]
    );
    assert_eq!(claims(&vdl["faces"]), ["us threatens duties"]);
    // As the command line says on the newest day.
    let against = run_ok(&path, &["who", "tariffs", "--side", "against"]);
    assert!(
        against.contains("Von der Leyen [vdl]") && !against.contains("[eu]"),
        "{against}"
    );
}

#[test]
fn convert_writes_bidi_and_control_characters_escaped_and_reads_them_back() {
    let label = "A\u{202E}B\u{0}C\nD\u{85}E";
    let doc = serde_json::json!({
        "negograph": 1,
        "title": "Odd text",
        "sources": [],
        "nodes": [{"id": "union", "kind": "party", "label": label}],
        "edges": []
    });
    let (dir, path) = temp_file("odd.json", doc.to_string().as_bytes());
    let neg = dir.path().join("odd.neg");
    succeeds(negograph().arg("convert").arg(&path).arg(&neg));
    let text = std::fs::read_to_string(&neg).unwrap();
    assert!(
        !text.contains('\u{202E}') && !text.contains('\u{85}'),
        "{text:?}"
    );
    assert!(text.contains(r#""A\u202EB\u0000C\nD\u0085E""#), "{text}");
    let back = dir.path().join("back.json");
    succeeds(negograph().arg("convert").arg(&neg).arg(&back));
    let back: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(back).unwrap()).unwrap();
    assert_eq!(back["nodes"][0]["label"], label);
}

#[test]
fn check_warns_of_control_characters_in_a_label_and_says_where() {
    let doc = serde_json::json!({
        "negograph": 1,
        "title": "Odd text",
        "sources": [],
        "nodes": [
            {"id": "union", "kind": "party", "label": "A\u{202E}B"},
            {"id": "firm", "kind": "party", "label": "The firm"}
        ],
        "edges": []
    });
    let warnings = crate::common::check_warnings(&doc, "control-in-name");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].1.contains("'union'") && warnings[0].1.contains("U+202E"),
        "{warnings:?}"
    );
    let (_dir, path) = temp_file("odd.json", doc.to_string().as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .arg("check")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("control-in-name") && text.contains("odd.json:1:"),
        "{text}"
    );
    assert!(text.contains("help: remove them"), "{text}");
}
