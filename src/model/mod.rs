//! The file's vocabulary: nodes, edges, sources, their kinds, relations, statuses
//! and dates, exactly as format version 1.1 spells them.
//!
//! These types mirror the file, not the validated graph: a kind, relation, status
//! or date that does not parse is kept as [`Lenient::Unknown`] so that validation
//! can report every such mistake in one run instead of stopping at the first.
//! [`Edge`] is the one stored differently, packed into 64 bytes; code reads and
//! builds it in the file's terms through [`EdgeFields`].

mod citation;
mod date;
mod edge;
pub(crate) mod fields;
mod membership;
mod node;
mod quantity;
mod relation_facts;
mod version;
mod vocabulary;

pub use citation::{Citation, CitationRef, SourceRef};
pub use date::{
    Date, Interval, Precision, Said, month_abbreviation, month_names, month_number, said,
    weekday_names, weekday_number,
};
pub use edge::{Edge, EdgeFields, EdgeSchema, End, NodeRef};
pub use membership::Memberships;
#[cfg_attr(not(feature = "fast-reader"), allow(unused_imports))]
pub(crate) use node::NodeSchema;
pub use node::{Node, NodeMore, StatusChange};
pub use quantity::{Measure, Quantity};
pub use relation_facts::{EdgeStyle, RelationFacts, edges_taking};
pub use version::FormatVersion;
pub use vocabulary::{Lenient, NodeKind, Relation, Side, Status, Vocabulary};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The newest format version this build reads and writes.
pub const FORMAT_VERSION: FormatVersion = FormatVersion::V1_2;

/// Where a claim comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A slug, unique among sources; `check --sources DIR` reads `DIR/<id>.txt`.
    pub id: String,
    /// The headline or title, as published.
    pub title: String,
    /// The day it was published; the newest source date is every query's
    /// default day. Kept as written when it does not parse (`check` says so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Lenient<Date>>,
    /// Where to read it; the map links it only when it is http(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// What a reader should know about the source, e.g. that its date was
    /// inferred from the text (format 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Its text for `check --sources DIR`, relative to DIR; `<id>.txt` when
    /// absent (format 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

impl Source {
    /// A source with a title and nothing else.
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Source {
        Source {
            id: id.into(),
            title: title.into(),
            date: None,
            url: None,
            publisher: None,
            note: None,
            file: None,
        }
    }

    /// Whether it uses a field format 1 does not have.
    pub fn needs_1_1(&self) -> bool {
        self.note.is_some() || self.file.is_some()
    }
}

/// A whole graph file.
#[derive(Clone, Debug, PartialEq, JsonSchema)]
#[schemars(title = "negograph graph, format 1.2")]
pub struct Document {
    /// The format version the file declares: 1, 1.1 or 1.2. Written back as at
    /// least the version the content needs, never lower than declared.
    pub negograph: FormatVersion,
    /// What the graph is about, shown atop every answer and picture.
    pub title: String,
    /// The reports its claims cite.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Parties, demands, conditions, proposals and issues, in file order.
    #[serde(default)]
    #[schemars(with = "Vec<node::NodeSchema>")]
    pub nodes: Vec<Node>,
    /// The claims joining them, in file order (an edge's number in
    /// messages and exports is its place here).
    #[serde(default)]
    // Edges serialize through the document (their ends are written as ids), so
    // schemars cannot print this default itself.
    #[schemars(extend("default" = []), with = "Vec<EdgeSchema>")]
    pub edges: Vec<Edge>,
    /// Top-level fields this version does not know, kept in file order so that
    /// saving never loses what another tool wrote.
    #[schemars(skip)]
    pub extra: Vec<(String, RawJson)>,
}

/// A JSON value kept as the exact text it was read from. A parsed value would
/// write numbers back in `serde_json`'s own spelling (`1.10` as `1.1`, `1e2` as
/// `100.0`, a 30-digit integer rounded to a float); another tool's fields must
/// come back byte for byte.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RawJson(Box<serde_json::value::RawValue>);

impl RawJson {
    /// A value from its JSON text (surrounding white space dropped).
    ///
    /// # Errors
    ///
    /// When the text is not one JSON value.
    pub fn from_text(text: &str) -> Result<RawJson, serde_json::Error> {
        serde_json::value::RawValue::from_string(text.to_owned()).map(RawJson)
    }

    /// The value's text, as read.
    pub fn get(&self) -> &str {
        self.0.get()
    }
}

/// Two values are the same when their texts are: what is kept is the text.
impl PartialEq for RawJson {
    fn eq(&self, other: &RawJson) -> bool {
        self.get() == other.get()
    }
}

impl Document {
    /// An empty graph of format 1 with this title.
    pub fn new(title: impl Into<String>) -> Document {
        Document {
            negograph: FormatVersion::V1,
            title: title.into(),
            sources: Vec::new(),
            nodes: Vec::new(),
            edges: Vec::new(),
            extra: Vec::new(),
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

    /// The version the file must declare to hold what it holds: the newest
    /// version any field or relation it uses came in, and never below what
    /// it declared.
    pub fn version_needed(&self) -> FormatVersion {
        self.negograph.max(self.content_version())
    }

    /// The newest format version any field or relation the file uses came
    /// in, whatever it declares.
    pub fn content_version(&self) -> FormatVersion {
        let v1_1 = |yes: bool| {
            if yes {
                FormatVersion::V1_1
            } else {
                FormatVersion::V1
            }
        };
        let mut needed = v1_1(
            self.sources.iter().any(Source::needs_1_1) || self.nodes.iter().any(Node::needs_1_1),
        );
        if self
            .nodes
            .iter()
            .any(|n| n.needs_1_2() || n.dates_need_1_2())
            || self
                .sources
                .iter()
                .filter_map(|s| s.date.as_ref())
                .any(said::needs_1_2)
        {
            needed = FormatVersion::V1_2;
        }
        for edge in &self.edges {
            needed = needed.max(edge.version_needed());
        }
        needed
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
