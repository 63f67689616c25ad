//! The relation or side a `who` question's verb names: "who proposed X"
//! (proposers only), "who turned X down" (those against), "who is behind
//! X" (those for), and the reading of a `who` question that uses it.

use super::plan::{Frame, Plan, Takes, each, held, none_recorded};
use super::proposals::offer_of_a_party;
use super::sets::talks_between;
use crate::graph::NodeIx;
use crate::model::Relation;
use crate::query::Query;
use crate::query::who::Side;

/// Who stands where on the position named, else on the offer of the party
/// named, else who threatens the party named.
pub(super) fn who(f: &Frame) -> Option<Plan> {
    let (relation, side) = who_filter(f);
    if let Some((i, nodes)) = f.first(Takes::Position, &[]) {
        if let Some(plan) = who_of_each_named(f, i, &nodes) {
            return Some(plan);
        }
        return Some(who_on_position(f, i, nodes, relation, side));
    }
    // "Who is against the U.S. proposal?": no position named, but a
    // party's offer: who stands where on each proposal it made, said.
    if let Some(plan) = offer_of_a_party(f, |node| Query::Who {
        node,
        relation,
        side,
    }) {
        return Some(plan);
    }
    let (i, nodes) = f.first(Takes::Party, &[])?;
    who_of_party(f, i, &nodes, relation, side)
}

/// "Compare the two ceasefire demands, the 30-day one and the full one:
/// who backs each?": positions named one by one (a name fitting several,
/// "the two ceasefire demands", stands for the set the later names pick
/// from), asked of "each". Every party's stand on each (for and against,
/// so they can be compared), not the first alone (round 17).
fn who_of_each_named(f: &Frame, i: usize, nodes: &[NodeIx]) -> Option<Plan> {
    if f.asks_if || !(f.says)("each") {
        return None;
    }
    let set = (nodes.len() >= 2).then_some(nodes);
    let mut used = Vec::new();
    let mut picked: Vec<NodeIx> = Vec::new();
    while let Some((j, fit)) = f.first(Takes::Position, &used) {
        used.push(j);
        let within: Vec<NodeIx> = match set {
            Some(set) if j != i && fit.iter().any(|n| set.contains(n)) => {
                fit.into_iter().filter(|n| set.contains(n)).collect()
            }
            _ => fit,
        };
        if let [one] = within[..]
            && !picked.contains(&one)
        {
            picked.push(one);
        }
    }
    if picked.len() < 2 || picked.len() > super::MOST_READINGS {
        return None;
    }
    Some(Plan {
        words: Vec::new(),
        queries: each(&picked, |node| Query::Who {
            node,
            relation: None,
            side: None,
        }),
        notes: vec![format!(
            "read 'each' as the {} positions named ({}), every party's stand on each, for and against, so they can be compared",
            picked.len(),
            picked
                .iter()
                .map(|&n| f.graph.id(n))
                .collect::<Vec<_>>()
                .join(", ")
        )],
        used,
    })
}

/// `who X` of the position named at `i`, under the verb's relation or side
/// (widened when no party holds that relation to it).
fn who_on_position(
    f: &Frame,
    i: usize,
    nodes: Vec<NodeIx>,
    relation: Option<Relation>,
    side: Option<Side>,
) -> Plan {
    let (nodes, next) = f.narrowed_by_next(i, nodes);
    let mut notes = Vec::new();
    let (relation, side) = widened(f, &nodes, relation, side, &mut notes);
    let nodes = match relation {
        Some(Relation::Mediates) => match super::survey::mediators_elsewhere(f.graph, &nodes) {
            Some((mediated, note)) => {
                notes.push(note);
                mediated
            }
            None => nodes,
        },
        _ => nodes,
    };
    Plan {
        words: Vec::new(),
        queries: each(&nodes, |node| Query::Who {
            node,
            relation,
            side,
        }),
        notes,
        used: std::iter::once(i).chain(next).collect(),
    }
}

/// The relation and side to ask of `nodes`: the verb's, unless no party
/// holds it there or the question also asks what triggers a threat.
fn widened(
    f: &Frame,
    nodes: &[NodeIx],
    relation: Option<Relation>,
    side: Option<Side>,
    notes: &mut Vec<String>,
) -> (Option<Relation>, Option<Side>) {
    match relation {
        // "Who put forward X?" of an X nobody proposes asks who is behind
        // it: every relation on that side, each party with its own.
        Some(r) if r.facts().side.is_some() && !nodes.iter().any(|&n| held(f.graph, n, r)) => {
            notes.push(format!(
                "no party {} {}: read as who is {} it, each with the relation it holds",
                r.facts().phrase,
                nodes
                    .iter()
                    .map(|&n| f.graph.id(n))
                    .collect::<Vec<_>>()
                    .join(" or "),
                match r.facts().side {
                    Some(Side::Against) => "against",
                    _ => "for",
                }
            ));
            (None, r.facts().side)
        }
        // "Who is threatening X and what would trigger them?": the
        // threats with their triggers, and any other stand on X, as
        // blind writers read it (rounds 5 and 6).
        Some(Relation::Threatens)
            if (f.says)("what * trigger/triggers/set/sets/spark/sparks/provoke") =>
        {
            notes.push(
                "who threatens it and what triggers each threat: every party's relation to it, each threat with its trigger"
                    .to_owned(),
            );
            (None, None)
        }
        other => (other, side),
    }
}

/// `who` of a party named at `i`: the mediators between it and a second
/// party, its allies, or who threatens it; `None` for any other verb.
fn who_of_party(
    f: &Frame,
    i: usize,
    nodes: &[NodeIx],
    relation: Option<Relation>,
    side: Option<Side>,
) -> Option<Plan> {
    // "Who is mediating between A and B?": the mediators of the talks
    // between them, not a path from one to the other.
    if relation == Some(Relation::Mediates)
        && let Some((j, others)) = f.first(Takes::Party, &[i])
    {
        return Some(mediators_between(f, (i, nodes), (j, &others)));
    }
    // "What is Europe threatening?": the party threatens; its stance says.
    if relation == Some(Relation::Threatens) && (f.says)("<n> threaten/threatens/threatening") {
        return None;
    }
    // "Who is on Ukraine's side?", "Russia's allies": the graph records
    // stands on positions, not alliances; those for what the party is for.
    if relation.is_none()
        && side.is_none()
        && (f.says)("side/sides/siding/sided/ally/allies/allied/camp/corner")
    {
        return allies(f, i, nodes);
    }
    // Who threatens a party is all `who` says of one; another verb
    // ("who supports Russia?") is not a question it can answer.
    if relation.is_some_and(|r| r != Relation::Threatens) || side.is_some() {
        return None;
    }
    Some(Plan {
        words: Vec::new(),
        queries: each(nodes, |node| Query::Who {
            node,
            relation: None,
            side: None,
        }),
        notes: Vec::new(),
        used: vec![i],
    })
}

/// The mediators of the talks between two parties (each with the index of
/// its name), or a plan saying the graph records none.
fn mediators_between(
    f: &Frame,
    (i, nodes): (usize, &[NodeIx]),
    (j, others): (usize, &[NodeIx]),
) -> Plan {
    let talks = talks_between(f.graph, nodes, others);
    if talks.is_empty() {
        let mut plan = none_recorded(&format!(
            "the graph records no mediator of any talks between {} and {}",
            f.graph.id(nodes[0]),
            f.graph.id(others[0])
        ));
        plan.used = vec![i, j];
        return plan;
    }
    let ids: Vec<&str> = talks.iter().map(|&n| f.graph.id(n)).collect();
    Plan {
        words: Vec::new(),
        queries: each(&talks, |node| Query::Who {
            node,
            relation: Some(Relation::Mediates),
            side: None,
        }),
        notes: vec![format!(
            "read as the mediators of the talks between {} and {}: {}",
            f.graph.id(nodes[0]),
            f.graph.id(others[0]),
            ids.join(", ")
        )],
        used: vec![i, j],
    }
}

/// Every party named at once as wanting (or not) something ("do both
/// sides want X?"): the parties for and against it. A cue of `who` too.
pub(super) const BOTH_SIDES_WANT: &str = "both/all/each/either side/sides/party/parties/camp/camps * want/wants/back/backs/support/supports/favour/favor/accept/accepts";

/// For `who`: the relation or side the question's verb names, if any.
pub(super) fn who_filter(f: &Frame) -> (Option<Relation>, Option<Side>) {
    let says = f.says;
    // Specific verbs first: "who proposed X" wants the proposers only. The
    // verbs are the relation table's (Relation::facts).
    // A verb right after a name is a noun of it ("the arbitration offer",
    // "the sanctions threat"), not what the question asks.
    // "Who is pushing Ukraine to take the offer?": the party pushed is
    // whom it is asked of, the pushers are for what it is pushed to,
    // whatever verb ("take", "accept") says what it is pushed to do.
    if says(
        "push/pushes/pushing/pushed/press/presses/pressing/pressed/urge/urges/urging/urged <n> to",
    ) {
        return (None, Some(Side::For));
    }
    let verb = |v: &str| says(v) && (v.contains(' ') || !says(&format!("<n> {v}")));
    let named = Relation::ALL
        .iter()
        .find(|r| r.facts().ask_verbs.iter().any(|v| verb(v)));
    if let Some(&r) = named {
        return (Some(r), None);
    }
    let favour = "support/back/backing/favour/favor/endorse/behind/champion/advocate/want/like/welcome/for/pro/agree";
    // "Who wants a ceasefire and who doesn't?", "who is for or against it?":
    // both sides.
    if says("for and/or against") || (says(favour) && says("and who")) {
        return (None, None);
    }
    // "Do both sides want to keep talking?": whether each does, so the
    // parties on either side of it.
    if says(BOTH_SIDES_WANT) {
        return (None, None);
    }
    // "Who's behind X, and what would set it off?": all of X, not one side.
    if says(favour) && says("and what/when/why/how/where") {
        return (None, None);
    }
    let against = "oppose/opposed/against/reject/rejects/resist/object/refuse/dismiss/dislike/hostile/veto/rebuff/spurn/snub/nix";
    // "Who's for X, anyone against?", "who is behind X, and is anybody
    // opposing it?": a second clause asks for the other side too.
    if says(favour)
        && says(&format!(
            "anyone/anybody/someone/somebody/any/who * {against}/opposing/objecting/rejecting"
        ))
    {
        return (None, None);
    }
    if says(against)
        || says("turn/turned/turns/turning down")
        || says("push back")
        || says("say/said/says/saying no")
        || says("hold/holding out")
        || says("knock/knocked/knocks back/down")
        || says("shot/shoot/shoots/vote/voted/votes down")
    {
        return (None, Some(Side::Against));
    }
    if says(&format!("not {favour}")) {
        return (None, Some(Side::Against));
    }
    if says(favour) || says("push for") || says("call for") || says("on board") {
        return (None, Some(Side::For));
    }
    (None, None)
}

/// Who is for the positions the party is for (each `who X --side for`), said
/// in a note: the graph records stands, not alliances. Too many positions to
/// answer each: the party's stance, with the same note.
pub(super) fn allies(f: &Frame, i: usize, parties: &[NodeIx]) -> Option<Plan> {
    let g = f.graph;
    let mut held: Vec<NodeIx> = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if parties.contains(&m.from)
            && m.relation.facts().side == Some(Side::For)
            && g.kind(m.to).is_position()
            && !held.contains(&m.to)
        {
            held.push(m.to);
        }
    }
    let note = format!(
        "read as who else is for what {} is for: the graph records stands on positions, not alliances",
        g.id(parties[0])
    );
    let queries = if held.is_empty() || held.len() > super::MOST_READINGS {
        super::plan::each(parties, Query::Stance)
    } else {
        super::plan::each(&held, |node| Query::Who {
            node,
            relation: None,
            side: Some(Side::For),
        })
    };
    Some(Plan {
        words: Vec::new(),
        queries,
        notes: vec![note],
        used: vec![i],
    })
}
