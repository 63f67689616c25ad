//! An edge: one recorded position or link. Code reads and builds it in the
//! file's terms ([`EdgeFields`], [`NodeRef`], [`End`]); it is stored packed
//! ([`Edge`], in `packed`).

use schemars::JsonSchema;

use super::citation::CitationSchema;
use super::{Citation, Date, Lenient, Relation};

mod packed;
#[cfg(test)]
mod tests;

pub use packed::Edge;

/// One recorded position or link in code's terms: FROM RELATION TO, held by
/// `by`, with its evidence. What code builds an [`Edge`] from, and what
/// [`Edge::fields`] gives back.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeFields {
    /// The node the edge leaves.
    pub from: NodeRef,
    /// How FROM and TO are joined.
    pub relation: Lenient<Relation>,
    /// The node the edge enters.
    pub to: NodeRef,
    /// The party whose position this edge records; required for `conditions_on`.
    pub by: Option<NodeRef>,
    /// The evidence: each citation a source and its exact words.
    pub citations: Vec<Citation>,
    /// The first day the claim holds (inclusive).
    pub since: Option<Lenient<Date>>,
    /// The last day the claim holds (inclusive).
    pub until: Option<Lenient<Date>>,
    /// Anything a reader should know that the fields cannot say.
    pub note: Option<Box<str>>,
    /// On `threatens`: the party threatened.
    pub target: Option<NodeRef>,
    /// On `threatens`: the node whose happening sets the threat off.
    pub trigger: Option<NodeRef>,
    /// On `counters`: the counter-offer.
    pub with: Option<NodeRef>,
    /// On `demands`, `proposes` and `threatens`: the party it is addressed to, who is
    /// asked to act (format 1.2).
    pub addressee: Option<NodeRef>,
    /// The claim's place among the claims of its first day, when a source
    /// orders them ("first suggesting 3.67 percent, then ..."): 1, 2, ...
    /// (format 1.2).
    pub seq: Option<u32>,
    /// On `considers`: the shade of the answer in the source's words
    /// ("defers", "declines to endorse") (format 1.2).
    pub stance: Option<Box<str>>,
    /// Parties who dispute that the claim is accurate.
    pub disputed_by: Vec<NodeRef>,
}

impl EdgeFields {
    /// FROM RELATION TO, with nothing else.
    pub fn new(from: impl Into<NodeRef>, relation: Relation, to: impl Into<NodeRef>) -> EdgeFields {
        EdgeFields {
            from: from.into(),
            relation: relation.into(),
            to: to.into(),
            by: None,
            citations: Vec::new(),
            since: None,
            until: None,
            note: None,
            target: None,
            trigger: None,
            with: None,
            addressee: None,
            seq: None,
            stance: None,
            disputed_by: Vec::new(),
        }
    }
}

/// An edge as the file writes it: what `negograph schema` describes.
#[derive(JsonSchema)]
#[schemars(rename = "Edge", deny_unknown_fields)]
#[allow(dead_code)] // Only its schema is used.
pub struct EdgeSchema {
    /// The id of the node the edge leaves.
    from: String,
    relation: Lenient<Relation>,
    /// The id of the node the edge enters.
    to: String,
    /// The party whose position this edge records; required for `conditions_on`.
    by: Option<String>,
    /// The id of the source (one citation; see `citations` for several).
    source: Option<String>,
    /// The source's exact words.
    quote: Option<String>,
    /// Several sources for one claim (format 1.1).
    citations: Option<Vec<CitationSchema>>,
    since: Option<Lenient<Date>>,
    until: Option<Lenient<Date>>,
    /// On `threatens`: the party threatened (format 1.1).
    target: Option<String>,
    /// On `threatens`: the node whose happening sets the threat off (format 1.1).
    trigger: Option<String>,
    /// On `counters`: the counter-offer (format 1.1).
    with: Option<String>,
    /// On `demands`, `proposes` and `threatens`: the party it is addressed to, who is
    /// asked to act ("asked the mediators for a better proposal") (format 1.2).
    addressee: Option<String>,
    /// The claim's place among the claims of its first day, when the source
    /// orders them: 1, 2, ... `changes` and `timeline` list a day's claims
    /// without one first, in file order, then these by it (format 1.2).
    seq: Option<u32>,
    /// On `considers`: the shade of the answer, in the source's words
    /// ("defers", "declines to endorse") (format 1.2).
    stance: Option<String>,
    /// Parties who dispute that the claim is accurate (format 1.1).
    disputed_by: Option<Vec<String>>,
    note: Option<String>,
}

/// An edge end as stored: a node position, or an id that named no node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum End<'a> {
    /// The position of a node in [`Document::nodes`](crate::model::Document::nodes).
    Node(u32),
    /// An id that named no node.
    Name(&'a str),
}

/// An edge's end in [`EdgeFields`]: the position of a node in
/// [`Document::nodes`](crate::model::Document::nodes), or an id: one that
/// names no node (kept so validation can say which), or one given in code,
/// which validation resolves.
// A thin `Box<String>` keeps `Option<NodeRef>` at 16 bytes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum NodeRef {
    /// The position of a node in [`Document::nodes`](crate::model::Document::nodes).
    Node(u32),
    /// A node's id, resolved by validation.
    Name(Box<String>),
}

impl NodeRef {
    /// The end as stored, borrowing its name.
    pub fn as_end(&self) -> End<'_> {
        match self {
            NodeRef::Node(i) => End::Node(*i),
            NodeRef::Name(name) => End::Name(name),
        }
    }
}

impl From<&str> for NodeRef {
    fn from(id: &str) -> NodeRef {
        NodeRef::Name(Box::new(id.to_owned()))
    }
}

impl From<String> for NodeRef {
    fn from(id: String) -> NodeRef {
        NodeRef::Name(Box::new(id))
    }
}
