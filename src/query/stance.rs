//! A party's position: what it demands, proposes, supports, rejects, threatens,
//! mediates or blocks; the conditions it sets; the groups it belongs to and
//! its members; the claims it disputes.

use petgraph::Direction::{Incoming, Outgoing};
use serde::Serialize;

use super::evidence::{Also, Link, NodeRef};
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, NodeKind, Relation, Side};
use crate::view::{AsOfBasis, View};

/// One of the party's own edges: an item of the JSON `positions`, `member_of`
/// or `members`.
#[derive(Clone, Debug, Serialize)]
pub struct Position {
    /// How the party stands: `demands`, `rejects` and so on, or `member_of`.
    pub relation: Relation,
    /// For or against the position, by the one table of sides
    /// ([`Relation::side`]); left out for relations that take no side.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    /// The node at the other end: the position, or the group or the member.
    pub target: NodeRef,
    /// When a member took the stand for this party: the member's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The edge, with its quotes: the first claim.
    pub link: Link,
    /// For a stand: the party's other claims taking it on the same position
    /// (its own, or a member's for it), in file order: one party, one entry
    /// ([`crate::standing::one_entry_each`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Also>,
    /// For a stand on a position withdrawn or replaced on the view's day:
    /// `true`. The claim is on record, but the stand no longer holds
    /// ([`crate::standing::stands_hold`]): `who --side`, `compare` and
    /// `conflicts` put the party on no side of it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub no_longer_held: bool,
}

/// A claim between two other nodes that records a party's position (the party
/// is its `by`), or that the party disputes: an item of the JSON `holds` or
/// `disputes`.
#[derive(Clone, Debug, Serialize)]
pub struct Held {
    /// The node the edge leaves; for a condition, the position that needs it.
    pub from: NodeRef,
    /// How the two are joined.
    pub relation: Relation,
    /// The node the edge enters; for a condition, what is required.
    pub to: NodeRef,
    /// The edge, with its quotes.
    pub link: Link,
}

/// The answer to `stance PARTY`: every position the party states in the view.
#[derive(Clone, Debug, Serialize)]
pub struct Stance {
    /// The party (the JSON `party`, a `NODE`).
    pub party: NodeRef,
    /// The day the view shows; `None` (`null`) for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    /// Its own edges to demands and conditions, in file order.
    pub positions: Vec<Position>,
    /// Edges between other nodes that record this party's position (`by` it,
    /// or by a member speaking for it): above all, the conditions it sets.
    pub holds: Vec<Held>,
    /// The groups it belongs to (its `member_of` edges), in file order; each
    /// `target` is a group.
    pub member_of: Vec<Position>,
    /// The parties that belong to it (`member_of` edges into it), in file order;
    /// each `target` is a member.
    pub members: Vec<Position>,
    /// Claims this party disputes (it is in their `disputed_by`), in file order.
    pub disputes: Vec<Held>,
    /// The measures in force it applies, as their actor, in file order: for
    /// them without a claim, as `who --side for` and `conflicts` say
    /// ([`crate::standing::applied_by`]).
    pub applies: Vec<NodeRef>,
    /// How many entries press on this party: the threats against it and the
    /// demands addressed to it, one per party and relation, as `who PARTY`
    /// lists them. Not its stand, so not listed here; the text points there.
    pub pressed: usize,
    /// How many positions it is asked to deliver (their `actor`, sought by
    /// some party), as `who PARTY` lists them.
    pub to_deliver: usize,
}

/// Visible edges between other nodes that record `party`'s position (`by` it,
/// or by a member speaking for it: its claim counts for the party, as the
/// move that drops such a condition names the party): the claims
/// [`crate::standing::recorded_by`] gives it.
/// `by` is not an edge of the petgraph, so this is one pass over the edges.
pub fn held_by(view: &View, party: NodeIx) -> Vec<EdgeIx> {
    view.visible_edges()
        .filter(|&e| {
            crate::standing::recorded_by(view, e)
                .into_iter()
                .flatten()
                .any(|(p, _)| p == party)
        })
        .collect()
}

/// Visible edges whose claim `party` disputes. One pass over the edges.
pub fn disputed_by(view: &View, party: NodeIx) -> Vec<EdgeIx> {
    view.visible_edges()
        .filter(|&e| disputers(view, e).any(|p| p == party))
        .collect()
}

/// The parties disputing edge `e`'s claim.
fn disputers<'v>(view: &'v View, e: EdgeIx) -> impl Iterator<Item = NodeIx> + 'v {
    view.graph
        .edge(e)
        .disputed_by()
        .filter_map(super::package::end_node)
}

/// The stance of `party` in `view`. It costs one pass over the visible edges
/// (for the claims it holds and disputes); [`all_stances`] does every party in
/// one pass.
pub fn stance(view: &View, party: NodeIx) -> Stance {
    stance_holding(
        view,
        party,
        &held_by(view, party),
        &disputed_by(view, party),
        &crate::standing::applied_by_each(view)[party.index()],
        super::who::pressure_counts(view)[party.index()],
    )
}

/// Every party's stance, in file order. What each party holds is grouped in
/// one pass over the edges, so this stays linear however many parties there are.
pub fn all_stances(view: &View) -> Vec<Stance> {
    let g = view.graph;
    let mut held: Vec<Vec<EdgeIx>> = vec![Vec::new(); g.node_count()];
    let mut disputes: Vec<Vec<EdgeIx>> = vec![Vec::new(); g.node_count()];
    for e in view.visible_edges() {
        for (p, _) in crate::standing::recorded_by(view, e).into_iter().flatten() {
            held[p.index()].push(e);
        }
        for p in disputers(view, e) {
            disputes[p.index()].push(e);
        }
    }
    let pressure = super::who::pressure_counts(view);
    let applies = crate::standing::applied_by_each(view);
    view.visible_nodes()
        .filter(|&n| g.kind(n) == NodeKind::Party)
        .map(|p| {
            let (held, disputes) = (&held[p.index()], &disputes[p.index()]);
            stance_holding(
                view,
                p,
                held,
                disputes,
                &applies[p.index()],
                pressure[p.index()],
            )
        })
        .collect()
}

/// A party's stance from the claims it holds and disputes, the measures it
/// applies, and the counts
/// of the pressure on it and what it is asked to deliver
/// ([`super::who::pressure_counts`]).
fn stance_holding(
    view: &View,
    party: NodeIx,
    held: &[EdgeIx],
    disputes: &[EdgeIx],
    applies: &[NodeIx],
    (pressed, to_deliver): (usize, usize),
) -> Stance {
    let g = view.graph;
    let mut positions = Vec::new();
    let mut member_of = Vec::new();
    for e in view.edges_in_order(party, Outgoing) {
        let m = g.meta(e);
        // A membership round a circle is listed as the file says it, as
        // `show` lists it, but no one speaks for another through it: the
        // view leaves it out of who speaks for whom (Graph::is_circular).
        if m.relation == Relation::MemberOf {
            member_of.push(Position {
                relation: m.relation,
                side: None,
                target: NodeRef::new(view, m.to),
                speaker: None,
                link: Link::seen(view, e),
                also: Vec::new(),
                no_longer_held: false,
            });
        } else if m.relation.side().is_some() {
            positions.extend(stands_of(view, e, None));
        } else {
            positions.push(Position {
                relation: m.relation,
                side: None,
                target: NodeRef::new(view, m.to),
                speaker: None,
                link: Link::seen(view, e),
                also: Vec::new(),
                no_longer_held: false,
            });
        }
    }
    let members: Vec<Position> = view
        .edges_in_order(party, Incoming)
        .into_iter()
        .filter(|&e| g.meta(e).relation == Relation::MemberOf)
        .map(|e| Position {
            relation: Relation::MemberOf,
            side: None,
            target: NodeRef::new(view, g.meta(e).from),
            speaker: None,
            link: Link::seen(view, e),
            also: Vec::new(),
            no_longer_held: false,
        })
        .collect();
    // A member's stands count for the party it speaks for (as in `who
    // --side` and `conflicts`), said as the member's.
    // Each member once, however many claims say it belongs; a party that
    // belongs to itself is no member speaking for it.
    let mut spoke: Vec<NodeIx> = Vec::new();
    for member in &members {
        let m = member.target.ix;
        if view.party_of_member(m) != Some(party) || m == party || spoke.contains(&m) {
            continue;
        }
        spoke.push(m);
        for e in view.edges_in_order(m, Outgoing) {
            if g.meta(e).relation.side().is_some() {
                positions.extend(stands_of(view, e, Some(g.id(m))));
            }
        }
    }
    let positions = one_each(view, party, positions);
    let claims = |edges: &[EdgeIx]| -> Vec<Held> {
        edges
            .iter()
            .map(|&e| {
                let m = g.meta(e);
                Held {
                    from: NodeRef::new(view, m.from),
                    relation: m.relation,
                    to: NodeRef::new(view, m.to),
                    link: Link::seen(view, e),
                }
            })
            .collect()
    };
    let holds = claims(held);
    let disputes = claims(disputes);
    Stance {
        party: NodeRef::new(view, party),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        positions,
        holds,
        member_of,
        members,
        disputes,
        applies: applies.iter().map(|&n| NodeRef::new(view, n)).collect(),
        pressed,
        to_deliver,
    }
}

/// The stands claim `e` takes, one entry each, by the one rule of sides
/// ([`crate::standing::claim_sides`]): its side of its `to`, and for a
/// counter-offer, for the offer it puts forward (relation `counters`, side
/// for), as `who --side for` and `conflicts` list it.
fn stands_of(view: &View, e: EdgeIx, speaker: Option<&str>) -> Vec<Position> {
    crate::standing::claim_sides(view.graph, e)
        .map(|(on, side)| Position {
            relation: view.graph.meta(e).relation,
            side: Some(side),
            target: NodeRef::new(view, on),
            speaker: speaker.map(str::to_owned),
            link: Link::seen(view, e),
            also: Vec::new(),
            no_longer_held: !crate::standing::stands_hold(view, on),
        })
        .collect()
}

/// `positions` with one entry per party counted for, relation and
/// position: the party's own claims and its members' for it taken together
/// ([`crate::standing::one_entry_each`]).
fn one_each(view: &View, party: NodeIx, positions: Vec<Position>) -> Vec<Position> {
    // Its own stands count for the party it belongs to, if any; its
    // members' for it: only claims that count for one party are one entry.
    let own_count_for = view.party_of_member(party).unwrap_or(party);
    crate::standing::one_entry_each(positions, |p| crate::standing::EntryKey {
        party: Some(if p.speaker.is_some() {
            party
        } else {
            own_count_for
        }),
        relation: p.relation,
        node: p.target.ix,
        // A counter-offer is a stand for its offer, never one entry with
        // the same party's counter against it (both `counters`).
        through: (p.relation == Relation::Counters && p.side == Some(Side::For))
            .then(|| view.graph.meta(p.link.edge).to),
    })
    .into_iter()
    .map(|(first, more)| {
        // The party's own claims are read before its members': the entry
        // lists them all in file order, as other answers do.
        let mut all = more;
        all.push(first);
        all.sort_by_key(|p| p.link.edge);
        let mut all = all.into_iter();
        let mut first = all.next().expect("an entry has a claim");
        first.also = all
            .map(|p| Also {
                speaker: p.speaker,
                link: p.link,
            })
            .collect();
        first
    })
    .collect()
}
