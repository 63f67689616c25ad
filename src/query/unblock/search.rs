//! The search behind [`unblock`](super::unblock): the blocking subgraph below
//! a target, copied once into compact arrays, and the minimal sets of
//! concessions that clear it.
//!
//! **The problem.** The target can be reached when the nodes reachable from it
//! through the binding preconditions that remain hold no rejection, no block
//! and no knot (a cycle of preconditions). Giving up more never hurts (fewer
//! preconditions reach fewer nodes, and fewer obstacles remain), so the sets
//! that clear the target are closed upwards, and a minimal one is a minimal
//! hitting set of the *witnesses*: a chain of preconditions from the target to
//! a rejected or blocked node together with that rejection or block, or a chain
//! to a knot together with a cycle of it. A set clears the target exactly when
//! it takes away one concession from every witness.
//!
//! **The algorithm** is Reiter's hitting-set tree, breadth first. A set of
//! concessions is checked by one walk of the subgraph: if it clears the target
//! it is a solution; otherwise the walk returns one witness it leaves whole
//! (the nearest obstacle, else a knot), and each concession of that witness is
//! tried added to the set, one level down. Every minimal set of `k`
//! concessions is met on level `k` (each witness on the way holds one of its
//! members), levels are visited in order, and a solution that contains an
//! earlier one is not minimal, so solutions come out minimal, smallest first,
//! and in lexicographic order of concessions within a size.
//!
//! **Cost.** Building the subgraph reads only the target's tree of binding
//! preconditions and the edges into it: `O(T)` for a tree of `T` nodes and
//! edges, whatever the size of the graph. A check is one breadth-first and one
//! depth-first walk, `O(T)`. The tree of sets has at most `1 + w + ... + w^K`
//! sets for witnesses of at most `w` concessions and options of at most `K`,
//! so the search is `O(w^K · T)`, and it stops early once it has found one set
//! more than it may list. A work budget ([`WORK_BUDGET`] steps of the walks)
//! bounds it on pathological graphs, time and memory alike: a set is made only
//! while the budget can still pay for checking it, so a level may be cut
//! short. The search then goes on with the sets it has, checks each solution
//! for minimality outright (no member can be left out), and reports that the
//! budget ran out; it never hangs.

use serde::Serialize;

use crate::standing::{FIXED, StepKind, Tree};

/// How many node and edge visits the checks together may make before the
/// search gives up (about a tenth of a second in a release build); a set is
/// only made while the budget can still pay for its check, at least 256 visits.
pub const WORK_BUDGET: u64 = 50_000_000;

/// What a check of one set of concessions finds.
enum Check {
    /// The target can be reached.
    Clear,
    /// A witness the set leaves whole: the concessions that could break it,
    /// sorted (empty when none can).
    Witness(Vec<u32>),
}

/// Reusable buffers for checks, so a search allocates per level, not per set.
struct Walker<'s> {
    sub: &'s Tree,
    given_up: Vec<bool>,
    /// The out entry by which the breadth-first walk first reached each node.
    parent: Vec<u32>,
    seen: Vec<bool>,
    reached: Vec<u32>,
    /// 0 unvisited, 1 on the depth-first stack, 2 done.
    colour: Vec<u8>,
    stack: Vec<(u32, u32)>,
    work: u64,
}

const NO_PARENT: u32 = u32::MAX;

impl<'s> Walker<'s> {
    fn new(sub: &'s Tree) -> Walker<'s> {
        let n = sub.nodes.len();
        Walker {
            sub,
            given_up: vec![false; sub.gives.len()],
            parent: vec![NO_PARENT; n],
            seen: vec![false; n],
            reached: Vec::with_capacity(n),
            colour: vec![0; n],
            stack: Vec::new(),
            work: 0,
        }
    }

    fn set(&mut self, set: &[u32], on: bool) {
        for &c in set {
            self.given_up[c as usize] = on;
        }
    }

    fn open(&self, c: u32) -> bool {
        c == FIXED || !self.given_up[c as usize]
    }

    /// The moves on the breadth-first path from the target to `v`.
    fn path_to(&self, mut v: u32, into: &mut Vec<u32>) {
        while v != 0 {
            let entry = self.parent[v as usize];
            into.push(self.sub.step(entry).give);
            v = self.sub.node_leaving(entry);
        }
    }

    /// Walks what remains of the subgraph once the marked concessions are given up.
    fn check(&mut self) -> Check {
        for &v in &self.reached {
            self.seen[v as usize] = false;
            self.colour[v as usize] = 0;
        }
        self.reached.clear();
        self.reached.push(0);
        self.seen[0] = true;
        let mut head = 0;
        // Breadth first: the nearest rejection or block, with its path.
        while head < self.reached.len() {
            let v = self.reached[head];
            head += 1;
            self.work += 1 + self.sub.obstacles(v).len() as u64;
            // An obstacle stands while none of its moves is taken.
            if let Some(o) = self
                .sub
                .obstacles(v)
                .iter()
                .find(|o| o.gives.iter().all(|&c| self.open(c)))
            {
                let mut witness = o.gives.clone();
                self.path_to(v, &mut witness);
                return Check::Witness(tidy(witness));
            }
            let start = self.sub.step_offset(v);
            for (i, step) in self.sub.steps(v).iter().enumerate() {
                let (to, c) = (step.to, step.give);
                self.work += 1;
                if self.open(c) && !self.seen[to as usize] {
                    self.seen[to as usize] = true;
                    self.parent[to as usize] = start + i as u32;
                    self.reached.push(to);
                }
            }
        }
        // Two positions the target needs that cannot both hold: one must be
        // cut off, so the witness is both paths.
        for &(a, b, _) in &self.sub.clashes {
            if self.seen[a as usize] && self.seen[b as usize] {
                let mut witness = Vec::new();
                self.path_to(a, &mut witness);
                self.path_to(b, &mut witness);
                return Check::Witness(tidy(witness));
            }
        }
        // Depth first: a knot, as the path to it and one cycle of it.
        self.stack.clear();
        self.stack.push((0, 0));
        self.colour[0] = 1;
        while let Some(&mut (v, ref mut next)) = self.stack.last_mut() {
            let out = self.sub.steps(v);
            if (*next as usize) == out.len() {
                self.colour[v as usize] = 2;
                self.stack.pop();
                continue;
            }
            let (to, c) = (out[*next as usize].to, out[*next as usize].give);
            *next += 1;
            self.work += 1;
            if !self.open(c) {
                continue;
            }
            match self.colour[to as usize] {
                0 => {
                    self.colour[to as usize] = 1;
                    self.stack.push((to, 0));
                }
                1 => {
                    let mut witness = Vec::new();
                    self.path_to(to, &mut witness);
                    let on_stack = self
                        .stack
                        .iter()
                        .position(|&(u, _)| u == to)
                        .expect("a grey node is on the stack");
                    for &(u, n) in &self.stack[on_stack..] {
                        // The entry taken out of u is the one before its cursor.
                        witness.push(self.sub.steps(u)[n as usize - 1].give);
                    }
                    return Check::Witness(tidy(witness));
                }
                _ => {}
            }
        }
        Check::Clear
    }

    /// Whether no set of one concession fewer than `set` clears the target.
    fn minimal(&mut self, set: &[u32]) -> bool {
        set.iter().all(|&c| {
            self.set(set, true);
            self.given_up[c as usize] = false;
            let clears = matches!(self.check(), Check::Clear);
            self.set(set, false);
            !clears
        })
    }

    /// The nodes still to deliver once the marked concessions are given up,
    /// each after its preconditions (depth-first post-order from the target),
    /// with the preconditions each still waits for. A package's own
    /// preconditions are walked before its terms: delivering the terms is
    /// delivering the package, so what it needs comes first ("the price
    /// agreed first before it starts making any payments" had the payments
    /// planned before the price).
    fn plan(&mut self) -> Vec<PlanStep> {
        let mut order = Vec::new();
        let mut done = vec![false; self.sub.nodes.len()];
        let mut stack = vec![(0u32, 0u32)];
        done[0] = true;
        while let Some(&mut (v, ref mut next)) = stack.last_mut() {
            let out = self.sub.steps(v);
            // `next` runs over the steps twice: preconditions, then terms.
            let len = out.len() as u32;
            if *next < 2 * len {
                let step = &out[(*next % len) as usize];
                let terms_pass = *next >= len;
                *next += 1;
                if (step.kind == StepKind::Term) != terms_pass {
                    continue;
                }
                let (to, c) = (step.to, step.give);
                if self.open(c) && !done[to as usize] {
                    done[to as usize] = true;
                    stack.push((to, 0));
                }
                continue;
            }
            let mut after: Vec<u32> = Vec::new();
            for step in out {
                let (to, c) = (step.to, step.give);
                if self.open(c) && !after.contains(&to) {
                    after.push(to);
                }
            }
            order.push((v, after));
            stack.pop();
        }
        order
    }
}

/// A witness as a sorted set of concessions, without the fixed ones.
fn tidy(mut witness: Vec<u32>) -> Vec<u32> {
    witness.retain(|&c| c != FIXED);
    witness.sort_unstable();
    witness.dedup();
    witness
}

/// Why the search stopped before it had every minimal set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CutOff {
    /// There are more options than it may list (`--max`).
    Max,
    /// Sets of the largest size allowed (`--size`) did not clear the target:
    /// options of more concessions may exist.
    Size,
    /// The work budget ran out (a very large or tangled subgraph): the
    /// options listed are minimal, but others, smaller ones too, may exist.
    Budget,
}

/// A node still to deliver, with the preconditions it still waits for.
pub(super) type PlanStep = (u32, Vec<u32>);

/// What the search found.
pub(super) struct Found {
    /// Minimal sets of concessions, smallest first, each sorted, with the
    /// plan each leaves: (node, the preconditions it still waits for).
    pub sets: Vec<(Vec<u32>, Vec<PlanStep>)>,
    /// Set when some minimal set may be missing.
    pub cut_off: Option<CutOff>,
    /// No set of concessions clears the target (a block no party holds).
    pub impossible: bool,
}

/// The minimal sets of concessions that clear the target: at most `max`, of
/// at most `size` concessions each, within `budget` steps of work.
pub(super) fn minimal_sets(sub: &Tree, max: usize, size: usize, budget: u64) -> Found {
    let mut walker = Walker::new(sub);
    let mut solutions: Vec<Vec<u32>> = Vec::new();
    let mut cut_off = None;
    let mut level: Vec<Vec<u32>> = vec![Vec::new()];
    let mut seen: foldhash::HashSet<Vec<u32>> = foldhash::HashSet::default();
    // Each set put on the next level will cost a check: sets are made only
    // while the budget can pay for their checks, which bounds memory too.
    let per_set = (sub.size() as u64).max(256);
    'levels: for depth in 0..=size {
        let mut next = Vec::new();
        let mut promised: u64 = 0;
        let mut full = false;
        for set in &level {
            // A superset of a solution clears the target but is not minimal.
            if solutions.iter().any(|s| is_subset(s, set)) {
                continue;
            }
            if walker.work > budget {
                cut_off = Some(CutOff::Budget);
                break 'levels;
            }
            walker.set(set, true);
            let check = walker.check();
            walker.set(set, false);
            match check {
                // Only when a level was cut short by the budget can a smaller
                // solution have been missed; leaving out each member in turn
                // says for sure (clearing is monotone).
                Check::Clear if cut_off == Some(CutOff::Budget) && !walker.minimal(set) => {}
                Check::Clear => {
                    // One more than may be listed says that the list is cut.
                    // (A level cut short by the budget says more: smaller
                    // options may be missing, so that is what is reported.)
                    if solutions.len() == max {
                        cut_off = cut_off
                            .filter(|&c| c == CutOff::Budget)
                            .or(Some(CutOff::Max));
                        break 'levels;
                    }
                    solutions.push(set.clone());
                }
                Check::Witness(witness) if witness.is_empty() => {
                    return Found {
                        sets: Vec::new(),
                        cut_off: None,
                        impossible: true,
                    };
                }
                Check::Witness(_) if depth == size => {
                    cut_off.get_or_insert(CutOff::Size);
                }
                Check::Witness(_) if full => {}
                Check::Witness(witness) => {
                    for c in witness {
                        if walker.work + promised + per_set > budget {
                            // No more sets can be paid for: the next level is
                            // what was made so far.
                            full = true;
                            cut_off = Some(CutOff::Budget);
                            break;
                        }
                        let mut child = set.clone();
                        let at = child.partition_point(|&x| x < c);
                        child.insert(at, c);
                        if seen.insert(child.clone()) {
                            next.push(child);
                            promised += per_set;
                        }
                    }
                }
            }
        }
        if next.is_empty() {
            break;
        }
        next.sort_unstable();
        level = next;
    }
    let sets = solutions
        .into_iter()
        .map(|set| {
            walker.set(&set, true);
            let plan = walker.plan();
            walker.set(&set, false);
            (set, plan)
        })
        .collect();
    Found {
        sets,
        cut_off,
        impossible: false,
    }
}

/// Whether sorted `small` is contained in sorted `big`.
fn is_subset(small: &[u32], big: &[u32]) -> bool {
    let mut it = big.iter();
    small.iter().all(|x| it.any(|y| y == x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsets_of_sorted_sets() {
        assert!(is_subset(&[], &[1, 2]));
        assert!(is_subset(&[1, 3], &[1, 2, 3]));
        assert!(!is_subset(&[1, 4], &[1, 2, 3]));
        assert!(!is_subset(&[2, 1], &[1, 2]));
    }
}
