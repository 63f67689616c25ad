//! `unblock` on small hand-made graphs whose options were worked out by hand
//! (`hand_made`), against a brute-force reference on random graphs
//! (`reference`: every minimal set of concessions, and nothing else, smallest
//! first), and through its views and the command (`command`).

#[path = "../common/mod.rs"]
mod common;

mod command;
mod hand_made;
mod reference;

use std::collections::BTreeSet;

use common::{cond, doc, edge, graph};
use negograph::Graph;
use negograph::model::Date;
use negograph::query::unblock::{ConcessionKind, CutOff, Unblock, UnblockOptions, unblock};
use negograph::view::{View, ViewSpec, When};
use serde_json::{Value, json};

/// A concession as the tests write it: (kind, holder, from, to).
type Key = (ConcessionKind, String, String, String);

fn key(kind: ConcessionKind, holder: &str, from: &str, to: &str) -> Key {
    (kind, holder.into(), from.into(), to.into())
}

use ConcessionKind::{DropCondition as Drop, LiftBlock as Lift, WithdrawRejection as Withdraw};

fn options_of(answer: &Unblock) -> Vec<Vec<Key>> {
    answer
        .options
        .iter()
        .map(|o| {
            o.concessions
                .iter()
                .map(|c| key(c.kind, &c.holder, &c.from, &c.to))
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

/// A's tariff cut needs B's quota rise (per A), which needs C's subsidy
/// removal (per B), which needs A's tariff cut (per C).
fn tariff_knot() -> Value {
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
