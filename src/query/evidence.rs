//! How every answer names a node and cites a claim: the types all queries
//! share, below them (no query imports the module that gathers them).

use serde::Serialize;

use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{Citation, CitationRef, Date, End, NodeKind, Relation, Status};
use crate::view::View;

/// A node as answers name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NodeRef {
    /// The node's id.
    pub id: String,
    /// Its kind: party, demand, condition, proposal or issue.
    pub kind: NodeKind,
    /// Its label, as written in the file.
    pub label: String,
    /// For demands and conditions: the status this view gives them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// For a party the source does not name: `true` (the label says how the
    /// source refers to it).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unnamed: bool,
    /// For an open or postponed position: the day it is scheduled for on
    /// the view's day (as the file ends, for all time), when one is known
    /// (format 1.2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled: Option<crate::model::Date>,
    /// The node itself, for callers that go on to draw or query it; not in the JSON.
    #[serde(skip)]
    pub ix: NodeIx,
}

impl NodeRef {
    /// Node `n` as `view` names it, with its status on the view's day (none for
    /// a party).
    pub fn new(view: &View, n: NodeIx) -> NodeRef {
        let g = view.graph;
        NodeRef {
            id: g.id(n).to_owned(),
            kind: g.kind(n),
            label: g.label(n).to_owned(),
            status: (g.kind(n) != NodeKind::Party).then(|| view.status(n)),
            unnamed: g.node(n).unnamed(),
            scheduled: g.node(n).scheduled_on(view.status(n), view.as_of),
            ix: n,
        }
    }
}

/// One edge as evidence: who holds it and the words behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Link {
    /// The id of the node the edge leaves.
    pub from: String,
    /// How the two are joined.
    pub relation: Relation,
    /// The id of the node the edge enters.
    pub to: String,
    /// The party holding this link: the edge's `by`, or its `from` when that is a party.
    pub by: Option<String>,
    /// The first citation's source (all of them are in `citations`).
    pub source: Option<String>,
    /// The first citation's words (all of them are in `citations`).
    pub quote: Option<String>,
    /// Every citation of the claim, in the file's order.
    pub citations: Vec<Citation>,
    /// The first day the claim holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
    /// The last day the claim holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// When `since` or `until` is only a month, year or week, or a day
    /// inferred from the source's words: that, in words ("since dated only
    /// to March 2025"), for an answer never to sound surer than its dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dated: Option<String>,
    /// On `threatens`: the party threatened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// On `threatens`: what sets the threat off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
    /// On `counters`: the counter-offer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with: Option<String>,
    /// On `counters`, when the counter-offer no longer stands on the view's
    /// day (withdrawn, or replaced by a newer position): what became of it.
    /// The counter is still the party's answer (its agreement is not
    /// given), but its offer is no longer the one on the table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_gone: Option<WithGone>,
    /// On a stand (a claim with a side: `proposes`, `rejects`, ...), when
    /// the position it is on no longer stands on the view's day (withdrawn,
    /// or replaced by a newer position): what became of it. The stand is
    /// still on record, but no party holds the position now, and every
    /// answer naming the claim says so ("(withdrawn)").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_gone: Option<WithGone>,
    /// On `demands`, `proposes` and `threatens`: the party it is addressed to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addressee: Option<String>,
    /// The claim's place among the claims of its first day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seq: Option<u32>,
    /// On `considers`: the shade of the answer, in the source's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stance: Option<String>,
    /// Parties who dispute the claim.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputed_by: Vec<String>,
    /// A note on the claim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The edge in the graph.
    #[serde(skip)]
    pub edge: EdgeIx,
}

impl Link {
    /// The evidence for edge `e`.
    pub fn new(graph: &Graph, e: EdgeIx) -> Link {
        let edge = graph.edge(e);
        let meta = graph.meta(e);
        let id = |end: End<'_>| graph.document().ref_id(end).to_owned();
        Link {
            from: graph.id(meta.from).to_owned(),
            relation: meta.relation,
            to: graph.id(meta.to).to_owned(),
            by: graph.holder(e).map(|p| graph.id(p).to_owned()),
            source: edge.source().map(ToString::to_string),
            quote: edge.quote().map(str::to_owned),
            citations: edge.citations().map(CitationRef::to_owned).collect(),
            since: meta.time.since,
            until: meta.time.until,
            dated: meta.time.loose_words(),
            target: edge.target().map(id),
            trigger: edge.trigger().map(id),
            with: edge.with().map(id),
            with_gone: None,
            to_gone: None,
            addressee: edge.addressee().map(id),
            seq: edge.seq(),
            stance: edge.stance().map(str::to_owned),
            disputed_by: edge.disputed_by().map(id).collect(),
            note: edge.note().map(str::to_owned),
            edge: e,
        }
    }

    /// The evidence for edge `e` as seen on the view's day: [`Link::new`],
    /// and what became of a counter's offer that no longer stands.
    pub fn seen(view: &View, e: EdgeIx) -> Link {
        let mut link = Link::new(view.graph, e);
        link.with_gone = with_gone(view, e);
        let m = view.graph.meta(e);
        if m.relation.side().is_some() {
            link.to_gone = gone(view, m.to);
        }
        link
    }
}

/// What became of a counter-offer by the view's day: an item of a link's
/// JSON `with_gone`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WithGone {
    /// The newer position that replaced it (`supersedes`), when one did;
    /// `null` when it was withdrawn.
    pub replaced_by: Option<String>,
    /// The day it was replaced or withdrawn, when the graph dates it.
    pub since: Option<Date>,
}

/// What became of the offer claim `e` counters with (`with`), when it no
/// longer stands on the view's day: replaced by a newer position in force,
/// or withdrawn. `None` for a claim with no counter-offer, or one that
/// stands.
pub fn with_gone(view: &View, e: EdgeIx) -> Option<WithGone> {
    let End::Node(i) = view.graph.edge(e).with()? else {
        return None;
    };
    gone(view, NodeIx::new(i as usize))
}

/// What became of position `offer` by the view's day, when it no longer
/// stands: replaced by a newer position in force, or withdrawn, with the
/// day when the graph dates it. `None` for one that stands.
pub fn gone(view: &View, offer: NodeIx) -> Option<WithGone> {
    let g = view.graph;
    if !view.is_withdrawn(offer) {
        return None;
    }
    // Replaced: the claim that a newer position supersedes it, in force.
    // Through the index of claims into it, not the list of every
    // `supersedes` claim: `issues` asks this of each statement.
    let replaced = view
        .edges_in_order(offer, petgraph::Direction::Incoming)
        .into_iter()
        .find(|&s| {
            g.meta(s).relation == Relation::Supersedes && g.meta(s).to == offer && !g.is_circular(s)
        });
    if let Some(s) = replaced {
        let newer = g.ends(s).0;
        return Some(WithGone {
            replaced_by: Some(g.id(newer).to_owned()),
            since: g.meta(s).time.since.or(g.node_time(newer).since),
        });
    }
    // Withdrawn: the last dated change to withdrawn up to the view's day.
    let since = g.facts(offer).and_then(|f| {
        f.history
            .iter()
            .filter(|(d, st)| *st == Status::Withdrawn && view.as_of.is_none_or(|a| *d <= a))
            .map(|(d, _)| *d)
            .next_back()
    });
    Some(WithGone {
        replaced_by: None,
        since,
    })
}

/// A counter's offer in words, with what became of it when it no longer
/// stands: "An 8% pay offer, since replaced by A 9% pay offer
/// (2025-05-06)", "An 8% pay offer, since withdrawn". Labels as the file
/// has them: whoever shows the words makes them inert. The one wording
/// every answer that names a counter-offer uses.
pub fn with_words(g: &Graph, l: &Link) -> Option<String> {
    let label = |id: &str| label_of(g, id);
    let offer = label(l.with.as_deref()?);
    let Some(gone) = &l.with_gone else {
        return Some(offer);
    };
    let day = gone.since.map(|d| format!(" ({d})")).unwrap_or_default();
    Some(match &gone.replaced_by {
        Some(newer) => format!("{offer}, since replaced by {}{day}", label(newer)),
        None => format!("{offer}, since withdrawn{day}"),
    })
}

/// The label of the node with id `id` as the file has it (the id itself
/// when no node has it): for answers that carry ids and speak in labels.
pub(crate) fn label_of(g: &Graph, id: &str) -> String {
    g.find(id).map_or(id, |n| g.label(n)).to_owned()
}

/// Another claim behind an entry that lists one party once
/// ([`crate::standing::one_entry_each`]): the same party taking the same
/// stand again, in its own words or through a member. An item of an
/// entry's JSON `also`, beside its first claim (`link`, `speaker`).
#[derive(Clone, Debug, Serialize)]
pub struct Also {
    /// The member who made the claim, when a member spoke for its party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The claim, with its quotes.
    pub link: Link,
}

impl Also {
    /// Claim `e` as seen on the view's day ([`Link::seen`]), made by
    /// `speaker` for its party when a member spoke.
    pub fn new(view: &View, e: EdgeIx, speaker: Option<NodeIx>) -> Also {
        Also {
            speaker: speaker.map(|m| view.graph.id(m).to_owned()),
            link: Link::seen(view, e),
        }
    }
}

/// The visible claims that name `n` at an end other than `from` and `to`:
/// a threat's trigger or target, a counter's offer, a claim's addressee, in
/// file order. The graph indexes only `from` and `to`, so this is one pass
/// over the claims; `show` and `who` read it, so a node named only there is
/// never said to be touched by nothing.
pub fn named_in(view: &View, n: NodeIx) -> Vec<crate::graph::EdgeIx> {
    let g = view.graph;
    let here = Some(End::Node(n.index() as u32));
    view.visible_edges()
        .filter(|&e| {
            let edge = g.edge(e);
            [edge.trigger(), edge.target(), edge.with(), edge.addressee()].contains(&here)
        })
        .collect()
}

/// A party for a position as a term of a package it is for, or offers
/// ([`crate::standing::term_stands`]): for it without a claim on it.
#[derive(Clone, Debug, Serialize)]
pub struct AsTerm {
    /// The party (`id`, `kind`, `label`, flattened into the item).
    #[serde(flatten)]
    pub party: NodeRef,
    /// The member who spoke for it, when a member did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The package the position is a term of.
    pub package: NodeRef,
    /// The claim putting the party for the package, with its quotes.
    pub link: Link,
}

impl AsTerm {
    /// The parties for `node` as a term of a package, in the rule's order.
    pub fn all(view: &View, node: NodeIx) -> Vec<AsTerm> {
        crate::standing::term_stands(view, node)
            .into_iter()
            .map(|t| AsTerm {
                party: NodeRef::new(view, t.party),
                speaker: t.speaker.map(|m| view.graph.id(m).to_owned()),
                package: NodeRef::new(view, t.package),
                link: Link::seen(view, t.edge),
            })
            .collect()
    }
}
