//! A measure a party has put in place, and whose side its actor is on: the
//! one home of the rule that `conflicts`, `who --side`, and `blockers` read.
//!
//! The format has no relation "imposes" (docs/text-format.md, "A measure
//! already in force"): a tax, tariffs, a strike under way is a `condition`
//! whose `actor` applies it. Its actor is **for** it, without a claim
//! saying so, when the measure is in force: met on the view's day, or
//! *applied*, a condition the graph gives as the actor's own doing rather
//! than as something asked of it or offered. A plain actor of a pending
//! position is not for it: Russia, actor of "Russia accepts the ceasefire"
//! that others demand, has not agreed by being named.
//!
//! A condition is applied when it has actors and nothing in the graph
//! makes it pending: no party other than its actors is for it (demands,
//! proposes, supports, accepts), no position needs it (`conditions_on`
//! into it), it needs nothing first (`conditions_on` out of it), it is no
//! term of a package, no party threatens it (a threatened measure waits on
//! its trigger: [`super::waits`]), no claim names it as a threat's trigger
//! or a counter's offer, it is neither scheduled nor postponed, cancelled
//! or withdrawn, and the graph does not date its taking effect (a change
//! to `met`) after the view's day. A measure met and then postponed (paused)
//! stands where it stood: its actor is still for it. Some party's refusal is what makes it
//! worth naming: "European Union rejects U.S. import tariffs on cars" is a
//! conflict with the United States, which applies them.

use petgraph::Direction::{Incoming, Outgoing};

use crate::graph::NodeIx;
use crate::model::{NodeKind, Relation, Side, Status};
use crate::view::View;

/// The actors applying measure `n` in the view (its `actor`s, in order,
/// each once), when it is in force by the rule above; empty otherwise.
/// Linear in the claims on `n`, after the view's one pass over every claim
/// ([`View::named_at_an_end`]).
pub fn applied_by(view: &View, n: NodeIx) -> Vec<NodeIx> {
    applied_by_among(view, n, view.named_at_an_end())
}

/// The measures in force each party applies ([`applied_by`]), in file
/// order, indexed by party: what `stance P` lists as "applies (in force)".
/// One pass over the positions.
pub fn applied_by_each(view: &View) -> Vec<Vec<NodeIx>> {
    let g = view.graph;
    let mut applies = vec![Vec::new(); g.node_count()];
    for n in view.visible_nodes() {
        if g.kind(n) != NodeKind::Condition || g.actors(n).is_empty() {
            continue;
        }
        for actor in applied_by(view, n) {
            applies[actor.index()].push(n);
        }
    }
    applies
}

/// [`applied_by`], given the positions named at another end of a claim
/// ([`View::named_at_an_end`]). Linear in the claims on `n`.
fn applied_by_among(view: &View, n: NodeIx, named: &foldhash::HashSet<NodeIx>) -> Vec<NodeIx> {
    let g = view.graph;
    let actors = g.actors(n);
    // Not in the view (before its `since`, after its `until`): no measure
    // is in force on a day it does not exist.
    if g.kind(n) != NodeKind::Condition || actors.is_empty() || !view.node_on(n) {
        return Vec::new();
    }
    let mut found: Vec<NodeIx> = Vec::new();
    for &a in actors {
        if !found.contains(&a) {
            found.push(a);
        }
    }
    if view.is_met(n) || paused(view, n) {
        return found;
    }
    let open = matches!(view.status(n), Status::Open | Status::Rejected);
    if !open
        || named.contains(&n)
        || g.node(n).scheduled_on(view.status(n), view.as_of).is_some()
        || takes_effect_later(view, n)
    {
        return Vec::new();
    }
    // Pending while a party other than its actor is for it (by the one
    // rule of sides: a counter-offer's offerer too), or something
    // conditions on or threatens it.
    let pending_in = view.edges(n, Incoming).any(|e| {
        let m = g.meta(e);
        m.to == n && matches!(m.relation, Relation::ConditionsOn | Relation::Threatens)
    }) || super::stands(view, n)
        .iter()
        .any(|s| s.side == Side::For && !actors.contains(&s.party));
    let pending_out = view.edges(n, Outgoing).any(|e| {
        let m = g.meta(e);
        m.from == n && matches!(m.relation, Relation::ConditionsOn | Relation::PartOf)
    });
    if pending_in || pending_out {
        Vec::new()
    } else {
        found
    }
}

/// Whether measure `n` is paused on the view's day: postponed after it was
/// met (in force), with no other status between. A pause is no change of its
/// actor's stand: a postponed position stands where it stood
/// (docs/semantics.md), and where a measure in force stood was with its
/// actor for it. Read otherwise, "the tariffs were paused until 1 August"
/// erased the United States' stand from `conflicts` and `who` while
/// `blockers` kept the refusal of them (a blind tester's finding).
fn paused(view: &View, n: NodeIx) -> bool {
    if view.status(n) != Status::Postponed {
        return false;
    }
    let Some(facts) = view.graph.facts(n) else {
        return false;
    };
    let on_the_day = |on: &crate::model::Date| {
        view.as_of
            .is_none_or(|day| on.first_day() <= day.last_day())
    };
    // The status it starts with, then its dated changes up to the day.
    let mut before = std::iter::once(view.graph.status(n)).chain(
        facts
            .history
            .iter()
            .filter(|(on, _)| on_the_day(on))
            .map(|&(_, status)| status),
    );
    before.rfind(|&status| status != Status::Postponed) == Some(Status::Met)
}

/// Whether the graph dates `n`'s coming into force after the view's day: a
/// change of status to `met` that begins after it ("the tariffs took effect
/// on 30 June"). Before that day the measure was still to come, so its actor
/// is not applying it yet (a blind tester's "in force" on 15 June).
fn takes_effect_later(view: &View, n: NodeIx) -> bool {
    let Some(day) = view.as_of else {
        return false;
    };
    view.graph.facts(n).is_some_and(|facts| {
        facts
            .history
            .iter()
            .any(|&(on, status)| status == Status::Met && on.first_day() > day.last_day())
    })
}
