//! A question as intents read it ([`Frame`]: its words, names and day) and
//! what an intent makes of it ([`Plan`]), with the helpers every intent's
//! reader shares: below both the intents' readers (`slots`) and the
//! readings of sets (`sets`), so neither calls back into the other.

use crate::graph::{Graph, NodeIx};
use crate::model::{Date, NodeKind, Relation};
use crate::query::Query;

/// What an intent makes of a question: one query per reading (a name that
/// fits two nodes gives two), and which names it used.
#[derive(Debug)]
pub struct Plan {
    /// The queries, one per reading.
    pub queries: Vec<Query>,
    /// The indices of the names used, into [`Frame::names`].
    pub used: Vec<usize>,
    /// What the reader should know about how the question was read here
    /// (a relation the graph does not hold read as its side, ...).
    pub notes: Vec<String>,
    /// The stems of words that are neither names nor cues the reading used
    /// ("pay" of "the pay offers", narrowing a set): no loose ends.
    pub words: Vec<String>,
}

/// The question as intents see it: its names (each with every node it may
/// mean) and a test for phrases.
pub struct Frame<'a> {
    /// The graph asked.
    pub graph: &'a Graph,
    /// The names found, in question order, each with the nodes it fits.
    pub names: Vec<Vec<NodeIx>>,
    /// Whether a phrase (as in [`super::cues::Pattern`]) is in the question.
    pub says: &'a dyn Fn(&str) -> bool,
    /// Whether the question has an "if" clause ("what happens if ...").
    pub asks_if: bool,
    /// The names standing in an "if" clause that is not read as a
    /// condition ("what happens if X?"), as indices into `names`.
    pub in_if: Vec<usize>,
    /// The baseline and last day a question about changes covers.
    pub window: (Date, Date),
    /// Whether the question names a day or a span (not "ever").
    pub dated: bool,
    /// Whether the question asks about all time ("ever", "over time").
    pub all_time: bool,
    /// The stems of the words that are no name, date, stopword or cue
    /// ("pay" of "the pay offers"), in question order.
    pub loose: Vec<String>,
    /// The words of the question as typed, lowercased, names and dates
    /// among them ("deal" of "a nuclear deal", which is a name too).
    pub typed: Vec<String>,
    /// Pairs of names `(a, b)` where `b` is named after `a`: "Zelensky's
    /// offer to meet Putin", "Okafor's arbitration idea" (only words of
    /// putting forward between them).
    pub owned: Vec<(usize, usize)>,
}

/// Which nodes a slot takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Takes {
    /// A demand, condition or proposal.
    Position,
    /// A party.
    Party,
    /// A proposal (a package of terms).
    Proposal,
    /// An issue (what a proposal's terms settle).
    Issue,
    /// Any node.
    Any,
}

impl Takes {
    fn fits(self, kind: NodeKind) -> bool {
        match self {
            Takes::Position => kind.is_position(),
            Takes::Party => kind == NodeKind::Party,
            Takes::Proposal => kind == NodeKind::Proposal,
            Takes::Issue => kind == NodeKind::Issue,
            Takes::Any => true,
        }
    }
}

impl Frame<'_> {
    /// The first name with a node of the kind `takes`, skipping names in
    /// `used`: its index and the nodes of that kind it fits.
    pub fn first(&self, takes: Takes, used: &[usize]) -> Option<(usize, Vec<NodeIx>)> {
        self.names.iter().enumerate().find_map(|(i, nodes)| {
            if used.contains(&i) {
                return None;
            }
            let fit: Vec<NodeIx> = nodes
                .iter()
                .copied()
                .filter(|&n| takes.fits(self.graph.kind(n)))
                .collect();
            (!fit.is_empty()).then_some((i, fit))
        })
    }

    /// Name `i`, fitting `nodes`, as the name after it narrows it: "the
    /// 70-day version" is "the 70-day" (a proposal and a ceasefire) and
    /// "version" (the proposal only), so the proposal. The nodes, and the
    /// next name's index when it narrowed them.
    pub fn narrowed_by_next(&self, i: usize, nodes: Vec<NodeIx>) -> (Vec<NodeIx>, Option<usize>) {
        let Some(next) = self.names.get(i + 1) else {
            return (nodes, None);
        };
        let both: Vec<NodeIx> = nodes.iter().copied().filter(|n| next.contains(n)).collect();
        if both.is_empty() || both.len() == nodes.len() {
            return (nodes, None);
        }
        (both, Some(i + 1))
    }

    /// Whether name `b` is named after name `a` ("Zelensky's offer").
    pub fn owns(&self, a: usize, b: usize) -> bool {
        self.owned.contains(&(a, b))
    }

    /// Whether any name could be a node of this kind.
    pub fn any(&self, takes: Takes) -> bool {
        self.first(takes, &[]).is_some()
    }

    /// "What blocks the ceasefire and the talks?", "do X and Y face the same
    /// obstacles?": with names joined by "and" and no "if" clause, every
    /// position named, not the first alone.
    pub fn with_positions_joined(
        &self,
        first: usize,
        mut nodes: Vec<NodeIx>,
    ) -> (Vec<NodeIx>, Vec<usize>) {
        let mut used = vec![first];
        if self.asks_if || !(self.says)("<n> and <n>") {
            return (nodes, used);
        }
        while let Some((i, more)) = self.first(Takes::Position, &used) {
            used.push(i);
            nodes.extend(
                more.into_iter()
                    .filter(|n| !nodes.contains(n))
                    .collect::<Vec<_>>(),
            );
        }
        (nodes, used)
    }
}

/// One query per node.
pub(super) fn each(nodes: &[NodeIx], query: impl Fn(NodeIx) -> Query) -> Vec<Query> {
    nodes.iter().map(|&n| query(n)).collect()
}

/// One query per pair of nodes.
pub(super) fn each_pair(
    a: &[NodeIx],
    b: &[NodeIx],
    query: impl Fn(NodeIx, NodeIx) -> Query,
) -> Vec<Query> {
    a.iter()
        .flat_map(|&x| b.iter().filter(move |&&y| y != x).map(move |&y| (x, y)))
        .map(|(x, y)| query(x, y))
        .collect()
}

/// Whether any party holds `relation` to `node`.
pub(super) fn held(g: &Graph, node: NodeIx, relation: Relation) -> bool {
    g.edge_indices().any(|e| {
        let m = g.meta(e);
        m.to == node && m.relation == relation
    })
}

/// Words for what one party puts to another, and the relation through
/// which it puts them ("Ukraine's offers": what Ukraine proposes).
pub const PUT_WORDS: &[(&str, Relation)] = &[
    (
        "offer/offers/proposal/proposals/invitation/invitations/invite/plan/plans",
        Relation::Proposes,
    ),
    (
        "demand/demands/call/calls/request/requests/ultimatum",
        Relation::Demands,
    ),
];

/// What one party asks of another: "what is Washington asking Iran to
/// do?", "what does the US want Tehran to give up?" (see `slots::stance`).
pub(crate) const ASKS_OF_ANOTHER: &str = "<n> * ask/asking/asks/asked/want/wants/wanting/wanted/urge/urging/urges/urged/press/pressing/presses/push/pushing/pushes/tell/telling/tells/demand/demanding <n> to";

/// "Is anyone mediating?" of a graph with no mediators: "none" is the
/// answer, said in a note over the whole record (`show`), not a refusal;
/// the question was understood and the graph speaks to it.
pub(super) fn none_recorded(none: &str) -> Plan {
    Plan {
        words: Vec::new(),
        queries: vec![Query::Overview],
        used: Vec::new(),
        notes: vec![format!("{none}; the whole record follows")],
    }
}

/// Whether a chain of links leads from `a` to `b` the way they run
/// (breadth first over the whole graph, every node once).
pub(super) fn reaches(g: &Graph, a: NodeIx, b: NodeIx) -> bool {
    let mut seen = vec![false; g.node_count()];
    let mut queue = std::collections::VecDeque::from([a]);
    seen[a.index()] = true;
    while let Some(n) = queue.pop_front() {
        if n == b {
            return true;
        }
        for e in g.edges_directed(n, petgraph::Direction::Outgoing) {
            let (_, to) = g.ends(e);
            if !seen[to.index()] {
                seen[to.index()] = true;
                queue.push_back(to);
            }
        }
    }
    false
}

/// How many links, either way, lie between `a` and `b` (breadth first over
/// the whole graph, every node once), or `None` when nothing connects them.
pub(super) fn steps_between(g: &Graph, a: NodeIx, b: NodeIx) -> Option<usize> {
    let mut depth = vec![usize::MAX; g.node_count()];
    let mut queue = std::collections::VecDeque::from([a]);
    depth[a.index()] = 0;
    while let Some(n) = queue.pop_front() {
        if n == b {
            return Some(depth[n.index()]);
        }
        let near = g
            .edges_directed(n, petgraph::Direction::Outgoing)
            .chain(g.edges_directed(n, petgraph::Direction::Incoming));
        for e in near {
            let (from, to) = g.ends(e);
            let other = if from == n { to } else { from };
            if depth[other.index()] == usize::MAX {
                depth[other.index()] = depth[n.index()] + 1;
                queue.push_back(other);
            }
        }
    }
    None
}

/// Of the nodes one end of a connection may be (`candidates`, "the
/// ceasefire": two), the one the other end (`other`, one node) lies
/// nearest, the first named on a tie: "how are the sanctions threat and
/// the ceasefire connected?" asks of one connection, not of two. `None`
/// when there is nothing to pick (one candidate, or several other ends).
pub(super) fn nearest_of(g: &Graph, candidates: &[NodeIx], other: &[NodeIx]) -> Option<NodeIx> {
    let (&[_, _, ..], &[o]) = (candidates, other) else {
        return None;
    };
    candidates
        .iter()
        .copied()
        .filter(|&c| c != o)
        .min_by_key(|&c| steps_between(g, c, o).unwrap_or(usize::MAX))
}

/// What to say of `chosen`, one of `fits`, read as the node nearest `other`.
pub(super) fn nearest_note(g: &Graph, chosen: NodeIx, fits: &[NodeIx], other: NodeIx) -> String {
    let others: Vec<&str> = fits
        .iter()
        .filter(|&&n| n != chosen)
        .map(|&n| g.id(n))
        .collect();
    format!(
        "read {} ({}), of the {} nodes the name fits, as the one nearest {} (the first named when as near); name {} by id to ask about it",
        g.id(chosen),
        g.label(chosen),
        fits.len(),
        g.id(other),
        others.join(" or ")
    )
}
