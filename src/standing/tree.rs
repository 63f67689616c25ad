//! The tree below a position, with every obstacle on it typed and tagged
//! with the moves that clear it: read once off the view, then walked by
//! `blockers` (every obstacle, nearest first) and searched by `unblock`
//! (the smallest sets of moves that clear them all).

use petgraph::Direction::{Incoming, Outgoing};
use serde::Serialize;

use super::sides::{
    agrees, claim_sides, counts_for, excluding, package_refusal_reaches, packages_of, stands,
};
use super::steps::StepKind;
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Relation, Side};
use crate::view::View;

/// A step of the tree no move takes away (a condition nobody holds, a term
/// of a package).
pub const FIXED: u32 = u32::MAX;

/// What kind of move a party makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MoveKind {
    /// The party holding a precondition (`X conditions_on Y`, by it) drops it.
    DropCondition,
    /// The party that must deliver a precondition or term (its `actor`)
    /// agrees to deliver it.
    Deliver,
    /// A party withdraws its refusal (rejection, counter, silence) and
    /// accepts the position; when it is also the position's actor, it
    /// agrees to deliver it.
    Accept,
    /// A party gives up a position that cannot hold together with the one
    /// wanted (`excludes`).
    GiveUp,
    /// The party holding a block (`B blocks Y`, by it or from it) lifts it.
    LiftBlock,
}

/// One move: a party giving up, or agreeing to, one stated position.
#[derive(Clone, Debug)]
pub struct Give {
    /// What the move is.
    pub kind: MoveKind,
    /// Who makes it; `None` for delivering a position whose actor the graph
    /// does not name.
    pub party: Option<NodeIx>,
    /// `DropCondition`: the position that needs; `LiftBlock`: the blocking
    /// node; otherwise the position accepted, delivered or given up.
    pub from: NodeIx,
    /// `DropCondition`: the precondition; `LiftBlock`: the blocked node;
    /// otherwise the same as `from`.
    pub to: NodeIx,
    /// The claims the move gives up (the condition, the refusals, the
    /// holding of the excluding position, the block), in file order; empty
    /// for `Deliver`.
    pub edges: Vec<EdgeIx>,
    /// The claims that ask for the move without being given up by it: the
    /// conditions that need a delivery, the `excludes` claim.
    pub evidence: Vec<EdgeIx>,
}

/// One edge of the tree, from the node above to `to`.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    /// The local number of the node below.
    pub to: u32,
    /// The move that takes the step away (dropping the condition), or [`FIXED`].
    pub give: u32,
    /// The claim.
    pub edge: EdgeIx,
    /// Precondition or term.
    pub kind: StepKind,
}

/// What kind of obstacle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ObstacleKind {
    /// An unmet precondition its actor has not agreed to deliver.
    Precondition,
    /// An unsettled term of a package its actor has not agreed to deliver.
    Term,
    /// A party rejects, counters or ignores the node (or its package).
    Refusal,
    /// Something blocks the node.
    Block,
    /// A party holds a position that cannot hold together with the node.
    Incompatible,
    /// Preconditions that need each other: none can come first.
    Knot,
    /// A precondition or term that was cancelled: it will not take place as
    /// things stand, whoever agreed to it, so no party's agreement clears
    /// it; only dropping the condition that needs it (or leaving the
    /// package) does (format 1.2).
    Cancelled,
}

/// One obstacle on a node of the tree.
#[derive(Clone, Debug)]
pub struct Obstacle {
    /// What kind.
    pub kind: ObstacleKind,
    /// Precondition or term: the node itself; refusal: the refusing party;
    /// block: the blocking node; incompatibility: the excluding position.
    pub node: NodeIx,
    /// Who must move: the actor, the refusing party, the block's holder,
    /// the holder of the excluding position; `None` when the graph names nobody.
    pub party: Option<NodeIx>,
    /// The member who spoke, when a member spoke for the party.
    pub speaker: Option<NodeIx>,
    /// The claim behind it: the refusal, the block, the `excludes` claim;
    /// for a precondition or term, the step that reached it.
    pub edge: EdgeIx,
    /// For a refusal of a package the node is a term of: the package.
    pub package: Option<NodeIx>,
    /// The moves any one of which clears it (besides cutting the chain of
    /// preconditions to it); empty when no party can.
    pub gives: Vec<u32>,
    /// The other claims by which the same party makes the same obstacle on
    /// the same node (its own, or a member's for it: one party, one entry,
    /// [`super::one_entry_each`]), each with the member who spoke.
    pub also: Vec<(EdgeIx, Option<NodeIx>)>,
}

/// The tree below a target, numbered locally (the target is 0) in
/// breadth-first order, with each node's steps down and obstacles.
pub struct Tree {
    /// Graph node of each local node.
    pub nodes: Vec<NodeIx>,
    /// How each local node was first reached, and by which claim (the
    /// target: `None`).
    pub reached_as: Vec<Option<(StepKind, EdgeIx)>>,
    /// The local node each was first reached from (the target: itself):
    /// the tree is numbered breadth first, so this is a shortest chain.
    pub parent: Vec<u32>,
    step_start: Vec<u32>,
    steps: Vec<Step>,
    obstacle_start: Vec<u32>,
    obstacles: Vec<Obstacle>,
    /// The moves, numbered in the order the walk from the target met them.
    pub gives: Vec<Give>,
    /// Pairs of nodes of the tree that `excludes` claims say cannot both
    /// hold (each pair once each way, as local numbers, with the claim):
    /// the target needs both, so one must be cut off by dropping a
    /// condition; no party giving a position up makes them compatible.
    pub clashes: Vec<(u32, u32, EdgeIx)>,
}

/// Which moves are the same move: agreeing to deliver and withdrawing a
/// refusal are one acceptance when the same party makes them on one node.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Class {
    Drop,
    Agree,
    GiveUp,
    Lift,
}

struct Builder<'v, 'g> {
    view: &'v View<'g>,
    tree: Tree,
    local: foldhash::HashMap<NodeIx, u32>,
    /// Every node of the tree, found before any obstacle is read: an
    /// excluding position in the tree is also a clash.
    members: foldhash::HashSet<NodeIx>,
    /// Clashes found, by graph node, numbered once the tree is whole.
    clashes: Vec<(NodeIx, NodeIx, EdgeIx)>,
    keys: foldhash::HashMap<(Class, Option<NodeIx>, NodeIx, NodeIx), u32>,
    /// Where each obstacle's entry is, by the local node it stands on, its
    /// kind and the one rule of entries ([`super::EntryKey`]).
    entries: foldhash::HashMap<(u32, ObstacleKind, super::EntryKey), usize>,
}

impl Builder<'_, '_> {
    fn give(
        &mut self,
        class: Class,
        kind: MoveKind,
        party: Option<NodeIx>,
        from: NodeIx,
        to: NodeIx,
    ) -> u32 {
        let gives = &mut self.tree.gives;
        let id = *self
            .keys
            .entry((class, party, from, to))
            .or_insert_with(|| {
                gives.push(Give {
                    kind,
                    party,
                    from,
                    to,
                    edges: Vec::new(),
                    evidence: Vec::new(),
                });
                (gives.len() - 1) as u32
            });
        // A refusal by the actor makes its delivery an acceptance.
        if kind == MoveKind::Accept {
            self.tree.gives[id as usize].kind = MoveKind::Accept;
        }
        id
    }

    fn record(give: &mut Give, edge: EdgeIx, given_up: bool) {
        let list = if given_up {
            &mut give.edges
        } else {
            &mut give.evidence
        };
        if !list.contains(&edge) {
            list.push(edge);
            list.sort_unstable();
        }
    }

    /// Adds obstacle `o` on the local node being visited, or, when the
    /// same party makes the same obstacle there through another claim, adds
    /// that claim to its entry: one party, one entry.
    fn obstacle(&mut self, o: Obstacle) {
        let v = (self.tree.obstacle_start.len() - 1) as u32;
        let key = super::EntryKey {
            party: o.party,
            relation: self.view.graph.meta(o.edge).relation,
            node: o.node,
            through: o.package,
        };
        let obstacles = &mut self.tree.obstacles;
        match self.entries.entry((v, o.kind, key)) {
            std::collections::hash_map::Entry::Occupied(at) => {
                let first = &mut obstacles[*at.get()];
                if first.edge != o.edge && !first.also.iter().any(|&(e, _)| e == o.edge) {
                    first.also.push((o.edge, o.speaker));
                }
                for id in o.gives {
                    if !first.gives.contains(&id) {
                        first.gives.push(id);
                    }
                }
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(obstacles.len());
                obstacles.push(o);
            }
        }
    }

    /// The node below through `edge`, numbered on first sight.
    fn reach(&mut self, from: u32, node: NodeIx, kind: StepKind, edge: EdgeIx) -> u32 {
        let tree = &mut self.tree;
        *self.local.entry(node).or_insert_with(|| {
            tree.nodes.push(node);
            tree.parent.push(from);
            tree.reached_as.push(Some((kind, edge)));
            (tree.nodes.len() - 1) as u32
        })
    }

    /// The refusals of `on`: of `term` itself, or (`package`) of a
    /// package `term` is a term of, which reach it unless the refusing
    /// party is for the term ([`package_refusal_reaches`]).
    fn refusals(&mut self, term: NodeIx, package: Option<NodeIx>) {
        let on = package.unwrap_or(term);
        let g = self.view.graph;
        for e in self.view.edges_in_order(on, Incoming) {
            if !claim_sides(g, e).any(|side| side == (on, Side::Against)) {
                continue;
            }
            let Some((party, speaker)) = counts_for(self.view, e) else {
                continue;
            };
            if package.is_some() && !package_refusal_reaches(self.view, party, term) {
                continue;
            }
            let id = self.give(Class::Agree, MoveKind::Accept, Some(party), on, on);
            Self::record(&mut self.tree.gives[id as usize], e, true);
            self.obstacle(Obstacle {
                kind: ObstacleKind::Refusal,
                node: party,
                party: Some(party),
                speaker,
                edge: e,
                package,
                gives: vec![id],
                also: Vec::new(),
            });
        }
    }

    /// The obstacles on node `v` (`y` in the graph) and its steps down, in
    /// a fixed order: its actors, blocks, refusals (of it, then of its
    /// packages), incompatibilities; then its terms and preconditions.
    fn visit(&mut self, v: u32, target: NodeIx) {
        let y = self.tree.nodes[v as usize];
        self.tree
            .obstacle_start
            .push(self.tree.obstacles.len() as u32);
        if let Some((_, step_edge)) = self.tree.reached_as[v as usize]
            && self.view.is_cancelled(y)
        {
            // What stands on a cancelled node, or below it, matters no more
            // while it is cancelled: it is one obstacle, and a leaf.
            self.obstacle(Obstacle {
                kind: ObstacleKind::Cancelled,
                node: y,
                party: None,
                speaker: None,
                edge: step_edge,
                package: None,
                gives: Vec::new(),
                also: Vec::new(),
            });
            self.tree.step_start.push(self.tree.steps.len() as u32);
            return;
        }
        if let Some((kind, step_edge)) = self.tree.reached_as[v as usize] {
            self.actors(y, kind, step_edge);
        }
        let mut steps = self.blocks_and_terms(y, target);
        self.refusals(y, None);
        // A refusal of a package reaches each of its terms, whatever else
        // is in the tree: a move that cuts the package off must leave it
        // standing against the term (`blockers` shows it once).
        for (package, _) in packages_of(self.view, y) {
            self.refusals(y, Some(package));
        }
        self.incompatibilities(y);
        self.conditions(y, &mut steps);
        self.tree.step_start.push(self.tree.steps.len() as u32);
        for (node, give, edge, kind) in steps {
            let to = self.reach(v, node, kind, edge);
            let here = self.tree.step_start[v as usize] as usize;
            if !self.tree.steps[here..]
                .iter()
                .any(|s| s.to == to && s.give == give)
            {
                self.tree.steps.push(Step {
                    to,
                    give,
                    edge,
                    kind,
                });
            }
        }
    }

    /// A precondition's or term's actors who have not agreed to deliver it
    /// (or, with none named, whoever must), each an obstacle that their
    /// agreement to deliver it clears. An actor that refuses a package the
    /// node is a term of also clears it by accepting the package (being for
    /// a package is agreeing to its terms): that acceptance is the move
    /// that withdraws its refusal, one move. No other move on the package is
    /// made up: `deliver` is done by the actor of a precondition or term,
    /// and a package nobody names it the actor of is delivered through its
    /// terms.
    fn actors(&mut self, y: NodeIx, kind: StepKind, step_edge: EdgeIx) {
        let view = self.view;
        let obstacle_kind = match kind {
            StepKind::Precondition => ObstacleKind::Precondition,
            StepKind::Term => ObstacleKind::Term,
        };
        let actors = view.graph.actors(y).to_vec();
        let unagreed: Vec<Option<NodeIx>> = if actors.is_empty() {
            if view.agreed.contains(&(None, y)) {
                Vec::new()
            } else {
                vec![None]
            }
        } else {
            actors
                .into_iter()
                .filter(|&a| !agrees(view, a, y))
                .map(Some)
                .collect()
        };
        let packages = packages_of(view, y);
        for actor in unagreed {
            let mut gives = vec![self.give(Class::Agree, MoveKind::Deliver, actor, y, y)];
            if let Some(a) = actor {
                for &(package, _) in &packages {
                    if refuses(view, a, package) {
                        let id =
                            self.give(Class::Agree, MoveKind::Accept, Some(a), package, package);
                        gives.push(id);
                    }
                }
            }
            for &id in &gives {
                Self::record(&mut self.tree.gives[id as usize], step_edge, false);
            }
            self.obstacle(Obstacle {
                kind: obstacle_kind,
                node: y,
                party: actor,
                speaker: None,
                edge: step_edge,
                package: None,
                gives,
                also: Vec::new(),
            });
        }
    }

    /// The blocks of `y` by positions still standing (the target never
    /// blocks itself), each lifted by its holder; and the steps down to
    /// its unsettled terms.
    fn blocks_and_terms(
        &mut self,
        y: NodeIx,
        target: NodeIx,
    ) -> Vec<(NodeIx, u32, EdgeIx, StepKind)> {
        let view = self.view;
        let mut steps = Vec::new();
        for e in view.edges_in_order(y, Incoming) {
            let m = view.graph.meta(e);
            match m.relation {
                Relation::Blocks if m.from == target || view.is_withdrawn(m.from) => {}
                Relation::Blocks => {
                    let holder = counts_for(view, e).map(|(p, _)| p);
                    let gives = match holder {
                        Some(h) => {
                            let id =
                                self.give(Class::Lift, MoveKind::LiftBlock, Some(h), m.from, y);
                            Self::record(&mut self.tree.gives[id as usize], e, true);
                            vec![id]
                        }
                        None => Vec::new(),
                    };
                    self.obstacle(Obstacle {
                        kind: ObstacleKind::Block,
                        node: m.from,
                        party: holder,
                        speaker: None,
                        edge: e,
                        package: None,
                        gives,
                        also: Vec::new(),
                    });
                }
                Relation::PartOf if step_down(view, y, e).is_some() => {
                    steps.push((m.from, FIXED, e, StepKind::Term));
                }
                _ => {}
            }
        }
        steps
    }

    /// Each party holding a position that excludes `y`, which it can give
    /// up; and a clash when that position is in the tree too.
    fn incompatibilities(&mut self, y: NodeIx) {
        let view = self.view;
        for (other, excl) in excluding(view, y) {
            // Both needed: a clash, which only cutting one off resolves;
            // and whoever holds the other still stands against this one.
            if self.members.contains(&other) {
                self.clashes.push((y, other, excl));
            }
            for s in stands(view, other)
                .into_iter()
                .filter(|s| s.side == Side::For && s.relation != Relation::Excludes)
            {
                let id = self.give(Class::GiveUp, MoveKind::GiveUp, Some(s.party), other, other);
                Self::record(&mut self.tree.gives[id as usize], s.edge, true);
                Self::record(&mut self.tree.gives[id as usize], excl, false);
                self.obstacle(Obstacle {
                    kind: ObstacleKind::Incompatible,
                    node: other,
                    party: Some(s.party),
                    speaker: s.speaker,
                    edge: excl,
                    package: None,
                    gives: vec![id],
                    also: Vec::new(),
                });
            }
        }
    }

    /// The steps down to `y`'s unsettled preconditions, each dropped by
    /// the party the condition counts for (a member may have set it).
    fn conditions(&mut self, y: NodeIx, steps: &mut Vec<(NodeIx, u32, EdgeIx, StepKind)>) {
        let view = self.view;
        for e in view.edges_in_order(y, Outgoing) {
            let m = view.graph.meta(e);
            if m.relation != Relation::ConditionsOn || step_down(view, y, e).is_none() {
                continue;
            }
            let holder = m.by.and(counts_for(view, e)).map(|(p, _)| p);
            let give = match holder {
                Some(by) => {
                    let id = self.give(Class::Drop, MoveKind::DropCondition, Some(by), y, m.to);
                    Self::record(&mut self.tree.gives[id as usize], e, true);
                    id
                }
                None => FIXED,
            };
            steps.push((m.to, give, e, StepKind::Precondition));
        }
    }
}

/// Whether `party` refuses `node`: a claim against it counts for the
/// party, as [`Builder::refusals`] reads refusals.
fn refuses(view: &View, party: NodeIx, node: NodeIx) -> bool {
    view.edges(node, Incoming).any(|e| {
        view.graph.meta(e).relation.side() == Some(Side::Against)
            && counts_for(view, e).is_some_and(|(p, _)| p == party)
    })
}

/// The node below `y` through `e`, when `e` is a step down from `y`
/// ([`super::steps::step`], the one rule).
fn step_down(view: &View, y: NodeIx, e: EdgeIx) -> Option<NodeIx> {
    super::steps::step(view, e)
        .filter(|&(from, _, _)| from == y)
        .map(|(_, to, _)| to)
}

/// The nodes of the tree below `target`: what [`Tree::build`] numbers.
fn members(view: &View, target: NodeIx) -> foldhash::HashSet<NodeIx> {
    let mut seen = foldhash::HashSet::default();
    seen.insert(target);
    let mut queue = vec![target];
    while let Some(y) = queue.pop() {
        for e in view.edges(y, Outgoing).chain(view.edges(y, Incoming)) {
            if let Some(down) = step_down(view, y, e)
                && seen.insert(down)
            {
                queue.push(down);
            }
        }
    }
    seen
}

impl Tree {
    /// Reads the tree below `target` off the view: its unsettled
    /// preconditions and terms, transitively, and every obstacle on them.
    /// Touches only the tree and the edges around it.
    pub fn build(view: &View, target: NodeIx) -> Tree {
        let mut b = Builder {
            view,
            tree: Tree {
                nodes: vec![target],
                reached_as: vec![None],
                parent: vec![0],
                step_start: Vec::new(),
                steps: Vec::new(),
                obstacle_start: Vec::new(),
                obstacles: Vec::new(),
                gives: Vec::new(),
                clashes: Vec::new(),
            },
            local: foldhash::HashMap::default(),
            members: members(view, target),
            clashes: Vec::new(),
            keys: foldhash::HashMap::default(),
            entries: foldhash::HashMap::default(),
        };
        b.local.insert(target, 0);
        let mut v = 0;
        while (v as usize) < b.tree.nodes.len() {
            b.visit(v, target);
            v += 1;
        }
        b.tree.step_start.push(b.tree.steps.len() as u32);
        b.tree.obstacle_start.push(b.tree.obstacles.len() as u32);
        let local = &b.local;
        b.tree.clashes = b
            .clashes
            .iter()
            .map(|&(y, other, e)| (local[&y], local[&other], e))
            .collect();
        b.tree
    }

    /// The steps down from local node `v`.
    pub fn steps(&self, v: u32) -> &[Step] {
        &self.steps[self.step_start[v as usize] as usize..self.step_start[v as usize + 1] as usize]
    }

    /// The obstacles on local node `v`, in the order: its actors, blocks,
    /// refusals (of it, then of its packages), incompatibilities.
    pub fn obstacles(&self, v: u32) -> &[Obstacle] {
        &self.obstacles
            [self.obstacle_start[v as usize] as usize..self.obstacle_start[v as usize + 1] as usize]
    }

    /// The local node a step leaves, found by its place among the steps.
    pub fn node_leaving(&self, step: u32) -> u32 {
        (self.step_start.partition_point(|&s| s <= step) - 1) as u32
    }

    /// Step number `i` (as [`Tree::node_leaving`] numbers them).
    pub fn step(&self, i: u32) -> &Step {
        &self.steps[i as usize]
    }

    /// Where the steps of local node `v` start in the numbering of all steps.
    pub fn step_offset(&self, v: u32) -> u32 {
        self.step_start[v as usize]
    }

    /// A cycle of steps (a knot: preconditions, or terms, that need each
    /// other), as the local nodes along it, when the tree has one.
    pub fn cycle(&self) -> Option<Vec<u32>> {
        let n = self.nodes.len();
        let mut colour = vec![0u8; n];
        for root in 0..n as u32 {
            if colour[root as usize] != 0 {
                continue;
            }
            let mut stack: Vec<(u32, usize)> = vec![(root, 0)];
            colour[root as usize] = 1;
            while let Some(&mut (v, ref mut next)) = stack.last_mut() {
                let Some(step) = self.steps(v).get(*next) else {
                    colour[v as usize] = 2;
                    stack.pop();
                    continue;
                };
                *next += 1;
                match colour[step.to as usize] {
                    0 => {
                        colour[step.to as usize] = 1;
                        stack.push((step.to, 0));
                    }
                    1 => {
                        let at = stack.iter().position(|&(u, _)| u == step.to)?;
                        return Some(stack[at..].iter().map(|&(u, _)| u).collect());
                    }
                    _ => {}
                }
            }
        }
        None
    }

    /// How many steps and obstacles the tree has, for budgets.
    pub fn size(&self) -> usize {
        self.nodes.len() + self.steps.len() + self.obstacles.len()
    }

    /// Every claim of the tree (steps, obstacles, moves), in file order, for drawing.
    pub fn edges(&self) -> Vec<EdgeIx> {
        let mut edges: Vec<EdgeIx> = self.steps.iter().map(|s| s.edge).collect();
        edges.extend(self.obstacles.iter().map(|o| o.edge));
        for g in &self.gives {
            edges.extend(g.edges.iter().copied());
        }
        edges.sort_unstable();
        edges.dedup();
        edges
    }
}
