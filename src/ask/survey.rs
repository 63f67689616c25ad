//! Builds for questions about the whole negotiation that name no position:
//! every threat, every mediator, the pressure on a party. Each maps to the
//! existing query that answers it (`who X --relation R` per node, `who P`
//! for a party), and says so when the graph holds none.

use super::MOST_READINGS;
use super::plan::none_recorded;
use super::plan::{Frame, Plan, Takes};
use crate::graph::{Graph, NodeIx};
use crate::model::Relation;
use crate::query::Query;

/// The positions some party holds `relation` to, in file order.
fn held_by_someone(g: &Graph, relation: Relation) -> Vec<NodeIx> {
    let mut found = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if m.relation == relation && !found.contains(&m.to) {
            found.push(m.to);
        }
    }
    found
}

/// Every position held through `relation`, each as `who X --relation R`
/// (which names the party, and for a threat its target and trigger); a
/// question that also names a node is another intent's.
fn every(f: &Frame, relation: Relation, what: &str) -> Option<Plan> {
    let g = f.graph;
    let nodes = held_by_someone(g, relation);
    // A question that names anything ("what is Europe threatening?": its
    // stance) is another intent's.
    if !f.names.is_empty() {
        return None;
    }
    if nodes.len() > MOST_READINGS {
        return None;
    }
    if nodes.is_empty() {
        return Some(none_recorded(&format!(
            "the graph records no {what}: no party {} anything",
            relation.facts().phrase
        )));
    }
    Some(Plan {
        words: Vec::new(),
        queries: nodes
            .into_iter()
            .map(|node| Query::Who {
                node,
                relation: Some(relation),
                side: None,
            })
            .collect(),
        used: Vec::new(),
        notes: Vec::new(),
    })
}

/// "What threats are there?": every threat, with who makes it, against
/// whom and on what trigger.
/// Asked with no name as "who is threatening whom?", both sides at once:
/// the overview, each threat under its threatener with its target and
/// trigger (threats with no target, by the threat itself).
pub(super) fn threats(f: &Frame) -> Option<Plan> {
    if !f.names.is_empty() {
        return None;
    }
    // Only "who threatens whom?" asks for the targets; "what threats are
    // there?" lists each threat by itself (with target and trigger).
    if !asks_who_whom(f) {
        return whether_threats(f).or_else(|| every(f, Relation::Threatens, "threats"));
    }
    if threatened(f.graph).is_empty() {
        return every(f, Relation::Threatens, "threats");
    }
    Some(both_sides_overview(
        "who threatens whom read as the overview, which lists each threat under its threatener with its target (against whom) and trigger",
    ))
}

/// "Who threatens whom?", "who is leaning on who?": asks for both sides of
/// every threat at once, which the overview shows (each threat under its
/// threatener, each target's "faces a threat"). Blind writers of rounds 3
/// to 17 took the overview for it; `who P` of each target answers only
/// the "whom" (round 17: `who china` for "who's leaning on who with
/// threats").
fn both_sides_overview(note: &str) -> Plan {
    Plan {
        // "Who is making threats against whom?": 'against' is the target
        // side, which the overview lists with each threat.
        words: vec![super::words::stem("against")],
        queries: vec![Query::Overview],
        used: Vec::new(),
        notes: vec![note.to_owned()],
    }
}

/// "Who ... whom?", "who ... who?": a question about both sides at once.
fn asks_who_whom(f: &Frame) -> bool {
    ((f.says)("who") && (f.says)("whom")) || (f.says)("who * who")
}

/// Only asked whether there are threats ("any threats being made?", "is
/// anyone threatening retaliation?"), of a graph whose parties threaten
/// more than one measure: the overview, which lists each threat under its
/// threatener and each target's "faces a threat". Blind writers of rounds
/// 5 to 7 accepted the overview (or the target's `who`) for every such
/// question and never a list of `who X --relation threatens`; with one
/// threatened measure that one `who` is the answer ("are there any threats,
/// and what would trigger them?"), as before.
fn whether_threats(f: &Frame) -> Option<Plan> {
    let whether = (f.says)("is/are anyone/anybody/someone/somebody/there")
        || (f.says)("any/anything threat/threats/threatening/threatened")
        // "Anyone making threats?": whether, said without the verb.
        || (f.says)("anyone/anybody/someone/somebody * threat/threats/threatening");
    // Which threats, or what sets them off: each threat by itself, with
    // its trigger ("are there any threats, and what would trigger them?").
    let listed = (f.says)("which/list/many/every/each/what threat/threats")
        || (f.says)("trigger/triggers/triggered")
        || (f.says)("set/sets off");
    let measures = held_by_someone(f.graph, Relation::Threatens);
    (whether && !listed && !measures.is_empty()).then(|| Plan {
        words: Vec::new(),
        queries: vec![Query::Overview],
        used: Vec::new(),
        notes: vec![format!(
            "{}: read as the overview, which lists each threat under its threatener and its target",
            match measures.len() {
                1 => "1 threatened measure".to_owned(),
                n => format!("{n} threatened measures"),
            }
        )],
    })
}

/// `who P` of each party, with the note that says why: the pressure on
/// each party asked about with no name.
fn who_of_each(parties: Vec<NodeIx>, note: String) -> Plan {
    Plan {
        words: Vec::new(),
        queries: parties
            .into_iter()
            .map(|node| Query::Who {
                node,
                relation: None,
                side: None,
            })
            .collect(),
        used: Vec::new(),
        notes: vec![note],
    }
}

/// The parties some threat is aimed at (its target or addressee), in file
/// order; empty when any threat has none (then every threat is listed by
/// itself, so none is left out).
fn threatened(g: &Graph) -> Vec<NodeIx> {
    let mut found = Vec::new();
    for e in g.edge_indices() {
        if g.meta(e).relation != Relation::Threatens {
            continue;
        }
        let edge = g.edge(e);
        let mut aimed = false;
        for end in [edge.target(), edge.addressee()].into_iter().flatten() {
            if let crate::model::End::Node(n) = end {
                aimed = true;
                let n = NodeIx::new(n as usize);
                if !found.contains(&n) {
                    found.push(n);
                }
            }
        }
        if !aimed {
            return Vec::new();
        }
    }
    found
}

/// "Who is taking part?": every party taking part, with what in.
pub(super) fn taking_part(f: &Frame) -> Option<Plan> {
    every(f, Relation::TakesPartIn, "parties taking part")
}

/// "Who is still undecided?": every party considering a position.
pub(super) fn considering(f: &Frame) -> Option<Plan> {
    every(f, Relation::Considers, "positions under consideration")
}

/// "Who are the mediators?": every mediator, with what they mediate.
/// Mediators of more than one position (each proposal its own) are read
/// as the overview, which lists each position's mediators under it.
pub(super) fn mediators(f: &Frame) -> Option<Plan> {
    // "What if the mediator walks away?": its giving up, not who it is.
    if let Some(plan) = super::failure::mediator_giving_up(f) {
        return Some(plan);
    }
    let mediated = held_by_someone(f.graph, Relation::Mediates);
    // Who mediates, or whether anyone does, with no name: of several
    // mediated positions, the overview, which lists who mediates each
    // (blind rounds 5 to 10 all took it). "Who is mediating the talks?"
    // names talks: each mediated position's mediators.
    let talks = f
        .typed
        .iter()
        .any(|w| matches!(w.as_str(), "talks" | "negotiations" | "negotiation"));
    if f.names.is_empty() && mediated.len() > 1 && !talks {
        return Some(Plan {
            words: Vec::new(),
            queries: vec![Query::Overview],
            used: Vec::new(),
            notes: vec![
                "mediators of several positions: read as the overview, which lists who mediates each"
                    .to_owned(),
            ],
        });
    }
    every(f, Relation::Mediates, "mediators")
}

/// The parties some claim puts pressure on: the `target` or `addressee` of
/// a threat, the `addressee` of a demand, in file order.
fn pressured(g: &Graph) -> Vec<NodeIx> {
    let mut found = Vec::new();
    for e in g.edge_indices() {
        let edge = g.edge(e);
        let ends = match g.meta(e).relation {
            Relation::Threatens => vec![edge.target(), edge.addressee()],
            Relation::Demands => vec![edge.addressee()],
            _ => continue,
        };
        for end in ends.into_iter().flatten() {
            if let crate::model::End::Node(n) = end {
                let n = NodeIx::new(n as usize);
                if !found.contains(&n) {
                    found.push(n);
                }
            }
        }
    }
    found
}

/// What a party is bound to hand over: "does the West have to deliver
/// anything?", "what must Hamas give up?". What is asked of it (the demands
/// addressed to it, the positions it is named to deliver), not its own
/// stance: the party is the one that owes.
pub(crate) const OWES: &str = "<n> * have/has/had/got/need/needs/obliged/expected to deliver/give/concede/provide/hand/surrender/yield/cede/do";

/// "What must the West deliver?": the same, said with "must" or "should".
pub(crate) const MUST_DELIVER: &str =
    "must/should <n> * deliver/give/concede/provide/hand/surrender/yield/cede";

/// What `who P` reads as pressure on a party, for the notes.
const PRESSURE_READ: &str =
    "pressure on a party read as the threats against it and the demands addressed to it";

/// "What pressure is there on Russia?": the threats against the party and
/// the demands addressed to it. "Who is putting pressure on whom?" (no
/// party named): the same for every party some claim puts pressure on.
pub(super) fn pressure(f: &Frame) -> Option<Plan> {
    if pressure_is_a_name(f) {
        return None;
    }
    let Some(first) = f.first(Takes::Party, &[]) else {
        return everyone_pressured(f);
    };
    // "What does the West have to deliver under Russia's terms?": the
    // party that owes is the one before "have to", named first.
    if (f.says)(OWES) || (f.says)(MUST_DELIVER) {
        let (i, nodes) = first;
        return Some(who_of(nodes, i, OWED_READ));
    }
    // "What leverage does the West have over Russia?": the party the
    // pressure is on is named last.
    let mut last = first;
    let mut seen = vec![last.0];
    while let Some(next) = f.first(Takes::Party, &seen) {
        seen.push(next.0);
        last = next;
    }
    let (i, nodes) = last;
    Some(who_of(nodes, i, PRESSURE_READ))
}

/// "What if America drops maximum pressure?": the pressure word is in the
/// name of a position the question names (`End of the US "maximum
/// pressure" policy`), so it says which position, not that a party is
/// pressed.
fn pressure_is_a_name(f: &Frame) -> bool {
    let pressing = |w: &str| w.starts_with("pressur") || w == "leverage" || w.starts_with("squeez");
    f.names.iter().flatten().any(|&n| {
        f.graph.kind(n).is_position()
            && super::words::words(f.graph.label(n))
                .iter()
                .any(|w| pressing(&w.text) && f.typed.contains(&w.text))
    })
}

/// What `who P` reads as what a party has to deliver, for the notes.
const OWED_READ: &str = "what a party has to deliver read as what is asked of it: the demands addressed to it, the positions it is named to deliver, and the threats against it";

/// `who P` of the nodes name `i` fits, with the note that says why.
fn who_of(nodes: Vec<NodeIx>, i: usize, note: &str) -> Plan {
    Plan {
        words: Vec::new(),
        queries: nodes
            .into_iter()
            .map(|node| Query::Who {
                node,
                relation: None,
                side: None,
            })
            .collect(),
        used: vec![i],
        notes: vec![note.to_owned()],
    }
}

/// Every party under pressure, each as `who P`; a question naming a
/// position ("what pressure is there for a ceasefire?") is not this.
fn everyone_pressured(f: &Frame) -> Option<Plan> {
    if !f.names.is_empty() {
        return None;
    }
    let parties = pressured(f.graph);
    if parties.len() > MOST_READINGS {
        return None;
    }
    if parties.is_empty() {
        return Some(none_recorded(
            "the graph records no pressure on any party: no threat has a target or addressee, and no demand an addressee",
        ));
    }
    // "Who's leaning on who with threats?": both sides of every threat,
    // as "who threatens whom?". Pressure or leverage said without threats
    // ("who is squeezing whom?") stays the pressure on each party (threats
    // against it and demands addressed to it), as the engineers' round 4
    // sets pin it.
    if asks_who_whom(f) && (f.says)("threat/threats/threaten/threatens/threatening/threatened") {
        return Some(both_sides_overview(
            "who leans on whom with threats read as the overview, which lists each threat under its threatener with its target (against whom) and trigger",
        ));
    }
    Some(who_of_each(
        parties,
        format!("{PRESSURE_READ}, for each party under any"),
    ))
}

/// Words that, with no name, leave "what are the main obstacles?" or "is
/// anything blocking progress?" asking about the whole negotiation.
const ANY_OBSTACLE: &[&str] = &[
    "main", "key", "biggest", "big", "major", "chief", "real", "remain", "progress", "thing",
    "anyth", "everyth", "overal", "negoti", "talk", "disput", "process",
];

/// "What are the main obstacles?", "what are the sticking points?": no
/// name, no other word; what stands in the way of the whole negotiation,
/// every knot of mutual preconditions and every conflict (`deadlocks`),
/// said.
pub(super) fn every_obstacle(f: &Frame) -> Option<Plan> {
    let generic = f
        .loose
        .iter()
        .all(|w| ANY_OBSTACLE.iter().any(|g| w.starts_with(g)));
    let obstacle = (f.says)(
        "block/blocks/blocking/blocker/blockers/blockage/obstacle/obstacles/hurdle/hurdles/barrier/barriers/roadblock/roadblocks/impediment/impediments/sticking/holdup/snag/snags/bottleneck/bottlenecks",
    );
    (f.names.is_empty() && generic && obstacle).then(|| Plan {
        words: f.loose.clone(),
        queries: vec![Query::Deadlocks],
        notes: vec![
            "no position named: read as what stands in the way of the whole negotiation, its knots and conflicts"
                .to_owned(),
        ],
        used: Vec::new(),
    })
}

/// "Who's brokering the Gaza deal?" of a named position no party
/// mediates (a word of the question fit a term of a proposal): the
/// mediators the graph records, of the positions each mediates, said.
/// `None` when the named position has a mediator, or nothing is mediated.
pub(super) fn mediators_elsewhere(g: &Graph, named: &[NodeIx]) -> Option<(Vec<NodeIx>, String)> {
    if named
        .iter()
        .any(|&n| super::plan::held(g, n, Relation::Mediates))
    {
        return None;
    }
    let mediated = held_by_someone(g, Relation::Mediates);
    if mediated.is_empty() || mediated.len() > MOST_READINGS {
        return None;
    }
    let ids = |nodes: &[NodeIx]| nodes.iter().map(|&n| g.id(n)).collect::<Vec<_>>();
    let note = format!(
        "no party mediates {}: read as the mediators the graph records, of {}",
        ids(named).join(" or "),
        ids(&mediated).join(", ")
    );
    Some((mediated, note))
}
