//! Which edges leave and enter each node: the index every walk uses.
//!
//! Compressed rows: for each direction, the edge numbers of all nodes in one
//! array, node by node, and where each node's run starts. That is 4 bytes an
//! edge each way, against the 20 bytes an edge (and 8 a node) of petgraph's
//! linked lists that it replaced: on a million edges, 10 MB instead of 22 MB,
//! which is what brought a warning-heavy 1M-edge file's `blockers` under
//! twice the file's size in memory. A node's edges are also contiguous, so a
//! walk reads them without chasing a pointer per edge.
//!
//! Each run lists the newest edge first, as petgraph's lists did: the
//! queries were written, and their outputs checked, in that order.

use petgraph::Direction;

// The graph's index types, named here from petgraph rather than imported
// from `graph`, which holds an `Adjacency`: no circle between the two.
type NodeIx = petgraph::graph::NodeIndex<u32>;
type EdgeIx = petgraph::graph::EdgeIndex<u32>;

/// The edges leaving and entering each node.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Adjacency {
    outgoing: Rows,
    incoming: Rows,
}

/// One direction's runs: node `n`'s edges are `edges[starts[n]..starts[n + 1]]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Rows {
    starts: Vec<u32>,
    edges: Vec<u32>,
}

impl Rows {
    /// Rows for `nodes` nodes of `edges` edges, edge `i` filed under node `key(i)`.
    fn build(nodes: usize, edges: usize, key: impl Fn(usize) -> u32) -> Rows {
        // First the end of each run (counts summed), then each edge written
        // at its run's end moving backwards: file order comes out reversed,
        // newest first, and every end has moved back to its run's start.
        let mut starts = vec![0u32; nodes + 1];
        for i in 0..edges {
            starts[key(i) as usize] += 1;
        }
        let mut total = 0;
        for slot in &mut starts {
            total += *slot;
            *slot = total;
        }
        let mut list = vec![0u32; edges];
        for i in 0..edges {
            let end = &mut starts[key(i) as usize];
            *end -= 1;
            list[*end as usize] = i as u32;
        }
        Rows {
            starts,
            edges: list,
        }
    }

    fn of(&self, n: NodeIx) -> &[u32] {
        let n = n.index();
        match (self.starts.get(n), self.starts.get(n + 1)) {
            (Some(&start), Some(&end)) => &self.edges[start as usize..end as usize],
            _ => &[],
        }
    }
}

impl Adjacency {
    /// The index of `nodes` nodes joined by `edges` edges: edge `i` goes
    /// from `from(i)` to `to(i)`, both below `nodes`. Each is asked twice an
    /// edge, rather than its answers kept (8 bytes an edge).
    pub fn build(
        nodes: usize,
        edges: usize,
        from: impl Fn(usize) -> u32,
        to: impl Fn(usize) -> u32,
    ) -> Adjacency {
        Adjacency {
            outgoing: Rows::build(nodes, edges, from),
            incoming: Rows::build(nodes, edges, to),
        }
    }

    /// The edges leaving (`Outgoing`) or entering (`Incoming`) node `n`,
    /// newest first.
    #[inline]
    pub fn edges(&self, n: NodeIx, dir: Direction) -> impl Iterator<Item = EdgeIx> + '_ {
        let rows = match dir {
            Direction::Outgoing => &self.outgoing,
            Direction::Incoming => &self.incoming,
        };
        rows.of(n).iter().map(|&e| EdgeIx::new(e as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use petgraph::graph::DiGraph;
    use petgraph::visit::EdgeRef;
    use proptest::prelude::*;

    #[test]
    fn lists_each_nodes_edges_newest_first() {
        let ends = [(0, 1), (1, 2), (0, 2), (2, 0), (0, 1)];
        let adj = Adjacency::build(4, ends.len(), |i| ends[i].0, |i| ends[i].1);
        let list = |n: usize, dir| {
            adj.edges(NodeIx::new(n), dir)
                .map(petgraph::graph::EdgeIndex::index)
                .collect::<Vec<_>>()
        };
        assert_eq!(list(0, Direction::Outgoing), [4, 2, 0]);
        assert_eq!(list(0, Direction::Incoming), [3]);
        assert_eq!(list(1, Direction::Incoming), [4, 0]);
        assert_eq!(list(2, Direction::Incoming), [2, 1]);
        assert_eq!(list(2, Direction::Outgoing), [3]);
        // A node without edges, and one past the last.
        assert!(list(3, Direction::Outgoing).is_empty());
        assert!(list(9, Direction::Incoming).is_empty());
    }

    proptest! {
        /// The lists petgraph kept, edge for edge and in the same order.
        #[test]
        fn lists_what_petgraph_listed(
            (nodes, ends) in (1..30usize).prop_flat_map(|n| {
                (Just(n), prop::collection::vec((0..n as u32, 0..n as u32), 0..120))
            })
        ) {
            let adj = Adjacency::build(nodes, ends.len(), |i| ends[i].0, |i| ends[i].1);
            let mut net: DiGraph<(), (), u32> = DiGraph::with_capacity(nodes, ends.len());
            for _ in 0..nodes {
                net.add_node(());
            }
            for &(from, to) in &ends {
                net.add_edge(NodeIx::new(from as usize), NodeIx::new(to as usize), ());
            }
            for n in net.node_indices() {
                for dir in [Direction::Outgoing, Direction::Incoming] {
                    let theirs: Vec<EdgeIx> = net.edges_directed(n, dir).map(|e| e.id()).collect();
                    let ours: Vec<EdgeIx> = adj.edges(n, dir).collect();
                    prop_assert_eq!(ours, theirs);
                }
            }
        }
    }
}
