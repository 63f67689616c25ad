//! What a diagram shows: the whole view, a neighbourhood, one party's positions,
//! or the subgraph of one answer with its explaining chains highlighted.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use petgraph::Direction::{Incoming, Outgoing};

use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, NodeKind, Relation};
use crate::query::{blockers, deadlocks, path, requires};
use crate::view::View;

/// Which part of the graph to draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Focus {
    Whole,
    /// Everything within `depth` edges of a node, either direction.
    Around {
        node: NodeIx,
        depth: usize,
    },
    /// A party, its positions and what they touch.
    Party(NodeIx),
    Blockers(NodeIx),
    Requires(NodeIx),
    Path {
        from: NodeIx,
        to: NodeIx,
        directed: bool,
    },
    Deadlocks,
}

/// How a node is drawn beyond its kind and status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Plain,
    /// The node a question is about.
    Target,
    /// A node the answer names (a blocker, a knot member, a path end).
    Answer,
}

#[derive(Clone, Debug)]
pub struct Scene {
    pub title: String,
    pub subtitle: String,
    pub nodes: Vec<(NodeIx, Role)>,
    pub edges: Vec<EdgeIx>,
    pub highlighted: BTreeSet<EdgeIx>,
    /// Edges and nodes drawn faded: outside their dates today (with `--all-time`).
    pub faded_edges: BTreeSet<EdgeIx>,
    pub faded_nodes: BTreeSet<NodeIx>,
    /// (party, position): the party sets the position as a condition (it is
    /// the `by` of a drawn `conditions_on` edge into it). Drawn as a line
    /// from the party, so whose condition it is shows without reading labels.
    pub holders: Vec<(NodeIx, NodeIx)>,
    /// In a path view, each edge's place along the walk (1 for the first):
    /// the edge is still drawn in its own direction, walked with or against.
    pub steps: BTreeMap<EdgeIx, usize>,
    /// Each drawn proposal with its drawn terms (joined by a drawn `part_of`
    /// edge), in file order: drawn as one box. A term of two drawn proposals
    /// belongs to neither box, as a node can sit in only one.
    pub packages: Vec<(NodeIx, Vec<NodeIx>)>,
    pub as_of: Option<Date>,
}

impl Scene {
    pub fn contains(&self, n: NodeIx) -> bool {
        self.nodes.binary_search_by_key(&n, |(m, _)| *m).is_ok()
    }
}

/// Builds the scene for `focus` in `view`. `current`, when given, is today's
/// view: whatever `view` shows that `current` does not is drawn faded. Every
/// drawn `conditions_on` edge brings the party holding it into the scene
/// (see [`Scene::holders`]), so whose condition it is can be drawn.
pub fn scene(view: &View, current: Option<&View>, focus: &Focus) -> Scene {
    let g = view.graph;
    let mut nodes: BTreeSet<NodeIx> = BTreeSet::new();
    let mut edges: BTreeSet<EdgeIx> = BTreeSet::new();
    let mut highlighted = BTreeSet::new();
    let mut answers: BTreeSet<NodeIx> = BTreeSet::new();
    let mut target = None;
    let mut steps = BTreeMap::new();
    let name = |n: NodeIx| g.label(n).to_owned();
    let subtitle;

    match focus {
        Focus::Whole => {
            nodes.extend(view.visible_nodes());
            edges.extend(view.visible_edges());
            subtitle = String::new();
        }
        Focus::Around { node, depth } => {
            target = Some(*node);
            let mut dist = vec![usize::MAX; g.node_count()];
            dist[node.index()] = 0;
            let mut queue = VecDeque::from([*node]);
            while let Some(n) = queue.pop_front() {
                nodes.insert(n);
                if dist[n.index()] == *depth {
                    continue;
                }
                for dir in [Outgoing, Incoming] {
                    for e in view.edges(n, dir) {
                        let m = g.meta(e);
                        let other = if m.from == n { m.to } else { m.from };
                        if dist[other.index()] == usize::MAX {
                            dist[other.index()] = dist[n.index()] + 1;
                            queue.push_back(other);
                        }
                    }
                }
            }
            for &n in &nodes {
                for e in view.edges(n, Outgoing) {
                    if nodes.contains(&g.meta(e).to) {
                        edges.insert(e);
                    }
                }
            }
            subtitle = format!(
                "within {depth} step{} of {}",
                if *depth == 1 { "" } else { "s" },
                name(*node)
            );
        }
        Focus::Party(p) => {
            target = Some(*p);
            nodes.insert(*p);
            for e in view.edges(*p, Outgoing).chain(view.edges(*p, Incoming)) {
                let m = g.meta(e);
                if m.from == *p || m.relation == Relation::MemberOf {
                    edges.insert(e);
                    nodes.insert(m.from);
                    nodes.insert(m.to);
                }
            }
            for e in view.visible_edges() {
                let m = g.meta(e);
                if m.by == Some(*p) {
                    edges.insert(e);
                    nodes.insert(m.from);
                    nodes.insert(m.to);
                }
            }
            // What the positions touch: preconditions among them.
            let positions: Vec<NodeIx> = nodes
                .iter()
                .copied()
                .filter(|&n| g.kind(n) != NodeKind::Party)
                .collect();
            for n in positions {
                for e in view.edges(n, Outgoing) {
                    if nodes.contains(&g.meta(e).to) {
                        edges.insert(e);
                    }
                }
            }
            subtitle = format!("positions of {}", name(*p));
        }
        Focus::Blockers(x) => {
            target = Some(*x);
            nodes.insert(*x);
            let answer = blockers::blockers(view, *x, true);
            for b in &answer.blockers {
                answers.insert(b.ix);
                for link in b.chain.iter().chain(b.other_chains.iter().flatten()) {
                    edges.insert(link.edge);
                    highlighted.insert(link.edge);
                }
            }
            for &e in &answer.deadlock_edges {
                edges.insert(e);
                highlighted.insert(e);
            }
            subtitle = if answer.blockers.is_empty() {
                format!("nothing blocks {}", name(*x))
            } else {
                format!("what blocks {}", name(*x))
            };
        }
        Focus::Requires(x) => {
            target = Some(*x);
            nodes.insert(*x);
            for step in requires::requires(view, *x).preconditions {
                edges.insert(step.link.edge);
                answers.insert(step.node.ix);
            }
            subtitle = format!("what {} requires", name(*x));
        }
        Focus::Path { from, to, directed } => {
            nodes.insert(*from);
            nodes.insert(*to);
            answers.insert(*from);
            answers.insert(*to);
            let found = path::shortest(view, *from, *to, *directed);
            for (i, e) in found.iter().flatten().enumerate() {
                edges.insert(*e);
                highlighted.insert(*e);
                steps.insert(*e, i + 1);
            }
            subtitle = match found {
                Some(_) => format!("how {} is connected to {}", name(*from), name(*to)),
                None => format!("no path from {} to {}", name(*from), name(*to)),
            };
        }
        Focus::Deadlocks => {
            let answer = deadlocks::deadlocks(view);
            for k in &answer.deadlocks {
                answers.extend(k.node_ix.iter().copied());
                let members: BTreeSet<NodeIx> = k.node_ix.iter().copied().collect();
                for &n in &k.node_ix {
                    for e in view.edges(n, Outgoing) {
                        let m = g.meta(e);
                        if m.relation == Relation::ConditionsOn && members.contains(&m.to) {
                            edges.insert(e);
                        }
                    }
                }
                highlighted.extend(k.cycle_edges.iter().map(|l| l.edge));
            }
            for c in &answer.conflicts {
                answers.insert(c.target.ix);
                for s in c.for_.iter().chain(&c.against) {
                    edges.insert(s.link.edge);
                    if s.link.relation == Relation::Rejects {
                        highlighted.insert(s.link.edge);
                    }
                }
            }
            subtitle = match (answer.deadlocks.len(), answer.conflicts.len()) {
                (0, 0) => "no deadlocks and no conflicts".to_owned(),
                (k, c) => format!(
                    "{k} deadlock{} and {c} conflict{}",
                    if k == 1 { "" } else { "s" },
                    if c == 1 { "" } else { "s" }
                ),
            };
        }
    }
    // Mediators come with what they mediate: every drawn position brings its
    // `mediates` edges, so who brokers it shows in every view.
    let positions: BTreeSet<NodeIx> = nodes
        .iter()
        .copied()
        .chain(edges.iter().flat_map(|&e| {
            let m = g.meta(e);
            [m.from, m.to]
        }))
        .filter(|&n| g.kind(n).is_position())
        .collect();
    for n in positions {
        edges.extend(
            view.edges(n, Incoming)
                .filter(|&e| g.meta(e).relation == Relation::Mediates),
        );
    }
    let mut holders = BTreeSet::new();
    for &e in &edges {
        let m = g.meta(e);
        nodes.insert(m.from);
        nodes.insert(m.to);
        if m.relation == Relation::ConditionsOn
            && let Some(by) = m.by
        {
            nodes.insert(by);
            holders.insert((by, m.to));
        }
    }
    let (faded_edges, faded_nodes) = match current {
        Some(now) => (
            edges.iter().copied().filter(|&e| !now.edge_on(e)).collect(),
            nodes.iter().copied().filter(|&n| !now.node_on(n)).collect(),
        ),
        None => (BTreeSet::new(), BTreeSet::new()),
    };
    let packages = packages(view, &edges);
    let nodes = nodes
        .into_iter()
        .map(|n| {
            let role = if Some(n) == target {
                Role::Target
            } else if answers.contains(&n) {
                Role::Answer
            } else {
                Role::Plain
            };
            (n, role)
        })
        .collect();
    Scene {
        title: g.document().title.clone(),
        subtitle,
        nodes,
        edges: edges.into_iter().collect(),
        highlighted,
        faded_edges,
        faded_nodes,
        holders: holders.into_iter().collect(),
        steps,
        packages,
        as_of: view.as_of,
    }
}

/// The drawn proposals with their drawn terms (see [`Scene::packages`]).
fn packages(view: &View, edges: &BTreeSet<EdgeIx>) -> Vec<(NodeIx, Vec<NodeIx>)> {
    let g = view.graph;
    let mut boxes: BTreeMap<NodeIx, Vec<NodeIx>> = BTreeMap::new();
    let mut boxes_of: BTreeMap<NodeIx, usize> = BTreeMap::new();
    for &e in edges {
        let m = g.meta(e);
        if m.relation == Relation::PartOf {
            let terms = boxes.entry(m.to).or_default();
            if !terms.contains(&m.from) {
                terms.push(m.from);
                *boxes_of.entry(m.from).or_default() += 1;
            }
        }
    }
    boxes
        .into_iter()
        .map(|(p, mut terms)| {
            terms.retain(|t| boxes_of[t] == 1);
            (p, terms)
        })
        .filter(|(_, terms)| !terms.is_empty())
        .collect()
}
