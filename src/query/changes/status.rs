//! The status changes in a window, as views see statuses: the dated
//! changes of a position's `status_history`, its start with the day it is
//! scheduled for, and a replacement (`supersedes`) beginning or ending.

use std::collections::HashMap;

use super::{Cause, Edges, Scope, StatusChange};
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{Date, Interval, Lenient, Status};

/// The status changes of the positions in scope, as views see statuses:
/// each day in the window on which a node's status differs from the day
/// before, found among the days something could change it (a dated status,
/// a replacement beginning or ending). Linear in the nodes with dated
/// statuses and the `supersedes` edges.
pub(super) fn status_changes(
    g: &Graph,
    scope: &Scope,
    replacing: &[(NodeIx, EdgeIx, Interval)],
    from: Option<Date>,
    to: Option<Date>,
) -> Vec<StatusChange> {
    let mut by_node: Vec<(NodeIx, Vec<(EdgeIx, Interval)>)> = Vec::new();
    let mut at: HashMap<NodeIx, usize> = HashMap::new();
    for (n, _) in g.nodes_with_facts() {
        at.insert(n, by_node.len());
        by_node.push((n, Vec::new()));
    }
    for &(old, e, held) in replacing {
        let i = *at.entry(old).or_insert_with(|| {
            by_node.push((old, Vec::new()));
            by_node.len() - 1
        });
        by_node[i].1.push((e, held));
    }
    let mut out = Vec::new();
    for (n, replaced) in &by_node {
        let n = *n;
        if !scope.node(n) {
            continue;
        }
        let history = g.facts(n).map_or(&[][..], |f| &f.history[..]);
        let mut days: Vec<Date> = history.iter().map(|&(d, _)| d).collect();
        let start = g.node(n).scheduled().and(g.node_time(n).since);
        days.extend(start);
        for (_, held) in replaced {
            days.extend(held.since);
            days.extend(held.until.map(Date::next_day));
        }
        let edges = Edges { from, to };
        days.retain(|&d| edges.may_start(d));
        days.sort_unstable();
        days.dedup();
        let state = |history: &[(Date, Status)], day: Option<Date>| {
            let status = status_at(g, n, history, replaced, day);
            (status, scheduled_at(g, n, status, day))
        };
        // The baseline leaves out the changes the window lists: a change
        // dated only to a month, year or week that overlaps the window may
        // fall in it, and is listed with that caveat (the rule for claims,
        // `Edges::may_start`), even when its span begins on or before
        // `from` (a view on `from` counts it as made from its span's first
        // day, and it would be no change against itself).
        let before_window: Vec<(Date, Status)> = history
            .iter()
            .copied()
            .filter(|&(d, _)| !edges.may_start(d))
            .collect();
        let mut before = state(&before_window, from);
        for day in days {
            let (now, scheduled) = state(history, Some(day));
            if (now, scheduled) == before {
                continue;
            }
            let entry = g
                .node(n)
                .status_history()
                .iter()
                .find(|c| c.on.known() == Some(day) && c.status.known() == Some(now));
            let by = replaced
                .iter()
                .find(|(_, held)| held.contains(day))
                .map(|&(e, _)| g.id(g.meta(e).from).to_owned());
            let cause = match (entry, &by) {
                (Some(_), _) => Cause::History,
                (None, _) if now == before.0 && start == Some(day) => Cause::Start,
                (None, Some(_)) => Cause::Replaced,
                (None, None) => Cause::Restored,
            };
            out.push(StatusChange {
                on: day,
                date_note: edges.note(day, Edges::starts),
                id: g.id(n).to_owned(),
                kind: g.kind(n),
                label: g.label(n).to_owned(),
                from: before.0,
                to: now,
                scheduled,
                scheduled_before: before.1,
                cause,
                replaced_by: if cause == Cause::Replaced { by } else { None },
                source: entry.and_then(|c| c.source.clone()),
                quote: entry.and_then(|c| c.quote.clone()),
                note: entry.and_then(|c| c.note.clone()),
                ix: n,
            });
            before = (now, scheduled);
        }
    }
    out
}

/// The day node `n` is scheduled for on `day` with `status` (format 1.2):
/// none before its first day, so that a `since` dates the schedule it
/// starts with; `None` is the beginning of time.
fn scheduled_at(g: &Graph, n: NodeIx, status: Status, day: Option<Date>) -> Option<Date> {
    let node = g.node(n);
    let since = g.node_time(n).since;
    match day {
        None if since.is_some() => None,
        Some(d) if since.is_some_and(|s| d < s) => None,
        // Before any dated change: what the node starts with.
        None => node
            .scheduled()
            .and_then(Lenient::known)
            .filter(|_| status.is_pending()),
        Some(d) => node.scheduled_on(status, Some(d)),
    }
}

/// A node's status on `day` as a view sees it: its dated `history`, then
/// withdrawn while a newer position replaces it (unless met). `None` is the
/// beginning of time: no dated change yet, replacements without a start.
fn status_at(
    g: &Graph,
    n: NodeIx,
    history: &[(Date, Status)],
    replaced: &[(EdgeIx, Interval)],
    day: Option<Date>,
) -> Status {
    let status = match day {
        Some(day) => crate::view::status_on(g.status(n), history, Some(day)),
        None => g.status(n),
    };
    let holds = |held: &Interval| match day {
        Some(day) => held.contains(day),
        None => held.since.is_none(),
    };
    if status != Status::Met && replaced.iter().any(|(_, held)| holds(held)) {
        Status::Withdrawn
    } else {
        status
    }
}
