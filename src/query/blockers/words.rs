//! An obstacle, and an agreement, in the words every answer says them in
//! (`blockers`, `unblock`, `requires`, the map): one home, so no answer
//! words the same obstacle differently.

use super::Blocker;
use crate::graph::Graph;
use crate::model::Relation;
use crate::query::evidence::{Link, label_of};
use crate::standing::ObstacleKind;

/// "agreed", or "agreed only on condition of X and Y" when the actors
/// agreed only by setting those conditions of their own
/// ([`crate::standing::agreed_on_conditions`]; labels as the file has them:
/// whoever shows the words makes them inert). Every answer that says a
/// position is agreed says it in these words (`blockers`' pending steps,
/// `requires`, `unblock`'s plans, the map), so none says "agreed" bare where
/// another says on what condition.
pub fn agreed_words(g: &Graph, on_conditions: &[Link]) -> String {
    let mut on: Vec<String> = Vec::new();
    for l in on_conditions {
        let label = label_of(g, &l.to);
        if !on.contains(&label) {
            on.push(label);
        }
    }
    if on.is_empty() {
        "agreed".to_owned()
    } else {
        format!("agreed only on condition of {}", on.join(" and "))
    }
}

/// What an obstacle is, who holds it and who must move, in words, as
/// `blockers`, `unblock` and the map say it (labels as the file has them:
/// whoever shows the words makes them inert): "unmet
/// precondition, set by Russia; Western allies must deliver it and have not
/// agreed to".
pub fn obstacle_words(g: &Graph, b: &Blocker, target: &str) -> String {
    let on = b
        .via
        .as_deref()
        .map_or_else(|| target.to_owned(), |v| label_of(g, v));
    // A party that stands there through several claims, its own and its
    // members', is named alone: the claims below say who spoke.
    let one_speaker = b.also.iter().all(|a| a.speaker == b.speaker);
    let holder = b.holder.as_deref().map(|h| match &b.speaker {
        Some(s) if one_speaker => format!("{} (for {})", label_of(g, s), label_of(g, h)),
        _ => label_of(g, h),
    });
    let actors: Vec<String> = b.actor.iter().map(|a| label_of(g, a)).collect();
    let must = if actors.is_empty() {
        "the graph names no party to deliver it".to_owned()
    } else {
        format!("to be delivered by {}, not agreed", actors.join(" and "))
    };
    let mut holder = holder.unwrap_or_else(|| "no party named".to_owned());
    let disputes = (!b.holder_disputed_by.is_empty()).then(|| {
        let disputing: Vec<String> = b
            .holder_disputed_by
            .iter()
            .map(|d| label_of(g, d))
            .collect();
        let verb = if disputing.len() == 1 {
            "disputes"
        } else {
            "dispute"
        };
        format!(" (a claim {} {verb})", disputing.join(" and "))
    });
    // A term's dispute is about who offers it, said after the offerer; any
    // other obstacle's, about the claim that makes it one, said after it.
    let mut after = String::new();
    match (&disputes, b.kind) {
        (Some(d), ObstacleKind::Term) => holder.push_str(d),
        (Some(d), _) => after.push_str(d),
        (None, _) => {}
    }
    let words = what_it_is(g, b, &on, &holder, &must);
    words + &after
}

/// [`obstacle_words`] before any dispute of its claim is said.
fn what_it_is(g: &Graph, b: &Blocker, on: &str, holder: &str, must: &str) -> String {
    match b.kind {
        ObstacleKind::Precondition => format!("unmet precondition, set by {holder}; {must}"),
        ObstacleKind::Term => format!("term of the package, offered by {holder}; {must}"),
        ObstacleKind::Refusal => {
            // What is refused: the node, or the package it is a term of,
            // said with the claim's own verb (a counter is no rejection).
            let refused = b
                .package
                .as_deref()
                .map_or_else(|| on.to_owned(), |p| label_of(g, p));
            let verb = match b.relation {
                Some(Relation::Counters) => {
                    match crate::query::evidence::with_words(g, &b.link) {
                        // What became of the offer is said after it.
                        Some(w) if b.link.with_gone.is_some() => {
                            format!("answered {refused} instead, with {w}")
                        }
                        Some(w) => format!("answered {refused} with {w} instead"),
                        None => format!("answered {refused} instead"),
                    }
                }
                Some(Relation::Ignores) => format!("has not answered {refused}"),
                _ => format!("rejects {refused}"),
            };
            // The obstacle is the party's agreement, not given: named for
            // what the claim says (silence or a counter is no refusal).
            let what = match b.relation {
                Some(Relation::Counters) => "counter-offer",
                Some(Relation::Ignores) => "no answer",
                _ => "refusal",
            };
            match &b.package {
                Some(_) => format!("{what}: {holder} {verb}, which {on} is a term of"),
                None => format!("{what}: {holder} {verb}"),
            }
        }
        ObstacleKind::Block => format!("block on {on}, held by {holder}"),
        ObstacleKind::Incompatible if b.actor.is_empty() => format!(
            "incompatible: {on} needs this too, and the two cannot both hold (per {holder}); a condition must go"
        ),
        ObstacleKind::Incompatible => {
            format!(
                "incompatible: {holder} holds this position, which cannot hold together with {on}"
            )
        }
        ObstacleKind::Knot => format!("knot below {on}"),
        ObstacleKind::Cancelled => {
            let needs = match b.link.relation {
                Relation::PartOf => format!("a term of the package {on}, offered by {holder}"),
                _ => format!("needed by {on}, per {holder}"),
            };
            // Deeper in the tree, dropping any condition on the way up
            // to the target clears it too (`unblock` may name one higher
            // up): "only" is said only of a need of the target itself.
            let cure = if b.depth > 1 {
                "no party's agreement clears it: dropping that need, or a condition above it in the chain, does".to_owned()
            } else {
                "only dropping that need clears it".to_owned()
            };
            format!(
                "cancelled: it will not take place as things stand, whoever agreed to it; {needs}; {cure}"
            )
        }
    }
}
