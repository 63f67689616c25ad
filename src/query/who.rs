//! Who takes a position on a demand, condition or proposal, grouped by
//! relation; or who is for it, or against it.

use petgraph::Direction::Incoming;
use serde::Serialize;

use super::evidence::{Also, Link, NodeRef};
use crate::graph::NodeIx;
use crate::model::{Date, NodeKind, Relation};
use crate::view::{AsOfBasis, View};

/// The parties taking one relation to the target: an item of the JSON `groups`.
#[derive(Clone, Debug, Serialize)]
pub struct Group {
    /// The relation they all take.
    pub relation: Relation,
    /// The parties, in the file order of their edges.
    pub parties: Vec<Party>,
}

/// A party in a group, with the edge that puts it there.
#[derive(Clone, Debug, Serialize)]
pub struct Party {
    /// The party (`id`, `kind`, `label`, flattened into the item): the one
    /// the claim counts for.
    #[serde(flatten)]
    pub party: NodeRef,
    /// The member who made the claim, when a member spoke for its party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// For `excludes`: the excluding position the party holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holding: Option<String>,
    /// The party's edge to the target, with its quotes: its first claim.
    pub link: Link,
    /// Its other claims taking the same relation to the target (its own, or
    /// a member's for it), in file order: one party, one entry
    /// ([`crate::standing::one_entry_each`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Also>,
}

pub use crate::model::Side;

/// The answer to `who X`: the parties taking a position on X, grouped by
/// relation; for a party X, the parties threatening it.
#[derive(Clone, Debug, Serialize)]
pub struct Who {
    /// The node asked about (a `NODE`).
    pub target: NodeRef,
    /// The day the view shows; `None` (`null`) for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    /// Only this relation was asked about, if any.
    pub relation: Option<Relation>,
    /// Only this side was asked about, if any.
    pub side: Option<Side>,
    /// One group per stance relation that has parties, in the order demands,
    /// proposes, supports, rejects, threatens, accepts, counters, ignores,
    /// mediates (mediators and brokers).
    pub groups: Vec<Group>,
    /// With `side`, on a withdrawn (or replaced) position: the parties that
    /// were on that side, grouped as `groups` are. Their stands no longer
    /// hold ([`crate::standing::stands_hold`]): `groups` is empty, as
    /// `conflicts` and `blockers` leave the position out.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub no_longer_held: Vec<Group>,
    /// The claims among the groups that some party disputes, in group order.
    pub disputed: Vec<Link>,
    /// For a position asked about without `relation` or `side`: the
    /// positions that need it, per a party (`conditions_on` claims into
    /// it), in file order. A precondition is no stand for or against it,
    /// but who ties another position to it is part of who takes a position.
    pub needed_by: Vec<Need>,
    /// For a party asked about without `relation`: the positions it is to
    /// deliver (it is among their `actor`s), in file order, each with who
    /// seeks it. What another party's condition or demand needs of it is
    /// asked of it too, so no answer says nothing is asked of it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub to_deliver: Vec<Deliverable>,
    /// For a party asked about without `relation`: the offers addressed to
    /// it (or to a member of it), in file order. An offer presses nobody
    /// (`standing::pressed`), but it is aimed at the party, and `show`
    /// names it there too.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub offered: Vec<Link>,
    /// For a position asked about without `relation` or `side`: the claims
    /// naming it at another end (a threat's trigger, a counter's offer), as
    /// `show` lists them. No stand on it, but an answer saying "no party
    /// takes a position on it" must not leave out the threat it sets off.
    pub named_in: Vec<Link>,
    /// For a proposal asked about without `relation` or `side`: who offers
    /// its terms, as `compare` gives it ([`super::package::offerers`], the
    /// rule `blockers` reads): the proposer, else the party its terms'
    /// `part_of` claims are by. A package no party proposes is still put
    /// forward by the party that offers its terms.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub offered_by: Vec<super::package::Offerer>,
    /// With `side`: what the position waits on that is no stand for or
    /// against it ([`super::waiting`]): its threats (a threatener takes no
    /// side on what it threatens), demands whose addressee has not answered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub waits_on: Vec<super::waiting::WaitsOn>,
    /// With `side` `for`: the actors applying it, when it is a measure in
    /// force ([`crate::standing::applied_by`]), for it without a claim
    /// (those for it by a claim of their own are listed in `groups`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub applied_by: Vec<NodeRef>,
    /// With `side` `for`: the parties for it as a term of a package they
    /// are for or offer ([`crate::standing::term_stands`]), as `conflicts`
    /// counts them and `blockers` names the offerer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub as_term_of: Vec<super::evidence::AsTerm>,
}

/// The visible `proposes` claims addressed to `party` or to a member
/// speaking for it, in file order: one pass over the claims.
fn offered_to(view: &View, party: NodeIx) -> Vec<Link> {
    let g = view.graph;
    let here = crate::model::End::Node(party.index() as u32);
    view.visible_edges()
        .filter(|&e| g.meta(e).relation == Relation::Proposes)
        .filter(|&e| match g.edge(e).addressee() {
            Some(end) if end == here => true,
            Some(crate::model::End::Node(i)) => {
                view.party_of_member(NodeIx::new(i as usize)) == Some(party)
            }
            _ => false,
        })
        .map(|e| Link::seen(view, e))
        .collect()
}

/// A position a party is to deliver, and who seeks it.
#[derive(Clone, Debug, Serialize)]
pub struct Deliverable {
    /// The position (its `actor` names the party).
    pub position: NodeRef,
    /// The parties that demand it, one entry each, in file order.
    pub demanded_by: Vec<NodeRef>,
    /// The positions that need it, per whom (`conditions_on` claims into it).
    pub needed_by: Vec<Need>,
    /// The packages still standing that hold it as a term, each with who
    /// offers it ([`crate::standing::offered_by`]), in file order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub term_of: Vec<TermOf>,
}

/// A package that holds a position as a term, and who offers the term.
#[derive(Clone, Debug, Serialize)]
pub struct TermOf {
    /// The package.
    pub package: NodeRef,
    /// The party offering the term; `None` when the graph names none.
    pub offered_by: Option<NodeRef>,
    /// The `part_of` claim, with its quotes.
    pub link: Link,
}

/// The visible positions whose `actor` is `party` and that are asked of it
/// ([`crate::standing::asked_of`]: some position needs it, another party
/// demands it, or it is a term of a package another party offers), in
/// file order, with who demands each, which positions need it and which
/// packages hold it: one pass over the nodes, then over each one's claims.
fn to_deliver(view: &View, party: NodeIx) -> Vec<Deliverable> {
    let g = view.graph;
    view.visible_nodes()
        .filter(|&n| {
            g.kind(n).is_position()
                && g.actors(n).contains(&party)
                && crate::standing::asked_of(view, n, party)
        })
        .map(|n| {
            let mut demanded_by: Vec<NodeRef> = Vec::new();
            for e in view.edges_in_order(n, Incoming) {
                if g.meta(e).relation != Relation::Demands || g.meta(e).to != n {
                    continue;
                }
                let by = crate::standing::counts_for(view, e).map_or(g.meta(e).from, |(p, _)| p);
                if !demanded_by.iter().any(|d| d.ix == by) {
                    demanded_by.push(NodeRef::new(view, by));
                }
            }
            Deliverable {
                position: NodeRef::new(view, n),
                demanded_by,
                needed_by: needs_of(view, n),
                term_of: terms_of(view, n),
            }
        })
        .collect()
}

/// The packages still standing that hold `n` as a term, with who offers it.
pub(crate) fn terms_of(view: &View, n: NodeIx) -> Vec<TermOf> {
    crate::standing::packages_of(view, n)
        .into_iter()
        .map(|(package, part_of)| TermOf {
            package: NodeRef::new(view, package),
            offered_by: crate::standing::offered_by(view, part_of)
                .map(|offer| NodeRef::new(view, offer.party)),
            link: Link::seen(view, part_of),
        })
        .collect()
}

/// For every node, by index: how many entries `who` lists as pressure on
/// it (threats and demands aimed at it, one per claim) and how many
/// positions it is asked to deliver; what `stance` counts. One pass over
/// the claims and one over the nodes, however many parties are asked about.
pub(crate) fn pressure_counts(view: &View) -> Vec<(usize, usize)> {
    let g = view.graph;
    let mut counts = vec![(0, 0); g.node_count()];
    for e in view.visible_edges() {
        for p in crate::standing::pressed(view, e) {
            counts[p.index()].0 += 1;
        }
    }
    for n in view.visible_nodes() {
        if !g.kind(n).is_position() || g.actors(n).is_empty() {
            continue;
        }
        for a in crate::standing::asked_actors(view, n) {
            counts[a.index()].1 += 1;
        }
    }
    counts
}

/// A position that needs the target, per the party holding the condition.
#[derive(Clone, Debug, Serialize)]
pub struct Need {
    /// The position that needs the target.
    pub position: NodeRef,
    /// The party the condition counts for; `None` when the claim names none.
    pub party: Option<NodeRef>,
    /// The member who set it, when a member spoke for its party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The `conditions_on` claim, with its quotes.
    pub link: Link,
}

impl Who {
    /// Fills [`Who::disputed`] from the groups.
    fn with_disputes(mut self) -> Who {
        self.disputed = self
            .groups
            .iter()
            .flat_map(|g| &g.parties)
            .flat_map(|p| std::iter::once(&p.link).chain(p.also.iter().map(|a| &a.link)))
            .filter(|l| !l.disputed_by.is_empty())
            .cloned()
            .collect();
        self
    }
}

/// The parties taking a position on `target`, through `only` when given.
/// For a party, the pressure on it: the threats whose `target` (or
/// `addressee`) it is, and the demands addressed to it.
pub fn who(view: &View, target: NodeIx, only: Option<Relation>) -> Who {
    if view.graph.kind(target) == NodeKind::Party {
        let mut answer = threatening(view, target);
        answer.relation = only;
        match only {
            None => {
                answer.to_deliver = to_deliver(view, target);
                answer.offered = offered_to(view, target);
            }
            // What others demand of it: the demands addressed to it, and
            // the positions it must deliver that another party demands,
            // as the whole answer lists them.
            Some(Relation::Demands) => {
                answer.to_deliver = to_deliver(view, target);
                answer.to_deliver.retain(|d| !d.demanded_by.is_empty());
            }
            Some(_) => {}
        }
        answer
            .groups
            .retain(|g| only.is_none_or(|r| g.relation == r));
        return answer.with_disputes();
    }
    let relations: Vec<Relation> = Relation::stances()
        .filter(|r| only.is_none_or(|o| o == *r))
        .collect();
    let mut answer = grouped(view, target, &relations);
    answer.relation = only;
    if only.is_none() {
        answer.needed_by = needs_of(view, target);
        answer.named_in = super::evidence::named_in(view, target)
            .into_iter()
            .map(|e| Link::seen(view, e))
            .collect();
        answer.offered_by = super::package::offerers(view, target);
    }
    answer.with_disputes()
}

/// The visible `conditions_on` claims whose precondition `target` is, in
/// file order, each with the party it counts for.
fn needs_of(view: &View, target: NodeIx) -> Vec<Need> {
    let g = view.graph;
    view.edges_in_order(target, Incoming)
        .into_iter()
        .filter(|&e| g.meta(e).relation == Relation::ConditionsOn && g.meta(e).to == target)
        .map(|e| {
            let held = crate::standing::counts_for(view, e);
            Need {
                position: NodeRef::new(view, g.meta(e).from),
                party: held.map(|(p, _)| NodeRef::new(view, p)),
                speaker: held.and_then(|(_, s)| s).map(|m| g.id(m).to_owned()),
                link: Link::seen(view, e),
            }
        })
        .collect()
}

/// The parties on one side of `target`, by the sides
/// [`crate::standing::stands`] gives (the same as `conflicts`), grouped by
/// relation in the table's order, `excludes` last. On a withdrawn (or
/// replaced) position no stand holds ([`crate::standing::stands_hold`]):
/// the parties that were on that side are `no_longer_held`.
pub fn who_side(view: &View, target: NodeIx, side: Side) -> Who {
    let stands: Vec<crate::standing::Stand> = crate::standing::stands(view, target)
        .into_iter()
        .filter(|s| s.side == side)
        .collect();
    let groups = side_groups(view, target, side, &stands);
    let no_longer_held = if crate::standing::stands_hold(view, target) {
        Vec::new()
    } else {
        let former: Vec<crate::standing::Stand> = crate::standing::stands_on_record(view, target)
            .into_iter()
            .filter(|s| s.side == side)
            .collect();
        side_groups(view, target, side, &former)
    };
    Who {
        target: NodeRef::new(view, target),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        relation: None,
        side: Some(side),
        groups,
        no_longer_held,
        disputed: Vec::new(),
        needed_by: Vec::new(),
        to_deliver: Vec::new(),
        offered: Vec::new(),
        named_in: Vec::new(),
        offered_by: Vec::new(),
        waits_on: super::waiting::waits_on(view, target),
        applied_by: match side {
            Side::For => crate::standing::applied_by(view, target)
                .into_iter()
                .filter(|&a| !stands.iter().any(|s| s.party == a))
                .map(|a| NodeRef::new(view, a))
                .collect(),
            Side::Against => Vec::new(),
        },
        as_term_of: match side {
            Side::For => super::evidence::AsTerm::all(view, target),
            Side::Against => Vec::new(),
        },
    }
    .with_disputes()
}

/// `stands`, all on `side` of `target`, grouped by relation in the table's
/// order (a counter-offer's offerer after the table's relations for that
/// side), `excludes` last; one entry per party.
fn side_groups(
    view: &View,
    target: NodeIx,
    side: Side,
    stands: &[crate::standing::Stand],
) -> Vec<Group> {
    let g = view.graph;
    let counter_offers = (side == Side::For).then_some(&Relation::Counters);
    let order = Relation::ALL
        .iter()
        .filter(|r| r.side() == Some(side))
        .chain(counter_offers)
        .chain([&Relation::Excludes]);
    order
        .filter_map(|&relation| {
            let entries = crate::standing::one_entry_each(
                stands.iter().filter(|s| s.relation == relation),
                |s| s.key(target),
            );
            let parties: Vec<Party> = entries
                .into_iter()
                .map(|(s, more)| Party {
                    party: NodeRef::new(view, s.party),
                    speaker: s.speaker.map(|m| g.id(m).to_owned()),
                    holding: s.holding.map(|(n, _)| g.id(n).to_owned()),
                    link: Link::seen(view, s.edge),
                    also: more
                        .into_iter()
                        .map(|o| Also::new(view, o.edge, o.speaker))
                        .collect(),
                })
                .collect();
            (!parties.is_empty()).then_some(Group { relation, parties })
        })
        .collect()
}

/// The pressure on party `target` ([`crate::standing::pressed`]): every
/// visible `threatens` edge whose `target` or `addressee` it is (or one of
/// its members is), then every `demands` edge addressed to it (or to one),
/// in file order, grouped by relation. One pass over the edges: threats and
/// demands are not indexed by whom they target or address.
fn threatening(view: &View, target: NodeIx) -> Who {
    let g = view.graph;
    let edges: Vec<_> = view
        .visible_edges()
        .filter(|&e| crate::standing::pressed(view, e).contains(&target))
        .collect();
    let groups = [Relation::Threatens, Relation::Demands]
        .into_iter()
        .filter_map(|relation| {
            let parties: Vec<Party> = edges
                .iter()
                .filter(|&&e| g.meta(e).relation == relation)
                .map(|&e| Party {
                    party: NodeRef::new(view, g.meta(e).from),
                    speaker: None,
                    holding: None,
                    link: Link::seen(view, e),
                    also: Vec::new(),
                })
                .collect();
            (!parties.is_empty()).then_some(Group { relation, parties })
        })
        .collect();
    Who {
        target: NodeRef::new(view, target),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        relation: None,
        side: None,
        groups,
        no_longer_held: Vec::new(),
        disputed: Vec::new(),
        needed_by: Vec::new(),
        to_deliver: Vec::new(),
        offered: Vec::new(),
        named_in: Vec::new(),
        offered_by: Vec::new(),
        waits_on: Vec::new(),
        applied_by: Vec::new(),
        as_term_of: Vec::new(),
    }
}

fn grouped(view: &View, target: NodeIx, relations: &[Relation]) -> Who {
    let g = view.graph;
    let incoming = view.edges_in_order(target, Incoming);
    let groups = relations
        .iter()
        .filter_map(|&relation| {
            let claims = incoming
                .iter()
                .filter(|&&e| g.meta(e).relation == relation)
                .map(|&e| {
                    let (party, speaker) =
                        crate::standing::counts_for(view, e).unwrap_or((g.meta(e).from, None));
                    (party, speaker, e)
                });
            let entries = crate::standing::one_entry_each(claims, |&(party, _, _)| {
                crate::standing::EntryKey {
                    party: Some(party),
                    relation,
                    node: target,
                    through: None,
                }
            });
            let parties: Vec<Party> = entries
                .into_iter()
                .map(|((party, speaker, e), more)| Party {
                    party: NodeRef::new(view, party),
                    speaker: speaker.map(|m| g.id(m).to_owned()),
                    holding: None,
                    link: Link::seen(view, e),
                    also: more
                        .into_iter()
                        .map(|(_, m, e)| Also::new(view, e, m))
                        .collect(),
                })
                .collect();
            (!parties.is_empty()).then_some(Group { relation, parties })
        })
        .collect();
    Who {
        target: NodeRef::new(view, target),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        relation: None,
        side: None,
        groups,
        no_longer_held: Vec::new(),
        disputed: Vec::new(),
        needed_by: Vec::new(),
        to_deliver: Vec::new(),
        offered: Vec::new(),
        named_in: Vec::new(),
        offered_by: Vec::new(),
        waits_on: Vec::new(),
        applied_by: Vec::new(),
        as_term_of: Vec::new(),
    }
}
