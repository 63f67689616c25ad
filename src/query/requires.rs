//! The preconditions of a demand: the tree of `conditions_on` edges below it,
//! with the holder and status at every step.
//!
//! A proposal's preconditions are those placed on it and those placed on its
//! terms (`part_of`): what its acceptance waits for. Its terms themselves are
//! what it offers, not what it needs, so they are not steps; a step placed on
//! a term names it (`on_term`).
//!
//! The tree is returned flat, in depth-first order with a depth on each step, so
//! that a deep chain cannot overflow a recursive printer. A node reached again
//! (shared, or on a cycle) is listed with `repeat: true` and not expanded twice,
//! which keeps the answer linear in the view.

use petgraph::Direction::{Incoming, Outgoing};
use serde::Serialize;

use super::evidence::{Link, NodeRef};
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, Relation};
use crate::view::{AsOfBasis, View};

/// One precondition in the flat tree: an item of the JSON `preconditions`.
#[derive(Clone, Debug, Serialize)]
pub struct Step {
    /// How far below the target it is: 1 for the target's own preconditions.
    pub depth: usize,
    /// The precondition (`id`, `kind`, `label`, `status`, flattened into the step).
    #[serde(flatten)]
    pub node: NodeRef,
    /// The `conditions_on` edge that makes it a precondition, with its holder and
    /// quotes.
    pub link: Link,
    /// Already listed above (a shared precondition or a cycle): not expanded again.
    pub repeat: bool,
    /// When the precondition is placed on a term of the proposal above it
    /// rather than on the proposal itself: that term's id (the link's `from`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_term: Option<String>,
    /// Who must deliver it (its `actor`), where the graph names them.
    pub actor: Vec<String>,
    /// Its actors have all agreed to deliver it ([`crate::standing::agrees`]):
    /// a pending step rather than an obstacle, while it is unmet. `false`
    /// when the graph names no actor.
    pub agreed: bool,
    /// When its actors agreed only by setting conditions of their own
    /// ([`crate::standing::agreed_on_conditions`]): those conditions, not
    /// yet met, in file order, as `blockers`' `pending` gives them; empty
    /// when each agreed outright (or not at all).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub on_conditions: Vec<Link>,
}

/// The answer to `requires X`: the tree of preconditions below X, flat.
#[derive(Clone, Debug, Serialize)]
pub struct Requires {
    /// The target's id.
    pub target: String,
    /// The target's label.
    pub target_label: String,
    /// The day the view shows; `None` (`null`) for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    /// Depth first, each node's conditions in file order (those placed on a
    /// proposal, then those on its terms); each step's `depth` gives the tree.
    pub preconditions: Vec<Step>,
    /// What it waits on that is no precondition: its threats' triggers,
    /// demands whose addressee has not answered ([`super::waiting`]).
    pub waits_on: Vec<super::waiting::WaitsOn>,
    /// For a package: the ids of its terms (`part_of` claims into it in
    /// the view), in file order. They are what it offers, not steps here;
    /// `blockers` lists those whose actor has not agreed, so an answer with
    /// no preconditions does not read as "it needs nothing".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
}

/// The tree of preconditions below `target`, flat and depth first.
pub fn requires(view: &View, target: NodeIx) -> Requires {
    let g = view.graph;
    let mut seen = vec![false; g.node_count()];
    seen[target.index()] = true;
    let mut steps = Vec::new();
    // The conditions placed on `n`, then those on each of its terms (a
    // proposal's), in file order: (edge, the term it hangs from, if any).
    let conditions = |n: NodeIx| -> Vec<(EdgeIx, Option<NodeIx>)> {
        let placed_on = |m: NodeIx| {
            view.edges_in_order(m, Outgoing)
                .into_iter()
                .filter(|&e| g.meta(e).relation == Relation::ConditionsOn)
        };
        let mut found: Vec<(EdgeIx, Option<NodeIx>)> = placed_on(n).map(|e| (e, None)).collect();
        for part in view.edges_in_order(n, Incoming) {
            let m = g.meta(part);
            if m.relation == Relation::PartOf {
                found.extend(placed_on(m.from).map(|e| (e, Some(m.from))));
            }
        }
        found
    };
    // Pushed in reverse so that the first precondition in the file comes out first.
    let mut stack: Vec<(EdgeIx, Option<NodeIx>, usize)> = conditions(target)
        .into_iter()
        .rev()
        .map(|(e, term)| (e, term, 1))
        .collect();
    while let Some((e, term, depth)) = stack.pop() {
        let to = g.meta(e).to;
        let repeat = std::mem::replace(&mut seen[to.index()], true);
        let actors = g.actors(to);
        let agreed =
            !actors.is_empty() && actors.iter().all(|&a| crate::standing::agrees(view, a, to));
        let on_conditions = if agreed {
            crate::standing::agreed_on_conditions(view, actors, to)
        } else {
            Vec::new()
        };
        steps.push(Step {
            depth,
            node: NodeRef::new(view, to),
            link: Link::seen(view, e),
            repeat,
            on_term: term.map(|t| g.id(t).to_owned()),
            actor: actors.iter().map(|&a| g.id(a).to_owned()).collect(),
            agreed,
            on_conditions: on_conditions
                .into_iter()
                .map(|e| Link::seen(view, e))
                .collect(),
        });
        if !repeat {
            stack.extend(
                conditions(to)
                    .into_iter()
                    .rev()
                    .map(|(e, term)| (e, term, depth + 1)),
            );
        }
    }
    Requires {
        target: g.id(target).to_owned(),
        target_label: g.label(target).to_owned(),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        preconditions: steps,
        waits_on: super::waiting::waits_on(view, target),
        terms: view
            .edges_in_order(target, Incoming)
            .into_iter()
            .filter(|&e| g.meta(e).relation == Relation::PartOf && g.meta(e).to == target)
            .map(|e| g.id(g.meta(e).from).to_owned())
            .collect(),
    }
}
