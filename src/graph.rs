//! The validated graph: the document plus a petgraph index over it.
//!
//! Node `i` of the petgraph is `doc.nodes[i]` and edge `j` is `doc.edges[j]`, so
//! indices translate both ways for free. Node kinds, statuses and dates are
//! decoded once here; an edge is stored packed and decoded by [`Graph::meta`]
//! in a few shifts. Queries never look at strings.

use petgraph::graph::DiGraph;

use crate::diagnostic::Diagnostic;
use crate::ids::IdIndex;
use crate::model::{
    Date, Document, Edge, End, Interval, Node, NodeKind, Quantity, Relation, Status,
};

pub type NodeIx = petgraph::graph::NodeIndex<u32>;
pub type EdgeIx = petgraph::graph::EdgeIndex<u32>;

/// What queries need to know about an edge, decoded from the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EdgeMeta {
    pub from: NodeIx,
    pub to: NodeIx,
    pub relation: Relation,
    pub by: Option<NodeIx>,
    pub time: Interval,
}

impl EdgeMeta {
    /// The edge as queries see it, its ends resolved by `node`; `None` when
    /// `from` or `to` names no node or the relation is unknown. A `by` that
    /// names no node is left out.
    #[inline]
    pub fn resolve<'e>(
        edge: &'e Edge,
        node: impl Fn(End<'e>) -> Option<NodeIx>,
    ) -> Option<EdgeMeta> {
        Some(EdgeMeta {
            from: node(edge.from())?,
            to: node(edge.to())?,
            relation: edge.known_relation()?,
            by: edge.by().and_then(&node),
            time: edge.interval(),
        })
    }
}

#[derive(Debug)]
pub struct Graph {
    pub(crate) doc: Document,
    pub(crate) net: DiGraph<(), Relation, u32>,
    pub(crate) by_id: IdIndex,
    pub(crate) kinds: Vec<NodeKind>,
    pub(crate) statuses: Vec<Status>,
    pub(crate) node_time: Vec<Interval>,
    /// Format 1.1's facts about nodes, for the nodes that have any, by position.
    pub(crate) facts: Vec<(u32, NodeFacts)>,
    pub(crate) warning_count: usize,
    pub(crate) warnings: Vec<Diagnostic>,
}

/// What format 1.1 says of a node beyond format 1, resolved for queries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NodeFacts {
    /// The parties who must act for it to be met.
    pub actors: Vec<NodeIx>,
    /// Dated changes of status, in date order.
    pub history: Vec<(Date, Status)>,
    /// The issue this term settles.
    pub issue: Option<NodeIx>,
    /// How much, read from the text.
    pub quantity: Option<Quantity>,
}

impl Graph {
    pub fn document(&self) -> &Document {
        &self.doc
    }
    /// The warnings, when they were collected.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }
    /// How many warnings validation found (0 when they were skipped).
    pub fn warning_count(&self) -> usize {
        self.warning_count
    }
    /// Format 1.1's facts about node `n`, when it has any.
    pub fn facts(&self, n: NodeIx) -> Option<&NodeFacts> {
        let at = self
            .facts
            .binary_search_by_key(&(n.index() as u32), |(i, _)| *i)
            .ok()?;
        Some(&self.facts[at].1)
    }
    /// Every node with format 1.1 facts, in file order.
    pub fn nodes_with_facts(&self) -> impl Iterator<Item = (NodeIx, &NodeFacts)> {
        self.facts
            .iter()
            .map(|(i, f)| (NodeIx::new(*i as usize), f))
    }
    /// The newest date among the sources: the day queries see by default.
    pub fn newest_source_date(&self) -> Option<Date> {
        self.doc
            .sources
            .iter()
            .filter_map(|s| s.date.as_ref().and_then(crate::model::Lenient::known))
            .max()
    }
    /// The parties who must act for node `n` to be met.
    pub fn actors(&self, n: NodeIx) -> &[NodeIx] {
        self.facts(n).map_or(&[], |f| &f.actors)
    }
    pub fn node_count(&self) -> usize {
        self.doc.nodes.len()
    }
    pub fn edge_count(&self) -> usize {
        self.doc.edges.len()
    }
    pub fn node_indices(&self) -> impl Iterator<Item = NodeIx> + '_ {
        self.net.node_indices()
    }
    pub fn edge_indices(&self) -> impl Iterator<Item = EdgeIx> + '_ {
        self.net.edge_indices()
    }

    pub fn node(&self, n: NodeIx) -> &Node {
        &self.doc.nodes[n.index()]
    }
    pub fn edge(&self, e: EdgeIx) -> &Edge {
        &self.doc.edges[e.index()]
    }
    /// The edge as queries see it, decoded from the document's edge.
    // Decoded on each call rather than kept: a table of them would cost a big
    // graph 32 bytes an edge, and decoding is a few shifts.
    #[inline]
    pub fn meta(&self, e: EdgeIx) -> EdgeMeta {
        let node = |end| match end {
            End::Node(i) => Some(NodeIx::new(i as usize)),
            End::Name(_) => None,
        };
        EdgeMeta::resolve(self.edge(e), node).expect("validation resolved every edge")
    }

    /// An edge's from and to, read from the petgraph: for walks, which need
    /// nothing else of the edge and so need not read it.
    #[inline]
    pub fn ends(&self, e: EdgeIx) -> (NodeIx, NodeIx) {
        let edge = &self.net.raw_edges()[e.index()];
        (edge.source(), edge.target())
    }
    pub fn id(&self, n: NodeIx) -> &str {
        &self.doc.nodes[n.index()].id
    }
    pub fn label(&self, n: NodeIx) -> &str {
        &self.doc.nodes[n.index()].label
    }
    pub fn kind(&self, n: NodeIx) -> NodeKind {
        self.kinds[n.index()]
    }
    pub fn status(&self, n: NodeIx) -> Status {
        self.statuses[n.index()]
    }
    pub fn node_time(&self, n: NodeIx) -> Interval {
        self.node_time[n.index()]
    }
    pub fn find(&self, id: &str) -> Option<NodeIx> {
        self.by_id.find(&self.doc.nodes, id).map(NodeIx::new)
    }

    /// The party whose position an edge records: its `by`, or else its source node
    /// when that is a party (a party's own demand is held by that party).
    pub fn holder(&self, e: EdgeIx) -> Option<NodeIx> {
        let meta = self.meta(e);
        meta.by
            .or_else(|| (self.kind(meta.from) == NodeKind::Party).then_some(meta.from))
    }

    /// Edges from `from` to `to` in file order, narrowed to one relation and one
    /// holder when given. Walks only the edges between the two nodes.
    pub fn edges_between(
        &self,
        from: NodeIx,
        to: NodeIx,
        relation: Option<Relation>,
        by: Option<NodeIx>,
    ) -> Vec<EdgeIx> {
        use petgraph::visit::EdgeRef;
        let mut found: Vec<EdgeIx> = self
            .net
            .edges_connecting(from, to)
            .map(|e| e.id())
            .filter(|&e| {
                let m = self.meta(e);
                relation.is_none_or(|r| m.relation == r) && by.is_none_or(|b| m.by == Some(b))
            })
            .collect();
        found.sort();
        found
    }
}
