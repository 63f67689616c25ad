//! The answers the map shows, computed here for every day its slider can
//! stop on, so that the page only looks them up: each drawn node's status,
//! what is not in force, and for each drawn position what stands in its way
//! (the obstacles [`crate::standing`] finds, as `blockers` lists them). The
//! map's script holds no rule of its own about time, status or obstacles.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::scene::Scene;
use crate::error::Result;
use crate::graph::{EdgeIx, Graph};
use crate::model::{Date, Relation, Status};
use crate::query::blockers::{BlockerOptions, agreed_words, blockers_with, obstacle_words};
use crate::query::settled::{Asked, status_words};
use crate::standing::ObstacleKind;
use crate::view::{View, ViewSpec, When};

/// At most this many (day, position) answers are computed for one map; past
/// it the map says to ask the command line instead.
pub const MAX_ANSWERS: usize = 20_000;

/// At most this many obstacles of one position on one day are written into
/// the map (the nearest; the panel says how many more and which command
/// lists them all): a position deep in a large graph can have thousands.
pub const MAX_OBSTACLES_SHOWN: usize = 50;

/// The key of the all-time answers in [`MapAnswers::by_day`].
pub const ALL_TIME: &str = "all";

/// What the map shows on each day.
#[derive(Debug, Default, Serialize)]
pub struct MapAnswers {
    /// The days the slider stops on, in order.
    pub days: Vec<Date>,
    /// By day (ISO date, or [`ALL_TIME`]).
    pub by_day: BTreeMap<String, DayAnswers>,
    /// Every drawn position's obstacles were computed; when not, the map
    /// points to `negograph blockers`.
    pub complete: bool,
    /// For each drawn party, what its filter shows: what `--party P` draws
    /// ([`super::scene::scene`] with [`super::scene::Focus::Party`]), within
    /// the map's drawing.
    pub party_views: BTreeMap<String, PartyView>,
}

/// The drawn nodes (ids) and edges (places in the map's edge list) of one
/// party's view.
#[derive(Debug, Default, Serialize)]
pub struct PartyView {
    /// Node ids.
    pub nodes: Vec<String>,
    /// Edge places.
    pub edges: Vec<usize>,
}

/// Each drawn party's view, as `--party P` draws it on `view`, cut to what
/// `scene` draws. One scene a party: linear in the view each.
pub fn party_views(view: &View, scene: &Scene) -> BTreeMap<String, PartyView> {
    let g = view.graph;
    let place: BTreeMap<EdgeIx, usize> = scene
        .edges
        .iter()
        .enumerate()
        .map(|(i, &e)| (e, i))
        .collect();
    let mut views = BTreeMap::new();
    for &(p, _) in &scene.nodes {
        if g.kind(p) != crate::model::NodeKind::Party {
            continue;
        }
        let shown = super::scene::scene(view, None, &super::scene::Focus::Party(p));
        let nodes = shown
            .nodes
            .iter()
            .filter(|&&(n, _)| scene.contains(n))
            .map(|&(n, _)| g.id(n).to_owned())
            .collect();
        let edges = shown
            .edges
            .iter()
            .filter_map(|e| place.get(e).copied())
            .collect();
        views.insert(g.id(p).to_owned(), PartyView { nodes, edges });
    }
    views
}

/// One day's answers.
#[derive(Debug, Default, Serialize)]
pub struct DayAnswers {
    /// Each drawn node's status on the day (parties left out).
    pub status: BTreeMap<String, Status>,
    /// (1.2) Each drawn pending position's scheduled day on the day: its
    /// start's or the newest postponement's (none once it is met,
    /// cancelled, or postponed with no new day).
    pub scheduled: BTreeMap<String, Date>,
    /// The drawn nodes not in force on the day.
    pub hidden_nodes: Vec<String>,
    /// The drawn edges (by their place in the map's list) not in force on the day.
    pub hidden_edges: Vec<usize>,
    /// For each drawn position: what stands in its way.
    pub blockers: BTreeMap<String, MapBlockers>,
}

/// What stands in a position's way on a day, as `blockers` says it.
#[derive(Debug, Serialize)]
pub struct MapBlockers {
    /// What its own status says first, as `blockers` says it (met,
    /// cancelled, withdrawn: [`status_words`]); `None` while it is sought.
    pub says: Option<String>,
    /// Nothing stands in its way.
    pub clear: bool,
    /// Its preconditions close a knot.
    pub deadlock: bool,
    /// How many obstacles there are.
    pub total: usize,
    /// The nearest of them, at most [`MAX_OBSTACLES_SHOWN`].
    pub obstacles: Vec<MapObstacle>,
    /// The agreed steps still to deliver (ids).
    pub pending: Vec<String>,
    /// For each of `pending`, in order, how its actors agreed, in the words
    /// `blockers` prints ([`agreed_words`]): "agreed", or "agreed only on
    /// condition of ...".
    pub pending_agreed: Vec<String>,
    /// What it waits on that is no obstacle (a threat's trigger, an
    /// addressee's answer), in the words `blockers` prints
    /// ([`crate::query::waiting::waiting_words`]).
    pub waits_on: Vec<String>,
    /// Its actors applying it, when it is a measure in force (ids), as
    /// `blockers` and `conflicts` say ([`crate::standing::applied_by`]).
    pub applied_by: Vec<String>,
}

/// One obstacle.
#[derive(Debug, Serialize)]
pub struct MapObstacle {
    /// What it is, who holds it and who must move, in the words `blockers`
    /// prints ([`obstacle_words`]).
    pub words: String,
    /// `precondition`, `term`, `refusal`, `block`, `incompatible`.
    pub kind: ObstacleKind,
    /// The obstacle's node.
    pub id: String,
    /// Who holds the claim behind it.
    pub holder: Option<String>,
    /// Who must move.
    pub actor: Vec<String>,
    /// For a refusal: its relation.
    pub relation: Option<Relation>,
    /// For a refusal of a package: the package.
    pub package: Option<String>,
    /// For a counter: the counter-offer.
    pub with: Option<String>,
    /// The node it bears on, when not the position asked about.
    pub via: Option<String>,
    /// The claim's first quote, and its speaker.
    pub quote: Option<String>,
    /// Who said the quote, when the citation names a speaker.
    pub speaker: Option<String>,
    /// The chain from the position to it, then the same party's other
    /// claims making the same obstacle (one party, one entry), as places in
    /// the map's edge list (the drawn claims only).
    pub chain: Vec<usize>,
}

/// The days a slider over `scene` stops on: every day on which any
/// command's `--as-of` would show a different state, that is each day a
/// drawn node or edge starts, ends (and the day after) or changes status
/// on, and `as_of`; and, when there are two or more, the day before the
/// first, to show the state before anything changed (a one-day graph has
/// no slider). A date given as a month, a week or a year is read as views
/// read it: a claim holds from its span's first day to its last, and a
/// status change counts from its span's first day, so the stops are those
/// days ("rejected in April" changes the state on 1 April).
fn slider_days(g: &Graph, scene: &Scene, as_of: Option<Date>) -> Vec<Date> {
    let mut days: BTreeSet<Date> = as_of.into_iter().collect();
    // `plus_days(0)`: the span's first day, as a day.
    let first = |d: Date| d.plus_days(0);
    let mut interval = |since: Option<Date>, until: Option<Date>| {
        days.extend(since.map(first));
        if let Some(u) = until {
            days.insert(u.last_day());
            days.insert(u.next_day());
        }
    };
    for &(n, _) in &scene.nodes {
        let t = g.node_time(n);
        interval(t.since, t.until);
    }
    for &e in &scene.edges {
        let t = g.meta(e).time;
        interval(t.since, t.until);
    }
    for &(n, _) in &scene.nodes {
        if let Some(facts) = g.facts(n) {
            days.extend(facts.history.iter().map(|&(d, _)| first(d)));
        }
    }
    if days.len() >= 2
        && let Some(&first) = days.first()
    {
        days.insert(first.plus_days(-1));
    }
    days.into_iter().collect()
}

/// The answers for a map of `scene`, the graph seen as `spec` asks (its
/// assumptions and dropped claims hold on every day).
///
/// # Errors
///
/// Those of [`View::new`] for a name in `spec` that fits no node or several.
pub fn answers(
    g: &Graph,
    spec: &ViewSpec,
    scene: &Scene,
    as_of: Option<Date>,
) -> Result<MapAnswers> {
    let days = slider_days(g, scene, as_of);
    let positions: Vec<_> = scene
        .nodes
        .iter()
        .map(|&(n, _)| n)
        .filter(|&n| g.kind(n).is_position())
        .collect();
    let place: BTreeMap<EdgeIx, usize> = scene
        .edges
        .iter()
        .enumerate()
        .map(|(i, &e)| (e, i))
        .collect();
    let complete = (days.len() + 1).saturating_mul(positions.len()) <= MAX_ANSWERS;
    let mut by_day = BTreeMap::new();
    let whens = days.iter().map(|&d| When::On(d)).chain([When::AllTime]);
    for when in whens {
        let view = View::new(
            g,
            &ViewSpec {
                when,
                ..spec.clone()
            },
        )?;
        let key = match when {
            When::On(d) => d.to_string(),
            _ => ALL_TIME.to_owned(),
        };
        let mut day = DayAnswers::default();
        for &(n, _) in &scene.nodes {
            if g.kind(n).has_status() {
                let status = view.status(n);
                day.status.insert(g.id(n).to_owned(), status);
                if let Some(on) = g.node(n).scheduled_on(status, view.as_of) {
                    day.scheduled.insert(g.id(n).to_owned(), on);
                }
            }
            if !view.node_on(n) {
                day.hidden_nodes.push(g.id(n).to_owned());
            }
        }
        day.hidden_edges = scene
            .edges
            .iter()
            .enumerate()
            .filter(|&(_, &e)| !view.edge_on(e))
            .map(|(i, _)| i)
            .collect();
        if complete {
            for &n in &positions {
                day.blockers
                    .insert(g.id(n).to_owned(), blockers_of(&view, n, &place));
            }
        }
        by_day.insert(key, day);
    }
    Ok(MapAnswers {
        days,
        by_day,
        complete,
        party_views: BTreeMap::new(),
    })
}

fn blockers_of(
    view: &View,
    n: crate::graph::NodeIx,
    place: &BTreeMap<EdgeIx, usize>,
) -> MapBlockers {
    let answer = blockers_with(
        view,
        n,
        BlockerOptions {
            all_chains: false,
            max_chains: MAX_OBSTACLES_SHOWN,
        },
    );
    let obstacles = answer
        .blockers
        .iter()
        .take(MAX_OBSTACLES_SHOWN)
        .map(|b| {
            let first = b.link.citations.first();
            MapObstacle {
                words: obstacle_words(view.graph, b, view.graph.label(n)),
                kind: b.kind,
                id: b.id.clone(),
                holder: b.holder.clone(),
                actor: b.actor.clone(),
                relation: b.relation,
                package: b.package.clone(),
                with: b.link.with.clone(),
                via: b.via.clone(),
                quote: first.and_then(|c| c.quote.as_deref().map(str::to_owned)),
                speaker: first.and_then(|c| c.speaker.as_deref().map(str::to_owned)),
                chain: b
                    .chain
                    .iter()
                    .chain(b.also.iter().map(|a| &a.link))
                    .filter_map(|l| place.get(&l.edge).copied())
                    .collect(),
            }
        })
        .collect();
    MapBlockers {
        says: status_words(answer.status(), view.graph.label(n), Asked::Blockers),
        total: answer.blockers.len(),
        clear: answer.clear,
        deadlock: answer.deadlock.is_some(),
        obstacles,
        pending: answer.pending.iter().map(|p| p.node.id.clone()).collect(),
        pending_agreed: answer
            .pending
            .iter()
            .map(|p| agreed_words(view.graph, &p.on_conditions))
            .collect(),
        waits_on: crate::query::waiting::waiting_words(view.graph, &answer.waits_on),
        applied_by: answer.applied_by.clone(),
    }
}
