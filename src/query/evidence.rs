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
            addressee: edge.addressee().map(id),
            seq: edge.seq(),
            stance: edge.stance().map(str::to_owned),
            disputed_by: edge.disputed_by().map(id).collect(),
            note: edge.note().map(str::to_owned),
            edge: e,
        }
    }
}
