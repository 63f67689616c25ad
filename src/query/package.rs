//! A proposal as a package of terms: what each term gives, on which issue,
//! how much, and where the parties stand on it. Shared by [`super::compare`]
//! and [`super::issues`].

use petgraph::Direction::Incoming;
use serde::Serialize;

use super::evidence::NodeRef;
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{End, Quantity, Relation};
use crate::view::View;

/// One term of a proposal: the node, the issue it settles and how much.
#[derive(Clone, Debug, Serialize)]
pub struct Term {
    /// The term.
    #[serde(flatten)]
    pub node: NodeRef,
    /// The id of the issue it settles, if it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    /// The quantity as written ("45-60 days").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<String>,
    /// The ids of the parties who give it (its `actor`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actor: Vec<String>,
    /// The issue's node, when the term names one; not in the JSON.
    #[serde(skip)]
    pub issue_ix: Option<NodeIx>,
    /// The quantity read from the text, when it has one; not in the JSON.
    #[serde(skip)]
    pub amount: Option<Quantity>,
}

impl Term {
    /// Term `n` as this view sees it.
    pub fn new(view: &View, n: NodeIx) -> Term {
        let g = view.graph;
        let facts = g.facts(n);
        Term {
            node: NodeRef::new(view, n),
            issue: facts.and_then(|f| f.issue).map(|i| g.id(i).to_owned()),
            quantity: g.node(n).quantity().map(str::to_owned),
            actor: g.actors(n).iter().map(|&p| g.id(p).to_owned()).collect(),
            issue_ix: facts.and_then(|f| f.issue),
            amount: facts.and_then(|f| f.quantity.clone()),
        }
    }
}

/// The terms of proposal `p` visible in the view, in file order, each with
/// its `part_of` edge.
pub fn terms_of(view: &View, p: NodeIx) -> Vec<(EdgeIx, NodeIx)> {
    let g = view.graph;
    view.edges_in_order(p, Incoming)
        .into_iter()
        .filter(|&e| g.meta(e).relation == Relation::PartOf)
        .map(|e| (e, g.meta(e).from))
        .collect()
}

/// Which side of a position a party's edge puts it on, if any: for
/// (`Some(true)`) or against (`Some(false)`), by [`Relation::side`].
pub fn side_of(relation: Relation) -> Option<bool> {
    relation.side().map(|side| side == crate::model::Side::For)
}

/// The node an edge end names, when it names one.
pub fn end_node(end: End<'_>) -> Option<NodeIx> {
    match end {
        End::Node(i) => Some(NodeIx::new(i as usize)),
        End::Name(_) => None,
    }
}

/// The ids of the parties disputing edge `e`.
pub fn disputed_by(g: &Graph, e: EdgeIx) -> Vec<String> {
    g.edge(e)
        .disputed_by()
        .map(|end| g.document().ref_id(end).to_owned())
        .collect()
}

/// How far apart a set of quantities is: `(overlap, gap)`. They overlap when
/// one amount lies in every range; the gap is how far the highest floor lies
/// above the lowest ceiling (0 when they overlap), the distance one side or
/// both must move for every range to meet.
pub fn spread(quantities: &[&Quantity]) -> (bool, f64) {
    let floor = quantities
        .iter()
        .filter_map(|q| q.min)
        .fold(f64::NEG_INFINITY, f64::max);
    let ceiling = quantities
        .iter()
        .filter_map(|q| q.max)
        .fold(f64::INFINITY, f64::min);
    if floor <= ceiling {
        (true, 0.0)
    } else {
        (false, floor - ceiling)
    }
}

/// A party that offers terms of a proposal ([`crate::standing::offered_by`]).
#[derive(Clone, Debug, Serialize)]
pub struct Offerer {
    /// The party's id.
    pub party: String,
    /// The member who spoke for it, when a member did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Whether it proposes the package (its stand is among `stands`); when
    /// not, it offers the terms through the `part_of` claims it records.
    pub proposes: bool,
    /// The terms it offers, by id, in file order.
    pub terms: Vec<String>,
    /// How many terms the package has in the view, so that answers can say
    /// whether the offerer's claims are all of them; not in the JSON.
    #[serde(skip)]
    pub of_terms: usize,
    /// The parties that dispute the claim making it the offerer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputed_by: Vec<String>,
}

/// Who offers the terms of package `p`, each party once, with its terms: by
/// the one rule `blockers` reads ("term of the package, offered by ...",
/// [`crate::standing::offered_by`]). `compare`, `responses` and `who` name
/// the offerers of a package from here, so that none says "no party" puts
/// forward a package whose terms `blockers` says a party offers.
pub fn offerers(view: &View, p: NodeIx) -> Vec<Offerer> {
    let g = view.graph;
    let mut found: Vec<Offerer> = Vec::new();
    let terms = terms_of(view, p);
    for &(e, term) in &terms {
        let Some(offer) = crate::standing::offered_by(view, e) else {
            continue;
        };
        let (party, speaker) = (offer.party, offer.speaker);
        let id = g.id(party);
        if let Some(o) = found.iter_mut().find(|o| o.party == id) {
            o.terms.push(g.id(term).to_owned());
            continue;
        }
        let proposes = view.edges_in_order(p, Incoming).into_iter().any(|s| {
            g.meta(s).relation == Relation::Proposes
                && crate::standing::counts_for(view, s).is_some_and(|(q, _)| q == party)
        });
        found.push(Offerer {
            party: id.to_owned(),
            speaker: speaker.map(|m| g.id(m).to_owned()),
            proposes,
            terms: vec![g.id(term).to_owned()],
            of_terms: 0,
            disputed_by: offer
                .disputed_by
                .iter()
                .map(|&d| g.id(d).to_owned())
                .collect(),
        });
    }
    for o in &mut found {
        o.of_terms = terms.len();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Quantity {
        text.parse().unwrap()
    }

    #[test]
    fn the_spread_of_two_agrees_with_quantity_gap() {
        for (a, b) in [
            ("45-60 days", "70 days"),
            ("45-60 days", "50 days"),
            ("at least 10", "5"),
            ("at least 10", "20"),
            ("up to 10", "at least 20"),
            ("8-12", "10"),
        ] {
            let (a, b) = (q(a), q(b));
            let (overlap, gap) = spread(&[&a, &b]);
            assert_eq!(overlap, a.overlaps(&b), "{a} / {b}");
            assert_eq!(Some(gap), a.gap(&b), "{a} / {b}");
        }
    }

    #[test]
    fn the_spread_of_three_is_from_the_highest_floor_to_the_lowest_ceiling() {
        let (a, b, c) = (q("45-60 days"), q("50-80 days"), q("70 days"));
        // Each pair but (a, c) overlaps; no one day is in all three.
        assert_eq!(spread(&[&a, &b, &c]), (false, 10.0));
        assert_eq!(spread(&[&a, &b]), (true, 0.0));
    }
}
