//! The validated graph: the document plus an adjacency index over it.
//!
//! Node `i` of the index is `doc.nodes[i]` and edge `j` is `doc.edges[j]`, so
//! indices translate both ways for free. Node kinds, statuses and dates are
//! decoded once here; an edge is stored packed and decoded by [`Graph::meta`]
//! in a few shifts. Queries never look at strings.

use crate::adjacency::Adjacency;
use crate::diagnostic::Diagnostic;
use crate::ids::IdIndex;
use crate::model::{
    Date, Document, Edge, End, Interval, Node, NodeKind, Quantity, Relation, Status,
};

/// A node of a [`Graph`]: its position in the file's node list.
pub type NodeIx = petgraph::graph::NodeIndex<u32>;
/// An edge of a [`Graph`]: its position in the file's edge list.
pub type EdgeIx = petgraph::graph::EdgeIndex<u32>;

/// What queries need to know about an edge, decoded from the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EdgeMeta {
    /// The node the edge starts from.
    pub from: NodeIx,
    /// The node it points to.
    pub to: NodeIx,
    /// What it says.
    pub relation: Relation,
    /// The party the file says holds it (`by`); see [`Graph::holder`] for
    /// the party that holds it when `by` is absent.
    pub by: Option<NodeIx>,
    /// The edge's own dates (inclusive). A query also needs its ends and
    /// `by` to hold on the day: see [`crate::view::View::edge_on`].
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

/// A document that passed validation, indexed for queries. Made by
/// [`Graph::from_document`] (or, for a file just read, `Graph::from_parsed`);
/// it never changes after that: an edit makes a new document.
///
/// Nodes and edges are addressed by [`NodeIx`] and [`EdgeIx`], their
/// positions in the file; the accessors below take any index below
/// [`node_count`](Self::node_count) / [`edge_count`](Self::edge_count) and
/// panic on others, as slice indexing does. Names people type go through
/// [`crate::resolve::Names`]; [`find`](Self::find) takes exact ids only.
///
/// ```
/// use negograph::Graph;
/// use negograph::model::{Document, Edge, EdgeFields, Node, NodeKind, Relation};
///
/// let mut doc = Document::new("Talks");
/// doc.nodes.push(Node::new("ukraine", NodeKind::Party, "Ukraine"));
/// doc.nodes.push(Node::new("ceasefire", NodeKind::Demand, "Ceasefire"));
/// doc.edges.push(Edge::new(EdgeFields::new("ukraine", Relation::Demands, "ceasefire")));
///
/// let graph = Graph::from_document("example", doc)?;
/// let ceasefire = graph.find("ceasefire").expect("an id in the file");
/// assert_eq!(graph.label(ceasefire), "Ceasefire");
/// let demand = graph.edge_indices().next().unwrap();
/// assert_eq!(graph.meta(demand).relation, Relation::Demands);
/// assert_eq!(graph.holder(demand), graph.find("ukraine"));
/// // Valid, but the edge cites no source: a warning, not an error.
/// assert_eq!(graph.warnings()[0].code, "no-source");
/// # Ok::<(), negograph::Error>(())
/// ```
#[derive(Debug)]
pub struct Graph {
    pub(crate) doc: Document,
    /// Each node's edges, both ways.
    pub(crate) net: Adjacency,
    /// The `supersedes` edges, in file order, but those round a circle:
    /// views apply them to statuses.
    pub(crate) supersedes: Vec<EdgeIx>,
    /// The `member_of` edges, in file order, but those round a circle:
    /// views read who speaks for whom.
    pub(crate) memberships: Vec<EdgeIx>,
    /// The `member_of` and `supersedes` edges round a circle of their
    /// relation, ascending ([`Graph::is_circular`]).
    pub(crate) circular: Vec<EdgeIx>,
    pub(crate) by_id: IdIndex,
    pub(crate) kinds: Vec<NodeKind>,
    pub(crate) statuses: Vec<Status>,
    pub(crate) node_time: Vec<Interval>,
    /// Format 1.1's facts about nodes, for the nodes that have any, by position.
    pub(crate) facts: Vec<(u32, NodeFacts)>,
    pub(crate) warning_count: usize,
    pub(crate) warnings: Vec<Diagnostic>,
}

/// The days a claim was reported ([`Graph::reports`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reports<'g> {
    /// Each day a dated source citing the claim was published, oldest first.
    pub days: Vec<Report<'g>>,
    /// Some citation names no source, or one with no date: the claim may
    /// have been reported before its first dated report.
    pub undated: bool,
}

impl Reports<'_> {
    /// The day of its first dated report: the last day the claim can have
    /// been made, when it gives no day of its own.
    pub fn first(&self) -> Option<Date> {
        self.days.first().map(|r| r.on)
    }
}

/// One day's report of a claim: the sources of that day citing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report<'g> {
    /// The sources' date.
    pub on: Date,
    /// The sources of that day citing the claim, in citation order, each once.
    pub sources: Vec<&'g str>,
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
    /// The document the graph was made from, as validated.
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
    /// Whether `e` is a `member_of` or `supersedes` claim round a circle of
    /// its relation (parties each a member of the other, positions each
    /// replacing the other): `check` warns of it, and no query applies it,
    /// so no one on the circle speaks for another and nothing on it is
    /// replaced.
    pub fn is_circular(&self, e: EdgeIx) -> bool {
        self.circular.binary_search(&e).is_ok()
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
        self.source_dates().max()
    }
    /// The oldest date among the graph's sources dated to a day or coarser.
    pub fn oldest_source_date(&self) -> Option<Date> {
        self.source_dates().min()
    }
    /// The dates of the sources that have one the file states.
    fn source_dates(&self) -> impl Iterator<Item = Date> + '_ {
        self.dated_sources_in_order().map(|(_, d)| d)
    }
    /// Each source that has a date the file states, by id: what
    /// [`Graph::reports`] reads.
    pub fn dated_sources(&self) -> foldhash::HashMap<&str, Date> {
        self.dated_sources_in_order().collect()
    }
    /// When claim `e` was reported: the one rule `changes`, `timeline`,
    /// `issues` and the view's notes read. A source reports a claim on the
    /// source's own date, so each day one of its cited sources is dated is
    /// a report, oldest first, naming that day's sources in citation order:
    /// a claim first cited on 1 March and again on 20 March was reported on
    /// both days, never by the 20 March source on 1 March. `dated` is
    /// [`Graph::dated_sources`], made once by the caller.
    pub fn reports<'g>(&'g self, e: EdgeIx, dated: &foldhash::HashMap<&str, Date>) -> Reports<'g> {
        let mut reports = Reports::default();
        for c in self.edge(e).citations() {
            let source = c.source.map(|s| &**s);
            let Some((s, on)) = source.and_then(|s| Some((s, *dated.get(s)?))) else {
                reports.undated = true;
                continue;
            };
            match reports.days.iter_mut().find(|r| r.on == on) {
                Some(day) if !day.sources.contains(&s) => day.sources.push(s),
                Some(_) => {}
                None => reports.days.push(Report {
                    on,
                    sources: vec![s],
                }),
            }
        }
        reports.days.sort_by_key(|r| r.on);
        reports
    }
    fn dated_sources_in_order(&self) -> impl Iterator<Item = (&str, Date)> + '_ {
        self.doc.sources.iter().filter_map(|s| {
            let date = s.date.as_ref().and_then(crate::model::Lenient::known)?;
            Some((s.id.as_str(), date))
        })
    }
    /// The parties who must act for node `n` to be met.
    pub fn actors(&self, n: NodeIx) -> &[NodeIx] {
        self.facts(n).map_or(&[], |f| &f.actors)
    }
    /// How many nodes the file has, whatever their dates.
    pub fn node_count(&self) -> usize {
        self.doc.nodes.len()
    }
    /// How many edges the file has, whatever their dates.
    pub fn edge_count(&self) -> usize {
        self.doc.edges.len()
    }
    /// Every node, in file order. A [`View`](crate::view::View) gives those
    /// a query sees.
    pub fn node_indices(&self) -> impl Iterator<Item = NodeIx> + '_ {
        (0..self.node_count()).map(NodeIx::new)
    }
    /// Every edge, in file order.
    pub fn edge_indices(&self) -> impl Iterator<Item = EdgeIx> + '_ {
        (0..self.edge_count()).map(EdgeIx::new)
    }

    /// Node `n` as the file gives it.
    pub fn node(&self, n: NodeIx) -> &Node {
        &self.doc.nodes[n.index()]
    }
    /// Edge `e` as the file gives it; [`meta`](Self::meta) decodes what
    /// queries need of it.
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

    /// An edge's from and to: for walks, which need nothing else of the edge.
    #[inline]
    pub fn ends(&self, e: EdgeIx) -> (NodeIx, NodeIx) {
        let node = |end| match end {
            End::Node(i) => NodeIx::new(i as usize),
            End::Name(_) => unreachable!("validation resolved every edge"),
        };
        let edge = self.edge(e);
        (node(edge.from()), node(edge.to()))
    }

    /// The edges leaving (`Outgoing`) or entering (`Incoming`) node `n`,
    /// newest first.
    #[inline]
    pub fn edges_directed(
        &self,
        n: NodeIx,
        dir: petgraph::Direction,
    ) -> impl Iterator<Item = EdgeIx> + '_ {
        self.net.edges(n, dir)
    }
    /// Node `n`'s id.
    pub fn id(&self, n: NodeIx) -> &str {
        &self.doc.nodes[n.index()].id
    }
    /// Node `n`'s label, as people read it.
    pub fn label(&self, n: NodeIx) -> &str {
        &self.doc.nodes[n.index()].label
    }
    /// Node `n`'s kind.
    pub fn kind(&self, n: NodeIx) -> NodeKind {
        self.kinds[n.index()]
    }
    /// Node `n`'s status as the file gives it (`open` when it gives none),
    /// before its dated history: [`View::status`](crate::view::View::status)
    /// gives the status on a day.
    pub fn status(&self, n: NodeIx) -> Status {
        self.statuses[n.index()]
    }
    /// The days node `n` holds (its `since` and `until`, inclusive).
    pub fn node_time(&self, n: NodeIx) -> Interval {
        self.node_time[n.index()]
    }
    /// The node whose id is exactly `id` (ids are unique in a graph).
    /// Labels and aliases are not looked at: see [`crate::resolve::Names`].
    /// A hash look-up, no scan.
    pub fn find(&self, id: &str) -> Option<NodeIx> {
        self.by_id.find(&self.doc.nodes, id).map(NodeIx::new)
    }

    /// Every `member_of` claim but those round a circle, each with the
    /// days it holds: whom a member speaks for on any day
    /// ([`Memberships::party_on`](crate::model::Memberships::party_on)),
    /// for answers that span days (a view reads one day's).
    pub fn memberships(&self) -> crate::model::Memberships<NodeIx> {
        crate::model::Memberships::new(self.memberships.iter().map(|&e| {
            let (member, party) = self.ends(e);
            (member, party, self.meta(e).time)
        }))
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
        let mut found: Vec<EdgeIx> = self
            .net
            .edges(from, petgraph::Direction::Outgoing)
            .filter(|&e| {
                let m = self.meta(e);
                m.to == to
                    && relation.is_none_or(|r| m.relation == r)
                    && by.is_none_or(|b| m.by == Some(b))
            })
            .collect();
        found.sort();
        found
    }
}
