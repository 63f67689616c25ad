//! The file's vocabulary: nodes, edges, sources, their kinds, relations, statuses
//! and dates, exactly as format version 1 spells them.
//!
//! These types mirror the file, not the validated graph: a kind, relation, status
//! or date that does not parse is kept as [`Lenient::Unknown`] so that validation
//! can report every such mistake in one run instead of stopping at the first.
//! [`Edge`] is the one stored differently, packed into 64 bytes; code reads and
//! builds it in the file's terms through [`EdgeFields`].

mod date;
mod edge;
mod vocabulary;

pub use date::{Date, Interval};
pub use edge::{Edge, EdgeFields, End, NodeRef, SourceRef};
pub use vocabulary::{Lenient, NodeKind, Relation, Status, Vocabulary};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The format version this build reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// Where a claim comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A slug, unique among sources; `check --sources DIR` reads `DIR/<id>.txt`.
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Lenient<Date>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

/// A party, demand or condition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// A slug (lower-case letters, digits, `-`), unique across nodes.
    pub id: String,
    pub kind: Lenient<NodeKind>,
    pub label: String,
    /// Other names people use ("Moscow", "the ceasefire"); matched case-insensitively.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// For demands and conditions only; `open` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Lenient<Status>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Lenient<Date>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Lenient<Date>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A whole graph file.
#[derive(Clone, Debug, PartialEq, JsonSchema)]
#[schemars(title = "negograph graph, format 1")]
pub struct Document {
    /// The format version: 1.
    pub negograph: u64,
    pub title: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub nodes: Vec<Node>,
    #[serde(default)]
    // Edges serialize through the document (their ends are written as ids), so
    // schemars cannot print this default itself.
    #[schemars(extend("default" = []), with = "Vec<EdgeFields>")]
    pub edges: Vec<Edge>,
    /// Top-level fields this version does not know, kept in file order so that
    /// saving never loses what another tool wrote.
    #[schemars(skip)]
    pub extra: Vec<(String, serde_json::Value)>,
}

impl Document {
    pub fn new(title: impl Into<String>) -> Document {
        Document {
            negograph: FORMAT_VERSION,
            title: title.into(),
            sources: Vec::new(),
            nodes: Vec::new(),
            edges: Vec::new(),
            extra: Vec::new(),
        }
    }
}

impl Node {
    /// A node with no aliases, status, dates or note.
    pub fn new(id: impl Into<String>, kind: NodeKind, label: impl Into<String>) -> Node {
        Node {
            id: id.into(),
            kind: kind.into(),
            label: label.into(),
            aliases: Vec::new(),
            status: None,
            since: None,
            until: None,
            note: None,
        }
    }

    pub fn interval(&self) -> Interval {
        Interval {
            since: self.since.as_ref().and_then(Lenient::known),
            until: self.until.as_ref().and_then(Lenient::known),
        }
    }
}

impl Document {
    /// The id an edge end names: its node's id, or the unresolved text.
    pub fn ref_id<'d>(&'d self, end: End<'d>) -> &'d str {
        match end {
            End::Node(i) => self.nodes.get(i as usize).map_or("", |n| n.id.as_str()),
            End::Name(name) => name,
        }
    }

    /// The node an edge end names, if it names one.
    pub fn ref_node(&self, end: End<'_>) -> Option<usize> {
        match end {
            End::Node(i) => ((i as usize) < self.nodes.len()).then_some(i as usize),
            End::Name(_) => None,
        }
    }

    /// Removes node `i` and renumbers the references to the nodes after it.
    /// References to `i` itself become its id, unresolved.
    pub fn remove_node(&mut self, i: usize) -> Node {
        let node = self.nodes.remove(i);
        for edge in &mut self.edges {
            edge.forget_node(i as u32, &node.id);
        }
        node
    }
}
