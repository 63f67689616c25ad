//! Claims that go round in a circle: parties each a member of the other
//! (`member_of`), positions each replacing the other (`supersedes`). Read
//! as written, every party on such a circle would speak for every other
//! (a party demanding what it must itself deliver), and every position on
//! it would be withdrawn, each replaced by the other. A file may hold one
//! (two reports disagreeing), so it is a warning, and queries set the
//! circle's claims aside: no one on it speaks for another, nothing on it
//! is replaced. Found over all time, whatever the claims' dates, so that
//! every view, all time included, reads the same claims.
//!
//! A `member_of` or `supersedes` claim from a node to itself is set aside
//! too; the edge checks warn of it (`self-edge`).

use crate::graph::EdgeIx;
use crate::ids::IdIndex;
use crate::model::{Document, Relation};

use super::{Loc, Validator, resolved};

/// The relations whose circles are set aside.
const CIRCULAR: [Relation; 2] = [Relation::MemberOf, Relation::Supersedes];

/// One circle of claims of one relation.
pub(crate) struct Circle {
    pub(crate) relation: Relation,
    /// Its claims, in file order.
    pub(crate) edges: Vec<usize>,
    /// Its nodes, in file order.
    pub(crate) nodes: Vec<usize>,
}

/// Every circle of `member_of` or `supersedes` claims, by its first claim
/// in file order: the strongly connected parts of each relation's claims
/// with more than one node, and the claims inside each. Linear in the
/// claims of the two relations.
pub(crate) fn circles(doc: &Document, by_id: &IdIndex) -> Vec<Circle> {
    let mut found = Vec::new();
    for relation in CIRCULAR {
        let mut net: petgraph::graph::DiGraph<usize, usize> = petgraph::graph::DiGraph::new();
        let mut local: foldhash::HashMap<usize, petgraph::graph::NodeIndex> =
            foldhash::HashMap::default();
        let mut claims = Vec::new();
        for (i, edge) in doc.edges.iter().enumerate() {
            let Some(m) = resolved(doc, by_id, edge).filter(|m| m.relation == relation) else {
                continue;
            };
            let mut at = |n: usize| *local.entry(n).or_insert_with(|| net.add_node(n));
            let (from, to) = (at(m.from.index()), at(m.to.index()));
            net.add_edge(from, to, i);
            claims.push((i, from, to));
        }
        if claims.is_empty() {
            continue;
        }
        let mut part = vec![usize::MAX; net.node_count()];
        for (p, nodes) in petgraph::algo::kosaraju_scc(&net).iter().enumerate() {
            if nodes.len() > 1 {
                for n in nodes {
                    part[n.index()] = p;
                }
            }
        }
        let mut by_part: foldhash::HashMap<usize, Circle> = foldhash::HashMap::default();
        for (i, from, to) in claims {
            let p = part[from.index()];
            if p == usize::MAX || p != part[to.index()] {
                continue;
            }
            let circle = by_part.entry(p).or_insert_with(|| Circle {
                relation,
                edges: Vec::new(),
                nodes: Vec::new(),
            });
            circle.edges.push(i);
            for n in [net[from], net[to]] {
                if !circle.nodes.contains(&n) {
                    circle.nodes.push(n);
                }
            }
        }
        found.extend(by_part.into_values().map(|mut c| {
            c.nodes.sort_unstable();
            c
        }));
    }
    found.sort_by_key(|c| c.edges[0]);
    found
}

/// The claims of every circle, and the `member_of` and `supersedes`
/// claims from a node to itself, ascending: those queries set aside.
pub(crate) fn circular_edges(doc: &Document, by_id: &IdIndex) -> Vec<EdgeIx> {
    let to_itself = doc.edges.iter().enumerate().filter_map(|(i, edge)| {
        let m = resolved(doc, by_id, edge)?;
        (CIRCULAR.contains(&m.relation) && m.from == m.to).then_some(i)
    });
    let mut edges: Vec<EdgeIx> = circles(doc, by_id)
        .into_iter()
        .flat_map(|c| c.edges)
        .chain(to_itself)
        .map(EdgeIx::new)
        .collect();
    edges.sort_unstable();
    edges
}

impl Validator {
    /// Warns of each circle of `member_of` or `supersedes` claims, at its
    /// first claim, naming its nodes and what queries do with it.
    pub(super) fn circles(&mut self, doc: &Document, by_id: &IdIndex) {
        for circle in circles(doc, by_id) {
            let ids: Vec<String> = circle
                .nodes
                .iter()
                .map(|&n| format!("'{}'", doc.nodes[n].id))
                .collect();
            let named = match ids.as_slice() {
                [a, b] => format!("{a} and {b}"),
                [first @ .., last] => format!("{} and {last}", first.join(", ")),
                [] => String::new(),
            };
            let (code, msg, help) = match circle.relation {
                Relation::MemberOf => (
                    "membership-circle",
                    format!(
                        "{named} are members of each other, round a circle of member_of claims; queries count none of them as speaking for another"
                    ),
                    "a member_of claim points from a member to the party it speaks for: remove the claim that points the wrong way",
                ),
                _ => (
                    "supersedes-circle",
                    format!(
                        "{named} replace each other, round a circle of supersedes claims; queries take none of them as replaced"
                    ),
                    "a supersedes claim points from the newer position to the one it replaces: keep the one that says which came later, remove the other",
                ),
            };
            self.warn_with_help(
                code,
                Loc::Item("edges", circle.edges[0], Some("to")),
                || msg,
                help,
            );
        }
    }
}
