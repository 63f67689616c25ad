//! Format 1.2's dates on a hand-made graph whose answers were worked out by
//! hand (`graph/examples/dated-talks.json`): a month (`2025-03`), a year
//! (`2025`), a month-long `until` and status change, and days said as the
//! reports said them ("Tuesday", "yesterday", "last week"), resolved from
//! the wire of Thursday 2025-05-08. Through the real binary: `timeline`,
//! `changes`, `who`, `responses`, `compare`, `check`, the edits and the
//! exports.
//!
//! The graph's claims, by hand:
//! - e0 us demands zero, since 2025-03 (March 2025);
//! - e1 iran rejects zero, since "Tuesday": 2025-05-06, two days before the wire;
//! - e2 us demands cap, since 2025-05-06, seq 2;
//! - e3 iran supports cap, since "yesterday": 2025-05-07;
//! - e4 iran rejects cap, since 2025-03-15 until 2025-04 (April 2025);
//! - e5 us proposes plan-a, since 2025 (the year);
//! - e6 iran proposes plan-b, since "last week": the week of Monday
//!   2025-04-28 to Sunday 2025-05-04 (ISO week 2025-W18);
//! - cap is rejected from 2025-04 (its status history).

use crate::common;

use common::{negograph, succeeds, temp_file};
use serde_json::{Value, json};

pub(super) fn talks() -> Value {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/examples/dated-talks.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

pub(super) fn answer(d: &Value, args: &[&str]) -> Value {
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    common::json_ok(&path, args)
}

pub(super) fn text(d: &Value, args: &[&str]) -> String {
    let (_dir, path) = temp_file("g.json", d.to_string().as_bytes());
    common::run_ok(&path, args)
}

/// Each listed change as `ON FROM RELATION TO | NOTE`.
fn listed(v: &Value, list: &str) -> Vec<String> {
    v[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {} | {}",
                c["on"].as_str().unwrap(),
                c["from"].as_str().unwrap_or("-"),
                c["relation"].as_str().unwrap_or("-"),
                c["to"].as_str().unwrap_or("-"),
                c["date_note"].as_str().unwrap_or("")
            )
        })
        .collect()
}

const TUESDAY: &str = "2025-05-06 (inferred from 'Tuesday', source dated 2025-05-08)";
const YESTERDAY: &str = "2025-05-07 (inferred from 'yesterday', source dated 2025-05-08)";
const LAST_WEEK: &str =
    "dated only to the week of 2025-04-28 (inferred from 'last week', source dated 2025-05-08)";

#[test]
fn the_graph_is_sound() {
    let d = talks();
    let out = text(&d, &["check"]);
    assert!(out.contains("ok: 0 errors, 0 warnings"), "{out}");
}

#[test]
fn the_timeline_orders_spans_before_their_days_then_by_seq_and_says_how_each_is_dated() {
    let v = answer(&talks(), &["timeline"]);
    assert_eq!(
        listed(&v, "added"),
        [
            "2025 us proposes plan-a | dated only to the year 2025".to_owned(),
            "2025-03 us demands zero | dated only to March 2025".to_owned(),
            "2025-03-15 iran rejects cap | ".to_owned(),
            format!("2025-W18 iran proposes plan-b | {LAST_WEEK}"),
            // A day's claims without seq first, then by seq.
            format!("2025-05-06 iran rejects zero | {TUESDAY}"),
            "2025-05-06 us demands cap | ".to_owned(),
            format!("2025-05-07 iran supports cap | {YESTERDAY}"),
        ]
    );
    assert_eq!(
        listed(&v, "removed"),
        ["2025-04 iran rejects cap | dated only to April 2025"]
    );
    assert_eq!(v["status"][0]["on"], json!("2025-04"));
    assert_eq!(v["status"][0]["to"], json!("rejected"));
    // The claim's own dates, as known, and in words.
    assert_eq!(v["added"][4]["since"], json!("2025-05-06"));
    assert_eq!(
        v["added"][1]["dated"],
        json!("since dated only to March 2025")
    );
    let out = text(&talks(), &["timeline"]);
    for shown in [
        "  2025-03     added    United States demands Zero enrichment\n                       since dated only to March 2025",
        "since 2025-03-15; until dated only to April 2025",
        "since 2025-05-06 (inferred from 'Tuesday', source dated\n                       2025-05-08)",
        "  2025-W18    added    Iran proposes Plan B",
        "since 2025-05-06, #2 of the day",
    ] {
        assert!(out.contains(shown), "{shown}\n{out}");
    }
}

#[test]
fn no_day_is_made_up_for_a_month_or_a_year() {
    let d = talks();
    for args in [
        &["timeline", "--json"][..],
        &["timeline"],
        &["changes", "--from", "2025-02-01", "--to", "2025-06-01"],
        &["who", "zero", "--as-of", "2025-03-10"],
        &["compare", "plan-a", "plan-b", "--json"],
    ] {
        let out = text(&d, args);
        for made_up in [
            "2025-03-01",
            "2025-04-01",
            "2025-04-30",
            "2025-01-01",
            "2025-12-31",
        ] {
            assert!(!out.contains(made_up), "{args:?} shows {made_up}:\n{out}");
        }
    }
}

#[test]
fn a_window_lists_a_span_that_overlaps_it_and_says_it_may_fall_outside() {
    let v = answer(
        &talks(),
        &["changes", "--from", "2025-03-10", "--to", "2025-04-30"],
    );
    let outside = "; it may fall outside the window (after 2025-03-10, up to 2025-04-30)";
    assert_eq!(
        listed(&v, "added"),
        [
            format!("2025 us proposes plan-a | dated only to the year 2025{outside}"),
            format!("2025-03 us demands zero | dated only to March 2025{outside}"),
            "2025-03-15 iran rejects cap | ".to_owned(),
            format!("2025-W18 iran proposes plan-b | {LAST_WEEK}{outside}"),
        ]
    );
    // Its last day may be 30 April, the window's end, when it still held.
    assert_eq!(
        listed(&v, "removed"),
        [format!(
            "2025-04 iran rejects cap | dated only to April 2025{outside}"
        )]
    );
    // April lies wholly in the window: no doubt to report.
    assert_eq!(
        v["status"][0]["date_note"],
        json!("dated only to April 2025")
    );
    // A window wholly inside March: March may be before it, so it is listed with the doubt.
    let v = answer(
        &talks(),
        &["changes", "--from", "2025-03-20", "--to", "2025-03-25"],
    );
    assert_eq!(v["added"][1]["on"], json!("2025-03"));
    // A window after March: March is not listed; the year 2025 may be any
    // of its days, so it is, with the doubt.
    let v = answer(
        &talks(),
        &["changes", "--from", "2025-05-05", "--to", "2025-05-07"],
    );
    assert_eq!(
        listed(&v, "added"),
        [
            "2025 us proposes plan-a | dated only to the year 2025; it may fall outside the window (after 2025-05-05, up to 2025-05-07)".to_owned(),
            format!("2025-05-06 iran rejects zero | {TUESDAY}"),
            "2025-05-06 us demands cap | ".to_owned(),
            format!("2025-05-07 iran supports cap | {YESTERDAY}"),
        ]
    );
}

#[test]
fn as_of_a_day_inside_a_month_the_claim_holds_and_the_answer_says_it_is_dated_only_to_the_month() {
    let d = talks();
    let v = answer(&d, &["who", "zero", "--as-of", "2025-03-10"]);
    let link = &v["groups"][0]["parties"][0]["link"];
    assert_eq!(link["from"], json!("us"));
    assert_eq!(link["since"], json!("2025-03"));
    assert_eq!(link["dated"], json!("since dated only to March 2025"));
    let out = text(&d, &["who", "zero", "--as-of", "2025-03-10"]);
    assert!(out.contains("since dated only to March 2025"), "{out}");
    // Before March it does not hold.
    let v = answer(&d, &["who", "zero", "--as-of", "2025-02-28"]);
    assert_eq!(v["groups"], json!([]));
    // As of the month itself: as things stood at its end.
    let v = answer(&d, &["who", "zero", "--as-of", "2025-03"]);
    assert_eq!(v["as_of"], json!("2025-03"));
    assert_eq!(v["groups"][0]["parties"][0]["id"], json!("us"));
    let out = text(&d, &["who", "zero", "--as-of", "2025-03"]);
    assert!(
        out.starts_with(
            "Who takes a position on Zero enrichment [zero] (as of the end of March 2025)"
        ),
        "{out}"
    );
    // A node's own dates, in words.
    let mut d = talks();
    d["nodes"][4]["since"] = json!("2025-02");
    d["nodes"][4]["until"] = json!("2025");
    let out = text(&d, &["show", "plan-a"]);
    assert!(out.contains("holds from February 2025 to 2025\n"), "{out}");
}

#[test]
fn responses_see_an_until_month_to_its_last_day() {
    let d = talks();
    let v = answer(&d, &["responses", "cap", "--as-of", "2025-04-15"]);
    let text_of = v.to_string();
    assert!(text_of.contains("\"relation\":\"rejects\""), "{text_of}");
    assert!(
        text_of.contains("until dated only to April 2025"),
        "{text_of}"
    );
    let v = answer(&d, &["responses", "cap", "--as-of", "2025-04-30"]);
    assert!(v.to_string().contains("\"relation\":\"rejects\""));
    // From 1 May the refusal is over, and Iran's support (since
    // "yesterday", 2025-05-07) has not begun.
    let v = answer(&d, &["responses", "cap", "--as-of", "2025-05-01"]);
    assert!(!v.to_string().contains("\"from\":\"iran\""), "{v}");
    let v = answer(&d, &["who", "cap", "--as-of", "2025-05-07"]);
    assert!(v.to_string().contains(&format!("since {YESTERDAY}")), "{v}");
    let v = answer(&d, &["who", "cap", "--as-of", "2025-05-06"]);
    assert!(!v.to_string().contains("\"from\":\"iran\""), "{v}");
    // Its status: rejected from April (read from the month's first day).
    let v = answer(&d, &["responses", "cap", "--as-of", "2025-04-02"]);
    assert_eq!(v["target"]["status"], json!("rejected"));
    let v = answer(&d, &["responses", "cap", "--as-of", "2025-03-31"]);
    assert_eq!(v["target"]["status"], json!("open"));
}

#[test]
fn compare_shows_who_proposed_each_with_its_dates_as_written() {
    let d = talks();
    let out = text(&d, &["compare", "plan-a", "plan-b"]);
    assert!(out.contains("since dated only to the year 2025"), "{out}");
    assert!(
        out.contains("since dated only to the week of 2025-04-28 (inferred from 'last week',\n      source dated 2025-05-08)"),
        "{out}"
    );
    // The week is before the newest source: plan B is on the table then,
    // and not before the week.
    let v = answer(
        &d,
        &["compare", "plan-a", "plan-b", "--as-of", "2025-04-27"],
    );
    assert!(!v.to_string().contains("\"from\":\"iran\""), "{v}");
}

/// `check --json`'s findings as (code, message, path, line, column, help).
fn findings(d: &Value) -> Vec<(String, String, String, u64, u64, String)> {
    let (_dir, path) = temp_file(
        "g.json",
        serde_json::to_string_pretty(d).unwrap().as_bytes(),
    );
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args(["check", "--json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["message"].as_str().unwrap().to_owned(),
                f["path"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["help"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn check_explains_a_month_that_does_not_exist_at_its_line_and_column() {
    let mut d = talks();
    d["edges"][0]["since"] = json!("2025-13");
    let found = findings(&d);
    let f = found.iter().find(|f| f.2 == "edges[0].since").unwrap();
    assert_eq!(f.0, "bad-date");
    assert_eq!(f.1, "'2025-13' is not a valid date: there is no month 13");
    assert!(f.3 > 1 && f.4 > 1, "{f:?}");
    assert!(f.5.contains("months run from 01 to 12"), "{f:?}");
}

#[test]
fn check_reports_a_weekday_no_dated_source_resolves_with_what_to_do() {
    let mut d = talks();
    d["sources"][0].as_object_mut().unwrap().remove("date");
    let found = findings(&d);
    let tuesday = found.iter().find(|f| f.2 == "edges[1].since").unwrap();
    assert_eq!(tuesday.0, "bad-date");
    assert!(
        tuesday.1.starts_with("'Tuesday' says the day as the report did; it is resolved from the date of the source cited first (the most recent such weekday on or before that date)"),
        "{tuesday:?}"
    );
    assert!(
        tuesday.5.starts_with("cite a source that has a date"),
        "{tuesday:?}"
    );
    // A source dated only to a month resolves no weekday either.
    let mut d = talks();
    d["sources"][0]["date"] = json!("2025-05");
    assert!(
        findings(&d)
            .iter()
            .any(|f| f.2 == "edges[1].since" && f.0 == "bad-date")
    );
    // A node cites no source: the advice is to write the day.
    let mut d = talks();
    d["nodes"][2]["since"] = json!("Tuesday");
    let found = findings(&d);
    let node = found.iter().find(|f| f.2 == "nodes[2].since").unwrap();
    assert!(node.1.contains("a node cites no source"), "{node:?}");
    assert!(node.5.starts_with("write the day"), "{node:?}");
    // Nor can a source's own date be words.
    let mut d = talks();
    d["sources"][1]["date"] = json!("yesterday");
    let found = findings(&d);
    let source = found.iter().find(|f| f.2 == "sources[1].date").unwrap();
    assert_eq!(
        source.1,
        "'yesterday' says the day as a report did, but a source's own date is what resolves such words"
    );
}

#[test]
fn loose_dates_need_format_1_2() {
    let mut d = talks();
    d["negograph"] = json!(1.1);
    let found = findings(&d);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "version-too-low");
    // A month on a source alone is enough.
    let mut d = talks();
    d["negograph"] = json!(1.1);
    d["edges"] = json!([]);
    d["nodes"][3]
        .as_object_mut()
        .unwrap()
        .remove("status_history");
    assert_eq!(findings(&d)[0].0, "version-too-low");
}

#[test]
fn edits_take_months_years_and_words_and_refuse_what_is_none() {
    let (_dir, path) = temp_file("g.json", talks().to_string().as_bytes());
    let run = |args: &[&str]| {
        negograph()
            .arg("-f")
            .arg(&path)
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&[
        "link",
        "iran",
        "rejects",
        "plan-a",
        "--since",
        "Monday",
        "--source",
        "wire",
        "--quote",
        "Iran on Tuesday rejected zero enrichment",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let edge = saved["edges"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(edge["since"], json!("Monday"), "the file keeps the words");
    let v = common::json_ok(&path, &["timeline"]);
    assert!(
        v.to_string()
            .contains("2025-05-05 (inferred from 'Monday', source dated 2025-05-08)"),
        "{v}"
    );
    let out = run(&["status", "plan-b", "met", "--on", "2025-06"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "'plan-b' is met from June 2025"
    );
    let out = run(&[
        "add", "demand", "talks", "--label", "Talks", "--since", "2024",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&["set-edge", "us", "demands", "zero", "until=2026-02"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved["edges"][0]["until"], json!("2026-02"));
    assert_eq!(saved["nodes"][6]["since"], json!("2024"));
    // What is no date is refused, and the file is left as it was.
    let before = std::fs::read_to_string(&path).unwrap();
    let out = run(&["link", "iran", "rejects", "plan-b", "--since", "2025-13"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("there is no month 13"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&["status", "plan-a", "met", "--on", "Friday"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cite a source that has a date"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn the_schema_describes_the_new_date_forms() {
    let out = negograph().arg("schema").output().unwrap();
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    let date = &schema["$defs"]["Date"];
    let pattern = regex::Regex::new(date["pattern"].as_str().unwrap()).unwrap();
    for ok in [
        "2025-05-06",
        "2025-03",
        "2025",
        "Tuesday",
        "last week",
        "yesterday",
    ] {
        assert!(pattern.is_match(ok), "{ok}");
    }
    for bad in ["2025-5", "20250", "2025-03-1", "25"] {
        assert!(!pattern.is_match(bad), "{bad}");
    }
    let description = date["description"].as_str().unwrap();
    assert!(
        description.contains("a month (YYYY-MM) or a year (YYYY)"),
        "{description}"
    );
    assert!(description.contains("'Tuesday'"), "{description}");
}

#[test]
fn a_fragment_dated_in_the_same_words_cites_the_same_claim() {
    let (dir, path) = temp_file("g.json", talks().to_string().as_bytes());
    let fragment = dir.path().join("f.neg");
    std::fs::write(
        &fragment,
        "source wire2 \"Second wire\" 2025-05-08\n@wire2\niran rejects zero since Tuesday \"rejected on Tuesday\"\n",
    )
    .unwrap();
    let out = succeeds(negograph().arg("-f").arg(&path).arg("apply").arg(&fragment));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("added 1 citation to iran rejects zero (2 in all)"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved["edges"].as_array().unwrap().len(), 7);
    assert_eq!(saved["edges"][1]["since"], json!("Tuesday"));
}

#[test]
fn an_edit_dated_in_words_raises_the_version_without_a_warning() {
    let text = std::fs::read_to_string(common::trade_talks_path()).unwrap();
    let (_dir, path) = temp_file("t.json", text.as_bytes());
    let out = negograph()
        .arg("-f")
        .arg(&path)
        .args([
            "link",
            "country-c",
            "supports",
            "tariff-cut",
            "--since",
            "Tuesday",
        ])
        // Not `monitoring`, which country-c rejects: that would be a
        // contradiction, and warned of.
        .args([
            "--source",
            "briefing-0320",
            "--quote",
            "C backs the tariff cut.",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved["negograph"], json!(1.2));
    // The briefing is dated Thursday 2025-03-20: Tuesday is the 18th.
    let v = common::json_ok(&path, &["timeline"]);
    assert!(
        v.to_string()
            .contains("2025-03-18 (inferred from 'Tuesday', source dated 2025-03-20)"),
        "{v}"
    );
}

/// A claim's `since` of any precision in 2025, from three numbers.
fn loose(kind: u8, month: u8, day: u8) -> String {
    let (m, d) = (1 + month % 12, 1 + day % 28);
    match kind % 4 {
        0 => "2025".to_owned(),
        1 => format!("2025-{m:02}"),
        2 => "last week".to_owned(),
        _ => format!("2025-{m:02}-{d:02}"),
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn a_window_lists_a_loose_start_when_some_day_of_it_is_in_the_window_and_doubts_it_unless_every_day_is(
        (kind, month, day) in (0u8..4, 0u8..12, 0u8..28),
        (wire_m, wire_d) in (0u8..12, 0u8..28),
        (from_m, from_d, len) in (0u8..12, 0u8..28, 0i64..90),
    ) {
        let wire = format!("2025-{:02}-{:02}", 1 + wire_m, 1 + wire_d);
        let mut d = common::doc(&[("us", "party"), ("zero", "demand")], vec![json!({
            "from": "us", "relation": "demands", "to": "zero", "source": "src", "quote": "q",
            "since": loose(kind, month, day),
        })]);
        d["negograph"] = json!(1.2);
        d["sources"][0]["date"] = json!(wire);
        let g = common::graph(&d);
        let from = negograph::model::Date::new(2025, 1 + from_m, 1 + from_d).unwrap();
        let to = from.plus_days(len);
        let answer = negograph::query::changes::changes(&g, from, to, None, None).unwrap();
        // The naive reference: the days the claim may start on, counted out.
        let since = g.edge(negograph::graph::EdgeIx::new(0)).since().unwrap().known().unwrap();
        let mut days = vec![since.first_day()];
        while *days.last().unwrap() < since.last_day() {
            let next = days.last().unwrap().plus_days(1);
            days.push(next);
        }
        let inside = |day: &negograph::model::Date| *day > from && *day <= to;
        proptest::prop_assert_eq!(answer.added.len(), usize::from(days.iter().any(inside)));
        if let Some(added) = answer.added.first() {
            let doubt = added.date_note.as_deref().is_some_and(|n| n.contains("may fall outside"));
            proptest::prop_assert_eq!(doubt, !days.iter().all(inside));
            proptest::prop_assert_eq!(added.on, since);
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn a_window_lists_a_loose_end_when_some_day_of_it_is_a_last_day_in_the_window(
        (kind, month, day) in (0u8..4, 0u8..12, 0u8..28),
        (from_m, from_d, len) in (0u8..12, 0u8..28, 0i64..90),
    ) {
        let mut d = common::doc(&[("us", "party"), ("zero", "demand")], vec![json!({
            "from": "us", "relation": "demands", "to": "zero", "source": "src", "quote": "q",
            "until": loose(kind, month, day),
        })]);
        d["negograph"] = json!(1.2);
        d["sources"][0]["date"] = json!("2025-06-11");
        let g = common::graph(&d);
        let from = negograph::model::Date::new(2025, 1 + from_m, 1 + from_d).unwrap();
        let to = from.plus_days(len);
        let answer = negograph::query::changes::changes(&g, from, to, None, None).unwrap();
        let until = g.edge(negograph::graph::EdgeIx::new(0)).until().unwrap().known().unwrap();
        let mut days = vec![until.first_day()];
        while *days.last().unwrap() < until.last_day() {
            let next = days.last().unwrap().plus_days(1);
            days.push(next);
        }
        // Ended in the window: its last day on or after `from`, before `to`.
        let inside = |day: &negograph::model::Date| *day >= from && *day < to;
        proptest::prop_assert_eq!(answer.removed.len(), usize::from(days.iter().any(inside)));
        if let Some(removed) = answer.removed.first() {
            let doubt = removed.date_note.as_deref().is_some_and(|n| n.contains("may fall outside"));
            proptest::prop_assert_eq!(doubt, !days.iter().all(inside));
        }
    }
}

/// Worked by hand on the harbour graph, on 19 March: three claims with no
/// date of their own hold then, though first reported later (the court
/// challenge's block and the mediation, on 28 April; the city's threat of
/// fines, on 6 May); the others reported after it end on nodes that begin
/// later (the 9% offer, the arbitration) and are not shown. Every answer
/// says so, as `changes` dates them by their report. On 6 May, nothing.
#[test]
fn a_day_before_some_claims_first_report_says_they_are_taken_as_holding() {
    let graph =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/harbour-strike.json");
    let stderr = |args: &[&str]| {
        let out = negograph()
            .arg("-f")
            .arg(&graph)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    let note = "note: 3 claims with no date of their own are taken as holding on 2025-03-19, \
                though their first report came later (the earliest on 2025-04-28); `changes` \
                dates them by that report\n";
    for command in ["blockers", "unblock", "who"] {
        assert_eq!(
            stderr(&[command, "automation-freeze", "--as-of", "2025-03-19"]),
            note,
            "{command}"
        );
    }
    assert_eq!(
        stderr(&["blockers", "automation-freeze", "--as-of", "2025-05-06"]),
        ""
    );
}

/// A day asked for before every dated source: the claims with no date of
/// their own are taken as holding on it, and every answer says so on
/// standard error (JSON on standard output unchanged); `ask` says it among
/// its notes. On or after the first source, nothing is said.
#[test]
fn a_day_before_every_source_says_undated_claims_are_taken_as_holding() {
    let graph = common::builtin_graph_path();
    let before = negograph()
        .arg("-f")
        .arg(&graph)
        .args(["show", "--as-of", "2025-05-10"])
        .output()
        .unwrap();
    assert!(before.status.success());
    let said = String::from_utf8(before.stderr).unwrap();
    assert!(
        said.starts_with(
            "note: 2025-05-10 is before every dated source (the first is dated 2025-05-12): the "
        ) && said.contains("claims with no date of their own are taken as holding on it"),
        "{said}"
    );
    for args in [
        &["show", "--as-of", "2025-05-12"][..],
        &["show", "--as-of", "2025-05-10", "--json"][..],
    ] {
        let out = negograph()
            .arg("-f")
            .arg(&graph)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            stderr.is_empty(),
            args[2] == "2025-05-12",
            "{args:?}: {stderr}"
        );
        if args.len() == 4 {
            serde_json::from_slice::<Value>(&out.stdout).expect("JSON on stdout alone");
        }
    }
    let asked = negograph()
        .arg("-f")
        .arg(&graph)
        .args(["ask", "what blocks the full ceasefire on may 10"])
        .output()
        .unwrap();
    let text = String::from_utf8(asked.stdout).unwrap();
    assert!(
        text.contains("note: 2025-05-10 is before every dated source"),
        "{text}"
    );
}
