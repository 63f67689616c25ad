//! Who is on which side of a position, and who has agreed to it.

use petgraph::Direction::{Incoming, Outgoing};

use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{End, Relation, Side};
use crate::view::View;

/// One party's stand on a position, with the claim behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stand {
    /// The party the stand counts for.
    pub party: NodeIx,
    /// The member who took it, when a member spoke for its party (`member_of`).
    pub speaker: Option<NodeIx>,
    /// For or against.
    pub side: Side,
    /// The stance relation (`demands`, `counters`, ...), or `excludes` when
    /// the party is against because it holds an excluding position.
    pub relation: Relation,
    /// The claim: the stance edge, or the `excludes` edge.
    pub edge: EdgeIx,
    /// For `excludes`: the excluding position the party holds, and the claim
    /// by which it holds it.
    pub holding: Option<(NodeIx, EdgeIx)>,
}

impl Stand {
    /// The entry this stand on `on` belongs to: one per party, relation and
    /// node, and excluding position held ([`super::one_entry_each`]).
    pub fn key(&self, on: NodeIx) -> super::EntryKey {
        super::EntryKey {
            party: Some(self.party),
            relation: self.relation,
            node: on,
            through: self.holding.map(|(n, _)| n),
        }
    }
}

/// The party a claim counts for, and the member who made it when a member
/// spoke for its party; `None` when the claim has no holder.
pub fn counts_for(view: &View, e: EdgeIx) -> Option<(NodeIx, Option<NodeIx>)> {
    let holder = view.graph.holder(e)?;
    Some(match view.party_of_member(holder) {
        Some(party) if party != holder => (party, Some(holder)),
        _ => (holder, None),
    })
}

/// The sides claim `e` puts the party it counts for on, each with the
/// position: the one rule of sides (docs/semantics.md, "Sides"). A stance
/// relation puts it on that relation's side of the claim's `to`
/// ([`Relation::side`]); a `counters` claim that offers something in return
/// (`with`) also puts it for that offer: the party puts its counter-offer
/// forward, as a party that proposes it does (Ford, countering the union's
/// demand with its 9%, is for its 9%). Every answer that says who is for or
/// against what (`who --side`, `stance`, `conflicts`, `blockers`,
/// `unblock`, `effects`, the map, the exports) reads its sides here, so
/// none can disagree with another about a side.
pub fn claim_sides(graph: &Graph, e: EdgeIx) -> impl Iterator<Item = (NodeIx, Side)> {
    let m = graph.meta(e);
    let on_its_end = m.relation.side().map(|side| (m.to, side));
    // A claim countering a position with itself offers nothing new: the
    // set-aside rule is the edge's (`counter_offer`).
    let offer = match graph.edge(e).counter_offer() {
        Some(End::Node(i)) if m.relation == Relation::Counters => {
            Some((NodeIx::new(i as usize), Side::For))
        }
        _ => None,
    };
    on_its_end.into_iter().chain(offer)
}

/// The stands taken directly on `node` by claims in the view, in file
/// order: the claims on it through a stance relation, then the
/// counter-offers that put it forward, each with the side
/// [`claim_sides`] gives it.
fn direct(view: &View, node: NodeIx, into: &mut Vec<Stand>) {
    let g = view.graph;
    let on_it = view.edges_in_order(node, Incoming);
    // A claim countering `node` with `node` itself is read once, among the
    // claims on it: its offer is set aside (`Edge::counter_offer`).
    let offers_it = |e: &EdgeIx| g.edge(*e).counter_offer().is_some();
    for e in on_it
        .into_iter()
        .chain(view.countered_with(node).iter().copied().filter(offers_it))
    {
        let Some((party, speaker)) = counts_for(view, e) else {
            continue;
        };
        for (_, side) in claim_sides(g, e).filter(|&(on, _)| on == node) {
            into.push(Stand {
                party,
                speaker,
                side,
                relation: g.meta(e).relation,
                edge: e,
                holding: None,
            });
        }
    }
}

/// The positions that `excludes` claims say cannot hold together with
/// `node` and that are still standing, each with the claim.
pub(crate) fn excluding(view: &View, node: NodeIx) -> Vec<(NodeIx, EdgeIx)> {
    let g = view.graph;
    let mut found = Vec::new();
    for dir in [Outgoing, Incoming] {
        for e in view.edges_in_order(node, dir) {
            let m = g.meta(e);
            if m.relation != Relation::Excludes {
                continue;
            }
            let other = if m.from == node { m.to } else { m.from };
            if other != node
                && !view.is_withdrawn(other)
                && !found.iter().any(|&(o, x)| (o, x) == (other, e))
            {
                found.push((other, e));
            }
        }
    }
    found.sort_by_key(|&(_, e)| e);
    found
}

/// Whether the stands on `node` still stand on the view's day: not once it
/// is withdrawn or replaced by a newer position. Whoever was for it no
/// longer holds it, and a refusal of it refuses nothing on the table, so
/// every answer that puts a party on a side of it (`who --side`,
/// `compare`, `conflicts`, `blockers`) reads this one rule; `who` and
/// `show` still list the claims, as claims on record.
pub fn stands_hold(view: &View, node: NodeIx) -> bool {
    !view.is_withdrawn(node)
}

/// The side claim `e` puts its party on with respect to `node` on the
/// view's day: [`claim_sides`]'s side, while the stands on `node` hold
/// ([`stands_hold`]); `None` otherwise.
pub fn side_on(view: &View, e: EdgeIx, node: NodeIx) -> Option<Side> {
    if !stands_hold(view, node) {
        return None;
    }
    claim_sides(view.graph, e)
        .find(|&(on, _)| on == node)
        .map(|(_, side)| side)
}

/// Every stand on `node` in the view: the direct ones in file order, then
/// the parties against it because they hold a position that excludes it.
/// None on a position whose stands no longer hold ([`stands_hold`]); what
/// they were is [`stands_on_record`].
pub fn stands(view: &View, node: NodeIx) -> Vec<Stand> {
    if !stands_hold(view, node) {
        return Vec::new();
    }
    stands_on_record(view, node)
}

/// The stands claims in the view take on `node`, whether or not they still
/// hold: for saying who *was* for a withdrawn position.
pub fn stands_on_record(view: &View, node: NodeIx) -> Vec<Stand> {
    let mut all = Vec::new();
    direct(view, node, &mut all);
    let mut held = Vec::new();
    for (other, excl) in excluding(view, node) {
        held.clear();
        direct(view, other, &mut held);
        for s in held.iter().filter(|s| s.side == Side::For) {
            all.push(Stand {
                party: s.party,
                speaker: s.speaker,
                side: Side::Against,
                relation: Relation::Excludes,
                edge: excl,
                holding: Some((other, s.edge)),
            });
        }
    }
    all
}

/// The packages (proposals) `node` is a term of, still standing, each with
/// its `part_of` claim, in file order.
pub fn packages_of(view: &View, node: NodeIx) -> Vec<(NodeIx, EdgeIx)> {
    let g = view.graph;
    view.edges_in_order(node, Outgoing)
        .into_iter()
        .filter(|&e| g.meta(e).relation == Relation::PartOf && !view.is_withdrawn(g.meta(e).to))
        .map(|e| (g.meta(e).to, e))
        .collect()
}

/// A party for a position as a term of a package it is for
/// ([`term_stands`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermStand {
    /// The party it counts for.
    pub party: NodeIx,
    /// The member who spoke for it, when a member did.
    pub speaker: Option<NodeIx>,
    /// The package the position is a term of.
    pub package: NodeIx,
    /// The claim that puts the party for the package: its stand on it, or
    /// the `part_of` claim by which it offers the term.
    pub edge: EdgeIx,
}

/// The parties for `node` as a term of a package (docs/semantics.md,
/// "Sides"): a party for a package still standing, or offering the term in
/// it ([`offered_by`]), takes its terms with it, unless it also refuses the
/// package or refuses the term itself. Each party once, packages in file
/// order; a party for the term by a claim of its own is left out (its own
/// stand says so). `who --side for`, `conflicts`, `compare` and `issues`
/// read this one rule, as `blockers` names the term's offerer.
pub fn term_stands(view: &View, node: NodeIx) -> Vec<TermStand> {
    let mut found: Vec<TermStand> = Vec::new();
    if !stands_hold(view, node) {
        return found;
    }
    let mut own = Vec::new();
    direct(view, node, &mut own);
    let mut on_package = Vec::new();
    for (package, part_of) in packages_of(view, node) {
        on_package.clear();
        direct(view, package, &mut on_package);
        let offer = offered_by(view, part_of).map(|o| (o.party, o.speaker, o.claim));
        let for_package = on_package
            .iter()
            .filter(|s| s.side == Side::For)
            .map(|s| (s.party, s.speaker, s.edge))
            .chain(offer);
        for (party, speaker, edge) in for_package {
            let refuses = |stands: &[Stand]| {
                stands
                    .iter()
                    .any(|s| s.party == party && s.side == Side::Against)
            };
            let already = own.iter().any(|s| s.party == party && s.side == Side::For)
                || found.iter().any(|t| t.party == party);
            if !already && !refuses(&on_package) && !refuses(&own) {
                found.push(TermStand {
                    party,
                    speaker,
                    package,
                    edge,
                });
            }
        }
    }
    found
}

/// Whether a party's refusal of a package stands against `term`, one of
/// its terms: not when the party is itself for the term (demands, proposes,
/// supports or accepts it, or a member does for it) and does not refuse it.
/// Iran demands the sanctions lifted and rejects the US offer that would
/// lift them: it refuses the package for its other terms, and turning it
/// down makes Iran no obstacle to what it asks for.
pub(crate) fn package_refusal_reaches(view: &View, party: NodeIx, term: NodeIx) -> bool {
    let mut own = Vec::new();
    direct(view, term, &mut own);
    let its_party = view.party_of_member(party);
    let mine =
        |s: &&Stand| s.party == party || s.speaker == Some(party) || Some(s.party) == its_party;
    // A party that has agreed to the term by a move (accepted it, or kept
    // the offer of it it made with a counter it withdrew) wants it too.
    let wants = own.iter().filter(mine).any(|s| s.side == Side::For)
        || view.agreed.contains(&(Some(party), term));
    let refuses = own.iter().filter(mine).any(|s| s.side == Side::Against);
    !wants || refuses
}

/// The claims by which `party` (itself, or a member for it) is for `node`
/// while it also refuses it, in file order: a party both for and against a
/// position has not agreed ([`agreement`]), so its refusal outweighs them.
/// Every answer naming the refusal names these too: an acceptance on
/// record (disputed, say, after an older silence) is never passed over
/// in silence.
pub fn outweighed(view: &View, party: NodeIx, node: NodeIx) -> Vec<EdgeIx> {
    let mut own = Vec::new();
    direct(view, node, &mut own);
    let its_party = view.party_of_member(party);
    let mine =
        |s: &&Stand| s.party == party || s.speaker == Some(party) || Some(s.party) == its_party;
    if !own.iter().filter(mine).any(|s| s.side == Side::Against) {
        return Vec::new();
    }
    own.iter()
        .filter(mine)
        .filter(|s| s.side == Side::For)
        .map(|s| s.edge)
        .collect()
}

/// Why a party counts as having agreed to a position ([`agreement`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// A move in the view says so, or it is for the position.
    Said,
    /// Only by setting conditions on it ("we will, only if ..."): the
    /// `conditions_on` claims it holds out of the position, in file order.
    /// Answers say so: such a party has agreed on terms not yet met.
    OnConditions(Vec<EdgeIx>),
    /// By being for a package the position is a term of.
    ThroughPackage(NodeIx),
}

/// Whether `party` has agreed to `node`: a move in the view says so, or
/// (while `node` is not withdrawn) it refuses it not and is for it, sets a
/// condition on it ("we will, only if ..."), or is for a package the node
/// is a term of.
pub fn agrees(view: &View, party: NodeIx, node: NodeIx) -> bool {
    agreement(view, party, node).is_some()
}

/// How `party` has agreed to `node`, by the rule [`agrees`] states; `None`
/// when it has not.
pub fn agreement(view: &View, party: NodeIx, node: NodeIx) -> Option<Agreement> {
    // A member speaks for its party: the party's word binds it too.
    let its_party = view.party_of_member(party);
    let agreed = |n: NodeIx| {
        view.agreed.contains(&(Some(party), n))
            || its_party.is_some_and(|p| view.agreed.contains(&(Some(p), n)))
    };
    if agreed(node) {
        return Some(Agreement::Said);
    }
    // A withdrawn position (withdrawn, or replaced by a newer one) is held
    // by no party now: a stand for it, a condition set on it, a package it
    // was a term of no longer say that anyone will deliver it.
    if view.is_withdrawn(node) {
        return None;
    }
    let mut own = Vec::new();
    direct(view, node, &mut own);
    let mine =
        |s: &&Stand| s.party == party || s.speaker == Some(party) || Some(s.party) == its_party;
    if own.iter().filter(mine).any(|s| s.side == Side::Against) {
        return None;
    }
    if own.iter().filter(mine).any(|s| s.side == Side::For) {
        return Some(Agreement::Said);
    }
    // "We will do it only if ...": a condition a party sets on a position
    // is its offer to deliver it on that condition.
    let g = view.graph;
    let mut conditions: Vec<EdgeIx> = view
        .edges(node, Outgoing)
        .filter(|&e| {
            g.meta(e).relation == Relation::ConditionsOn
                && counts_for(view, e)
                    .is_some_and(|(p, m)| p == party || m == Some(party) || Some(p) == its_party)
        })
        .collect();
    if !conditions.is_empty() {
        conditions.reverse(); // file order, as `View::edges_in_order`
        return Some(Agreement::OnConditions(conditions));
    }
    packages_of(view, node)
        .into_iter()
        .find(|&(package, _)| {
            if agreed(package) {
                return true;
            }
            own.clear();
            direct(view, package, &mut own);
            own.iter().filter(mine).any(|s| s.side == Side::For)
                && !own.iter().filter(mine).any(|s| s.side == Side::Against)
        })
        .map(|(package, _)| Agreement::ThroughPackage(package))
}

/// The conditions on which `actors` have agreed to `node`, for those that
/// agreed only by setting them ([`Agreement::OnConditions`]): the claims
/// not yet met, in file order, each once; empty when each agreed outright,
/// or not at all. Every answer that says "agreed" (`blockers`' pending
/// steps, `requires`, `unblock`'s plans, the map) qualifies it with these,
/// "agreed only on condition of ...": unqualified, "agreed" reads as
/// unconditional, and inside a knot it is not. A condition met already
/// binds no more.
pub fn agreed_on_conditions(view: &View, actors: &[NodeIx], node: NodeIx) -> Vec<EdgeIx> {
    let mut claims: Vec<EdgeIx> = actors
        .iter()
        .filter_map(|&a| match agreement(view, a, node) {
            Some(Agreement::OnConditions(claims)) => Some(claims),
            _ => None,
        })
        .flatten()
        .filter(|&e| !view.is_met(view.graph.meta(e).to))
        .collect();
    claims.sort_unstable();
    claims.dedup();
    claims
}

/// Who offers a term of a package, and on what claim ([`offered_by`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    /// The party offering it.
    pub party: NodeIx,
    /// The member who spoke for that party, when a member did.
    pub speaker: Option<NodeIx>,
    /// The claim that makes it the offerer: its `proposes` claim on the
    /// package, else the `part_of` claim it records.
    pub claim: EdgeIx,
    /// The parties that dispute that claim (`disputed_by`): an offer some
    /// party denies making is said so wherever it is named.
    pub disputed_by: Vec<NodeIx>,
}

/// Who offers a term of a package, read off its `part_of` claim, with the
/// member who spoke for that party: the party that proposes the package
/// (when several do, the one the claim is recorded by if it is among them,
/// else the first in file order); when none does, the party the `part_of`
/// claim is recorded by (its `by`: a party that records a term as part of a
/// package puts it forward). `None` when the graph names neither.
pub fn offered_by(view: &View, part_of: EdgeIx) -> Option<Offer> {
    let g = view.graph;
    let package = g.meta(part_of).to;
    let recorded = g
        .meta(part_of)
        .by
        .and(counts_for(view, part_of))
        .map(|(party, speaker)| (party, speaker, part_of));
    let mut stands = Vec::new();
    direct(view, package, &mut stands);
    let proposers: Vec<(NodeIx, Option<NodeIx>, EdgeIx)> = stands
        .iter()
        .filter(|s| s.relation == Relation::Proposes)
        .map(|s| (s.party, s.speaker, s.edge))
        .collect();
    let (party, speaker, claim) = proposers
        .iter()
        .find(|&&(p, _, _)| recorded.is_some_and(|(r, _, _)| r == p))
        .or(proposers.first())
        .copied()
        .or(recorded)?;
    let document = g.document();
    let disputed_by = g
        .edge(claim)
        .disputed_by()
        .filter_map(|d| document.ref_node(d).map(NodeIx::new))
        .collect();
    Some(Offer {
        party,
        speaker,
        claim,
        disputed_by,
    })
}
