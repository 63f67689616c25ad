//! Invariants across answers over time, on random graphs of format 1.2
//! ([`super::random12`]): `changes --from A --to B` and `timeline` list the
//! same changes; the status and scheduled day every view (and so every
//! answer) gives a position on a day are those the timeline's changes lead
//! to; and on every day of the map's slider, the map's obstacles are
//! `blockers`' and clear exactly when `unblock` needs no move.

use std::collections::BTreeSet;

use negograph::export::map_answers::answers;
use negograph::export::{Focus, scene};
use negograph::model::{Date, Status};
use negograph::query::blockers::blockers;
use negograph::query::changes::{Changes, changes, timeline};
use negograph::query::unblock::{UnblockOptions, unblock};
use negograph::view::{View, ViewSpec, When};
use negograph::{EdgeIx, Graph, NodeIx};
use proptest::prelude::*;

use super::random12::{DAYS, graph, parties, positions, random};

/// The claims a list of changes names, with their days.
fn claims(list: &[negograph::query::changes::ClaimChange]) -> BTreeSet<(Date, EdgeIx)> {
    list.iter().map(|c| (c.on, c.link.edge)).collect()
}

/// A status change as (day, position, from, to, scheduled day, scheduled
/// day before).
type Step = (Date, String, Status, Status, Option<Date>, Option<Date>);

fn steps(c: &Changes) -> Vec<Step> {
    c.status
        .iter()
        .map(|s| {
            let id = s.id.clone();
            (s.on, id, s.from, s.to, s.scheduled, s.scheduled_before)
        })
        .collect()
}

fn day(d: &str) -> Date {
    d.parse().unwrap()
}

/// The days the invariants compare windows between.
fn window_days() -> Vec<Date> {
    [
        "2025-03-01",
        DAYS[0],
        DAYS[1],
        DAYS[2],
        DAYS[3],
        "2025-03-20",
    ]
    .into_iter()
    .map(day)
    .collect()
}

/// The (status, scheduled day) of `n` on `on` by the timeline's changes:
/// the last one on or before it, else what the first one changed from.
fn by_timeline(t: &[Step], id: &str, on: Date) -> Option<(Status, Option<Date>)> {
    let mine: Vec<&Step> = t.iter().filter(|s| s.1 == id).collect();
    match mine.iter().rev().find(|s| s.0 <= on) {
        Some(s) => Some((s.3, s.4)),
        None => mine.first().map(|first| (first.2, first.5)),
    }
}

fn view_on(g: &Graph, on: Date) -> View<'_> {
    View::new(
        g,
        &ViewSpec {
            when: When::On(on),
            ..ViewSpec::all_time()
        },
    )
    .unwrap()
}

/// The scheduled day `n` has on the view's day, as the map gives it.
fn scheduled(view: &View, n: NodeIx) -> Option<Date> {
    view.graph.node(n).scheduled_on(view.status(n), view.as_of)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// Every claim added or removed, and every change of status, that
    /// `changes --from A --to B` lists is in the timeline on the same day,
    /// a day inside the window; and every change the timeline lists inside
    /// the window is in `changes` (for the whole graph and for each party).
    #[test]
    fn changes_in_a_window_are_the_timelines_inside_it(r in random()) {
        let g = graph(&r);
        let days = window_days();
        let mut scopes: Vec<Option<NodeIx>> = vec![None];
        scopes.extend(parties(&g).into_iter().map(Some));
        for party in scopes {
            let t = timeline(&g, party);
            for (i, &a) in days.iter().enumerate() {
                for &b in &days[i..] {
                    let w = changes(&g, a, b, party, None).unwrap();
                    let after_a = |d: Date| d > a && d <= b;
                    let inside = |list: &[negograph::query::changes::ClaimChange], keep: &dyn Fn(Date) -> bool| {
                        claims(list).into_iter().filter(|&(d, _)| keep(d)).collect::<BTreeSet<_>>()
                    };
                    prop_assert_eq!(claims(&w.added), inside(&t.added, &after_a), "added {}..{} {:?}", a, b, party);
                    prop_assert_eq!(claims(&w.removed), inside(&t.removed, &|d: Date| d >= a && d < b),
                        "removed {}..{}", a, b);
                    let in_window: Vec<Step> = steps(&t).into_iter().filter(|s| after_a(s.0)).collect();
                    let mut listed = steps(&w);
                    listed.sort();
                    let mut expected = in_window;
                    expected.sort();
                    prop_assert_eq!(listed, expected, "status {}..{} {:?}", a, b, party);
                }
            }
        }
    }

    /// The status and scheduled day a view gives each position on a day
    /// (what `blockers`, `show`, the map and every answer read) are those
    /// the timeline's changes lead to by that day; the map's slider shows
    /// the same on each of its days.
    #[test]
    fn every_days_status_is_the_timelines(r in random()) {
        let g = graph(&r);
        let t = steps(&timeline(&g, None));
        // A position the timeline lists no change of keeps one status and
        // scheduled day on every day it is in view.
        let mut unchanged: std::collections::BTreeMap<String, (Status, Option<Date>)> =
            std::collections::BTreeMap::new();
        let mut days = window_days();
        let all = View::new(&g, &ViewSpec::all_time()).unwrap();
        let whole = scene(&all, None, &Focus::Whole);
        let map = answers(&g, &ViewSpec::all_time(), &whole, None).unwrap();
        days.extend(map.days.iter().copied());
        for on in days {
            let view = view_on(&g, on);
            for n in positions(&g) {
                // Before its first day a position is in no answer: the
                // view hides it (the timeline starts its schedule then).
                if !view.node_on(n) {
                    continue;
                }
                let id = g.id(n);
                let now = (view.status(n), scheduled(&view, n));
                let expected = by_timeline(&t, id, on)
                    .unwrap_or_else(|| *unchanged.entry(id.to_owned()).or_insert(now));
                prop_assert_eq!(now, expected, "{} on {}", id, on);
                if let Some(slider) = map.by_day.get(&on.to_string()) {
                    prop_assert_eq!(slider.status.get(id), Some(&expected.0), "map: {} on {}", id, on);
                    prop_assert_eq!(slider.scheduled.get(id), expected.1.as_ref(), "map: {} on {}", id, on);
                }
            }
        }
    }

    /// On every day of the map's slider, and all time, each position's
    /// obstacles in the map are those `blockers` lists that day, and the map
    /// says clear exactly when `unblock` needs no move.
    #[test]
    fn the_maps_obstacles_are_blockers_on_every_slider_day(r in random()) {
        let g = graph(&r);
        let all = View::new(&g, &ViewSpec::all_time()).unwrap();
        let whole = scene(&all, None, &Focus::Whole);
        let map = answers(&g, &ViewSpec::all_time(), &whole, None).unwrap();
        prop_assert!(map.complete);
        let whens = map.days.iter().map(|&d| (d.to_string(), When::On(d)))
            .chain([("all".to_owned(), When::AllTime)]);
        for (key, when) in whens {
            let view = View::new(&g, &ViewSpec { when, ..ViewSpec::all_time() }).unwrap();
            let slider = &map.by_day[&key];
            for x in positions(&g) {
                let id = g.id(x);
                let b = blockers(&view, x, false);
                let u = unblock(&view, x, UnblockOptions { max: 20, size: 3, ..UnblockOptions::default() });
                let shown = &slider.blockers[id];
                prop_assert_eq!(shown.clear, b.clear, "{} on {}", id, key);
                prop_assert_eq!(shown.clear, u.already_met || u.reachable_now, "{} on {}", id, key);
                let ids = |v: Vec<(String, String)>| v;
                prop_assert_eq!(
                    ids(shown.obstacles.iter().map(|o| (format!("{:?}", o.kind), o.id.clone())).collect()),
                    ids(b.blockers.iter().map(|o| (format!("{:?}", o.kind), o.id.clone())).collect()),
                    "{} on {}", id, key
                );
                prop_assert_eq!(shown.deadlock, b.deadlock.is_some());
            }
        }
    }
}
