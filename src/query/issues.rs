//! Every issue with every party's stated position on it over time
//! (`negograph issues`): the table a mediator draws on a whiteboard.
//!
//! A party states a position on an issue when it demands, proposes,
//! supports, accepts, rejects or counters a term that names the issue, or a
//! proposal holding such a term, or when it counters something with such a
//! term or proposal (`with`). Every statement recorded by the view's day is
//! listed (one made later is counted, not listed), dated (the edge's
//! `since`, else its first report) and marked current or not on the view's
//! day, so the table shows both the history and where things stand. One pass over the nodes and one over the edges, then the
//! statements: linear in the graph and the answer.

use serde::Serialize;

use super::evidence::{Link, NodeRef};
use super::package::{Term, disputed_by, end_node, side_of};
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{Date, NodeKind, Relation};
use crate::view::{AsOfBasis, View};

/// How a statement reaches the issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Via {
    /// The party's edge is on the term itself.
    Term,
    /// The party's edge is on a proposal holding the term.
    Proposal,
    /// The party counters something with the term, or with a proposal holding it.
    CounterOffer,
}

/// One party's stated position on an issue.
#[derive(Clone, Debug, Serialize)]
pub struct Statement {
    /// When it was stated: the edge's `since`, else its first report
    /// ([`Graph::reports`]).
    pub stated: Option<Date>,
    /// For a claim with no `since`, dated by its report, on a term (or
    /// proposal) replaced or withdrawn on an earlier day, or (an offer or a
    /// demand) answered on an earlier day: the first such day. The claim
    /// was made before it, so it is listed there, not after the position
    /// that replaced it or the answer to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Date>,
    /// The claim has no date of its own (no `since`): `stated` is its
    /// report's date, the last day it can have been made, not the day it was.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reported_only: bool,
    /// The party's id.
    pub party: String,
    /// The member who made the claim for its party, when a member did
    /// (the claim counts for the party; `crate::standing`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    /// demands, proposes, supports, accepts (for), rejects, counters (against);
    /// `counters` with `via: counter-offer` puts the party for the term it offers.
    pub relation: Relation,
    /// Whether the party is for the term (`true`) or against it.
    pub in_favour: bool,
    /// How the statement reaches the term.
    pub via: Via,
    /// The proposal the statement is about, when via a proposal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposal: Option<String>,
    /// The term's id.
    pub term: String,
    /// The term's quantity as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<String>,
    /// The smallest amount the term gives (`null` for "up to N" or no quantity).
    pub min: Option<f64>,
    /// The largest amount the term gives (`null` for "at least N" or no quantity).
    pub max: Option<f64>,
    /// What is counted, as written (`null` without a quantity).
    pub unit: Option<String>,
    /// Whether the statement holds on the view's day: its edge is in force
    /// and neither the term nor its proposal is withdrawn or replaced.
    pub current: bool,
    /// Parties who dispute that the party said so.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputed_by: Vec<String>,
    /// The claim and its quotes.
    pub link: Link,
}

/// A term on an issue, with the proposals holding it.
#[derive(Clone, Debug, Serialize)]
pub struct IssueTerm {
    /// The term (a `TERM`, flattened into the item).
    #[serde(flatten)]
    pub term: Term,
    /// The ids of the proposals it is part of.
    pub proposals: Vec<String>,
}

/// One issue: its terms and every statement on them.
#[derive(Clone, Debug, Serialize)]
pub struct Issue {
    /// The issue.
    #[serde(flatten)]
    pub node: NodeRef,
    /// Every term naming it, in file order.
    pub terms: Vec<IssueTerm>,
    /// Every statement on those terms, oldest first (undated last; one made
    /// `before` a day on that day, first), then in file order.
    pub positions: Vec<Statement>,
    /// Some claim on its terms, made by the view's day or not, is dated by
    /// a `since` of its own: beside it, a report's day must be said to be
    /// one, on every day the table is read as of.
    #[serde(skip)]
    pub own_dates: bool,
}

/// The answer to `issues`.
#[derive(Clone, Debug, Serialize)]
pub struct Issues {
    /// The day `current` and statuses are judged on.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is.
    pub as_of_basis: AsOfBasis,
    /// Every issue, in file order.
    pub issues: Vec<Issue>,
    /// How many statements are left out because their claim had not been
    /// made by `as_of` (its `since`, or that of a node it joins, is later):
    /// the table on that day had no such row.
    #[serde(skip_serializing_if = "is_zero")]
    pub not_yet: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The date of edge `e`'s claim: its `since`, else its first report
/// ([`Graph::reports`]), as `changes` dates it.
fn stated(g: &Graph, sources: &foldhash::HashMap<&str, Date>, e: EdgeIx) -> Option<Date> {
    g.meta(e)
        .time
        .since
        .or_else(|| g.reports(e, sources).first())
}

/// For claim `e`, dated only by its report (`stated`), on a position
/// (its term, its proposal): the first day before the report on which one
/// of them stopped standing, or (an offer or a demand) was answered. The
/// claim was made before that day. `view` sees all time: when the claim
/// was made does not depend on the day the table is read as of, so a
/// replaced offer is dated before its replacement on every day.
fn made_before(
    view: &View,
    e: EdgeIx,
    positions: [Option<NodeIx>; 2],
    stated: Option<Date>,
) -> Option<Date> {
    let m = view.graph.meta(e);
    let ended = |x: NodeIx| super::evidence::gone(view, x).and_then(|w| w.since);
    let puts_forward = m.relation.puts_forward();
    let answered = |x: NodeIx| puts_forward.then(|| first_answer(view, x)).flatten();
    positions
        .into_iter()
        .flatten()
        .flat_map(|x| [ended(x), answered(x)])
        .flatten()
        .min()
        .filter(|&d| m.time.since.is_none() && stated.is_some_and(|s| d < s))
}

/// The first day a party answered position `x` (a relation the table says
/// answers one: accepted, rejected, countered, ignored, considered), among
/// the answers the graph dates.
fn first_answer(view: &View, x: NodeIx) -> Option<Date> {
    let g = view.graph;
    view.edges_in_order(x, petgraph::Direction::Incoming)
        .into_iter()
        .filter(|&e| g.meta(e).relation.is_response())
        .filter_map(|e| g.meta(e).time.since)
        .min()
}

/// Every issue and every statement on it.
pub fn issues(view: &View) -> Issues {
    let g = view.graph;
    let n = g.node_count();
    // Dated sources, for dating claims without a `since`.
    let sources = g.dated_sources();
    // Terms of each proposal and proposals of each term, over all time.
    let mut terms_of: Vec<Vec<(NodeIx, EdgeIx)>> = vec![Vec::new(); n];
    let mut proposals_of: Vec<Vec<NodeIx>> = vec![Vec::new(); n];
    for e in g.edge_indices() {
        let m = g.meta(e);
        if m.relation == Relation::PartOf && g.facts(m.from).is_some_and(|f| f.issue.is_some()) {
            terms_of[m.to.index()].push((m.from, e));
            proposals_of[m.from.index()].push(m.to);
        }
    }
    let mut at_issue: Vec<Option<usize>> = vec![None; n];
    let mut out: Vec<Issue> = Vec::new();
    for i in g.node_indices().filter(|&i| g.kind(i) == NodeKind::Issue) {
        at_issue[i.index()] = Some(out.len());
        out.push(Issue {
            node: NodeRef::new(view, i),
            terms: Vec::new(),
            positions: Vec::new(),
            own_dates: false,
        });
    }
    for (t, facts) in g.nodes_with_facts() {
        if let Some(slot) = facts.issue.and_then(|i| at_issue[i.index()]) {
            out[slot].terms.push(IssueTerm {
                term: Term::new(view, t),
                proposals: proposals_of[t.index()]
                    .iter()
                    .map(|&p| g.id(p).to_owned())
                    .collect(),
            });
        }
    }
    // Dating a claim by what became of its positions reads the whole record.
    let all_time = View::everything(g);
    let mut not_yet = 0;
    let issue_of = |t: NodeIx| {
        g.facts(t)
            .and_then(|f| f.issue)
            .and_then(|i| at_issue[i.index()])
    };
    for e in g.edge_indices() {
        let m = g.meta(e);
        let Some(in_favour) = side_of(m.relation) else {
            continue;
        };
        // A member's claim counts for its party (crate::standing): worked
        // out once for the claim, whichever terms it reaches.
        let (party, member) = crate::standing::counts_for(view, e).unwrap_or((m.from, None));
        let stated_on = stated(g, &sources, e);
        let mut say = |term: NodeIx, part: Option<EdgeIx>, via: Via, in_favour: bool| {
            let Some(slot) = issue_of(term) else { return };
            out[slot].own_dates |= m.time.since.is_some();
            // Not made yet on the view's day (nor the term in the package):
            // no row, rather than one that says it no longer holds.
            if view.not_yet(e) || part.is_some_and(|p| view.not_yet(p)) {
                not_yet += 1;
                return;
            }
            let proposal = part.map(|p| g.meta(p).to);
            let withdrawn = |x: NodeIx| view.is_withdrawn(x);
            let current = view.edge_on(e)
                && part.is_none_or(|p| view.edge_on(p))
                && !withdrawn(term)
                && proposal.is_none_or(|p| !withdrawn(p));
            let amount = g.facts(term).and_then(|f| f.quantity.as_ref());
            let before = made_before(&all_time, e, [Some(term), proposal], stated_on);
            out[slot].positions.push(Statement {
                stated: stated_on,
                before,
                reported_only: m.time.since.is_none() && stated_on.is_some(),
                party: g.id(party).to_owned(),
                member: member.map(|n| g.id(n).to_owned()),
                relation: m.relation,
                in_favour,
                via,
                proposal: proposal.map(|p| g.id(p).to_owned()),
                term: g.id(term).to_owned(),
                quantity: g.node(term).quantity().map(str::to_owned),
                min: amount.and_then(|q| q.min),
                max: amount.and_then(|q| q.max),
                unit: amount.map(|q| q.unit.clone()),
                current,
                disputed_by: disputed_by(g, e),
                link: Link::seen(view, e),
            });
        };
        // The position the edge is on, then (for counters) the counter-offer.
        let mut on = vec![(m.to, Via::Term, in_favour)];
        if let Some(w) = g.edge(e).with().and_then(end_node) {
            on.push((w, Via::CounterOffer, true));
        }
        for (x, via, side) in on {
            if g.kind(x) == NodeKind::Proposal {
                let via = if via == Via::Term { Via::Proposal } else { via };
                for &(term, part) in &terms_of[x.index()] {
                    say(term, Some(part), via, side);
                }
            } else {
                say(x, None, via, side);
            }
        }
    }
    for issue in &mut out {
        // Oldest first, undated last; a stable sort keeps file order within a day.
        // A claim made before its position was replaced sorts on that day,
        // ahead of what replaced it.
        issue.positions.sort_by_key(|s| {
            (
                s.stated.is_none(),
                s.before.or(s.stated),
                s.before.is_none(),
            )
        });
    }
    Issues {
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        issues: out,
        not_yet,
    }
}
