//! The preconditions of a demand: the tree of `conditions_on` edges below it,
//! with the holder and status at every step.
//!
//! The tree is returned flat, in depth-first order with a depth on each step, so
//! that a deep chain cannot overflow a recursive printer. A node reached again
//! (shared, or on a cycle) is listed with `repeat: true` and not expanded twice,
//! which keeps the answer linear in the view.

use petgraph::Direction::Outgoing;
use serde::Serialize;

use super::{Link, NodeRef};
use crate::graph::NodeIx;
use crate::model::{Date, Relation};
use crate::view::{AsOfBasis, View};

#[derive(Clone, Debug, Serialize)]
pub struct Step {
    pub depth: usize,
    #[serde(flatten)]
    pub node: NodeRef,
    pub link: Link,
    /// Already listed above (a shared precondition or a cycle): not expanded again.
    pub repeat: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Requires {
    pub target: String,
    pub target_label: String,
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    pub preconditions: Vec<Step>,
}

pub fn requires(view: &View, target: NodeIx) -> Requires {
    let g = view.graph;
    let mut seen = vec![false; g.node_count()];
    seen[target.index()] = true;
    let mut steps = Vec::new();
    let conditions = |n: NodeIx| {
        view.edges_in_order(n, Outgoing)
            .into_iter()
            .filter(|&e| g.meta(e).relation == Relation::ConditionsOn)
    };
    // Pushed in reverse so that the first precondition in the file comes out first.
    let mut stack: Vec<(petgraph::graph::EdgeIndex<u32>, usize)> =
        conditions(target).rev().map(|e| (e, 1)).collect();
    while let Some((e, depth)) = stack.pop() {
        let to = g.meta(e).to;
        let repeat = std::mem::replace(&mut seen[to.index()], true);
        steps.push(Step {
            depth,
            node: NodeRef::new(view, to),
            link: Link::new(g, e),
            repeat,
        });
        if !repeat {
            stack.extend(conditions(to).rev().map(|e| (e, depth + 1)));
        }
    }
    Requires {
        target: g.id(target).to_owned(),
        target_label: g.label(target).to_owned(),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        preconditions: steps,
    }
}
