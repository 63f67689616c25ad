//! What a diagram shows: the whole view, a neighbourhood, one party's positions,
//! or the subgraph of one answer with its explaining chains highlighted.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use petgraph::Direction::{Incoming, Outgoing};

use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, NodeKind, Relation, Status};
use crate::query::settled::{Asked, drawing_title};
use crate::query::unblock::{UnblockOptions, unblock};
use crate::query::{blockers, changes, deadlocks, effects, path, requires};
use crate::view::View;

/// Which part of the graph to draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Focus {
    /// Every node and edge the view shows.
    Whole,
    /// Everything within `depth` edges of a node, either direction.
    Around {
        /// The node at the centre.
        node: NodeIx,
        /// How many edges out to go.
        depth: usize,
    },
    /// A party, its positions and what they touch.
    Party(NodeIx),
    /// A position's blockers, every chain to each highlighted (as
    /// `blockers --all-chains` finds them).
    Blockers(NodeIx),
    /// A position's tree of preconditions.
    Requires(NodeIx),
    /// The shortest path between two nodes, its edges numbered along the walk.
    Path {
        /// Where the walk starts.
        from: NodeIx,
        /// Where it ends.
        to: NodeIx,
        /// Walk edges only in their own direction; otherwise either way.
        directed: bool,
    },
    /// Every knot of mutual preconditions, its cycle highlighted, and every
    /// conflict (a position one party wants and another rejects).
    Deadlocks,
    /// What it would take to unblock a position: its blocking subgraph, each
    /// concession marked with the numbers of the options that give it up.
    Unblock(NodeIx),
    /// What changed after `from` up to `to` (claims added and removed, nodes
    /// whose status changed), for one party or around one node when given.
    Changes {
        /// The days compared.
        window: changes::Window,
        /// Only this party's claims and positions, when given.
        party: Option<NodeIx>,
        /// Only what touches this node, when given.
        around: Option<NodeIx>,
    },
    /// What a position's happening unlocks, what still waits, which threats
    /// it sets off, and how it was answered.
    Effects(NodeIx),
}

/// How an answer marks an edge beyond drawing it thick.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Given up in these options (numbered from 1), in an unblock view.
    Concession(Vec<usize>),
    /// Began to hold in the window, in a changes view.
    Added,
    /// Stopped holding in the window, in a changes view.
    Removed,
}

/// How a node is drawn beyond its kind and status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Any other node drawn, for context.
    Plain,
    /// The node a question is about.
    Target,
    /// A node the answer names (a blocker, a knot member, a path end).
    Answer,
}

/// What to draw, read off a view: the nodes and edges, and how to mark each.
/// The DOT and Mermaid writers draw from it; the HTML map lays it out.
#[derive(Clone, Debug)]
pub struct Scene {
    /// The document's title.
    pub title: String,
    /// What the focus shows, in words ("what blocks X"); empty for the whole view.
    pub subtitle: String,
    /// Every node drawn, with its role, in file order (sorted by index, which
    /// [`Scene::contains`] relies on).
    pub nodes: Vec<(NodeIx, Role)>,
    /// Every edge drawn, in file order.
    pub edges: Vec<EdgeIx>,
    /// Edges drawn thick: the chains, cycles and paths that explain the answer.
    pub highlighted: BTreeSet<EdgeIx>,
    /// Edges and nodes drawn faded: outside their dates today (with `--all-time`).
    pub faded_edges: BTreeSet<EdgeIx>,
    /// Nodes drawn faded, as for `faded_edges`.
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
    /// Edges an answer marks: concessions by option, claims added or removed.
    pub marks: BTreeMap<EdgeIx, Mark>,
    /// In an effects view, the threats the node sets off: (the node, a
    /// threatened position, the threats of it), drawn as one line from the
    /// node to the position.
    pub triggers: Vec<(NodeIx, NodeIx, Vec<EdgeIx>)>,
    /// The day the view shows; `None` for all time.
    pub as_of: Option<Date>,
}

impl Scene {
    /// Whether node `n` is drawn: a binary search of `nodes`.
    pub fn contains(&self, n: NodeIx) -> bool {
        self.nodes.binary_search_by_key(&n, |(m, _)| *m).is_ok()
    }
}

/// Builds the scene for `focus` in `view`. `current`, when given, is today's
/// view: whatever `view` shows that `current` does not is drawn faded. Every
/// drawn `conditions_on` edge brings the party holding it into the scene
/// (see [`Scene::holders`]), so whose condition it is can be drawn.
pub fn scene(view: &View, current: Option<&View>, focus: &Focus) -> Scene {
    let mut d = Drawing::new(view);
    let subtitle = match focus {
        Focus::Whole => {
            d.nodes.extend(view.visible_nodes());
            d.edges.extend(view.visible_edges());
            String::new()
        }
        Focus::Around { node, depth } => d.around(*node, *depth),
        Focus::Party(p) => d.party(*p),
        Focus::Blockers(x) => d.blockers(*x),
        Focus::Requires(x) => d.requires(*x),
        Focus::Path { from, to, directed } => d.path(*from, *to, *directed),
        Focus::Deadlocks => d.deadlocks(),
        Focus::Unblock(x) => d.unblock(*x),
        Focus::Changes {
            window,
            party,
            around,
        } => d.changes(*window, *party, *around),
        Focus::Effects(x) => d.effects(*x),
    };
    d.finish(current, subtitle)
}

/// What a view draws, gathered by the view's own method: its nodes and
/// edges, what the answer names and highlights, and the marks on edges.
struct Drawing<'v, 'g> {
    view: &'v View<'g>,
    nodes: BTreeSet<NodeIx>,
    edges: BTreeSet<EdgeIx>,
    highlighted: BTreeSet<EdgeIx>,
    answers: BTreeSet<NodeIx>,
    target: Option<NodeIx>,
    steps: BTreeMap<EdgeIx, usize>,
    marks: BTreeMap<EdgeIx, Mark>,
    triggers: Vec<(NodeIx, NodeIx, Vec<EdgeIx>)>,
}

impl<'v, 'g> Drawing<'v, 'g> {
    fn new(view: &'v View<'g>) -> Drawing<'v, 'g> {
        Drawing {
            view,
            nodes: BTreeSet::new(),
            edges: BTreeSet::new(),
            highlighted: BTreeSet::new(),
            answers: BTreeSet::new(),
            target: None,
            steps: BTreeMap::new(),
            marks: BTreeMap::new(),
            triggers: Vec::new(),
        }
    }

    fn name(&self, n: NodeIx) -> String {
        self.view.graph.label(n).to_owned()
    }

    /// The target, to be drawn whatever else is.
    fn aim(&mut self, x: NodeIx) {
        self.target = Some(x);
        self.nodes.insert(x);
    }

    /// An edge drawn thick: part of the answer's explanation.
    fn highlight(&mut self, e: EdgeIx) {
        self.edges.insert(e);
        self.highlighted.insert(e);
    }

    fn around(&mut self, node: NodeIx, depth: usize) -> String {
        let (view, g) = (self.view, self.view.graph);
        self.target = Some(node);
        let mut dist = vec![usize::MAX; g.node_count()];
        dist[node.index()] = 0;
        let mut queue = VecDeque::from([node]);
        while let Some(n) = queue.pop_front() {
            self.nodes.insert(n);
            if dist[n.index()] == depth {
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
        self.edges_among_nodes(self.nodes.iter().copied().collect());
        format!(
            "within {depth} step{} of {}",
            if depth == 1 { "" } else { "s" },
            self.name(node)
        )
    }

    /// Every edge out of `from` that lands on a node already drawn.
    fn edges_among_nodes(&mut self, from: Vec<NodeIx>) {
        for n in from {
            for e in self.view.edges(n, Outgoing) {
                if self.nodes.contains(&self.view.graph.meta(e).to) {
                    self.edges.insert(e);
                }
            }
        }
    }

    fn party(&mut self, p: NodeIx) -> String {
        let (view, g) = (self.view, self.view.graph);
        self.aim(p);
        for e in view.edges(p, Outgoing).chain(view.edges(p, Incoming)) {
            let m = g.meta(e);
            if m.from == p || m.relation == Relation::MemberOf {
                self.edges.insert(e);
                self.nodes.insert(m.from);
                self.nodes.insert(m.to);
            }
        }
        for e in view.visible_edges() {
            let m = g.meta(e);
            if m.by == Some(p) {
                self.edges.insert(e);
                self.nodes.insert(m.from);
                self.nodes.insert(m.to);
            }
        }
        // What the positions touch: preconditions among them.
        let positions: Vec<NodeIx> = self
            .nodes
            .iter()
            .copied()
            .filter(|&n| g.kind(n) != NodeKind::Party)
            .collect();
        self.edges_among_nodes(positions);
        format!("positions of {}", self.name(p))
    }

    fn blockers(&mut self, x: NodeIx) -> String {
        self.aim(x);
        let answer = blockers::blockers(self.view, x, true);
        for b in &answer.blockers {
            self.answers.insert(b.ix);
            for link in b.chain.iter().chain(b.other_chains.iter().flatten()) {
                self.highlight(link.edge);
            }
            // The same party's other claims making the same obstacle.
            for a in &b.also {
                self.highlight(a.link.edge);
            }
        }
        for &e in &answer.deadlock_edges {
            self.highlight(e);
        }
        // What it waits on (a threat, an unanswered demand) is drawn too.
        for e in crate::query::waiting::waiting_edges(&answer.waits_on) {
            self.highlight(e);
        }
        // The same count as the text answer's "N obstacles". Obstacles
        // past the cap on chains come without one, so they are not
        // drawn: say so, or the drawing reads as the whole answer.
        let name = self.name(x);
        let count = answer.blockers.len();
        let drawn = count - answer.chains_omitted;
        let waits = crate::query::waiting::waiting_briefly(self.view.graph, &answer.waits_on)
            .map(|w| format!("; it waits on {w}"))
            .unwrap_or_default();
        let sought = if answer.clear {
            format!("nothing blocks {name}{waits}")
        } else if count == 0 {
            format!("what blocks {name}: a deadlock")
        } else if answer.chains_omitted > 0 {
            format!(
                "what blocks {name}: {drawn} of {count} obstacles drawn, the nearest; the text answer lists them all"
            )
        } else {
            format!(
                "what blocks {name}: {count} obstacle{}",
                if count == 1 { "" } else { "s" }
            )
        };
        drawing_title(answer.status(), &name, Asked::Blockers, sought)
    }

    fn requires(&mut self, x: NodeIx) -> String {
        self.aim(x);
        for step in requires::requires(self.view, x).preconditions {
            self.edges.insert(step.link.edge);
            self.answers.insert(step.node.ix);
        }
        format!("what {} requires", self.name(x))
    }

    fn path(&mut self, from: NodeIx, to: NodeIx, directed: bool) -> String {
        self.nodes.extend([from, to]);
        self.answers.extend([from, to]);
        let found = path::shortest(self.view, from, to, directed);
        for (i, &e) in found.iter().flatten().enumerate() {
            self.highlight(e);
            self.steps.insert(e, i + 1);
        }
        let (a, b) = (self.name(from), self.name(to));
        match found {
            Some(_) => format!("how {a} is connected to {b}"),
            None => format!("no path from {a} to {b}"),
        }
    }

    fn deadlocks(&mut self) -> String {
        let view = self.view;
        let answer = deadlocks::deadlocks(view);
        for k in &answer.deadlocks {
            self.answers.extend(k.node_ix.iter().copied());
            let members: BTreeSet<NodeIx> = k.node_ix.iter().copied().collect();
            for &n in &k.node_ix {
                for (e, to, _) in crate::standing::steps_down(view, n) {
                    if members.contains(&to) {
                        self.edges.insert(e);
                    }
                }
            }
            self.highlighted
                .extend(k.cycle_edges.iter().map(|l| l.edge));
        }
        for c in &answer.conflicts {
            self.answers.insert(c.target.ix);
            for s in &c.for_ {
                self.edges.insert(s.link.edge);
            }
            // Every stand against it is what makes it a conflict.
            for s in &c.against {
                self.highlight(s.link.edge);
            }
        }
        match (answer.deadlocks.len(), answer.conflicts.len()) {
            (0, 0) => "no deadlocks and no conflicts".to_owned(),
            (k, c) => format!(
                "{k} deadlock{} and {c} conflict{}",
                if k == 1 { "" } else { "s" },
                if c == 1 { "" } else { "s" }
            ),
        }
    }

    fn unblock(&mut self, x: NodeIx) -> String {
        self.aim(x);
        let answer = unblock(self.view, x, UnblockOptions::default());
        self.edges.extend(answer.subgraph.iter().copied());
        let mut given_up: BTreeMap<EdgeIx, Vec<usize>> = BTreeMap::new();
        for (i, option) in answer.options.iter().enumerate() {
            for c in &option.moves {
                self.answers.extend(c.party_ix);
                // Only the claims a move gives up are marked so; the ones
                // that call for it (a condition whose actor agrees to
                // deliver it, a precondition accepted) stay, as `unblock`
                // says: they are drawn bold, unmarked.
                for link in &c.links {
                    self.highlighted.insert(link.edge);
                    given_up.entry(link.edge).or_default().push(i + 1);
                }
                for link in &c.evidence {
                    self.highlighted.insert(link.edge);
                }
            }
        }
        self.marks
            .extend(given_up.into_iter().map(|(e, o)| (e, Mark::Concession(o))));
        let name = self.name(x);
        let options = answer.options.len();
        for e in crate::query::waiting::waiting_edges(&answer.waits_on) {
            self.highlight(e);
        }
        let waits = crate::query::waiting::waiting_briefly(self.view.graph, &answer.waits_on)
            .map(|w| format!("; it waits on {w}"))
            .unwrap_or_default();
        // "Agreed" only where `unblock` says it ([`Unblock::agreed_now`]).
        let sought = if answer.agreed_now() {
            format!("nothing blocks {name}: what remains is agreed and can be delivered{waits}")
        } else if answer.reachable_now {
            format!("nothing blocks {name}{waits}")
        } else if options == 0 {
            format!("no option found to unblock {name}")
        } else {
            format!(
                "what it would take to unblock {name}: {options} option{}{}",
                if options == 1 { "" } else { "s" },
                if answer.complete {
                    ""
                } else {
                    " (more may exist)"
                }
            )
        };
        drawing_title(answer.status, &name, Asked::Unblock, sought)
    }

    fn changes(
        &mut self,
        window: changes::Window,
        party: Option<NodeIx>,
        around: Option<NodeIx>,
    ) -> String {
        self.target = around;
        let found = changes::changes_in(self.view.graph, window, party, around);
        for c in &found.added {
            self.edges.insert(c.link.edge);
            self.marks.insert(c.link.edge, Mark::Added);
        }
        // A claim that came and went in the window is drawn ended.
        for c in &found.removed {
            self.edges.insert(c.link.edge);
            self.marks.insert(c.link.edge, Mark::Removed);
        }
        for s in &found.status {
            self.nodes.insert(s.ix);
            self.answers.insert(s.ix);
        }
        self.nodes.extend(party);
        self.nodes.extend(around);
        format!(
            "what changed from {} to {}: {} added, {} ended, {} status change{}",
            window.from(),
            window.to(),
            found.added.len(),
            found.removed.len(),
            found.status.len(),
            if found.status.len() == 1 { "" } else { "s" }
        )
    }

    fn effects(&mut self, x: NodeIx) -> String {
        self.aim(x);
        let answer = effects::effects(self.view, x);
        for d in &answer.unlocked {
            self.answers.insert(d.node.ix);
            for link in &d.chain {
                self.highlight(link.edge);
            }
        }
        for d in &answer.still_blocked {
            for link in d.chain.iter().chain(&d.remaining) {
                self.edges.insert(link.edge);
            }
        }
        for t in &answer.triggered {
            self.highlight(t.link.edge);
            self.answers.insert(t.threat.ix);
            match self
                .triggers
                .iter_mut()
                .find(|(_, to, _)| *to == t.threat.ix)
            {
                Some((_, _, threats)) => threats.push(t.link.edge),
                None => self.triggers.push((x, t.threat.ix, vec![t.link.edge])),
            }
        }
        for r in &answer.responses {
            self.edges.insert(r.link.edge);
        }
        let name = self.name(x);
        let sought = format!(
            "what follows from \u{201C}{name}\u{201D}: {} unlocked, {} threat{} set off",
            answer.unlocked.len(),
            answer.triggered.len(),
            if answer.triggered.len() == 1 { "" } else { "s" }
        );
        let status = answer.target.status.unwrap_or(Status::Open);
        drawing_title(status, &name, Asked::Effects, sought)
    }

    /// Every drawn threat with a trigger in the view brings its trigger, and
    /// a line from the trigger to the threatened measure ("sets off"), so a
    /// threat reads the same in every view as in an effects view: who
    /// threatens what, against whom (the line's label), if what happens.
    fn attach_triggers(&mut self) {
        let (view, g) = (self.view, self.view.graph);
        for &e in &self.edges {
            let m = g.meta(e);
            if m.relation != Relation::Threatens {
                continue;
            }
            let Some(trigger) = g.edge(e).trigger().and_then(|t| g.document().ref_node(t)) else {
                continue;
            };
            let trigger = NodeIx::new(trigger);
            if !view.node_on(trigger) {
                continue;
            }
            self.nodes.insert(trigger);
            match self
                .triggers
                .iter_mut()
                .find(|(from, to, _)| *from == trigger && *to == m.to)
            {
                Some((_, _, threats)) if threats.contains(&e) => {}
                Some((_, _, threats)) => threats.push(e),
                None => self.triggers.push((trigger, m.to, vec![e])),
            }
        }
    }

    /// The scene: every drawn edge's ends, mediators with what they
    /// mediate, holders' lines, what is faded, packages and roles.
    fn finish(mut self, current: Option<&View>, subtitle: String) -> Scene {
        let (view, g) = (self.view, self.view.graph);
        // Mediators come with what they mediate: every drawn position brings its
        // `mediates` edges, so who brokers it shows in every view.
        let positions: BTreeSet<NodeIx> = self
            .nodes
            .iter()
            .copied()
            .chain(self.edges.iter().flat_map(|&e| {
                let m = g.meta(e);
                [m.from, m.to]
            }))
            .filter(|&n| g.kind(n).is_position())
            .collect();
        for n in positions {
            self.edges.extend(
                view.edges(n, Incoming)
                    .filter(|&e| g.meta(e).relation == Relation::Mediates),
            );
        }
        self.attach_triggers();
        let mut holders = BTreeSet::new();
        for &e in &self.edges {
            let m = g.meta(e);
            self.nodes.insert(m.from);
            self.nodes.insert(m.to);
            if m.relation == Relation::ConditionsOn
                && let Some(by) = m.by
            {
                self.nodes.insert(by);
                holders.insert((by, m.to));
            }
        }
        let (faded_edges, faded_nodes) = match current {
            Some(now) => (
                self.edges
                    .iter()
                    .copied()
                    .filter(|&e| !now.edge_on(e))
                    .collect(),
                self.nodes
                    .iter()
                    .copied()
                    .filter(|&n| !now.node_on(n))
                    .collect(),
            ),
            None => (BTreeSet::new(), BTreeSet::new()),
        };
        let packages = packages(view, &self.edges);
        let (target, answers) = (self.target, &self.answers);
        let nodes = self
            .nodes
            .iter()
            .map(|&n| {
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
            edges: self.edges.into_iter().collect(),
            highlighted: self.highlighted,
            faded_edges,
            faded_nodes,
            holders: holders.into_iter().collect(),
            steps: self.steps,
            packages,
            marks: self.marks,
            triggers: self.triggers,
            as_of: view.as_of,
        }
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
