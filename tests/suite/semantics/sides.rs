//! The invariants `consistency` checks on format 1.1 graphs, on random
//! graphs of format 1.2 ([`super::random12`]: considers, takes part in,
//! postponed and cancelled positions, newer positions replacing older
//! ones, addressees) seen on several days and all time.

use std::collections::BTreeSet;

use negograph::model::{NodeKind, Relation, Side};
use negograph::query::blockers::blockers;
use negograph::query::compare::compare;
use negograph::query::deadlocks::conflicts;
use negograph::query::effects::effects;
use negograph::query::stance::stance;
use negograph::query::unblock::{UnblockOptions, unblock};
use negograph::query::who::who_side;
use proptest::prelude::*;

use super::random12::{graph, parties, positions, random, views};

proptest! {
    #![proptest_config(ProptestConfig { cases: super::cases(250), .. ProptestConfig::default() })]

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
    /// `takes_part_in` put no party on a side; on a withdrawn or replaced
    /// position no stand holds, and `who --side` and `stance` say the same
    /// parties' stands no longer hold.
    #[test]
    fn conflicts_who_and_stance_sides_agree_on_every_day(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            let listed = conflicts(&view);
            let mut by_who = BTreeSet::new();
            let mut former_by_who = BTreeSet::new();
            for x in positions(&g) {
                let mut on = |side| -> Result<BTreeSet<String>, TestCaseError> {
                    let w = who_side(&view, x, side);
                    // Withdrawn or replaced: no stand holds, and who was on
                    // the side is said apart, as `stance` marks it.
                    prop_assert!(w.groups.is_empty() || !view.is_withdrawn(x));
                    for grp in &w.no_longer_held {
                        for p in &grp.parties {
                            if grp.relation != Relation::Excludes {
                                former_by_who.insert((p.party.id.clone(), side, g.id(x).to_owned()));
                            }
                        }
                    }
                    // The actors applying a measure in force are for it too.
                    // So are the parties taking it as a term of a package.
                    let mut ids: BTreeSet<String> = w.applied_by.iter().map(|a| a.id.clone())
                        .chain(w.as_term_of.iter().map(|t| t.party.id.clone()))
                        .collect();
                    if let Some(c) = listed.iter().find(|c| c.target.ix == x) && side == Side::For {
                        let in_conflict: BTreeSet<String> = c.as_term_of.iter().map(|t| t.party.id.clone()).collect();
                        let term_by_who: BTreeSet<String> = w.as_term_of.iter().map(|t| t.party.id.clone()).collect();
                        prop_assert_eq!(in_conflict, term_by_who, "{} on {:?}", g.id(x), view.as_of);
                    }
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
                // A met position is listed too (settled, its stands on record).
                prop_assert_eq!(conflict.is_some(), opposed && !view.is_withdrawn(x) && view.node_on(x),
                    "{} on {:?}", g.id(x), view.as_of);
            }
            let mut by_stance = BTreeSet::new();
            let mut former_by_stance = BTreeSet::new();
            for p in parties(&g) {
                // P's own stands count for the party it is a member of, if
                // any; its members' stands, which `stance P` lists said by
                // them, count for P.
                let counts_for = view.party_of_member(p).unwrap_or(p);
                for pos in stance(&view, p).positions {
                    let party = if pos.speaker.is_some() { p } else { counts_for };
                    if let Some(side) = pos.side && g.kind(pos.target.ix) != NodeKind::Party {
                        let entry = (g.id(party).to_owned(), side, pos.target.id.clone());
                        if pos.no_longer_held {
                            former_by_stance.insert(entry);
                        } else {
                            by_stance.insert(entry);
                        }
                    }
                }
            }
            prop_assert_eq!(&by_stance, &by_who, "on {:?}", view.as_of);
            prop_assert_eq!(former_by_stance, former_by_who, "on {:?}", view.as_of);
            // `compare` puts the same parties on the same sides of each
            // proposal as `who --side` (no side, on one withdrawn).
            let proposals: Vec<_> = positions(&g).into_iter()
                .filter(|&p| g.kind(p) == NodeKind::Proposal && view.node_on(p))
                .collect();
            if let [first, second, ..] = proposals[..] {
                for pair in [[first, second], [second, first]] {
                    let c = compare(&view, &pair);
                    let by_compare: BTreeSet<_> = c.proposals[0].stands.iter()
                        .filter_map(|s| Some((s.party.clone(), s.side?, g.id(pair[0]).to_owned())))
                        .collect();
                    let who_on: BTreeSet<_> = by_who.iter()
                        .filter(|(_, _, x)| x == g.id(pair[0]))
                        .cloned()
                        .collect();
                    prop_assert_eq!(by_compare, who_on, "{} on {:?}", g.id(pair[0]), view.as_of);
                }
            }
        }
    }

    /// Obstacles, waits and measures in force, one story in every answer
    /// on every day: `blockers X`, `unblock X` and `who X --side` wait on the
    /// same things (a threat's trigger, an addressee's answer); the actors
    /// applying a measure in force are the same in `blockers`, `who --side
    /// for`, `conflicts` and `stance` (what each party applies); and the
    /// parties refusing X itself are the refusals `blockers X` lists, and
    /// `who X --side against` names (but for a met or cancelled X, which
    /// has nothing in its way).
    #[test]
    fn obstacles_waits_and_measures_in_force_agree_on_every_day(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            let listed = conflicts(&view);
            let mut applies: Vec<(String, String)> = Vec::new();
            for p in parties(&g) {
                for n in stance(&view, p).applies {
                    applies.push((n.id, g.id(p).to_owned()));
                }
            }
            for x in positions(&g) {
                let at = format!("{} on {:?}", g.id(x), view.as_of);
                let b = blockers(&view, x, false);
                let u = unblock(&view, x, UnblockOptions { max: 20, size: 3, ..UnblockOptions::default() });
                let (for_, against) = (who_side(&view, x, Side::For), who_side(&view, x, Side::Against));
                let waits = |w: &[negograph::query::waiting::WaitsOn]| serde_json::to_value(w).unwrap();
                prop_assert_eq!(waits(&b.waits_on), waits(&u.waits_on), "{}", at);
                prop_assert_eq!(waits(&b.waits_on), waits(&for_.waits_on), "{}", at);
                prop_assert_eq!(waits(&b.waits_on), waits(&against.waits_on), "{}", at);

                let applied: BTreeSet<String> = b.applied_by.iter().cloned().collect();
                // `who --side for` names an actor that also demands (or
                // supports ...) its measure once, under its stand.
                let with_a_stand: BTreeSet<String> = for_.groups.iter()
                    .flat_map(|grp| grp.parties.iter().map(|p| p.party.id.clone()))
                    .filter(|p| applied.contains(p))
                    .collect();
                let by_who: BTreeSet<String> = for_.applied_by.iter().map(|a| a.id.clone())
                    .chain(with_a_stand)
                    .collect();
                prop_assert_eq!(&applied, &by_who, "{}", at);
                let by_stance: BTreeSet<String> = applies.iter().filter(|(n, _)| n == g.id(x)).map(|(_, p)| p.clone()).collect();
                prop_assert_eq!(&applied, &by_stance, "{}", at);
                if let Some(c) = listed.iter().find(|c| c.target.ix == x) {
                    let in_conflict: BTreeSet<String> = c.applied_by.iter().map(|a| a.id.clone()).collect();
                    prop_assert_eq!(&applied, &in_conflict, "{}", at);
                }

                // Met: nothing in its way; cancelled: it will not take place,
                // and nothing is listed.
                if b.already_met || b.cancelled {
                    prop_assert!(b.blockers.is_empty(), "{}", at);
                    continue;
                }
                let refusing: BTreeSet<String> = b.blockers.iter()
                    .filter(|o| o.via.is_none() && o.package.is_none() && o.relation.is_some_and(|r| r.side() == Some(Side::Against)))
                    .filter_map(|o| o.holder.clone())
                    .collect();
                // Withdrawn: `blockers` says what would stand in its way
                // were it put back, the refusals `who` says no longer hold.
                let against_groups = if view.is_withdrawn(x) { &against.no_longer_held } else { &against.groups };
                let refusing_by_who: BTreeSet<String> = against_groups.iter()
                    .filter(|grp| grp.relation.side() == Some(Side::Against) && grp.relation != Relation::Excludes)
                    .flat_map(|grp| grp.parties.iter().map(|p| p.party.id.clone()))
                    .collect();
                prop_assert_eq!(&refusing, &refusing_by_who, "{}", at);
                if !refusing.is_empty() {
                    prop_assert!(!b.clear && !u.reachable_now, "{}", at);
                }
            }
        }
    }
}
