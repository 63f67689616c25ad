//! On which days a node is settled (met or withdrawn) or withdrawn, as a
//! query's view decides it (see [`crate::view`]): its status from its start,
//! then its dated changes, and withdrawn while a newer position supersedes it
//! (unless met). The databases get these as day spans, so that "as of D" is
//! a comparison of strings an engine can make inside a recursive pattern.
//!
//! A span is written `FROM..UNTIL`, ten characters each side, `FROM`
//! included and `UNTIL` excluded, `0000-00-00` and `9999-99-99` standing for
//! open ends; ISO dates compare as strings, so a node is settled on D when
//! some span has `left(s, 10) <= 'D' < right(s, 10)`. The all-time view (no
//! day) is a flag of its own: the last status change counts there, and any
//! superseding edge.

use crate::graph::{Graph, NodeIx};
use crate::model::{Date, Interval, Relation, Status};
use crate::view::status_on;

/// The open start of a span: before every date.
pub const BEFORE_ALL: &str = "0000-00-00";
/// The open end of a span: after every date.
pub const AFTER_ALL: &str = "9999-99-99";

/// When a node is in some set of statuses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spans {
    /// The days, as `FROM..UNTIL` spans (see the module).
    pub days: Vec<String>,
    /// Whether the all-time view puts it there.
    pub all_time: bool,
}

/// A node's settled and withdrawn days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    /// When the node is met or withdrawn: a chain of preconditions stops there.
    pub settled: Spans,
    /// When the node is withdrawn or replaced by a newer position: it then
    /// blocks nothing.
    pub withdrawn: Spans,
    /// When the node is cancelled (format 1.2): an obstacle itself, and
    /// nothing below it counts then (`crate::standing`).
    pub cancelled: Spans,
}

/// Every node's timeline, by position: one pass over the edges for the
/// supersedes claims, then each node on its own.
pub fn timelines(graph: &Graph) -> Vec<Timeline> {
    let mut replaced: Vec<Vec<Interval>> = vec![Vec::new(); graph.node_count()];
    for e in graph.edge_indices() {
        let m = graph.meta(e);
        // One round a circle replaces nothing (Graph::is_circular).
        if m.relation == Relation::Supersedes && !graph.is_circular(e) {
            replaced[m.to.index()].push(super::visible_span(graph, e));
        }
    }
    graph
        .node_indices()
        .map(|n| timeline(graph, n, &replaced[n.index()]))
        .collect()
}

fn timeline(graph: &Graph, n: NodeIx, replaced: &[Interval]) -> Timeline {
    let base = graph.status(n);
    let history: &[(Date, Status)] = graph.facts(n).map_or(&[], |f| &f.history);
    // The status given the history's, then withdrawn while replaced.
    let replace = |status: Status, covered: bool| {
        if covered && status != Status::Met {
            Status::Withdrawn
        } else {
            status
        }
    };
    let all_time = replace(status_on(base, history, None), !replaced.is_empty());

    // The days where anything can change, in order: each change's day, and
    // each replacement's first day and the day after its last.
    // A loose date cuts at its span's first day (after its last, for an
    // end), as views read it; the spans are written as days.
    let mut cuts: Vec<Date> = history.iter().map(|&(day, _)| day.first_day()).collect();
    for span in replaced {
        cuts.extend(span.since.map(Date::first_day));
        cuts.extend(span.until.and_then(|u| next_day(u.last_day())));
    }
    cuts.sort_unstable();
    cuts.dedup();
    // Segment i runs from cut i-1 (or the beginning) to cut i (excluded).
    let mut segments: Vec<(Option<Date>, Option<Date>, Status)> = Vec::new();
    for i in 0..=cuts.len() {
        let start = i.checked_sub(1).map(|j| cuts[j]);
        let end = cuts.get(i).copied();
        // Before the first cut only a span open at its start reaches (one
        // with a first day starts at a cut); its last day, if any, is the day
        // before a cut, so it covers the whole segment.
        let covered = replaced.iter().any(|span| match start {
            None => span.since.is_none(),
            Some(day) => span.contains(day),
        });
        // Before the first cut no change has happened yet.
        let status = match start {
            None => base,
            Some(day) => status_on(base, history, Some(day)),
        };
        segments.push((start, end, replace(status, covered)));
    }
    let spans = |wanted: &dyn Fn(Status) -> bool, all_time: Status| Spans {
        days: merged(&segments, wanted),
        all_time: wanted(all_time),
    };
    Timeline {
        settled: spans(&|s| matches!(s, Status::Met | Status::Withdrawn), all_time),
        withdrawn: spans(&|s| s == Status::Withdrawn, all_time),
        cancelled: spans(&|s| s == Status::Cancelled, all_time),
    }
}

/// The segments whose status is wanted, neighbours joined, as spans.
fn merged(
    segments: &[(Option<Date>, Option<Date>, Status)],
    wanted: &dyn Fn(Status) -> bool,
) -> Vec<String> {
    let mut out: Vec<(Option<Date>, Option<Date>)> = Vec::new();
    for &(start, end, status) in segments {
        if !wanted(status) {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.1 == start => last.1 = end,
            _ => out.push((start, end)),
        }
    }
    out.into_iter()
        .map(|(start, end)| {
            format!(
                "{}..{}",
                start.map_or(BEFORE_ALL.to_owned(), |d| d.to_string()),
                end.map_or(AFTER_ALL.to_owned(), |d| d.to_string())
            )
        })
        .collect()
}

/// The day after `day`, if the calendar has one.
fn next_day(day: Date) -> Option<Date> {
    let text = day.to_string();
    let part = |r: std::ops::Range<usize>| text[r].parse::<u16>().ok();
    let (y, m, d) = (part(0..4)?, part(5..7)? as u8, part(8..10)? as u8);
    Date::new(y, m, d + 1)
        .or_else(|| Date::new(y, m + 1, 1))
        .or_else(|| Date::new(y.checked_add(1)?, 1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_day_after_crosses_months_and_years() {
        assert_eq!(next_day(d("2024-02-28")), Some(d("2024-02-29")));
        assert_eq!(next_day(d("2025-02-28")), Some(d("2025-03-01")));
        assert_eq!(next_day(d("2025-12-31")), Some(d("2026-01-01")));
    }

    #[test]
    fn spans_agree_with_the_view_on_every_day() {
        // c's history: met on the 3rd, open again on the 6th; b supersedes c
        // from the 5th to the 8th; a is met from its start.
        let doc = serde_json::json!({
            "negograph": 1.1, "title": "t", "sources": [],
            "nodes": [
                {"id": "a", "kind": "demand", "label": "A", "status": "met"},
                {"id": "b", "kind": "demand", "label": "B"},
                {"id": "c", "kind": "condition", "label": "C", "status_history": [
                    {"status": "met", "on": "2025-01-03"},
                    {"status": "open", "on": "2025-01-06"}]},
                {"id": "d", "kind": "demand", "label": "D", "status_history": [
                    {"status": "met", "on": "2025-01-03"},
                    {"status": "withdrawn", "on": "2025-01-06"}]},
            ],
            "edges": [
                {"from": "b", "relation": "supersedes", "to": "c", "since": "2025-01-05", "until": "2025-01-08"},
            ],
        });
        let text = serde_json::to_string(&doc).unwrap();
        let parsed = crate::load::parse_document("t", &text).unwrap();
        let g = Graph::from_document("t", parsed).unwrap();
        let lines = timelines(&g);
        let c = &lines[2];
        assert_eq!(
            c.settled.days,
            ["2025-01-03..2025-01-09"],
            "met 3-5, withdrawn 6-8"
        );
        assert_eq!(c.withdrawn.days, ["2025-01-06..2025-01-09"]);
        assert!(c.settled.all_time, "replaced, all time");
        assert_eq!(
            lines[3].withdrawn.days,
            ["2025-01-06..9999-99-99"],
            "withdrawn only from its change, though all time it is"
        );
        assert_eq!(lines[0].settled.days, ["0000-00-00..9999-99-99"]);
        assert!(lines[1].settled.days.is_empty());
        for day in 1..=10 {
            let day = d(&format!("2025-01-{day:02}"));
            let view = crate::view::View::new(
                &g,
                &crate::view::ViewSpec {
                    when: crate::view::When::On(day),
                    ..Default::default()
                },
            )
            .unwrap();
            for n in g.node_indices() {
                let inside = |spans: &Spans| {
                    let day = day.to_string();
                    spans.days.iter().any(|s| s[..10] <= *day && *day < s[12..])
                };
                assert_eq!(
                    inside(&lines[n.index()].settled),
                    view.is_settled(n),
                    "{day} {n:?}"
                );
                assert_eq!(
                    inside(&lines[n.index()].withdrawn),
                    view.is_withdrawn(n),
                    "{day} {n:?}"
                );
            }
        }
        let all = crate::view::View::everything(&g);
        for n in g.node_indices() {
            assert_eq!(lines[n.index()].settled.all_time, all.is_settled(n));
            assert_eq!(lines[n.index()].withdrawn.all_time, all.is_withdrawn(n));
        }
    }
}
