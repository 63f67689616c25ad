//! "You move first" / "no, you move first".
//!
//! A deadlock is a knot of the steps [`crate::standing`]'s tree takes down
//! from a position: a strongly connected group of `conditions_on` edges (X
//! needs Y needs ... needs X; a node that needs itself counts) and of
//! `part_of` edges read from the package to its term (a package needs its
//! terms), so that a term that needs its own package is a knot here as it is
//! in `blockers`: the steps are [`crate::standing::step`]'s, the tree's own.
//! An edge into a met node does not bind, so assuming a demand met
//! (`--assume`) can untie a knot. Knots come
//! from one strongly-connected-components pass (petgraph's Kosaraju, which
//! is iterative, so long chains cannot overflow the stack) over the binding
//! edges only; each is shown with one shortest cycle through its first node
//! and the parties whose conditions make it up.
//!
//! A conflict is a position that one party is for and another against, by
//! the sides [`crate::standing`] defines (for: demands, proposes, supports,
//! accepts; against: rejects, counters, ignores, or holding a position that
//! excludes it; a member's claim counts for its party), while it is still on
//! the table (not met, withdrawn or replaced by a newer one).

use std::collections::VecDeque;

use petgraph::graph::DiGraph;
use serde::Serialize;

use super::evidence::{Link, NodeRef};
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, Relation, Side};
use crate::view::{AsOfBasis, View};

/// One deadlock: positions that each wait, through binding preconditions,
/// on one another.
#[derive(Clone, Debug, Serialize)]
pub struct Knot {
    /// Every node of the knot, in file order.
    pub nodes: Vec<String>,
    /// One shortest cycle through the first node, starting and ending with it.
    pub cycle: Vec<String>,
    /// The parties holding the conditions inside the knot (their `by`, or
    /// the party a member `by` speaks for), in file order.
    pub parties: Vec<String>,
    /// The edges of `cycle`, in order.
    pub cycle_edges: Vec<Link>,
    /// `nodes` as indices, for callers that go on walking the graph (not in
    /// the JSON).
    #[serde(skip)]
    pub node_ix: Vec<NodeIx>,
}

/// One party's side in a [`Conflict`].
#[derive(Clone, Debug, Serialize)]
pub struct Stand {
    /// The id of the party the claim counts for.
    pub party: String,
    /// The member who made the claim, when a member spoke for its party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The relation that puts it on its side (`demands` ... `ignores`), or
    /// `excludes` when it holds an excluding position.
    pub relation: Relation,
    /// For `excludes`: the excluding position it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holding: Option<String>,
    /// The claim, with its citations: the party's first.
    pub link: Link,
    /// Its other claims taking the same stand (its own, or a member's for
    /// it), in file order: one party, one entry
    /// ([`crate::standing::one_entry_each`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<super::evidence::Also>,
}

impl Stand {
    /// A standing module's stand, as answers name it, with the other stands
    /// of its entry.
    pub fn new(view: &View, s: &crate::standing::Stand, more: &[&crate::standing::Stand]) -> Stand {
        let g = view.graph;
        Stand {
            party: g.id(s.party).to_owned(),
            speaker: s.speaker.map(|m| g.id(m).to_owned()),
            relation: s.relation,
            holding: s.holding.map(|(n, _)| g.id(n).to_owned()),
            link: Link::seen(view, s.edge),
            also: more
                .iter()
                .map(|o| super::evidence::Also::new(view, o.edge, o.speaker))
                .collect(),
        }
    }

    /// Stands on `on`, one entry per party and stand
    /// ([`crate::standing::one_entry_each`]).
    pub fn entries<'s>(
        view: &View,
        on: NodeIx,
        stands: impl IntoIterator<Item = &'s crate::standing::Stand>,
    ) -> Vec<Stand> {
        crate::standing::one_entry_each(stands, |s| s.key(on))
            .into_iter()
            .map(|(s, more)| Stand::new(view, s, &more))
            .collect()
    }
}

/// A position still on the table that one party wants and another opposes.
#[derive(Clone, Debug, Serialize)]
pub struct Conflict {
    /// The position disputed.
    pub target: NodeRef,
    /// Who demands or proposes it, in file order (`for` in the JSON).
    #[serde(rename = "for")]
    pub for_: Vec<Stand>,
    /// Who rejects or counters it, in file order.
    pub against: Vec<Stand>,
    /// The actors applying it, when it is a measure in force
    /// ([`crate::standing::applied_by`]): for it without a claim.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub applied_by: Vec<NodeRef>,
    /// The parties for it as a term of a package they are for
    /// ([`crate::standing::term_stands`]): for it without a claim on it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub as_term_of: Vec<super::evidence::AsTerm>,
}

/// The answer of `deadlocks`: every knot and every conflict in the view.
#[derive(Clone, Debug, Serialize)]
pub struct Deadlocks {
    /// The day the view looked at; `None` for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    /// The knots, in file order of their first node.
    pub deadlocks: Vec<Knot>,
    /// The conflicts, in file order of the position disputed.
    pub conflicts: Vec<Conflict>,
}

/// The binding steps out of `n` ([`crate::standing::steps_down`], the one
/// rule of a step: the tree below a position takes the same), each claim
/// with the node it needs, in file order.
fn steps_out(view: &View, n: NodeIx) -> Vec<(EdgeIx, NodeIx)> {
    crate::standing::steps_down(view, n)
        .into_iter()
        .map(|(e, to, _)| (e, to))
        .collect()
}

/// A claim's step in this view ([`crate::standing::step`]), as (the node
/// that needs, the node needed).
fn binding(view: &View, e: EdgeIx) -> Option<(NodeIx, NodeIx)> {
    crate::standing::step(view, e).map(|(from, to, _)| (from, to))
}

/// Every knot ([`knots`]) and conflict ([`conflicts`]) the view holds. Linear
/// in the graph's nodes and edges.
///
/// ```
/// use negograph::query::deadlocks::deadlocks;
/// use negograph::request::GraphSource;
/// use negograph::view::{View, ViewSpec};
///
/// let graph = GraphSource::builtin().load()?;
/// let answer = deadlocks(&View::new(&graph, &ViewSpec::default())?);
/// // No position waits on itself in the built-in graph, but Russia counters
/// // the 30-day ceasefire that Ukraine and the West demand.
/// assert!(answer.deadlocks.is_empty());
/// assert_eq!(answer.conflicts[0].target.id, "ceasefire-30d");
/// assert_eq!(answer.conflicts[0].against[0].party, "russia");
/// # Ok::<(), negograph::Error>(())
/// ```
pub fn deadlocks(view: &View) -> Deadlocks {
    Deadlocks {
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        deadlocks: knots(view),
        conflicts: conflicts(view),
    }
}

/// The knots of binding preconditions in the whole view, in file order of
/// their first node. Linear in the graph's nodes and edges.
pub fn knots(view: &View) -> Vec<Knot> {
    let g = view.graph;
    // Only binding edges can tie a knot. A graph of just those (a third of the
    // edges in a typical file) makes the components pass much cheaper than
    // running it over every edge through a filter, which Kosaraju's two passes
    // would call twice per edge. Node indices stay the graph's own.
    let mut steps: DiGraph<(), (), u32> = DiGraph::with_capacity(g.node_count(), 0);
    for _ in 0..g.node_count() {
        steps.add_node(());
    }
    for (from, to) in g.edge_indices().filter_map(|e| binding(view, e)) {
        steps.add_edge(from, to, ());
    }
    knots_of(view, petgraph::algo::kosaraju_scc(&steps))
}

/// The knots among `nodes`, a set closed under binding preconditions (every
/// binding `conditions_on` edge out of one of them leads to another, as the
/// nodes a blockers search reaches are): the work is linear in the set, not
/// in the graph.
pub fn knots_among(view: &View, nodes: &[NodeIx]) -> Vec<Knot> {
    let local: foldhash::HashMap<NodeIx, u32> = nodes
        .iter()
        .enumerate()
        .map(|(i, &n)| (n, i as u32))
        .collect();
    let mut binding: DiGraph<(), (), u32> = DiGraph::with_capacity(nodes.len(), 0);
    for _ in nodes {
        binding.add_node(());
    }
    for &n in nodes {
        for (_, to) in steps_out(view, n) {
            if let Some(&to) = local.get(&to) {
                binding.add_edge(
                    NodeIx::new(local[&n] as usize),
                    NodeIx::new(to as usize),
                    (),
                );
            }
        }
    }
    let comps = petgraph::algo::kosaraju_scc(&binding)
        .into_iter()
        .map(|comp| comp.into_iter().map(|c| nodes[c.index()]).collect())
        .collect();
    knots_of(view, comps)
}

/// The knots among strongly connected groups of binding edges: every group
/// of two or more, and a node that needs itself.
fn knots_of(view: &View, mut comps: Vec<Vec<NodeIx>>) -> Vec<Knot> {
    let g = view.graph;
    // Only the nodes of knots need a component number: single nodes without
    // a loop are dropped first, so that the work stays within the knots.
    comps.retain(|comp| comp.len() > 1 || self_loop(view, comp[0]));
    let mut comp_of: foldhash::HashMap<NodeIx, usize> = foldhash::HashMap::default();
    for (c, comp) in comps.iter_mut().enumerate() {
        comp.sort();
        for &n in comp.iter() {
            comp_of.insert(n, c);
        }
    }
    let inside = |e: EdgeIx| {
        binding(view, e).is_some_and(|(from, to)| {
            comp_of.contains_key(&from) && comp_of.get(&from) == comp_of.get(&to)
        })
    };
    let mut parent: foldhash::HashMap<NodeIx, EdgeIx> = foldhash::HashMap::default();
    let mut knots = Vec::new();
    for comp in &comps {
        let first = comp[0];
        // In a knot of several nodes, a node that also needs itself is not
        // the cycle shown: "A → A" beside "3 nodes" hides the knot's loop.
        let several = comp.len() > 1;
        let on_cycle = |e: EdgeIx| {
            inside(e) && !(several && binding(view, e).is_some_and(|(from, to)| from == to))
        };
        let cycle_edges = shortest_cycle(view, first, &on_cycle, &mut parent);
        let mut parties: Vec<NodeIx> = comp
            .iter()
            .flat_map(|&n| steps_out(view, n))
            .filter(|&(e, _)| inside(e))
            // The party a condition counts for (a member may have set it),
            // as the move that drops it names it (crate::standing).
            .filter_map(|(e, _)| g.meta(e).by.and(crate::standing::counts_for(view, e)))
            .map(|(party, _)| party)
            .collect();
        parties.sort();
        parties.dedup();
        let mut cycle = vec![g.id(first).to_owned()];
        cycle.extend(
            cycle_edges
                .iter()
                .filter_map(|&e| crate::standing::needs(view, e))
                .map(|(_, to, _)| g.id(to).to_owned()),
        );
        knots.push(Knot {
            nodes: comp.iter().map(|&n| g.id(n).to_owned()).collect(),
            cycle,
            parties: parties.iter().map(|&p| g.id(p).to_owned()).collect(),
            cycle_edges: cycle_edges.iter().map(|&e| Link::seen(view, e)).collect(),
            node_ix: comp.clone(),
        });
    }
    knots.sort_by_key(|k| k.node_ix[0]);
    knots
}

/// Whether a node needs itself through a binding edge.
fn self_loop(view: &View, n: NodeIx) -> bool {
    steps_out(view, n).iter().any(|&(_, to)| to == n)
}

/// The shortest cycle from `start` back to itself over edges inside its knot.
/// Touches only the knot's nodes, so all knots together stay linear.
fn shortest_cycle(
    view: &View,
    start: NodeIx,
    inside: &impl Fn(EdgeIx) -> bool,
    parent: &mut foldhash::HashMap<NodeIx, EdgeIx>,
) -> Vec<EdgeIx> {
    let mut touched = vec![start];
    let mut queue = VecDeque::from([start]);
    let mut closing = None;
    'search: while let Some(n) = queue.pop_front() {
        for (e, to) in steps_out(view, n) {
            if !inside(e) {
                continue;
            }
            if to == start {
                closing = Some(e);
                break 'search;
            }
            if let std::collections::hash_map::Entry::Vacant(slot) = parent.entry(to) {
                slot.insert(e);
                touched.push(to);
                queue.push_back(to);
            }
        }
    }
    let closing = closing.expect("a knot's node lies on a cycle");
    let from = |e: EdgeIx| crate::standing::needs(view, e).expect("a step").0;
    let mut chain = vec![closing];
    let mut at = from(closing);
    while at != start {
        let e = parent[&at];
        chain.push(e);
        at = from(e);
    }
    chain.reverse();
    for n in touched {
        parent.remove(&n);
    }
    chain
}

/// The positions visible, not withdrawn, that one party is for and another
/// against ([`crate::standing::stands`]), in file order; a met one too,
/// marked so by its status. One party both for and against a position is
/// no conflict. Linear in the visible nodes and the edges around them.
pub fn conflicts(view: &View) -> Vec<Conflict> {
    let mut out = Vec::new();
    for n in view.visible_nodes() {
        // A withdrawn position (or one replaced) is held by no party: its
        // stands no longer stand. A met one is settled, but a party that
        // rejects it (a tax in force) still does, as `who --side` says:
        // it is listed, and its status says it is met.
        if !view.graph.kind(n).is_position() || view.is_withdrawn(n) {
            continue;
        }
        let stands = crate::standing::stands(view, n);
        let on = |side: Side| stands.iter().filter(move |s| s.side == side);
        // The actor of a measure in force is for it: the tariffs a party
        // applies set it against whoever rejects them.
        let applied = crate::standing::applied_by(view, n);
        // So is a party that takes it as a term of a package it is for.
        let term_of = crate::standing::term_stands(view, n);
        let opposed = on(Side::For)
            .map(|f| f.party)
            .chain(applied.iter().copied())
            .chain(term_of.iter().map(|t| t.party))
            .any(|f| on(Side::Against).any(|a| a.party != f));
        // Only a conflict is worth the strings of its evidence.
        if opposed {
            out.push(Conflict {
                target: NodeRef::new(view, n),
                for_: Stand::entries(view, n, on(Side::For)),
                against: Stand::entries(view, n, on(Side::Against)),
                applied_by: applied.into_iter().map(|a| NodeRef::new(view, a)).collect(),
                as_term_of: super::evidence::AsTerm::all(view, n),
            });
        }
    }
    out
}

/// Whether every party in `between` takes a side in `conflict`, and, when
/// two or more are named, not all on the same side: "where do Russia and
/// Ukraine disagree?" keeps the conflicts that set one against the other.
/// A member named takes the side its own claims for its party take (its
/// word is its party's, as `responses --party` and `changes --party` read it).
pub fn is_between(conflict: &Conflict, between: &[&str]) -> bool {
    let on = |side: &[Stand], p: &str| {
        side.iter().any(|s| {
            s.party == p
                || s.speaker.as_deref() == Some(p)
                || s.also.iter().any(|a| a.speaker.as_deref() == Some(p))
        })
    };
    let is_for = |p: &str| on(&conflict.for_, p) || conflict.applied_by.iter().any(|a| a.id == p);
    let every_takes_a_side = between
        .iter()
        .all(|p| is_for(p) || on(&conflict.against, p));
    let opposed = between.len() < 2
        || between.iter().any(|a| {
            between
                .iter()
                .any(|b| a != b && is_for(a) && on(&conflict.against, b))
        });
    every_takes_a_side && opposed
}
