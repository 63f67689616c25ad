//! Invariants across answers on random graphs that use every relation the
//! obstacles read: conditions with holders, actors, agreements, refusals of
//! three kinds, blocks, excludes, packages and members.

use std::collections::BTreeSet;

use crate::common;
use negograph::Graph;
use negograph::model::Side;
use negograph::query::blockers::blockers;
use negograph::query::deadlocks::conflicts;
use negograph::query::effects::effects;
use negograph::query::unblock::{UnblockOptions, unblock};
use negograph::query::who::who_side;
use negograph::view::{View, ViewSpec};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A random graph: parties a0.. (some members of others), positions p0..
/// (demands, conditions, proposals) with statuses and actors, and edges.
#[derive(Clone, Debug)]
struct Random {
    parties: usize,
    kinds: Vec<u8>,
    statuses: Vec<u8>,
    actors: Vec<Option<usize>>,
    members: Vec<(usize, usize)>,
    /// (kind, i, j, k) over positions i, j and party k.
    edges: Vec<(u8, usize, usize, usize)>,
}

fn random() -> impl Strategy<Value = Random> {
    (2usize..=6, 1usize..=4).prop_flat_map(|(n, k)| {
        (
            proptest::collection::vec(0u8..3, n),
            proptest::collection::vec(
                prop_oneof![6 => Just(0u8), 1 => Just(1u8), 1 => Just(2u8)],
                n,
            ),
            proptest::collection::vec(proptest::option::weighted(0.7, 0..k), n),
            proptest::collection::vec((0..k, 0..k), 0..2),
            proptest::collection::vec((0u8..12, 0..n, 0..n, 0..k), 0..14),
        )
            .prop_map(move |(kinds, statuses, actors, members, edges)| Random {
                parties: k,
                kinds,
                statuses,
                actors,
                members,
                edges,
            })
    })
}

const RELATIONS: [&str; 8] = [
    "demands", "proposes", "supports", "accepts", "rejects", "counters", "ignores", "blocks",
];

fn to_doc(r: &Random) -> Value {
    let mut nodes: Vec<Value> = (0..r.parties)
        .map(|k| json!({"id": format!("a{k}"), "kind": "party", "label": format!("A{k}")}))
        .collect();
    let kind = |i: usize| ["demand", "condition", "proposal"][r.kinds[i] as usize];
    for i in 0..r.kinds.len() {
        let status = ["open", "met", "withdrawn"][r.statuses[i] as usize];
        let mut node = json!({"id": format!("p{i}"), "kind": kind(i), "label": format!("P{i}"), "status": status});
        if let Some(k) = r.actors[i] {
            node["actor"] = json!(format!("a{k}"));
        }
        nodes.push(node);
    }
    let cite = |mut e: Value| {
        e["source"] = json!("s");
        e["quote"] = json!("q");
        e
    };
    let mut edges: Vec<Value> = r
        .members
        .iter()
        .filter(|(m, p)| m != p)
        .map(|&(m, p)| {
            cite(json!({"from": format!("a{m}"), "relation": "member_of", "to": format!("a{p}")}))
        })
        .collect();
    for &(kind, i, j, k) in &r.edges {
        let (p, q, a) = (format!("p{i}"), format!("p{j}"), format!("a{k}"));
        let e = match kind {
            0..=7 => json!({"from": a, "relation": RELATIONS[kind as usize], "to": q}),
            8 => json!({"from": p, "relation": "conditions_on", "to": q, "by": a}),
            9 if i != j => json!({"from": p, "relation": "excludes", "to": q, "by": a}),
            10 if r.kinds[j] == 2 && r.kinds[i] != 2 => {
                json!({"from": p, "relation": "part_of", "to": q})
            }
            11 => json!({"from": p, "relation": "blocks", "to": q, "by": a}),
            _ => continue,
        };
        edges.push(cite(e));
    }
    json!({"negograph": 1.1, "title": "random", "sources": [{"id": "s", "title": "s"}],
           "nodes": nodes, "edges": edges})
}

fn positions(g: &Graph) -> Vec<negograph::NodeIx> {
    g.node_indices()
        .filter(|&n| g.kind(n).is_position())
        .collect()
}

fn options() -> UnblockOptions {
    UnblockOptions {
        max: 50,
        size: 4,
        ..UnblockOptions::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// `blockers X` is clear exactly when `unblock X` needs no move, and
    /// taking the moves of any option leaves `blockers X` clear.
    #[test]
    fn blockers_and_unblock_agree_and_every_option_clears(r in random()) {
        let g = common::graph(&to_doc(&r));
        let view = View::new(&g, &ViewSpec::all_time()).unwrap();
        for x in positions(&g) {
            let b = blockers(&view, x, false);
            let u = unblock(&view, x, options());
            prop_assert_eq!(b.clear, u.already_met || u.reachable_now, "{}", g.id(x));
            prop_assert_eq!(b.clear, b.blockers.is_empty() && b.deadlock.is_none() && b.knots.is_empty());
            // Every obstacle is something a party has not agreed to.
            prop_assert!(b.blockers.iter().all(|o| !o.agreed));
            for option in &u.options {
                let mut moved = view.clone();
                option.take(&mut moved);
                let after = blockers(&moved, x, false);
                prop_assert!(after.clear, "{}: {:?} leaves {:?}", g.id(x),
                    option.moves.iter().map(|m| (m.kind, m.party.clone(), m.to.clone())).collect::<Vec<_>>(),
                    after.blockers.iter().map(|b| (b.kind, b.id.clone())).collect::<Vec<_>>());
            }
            // No option is needed when nothing blocks; some option, unless a
            // block no party holds stands, when something does.
            if !b.clear && u.complete && u.fixed.is_empty() {
                prop_assert!(!u.options.is_empty(), "{}", g.id(x));
            }
        }
    }

    /// `conflicts` and `who --side` name the same parties on the same sides.
    #[test]
    fn conflicts_and_who_sides_agree(r in random()) {
        let g = common::graph(&to_doc(&r));
        let view = View::new(&g, &ViewSpec::all_time()).unwrap();
        let listed = conflicts(&view);
        for x in positions(&g) {
            // The actors applying a measure in force are for it too, and so
            // are the parties for a package it is a term of
            // (`standing::term_stands`, listed apart as `as_term_of`).
            let parties = |side| -> BTreeSet<String> {
                let w = who_side(&view, x, side);
                w.groups.iter().flat_map(|gr| &gr.parties).map(|p| p.party.id.clone())
                    .chain(w.applied_by.iter().map(|a| a.id.clone()))
                    .chain(w.as_term_of.iter().map(|t| t.party.id.clone())).collect()
            };
            let (for_, against) = (parties(Side::For), parties(Side::Against));
            let opposed = for_.iter().any(|f| against.iter().any(|a| a != f));
            let conflict = listed.iter().find(|c| c.target.ix == x);
            // A met position is listed too (settled, its stands on record); a
            // withdrawn one is held by no party.
            prop_assert_eq!(conflict.is_some(), opposed && !view.is_withdrawn(x), "{}", g.id(x));
            if let Some(c) = conflict {
                let on = |stands: &[negograph::query::deadlocks::Stand]| -> BTreeSet<String> {
                    stands.iter().map(|s| s.party.clone()).collect()
                };
                let applied = c.applied_by.iter().map(|a| a.id.clone());
                let as_term = c.as_term_of.iter().map(|t| t.party.id.clone());
                prop_assert_eq!(on(&c.for_).into_iter().chain(applied).chain(as_term).collect::<BTreeSet<_>>(), for_);
                prop_assert_eq!(on(&c.against), against);
            }
        }
    }

    /// `stance P` and `who X --side` put the same parties on the same sides
    /// of the same positions (stances taken directly; `who --side against`
    /// also names the holders of excluding positions, which `stance` lists
    /// as their own positions).
    #[test]
    fn stance_and_who_sides_agree(r in random()) {
        let g = common::graph(&to_doc(&r));
        let view = View::new(&g, &ViewSpec::all_time()).unwrap();
        let parties: Vec<_> = g.node_indices().filter(|&n| g.kind(n) == negograph::model::NodeKind::Party).collect();
        let mut by_stance = BTreeSet::new();
        for &p in &parties {
            // A member's own stands count for the party it speaks for.
            let counts_for = view.party_of_member(p).unwrap_or(p);
            for pos in negograph::query::stance::stance(&view, p).positions {
                // On a withdrawn or replaced position the stand no longer
                // holds (`standing::stands_hold`): on no side in `who` either.
                if let Some(side) = pos.side && !pos.no_longer_held {
                    by_stance.insert((g.id(counts_for).to_owned(), side, pos.target.id.clone()));
                }
            }
        }
        let mut by_who = BTreeSet::new();
        for x in positions(&g) {
            for side in [Side::For, Side::Against] {
                for grp in who_side(&view, x, side).groups {
                    if grp.relation == negograph::model::Relation::Excludes {
                        continue;
                    }
                    for p in grp.parties {
                        by_who.insert((p.party.id.clone(), side, g.id(x).to_owned()));
                    }
                }
            }
        }
        prop_assert_eq!(by_stance, by_who);
    }

    /// What `effects X` calls unlocked has nothing in its way once X is met,
    /// and what it calls still blocked has something: as `blockers` says.
    #[test]
    fn effects_agree_with_blockers(r in random()) {
        let g = common::graph(&to_doc(&r));
        let view = View::new(&g, &ViewSpec::all_time()).unwrap();
        for x in positions(&g) {
            let e = effects(&view, x);
            let mut met = view.clone();
            met.assume_met(x);
            for d in &e.unlocked {
                prop_assert!(blockers(&met, d.node.ix, false).clear);
            }
            for d in &e.still_blocked {
                prop_assert!(!blockers(&met, d.node.ix, false).clear);
                prop_assert!(!d.remaining.is_empty());
            }
        }
    }
}

/// A member who must deliver a position and demanded it has agreed to: its
/// claim counts for its party, and for itself as the one who made it.
#[test]
fn a_member_actor_who_demanded_it_has_agreed() {
    let mut d = common::doc(
        &[
            ("israel", "party"),
            ("netanyahu", "party"),
            ("x", "demand"),
            ("release", "condition"),
        ],
        vec![
            common::edge("netanyahu", "member_of", "israel"),
            common::edge("netanyahu", "demands", "release"),
            common::cond("x", "release", "israel"),
        ],
    );
    d["negograph"] = json!(1.1);
    d["nodes"][3]["actor"] = json!("netanyahu");
    let g = common::graph(&d);
    let view = View::new(&g, &ViewSpec::all_time()).unwrap();
    let b = blockers(&view, g.find("x").unwrap(), false);
    assert!(
        b.clear,
        "{:?}",
        b.blockers.iter().map(|o| &o.id).collect::<Vec<_>>()
    );
    assert_eq!(b.pending[0].node.id, "release");
}
