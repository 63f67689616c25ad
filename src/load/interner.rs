//! Edges as written, and the ids read so far that their ends resolve against.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};

use crate::error::Result;
use crate::ids::IdIndex;
use crate::model::fields::{by_serde, file_fields, from_plain};
use crate::model::{
    Citation, Date, Document, Edge, EdgeFields, Lenient, Node, NodeRef, Relation, Source, SourceRef,
};

use super::{Parsed, SMALLEST_EDGE_BYTES, Threads};

/// Below this many possible edges a second thread costs more than it saves.
pub(super) const PIPELINE_FROM_EDGES: usize = 20_000;

/// An edge as written, its strings borrowed from the text where JSON allows.
/// Format 1's fields are its own; what format 1.1 adds is boxed, so that the
/// batches of parsed edges passed between threads stay small.
pub(super) struct RawEdge<'a> {
    pub(super) from: Text<'a>,
    pub(super) relation: Lenient<Relation>,
    pub(super) to: Text<'a>,
    pub(super) by: Option<Text<'a>>,
    pub(super) source: Option<Text<'a>>,
    pub(super) quote: Option<Text<'a>>,
    pub(super) since: Option<Lenient<Date>>,
    pub(super) until: Option<Lenient<Date>>,
    pub(super) note: Option<Box<str>>,
    pub(super) more: Option<Box<RawMore<'a>>>,
}

/// An edge's format 1.1 fields, as written.
#[derive(Default)]
pub(super) struct RawMore<'a> {
    citations: Vec<RawCitation<'a>>,
    target: Option<Text<'a>>,
    trigger: Option<Text<'a>>,
    with: Option<Text<'a>>,
    addressee: Option<Text<'a>>,
    seq: Option<u32>,
    stance: Option<Box<str>>,
    disputed_by: Vec<Text<'a>>,
}

file_fields! {
/// Every field an edge may have, flat as in the file: what serde and the
/// direct reader read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EdgeFile<'a> {
    #[serde(borrow)]
    from: Text<'a>,
    relation: Lenient<Relation>,
    #[serde(borrow)]
    to: Text<'a>,
    #[serde(default, borrow)]
    by: Option<Text<'a>>,
    #[serde(default, borrow)]
    source: Option<Text<'a>>,
    #[serde(default, borrow)]
    quote: Option<Text<'a>>,
    #[serde(default, borrow)]
    citations: Vec<RawCitation<'a>>,
    #[serde(default)]
    since: Option<Lenient<Date>>,
    #[serde(default)]
    until: Option<Lenient<Date>>,
    #[serde(default, borrow)]
    target: Option<Text<'a>>,
    #[serde(default, borrow)]
    trigger: Option<Text<'a>>,
    #[serde(default, borrow)]
    with: Option<Text<'a>>,
    #[serde(default, borrow)]
    addressee: Option<Text<'a>>,
    #[serde(default)]
    seq: Option<u32>,
    #[serde(default)]
    stance: Option<Box<str>>,
    #[serde(default, borrow)]
    disputed_by: Vec<Text<'a>>,
    #[serde(default)]
    note: Option<Box<str>>,
}
}

by_serde!(Vec<RawCitation<'a>>);
by_serde!(Vec<Text<'a>>);
from_plain!(Text<'a>, text => Text(Cow::Borrowed(text)));

/// A citation in an edge's `citations` list, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCitation<'a> {
    #[serde(borrow)]
    source: Text<'a>,
    #[serde(default)]
    quote: Option<Box<str>>,
    #[serde(default)]
    speaker: Option<Box<str>>,
    #[serde(default)]
    note: Option<Box<str>>,
    #[serde(default)]
    reason: Option<Box<str>>,
}

impl<'de: 'a, 'a> Deserialize<'de> for RawEdge<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        EdgeFile::deserialize(deserializer).map(RawEdge::from)
    }
}

impl<'a> From<EdgeFile<'a>> for RawEdge<'a> {
    // Inlined into each reader, so that the fields are written once, in
    // place, rather than the whole struct moved (~0.3 KB an edge).
    #[inline]
    fn from(file: EdgeFile<'a>) -> RawEdge<'a> {
        let EdgeFile {
            from,
            relation,
            to,
            by,
            source,
            quote,
            citations,
            since,
            until,
            target,
            trigger,
            with,
            addressee,
            seq,
            stance,
            disputed_by,
            note,
        } = file;
        let plain = citations.is_empty()
            && target.is_none()
            && trigger.is_none()
            && with.is_none()
            && addressee.is_none()
            && seq.is_none()
            && stance.is_none()
            && disputed_by.is_empty();
        RawEdge {
            from,
            relation,
            to,
            by,
            source,
            quote,
            since,
            until,
            note,
            more: (!plain).then(|| {
                Box::new(RawMore {
                    citations,
                    target,
                    trigger,
                    with,
                    addressee,
                    seq,
                    stance,
                    disputed_by,
                })
            }),
        }
    }
}

/// A string borrowed from the input when it has no escapes. serde borrows a
/// plain `Cow` field but not one inside an `Option`, hence this wrapper.
pub(super) struct Text<'a>(pub(super) Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> Visitor<'de> for Visit {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(Visit)
    }
}

/// Ids read so far, for resolving edge ends and sources as the edges stream
/// by. In a canonical file sources and nodes come before edges, so every end
/// resolves here; ends read before their nodes stay names for validation.
#[derive(Default)]
pub(super) struct Interner {
    pub(super) edges_at_most: usize,
    pub(super) threads: Threads,
    pub(super) nodes: Vec<Node>,
    /// The nodes' id index and the nodes whose id an earlier one has, built
    /// when first needed: on a big file, by the resolving thread while the
    /// first edges are parsed.
    pub(super) index: std::sync::OnceLock<(IdIndex, Vec<usize>)>,
    /// Listed source ids: a file cites a handful, so a list is searched
    /// faster than a set is hashed; past `FEW_SOURCES`, the set is used.
    pub(super) sources: Vec<SourceRef>,
    pub(super) source_set: foldhash::HashSet<SourceRef>,
    /// Whether an end was left a name: it named no node read so far.
    pub(super) left_names: std::sync::atomic::AtomicBool,
}

pub(super) const FEW_SOURCES: usize = 8;

impl Interner {
    /// For a text of `bytes` bytes.
    pub(super) fn new(bytes: usize, threads: Threads) -> Interner {
        Interner {
            edges_at_most: bytes / SMALLEST_EDGE_BYTES,
            threads,
            ..Interner::default()
        }
    }

    /// Whether edges are resolved on a second thread while they are parsed.
    pub(super) fn pipelined(&self) -> bool {
        self.threads
            .several(self.edges_at_most, PIPELINE_FROM_EDGES)
    }

    pub(super) fn list_sources(&mut self, listed: &[Source]) {
        self.sources = listed
            .iter()
            .map(|s| SourceRef::from(s.id.as_str()))
            .collect();
        if self.sources.len() > FEW_SOURCES {
            self.source_set = self.sources.iter().cloned().collect();
        }
    }

    pub(super) fn set_nodes(&mut self, nodes: Vec<Node>) {
        self.nodes = nodes;
        self.index = std::sync::OnceLock::new();
    }

    pub(super) fn ids(&self) -> &IdIndex {
        &self.index.get_or_init(|| IdIndex::build(&self.nodes)).0
    }

    /// The document read, with the index of its nodes.
    pub(super) fn finish(mut self, doc: impl FnOnce(Vec<Node>) -> Document) -> Parsed {
        let (ids, repeated) = match self.index.take() {
            Some(built) => built,
            None => IdIndex::build(&self.nodes),
        };
        let mut doc = doc(self.nodes);
        // Ends read before the nodes (a file with its edges first) are
        // resolved now, once, so that validation and queries read positions
        // rather than look each id up in every pass.
        if self.left_names.into_inner() {
            resolve_left_names(&mut doc, &ids);
        }
        Parsed { doc, ids, repeated }
    }

    pub(super) fn node(&self, id: Text<'_>) -> NodeRef {
        let hash = self.ids().hash(&id.0);
        self.node_hashed(id, hash)
    }

    pub(super) fn node_hashed(&self, id: Text<'_>, hash: u64) -> NodeRef {
        match self.ids().find_hashed(&self.nodes, &id.0, hash) {
            Some(i) => NodeRef::Node(i as u32),
            None => {
                self.left_names
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                NodeRef::Name(Box::new(id.0.into_owned()))
            }
        }
    }

    /// Resolves a batch of edges into `out`, first warming the index for all
    /// their ends at once (see [`IdIndex::warm`]).
    pub(super) fn resolve_batch(&self, batch: &mut Vec<RawEdge<'_>>, out: &mut Vec<Edge>) {
        let ids = self.ids();
        let mut hashes = Vec::with_capacity(batch.len() * 3);
        for raw in batch.iter() {
            hashes.push(ids.hash(&raw.from.0));
            hashes.push(ids.hash(&raw.to.0));
            hashes.push(raw.by.as_ref().map_or(0, |by| ids.hash(&by.0)));
        }
        std::hint::black_box(ids.warm(&hashes));
        out.extend(
            batch.drain(..).zip(hashes.chunks_exact(3)).map(|(raw, h)| {
                self.edge_with(raw, |interner, id, i| interner.node_hashed(id, h[i]))
            }),
        );
    }

    /// A listed source is shared; one not listed (an error validation reports)
    /// gets its own copy, so that both threads can resolve without a lock.
    pub(super) fn source(&self, id: Text<'_>) -> SourceRef {
        let known = if self.sources.len() <= FEW_SOURCES {
            self.sources.iter().find(|s| ***s == *id.0)
        } else {
            self.source_set.get(&*id.0)
        };
        match known {
            Some(known) => known.clone(),
            None => id.0.into(),
        }
    }

    pub(super) fn edge(&self, raw: RawEdge<'_>) -> Edge {
        self.edge_with(raw, |interner, id, _| interner.node(id))
    }

    /// An edge with its ends resolved by `node`, which is told which end
    /// (0 from, 1 to, 2 by) it resolves.
    pub(super) fn edge_with(
        &self,
        raw: RawEdge<'_>,
        node: impl Fn(&Self, Text<'_>, usize) -> NodeRef,
    ) -> Edge {
        let source = raw.source.map(|s| self.source(s));
        let Some(more) = raw.more else {
            // The common case, with no list to allocate: a million edges
            // would otherwise make and free a million one-item vectors.
            let by = raw.by.map(|by| node(self, by, 2));
            let quote = raw.quote.as_ref().map(|q| &*q.0);
            return Edge::plain(
                node(self, raw.from, 0),
                raw.relation,
                node(self, raw.to, 1),
                by,
                (source, quote),
                [raw.since, raw.until],
                raw.note,
            );
        };
        let plain = Citation {
            source,
            quote: raw.quote.map(|q| q.0.into()),
            speaker: None,
            note: None,
            reason: None,
        };
        let mut fields = EdgeFields {
            from: node(self, raw.from, 0),
            relation: raw.relation,
            to: node(self, raw.to, 1),
            by: raw.by.map(|by| node(self, by, 2)),
            citations: (plain != Citation::default())
                .then_some(plain)
                .into_iter()
                .collect(),
            since: raw.since,
            until: raw.until,
            note: raw.note,
            target: None,
            trigger: None,
            with: None,
            addressee: None,
            seq: None,
            stance: None,
            disputed_by: Vec::new(),
        };
        {
            // Rare: looked up one by one, not batched with the ends.
            let RawMore {
                citations,
                target,
                trigger,
                with,
                addressee,
                seq,
                stance,
                disputed_by,
            } = *more;
            fields
                .citations
                .extend(citations.into_iter().map(|c| Citation {
                    source: Some(self.source(c.source)),
                    quote: c.quote,
                    speaker: c.speaker,
                    note: c.note,
                    reason: c.reason,
                }));
            fields.target = target.map(|id| self.node(id));
            fields.trigger = trigger.map(|id| self.node(id));
            fields.with = with.map(|id| self.node(id));
            fields.addressee = addressee.map(|id| self.node(id));
            fields.seq = seq;
            fields.stance = stance;
            fields.disputed_by = disputed_by.into_iter().map(|id| self.node(id)).collect();
        }
        Edge::new(fields)
    }
}

/// Gives every edge end that names a node that node's position. A batch of
/// edges has the slots of its names touched first, so that the cache misses
/// overlap (see [`IdIndex::warm`]). One thread: the names are freed as they
/// resolve, and with two threads freeing, the allocator's own locking took
/// 17% of samples (perf) and the 1M-edge file loaded slower than on one.
pub(super) fn resolve_left_names(doc: &mut Document, ids: &IdIndex) {
    const BATCH: usize = 256;
    let Document { nodes, edges, .. } = doc;
    let mut hashes = Vec::with_capacity(BATCH * 3);
    for batch in edges.chunks_mut(BATCH) {
        hashes.clear();
        hashes.extend(
            batch
                .iter()
                .flat_map(Edge::names)
                .map(|name| ids.hash(name)),
        );
        if hashes.is_empty() {
            continue;
        }
        std::hint::black_box(ids.warm(&hashes));
        for edge in batch.iter_mut().filter(|e| e.has_named_end()) {
            edge.resolve_names(|id| ids.find(nodes, id).map(|n| n as u32));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::EdgeFile;
    use crate::model::NodeSchema;
    use crate::model::fields::ReadFields;

    /// The fields both readers read are the fields the schema describes
    /// (`EdgeSchema` spells the edge's apart, for its documentation).
    #[test]
    fn the_readers_read_the_fields_the_schema_describes() {
        let schema: serde_json::Value = serde_json::from_str(&crate::load::json_schema()).unwrap();
        let described = |def: &str| {
            let mut names: Vec<String> = schema["$defs"][def]["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{def} in the schema"))
                .keys()
                .cloned()
                .collect();
            names.sort();
            names
        };
        let read = |fields: &[&str]| {
            let mut names: Vec<String> = fields.iter().map(ToString::to_string).collect();
            names.sort();
            names
        };
        assert_eq!(read(EdgeFile::FIELDS), described("Edge"));
        assert_eq!(read(NodeSchema::FIELDS), described("Node"));
    }
}
