//! `unblock` on small hand-made graphs whose options were worked out by hand
//! (`hand_made`), against a brute-force reference on random graphs
//! (`reference`: every minimal set of moves, and nothing else, smallest
//! first), and through its views and the command (`command`).

use crate::common;

mod command;
mod hand_made;
mod reference;

use std::collections::BTreeSet;

use common::{cond, doc, edge, graph};
use negograph::Graph;
use negograph::model::Date;
use negograph::query::unblock::{CutOff, MoveKind, Unblock, UnblockOptions, unblock};
use negograph::view::{View, ViewSpec, When};
use serde_json::{Value, json};

/// A move as the tests write it: (kind, party, from, to); `""` for a party
/// the graph does not name.
type Key = (MoveKind, String, String, String);

fn key(kind: MoveKind, party: &str, from: &str, to: &str) -> Key {
    (kind, party.into(), from.into(), to.into())
}

use MoveKind::{Accept, Deliver, DropCondition as Drop, LiftBlock as Lift};

fn options_of(answer: &Unblock) -> Vec<Vec<Key>> {
    answer
        .options
        .iter()
        .map(|o| {
            o.moves
                .iter()
                .map(|c| key(c.kind, c.party.as_deref().unwrap_or(""), &c.from, &c.to))
                .collect()
        })
        .collect()
}

fn steps_of(answer: &Unblock, option: usize) -> Vec<String> {
    answer.options[option]
        .then
        .iter()
        .map(|s| s.node.id.clone())
        .collect()
}

fn ask(g: &Graph, spec: &ViewSpec, target: &str, options: UnblockOptions) -> Unblock {
    let view = View::new(g, spec).unwrap();
    unblock(&view, g.find(target).unwrap(), options)
}

fn ask_all_time(g: &Graph, target: &str) -> Unblock {
    ask(g, &ViewSpec::all_time(), target, UnblockOptions::default())
}

fn on(day: &str) -> ViewSpec {
    ViewSpec {
        when: When::On(day.parse::<Date>().unwrap()),
        ..ViewSpec::default()
    }
}

/// `d` with each (node, party): the party is the node's actor and supports
/// it, so it has agreed to deliver it: a pending step, not an obstacle.
fn agreed(mut d: Value, pairs: &[(&str, &str)]) -> Value {
    for &(node, party) in pairs {
        let nodes = d["nodes"].as_array_mut().unwrap();
        let at = nodes.iter().position(|n| n["id"] == node).unwrap();
        nodes[at]["actor"] = json!(party);
        d["edges"]
            .as_array_mut()
            .unwrap()
            .push(edge(party, "supports", node));
    }
    d["negograph"] = json!(1.1);
    d
}

/// A's tariff cut needs B's quota rise (per A), which needs C's subsidy
/// removal (per B), which needs A's tariff cut (per C). Each has agreed to
/// deliver its own: only the knot stands in the way.
fn tariff_knot() -> Value {
    agreed(
        tariff_knot_bare(),
        &[
            ("quota-rise", "b"),
            ("subsidy-removal", "c"),
            ("tariff-cut", "a"),
        ],
    )
}

fn tariff_knot_bare() -> Value {
    doc(
        &[
            ("a", "party"),
            ("b", "party"),
            ("c", "party"),
            ("tariff-cut", "demand"),
            ("quota-rise", "demand"),
            ("subsidy-removal", "demand"),
        ],
        vec![
            cond("tariff-cut", "quota-rise", "a"),
            cond("quota-rise", "subsidy-removal", "b"),
            cond("subsidy-removal", "tariff-cut", "c"),
        ],
    )
}
