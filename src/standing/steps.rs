//! A step down: a position needs its precondition, a package needs its
//! term. The one home of the rule: the tree below a position ([`super::Tree`],
//! which `blockers`, `unblock` and the drawings walk) and the knots
//! (`deadlocks`, and the knots `blockers` names) take these steps and no
//! others.

use petgraph::Direction::{Incoming, Outgoing};

use crate::graph::{EdgeIx, NodeIx};
use crate::model::Relation;
use crate::view::View;
use serde::Serialize;

/// How a node of the tree hangs from the one above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Through `conditions_on`: a precondition.
    Precondition,
    /// Through `part_of`: a term of a package.
    Term,
}

/// A claim read as "the first needs the second", whatever the day: a
/// `conditions_on` claim from the position to its precondition, a `part_of`
/// claim from the package to its term; `None` for other relations.
pub fn needs(view: &View, e: EdgeIx) -> Option<(NodeIx, NodeIx, StepKind)> {
    let m = view.graph.meta(e);
    match m.relation {
        Relation::ConditionsOn => Some((m.from, m.to, StepKind::Precondition)),
        Relation::PartOf => Some((m.to, m.from, StepKind::Term)),
        _ => None,
    }
}

/// The step a claim makes in this view, as (the node that needs, the node
/// needed, precondition or term): the claim is in force ([`View::edge_on`]),
/// the node that needs is not cancelled (what a cancelled position needs no
/// longer matters while it is cancelled), and the node needed is not
/// settled (met or withdrawn: nothing below it matters any more).
///
/// The status of the node that needs is not asked otherwise: no step enters
/// a settled node, so the only settled node a walk stands on is the one it
/// starts from, the position asked about, whose tree says what would stand
/// in its way; and no knot runs through a settled node, since a knot's every
/// node is entered by a step.
pub fn step(view: &View, e: EdgeIx) -> Option<(NodeIx, NodeIx, StepKind)> {
    let (from, to, kind) = needs(view, e)?;
    (view.edge_on(e) && !view.is_cancelled(from) && !view.is_settled(to))
        .then_some((from, to, kind))
}

/// The steps down from `n` ([`step`]), each claim with the node it needs,
/// in file order.
pub fn steps_down(view: &View, n: NodeIx) -> Vec<(EdgeIx, NodeIx, StepKind)> {
    let mut steps: Vec<(EdgeIx, NodeIx, StepKind)> = view
        .edges(n, Outgoing)
        .chain(view.edges(n, Incoming))
        .filter_map(|e| match step(view, e) {
            Some((from, to, kind)) if from == n => Some((e, to, kind)),
            _ => None,
        })
        .collect();
    steps.sort_unstable_by_key(|&(e, _, _)| e);
    steps.dedup_by_key(|&mut (e, _, _)| e);
    steps
}
