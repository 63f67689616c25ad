//! What stands between a demand and its realisation.
//!
//! The blockers of X are: every node B with an edge `B blocks X`; every party P
//! with `P rejects X`; every precondition Y of X (`X conditions_on Y`) that is not
//! met, and then, recursively, the blockers of Y by the same rules. A met
//! precondition is neither a blocker nor followed. X is never its own blocker: a
//! chain of preconditions that returns to X is reported as a deadlock instead.
//!
//! A proposal is a package: what stands in the way of one of its terms
//! (`T part_of X`, not settled) stands in the way of the package's acceptance,
//! so the blockers of its terms are its blockers too, by the same rules. The
//! terms themselves are never blockers: a term is what the proposal offers,
//! not a precondition of it.
//!
//! One breadth-first search over the preconditions and terms finds every
//! blocker with its shortest explaining chain, in time linear in the view.

use std::collections::VecDeque;

use petgraph::Direction::{Incoming, Outgoing};
use serde::Serialize;

use super::{Link, NodeRef, walk_back};
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, Relation};
use crate::view::{AsOfBasis, View};

/// Why a node is a blocker: the JSON `reason`, `blocks`, `rejects` or
/// `precondition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// An edge `B blocks Y`.
    Blocks,
    /// A party rejects Y.
    Rejects,
    /// An unmet precondition.
    Precondition,
}

/// One blocker of the target, with the link that makes it one: an item of the
/// JSON `blockers`.
#[derive(Clone, Debug, Serialize)]
pub struct Blocker {
    /// The blocker's id.
    pub id: String,
    /// Its kind: a party when it rejects, any kind when it blocks or is a
    /// precondition.
    pub kind: crate::model::NodeKind,
    /// The blocker's label.
    pub label: String,
    /// Its status in the view; left out of the JSON for a party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::model::Status>,
    /// Why it is a blocker.
    pub reason: Reason,
    /// How many links the shortest chain from the target has.
    pub depth: usize,
    /// The precondition (or term of the proposal) this blocker hangs from,
    /// or `None` when it bears on the target itself: the answer as a tree,
    /// one link a blocker.
    pub via: Option<String>,
    /// The last link of the shortest chain: the one that makes it a blocker.
    pub link: Link,
    /// The shortest chain of edges from the target to this blocker (down
    /// `conditions_on` edges and up `part_of` edges, from a proposal to a
    /// term, then the link that blocks), for the first
    /// [`BlockerOptions::max_chains`] blockers (the nearest); the others are
    /// read through `via`, so the answer stays linear in size.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub chain: Vec<Link>,
    /// With `all_chains`: every other link through which it blocks, each with its shortest chain.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_chains: Vec<Vec<Link>>,
    /// The blocker's node, for drawing; not in the JSON.
    #[serde(skip)]
    pub ix: NodeIx,
}

/// The answer to `blockers X`: what stands between X and its realisation.
#[derive(Clone, Debug, Serialize)]
pub struct Blockers {
    /// The target's id.
    pub target: String,
    /// The target's label.
    pub target_label: String,
    /// The day the view shows; `None` (`null`) for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    /// The ids of the nodes the view assumes met (`--assume`), in the order given.
    pub assumed: Vec<String>,
    /// Every blocker once, nearest first: breadth-first from the target, in file
    /// order at each node.
    pub blockers: Vec<Blocker>,
    /// When the target's preconditions close a knot: the shortest cycle
    /// back to the target when it is on one, else one through the first knot.
    pub deadlock: Option<Vec<String>>,
    /// Every knot of mutual preconditions below the target, with its parties.
    pub knots: Vec<super::deadlocks::Knot>,
    /// Blockers listed without their whole chain (past the cap on chains).
    pub chains_omitted: usize,
    /// The edges of the `deadlock` cycle, for drawing; not in the JSON.
    #[serde(skip)]
    pub deadlock_edges: Vec<EdgeIx>,
}

struct Found {
    node: NodeIx,
    reason: Reason,
    /// The last link, and the precondition (or target) it hangs from.
    edge: EdgeIx,
    hangs_from: NodeIx,
}

/// The end of a searched edge nearer the target: the node a precondition
/// hangs from (`from` of `conditions_on`), the proposal a term belongs to
/// (`to` of `part_of`).
fn nearer_target(view: &View, e: EdgeIx) -> NodeIx {
    let m = view.graph.meta(e);
    if m.relation == Relation::PartOf {
        m.to
    } else {
        m.from
    }
}

/// How much of each explaining chain an answer spells out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockerOptions {
    /// Also every other link through which a blocker blocks.
    pub all_chains: bool,
    /// Whole chains for at most this many blockers (the nearest first);
    /// every blocker still names the precondition it hangs from and its
    /// last link. Spelling out every chain of a long chain of conditions
    /// is quadratic: a 1,000-step chain printed 1.5 GB.
    pub max_chains: usize,
}

impl Default for BlockerOptions {
    fn default() -> BlockerOptions {
        BlockerOptions {
            all_chains: false,
            max_chains: DEFAULT_MAX_CHAINS,
        }
    }
}

/// Whole chains spelled out by default.
pub const DEFAULT_MAX_CHAINS: usize = 100;

/// [`blockers_with`] with the default cap on whole chains.
pub fn blockers(view: &View, target: NodeIx, all_chains: bool) -> Blockers {
    blockers_with(
        view,
        target,
        BlockerOptions {
            all_chains,
            ..BlockerOptions::default()
        },
    )
}

/// The blockers of `target` in `view`, each with how it is reached.
pub fn blockers_with(view: &View, target: NodeIx, options: BlockerOptions) -> Blockers {
    let all_chains = options.all_chains;
    let g = view.graph;
    let n = g.node_count();
    // parent[y]: the conditions_on edge by which precondition y was first reached.
    let mut parent: Vec<Option<EdgeIx>> = vec![None; n];
    let mut expanded = vec![false; n];
    // depth[y]: how many preconditions (and terms) lie between the target and y.
    let mut depth: Vec<u32> = vec![0; n];
    let mut first: Vec<Option<usize>> = vec![None; n];
    let mut found: Vec<Found> = Vec::new();
    let mut extra: Vec<Found> = Vec::new();
    let mut back_to_target: Option<EdgeIx> = None;

    let mut queue = VecDeque::from([target]);
    let mut reached = vec![target];
    expanded[target.index()] = true;
    while let Some(y) = queue.pop_front() {
        let mut record = |node: NodeIx, reason: Reason, edge: EdgeIx| {
            let f = Found {
                node,
                reason,
                edge,
                hangs_from: y,
            };
            match first[node.index()] {
                None => {
                    first[node.index()] = Some(found.len());
                    found.push(f);
                }
                Some(_) if all_chains => extra.push(f),
                Some(_) => {}
            }
        };
        for e in view.edges_in_order(y, Incoming) {
            let m = g.meta(e);
            let reason = match m.relation {
                // A position withdrawn or replaced no longer blocks.
                Relation::Blocks if view.is_withdrawn(m.from) => continue,
                Relation::Blocks => Reason::Blocks,
                Relation::Rejects => Reason::Rejects,
                // A term of the package: searched like a precondition, but
                // never a blocker itself. A settled term is agreed or gone.
                Relation::PartOf => {
                    let term = m.from;
                    if !expanded[term.index()] && !view.is_settled(term) {
                        expanded[term.index()] = true;
                        depth[term.index()] = depth[y.index()] + 1;
                        parent[term.index()] = Some(e);
                        queue.push_back(term);
                        reached.push(term);
                    }
                    continue;
                }
                _ => continue,
            };
            if m.from != target {
                record(m.from, reason, e);
            }
        }
        for e in view.edges_in_order(y, Outgoing) {
            let m = g.meta(e);
            if m.relation != Relation::ConditionsOn || view.is_settled(m.to) {
                continue;
            }
            if m.to == target {
                back_to_target.get_or_insert(e);
                continue;
            }
            if !expanded[m.to.index()] {
                expanded[m.to.index()] = true;
                depth[m.to.index()] = depth[y.index()] + 1;
                parent[m.to.index()] = Some(e);
                queue.push_back(m.to);
                reached.push(m.to);
            }
            record(m.to, Reason::Precondition, e);
        }
    }

    let chain_to = |f: &Found| -> Vec<Link> {
        let mut edges = walk_back(&parent, target, f.hangs_from, |e| nearer_target(view, e));
        edges.push(f.edge);
        edges.into_iter().map(|e| Link::new(g, e)).collect()
    };
    let mut blockers: Vec<Blocker> = found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let node = NodeRef::new(view, f.node);
            Blocker {
                id: node.id,
                kind: node.kind,
                label: node.label,
                status: node.status,
                reason: f.reason,
                depth: depth[f.hangs_from.index()] as usize + 1,
                via: (f.hangs_from != target).then(|| g.id(f.hangs_from).to_owned()),
                link: Link::new(g, f.edge),
                chain: if i < options.max_chains {
                    chain_to(f)
                } else {
                    Vec::new()
                },
                other_chains: Vec::new(),
                ix: f.node,
            }
        })
        .collect();
    for f in &extra {
        let at = first[f.node.index()].expect("extra chains belong to found blockers");
        if at < options.max_chains {
            blockers[at].other_chains.push(chain_to(f));
        }
    }
    let chains_omitted = blockers.len().saturating_sub(options.max_chains);

    // The knots among the preconditions reached: a chain that closes one
    // is a "you move first" that no single step below the target settles.
    let knots = if back_to_target.is_some() || reached.len() > 1 {
        super::deadlocks::knots_among(view, &reached)
    } else {
        Vec::new()
    };
    let (deadlock, deadlock_edges) = match (back_to_target, knots.first()) {
        (Some(e), _) => {
            let mut edges = walk_back(&parent, target, g.meta(e).from, |e| nearer_target(view, e));
            edges.push(e);
            let mut cycle: Vec<String> = vec![g.id(target).to_owned()];
            cycle.extend(edges.iter().map(|&e| {
                let m = g.meta(e);
                let farther = if nearer_target(view, e) == m.from {
                    m.to
                } else {
                    m.from
                };
                g.id(farther).to_owned()
            }));
            (Some(cycle), edges)
        }
        (None, Some(knot)) => (
            Some(knot.cycle.clone()),
            knot.cycle_edges.iter().map(|l| l.edge).collect(),
        ),
        (None, None) => (None, Vec::new()),
    };

    Blockers {
        target: g.id(target).to_owned(),
        target_label: g.label(target).to_owned(),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        assumed: view.assumed.iter().map(|&n| g.id(n).to_owned()).collect(),
        blockers,
        deadlock,
        knots,
        chains_omitted,
        deadlock_edges,
    }
}
