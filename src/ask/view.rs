//! The view a reading is asked under: the command line's day and
//! what-ifs, with the question's own date, its "if" (a position assumed
//! met, `--assume`) or a condition it lets go (`--drop`).

use super::Parsed;
use super::cues::Pattern;
use super::dates::Asks;
use super::failure::{failures_of, is_failure};
use super::names::Mention;
use crate::error::{Error, Result};
use crate::graph::{Graph, NodeIx};
use crate::model::{NodeKind, Relation};
use crate::resolve::Names;
use crate::view::{View, ViewSpec, When};

/// The view a reading is asked under: the command line's, with the
/// question's date and assumption.
pub(super) fn view_for(
    parsed: &Parsed,
    graph: &Graph,
    view: &ViewSpec,
    with_if: bool,
) -> Result<ViewSpec> {
    let mut spec = view.clone();
    if let Some(date) = &parsed.date {
        let asked = match date.asks {
            Asks::AllTime => When::AllTime,
            Asks::Latest => When::Latest,
            Asks::Day { day, .. } => When::On(day),
        };
        if spec.when != When::Latest && spec.when != asked {
            let typed: Vec<&str> = parsed.words[date.words.clone()]
                .iter()
                .map(|w| w.text.as_str())
                .collect();
            return Err(Error::Usage(format!(
                "the question says '{}' and the command line gives another day; keep one",
                typed.join(" ")
            )));
        }
        spec.when = asked;
    }
    // "If C stopped tying its subsidies to A's tariffs": the condition
    // let go, not the subsidies' removal assumed met.
    let dropped = let_go(parsed, graph);
    if !dropped.is_empty() {
        for edge in dropped {
            if !spec.drop.contains(&edge) {
                spec.drop.push(edge);
            }
        }
        return Ok(spec);
    }
    if with_if && let Some(m) = parsed.assumed {
        let mention = &parsed.mentions[m];
        let mut positions: Vec<NodeIx> = mention
            .nodes
            .iter()
            .copied()
            .filter(|&n| graph.kind(n).is_position())
            .collect();
        if parsed.refused {
            // "If C keeps refusing monitors": the refusal, when the graph
            // holds it as a node, is what is assumed; else nothing is.
            positions = refusal_of(parsed, graph, &positions);
            if positions.is_empty() {
                return Ok(spec);
            }
        }
        // "If Turkey pulls out as host, what blocks the talks in Turkey?":
        // a clause whose one position is the one asked about names no
        // event the graph holds; nothing is assumed (see `if_is_the_question`).
        if positions.iter().all(|&n| asked_outside_if(parsed, n)) && !positions.is_empty() {
            return Ok(spec);
        }
        // "Now the ministers have met": what the record already holds met
        // needs no assuming (see `already_met`).
        if let [one] = positions[..]
            && super::parse::states_it_happened(parsed)
            && already_met(graph, one)
        {
            return Ok(spec);
        }
        if let [one] = positions[..] {
            let id = graph.id(one).to_owned();
            if !spec.assume.contains(&id) {
                spec.assume.push(id);
            }
        } else {
            // Assuming both ceasefires met is not what anyone asked.
            return Err(Error::Ambiguous {
                name: mention.text.clone(),
                candidates: positions
                    .iter()
                    .map(|&n| Names::new(graph).candidate(n))
                    .collect(),
            });
        }
    }
    Ok(spec)
}

/// Words of an "if" clause that let a demand go: "if Putin dropped his
/// demand that ...".
const DROPS_DEMAND: &str = "drop/drops/dropped/withdraw/withdraws/withdrew/abandon/abandons/abandoned/waive/waives/waived/lift/lifts/lifted * demand/demands/condition/conditions/precondition/preconditions";

/// "If Kyiv gave up its precondition": the same, with a phrasal verb.
const GIVES_UP_DEMAND: &str = "give/gives/gave/given/giving up * demand/demands/condition/conditions/precondition/preconditions";

/// Words of an "if" clause that let a condition go: "if C stopped tying
/// X to Y".
const LETS_GO: &str = "stop/stops/stopped/quit/quits/drop/drops/dropped/abandon/abandons/abandoned/waive/waives/waived tie/tying/link/linking/condition/conditioning/precondition";

/// The `conditions_on` claims an "if" clause lets go, as the command
/// line spells them: a party's demands dropped, or the one claim a
/// "stopped tying X to Y" names (between two positions of the clause,
/// else the one claim of its one position); none when there is no such
/// clause, or a tie could be more than one claim.
pub(super) fn let_go(parsed: &Parsed, graph: &Graph) -> Vec<String> {
    if parsed.conditional.is_empty() {
        return Vec::new();
    }
    if Pattern::new(DROPS_DEMAND).matches(&parsed.frame)
        || Pattern::new(GIVES_UP_DEMAND).matches(&parsed.frame)
    {
        return demands_dropped(parsed, graph);
    }
    if !Pattern::new(LETS_GO).matches(&parsed.frame) {
        return Vec::new();
    }
    tie_let_go(parsed, graph).into_iter().collect()
}

/// "If Putin dropped his demand that the West stop arming Ukraine": the
/// `conditions_on` claims the clause's first party makes on what the
/// clause's other parties must do (on anything, when it names no other).
fn demands_dropped(parsed: &Parsed, graph: &Graph) -> Vec<String> {
    let parties: Vec<NodeIx> = parsed
        .conditional
        .iter()
        .filter_map(|&m| parsed.mentions[m].nodes.first().copied())
        .filter(|&n| graph.kind(n) == crate::model::NodeKind::Party)
        .collect();
    let Some((&by, others)) = parties.split_first() else {
        return Vec::new();
    };
    let dropped: Vec<_> = graph
        .edge_indices()
        .map(|e| graph.meta(e))
        .filter(|m| m.relation == Relation::ConditionsOn && m.by == Some(by))
        .filter(|m| others.is_empty() || graph.actors(m.to).iter().any(|a| others.contains(a)))
        .collect();
    // "If Putin drops his demand ..., is the 30-day ceasefire clear then?":
    // the demand is dropped from the position the rest of the question
    // names, not from every position that holds it (round 17: both
    // ceasefires were conditioned on the aid pause).
    let asked: Vec<NodeIx> = (0..parsed.mentions.len())
        .filter(|m| !parsed.conditional.contains(m))
        .flat_map(|m| parsed.mentions[m].nodes.iter().copied())
        .collect();
    let of_asked: Vec<_> = dropped.iter().filter(|m| asked.contains(&m.from)).collect();
    let chosen = if of_asked.is_empty() {
        dropped.iter().collect()
    } else {
        of_asked
    };
    chosen
        .into_iter()
        .map(|m| {
            format!(
                "{}:{}:{}",
                graph.id(m.from),
                m.relation.as_str(),
                graph.id(m.to)
            )
        })
        .collect()
}

/// See [`let_go`]: the one claim a "stopped tying X to Y" clause names.
fn tie_let_go(parsed: &Parsed, graph: &Graph) -> Option<String> {
    let nodes: Vec<NodeIx> = parsed
        .conditional
        .iter()
        .flat_map(|&m| parsed.mentions[m].nodes.iter().copied())
        .filter(|&n| graph.kind(n).is_position())
        .collect();
    let conditions = |both: bool| -> Vec<_> {
        graph
            .edge_indices()
            .map(|e| graph.meta(e))
            .filter(|m| m.relation == Relation::ConditionsOn)
            .filter(|m| {
                let (from, to) = (nodes.contains(&m.from), nodes.contains(&m.to));
                if both { from && to } else { from || to }
            })
            .map(|m| {
                format!(
                    "{}:{}:{}",
                    graph.id(m.from),
                    m.relation.as_str(),
                    graph.id(m.to)
                )
            })
            .collect()
    };
    let mut found = conditions(true);
    if found.is_empty() && nodes.len() == 1 {
        found = conditions(false);
    }
    found.dedup();
    match &found[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The stems of the words that let a condition go, when the question's
/// "if" clause is read so (they are used, not loose words).
pub(super) fn let_go_stems(parsed: &Parsed, graph: &Graph) -> Vec<String> {
    if let_go(parsed, graph).is_empty() {
        return Vec::new();
    }
    [LETS_GO, DROPS_DEMAND, GIVES_UP_DEMAND]
        .iter()
        .flat_map(|p| {
            Pattern::new(p)
                .stems()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The nodes that are the refusal or failure of `positions`, by the
/// parties of the "if" clause when it names any.
pub(super) fn refusal_of(parsed: &Parsed, graph: &Graph, positions: &[NodeIx]) -> Vec<NodeIx> {
    if positions.iter().any(|&n| is_failure(graph, n)) {
        return positions.to_vec();
    }
    let by: Vec<NodeIx> = parsed
        .conditional
        .iter()
        .flat_map(|&m| parsed.mentions[m].nodes.iter().copied())
        .filter(|&n| graph.kind(n) == NodeKind::Party)
        .collect();
    failures_of(graph, positions, &by)
}

/// Whether the graph as of its newest day shows every claim and node all
/// time does, with the same statuses: "ever" then adds nothing.
fn nothing_ended(graph: &Graph) -> bool {
    let (Ok(latest), Ok(ever)) = (
        View::new(graph, &ViewSpec::default()),
        View::new(graph, &ViewSpec::all_time()),
    ) else {
        return false;
    };
    latest.visible_edges().eq(ever.visible_edges())
        && latest.visible_nodes().eq(ever.visible_nodes())
        && latest
            .visible_nodes()
            .all(|n| latest.status(n) == ever.status(n))
}

/// "Did Washington ever reply?" of a record where nothing has ended: all
/// time is the newest day, so the answers are read as of it (the plain
/// command), and this says so. Only for whether a party answered: "what
/// has Ukraine ever demanded?" keeps all time, as asked.
pub(super) fn ever_note(parsed: &Parsed, graph: &Graph, view: &ViewSpec) -> Option<String> {
    let date = parsed.date.as_ref()?;
    (date.asks == Asks::AllTime && view.when == When::Latest && nothing_ended(graph)).then(|| {
        "read 'ever' as the newest day: nothing in the record has ended, so all time shows the same"
            .to_owned()
    })
}

/// What to say of an "if" clause read as a refusal: the refusal node
/// assumed, or nothing assumed when the graph holds no such node.
pub(super) fn refusal_note(parsed: &Parsed, graph: &Graph, with_if: bool) -> Option<String> {
    if !(with_if && parsed.refused) {
        return None;
    }
    let (mention, positions) = assumed_positions(parsed, graph)?;
    Some(match refusal_of(parsed, graph, &positions)[..] {
        [one] if !positions.contains(&one) => format!(
            "the 'if' clause says '{}' does not happen: assumed {} (its refusal) met, not '{}'",
            mention.text,
            graph.id(one),
            mention.text
        ),
        [_] => return None,
        _ => format!(
            "the 'if' clause says '{}' does not happen, and the graph holds no node for that refusal: nothing is assumed, the record as it stands is read",
            mention.text
        ),
    })
}

/// The "if" clause's mention and the positions it may name.
fn assumed_positions<'p>(parsed: &'p Parsed, graph: &Graph) -> Option<(&'p Mention, Vec<NodeIx>)> {
    let mention = &parsed.mentions[parsed.assumed?];
    let positions = mention
        .nodes
        .iter()
        .copied()
        .filter(|&n| graph.kind(n).is_position())
        .collect();
    Some((mention, positions))
}

/// Whether a name of the main question (outside its "if" clause) fits `n`.
fn asked_outside_if(parsed: &Parsed, n: NodeIx) -> bool {
    parsed
        .mentions
        .iter()
        .enumerate()
        .any(|(i, m)| !parsed.conditional.contains(&i) && m.nodes.contains(&n))
}

/// What to say of an "if" clause whose one position is what the main
/// question asks about: it names an event the graph does not hold as a
/// node of its own, so the question is answered as the record stands.
pub(super) fn if_is_the_question(parsed: &Parsed, graph: &Graph, with_if: bool) -> Option<String> {
    if !with_if || parsed.refused || !let_go(parsed, graph).is_empty() {
        return None;
    }
    let (mention, positions) = assumed_positions(parsed, graph)?;
    let asked = !positions.is_empty() && positions.iter().all(|&n| asked_outside_if(parsed, n));
    asked.then(|| {
        format!(
            "the 'if' clause names no event the graph holds ('{}' is only part of what the question asks about): nothing is assumed, the record as it stands is read",
            mention.text
        )
    })
}

/// Whether the record holds `n` met as of its newest status (its last
/// dated change, else its status): a "now that" clause saying it took
/// place assumes nothing more (an "if" clause still assumes it, as asked).
pub(super) fn already_met(graph: &Graph, n: NodeIx) -> bool {
    let last = graph.node(n).status_history().last();
    let status = match last {
        Some(change) => change.status.known(),
        None => Some(graph.status(n)),
    };
    status == Some(crate::model::Status::Met)
}
