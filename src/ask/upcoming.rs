//! "What's next?", "any deadlines coming up?": the positions due on or
//! after the graph's newest source, by the day they are scheduled for or
//! the day their own name carries ("the strike deadline of January 15",
//! "meets Putin in Istanbul on Thursday"), read forward from that source,
//! each shown; with none, said over the whole record.

use super::dates::{self, Asks};
use super::plan::{Frame, Plan, each, none_recorded};
use super::words::words;
use crate::graph::{Graph, NodeIx};
use crate::model::{Date, month_number};
use crate::query::Query;

/// Phrases that ask what is still to come.
pub(super) const AHEAD: &[&str] = &[
    "what/whats * next",
    "come/coming up",
    "upcoming/forthcoming/looming/approaching/impending",
    "what * ahead",
    "lie/lies/lay ahead",
    "on * horizon/calendar",
    "scheduled",
];

/// The day a name carries, read forward from `newest` when it gives no
/// year: a weekday is the next such day, a month and day the next such
/// date. Only a day the name spells (a month or a weekday), never
/// "tomorrow", which is the report's and not the graph's.
fn named_day(name: &str, newest: Date) -> Option<Date> {
    let said = words(name);
    let found = dates::find(name, &said, newest)?;
    let Asks::Day { day, .. } = found.asks else {
        return None;
    };
    let spelled: Vec<&str> = said[found.words.clone()]
        .iter()
        .map(|w| w.text.as_str())
        .collect();
    let weekday = spelled
        .iter()
        .any(|w| crate::model::weekday_number(w).is_some());
    let month = spelled.iter().any(|w| month_number(w).is_some());
    let year = spelled
        .iter()
        .any(|w| w.len() == 4 && w.parse::<u16>().is_ok());
    if !(weekday || month) {
        return None;
    }
    let mut day = day;
    if !year && weekday {
        while day < newest {
            day = day.plus_days(7);
        }
    } else if !year && day < newest {
        let (y, m, d) = day.parts();
        day = Date::new(y + 1, m, d)?;
    }
    Some(day)
}

/// The positions due on or after `newest`, with their day, by day.
pub(super) fn due(g: &Graph, newest: Date) -> Vec<(NodeIx, Date)> {
    let mut found: Vec<(NodeIx, Date)> = g
        .node_indices()
        .filter(|&n| g.kind(n).is_position())
        .filter_map(|n| {
            let node = g.node(n);
            let scheduled = node.scheduled_on(g.status(n), Some(newest));
            let named = || {
                std::iter::once(g.label(n))
                    .chain(node.aliases.iter().map(String::as_str))
                    .find_map(|name| named_day(name, newest))
            };
            scheduled
                .or_else(named)
                .filter(|&d| d >= newest)
                .map(|d| (n, d))
        })
        .collect();
    found.sort_by_key(|&(n, d)| (d, n));
    found
}

/// "What's next?" with no name: each position due, shown, said; none due,
/// said over the whole record. `None` unless the question asks what is
/// to come and names nothing.
pub(super) fn upcoming(f: &Frame) -> Option<Plan> {
    if f.asks_if || !AHEAD.iter().any(|p| (f.says)(p)) {
        return None;
    }
    let g = f.graph;
    let newest = g.newest_source_date()?;
    let mut due = due(g, newest);
    // "Any deadlines coming up?" of a graph whose deadline is a name: the
    // due positions every name fits, or no reading here.
    if !f.names.is_empty() {
        due.retain(|(n, _)| f.names.iter().all(|nodes| nodes.contains(n)));
        if due.is_empty() {
            return None;
        }
    }
    let used: Vec<usize> = (0..f.names.len()).collect();
    // "Deadlines" with no node so named is a word of the question's, read.
    let words: Vec<String> = f
        .typed
        .iter()
        .filter(|w| matches!(w.as_str(), "deadline" | "deadlines"))
        .map(|w| super::words::stem(w))
        .collect();
    if due.is_empty() {
        let mut plan = none_recorded(&format!(
            "nothing in the graph is scheduled, or dated by its name, on or after {newest} (its newest source)"
        ));
        plan.words = words;
        return Some(plan);
    }
    if due.len() > super::MOST_READINGS {
        return None;
    }
    let said: Vec<String> = due
        .iter()
        .map(|&(n, d)| format!("{} ({d})", g.id(n)))
        .collect();
    let nodes: Vec<NodeIx> = due.iter().map(|&(n, _)| n).collect();
    Some(Plan {
        words,
        queries: each(&nodes, Query::Detail),
        used,
        notes: vec![format!(
            "read as what is due on or after {newest} (the newest source), by the day it is scheduled for or its name carries, read forward: {}",
            said.join(", ")
        )],
    })
}
