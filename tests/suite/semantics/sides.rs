//! The invariants `consistency` checks on format 1.1 graphs, on random
//! graphs of format 1.2 ([`super::random12`]: considers, takes part in,
//! postponed and cancelled positions, newer positions replacing older
//! ones, addressees) seen on several days and all time.

use std::collections::BTreeSet;

use negograph::model::{NodeKind, Relation, Side};
use negograph::query::blockers::blockers;
use negograph::query::deadlocks::conflicts;
use negograph::query::effects::effects;
use negograph::query::stance::stance;
use negograph::query::unblock::{UnblockOptions, unblock};
use negograph::query::who::who_side;
use proptest::prelude::*;

use super::random12::{graph, parties, positions, random, views};

proptest! {
    #![proptest_config(ProptestConfig { cases: 250, .. ProptestConfig::default() })]

    /// `blockers X` is clear exactly when `unblock X` needs no move, taking
    /// any option's moves clears it, and what `effects X` unlocks is clear
    /// once X is met.
    #[test]
    fn blockers_unblock_and_effects_agree_on_every_day(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            for x in positions(&g) {
                let b = blockers(&view, x, false);
                let u = unblock(&view, x, UnblockOptions { max: 20, size: 3, ..UnblockOptions::default() });
                prop_assert_eq!(b.clear, u.already_met || u.reachable_now, "{} on {:?}", g.id(x), view.as_of);
                for option in &u.options {
                    let mut moved = view.clone();
                    option.take(&mut moved);
                    prop_assert!(blockers(&moved, x, false).clear, "{} on {:?}", g.id(x), view.as_of);
                }
                let e = effects(&view, x);
                let mut met = view.clone();
                met.assume_met(x);
                for d in &e.unlocked {
                    prop_assert!(blockers(&met, d.node.ix, false).clear);
                }
                for d in &e.still_blocked {
                    prop_assert!(!blockers(&met, d.node.ix, false).clear);
                }
            }
        }
    }

    /// `conflicts`, `who --side` and `stance` put the same parties on the
    /// same sides of the same positions on every day; `considers` and
    /// `takes_part_in` put no party on a side.
    #[test]
    fn conflicts_who_and_stance_sides_agree_on_every_day(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            let listed = conflicts(&view);
            let mut by_who = BTreeSet::new();
            for x in positions(&g) {
                let mut on = |side| -> Result<BTreeSet<String>, TestCaseError> {
                    let w = who_side(&view, x, side);
                    // The actors applying a measure in force are for it too.
                    let mut ids: BTreeSet<String> = w.applied_by.iter().map(|a| a.id.clone()).collect();
                    for grp in w.groups {
                        prop_assert!(!matches!(grp.relation, Relation::Considers | Relation::TakesPartIn));
                        for p in grp.parties {
                            if grp.relation != Relation::Excludes {
                                by_who.insert((p.party.id.clone(), side, g.id(x).to_owned()));
                            }
                            ids.insert(p.party.id);
                        }
                    }
                    Ok(ids)
                };
                let (for_, against) = (on(Side::For)?, on(Side::Against)?);
                let opposed = for_.iter().any(|f| against.iter().any(|a| a != f));
                let conflict = listed.iter().find(|c| c.target.ix == x);
                prop_assert_eq!(conflict.is_some(), opposed && !view.is_settled(x) && view.node_on(x),
                    "{} on {:?}", g.id(x), view.as_of);
            }
            let mut by_stance = BTreeSet::new();
            for p in parties(&g) {
                // P's own stands count for the party it is a member of, if
                // any; its members' stands, which `stance P` lists said by
                // them, count for P.
                let counts_for = view.party_of_member(p).unwrap_or(p);
                for pos in stance(&view, p).positions {
                    let party = if pos.speaker.is_some() { p } else { counts_for };
                    if let Some(side) = pos.side && g.kind(pos.target.ix) != NodeKind::Party {
                        by_stance.insert((g.id(party).to_owned(), side, pos.target.id.clone()));
                    }
                }
            }
            prop_assert_eq!(by_stance, by_who, "on {:?}", view.as_of);
        }
    }
}
