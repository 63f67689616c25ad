//! Random graphs of format 1.2 for the invariants across answers: parties
//! (some members speaking for others), issues, positions with statuses that
//! change on dated days (postponed and cancelled too), newer positions that
//! replace older ones, packages, and claims of every relation, dated by
//! their sources or their own `since` and `until`, some with an addressee.

use negograph::Graph;
use negograph::view::{View, ViewSpec, When};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::common;

/// The days statuses change and claims start or end on; the views are
/// asked on each of them, the day before the first and a day after the last.
pub const DAYS: [&str; 4] = ["2025-03-02", "2025-03-05", "2025-03-09", "2025-03-12"];

/// Every day the invariants are checked on, all time last (`None`).
pub fn whens() -> Vec<When> {
    [
        "2025-03-01",
        DAYS[0],
        DAYS[1],
        DAYS[2],
        DAYS[3],
        "2025-03-20",
    ]
    .iter()
    .map(|d| When::On(d.parse().unwrap()))
    .chain([When::AllTime])
    .collect()
}

/// The views of `g` on every day of [`whens`].
pub fn views(g: &Graph) -> Vec<View<'_>> {
    whens()
        .into_iter()
        .map(|when| {
            View::new(
                g,
                &ViewSpec {
                    when,
                    ..ViewSpec::all_time()
                },
            )
            .unwrap()
        })
        .collect()
}

const STATUSES: [&str; 5] = ["open", "met", "withdrawn", "postponed", "cancelled"];

/// Days positions are scheduled for, after every day of [`DAYS`].
const LATER: [&str; 2] = ["2025-03-15", "2025-03-18"];

/// One position: kind (0 demand, 1 condition, 2 proposal), base status,
/// actor, dated status changes (day index, status, scheduled day), issue
/// and quantity, first day and scheduled day (indices of [`DAYS`], [`LATER`]).
#[derive(Clone, Debug)]
pub struct Position {
    kind: u8,
    status: u8,
    actor: Option<usize>,
    history: Vec<(usize, u8, Option<usize>)>,
    issue: Option<(usize, u8)>,
    since: Option<usize>,
    scheduled: Option<usize>,
}

/// A random graph: parties a0.., issues i0.., positions p0.., sources s0..
/// dated on [`DAYS`], and claims.
#[derive(Clone, Debug)]
pub struct Random {
    parties: usize,
    issues: usize,
    positions: Vec<Position>,
    members: Vec<(usize, usize)>,
    /// (kind, i, j, k, l, source, since, until) over positions i, j,
    /// parties k, l; source, since and until index [`DAYS`] (4: none).
    edges: Vec<Claim>,
}

/// A claim: (kind, i, j, k, l, source, since, until), as [`Random::edges`].
type Claim = (u8, usize, usize, usize, usize, usize, usize, usize);

fn position(parties: usize, issues: usize) -> impl Strategy<Value = Position> {
    (
        0u8..3,
        prop_oneof![5 => Just(0u8), 1 => 1u8..5],
        proptest::option::weighted(0.7, 0..parties),
        proptest::collection::vec(
            (
                0usize..4,
                0u8..5,
                proptest::option::weighted(0.3, 0usize..2),
            ),
            0..3,
        ),
        proptest::option::weighted(0.5, (0..issues, 0u8..4)),
        proptest::option::weighted(0.15, 0usize..4),
        proptest::option::weighted(0.2, 0usize..2),
    )
        .prop_map(
            |(kind, status, actor, history, issue, since, scheduled)| Position {
                kind,
                status,
                actor,
                history,
                issue,
                since,
                scheduled,
            },
        )
}

/// A strategy for [`Random`].
pub fn random() -> impl Strategy<Value = Random> {
    (2usize..=5, 1usize..=2, 2usize..=6).prop_flat_map(|(k, issues, n)| {
        (
            proptest::collection::vec(position(k, issues), n),
            proptest::collection::vec((0..k, 0..k), 0..3),
            proptest::collection::vec(
                (
                    0u8..20,
                    0..n,
                    0..n,
                    0..k,
                    0..k,
                    0usize..4,
                    prop_oneof![3 => Just(4usize), 1 => 0usize..4],
                    prop_oneof![4 => Just(4usize), 1 => 0usize..4],
                ),
                0..18,
            ),
        )
            .prop_map(move |(positions, members, edges)| Random {
                parties: k,
                issues,
                positions,
                members,
                edges,
            })
    })
}

const QUANTITIES: [&str; 4] = ["10-20 days", "30 days", "at least 25 days", "15 days"];

fn node(r: &Random, i: usize) -> Value {
    let p = &r.positions[i];
    let kind = ["demand", "condition", "proposal"][p.kind as usize];
    let mut node = json!({"id": format!("p{i}"), "kind": kind, "label": format!("P{i}"),
                          "status": STATUSES[p.status as usize]});
    if let Some(a) = p.actor {
        node["actor"] = json!(format!("a{a}"));
    }
    if let Some((issue, q)) = p.issue.filter(|_| p.kind != 2) {
        node["issue"] = json!(format!("i{issue}"));
        node["quantity"] = json!(QUANTITIES[q as usize]);
    }
    let pending = |s: u8| s == 0 || s == 3;
    if let Some(d) = p.since {
        node["since"] = json!(DAYS[d]);
    }
    if let Some(d) = p.scheduled.filter(|_| pending(p.status)) {
        node["scheduled"] = json!(LATER[d]);
    }
    // Dated changes in day order, one a day, none before the first day.
    let mut history = p.history.clone();
    history.retain(|&(d, _, _)| p.since.is_none_or(|s| d >= s));
    history.sort_by_key(|&(d, _, _)| d);
    history.dedup_by_key(|&mut (d, _, _)| d);
    if !history.is_empty() {
        node["status_history"] = history
            .iter()
            .map(|&(d, s, on)| {
                let mut change = json!({"status": STATUSES[s as usize], "on": DAYS[d]});
                if let Some(later) = on.filter(|_| pending(s)) {
                    change["scheduled"] = json!(LATER[later]);
                }
                change
            })
            .collect();
    }
    node
}

/// The graph as a format 1.2 document.
pub fn to_doc(r: &Random) -> Value {
    let mut nodes: Vec<Value> = (0..r.parties)
        .map(|k| json!({"id": format!("a{k}"), "kind": "party", "label": format!("A{k}")}))
        .collect();
    nodes.extend(
        (0..r.issues)
            .map(|i| json!({"id": format!("i{i}"), "kind": "issue", "label": format!("I{i}")})),
    );
    nodes.extend((0..r.positions.len()).map(|i| node(r, i)));
    let kind = |i: usize| r.positions[i].kind;
    let mut edges: Vec<Value> = Vec::new();
    for &(m, p) in &r.members {
        if m != p {
            edges.push(
                json!({"from": format!("a{m}"), "relation": "member_of", "to": format!("a{p}"),
                              "source": "s0", "quote": "q"}),
            );
        }
    }
    for &(kind_of, i, j, k, l, source, since, until) in &r.edges {
        let (p, q, a, b) = (
            format!("p{i}"),
            format!("p{j}"),
            format!("a{k}"),
            format!("a{l}"),
        );
        let mut e = match kind_of {
            0 if k != l => json!({"from": a, "relation": "demands", "to": q, "addressee": b}),
            0 | 1 => json!({"from": a, "relation": "demands", "to": q}),
            2 if k != l => json!({"from": a, "relation": "proposes", "to": q, "addressee": b}),
            3 => json!({"from": a, "relation": "supports", "to": q}),
            4 => json!({"from": a, "relation": "accepts", "to": q}),
            5 => json!({"from": a, "relation": "rejects", "to": q}),
            6 if i != j => json!({"from": a, "relation": "counters", "to": q, "with": p}),
            6 => json!({"from": a, "relation": "counters", "to": q}),
            7 => json!({"from": a, "relation": "ignores", "to": q}),
            8 => json!({"from": a, "relation": "considers", "to": q}),
            9 => json!({"from": a, "relation": "takes_part_in", "to": q}),
            10 => json!({"from": a, "relation": "mediates", "to": q}),
            11 if k != l => {
                json!({"from": a, "relation": "threatens", "to": q, "target": b, "addressee": b})
            }
            12 | 13 => json!({"from": p, "relation": "conditions_on", "to": q, "by": a}),
            14 if i != j => json!({"from": p, "relation": "excludes", "to": q, "by": a}),
            15 if kind(j) == 2 && kind(i) != 2 => {
                json!({"from": p, "relation": "part_of", "to": q})
            }
            16 => json!({"from": p, "relation": "blocks", "to": q, "by": a}),
            17 => json!({"from": a, "relation": "blocks", "to": q}),
            18 if i != j && kind(i) == kind(j) => {
                json!({"from": p, "relation": "supersedes", "to": q})
            }
            19 => json!({"from": a, "relation": "rejects", "to": q}),
            2 => json!({"from": a, "relation": "proposes", "to": q}),
            _ => continue,
        };
        e["source"] = json!(format!("s{source}"));
        e["quote"] = json!("q");
        if since < 4 {
            e["since"] = json!(DAYS[since]);
        }
        if until < 4 && (since == 4 || until >= since) {
            e["until"] = json!(DAYS[until]);
        }
        edges.push(e);
    }
    let sources: Vec<Value> = (0..4)
        .map(|s| json!({"id": format!("s{s}"), "title": format!("S{s}"), "date": DAYS[s]}))
        .collect();
    json!({"negograph": 1.2, "title": "random", "sources": sources, "nodes": nodes, "edges": edges})
}

/// The graph of `r`, loaded and checked as the command loads a file.
pub fn graph(r: &Random) -> Graph {
    common::graph(&to_doc(r))
}

/// The positions (demands, conditions, proposals) of `g`.
pub fn positions(g: &Graph) -> Vec<negograph::NodeIx> {
    g.node_indices()
        .filter(|&n| g.kind(n).is_position())
        .collect()
}

/// The parties of `g`.
pub fn parties(g: &Graph) -> Vec<negograph::NodeIx> {
    g.node_indices()
        .filter(|&n| g.kind(n) == negograph::model::NodeKind::Party)
        .collect()
}
