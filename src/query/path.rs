//! How one node is connected to another.
//!
//! The shortest chain is a breadth-first search. Every simple path up to a
//! length is enumerated length by length (so shorter ones come first), pruned by
//! each node's distance to the target so that no branch is explored that cannot
//! arrive in time, and capped: past the cap paths are only counted.

use std::collections::VecDeque;

use petgraph::Direction::{self, Incoming, Outgoing};
use serde::Serialize;

use super::evidence::Link;
use crate::graph::{EdgeIx, NodeIx};
use crate::model::Date;
use crate::view::{AsOfBasis, View};

/// Past this many paths enumeration stops counting and says "more than".
pub const COUNT_CAP: usize = 100_000;

/// One walk from one node to another.
#[derive(Clone, Debug, Serialize)]
pub struct Path {
    /// The ids of the nodes walked through, from the first to the last (one
    /// more than `edges`).
    pub nodes: Vec<String>,
    /// The edges walked, in order; undirected, an edge may be walked against
    /// its direction, and keeps its own `from` and `to`.
    pub edges: Vec<Link>,
}

/// The answer of `path`.
#[derive(Clone, Debug, Serialize)]
pub struct Paths {
    /// The id of the node the walks start from.
    pub from: String,
    /// The id of the node they end at.
    pub to: String,
    /// The day the view looked at; `None` for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    /// Whether walks followed edges only in their direction.
    pub directed: bool,
    /// The walks listed, shortest first (at most [`PathOptions::limit`]);
    /// empty when the two are not connected.
    pub paths: Vec<Path>,
    /// Paths found but not listed (beyond the limit).
    pub more: usize,
    /// True when counting stopped at the cap, so `more` is a lower bound.
    pub more_is_lower_bound: bool,
    /// The view's day hides some claim or node (so `--all-time` could
    /// find a path it does not); false for all time, or when nothing in
    /// the graph is dated out of the view.
    pub dates_hide_some: bool,
}

/// Options for [`paths`].
#[derive(Clone, Copy, Debug)]
pub struct PathOptions {
    /// Follow edges only in their direction (the default); `false` walks
    /// them both ways, to see how two nodes are connected at all.
    pub directed: bool,
    /// Every simple path up to `max_len` edges rather than one shortest.
    pub all: bool,
    /// With `all`: the longest path looked for, in edges (inclusive).
    /// Ignored without `all`: the shortest path has no length limit.
    pub max_len: usize,
    /// How many paths to list.
    pub limit: usize,
}

impl Default for PathOptions {
    fn default() -> Self {
        PathOptions {
            directed: true,
            all: false,
            max_len: 6,
            limit: 20,
        }
    }
}

/// The neighbours of `n` that a walk may step to, with the edge used, in file
/// order, written into `out` (cleared first) so searches allocate once.
fn steps(view: &View, n: NodeIx, directed: bool, forward: bool, out: &mut Vec<(EdgeIx, NodeIx)>) {
    let g = view.graph;
    let dirs: &[Direction] = match (directed, forward) {
        (true, true) => &[Outgoing],
        (true, false) => &[Incoming],
        (false, _) => &[Outgoing, Incoming],
    };
    out.clear();
    for &dir in dirs {
        let start = out.len();
        out.extend(view.edges(n, dir).map(|e| {
            let (from, to) = g.ends(e);
            (e, if from == n { to } else { from })
        }));
        out[start..].reverse();
    }
}

fn make_path(view: &View, start: NodeIx, edges: &[EdgeIx]) -> Path {
    let g = view.graph;
    let mut nodes = vec![g.id(start).to_owned()];
    let mut at = start;
    for &e in edges {
        let m = g.meta(e);
        at = if m.from == at { m.to } else { m.from };
        nodes.push(g.id(at).to_owned());
    }
    Path {
        nodes,
        edges: edges.iter().map(|&e| Link::seen(view, e)).collect(),
    }
}

/// Breadth-first distances (in edges) from `start`, forward or backward.
fn distances(view: &View, start: NodeIx, directed: bool, forward: bool) -> Vec<usize> {
    let mut dist = vec![usize::MAX; view.graph.node_count()];
    dist[start.index()] = 0;
    let mut queue = VecDeque::from([start]);
    let mut next = Vec::new();
    while let Some(n) = queue.pop_front() {
        steps(view, n, directed, forward, &mut next);
        for &(_, m) in &next {
            if dist[m.index()] == usize::MAX {
                dist[m.index()] = dist[n.index()] + 1;
                queue.push_back(m);
            }
        }
    }
    dist
}

/// How `from` is connected to `to` in the view: one shortest path, or with
/// [`PathOptions::all`] every simple path (no node twice) of up to
/// `max_len` edges, shortest first and in file order within a length.
///
/// One shortest path is a breadth-first search, linear in the graph. Every
/// path can be exponentially many: the search visits only nodes that can
/// still reach `to` in time, and stops counting at [`COUNT_CAP`].
///
/// ```
/// use negograph::query::path::{PathOptions, paths};
/// use negograph::request::GraphSource;
/// use negograph::view::View;
///
/// let graph = GraphSource::builtin().load()?;
/// let view = View::everything(&graph);
/// let (talks, aid) = (graph.find("direct-talks").unwrap(), graph.find("western-aid-pause").unwrap());
/// let found = paths(&view, talks, aid, PathOptions::default());
/// // Direct talks need the 30-day ceasefire, which needs the aid pause.
/// assert_eq!(found.paths[0].nodes, ["direct-talks", "ceasefire-30d", "western-aid-pause"]);
/// # Ok::<(), negograph::Error>(())
/// ```
pub fn paths(view: &View, from: NodeIx, to: NodeIx, opts: PathOptions) -> Paths {
    let g = view.graph;
    let mut found = Vec::new();
    let mut count = 0usize;
    if !opts.all {
        if let Some(edges) = shortest(view, from, to, opts.directed) {
            found.push(make_path(view, from, &edges));
            count = 1;
        }
    } else if from == to {
        found.push(make_path(view, from, &[]));
        count = 1;
    } else {
        let to_target = distances(view, to, opts.directed, false);
        let mut on_path = vec![false; g.node_count()];
        on_path[from.index()] = true;
        let mut trail = Vec::new();
        for len in 1..=opts.max_len {
            if to_target[from.index()] > len {
                continue;
            }
            let mut walk = Walk {
                view,
                to,
                directed: opts.directed,
                to_target: &to_target,
                on_path: &mut on_path,
                trail: &mut trail,
                found: &mut found,
                count: &mut count,
                limit: opts.limit,
                from,
            };
            walk.extend(from, len);
            if count >= COUNT_CAP {
                break;
            }
        }
    }
    let listed = found.len();
    Paths {
        from: g.id(from).to_owned(),
        to: g.id(to).to_owned(),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        directed: opts.directed,
        paths: found,
        more: count - listed,
        more_is_lower_bound: count >= COUNT_CAP,
        dates_hide_some: view.visible_edges().count() < g.edge_count()
            || view.visible_nodes().count() < g.node_count(),
    }
}

/// One shortest chain of edges from `from` to `to` (empty when they are the
/// same node), the first found in file order; `None` when either is not
/// visible or `to` cannot be reached. Undirected (`directed` false), edges
/// are walked both ways. Linear in the graph.
pub fn shortest(view: &View, from: NodeIx, to: NodeIx, directed: bool) -> Option<Vec<EdgeIx>> {
    if !view.node_on(from) || !view.node_on(to) {
        return None;
    }
    // parent[n]: the edge by which n was first reached, and the node it came from.
    let mut parent: Vec<Option<(EdgeIx, NodeIx)>> = vec![None; view.graph.node_count()];
    let mut seen = vec![false; view.graph.node_count()];
    seen[from.index()] = true;
    let mut queue = VecDeque::from([from]);
    let mut next = Vec::new();
    while let Some(n) = queue.pop_front() {
        if n == to {
            let mut chain = Vec::new();
            let mut at = to;
            while at != from {
                let (e, prev) = parent[at.index()].expect("every reached node has a parent");
                chain.push(e);
                at = prev;
            }
            chain.reverse();
            return Some(chain);
        }
        steps(view, n, directed, true, &mut next);
        for &(e, m) in &next {
            if !seen[m.index()] {
                seen[m.index()] = true;
                parent[m.index()] = Some((e, n));
                queue.push_back(m);
            }
        }
    }
    None
}

struct Walk<'a, 'v> {
    view: &'a View<'v>,
    to: NodeIx,
    directed: bool,
    to_target: &'a [usize],
    on_path: &'a mut Vec<bool>,
    trail: &'a mut Vec<EdgeIx>,
    found: &'a mut Vec<Path>,
    count: &'a mut usize,
    limit: usize,
    from: NodeIx,
}

impl Walk<'_, '_> {
    /// Extends the trail from `at` by exactly `left` more edges to the target.
    fn extend(&mut self, at: NodeIx, left: usize) {
        if *self.count >= COUNT_CAP {
            return;
        }
        if left == 0 {
            if at == self.to {
                *self.count += 1;
                if self.found.len() < self.limit {
                    self.found.push(make_path(self.view, self.from, self.trail));
                }
            }
            return;
        }
        if at == self.to {
            return;
        }
        let mut next = Vec::new();
        steps(self.view, at, self.directed, true, &mut next);
        for (e, m) in next {
            if self.on_path[m.index()] || self.to_target[m.index()] > left - 1 {
                continue;
            }
            self.on_path[m.index()] = true;
            self.trail.push(e);
            self.extend(m, left - 1);
            self.trail.pop();
            self.on_path[m.index()] = false;
        }
    }
}
