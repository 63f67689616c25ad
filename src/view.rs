//! The graph a question sees: one day's positions (or all of them), with some
//! demands assumed met and some edges set aside, without touching the file.

use petgraph::Direction;
use petgraph::visit::EdgeRef;

use crate::error::{Error, Result};
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{Date, Relation, Status};
use crate::resolve::Names;

/// Which day's graph to look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Today (UTC): what still holds now.
    Today,
    On(Date),
    /// Every node and edge, whatever its dates.
    AllTime,
}

/// What an analyst asks to change for one query: the what-if knobs.
#[derive(Clone, Debug)]
pub struct ViewSpec {
    pub when: When,
    /// Names of nodes to treat as met.
    pub assume: Vec<String>,
    /// Edges to ignore, written `FROM:RELATION:TO`.
    pub drop: Vec<String>,
}

impl Default for ViewSpec {
    fn default() -> ViewSpec {
        ViewSpec {
            when: When::Today,
            assume: Vec::new(),
            drop: Vec::new(),
        }
    }
}

impl ViewSpec {
    pub fn all_time() -> ViewSpec {
        ViewSpec {
            when: When::AllTime,
            ..ViewSpec::default()
        }
    }
}

/// A graph seen on one day under some assumptions. Built in one pass over nodes
/// and edges; after that every visibility test is an array look-up.
pub struct View<'g> {
    pub graph: &'g Graph,
    pub as_of: Option<Date>,
    pub assumed: Vec<NodeIx>,
    pub dropped: Vec<EdgeIx>,
    node_on: Vec<bool>,
    edge_on: Vec<bool>,
    met: Vec<bool>,
}

impl<'g> View<'g> {
    pub fn new(graph: &'g Graph, spec: &ViewSpec) -> Result<View<'g>> {
        let as_of = match spec.when {
            When::Today => Some(Date::today()),
            When::On(d) => Some(d),
            When::AllTime => None,
        };
        let names = (!spec.assume.is_empty() || !spec.drop.is_empty()).then(|| Names::new(graph));
        let mut assumed = Vec::new();
        for name in &spec.assume {
            let n = names.as_ref().expect("built when needed").resolve(name)?;
            if !assumed.contains(&n) {
                assumed.push(n);
            }
        }
        let mut dropped = Vec::new();
        for text in &spec.drop {
            for e in find_edges(graph, names.as_ref().expect("built when needed"), text)? {
                if !dropped.contains(&e) {
                    dropped.push(e);
                }
            }
        }

        let node_on: Vec<bool> = graph
            .node_indices()
            .map(|n| as_of.is_none_or(|d| graph.node_time(n).contains(d)))
            .collect();
        let mut edge_on: Vec<bool> = graph
            .edge_indices()
            .map(|e| {
                let m = graph.meta(e);
                node_on[m.from.index()]
                    && node_on[m.to.index()]
                    && m.by.is_none_or(|b| node_on[b.index()])
                    && as_of.is_none_or(|d| m.time.contains(d))
            })
            .collect();
        for e in &dropped {
            edge_on[e.index()] = false;
        }
        let mut met: Vec<bool> = graph
            .node_indices()
            .map(|n| graph.status(n) == Status::Met)
            .collect();
        for n in &assumed {
            met[n.index()] = true;
        }
        Ok(View {
            graph,
            as_of,
            assumed,
            dropped,
            node_on,
            edge_on,
            met,
        })
    }

    /// Everything, all time, nothing assumed: the file as written.
    pub fn everything(graph: &'g Graph) -> View<'g> {
        View::new(graph, &ViewSpec::all_time()).expect("no names to resolve")
    }

    pub fn node_on(&self, n: NodeIx) -> bool {
        self.node_on[n.index()]
    }
    pub fn edge_on(&self, e: EdgeIx) -> bool {
        self.edge_on[e.index()]
    }
    /// Met in the file, or assumed met for this query.
    pub fn is_met(&self, n: NodeIx) -> bool {
        self.met[n.index()]
    }
    /// The status this view gives a node (assumptions make it `met`).
    pub fn status(&self, n: NodeIx) -> Status {
        if self.is_met(n) {
            Status::Met
        } else {
            self.graph.status(n)
        }
    }

    /// Visible edges leaving (`Outgoing`) or entering (`Incoming`) a node, in
    /// petgraph's order (newest first); use [`edges_in_order`](Self::edges_in_order) for file order.
    pub fn edges(&self, n: NodeIx, dir: Direction) -> impl Iterator<Item = EdgeIx> + '_ {
        self.graph
            .net
            .edges_directed(n, dir)
            .map(|e| e.id())
            .filter(|&e| self.edge_on(e))
    }

    /// Visible edges of a node in file order, for listings people read.
    pub fn edges_in_order(&self, n: NodeIx, dir: Direction) -> Vec<EdgeIx> {
        let mut list: Vec<EdgeIx> = self.edges(n, dir).collect();
        list.reverse();
        list
    }

    /// [`edges_in_order`](Self::edges_in_order) into a buffer the caller reuses,
    /// for searches that visit every node and should not allocate per node.
    pub fn edges_in_order_into(&self, n: NodeIx, dir: Direction, buf: &mut Vec<EdgeIx>) {
        let start = buf.len();
        buf.extend(self.edges(n, dir));
        buf[start..].reverse();
    }

    pub fn visible_nodes(&self) -> impl Iterator<Item = NodeIx> + '_ {
        self.graph.node_indices().filter(|&n| self.node_on(n))
    }
    pub fn visible_edges(&self) -> impl Iterator<Item = EdgeIx> + '_ {
        self.graph.edge_indices().filter(|&e| self.edge_on(e))
    }
}

/// The edges `FROM:RELATION:TO` names (several when they differ only in holder or dates).
pub fn find_edges(graph: &Graph, names: &Names, text: &str) -> Result<Vec<EdgeIx>> {
    let parts: Vec<&str> = text.splitn(3, ':').collect();
    let [from, relation, to] = parts[..] else {
        return Err(Error::Usage(format!(
            "'{text}' is not an edge; write FROM:RELATION:TO, e.g. ceasefire-30d:conditions_on:western-aid-pause"
        )));
    };
    let relation: Relation = relation.trim().parse().map_err(Error::Usage)?;
    let from = names.resolve(from.trim())?;
    let to = names.resolve(to.trim())?;
    let found = graph.edges_between(from, to, Some(relation), None);
    if found.is_empty() {
        let existing: Vec<String> = graph
            .edges_between(from, to, None, None)
            .into_iter()
            .map(|e| graph.meta(e).relation.to_string())
            .collect();
        return Err(Error::UnknownEdge {
            spec: format!("'{}' {relation} '{}'", graph.id(from), graph.id(to)),
            hint: (!existing.is_empty())
                .then(|| format!("between them there is: {}", existing.join(", "))),
        });
    }
    Ok(found)
}
