//! What changed in the positions between two days: claims that began to hold,
//! claims that stopped, dated changes of status, and claims that did not
//! begin in the window but were reported in it.
//!
//! A claim (an edge) holds on the days of its own dates and of its nodes' and
//! its holder's (as a view sees it: a view on a day shows the edge exactly when
//! that day is in all of them). Between `from` and `to`:
//!
//! - **added**: the first day it holds is after `from` and no later than `to`
//!   (a view on `from` lacks it, a view on its first day has it);
//! - **removed**: the last day it holds is on or after `from` and before `to`;
//! - **status**: each day after `from` and no later than `to` on which a
//!   position's status differs from the day before, as views see statuses:
//!   a dated change (`status_history`), or a position replaced by a newer
//!   one (`supersedes`: withdrawn while the newer one holds, unless met);
//! - **evidence**: a claim not added in the window (it gives no day it
//!   began, or began before) that cites a source published after `from` and
//!   no later than `to`, on a day it holds, once for each such day, naming
//!   that day's sources (`first_reported` when no source of it is older or
//!   undated); a claim reported and then ended in the window is listed
//!   under both.
//!
//! With a party, only the claims it holds, makes or is the target of, and the
//! status of positions it holds a claim on or must act for; around a node,
//! only the claims touching it and the status of it and its neighbours.
//!
//! One pass over the edges and one over the nodes with dated statuses: linear
//! in the graph.

mod status;

use crate::args::Opt;

use serde::Serialize;

use super::evidence::Link;
use crate::error::{Error, Result};
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{Date, End, Interval, NodeKind, Relation, Status};

/// A claim that began or stopped holding, with the day it did.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimChange {
    /// For `added`, the first day the claim holds; for `removed`, the last.
    /// As written: a month or year when the claim is dated no closer.
    pub on: Date,
    /// For `removed`, when `on` is a day: the first day the claim no longer
    /// holds (the day after `on`), the day it ended on. A claim `until` D
    /// still holds on D, so answers date its ending by this day, never by D,
    /// which a window ending on D would not reach. `None` for `added`, and
    /// for an end dated only to a month, year or week (its `date_note` says
    /// so; the day it stopped holding may fall anywhere in that span).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended_on: Option<Date>,
    /// When `on` is only a month, year or week, or a day inferred from a
    /// source's words: that in words, and whether it may fall outside the
    /// window ("dated only to March 2025; it may fall on or before 2025-03-10").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    /// The claim (`from`, `relation`, `to` and the rest of a `LINK`, flattened
    /// into the item).
    #[serde(flatten)]
    pub link: Link,
}

/// Why a status changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// A dated entry of the node's `status_history`.
    History,
    /// A newer position replaced it (`supersedes`).
    Replaced,
    /// The position replacing it stopped holding.
    Restored,
    /// Its first day (`since`), with the day it is scheduled for from its
    /// start (`scheduled`, format 1.2).
    Start,
}

/// A position's status changed.
#[derive(Clone, Debug, Serialize)]
pub struct StatusChange {
    /// The first day of the new status (a month or year when the history
    /// dates it no closer).
    pub on: Date,
    /// As [`ClaimChange::date_note`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    /// The position's id.
    pub id: String,
    /// Its kind.
    pub kind: NodeKind,
    /// Its label.
    pub label: String,
    /// The status the day before.
    pub from: Status,
    /// The status from `on`.
    pub to: Status,
    /// The day it is scheduled for from `on`, while it is pending (open or
    /// postponed) and a day is known (format 1.2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled: Option<Date>,
    /// The day it was scheduled for the day before, if any: a postponement
    /// keeps both (format 1.2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled_before: Option<Date>,
    /// Why it changed: `history`, `replaced` or `restored`.
    pub cause: Cause,
    /// For a replaced position: the one replacing it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
    /// The source that reports the change, for a dated `status_history` entry
    /// that cites one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The words of that source, when the `status_history` entry quotes them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The `status_history` entry's note, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The position's node, for drawing; not in the JSON.
    #[serde(skip)]
    pub ix: NodeIx,
}

/// A claim that kept holding and was reported in the window: one for each
/// day a source citing it was published ([`Graph::reports`]).
#[derive(Clone, Debug, Serialize)]
pub struct Evidence {
    /// The publication day of the sources.
    pub on: Date,
    /// As [`ClaimChange::date_note`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    /// No source of it was published before this day (or is undated):
    /// this is when it was first reported.
    pub first_reported: bool,
    /// The sources published on that day that cite it.
    pub new_sources: Vec<String>,
    /// The claim (`from`, `relation`, `to` and the rest of a `LINK`, flattened
    /// into the item).
    #[serde(flatten)]
    pub link: Link,
}

/// The answer to "what changed between D1 and D2?".
#[derive(Clone, Debug, Serialize)]
pub struct Changes {
    /// The day compared from (`None` in a timeline: from the beginning).
    pub from: Option<Date>,
    /// The day compared to (`None` in a timeline: to the end).
    pub to: Option<Date>,
    /// Only this party's claims and positions, if asked.
    pub party: Option<String>,
    /// Only what touches this node, if asked.
    pub around: Option<String>,
    /// Claims that began to hold, by `on` (their first day), in file order
    /// within a day.
    pub added: Vec<ClaimChange>,
    /// Claims that stopped holding, by `on` (their last day), in file order
    /// within a day.
    pub removed: Vec<ClaimChange>,
    /// Changes of a position's status, by `on`, in file order within a day.
    pub status: Vec<StatusChange>,
    /// Claims reported in the window (not begun in it), by `on`, in file order within a day.
    pub evidence: Vec<Evidence>,
}

/// Two days to compare, the first no later than the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    from: Date,
    to: Date,
    /// The later day is the graph's newest source date, settled when the
    /// query meets its graph ([`Window::settled`]).
    to_newest: bool,
}

impl Window {
    /// The window after `from` up to `to`. A month or year is its whole
    /// span at either end, because a user asking `--from 2025-03 --to
    /// 2025-04` wants March and April: `from` starts the window on its
    /// first day (so the day before it is the one compared with) and `to`
    /// ends it on its last day, as a view reads a month asked for
    /// (`--as-of 2025-04` is the end of April). That window is the one
    /// after 2025-02-28 up to 2025-04-30, with the same answer as those days
    /// written out.
    ///
    /// # Errors
    ///
    /// [`Error::Usage`] when `from` is after `to`, with the two swapped as
    /// the suggestion.
    pub fn new(from: Date, to: Date) -> Result<Window> {
        let (from, to) = (start_of(from), to.last_day());
        if from > to {
            return Err(Error::Usage(format!(
                "{f} {from} is after {t} {to}; changes compares an earlier day with a later one, e.g. {f} {to} {t} {from}",
                f = Opt::From,
                t = Opt::To
            )));
        }
        Ok(Window {
            from,
            to,
            to_newest: false,
        })
    }

    /// The window after `from` up to the graph's newest source date, as
    /// every view's day defaults to it; [`Window::settled`] fixes that day
    /// once the graph is known.
    pub fn up_to_newest(from: Date) -> Window {
        let from = start_of(from);
        Window {
            from,
            to: from,
            to_newest: true,
        }
    }

    /// The window with its later day fixed: `newest`, the graph's newest
    /// source date, when it was to be that day.
    ///
    /// # Errors
    ///
    /// [`Error::Usage`] when the later day is the newest source's and the
    /// graph dates no source, or `from` is after it.
    pub fn settled(self, newest: Option<Date>) -> Result<Window> {
        if !self.to_newest {
            return Ok(self);
        }
        let Some(to) = newest else {
            return Err(Error::Usage(format!(
                "{t} defaults to the newest source's date, and no source of this graph has a date; give {t} DATE",
                t = Opt::To
            )));
        };
        if self.from > to {
            return Err(Error::Usage(format!(
                "{f} {from} is after the newest source's date {to}, the default {t}: nothing the graph records is later; give an earlier {f}, or {t} DATE",
                f = Opt::From,
                t = Opt::To,
                from = self.from
            )));
        }
        Window::new(self.from, to)
    }

    /// The earlier day: what held then is the baseline.
    pub fn from(&self) -> Date {
        self.from
    }

    /// The later day.
    pub fn to(&self) -> Date {
        self.to
    }
}

/// What changed after `from` up to `to`, for one party or around one node
/// when given.
///
/// # Errors
///
/// [`Error::Usage`] when `from` is after `to`, as [`Window::new`].
pub fn changes(
    graph: &Graph,
    from: Date,
    to: Date,
    party: Option<NodeIx>,
    around: Option<NodeIx>,
) -> Result<Changes> {
    Ok(changes_in(graph, Window::new(from, to)?, party, around))
}

/// What changed in `window`, for one party or around one node when given.
pub fn changes_in(
    graph: &Graph,
    window: Window,
    party: Option<NodeIx>,
    around: Option<NodeIx>,
) -> Changes {
    between(graph, Some(window.from), Some(window.to), party, around)
}

/// Every dated change in the graph, from the beginning to the end, for one
/// party when given: the same lists as [`changes`], unbounded.
pub fn timeline(graph: &Graph, party: Option<NodeIx>) -> Changes {
    between(graph, None, None, party, None)
}

/// The day a window starting at `from` compares with: `from` itself for a
/// day, the day before its first day for a month, year or week, so the
/// whole span falls after it, inside the window.
fn start_of(from: Date) -> Date {
    if from.is_day() {
        from.last_day()
    } else {
        from.first_day().plus_days(-1)
    }
}

/// The changes in the window after `from` up to `to` (either end open).
fn between(
    graph: &Graph,
    from: Option<Date>,
    to: Option<Date>,
    party: Option<NodeIx>,
    around: Option<NodeIx>,
) -> Changes {
    let g = graph;
    let edges = Edges { from, to };
    let in_window = |d: Date| edges.may_start(d);
    let published = g.dated_sources();
    // Without a source published in the window, no claim is reported.
    let any_fresh = published.values().any(|&d| in_window(d));
    let scope = Scope::new(g, party, around);
    let mut answer = Changes {
        from,
        to,
        party: party.map(|p| g.id(p).to_owned()),
        around: around.map(|n| g.id(n).to_owned()),
        added: Vec::new(),
        removed: Vec::new(),
        status: Vec::new(),
        evidence: Vec::new(),
    };
    // (replaced position, supersedes edge, the days that edge holds)
    let mut replacing: Vec<(NodeIx, EdgeIx, Interval)> = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        let in_scope = scope.edge(g, e);
        if !in_scope && m.relation != Relation::Supersedes {
            continue;
        }
        let mut held = m.time;
        for n in [Some(m.from), Some(m.to), m.by].into_iter().flatten() {
            held = held.meet(g.node_time(n));
        }
        // One round a circle replaces nothing (Graph::is_circular).
        if m.relation == Relation::Supersedes && !g.is_circular(e) {
            replacing.push((m.to, e, held));
        }
        if !in_scope || held.is_empty() {
            continue;
        }
        let added = held.since.filter(|&s| in_window(s));
        let removed = held.until.filter(|&u| edges.may_end(u));
        if let Some(on) = added {
            answer.added.push(ClaimChange {
                on,
                ended_on: None,
                date_note: edges.note(on, Edges::starts),
                link: Link::new(g, e),
            });
        }
        if let Some(on) = removed {
            answer.removed.push(ClaimChange {
                on,
                ended_on: on.is_day().then(|| on.next_day()),
                date_note: edges.note(on, Edges::ends),
                link: Link::new(g, e),
            });
        }
        // Reported: a claim giving no day it began, cited by a source of
        // the window on a day it holds (one that ended later in the window,
        // or later in a timeline, was still reported then).
        if !any_fresh || added.is_some() {
            continue;
        }
        // Most claims cite no source of the window: look no further.
        let fresh_day = |d: Date| in_window(d) && held.contains(d);
        if !g.edge(e).citations().any(|c| {
            c.source
                .and_then(|s| published.get(&**s).copied())
                .is_some_and(fresh_day)
        }) {
            continue;
        }
        // Each day a source of the window reported it is its own entry
        // (Graph::reports): a later source never reports on an earlier day,
        // wherever the window starts.
        let reports = g.reports(e, &published);
        let first = reports.first();
        for day in reports.days.iter().filter(|r| fresh_day(r.on)) {
            answer.evidence.push(Evidence {
                on: day.on,
                date_note: edges.note(day.on, Edges::starts),
                first_reported: !reports.undated && first == Some(day.on),
                new_sources: day.sources.iter().map(|&s| s.to_owned()).collect(),
                link: Link::new(g, e),
            });
        }
    }
    answer.status = status::status_changes(g, &scope, &replacing, from, to);
    // Date order; within a day, claims without a `seq` in file order, then
    // those with one by it (sorting is stable).
    answer.added.sort_by_key(|c| (c.on, c.link.seq));
    answer.removed.sort_by_key(|c| (c.on, c.link.seq));
    answer.status.sort_by_key(|c| (c.on, c.ix));
    answer.evidence.sort_by_key(|c| (c.on, c.link.seq));
    answer
}

/// Whether `d`'s span and the days from `lo` to `hi` (inclusive; `None`
/// open) share a day.
fn overlap(d: Date, lo: Option<Date>, hi: Option<Date>) -> bool {
    let first = lo.map_or(d.first_day(), |lo| lo.max(d.first_day()));
    let last = hi.map_or(d.last_day(), |hi| hi.min(d.last_day()));
    first <= last
}

/// A window's ends, and how a loosely dated day (a month, a year, a week)
/// falls in it. Such a day is listed when it may fall in the window (its
/// span overlaps it), with a note saying so when it may also fall outside.
#[derive(Clone, Copy)]
struct Edges {
    from: Option<Date>,
    to: Option<Date>,
}

impl Edges {
    /// Whether a claim starting on `d` surely starts in the window (after
    /// `from`, no later than `to`).
    fn starts(self, d: Date) -> bool {
        self.from.is_none_or(|f| d.first_day() > f.last_day())
            && self.to.is_none_or(|t| d.last_day() <= t.first_day())
    }

    /// Whether a claim last holding on `d` surely stops in the window (its
    /// last day on or after `from`, before `to`).
    fn ends(self, d: Date) -> bool {
        self.from.is_none_or(|f| d.first_day() >= f.last_day())
            && self.to.is_none_or(|t| d.last_day() < t.first_day())
    }

    /// Whether some day of `d`'s span is after `from` and no later than
    /// `to`: a claim starting on `d` may start in the window.
    fn may_start(self, d: Date) -> bool {
        let lo = self.from.map(Date::next_day);
        let hi = self.to.map(Date::last_day);
        overlap(d, lo, hi)
    }

    /// Whether some day of `d`'s span is on or after `from` and before
    /// `to`: a claim last holding on `d` may stop in the window.
    fn may_end(self, d: Date) -> bool {
        let lo = self.from.map(Date::first_day);
        let hi = self.to.map(|t| t.first_day().plus_days(-1));
        overlap(d, lo, hi)
    }

    /// `d`'s note in this window: what it is dated to, and that it may fall
    /// outside when `surely` (starts or ends) does not hold.
    fn note(self, d: Date, surely: fn(Edges, Date) -> bool) -> Option<String> {
        let mut note = d.loose_words()?;
        if !surely(self, d) {
            let window = match (self.from, self.to) {
                (Some(f), Some(t)) => format!("after {f}, up to {t}"),
                (Some(f), None) => format!("after {f}"),
                (None, Some(t)) => format!("up to {t}"),
                (None, None) => String::new(),
            };
            if !window.is_empty() {
                note.push_str(&format!("; it may fall outside the window ({window})"));
            }
        }
        Some(note)
    }
}

/// Which claims and positions an answer is narrowed to.
struct Scope {
    party: Option<NodeIx>,
    /// With a party: whom each member speaks for on a claim's day, so that
    /// a member's claim is the party's, as in every other answer.
    members: crate::model::Memberships<NodeIx>,
    around: Option<NodeIx>,
    /// With a party: the positions it holds a claim on or must act for.
    /// Around a node: it and its neighbours. Both: those in both.
    nodes: Option<Vec<bool>>,
}

impl Scope {
    fn new(g: &Graph, party: Option<NodeIx>, around: Option<NodeIx>) -> Scope {
        let mut scope = Scope {
            party,
            members: if party.is_some() {
                g.memberships()
            } else {
                crate::model::Memberships::default()
            },
            around,
            nodes: None,
        };
        if party.is_none() && around.is_none() {
            return scope;
        }
        let n = g.node_count();
        let mut of_party = vec![party.is_none(); n];
        let mut near = vec![around.is_none(); n];
        if let Some(a) = around {
            near[a.index()] = true;
        }
        for e in g.edge_indices() {
            let m = g.meta(e);
            if let Some(p) = party
                && scope.held_for(g, e, p)
            {
                of_party[m.from.index()] = true;
                of_party[m.to.index()] = true;
            }
            if let Some(a) = around {
                if m.from == a {
                    near[m.to.index()] = true;
                }
                if m.to == a {
                    near[m.from.index()] = true;
                }
            }
        }
        if let Some(p) = party {
            for (x, facts) in g.nodes_with_facts() {
                if facts.actors.contains(&p) {
                    of_party[x.index()] = true;
                }
            }
        }
        scope.nodes = Some(
            of_party
                .into_iter()
                .zip(near)
                .map(|(a, b)| a && b)
                .collect(),
        );
        scope
    }

    /// Whether claim `e` is held by party `p` or by a member speaking for
    /// `p` on the claim's first day (the day decides whose stand a claim
    /// is, as views and `check` read it).
    fn held_for(&self, g: &Graph, e: EdgeIx, p: NodeIx) -> bool {
        let Some(holder) = g.holder(e) else {
            return false;
        };
        holder == p
            || (g.meta(e).relation != Relation::MemberOf
                && self.members.party_on(holder, g.meta(e).time.since) == Some(p))
    }

    fn node(&self, n: NodeIx) -> bool {
        self.nodes.as_ref().is_none_or(|nodes| nodes[n.index()])
    }

    /// Whether a claim is the party's (held, made by or aimed at it) and
    /// touches the node (as an end, holder, target, trigger or counter-offer).
    fn edge(&self, g: &Graph, e: EdgeIx) -> bool {
        if self.party.is_none() && self.around.is_none() {
            return true;
        }
        let m = g.meta(e);
        let edge = g.edge(e);
        let is = |n: NodeIx, end: Option<End<'_>>| end == Some(End::Node(n.index() as u32));
        let party_ok = self.party.is_none_or(|p| {
            self.held_for(g, e, p) || m.from == p || m.to == p || is(p, edge.target())
        });
        let around_ok = self.around.is_none_or(|a| {
            m.from == a
                || m.to == a
                || m.by == Some(a)
                || is(a, edge.target())
                || is(a, edge.trigger())
                || is(a, edge.with())
        });
        party_ok && around_ok
    }
}
