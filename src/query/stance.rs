//! A party's position: what it demands, proposes, supports, rejects, threatens
//! or blocks; the conditions it sets; the groups it belongs to and its members.

use petgraph::Direction::{Incoming, Outgoing};
use serde::Serialize;

use super::{Link, NodeRef};
use crate::graph::NodeIx;
use crate::model::{Date, Relation};
use crate::view::View;

#[derive(Clone, Debug, Serialize)]
pub struct Position {
    pub relation: Relation,
    pub target: NodeRef,
    pub link: Link,
}

#[derive(Clone, Debug, Serialize)]
pub struct Held {
    pub from: NodeRef,
    pub relation: Relation,
    pub to: NodeRef,
    pub link: Link,
}

#[derive(Clone, Debug, Serialize)]
pub struct Stance {
    pub party: NodeRef,
    pub as_of: Option<Date>,
    /// Its own edges to demands and conditions, in file order.
    pub positions: Vec<Position>,
    /// Edges between other nodes that record this party's position (`by` it):
    /// above all, the conditions it sets.
    pub holds: Vec<Held>,
    pub member_of: Vec<Position>,
    pub members: Vec<Position>,
}

pub fn stance(view: &View, party: NodeIx) -> Stance {
    let g = view.graph;
    let mut positions = Vec::new();
    let mut member_of = Vec::new();
    for e in view.edges_in_order(party, Outgoing) {
        let m = g.meta(e);
        let pos = Position {
            relation: m.relation,
            target: NodeRef::new(view, m.to),
            link: Link::new(g, e),
        };
        if m.relation == Relation::MemberOf {
            member_of.push(pos);
        } else {
            positions.push(pos);
        }
    }
    let members = view
        .edges_in_order(party, Incoming)
        .into_iter()
        .filter(|&e| g.meta(e).relation == Relation::MemberOf)
        .map(|e| Position {
            relation: Relation::MemberOf,
            target: NodeRef::new(view, g.meta(e).from),
            link: Link::new(g, e),
        })
        .collect();
    // `by` is not an edge of the petgraph, so finding what a party holds is one
    // pass over the edges: linear, and only done for this query.
    let holds = view
        .visible_edges()
        .filter(|&e| {
            let m = g.meta(e);
            m.by == Some(party) && m.from != party
        })
        .map(|e| {
            let m = g.meta(e);
            Held {
                from: NodeRef::new(view, m.from),
                relation: m.relation,
                to: NodeRef::new(view, m.to),
                link: Link::new(g, e),
            }
        })
        .collect();
    Stance {
        party: NodeRef::new(view, party),
        as_of: view.as_of,
        positions,
        holds,
        member_of,
        members,
    }
}
