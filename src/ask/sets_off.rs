//! What sets off a threatened measure: "what would set off the new
//! sanctions?", "what would make the city impose its fines?". Read by
//! `effects` before a measure's own effects (see `slots::effects`).

use super::plan::{Frame, Plan, Takes, each, held};
use crate::graph::NodeIx;
use crate::model::Relation;
use crate::query::Query;

/// What sets off a threatened measure ("what would set off the new
/// sanctions?", "what would make the city impose its fines?"): the
/// threat's trigger, which the measure's own claims carry (`show X`), not
/// what the measure sets off.
pub(super) fn what_sets_off(f: &Frame, i: usize, nodes: &[NodeIx]) -> SetsOff {
    let trigger = SETS_OFF.iter().any(|p| (f.says)(p));
    let imposed = (f.says)(IMPOSED);
    if !trigger && !imposed {
        return SetsOff::NotAsked;
    }
    let threatened: Vec<NodeIx> = nodes
        .iter()
        .copied()
        .filter(|&n| held(f.graph, n, Relation::Threatens))
        .collect();
    if threatened.is_empty() {
        return if imposed {
            SetsOff::NoThreat
        } else {
            SetsOff::NotAsked
        };
    }
    let mut used = vec![i];
    used.extend(f.first(Takes::Party, &[i]).map(|(p, _)| p));
    SetsOff::Trigger(Plan {
        words: Vec::new(),
        queries: each(&threatened, Query::Detail),
        notes: vec![
            "read as what triggers or sets off a threatened measure (what would make a party impose it): its trigger, shown with each threat's claim"
                .to_owned(),
        ],
        used,
    })
}

/// Whether a question asks what sets off a measure, and the reading if so.
pub(super) enum SetsOff {
    /// Not asked: the measure's effects, as for any position.
    NotAsked,
    /// Asked of a threatened measure: its detail, with each threat's trigger.
    Trigger(Plan),
    /// "What would make Russia accept X?" of a position no party threatens:
    /// no question for `effects`.
    NoThreat,
}

/// "What would trigger / set off <n>?": the name after the verb.
const SETS_OFF: &[&str] = &[
    "what * trigger/triggers/spark/sparks/provoke/provokes/prompt/prompts <n>",
    "what * set/sets off <n>",
    // "When would the new sanctions kick in?": when a threatened measure
    // comes about is when its trigger is met.
    "when * <n> * kick/kicks/come/comes/take/takes in/into/effect/force",
];

/// "What would make <party> impose <n>?": a party made to carry out a measure.
const IMPOSED: &str = "make/makes/push/pushes/force/forces/get/gets <n> impose/use/enforce/apply/carry/deliver/resort/follow * <n>";

/// A party kept from a measure it threatens: "what would get the BMA to
/// hold off on the strike?", "what would make the city call off the
/// fines?".
const HOLD_OFF: &[&str] = &[
    "hold/holds/holding/held off/back",
    "call/calls/calling/called off",
    "back/backs/backing/backed down/off/away",
    "stand/stands/standing/stood down",
];

/// "What would get the BMA to hold off on the strike?": a party not
/// carrying out a measure it threatens is the threat's trigger not met,
/// which the commands answer as what it would take to meet the demands the
/// threatener addresses to the threat's target (`unblock D`), said. `None`
/// unless the question says so of a threatened measure with such demands.
pub(super) fn held_off(f: &Frame, i: usize, nodes: &[NodeIx]) -> Option<Plan> {
    let said = HOLD_OFF.iter().find(|p| (f.says)(p))?;
    let g = f.graph;
    let mut demands: Vec<NodeIx> = Vec::new();
    for e in g.edge_indices() {
        let threat = g.meta(e);
        if threat.relation != Relation::Threatens || !nodes.contains(&threat.to) {
            continue;
        }
        let target = g.edge(e).target();
        for d in g.edge_indices() {
            let m = g.meta(d);
            let to_target = match (g.edge(d).addressee(), target) {
                (Some(a), Some(t)) => a == t,
                _ => true,
            };
            if m.relation == Relation::Demands
                && m.from == threat.from
                && to_target
                && !demands.contains(&m.to)
            {
                demands.push(m.to);
            }
        }
    }
    if demands.is_empty() || demands.len() > super::MOST_READINGS {
        return None;
    }
    let ids: Vec<&str> = demands.iter().map(|&n| g.id(n)).collect();
    let mut used = vec![i];
    used.extend(f.first(Takes::Party, &[i]).map(|(p, _)| p));
    Some(Plan {
        words: super::cues::Pattern::new(said)
            .stems()
            .map(str::to_owned)
            .collect(),
        queries: each(&demands, |node| Query::Unblock {
            node,
            options: crate::query::unblock::UnblockOptions::default(),
        }),
        notes: vec![format!(
            "a party holding off a measure it threatens read as its demands met, which the threat presses for: what it would take for {}",
            ids.join(", ")
        )],
        used,
    })
}
