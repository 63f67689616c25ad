//! How parties answered a position: who put it forward, who backs it, and
//! who accepted, rejected, countered it (with what) or left it unanswered. A member's
//! claim counts for its party, as in `who` ([`crate::standing::counts_for`]).

use petgraph::Direction::Incoming;
use serde::Serialize;

use super::evidence::{Also, Link, NodeRef};
use crate::graph::NodeIx;
use crate::model::{Date, End, Relation};
use crate::view::{AsOfBasis, View};

/// One party's stand on the position.
#[derive(Clone, Debug, Serialize)]
pub struct Response {
    /// The party: the one the claim counts for.
    pub party: NodeRef,
    /// The member who made the claim, when a member spoke for its party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// `demands` or `proposes` (it put the position forward), or
    /// `accepts`, `rejects`, `counters` or `ignores`.
    pub relation: Relation,
    /// For `counters`: the counter-offer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with: Option<NodeRef>,
    /// The claim and its quotes: the party's first.
    pub link: Link,
    /// Its other claims of the same answer to the same position (its own,
    /// or a member's for it), in file order: one party, one entry
    /// ([`crate::standing::one_entry_each`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Also>,
}

/// `list` with one entry per party, relation, position answered and
/// counter-offer ([`crate::standing::one_entry_each`]).
fn one_each(view: &View, list: Vec<Response>) -> Vec<Response> {
    crate::standing::one_entry_each(list, |r| {
        crate::standing::EntryKey::of_claim(view, r.link.edge)
    })
    .into_iter()
    .map(|(mut first, more)| {
        first.also = more
            .into_iter()
            .map(|r| Also {
                speaker: r.speaker,
                link: r.link,
            })
            .collect();
        first
    })
    .collect()
}

/// The answer to "how did P answer X?".
#[derive(Clone, Debug, Serialize)]
pub struct Responses {
    /// The position asked about.
    pub target: NodeRef,
    /// The day seen.
    pub as_of: Option<Date>,
    /// Why that day.
    pub as_of_basis: AsOfBasis,
    /// Only this party's answers were asked for, if any.
    pub party: Option<String>,
    /// Who put the position forward (demands, proposes; counters with it,
    /// for a counter-offer), whichever party was asked about.
    pub put_by: Vec<Response>,
    /// Who offers its terms, for a proposal, as `compare` gives it
    /// ([`super::package::offerers`], the rule `blockers` reads): the
    /// proposer, else the party its terms' `part_of` claims are by. A
    /// package no party proposes is still put forward by that party.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub offered_by: Vec<super::package::Offerer>,
    /// The packages still standing that hold it as a term, each with who
    /// offers it: a term is put forward by its package's offerer, as
    /// `blockers PACKAGE` and `who PARTY` say.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub term_of: Vec<super::who::TermOf>,
    /// Who backs it (`supports`), in the file's order, narrowed to the party
    /// asked about as the answers are: a stand for it, said beside the
    /// answers so that "none recorded" is not read as nobody reacting.
    pub supported_by: Vec<Response>,
    /// The answers, in the file's order.
    pub responses: Vec<Response>,
}

/// The answers to `target`, from `party` only when given: the answers that
/// count for it, or that it made as a member of another.
pub fn responses(view: &View, target: NodeIx, party: Option<NodeIx>) -> Responses {
    let g = view.graph;
    let mut put_by = Vec::new();
    let mut supported_by = Vec::new();
    let mut answers = Vec::new();
    for e in view.edges_in_order(target, Incoming) {
        let m = g.meta(e);
        let (counted, speaker) = crate::standing::counts_for(view, e).unwrap_or((m.from, None));
        // Who put it forward is context for any party's answer, so only the
        // answers are narrowed to the party asked about.
        let asked = party.is_none_or(|p| p == counted || speaker == Some(p));
        let into = match m.relation {
            r if r.puts_forward() => &mut put_by,
            Relation::Supports if asked => &mut supported_by,
            r if r.is_response() && asked => &mut answers,
            _ => continue,
        };
        let with = g.edge(e).with().and_then(|end| match end {
            End::Node(i) => Some(NodeRef::new(view, NodeIx::new(i as usize))),
            End::Name(_) => None,
        });
        into.push(Response {
            party: NodeRef::new(view, counted),
            speaker: speaker.map(|s| g.id(s).to_owned()),
            relation: m.relation,
            with,
            link: Link::seen(view, e),
            also: Vec::new(),
        });
    }
    // A counter-offer is put forward by the party that counters with it:
    // its `counters` claim points at what it answers, not at it, so the
    // claims are read whole (linear, as `with` is not indexed).
    for e in view.visible_edges() {
        let m = g.meta(e);
        if m.relation != Relation::Counters
            || !matches!(g.edge(e).with(), Some(End::Node(i)) if i as usize == target.index())
        {
            continue;
        }
        let (counted, speaker) = crate::standing::counts_for(view, e).unwrap_or((m.from, None));
        put_by.push(Response {
            party: NodeRef::new(view, counted),
            speaker: speaker.map(|s| g.id(s).to_owned()),
            relation: m.relation,
            with: Some(NodeRef::new(view, target)),
            link: Link::seen(view, e),
            also: Vec::new(),
        });
    }
    Responses {
        target: NodeRef::new(view, target),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        party: party.map(|p| g.id(p).to_owned()),
        put_by: one_each(view, put_by),
        offered_by: super::package::offerers(view, target),
        term_of: super::who::terms_of(view, target),
        supported_by: one_each(view, supported_by),
        responses: one_each(view, answers),
    }
}
