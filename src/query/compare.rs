//! Proposals side by side, issue by issue (`negograph compare P1 P2 ...`):
//! what each offers on every issue its terms name, how far apart the offers
//! are (the gap, in the issue's unit) and whether the ranges overlap, and
//! where the parties stand on each.
//!
//! One pass over each proposal's incoming edges and each term's: linear in
//! the part of the view the proposals touch.

use crate::args::{Arg, Cmd, Line};
use petgraph::Direction::Incoming;
use serde::Serialize;

use super::evidence::{Link, NodeRef};
use super::package::{Term, disputed_by, end_node, offerers, spread, terms_of};
use crate::error::{Error, Hint, Result};
use crate::graph::{Graph, NodeIx};
use crate::model::{Date, NodeKind, Quantity, Relation, Status};
use crate::view::{AsOfBasis, View};

/// A party's stand on a proposal or on one of its terms.
#[derive(Clone, Debug, Serialize)]
pub struct Stand {
    /// The party's id.
    pub party: String,
    /// The member who made the first claim, when a member spoke for its party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// How it stands: demands, proposes, supports, accepts, rejects, counters, mediates.
    pub relation: Relation,
    /// Its side, by the one rule of sides ([`crate::standing::claim_sides`]):
    /// a `counters` claim is against what it answers and for the offer it
    /// makes; `None` for a mediator, and for every stand on a position
    /// withdrawn or replaced on the view's day
    /// ([`crate::standing::stands_hold`]): a claim on record, no stand now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub side: Option<crate::model::Side>,
    /// `proposal` when the edge is on the whole proposal, `term` when on this term.
    pub via: Via,
    /// For `counters`: the counter-offer's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with: Option<String>,
    /// Parties who dispute that the party stands so.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputed_by: Vec<String>,
    /// The claim and its quotes: the party's first.
    pub link: Link,
    /// Its other claims taking the same stand on the same node (its own, or
    /// a member's for it), in file order: one party, one entry
    /// ([`crate::standing::one_entry_each`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<super::evidence::Also>,
}

/// Whether a stand is on the whole proposal or on one term of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// The edge is on the whole proposal.
    Proposal,
    /// The edge is on this term.
    Term,
}

/// One proposal's offer on one issue.
#[derive(Clone, Debug, Serialize)]
pub struct Offer {
    /// The proposal's id.
    pub proposal: String,
    /// The term that says it.
    pub term: Term,
    /// The smallest amount offered (`null` for "up to N" or no quantity).
    pub min: Option<f64>,
    /// The largest amount offered (`null` for "at least N" or no quantity).
    pub max: Option<f64>,
    /// What is counted, as written.
    pub unit: Option<String>,
    /// "about": the figure is not exact.
    pub approximate: bool,
    /// Parties for this offer: on the proposal, then on the term.
    #[serde(rename = "for")]
    pub for_: Vec<Stand>,
    /// Parties against it: rejecting or countering the proposal or the term.
    pub against: Vec<Stand>,
    /// When the offer no longer stands on the view's day: the status that
    /// says so, of its term or of its package (`withdrawn`, which replaced
    /// positions are too, or `cancelled`). It is still lined up and counted
    /// in the gap (how far an offer moved is asked too), but said as such
    /// wherever it is shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_longer_stands: Option<Status>,
}

/// One issue across the proposals.
#[derive(Clone, Debug, Serialize)]
pub struct IssueComparison {
    /// The issue's id.
    pub issue: String,
    /// The issue's label.
    pub label: String,
    /// Every offer on it, proposal by proposal in the order asked.
    pub positions: Vec<Offer>,
    /// The proposals that say nothing on this issue.
    pub silent: Vec<String>,
    /// Whether one amount lies within every offer's range.
    pub overlap: bool,
    /// How far apart the offers are, in `unit`: the highest floor minus the
    /// lowest ceiling, 0 when they overlap; `null` when fewer than two offers
    /// have a quantity, or their units differ.
    pub gap: Option<f64>,
    /// The unit the gap is counted in: as written for a count, the
    /// currency's code for money, `%` for shares (the gap then in percentage points).
    pub unit: Option<String>,
    /// The gap in words a reader expects: "10 days", "10 percentage
    /// points", "$2,000"; `null` when not comparable.
    pub gap_text: Option<String>,
    /// When some offers no longer stand and two or more that do have
    /// comparable quantities: the gap among those alone, in words ("15
    /// percentage points"; "0 ..." when they overlap).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standing_gap_text: Option<String>,
    /// With three or more offers and no overlap, the two the gap lies
    /// between (proposal ids): the one with the lowest ceiling, then the one
    /// with the highest floor. Two offers need no saying.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap_between: Option<[String; 2]>,
    /// Whether the offers could be compared: at least two quantities, in one unit.
    pub comparable: bool,
    /// Why not, when two or more offers have a quantity but cannot be set
    /// side by side ("one is in USD, another in EUR").
    pub not_comparable: Option<String>,
}

/// Where the parties stand on one proposal as a whole.
#[derive(Clone, Debug, Serialize)]
pub struct Package {
    /// The proposal.
    #[serde(flatten)]
    pub node: NodeRef,
    /// Its terms, in file order.
    pub terms: Vec<Term>,
    /// Every party's stand on the proposal as a whole, in file order,
    /// mediators and brokers included.
    pub stands: Vec<Stand>,
    /// Who offers its terms, each party once in file order, by the one rule
    /// `blockers` reads ("term of the package, offered by ..."):
    /// [`crate::standing::offered_by`], the party that proposes the package,
    /// else the party its terms' `part_of` claims are recorded by.
    pub offered_by: Vec<Offerer>,
    /// For a position compared as an offer of itself: the parties for it
    /// as a term of a package they are for or offer
    /// ([`crate::standing::term_stands`]), as `who --side for` lists them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub as_term_of: Vec<super::evidence::AsTerm>,
}

pub use super::package::Offerer;

/// The answer to `compare`.
#[derive(Clone, Debug, Serialize)]
pub struct Comparison {
    /// The day the view shows; `None` (`null`) for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is.
    pub as_of_basis: AsOfBasis,
    /// The proposals, in the order asked.
    pub proposals: Vec<Package>,
    /// Issue by issue, in the file's order of issues.
    pub issues: Vec<IssueComparison>,
    /// Terms that name no issue, so cannot be lined up: (proposal id, term).
    pub unmatched: Vec<Unmatched>,
}

/// A term that names no issue.
#[derive(Clone, Debug, Serialize)]
pub struct Unmatched {
    /// The proposal's id.
    pub proposal: String,
    /// The term.
    pub term: Term,
}

/// Checks that every node is a proposal, named once, and that there are at
/// least two.
///
/// # Errors
///
/// [`Error::WrongKind`] for a node that is not a proposal; [`Error::Usage`]
/// for a proposal named twice, or fewer than two.
pub fn check_proposals(g: &Graph, proposals: &[NodeIx]) -> Result<()> {
    for (i, &p) in proposals.iter().enumerate() {
        if !comparable(g, p) {
            return Err(Error::WrongKind {
                id: g.id(p).to_owned(),
                actual: g.kind(p),
                asked: Arg::Cmd(Cmd::Compare),
                expected: "proposals, or demands and conditions that name an issue",
                hint: Some(Hint::Run(Line::with_arg(Cmd::Show, g.id(p)))),
            });
        }
        if proposals[..i].contains(&p) {
            return Err(Error::Usage(format!(
                "'{}' is named twice; compare each proposal once",
                g.id(p)
            )));
        }
    }
    if proposals.len() < 2 {
        return Err(Error::Usage(
            "compare needs at least two proposals, e.g. negograph compare plan-a plan-b".into(),
        ));
    }
    Ok(())
}

/// Whether `compare` takes `n`: a proposal, or an offer of itself (see
/// [`check_proposals`]).
pub fn comparable(g: &Graph, n: NodeIx) -> bool {
    g.kind(n) == NodeKind::Proposal || is_offer_of_itself(g, n)
}

/// Whether `n` is compared as an offer of itself: a demand or condition
/// that names an issue ("GM: a 10% raise", issue wages) stands for a
/// package of one term, itself, so that offers recorded as single
/// positions compare as packages do.
fn is_offer_of_itself(g: &Graph, n: NodeIx) -> bool {
    g.kind(n).is_position()
        && g.kind(n) != NodeKind::Proposal
        && g.facts(n).is_some_and(|f| f.issue.is_some())
}

/// Every party's stand on node `n` (for, against, mediating), in file
/// order, one entry per party, relation and counter-offer
/// ([`crate::standing::one_entry_each`]).
fn stands_on(view: &View, n: NodeIx, via: Via) -> Vec<Stand> {
    let g = view.graph;
    // The claims on it, then the counter-offers that put it forward.
    let claims = view
        .edges_in_order(n, Incoming)
        .into_iter()
        .chain(view.countered_with(n).iter().copied())
        .filter(|&e| {
            crate::standing::claim_sides(g, e).any(|(on, _)| on == n)
                || g.meta(e).relation == Relation::Mediates
        })
        // Its side on the day, by the one rule: none once `n` is withdrawn
        // or replaced (`standing::stands_hold`), so no party is counted
        // for or against an offer off the table; the claim stays on record.
        .map(|e| (e, crate::standing::side_on(view, e, n)))
        .map(|(e, side)| {
            // A member's claim counts for its party (crate::standing).
            let (party, speaker) =
                crate::standing::counts_for(view, e).unwrap_or((g.meta(e).from, None));
            (party, speaker, e, side)
        });
    let entries = crate::standing::one_entry_each(claims, |&(_, _, e, _)| {
        crate::standing::EntryKey::of_claim(view, e)
    });
    entries
        .into_iter()
        .map(|((party, speaker, e, side), more)| Stand {
            side,
            party: g.id(party).to_owned(),
            speaker: speaker.map(|m| g.id(m).to_owned()),
            also: more
                .into_iter()
                .map(|(_, m, e, _)| super::evidence::Also::new(view, e, m))
                .collect(),
            relation: g.meta(e).relation,
            via,
            with: g
                .edge(e)
                .with()
                .and_then(end_node)
                .map(|w| g.id(w).to_owned()),
            disputed_by: disputed_by(g, e),
            link: Link::seen(view, e),
        })
        .collect()
}

/// Splits stands into for and against, leaving out mediators.
fn sides(stands: impl Iterator<Item = Stand>) -> (Vec<Stand>, Vec<Stand>) {
    let (mut for_, mut against) = (Vec::new(), Vec::new());
    for s in stands {
        match s.side {
            Some(crate::model::Side::For) => for_.push(s),
            Some(crate::model::Side::Against) => against.push(s),
            None => {}
        }
    }
    (for_, against)
}

/// Compares `proposals` (checked with [`check_proposals`]) issue by issue;
/// a demand or condition that names an issue is compared as a package of
/// one term, itself.
pub fn compare(view: &View, proposals: &[NodeIx]) -> Comparison {
    let g = view.graph;
    let mut packages = Vec::new();
    // (issue, proposal's place, offer), in the order found.
    let mut offers: Vec<(NodeIx, usize, Offer)> = Vec::new();
    let mut unmatched = Vec::new();
    for (place, &p) in proposals.iter().enumerate() {
        let on_package = stands_on(view, p, Via::Proposal);
        let mut terms = Vec::new();
        let own = is_offer_of_itself(g, p);
        let term_nodes: Vec<NodeIx> = if own {
            vec![p]
        } else {
            terms_of(view, p).into_iter().map(|(_, t)| t).collect()
        };
        for t in term_nodes {
            let term = Term::new(view, t);
            terms.push(term.clone());
            let Some(issue) = term.issue_ix else {
                unmatched.push(Unmatched {
                    proposal: g.id(p).to_owned(),
                    term,
                });
                continue;
            };
            // An offer of itself: its stands are the package's, once.
            let on_term = if own {
                Vec::new()
            } else {
                stands_on(view, t, Via::Term)
            };
            let (for_, against) = sides(on_package.iter().cloned().chain(on_term));
            let amount = term.amount.clone();
            let gone = |n: NodeIx| {
                Some(view.status(n)).filter(|s| matches!(s, Status::Withdrawn | Status::Cancelled))
            };
            let no_longer_stands = gone(t).or_else(|| gone(p));
            offers.push((
                issue,
                place,
                Offer {
                    proposal: g.id(p).to_owned(),
                    min: amount.as_ref().and_then(|q| q.min),
                    max: amount.as_ref().and_then(|q| q.max),
                    unit: amount.as_ref().map(|q| q.unit.clone()),
                    approximate: amount.as_ref().is_some_and(|q| q.approximate),
                    term,
                    for_,
                    against,
                    no_longer_stands,
                },
            ));
        }
        packages.push(Package {
            node: NodeRef::new(view, p),
            offered_by: if own { Vec::new() } else { offerers(view, p) },
            as_term_of: if own {
                super::evidence::AsTerm::all(view, p)
            } else {
                Vec::new()
            },
            terms,
            stands: on_package,
        });
    }
    // Issues in file order; offers within one in the order asked (stable sort).
    offers.sort_by_key(|(issue, place, _)| (*issue, *place));
    let mut issues: Vec<IssueComparison> = Vec::new();
    let mut at = 0;
    while at < offers.len() {
        let issue = offers[at].0;
        let end = at + offers[at..].iter().take_while(|o| o.0 == issue).count();
        let group: Vec<(usize, Offer)> = offers[at..end]
            .iter()
            .map(|(_, place, o)| (*place, o.clone()))
            .collect();
        issues.push(line_up(view, issue, proposals, group));
        at = end;
    }
    Comparison {
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        proposals: packages,
        issues,
        unmatched,
    }
}

/// The offers a gap lies between: the first with the lowest ceiling and the
/// first with the highest floor ([`super::package::spread`]'s bounds).
fn bounds_of_gap(positions: &[Offer]) -> Option<[String; 2]> {
    let with = |pick: fn(&Quantity) -> Option<f64>| {
        positions
            .iter()
            .filter_map(|o| Some((o, pick(o.term.amount.as_ref()?)?)))
            .collect::<Vec<_>>()
    };
    let ceilings = with(|q| q.max);
    let floors = with(|q| q.min);
    let low = ceilings
        .iter()
        .map(|&(_, v)| v)
        .fold(f64::INFINITY, f64::min);
    let high = floors
        .iter()
        .map(|&(_, v)| v)
        .fold(f64::NEG_INFINITY, f64::max);
    let lowest = ceilings.iter().find(|&&(_, v)| v == low)?.0;
    let highest = floors.iter().find(|&&(_, v)| v == high)?.0;
    Some([lowest.proposal.clone(), highest.proposal.clone()])
}

/// One issue's offers, with the gap and overlap between them.
fn line_up(
    view: &View,
    issue: NodeIx,
    proposals: &[NodeIx],
    group: Vec<(usize, Offer)>,
) -> IssueComparison {
    let g = view.graph;
    let silent = proposals
        .iter()
        .enumerate()
        .filter(|(place, _)| !group.iter().any(|(p, _)| p == place))
        .map(|(_, &p)| g.id(p).to_owned())
        .collect();
    let positions: Vec<Offer> = group.into_iter().map(|(_, o)| o).collect();
    let amounts: Vec<_> = positions
        .iter()
        .filter_map(|o| o.term.amount.as_ref())
        .collect();
    // The first quantity that says what it measures sets the unit; one
    // that does not ("about 120") goes with any.
    let lead = amounts
        .iter()
        .find(|q| !q.unit.trim().is_empty() || q.per.is_some())
        .or(amounts.first())
        .copied();
    let not_comparable =
        lead.and_then(|lead| amounts.iter().find_map(|q| lead.comparable_with(q).err()));
    let comparable = amounts.len() >= 2 && not_comparable.is_none();
    let (overlap, gap) = if comparable {
        let (overlap, gap) = spread(&amounts);
        (overlap, Some(gap))
    } else {
        (false, None)
    };
    let unit = lead
        .map(|q| q.unit.trim().to_owned())
        .filter(|u| !u.is_empty());
    let gap_text = gap.zip(lead).map(|(gap, lead)| lead.difference(gap));
    // How far apart the offers still standing are, when some no longer do.
    let standing: Vec<_> = positions
        .iter()
        .filter(|o| o.no_longer_stands.is_none())
        .filter_map(|o| o.term.amount.as_ref())
        .collect();
    let standing_gap_text = (comparable && standing.len() >= 2 && standing.len() < amounts.len())
        .then(|| lead.map(|lead| lead.difference(spread(&standing).1)))
        .flatten();
    let gap_between = (comparable && !overlap && amounts.len() >= 3)
        .then(|| bounds_of_gap(&positions))
        .flatten();
    IssueComparison {
        issue: g.id(issue).to_owned(),
        label: g.label(issue).to_owned(),
        positions,
        silent,
        overlap,
        gap,
        unit,
        gap_text,
        standing_gap_text,
        gap_between,
        comparable,
        not_comparable,
    }
}
