//! What stands in the way of a position: every obstacle [`crate::standing`]
//! finds in its tree, nearest first, each typed (an unmet precondition or
//! term its actor has not agreed to deliver, a refusal, a block, an
//! incompatible position, a knot), with who holds it and the chain of claims
//! that leads to it; and, apart from them, the pending steps: preconditions
//! whose actors have agreed to deliver them.
//!
//! `blockers X` lists no obstacle exactly when `unblock X` needs no move:
//! both read the same tree. One breadth-first walk of the tree, in time
//! linear in it.

mod words;

use serde::Serialize;

use super::evidence::{Also, Link, NodeRef};
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, NodeKind, Relation, Status};
use crate::standing::{ObstacleKind, StepKind, Tree};
use crate::view::{AsOfBasis, View};

pub use words::{agreed_words, obstacle_words};

/// One obstacle in the way of the target, with the claim behind it: an
/// item of the JSON `blockers`.
#[derive(Clone, Debug, Serialize)]
pub struct Blocker {
    /// What kind of obstacle: `precondition`, `term`, `refusal`, `block`,
    /// `incompatible` (or `knot`).
    pub kind: ObstacleKind,
    /// The obstacle's node: the precondition or term; the refusing party;
    /// the blocking node; the excluding position.
    pub id: String,
    /// That node's kind.
    pub node_kind: NodeKind,
    /// That node's label.
    pub label: String,
    /// Its status in the view; left out of the JSON for a party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The party holding the claim behind it: who set the condition (or
    /// offers the package, [`crate::standing::offered_by`]), who refuses, who holds the block or the
    /// excluding position; `null` when the graph names nobody.
    pub holder: Option<String>,
    /// The member who spoke, when a member spoke for the holder's party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The parties that dispute the claim that makes this an obstacle: for a
    /// term, the claim making the holder its offerer
    /// ([`crate::standing::Offer::disputed_by`]); for a refusal, block or
    /// incompatibility, its own claim.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub holder_disputed_by: Vec<String>,
    /// For a refusal: the same party's stands for the position refused,
    /// which its refusal outweighs (a party for and against a position has
    /// not agreed: [`crate::standing::outweighed`]). For a precondition or
    /// term: the stands of an actor that has not agreed, for it or for a
    /// package holding it, that its own refusal outweighs (Hamas accepts
    /// the package and counters it: its terms are not agreed by Hamas).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub outweighs: Vec<Link>,
    /// Who must move: for a precondition or term, its actors who have not
    /// agreed to deliver it (empty when the graph names no actor); else the holder.
    pub actor: Vec<String>,
    /// Whether the party who must move has agreed to: never, for an
    /// obstacle (agreed steps are `pending`, not obstacles).
    pub agreed: bool,
    /// For a refusal: `rejects`, `counters` or `ignores`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// For a refusal of a package the node is a term of: the package.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    /// How many links the shortest chain from the target has.
    pub depth: usize,
    /// The precondition (or term) this obstacle bears on, or `None` when it
    /// bears on the target itself: the answer as a tree.
    pub via: Option<String>,
    /// The claim that makes it an obstacle: the first, when several do.
    pub link: Link,
    /// The other claims by which the same party makes the same obstacle
    /// (its own, or a member's for it: one party, one entry,
    /// [`crate::standing::one_entry_each`]), in file order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Also>,
    /// The shortest chain of claims from the target to it, for the first
    /// [`BlockerOptions::max_chains`] obstacles (the nearest); the others are
    /// read through `via`, so the answer stays linear in size.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub chain: Vec<Link>,
    /// With `all_chains`: every other chain by which it is reached.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_chains: Vec<Vec<Link>>,
    /// The obstacle's node, for drawing; not in the JSON.
    #[serde(skip)]
    pub ix: NodeIx,
}

/// A precondition or term still to deliver whose actors have all agreed to:
/// a step, not an obstacle. An item of the JSON `pending`.
#[derive(Clone, Debug, Serialize)]
pub struct Pending {
    /// The node (`id`, `kind`, `label`, `status`, flattened).
    #[serde(flatten)]
    pub node: NodeRef,
    /// Precondition or term.
    pub step: StepKind,
    /// Its actors, all of whom have agreed to deliver it.
    pub actor: Vec<String>,
    /// The conditions on which its actors agreed, when they agreed only by
    /// setting them ("no return to work without the 12% rise":
    /// [`crate::standing::Agreement::OnConditions`]): the claims, in file
    /// order; empty when each agreed outright.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub on_conditions: Vec<Link>,
    /// The claim that makes it a step.
    pub link: Link,
    /// The node it hangs from, or `None` for the target.
    pub via: Option<String>,
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
    /// The claims the view sets aside (`--drop`), as FROM:RELATION:TO:
    /// the answer is a what-if, not what the graph says.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<String>,
    /// Every obstacle, nearest first: breadth-first from the target, at
    /// each node its actors, then blocks, refusals and incompatibilities.
    pub blockers: Vec<Blocker>,
    /// The preconditions and terms still to deliver that their actors have
    /// agreed to: steps, not obstacles.
    pub pending: Vec<Pending>,
    /// When the target's preconditions close a knot: the shortest cycle
    /// back to the target when it is on one, else one through the first knot.
    pub deadlock: Option<Vec<String>>,
    /// Every knot of mutual preconditions below the target, with its parties.
    pub knots: Vec<super::deadlocks::Knot>,
    /// Obstacles listed without their whole chain (past the cap on chains).
    pub chains_omitted: usize,
    /// Nothing stands in the way: no obstacle, no knot (always so of a
    /// position met already).
    pub clear: bool,
    /// The target is met already in this view: nothing stands in its way.
    pub already_met: bool,
    /// The target is cancelled in this view: it will not take place as
    /// things stand, so it is not pending and not clear, and no party's
    /// move in the graph brings it back (format 1.2).
    pub cancelled: bool,
    /// The target is withdrawn in this view (or replaced by a newer
    /// position): no party holds it now, and the obstacles are what would
    /// stand in its way if it were put back.
    pub withdrawn: bool,
    /// The target's status on the view's day is `rejected`: an outcome a
    /// source reports, not a stand (docs/semantics.md), so it is read as
    /// an open position and the answer says the status first.
    pub rejected: bool,
    /// The target is postponed in this view (format 1.2): still pending, as
    /// an open position is, so what stands in its way is listed as for one;
    /// answers say it is postponed first, with its new day or "no new day
    /// given", so "Nothing blocks" never hides that it was put off.
    pub postponed: bool,
    /// The day the target is set for on the view's day, when the graph
    /// gives one (an open or postponed position; format 1.2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled: Option<crate::model::Date>,
    /// What it waits on that is no obstacle: its threats and triggers,
    /// demands whose addressee has not answered ([`super::waiting`]).
    pub waits_on: Vec<super::waiting::WaitsOn>,
    /// Its actors applying it, when it is a measure in force ([`crate::standing::applied_by`]).
    pub applied_by: Vec<String>,
    /// The edges of the `deadlock` cycle, for drawing; not in the JSON.
    #[serde(skip)]
    pub deadlock_edges: Vec<EdgeIx>,
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

impl Blockers {
    /// The target's status in the view, as far as the answer tells it
    /// (met, cancelled, withdrawn, or open while sought): what
    /// [`settled::status_words`](super::settled::status_words) reads.
    pub fn status(&self) -> crate::model::Status {
        use crate::model::Status;
        if self.already_met {
            Status::Met
        } else if self.cancelled {
            Status::Cancelled
        } else if self.withdrawn {
            Status::Withdrawn
        } else if self.rejected {
            Status::Rejected
        } else {
            Status::Open
        }
    }
}

/// The obstacles in the way of `target` in `view`, each with how it is reached.
pub fn blockers_with(view: &View, target: NodeIx, options: BlockerOptions) -> Blockers {
    if view.is_met(target) || view.is_cancelled(target) {
        // Met: nothing stands in its way, whatever its tree held (as
        // `unblock` says "nothing to unblock"). Cancelled: it will not take
        // place, and what its tree holds no longer bears on it.
        let g = view.graph;
        return Blockers {
            target: g.id(target).to_owned(),
            target_label: g.label(target).to_owned(),
            as_of: view.as_of,
            as_of_basis: view.as_of_basis,
            assumed: view.assumed.iter().map(|&n| g.id(n).to_owned()).collect(),
            dropped: view.dropped_claims(),
            blockers: Vec::new(),
            pending: Vec::new(),
            deadlock: None,
            knots: Vec::new(),
            chains_omitted: 0,
            clear: view.is_met(target),
            already_met: view.is_met(target),
            cancelled: view.is_cancelled(target),
            withdrawn: false,
            rejected: false,
            postponed: false,
            scheduled: None,
            waits_on: Vec::new(),
            // A met measure is in force: its actor is for it, as `who
            // --side for`, `conflicts` and `stance` say.
            applied_by: crate::standing::applied_by(view, target)
                .into_iter()
                .map(|a| g.id(a).to_owned())
                .collect(),
            deadlock_edges: Vec::new(),
        };
    }
    let tree = Tree::build(view, target);
    blockers_in(view, &tree, options)
}

/// The claims from the target down to local node `v`, target first.
fn chain_to(view: &View, tree: &Tree, mut v: u32) -> Vec<Link> {
    let mut edges = Vec::new();
    while v != 0 {
        let (_, edge) = tree.reached_as[v as usize].expect("below the target");
        edges.push(edge);
        v = tree.parent[v as usize];
    }
    edges.reverse();
    edges.into_iter().map(|e| Link::seen(view, e)).collect()
}

/// The obstacles and pending steps read off a tree, before ordering, each
/// with the local node it bears on and whether it is that node's own (an
/// actor who has not agreed) rather than something on it.
struct Listing<'v, 'g> {
    view: &'v View<'g>,
    tree: &'v Tree,
    depth: Vec<usize>,
    blockers: Vec<Blocker>,
    pending: Vec<Pending>,
    at: Vec<(u32, bool)>,
}

impl Listing<'_, '_> {
    fn id(&self, x: NodeIx) -> String {
        self.view.graph.id(x).to_owned()
    }

    fn entry(&self, kind: ObstacleKind, node: NodeIx, edge: EdgeIx, depth: usize) -> Blocker {
        let n = NodeRef::new(self.view, node);
        Blocker {
            kind,
            id: n.id,
            node_kind: n.kind,
            label: n.label,
            status: n.status,
            holder: None,
            speaker: None,
            holder_disputed_by: Vec::new(),
            outweighs: Vec::new(),
            actor: Vec::new(),
            agreed: false,
            relation: None,
            package: None,
            depth,
            via: None,
            link: Link::seen(self.view, edge),
            also: Vec::new(),
            chain: Vec::new(),
            other_chains: Vec::new(),
            ix: node,
        }
    }

    /// What stands on local node `v`; then `v` itself as an obstacle (its
    /// actors who have not agreed) or a pending step.
    fn node(&mut self, v: u32, in_tree: &foldhash::HashSet<NodeIx>) {
        let (view, tree) = (self.view, self.tree);
        let g = view.graph;
        let here = tree.nodes[v as usize];
        let mut unagreed: Vec<Option<NodeIx>> = Vec::new();
        let mut cancelled = false;
        for o in tree.obstacles(v) {
            if matches!(o.kind, ObstacleKind::Precondition | ObstacleKind::Term) {
                unagreed.push(o.party);
                continue;
            }
            if o.kind == ObstacleKind::Cancelled {
                cancelled = true;
                continue;
            }
            // A refusal of a package in the tree is listed on the package
            // itself, once, not again on each of its terms.
            if o.package.is_some_and(|p| in_tree.contains(&p)) {
                continue;
            }
            let mut b = self.entry(o.kind, o.node, o.edge, self.depth[v as usize] + 1);
            b.holder = o.party.map(|p| self.id(p));
            b.actor = b.holder.clone().into_iter().collect();
            b.speaker = o.speaker.map(|m| self.id(m));
            b.holder_disputed_by = super::package::disputed_by(g, o.edge);
            b.relation = (o.kind == ObstacleKind::Refusal).then(|| g.meta(o.edge).relation);
            if let (ObstacleKind::Refusal, Some(party)) = (o.kind, o.party) {
                b.outweighs = crate::standing::outweighed(view, party, g.meta(o.edge).to)
                    .into_iter()
                    .map(|e| Link::seen(view, e))
                    .collect();
            }
            b.package = o.package.map(|p| self.id(p));
            b.also = o.also.iter().map(|&(e, m)| Also::new(view, e, m)).collect();
            b.via = (v != 0).then(|| self.id(here));
            self.at.push((v, false));
            self.blockers.push(b);
        }
        let Some((step, edge)) = tree.reached_as[v as usize] else {
            return;
        };
        let parent = tree.parent[v as usize];
        let via = (parent != 0).then(|| self.id(tree.nodes[parent as usize]));
        if unagreed.is_empty() && !cancelled {
            self.pending.push(Pending {
                node: NodeRef::new(view, here),
                step,
                actor: g.actors(here).iter().map(|&a| self.id(a)).collect(),
                on_conditions: crate::standing::agreed_on_conditions(view, g.actors(here), here)
                    .into_iter()
                    .map(|e| Link::seen(view, e))
                    .collect(),
                link: Link::seen(view, edge),
                via,
            });
            return;
        }
        // One entry for the node, naming every actor who has not agreed. A
        // condition's holder sets it (the party it counts for, as the move
        // that drops it names, and the member who set it); a term's, who
        // offers it (`standing::offered_by`).
        let (holder, speaker, disputed_by) = match step {
            StepKind::Precondition => crate::standing::counts_for(view, edge)
                .map_or((None, None, Vec::new()), |(party, member)| {
                    (Some(party), member, Vec::new())
                }),
            StepKind::Term => crate::standing::offered_by(view, edge)
                .map_or((None, None, Vec::new()), |o| {
                    (Some(o.party), o.speaker, o.disputed_by)
                }),
        };
        let kind = match step {
            _ if cancelled => ObstacleKind::Cancelled,
            StepKind::Precondition => ObstacleKind::Precondition,
            StepKind::Term => ObstacleKind::Term,
        };
        let mut b = self.entry(kind, here, edge, self.depth[v as usize]);
        b.holder = holder.map(|h| self.id(h));
        b.speaker = speaker.map(|m| self.id(m));
        b.holder_disputed_by = disputed_by.into_iter().map(|d| self.id(d)).collect();
        b.outweighs = unagreed
            .iter()
            .flatten()
            .flat_map(|&a| {
                let packages = crate::standing::packages_of(view, here);
                std::iter::once(here)
                    .chain(packages.into_iter().map(|(p, _)| p))
                    .flat_map(move |n| crate::standing::outweighed(view, a, n))
            })
            .map(|e| Link::seen(view, e))
            .collect();
        b.actor = unagreed.into_iter().flatten().map(|a| self.id(a)).collect();
        b.via = via;
        self.at.push((v, true));
        self.blockers.push(b);
    }

    /// Two positions of the tree that cannot both hold: listed on each. No
    /// party's giving up makes them compatible: a condition that needs one
    /// of them must go.
    fn clashes(&mut self) {
        for &(a, other, e) in &self.tree.clashes {
            let mut b = self.entry(
                ObstacleKind::Incompatible,
                self.tree.nodes[other as usize],
                e,
                self.depth[a as usize] + 1,
            );
            b.holder = self.view.graph.meta(e).by.map(|p| self.id(p));
            b.via = (a != 0).then(|| self.id(self.tree.nodes[a as usize]));
            self.at.push((a, false));
            self.blockers.push(b);
        }
    }

    /// Nearest first (at one depth, in the order the walk met them), with
    /// whole chains for the first `max_chains`.
    fn ordered(self, max_chains: usize) -> (Vec<Blocker>, Vec<Pending>) {
        let mut order: Vec<usize> = (0..self.blockers.len()).collect();
        order.sort_by_key(|&i| self.blockers[i].depth);
        let mut slots: Vec<Option<Blocker>> = self.blockers.into_iter().map(Some).collect();
        let mut blockers: Vec<Blocker> = Vec::with_capacity(order.len());
        for (rank, &i) in order.iter().enumerate() {
            let mut b = slots[i].take().expect("each once");
            if rank < max_chains {
                let (v, own) = self.at[i];
                b.chain = chain_to(self.view, self.tree, v);
                if !own {
                    b.chain.push(b.link.clone());
                }
            }
            blockers.push(b);
        }
        (blockers, self.pending)
    }
}

/// The knot a chain runs into, as node ids (starting with the target when
/// it is on it) and its claims: through the target first, else the first
/// knot of preconditions, else any cycle of the tree.
fn deadlock_of(
    view: &View,
    tree: &Tree,
    knots: &[super::deadlocks::Knot],
) -> (Option<Vec<String>>, Vec<EdgeIx>) {
    let cycle = tree.cycle();
    let back_to_target = cycle.as_ref().filter(|c| c.contains(&0));
    match (back_to_target, knots.first(), &cycle) {
        (Some(c), _, _) | (None, None, Some(c)) => {
            let mut c = c.clone();
            if let Some(zero) = c.iter().position(|&v| v == 0) {
                c.rotate_left(zero);
            }
            let edges = cycle_edges(tree, &c);
            let ids = c
                .iter()
                .chain(c.first())
                .map(|&v| view.graph.id(tree.nodes[v as usize]).to_owned())
                .collect();
            (Some(ids), edges)
        }
        (None, Some(knot), _) => (
            Some(knot.cycle.clone()),
            knot.cycle_edges.iter().map(|l| l.edge).collect(),
        ),
        (None, None, None) => (None, Vec::new()),
    }
}

/// [`blockers_with`] on a tree already read.
pub fn blockers_in(view: &View, tree: &Tree, options: BlockerOptions) -> Blockers {
    let g = view.graph;
    let target = tree.nodes[0];
    let n = tree.nodes.len();
    let mut depth = vec![0usize; n];
    for v in 1..n {
        depth[v] = depth[tree.parent[v] as usize] + 1;
    }
    let mut listing = Listing {
        view,
        tree,
        depth,
        blockers: Vec::new(),
        pending: Vec::new(),
        at: Vec::new(),
    };
    let in_tree: foldhash::HashSet<NodeIx> = tree.nodes.iter().copied().collect();
    for v in 0..n as u32 {
        listing.node(v, &in_tree);
    }
    listing.clashes();
    let (mut blockers, pending) = listing.ordered(options.max_chains);
    if options.all_chains {
        add_other_chains(view, tree, &mut blockers, options.max_chains);
    }
    let chains_omitted = blockers.len().saturating_sub(options.max_chains);

    // The knots among the preconditions reached: a chain that closes one
    // is a "you move first" that no single step below the target settles.
    // A lone target has one only when it needs itself.
    let knots = if n > 1 || !tree.steps(0).is_empty() {
        super::deadlocks::knots_among(view, &tree.nodes)
    } else {
        Vec::new()
    };
    let (deadlock, deadlock_edges) = deadlock_of(view, tree, &knots);
    let clear = blockers.is_empty() && deadlock.is_none() && knots.is_empty();

    Blockers {
        target: g.id(target).to_owned(),
        target_label: g.label(target).to_owned(),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        assumed: view.assumed.iter().map(|&n| g.id(n).to_owned()).collect(),
        dropped: view.dropped_claims(),
        blockers,
        pending,
        deadlock,
        knots,
        chains_omitted,
        clear,
        already_met: false,
        cancelled: false,
        withdrawn: view.is_withdrawn(tree.nodes[0]),
        rejected: view.status(target) == crate::model::Status::Rejected,
        postponed: view.status(target) == crate::model::Status::Postponed,
        scheduled: g.node(target).scheduled_on(view.status(target), view.as_of),
        waits_on: super::waiting::waits_on(view, target),
        applied_by: crate::standing::applied_by(view, target)
            .into_iter()
            .map(|a| g.id(a).to_owned())
            .collect(),
        deadlock_edges,
    }
}

/// The claims along a cycle of local nodes, each to the next and the last
/// back to the first.
fn cycle_edges(tree: &Tree, cycle: &[u32]) -> Vec<EdgeIx> {
    let mut edges = Vec::new();
    for (i, &v) in cycle.iter().enumerate() {
        let next = cycle[(i + 1) % cycle.len()];
        if let Some(step) = tree.steps(v).iter().find(|s| s.to == next) {
            edges.push(step.edge);
        }
    }
    edges
}

/// Every other chain to each obstacle's node: through each step into it
/// other than the first.
fn add_other_chains(view: &View, tree: &Tree, blockers: &mut [Blocker], max_chains: usize) {
    let mut into: Vec<Vec<(u32, EdgeIx)>> = vec![Vec::new(); tree.nodes.len()];
    for v in 0..tree.nodes.len() as u32 {
        for step in tree.steps(v) {
            into[step.to as usize].push((v, step.edge));
        }
    }
    let local: foldhash::HashMap<NodeIx, u32> = tree
        .nodes
        .iter()
        .enumerate()
        .map(|(i, &n)| (n, i as u32))
        .collect();
    for b in blockers.iter_mut().take(max_chains) {
        let bears_on = match (b.kind, &b.via) {
            (ObstacleKind::Precondition | ObstacleKind::Term | ObstacleKind::Cancelled, _) => {
                local.get(&b.ix).copied()
            }
            (_, Some(via)) => view.graph.find(via).and_then(|n| local.get(&n).copied()),
            (_, None) => Some(0),
        };
        let Some(v) = bears_on else { continue };
        let first = tree.reached_as[v as usize].map(|(_, e)| e);
        for &(from, edge) in &into[v as usize] {
            if Some(edge) == first {
                continue;
            }
            let mut chain = chain_to(view, tree, from);
            chain.push(Link::seen(view, edge));
            if !matches!(
                b.kind,
                ObstacleKind::Precondition | ObstacleKind::Term | ObstacleKind::Cancelled
            ) {
                chain.push(b.link.clone());
            }
            b.other_chains.push(chain);
        }
    }
}
