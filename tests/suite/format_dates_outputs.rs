//! Format 1.2's dates as the other outputs carry them, on the hand-made
//! graph of [`super::format_dates`] (`graph/examples/dated-talks.json`):
//! the text format, the exports (CSV and its import, Neo4j, LadybugDB,
//! GraphML), the map and the diagrams. None makes up a day.

use crate::common;

use super::format_dates::{answer, talks, text};
use common::{negograph, succeeds, temp_file};
use serde_json::Value;

#[test]
fn the_text_format_keeps_dates_as_written() {
    let (dir, path) = temp_file("g.json", talks().to_string().as_bytes());
    let neg = dir.path().join("g.neg");
    succeeds(negograph().arg("convert").arg(&path).arg(&neg));
    let written = std::fs::read_to_string(&neg).unwrap();
    for shown in [
        "since 2025-03",
        "since Tuesday",
        "since yesterday",
        "since \"last week\"",
        "until 2025-04",
        "since 2025 ",
    ] {
        assert!(written.contains(shown), "{shown}\n{written}");
    }
    let v = common::json_ok(&neg, &["timeline"]);
    assert_eq!(v, answer(&talks(), &["timeline"]));
}

#[test]
fn exports_carry_each_date_as_written_with_its_precision_and_never_a_made_up_day() {
    let (dir, path) = temp_file("g.json", talks().to_string().as_bytes());
    let export = |format: &str, out: &str| {
        let target = dir.path().join(out);
        let run = negograph()
            .arg("-f")
            .arg(&path)
            .args(["export", "--format", format, "--output"])
            .arg(&target)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        target
    };
    // CSV: the day as known, and the file's text beside it.
    let csv = export("csv", "csv");
    let edges = std::fs::read_to_string(csv.join("edges.csv")).unwrap();
    assert!(edges.starts_with("from,relation,to,by,since,until,note,target,trigger,with,disputed_by,addressee,seq,stance,since_written,until_written,"), "{edges}");
    for row in [
        "us,demands,zero,,2025-03,,,,,,,,,,2025-03,,monthly,",
        "iran,rejects,zero,,2025-05-06,,,,,,,,,,Tuesday,,wire,",
        "iran,rejects,cap,,2025-03-15,2025-04,,,,,,,,,,2025-04,monthly,",
        "iran,proposes,plan-b,,2025-W18,,,,,,,,,,last week,,wire,",
    ] {
        assert!(edges.contains(row), "{row}\n{edges}");
    }
    // ... which the import reads back as written.
    let back = dir.path().join("back.json");
    let run = negograph()
        .args(["import", "--nodes"])
        .arg(csv.join("nodes.csv"))
        .arg("--edges")
        .arg(csv.join("edges.csv"))
        .arg("--sources")
        .arg(csv.join("sources.csv"))
        .arg("--status")
        .arg(csv.join("status.csv"))
        .arg("--output")
        .arg(&back)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let imported: Value = serde_json::from_str(&std::fs::read_to_string(&back).unwrap()).unwrap();
    let since: Vec<&str> = imported["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["since"].as_str().unwrap())
        .collect();
    assert_eq!(
        since,
        [
            "2025-03",
            "Tuesday",
            "2025-05-06",
            "yesterday",
            "2025-03-15",
            "2025",
            "last week"
        ]
    );
    // Neo4j: a date property holds days only; a month is written with its precision.
    let cypher = std::fs::read_to_string(export("cypher", "g.cypher")).unwrap();
    let claim = |n: usize| {
        cypher
            .lines()
            .find(|l| l.contains(&format!("{{claim: {n}}}]")))
            .unwrap()
            .to_owned()
    };
    let march = claim(0);
    assert!(
        march.contains("since_written: '2025-03', since_precision: 'month'"),
        "{march}"
    );
    assert!(!march.contains(" since: date("), "{march}");
    // The days a query sees it: from March's first day, as views read it.
    assert!(
        march.contains("visible_since: date('2025-03-01')"),
        "{march}"
    );
    let tuesday = claim(1);
    assert!(
        tuesday.contains(
            "since: date('2025-05-06'), since_written: 'Tuesday', since_precision: 'day'"
        ),
        "{tuesday}"
    );
    assert!(cypher.contains("date_written: '2025-04', date_precision: 'month'"));
    // LadybugDB: the same columns, an empty DATE for a month.
    let lb = export("ladybug", "lb");
    let rejects = std::fs::read_to_string(lb.join("rejects.csv")).unwrap();
    assert!(rejects.ends_with(",since_written,since_precision,until_written,until_precision\niran,zero,1,rejects,,iran,wire,Iran on Tuesday rejected zero enrichment,,,,2025-05-06,,,,,,,,,,,,,2025-05-06,,zero,[],false,[],false,Tuesday,day,,\niran,cap,4,rejects,,iran,monthly,Iran refused any cap until April,,,,2025-03-15,,,,,,,,,,,,,2025-03-15,2025-04-30,cap,[],false,[],false,,,2025-04,month\n"), "{rejects}");
    let sources = std::fs::read_to_string(lb.join("sources.csv")).unwrap();
    assert!(
        sources.contains("monthly,Monthly review,,,,,,2025-04,month"),
        "{sources}"
    );
    // GraphML: the day as known, and the words.
    let graphml = std::fs::read_to_string(export("graphml", "g.graphml")).unwrap();
    assert!(
        graphml.contains("<data key=\"e_since\">2025-W18</data>"),
        "{graphml}"
    );
    assert!(
        graphml.contains("<data key=\"e_since_written\">Tuesday</data>"),
        "{graphml}"
    );
}

#[test]
fn the_map_and_the_diagram_show_dates_as_written_and_stop_only_on_days() {
    let (dir, path) = temp_file("g.json", talks().to_string().as_bytes());
    let map = dir.path().join("m.html");
    succeeds(
        negograph()
            .arg("-f")
            .arg(&path)
            .args(["render", "-o"])
            .arg(&map),
    );
    let html = std::fs::read_to_string(&map).unwrap();
    // The slider's stops: days only, each day `--as-of` shows a new state:
    // a span's first day for a claim or a status dated to a month, week or
    // year (1 April: "rejected in April"; 28 April: "last week"), and the
    // last day of April, when the refusal "until April" still holds, and
    // the day after, when it has surely ended.
    assert!(
        html.contains(r#""days":["2024-12-31","2025-01-01","2025-03-01","2025-03-15","2025-04-01","2025-04-28","2025-04-30","2025-05-01","2025-05-06","2025-05-07","2025-05-08"]"#),
        "{}",
        &html[html.find("\"days\"").unwrap_or(0)..][..200]
    );
    for written in [
        r#""since":"2025-03""#,
        r#""since":"2025""#,
        r#""since":"2025-W18""#,
        r#""until":"2025-04""#,
    ] {
        assert!(html.contains(written), "{written}");
    }
    let dot = text(&talks(), &["dot", "--all-time"]);
    assert!(dot.contains("(2025-03-15 to 2025-04)"), "{dot}");
}
