//! Format version 1 in and out: reading a file within limits, parsing it straight
//! into the model (no intermediate `serde_json::Value`), writing it back in the one
//! canonical form, and the JSON Schema.
//!
//! Parsing tries `direct`, a reader for the plain shape nearly every file has,
//! and falls back to serde, which reads everything else and words every error.
//! Either way edge ends are resolved to node positions as they are read.

use std::fmt;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

use crate::error::{Error, Result};
use crate::ids::IdIndex;
use crate::locate::line_col;
use crate::model::{
    Date, Document, Edge, EdgeFields, FORMAT_VERSION, Lenient, Node, NodeRef, Relation, Source,
    SourceRef,
};

mod direct;

use direct::Streamed;

/// The file size negograph reads unless told otherwise: room for a few million edges.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 512 * 1024 * 1024;

/// The graph every command uses when no file is given.
pub const BUILTIN_GRAPH: &str = include_str!("../../graph/istanbul-2025.json");
pub const BUILTIN_NAME: &str = "istanbul-2025.json (built in)";

/// The text of a graph and where it came from, kept for pointing at errors.
#[derive(Clone, Debug)]
pub struct Input {
    pub origin: String,
    // Arc<String>, not Arc<str>: making an Arc<str> copies the whole text.
    pub text: Arc<String>,
    pub builtin: bool,
}

impl Input {
    pub fn builtin() -> Input {
        Input {
            origin: BUILTIN_NAME.to_owned(),
            text: Arc::new(BUILTIN_GRAPH.to_owned()),
            builtin: true,
        }
    }

    /// Reads a file, refusing more than `max_size` bytes before reading them.
    pub fn read(path: &Path, max_size: u64) -> Result<Input> {
        let origin = path.display().to_string();
        let read_err = |source| Error::Read {
            path: path.to_owned(),
            source,
        };
        let file = std::fs::File::open(path).map_err(read_err)?;
        let meta = file.metadata().map_err(read_err)?;
        if meta.is_dir() {
            return Err(read_err(std::io::Error::other("it is a directory")));
        }
        if meta.len() > max_size {
            return Err(Error::TooLarge {
                origin,
                size: meta.len(),
                limit: max_size,
            });
        }
        let bytes = match read_in_halves(&file, &meta).map_err(read_err)? {
            Some(bytes) => bytes,
            None => {
                // The size can change under us (or be unknown for a pipe): never read past the limit.
                let mut bytes = Vec::with_capacity(meta.len() as usize);
                file.take(max_size + 1)
                    .read_to_end(&mut bytes)
                    .map_err(read_err)?;
                bytes
            }
        };
        if bytes.len() as u64 > max_size {
            return Err(Error::TooLarge {
                origin,
                size: bytes.len() as u64,
                limit: max_size,
            });
        }
        Input::from_bytes(origin, bytes)
    }

    pub fn from_bytes(origin: String, bytes: Vec<u8>) -> Result<Input> {
        let text = String::from_utf8(bytes).map_err(|e| {
            let valid = e.utf8_error().valid_up_to();
            let prefix = std::str::from_utf8(&e.as_bytes()[..valid]).unwrap_or_default();
            let (line, column) = line_col(prefix, valid);
            Error::NotUtf8 {
                origin: origin.clone(),
                line,
                column,
            }
        })?;
        Ok(Input {
            origin,
            text: Arc::new(text),
            builtin: false,
        })
    }

    pub fn parse(&self) -> Result<Document> {
        parse_document(&self.origin, &self.text)
    }

    /// Parses, keeping the node index built while reading for validation to use.
    pub fn parse_indexed(&self) -> Result<Parsed> {
        parse_indexed(&self.origin, &self.text, Threads::BySize)
    }
}

/// A graph file that could not be read or parsed: why, and its text when it
/// was read, for the message to point into.
#[derive(Debug)]
pub struct Unread {
    pub error: Box<Error>,
    pub input: Option<Input>,
}

/// From this size a file is read a window at a time rather than whole.
const STREAM_FROM: u64 = 8 << 20;

/// How much of an edge list is read at a time: big enough that the threads
/// seldom meet at a window's end (they do 14 times in a 109 MiB file), small
/// beside the document it becomes.
const STREAM_WINDOW: usize = 8 << 20;

/// Reads and parses a graph file. A big file in the plain shape nearly every
/// file has is never held whole: its edge list is read a window at a time,
/// each parsed and resolved before the next (at a million edges that keeps
/// the 109 MiB text out of the peak). Any other file, and any error, goes
/// the way of [`Input::read`] and [`Input::parse_indexed`], which word every
/// message.
pub fn read_parsed(path: &Path, max_size: u64) -> std::result::Result<Parsed, Unread> {
    read_parsed_with(path, max_size, STREAM_FROM, STREAM_WINDOW)
}

/// [`read_parsed`] with the size from which files are streamed, and the
/// window, chosen: tests stream small files through tiny windows.
#[doc(hidden)]
pub fn read_parsed_with(
    path: &Path,
    max_size: u64,
    stream_from: u64,
    window: usize,
) -> std::result::Result<Parsed, Unread> {
    let broken = match read_streamed(path, max_size, stream_from, window) {
        Ok(Streamed::Read(parsed)) => return Ok(parsed),
        Ok(Streamed::Broken) => true,
        Ok(Streamed::Declined) | Err(_) => false,
    };
    let input = Input::read(path, max_size).map_err(|error| Unread {
        error: Box::new(error),
        input: None,
    })?;
    let parsed = if broken {
        parse_by_serde(&input.origin, &input.text, Threads::BySize)
    } else {
        input.parse_indexed()
    };
    parsed.map_err(|error| Unread {
        error: Box::new(error),
        input: Some(input),
    })
}

fn read_streamed(
    path: &Path,
    max_size: u64,
    stream_from: u64,
    window: usize,
) -> std::io::Result<Streamed> {
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() || meta.len() < stream_from || meta.len() > max_size {
        return Ok(Streamed::Declined);
    }
    let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
    // One byte past the limit: a file that grew beyond it then fails to read
    // to its end, and the ordinary reader says it is too large.
    let mut limited = (&file).take(max_size.saturating_add(1));
    direct::parse_stream(&mut limited, size, Threads::BySize, window)
}

/// What the streaming reader makes of `text` read through windows of
/// `window` bytes: the document, or `None` where it leaves the text to the
/// whole-text reader. For tests and fuzzers.
#[doc(hidden)]
pub fn parse_streamed(text: &[u8], window: usize, threads: Threads) -> Option<Document> {
    let mut source = text;
    match direct::parse_stream(&mut source, text.len(), threads, window) {
        Ok(Streamed::Read(parsed)) => Some(parsed.into_document()),
        _ => None,
    }
}

/// A document as read, with the index of node ids the reader built on the
/// way, which validation then uses instead of building another (25 ms at a
/// quarter of a million nodes). Only the loader makes one and nothing can
/// change the nodes in between, so the index always matches them.
#[derive(Debug)]
pub struct Parsed {
    doc: Document,
    ids: IdIndex,
    /// Nodes whose id an earlier node has.
    repeated: Vec<usize>,
}

impl Parsed {
    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn into_document(self) -> Document {
        self.doc
    }

    pub(crate) fn into_parts(self) -> (Document, IdIndex, Vec<usize>) {
        (self.doc, self.ids, self.repeated)
    }
}

/// From this size a file is read as two halves on two threads: the kernel's
/// copying and the page faults of the new buffer then share two cores (for a
/// 110 MiB file, 70-80 ms become 55-60 ms).
const READ_IN_HALVES_FROM: u64 = 8 << 20;

/// Reads a regular file as two halves at once, or says `None` when that does
/// not apply: a small file, one that is not the size `meta` says by the end
/// (it changed while read), or a system without positioned reads. The caller
/// then reads it the ordinary way.
fn read_in_halves(
    file: &std::fs::File,
    meta: &std::fs::Metadata,
) -> std::io::Result<Option<Vec<u8>>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileExt;
        if meta.len() < READ_IN_HALVES_FROM || !meta.is_file() {
            return Ok(None);
        }
        let Ok(len) = usize::try_from(meta.len()) else {
            return Ok(None);
        };
        // Zeroed pages come fresh from the system and are only written once, by the read.
        let mut bytes = vec![0u8; len];
        let (first, second) = bytes.split_at_mut(len / 2);
        let read = std::thread::scope(|scope| {
            let second = scope.spawn(|| file.read_exact_at(second, (len / 2) as u64));
            let first = file.read_exact_at(first, 0);
            let second = second
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            first.and(second)
        });
        match read {
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
            other => other?,
        }
        let mut more = [0u8; 1];
        Ok((file.read_at(&mut more, len as u64)? == 0).then_some(bytes))
    }
    #[cfg(not(unix))]
    {
        let _ = (file, meta);
        Ok(None)
    }
}

/// Parses format version 1. Syntax errors carry line and column; type errors add
/// the JSON path of the offending value.
pub fn parse_document(origin: &str, text: &str) -> Result<Document> {
    parse_document_with(origin, text, Threads::BySize)
}

/// Whether work is spread over threads. Big inputs use a second thread; the
/// result must not depend on it, which tests and fuzzers check by forcing
/// each way on the same input.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Threads {
    #[default]
    BySize,
    One,
    Several,
}

impl Threads {
    pub(crate) fn several(self, work: usize, from: usize) -> bool {
        match self {
            Threads::BySize => work >= from,
            Threads::One => false,
            Threads::Several => true,
        }
    }
}

#[doc(hidden)]
pub fn parse_document_with(origin: &str, text: &str, threads: Threads) -> Result<Document> {
    parse_indexed(origin, text, threads).map(Parsed::into_document)
}

fn parse_indexed(origin: &str, text: &str, threads: Threads) -> Result<Parsed> {
    match direct::parse_document(text, threads) {
        Some(parsed) => Ok(parsed),
        None => parse_by_serde(origin, text, threads),
    }
}

/// What the direct reader must agree with: the file read by serde alone.
#[doc(hidden)]
pub fn parse_document_by_serde(origin: &str, text: &str, threads: Threads) -> Result<Document> {
    parse_by_serde(origin, text, threads).map(Parsed::into_document)
}

fn parse_by_serde(origin: &str, text: &str, threads: Threads) -> Result<Parsed> {
    // Tracking the path costs a few percent on every value; pay it only when
    // there is an error to point at.
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = de
        .deserialize_map(DocumentVisitor {
            bytes: text.len(),
            threads,
        })
        .and_then(|doc| de.end().map(|()| doc));
    parsed.map_err(|fast| locate_parse_error(origin, text, fast))
}

/// No edge or node takes fewer bytes than these
/// (`{"from":"a","relation":"blocks","to":"b"}` is 42 and
/// `{"id":"a","kind":"party","label":"A"}` is 37), so the text's length bounds
/// how many there can be: each list is reserved once instead of doubling, and
/// copying, its way to a million. A reservation is address space; only the
/// pages that items fill are ever touched, and the rest is given back after.
const SMALLEST_EDGE_BYTES: usize = 42;
const SMALLEST_NODE_BYTES: usize = 37;

/// Parses again, tracking the JSON path, to say where a failed parse failed.
fn locate_parse_error(origin: &str, text: &str, fast: serde_json::Error) -> Error {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed: std::result::Result<Document, _> = serde_path_to_error::deserialize(&mut de);
    match parsed {
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            // A path only helps when the JSON was well-formed but a value was not.
            let path = (!inner.is_syntax() && !inner.is_eof()).then_some(path);
            parse_error(origin, text, inner, path)
        }
        Ok(_) => match de.end() {
            Err(e) => parse_error(origin, text, e, None),
            Ok(()) => parse_error(origin, text, fast, None),
        },
    }
}

fn parse_error(origin: &str, text: &str, err: serde_json::Error, path: Option<String>) -> Error {
    let full = err.to_string();
    let mut message = match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_owned(),
        None => full,
    };
    if text.trim().is_empty() {
        message =
            "the file is empty; a graph starts with {\"negograph\": 1, \"title\": ...}".into();
    }
    Error::Parse {
        origin: origin.to_owned(),
        line: err.line().max(1),
        column: err.column().max(1),
        path: path.filter(|p| p != "." && !p.is_empty()),
        message,
    }
}

/// The canonical text of a document: two-space pretty JSON, fields in format order,
/// unknown top-level fields last, and a trailing newline. Saving an untouched
/// canonical file gives back the same bytes.
pub fn to_canonical_json(doc: &Document) -> String {
    let mut out = serde_json::to_string_pretty(doc).expect("a document always serializes");
    out.push('\n');
    out
}

/// The JSON Schema of format version 1, generated from the Rust types.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Document);
    schema.insert(
        "$id".into(),
        "https://negograph.invalid/schema/format-1.json".into(),
    );
    let mut out = serde_json::to_string_pretty(&schema).expect("the schema serializes");
    out.push('\n');
    out
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(5 + self.extra.len()))?;
        map.serialize_entry("negograph", &self.negograph)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("sources", &self.sources)?;
        map.serialize_entry("nodes", &self.nodes)?;
        map.serialize_entry("edges", &EdgesOut(self))?;
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// The edge list as the file spells it: ends written back as ids.
struct EdgesOut<'d>(&'d Document);

impl Serialize for EdgesOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        serializer.collect_seq(doc.edges.iter().map(|edge| EdgeOut { doc, edge }))
    }
}

struct EdgeOut<'d> {
    doc: &'d Document,
    edge: &'d Edge,
}

impl Serialize for EdgeOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (doc, e) = (self.doc, self.edge);
        let mut map = serializer.serialize_struct("Edge", 9)?;
        map.serialize_field("from", doc.ref_id(e.from()))?;
        map.serialize_field("relation", &e.relation())?;
        map.serialize_field("to", doc.ref_id(e.to()))?;
        if let Some(by) = e.by() {
            map.serialize_field("by", doc.ref_id(by))?;
        }
        fn some<M: SerializeStruct, T: Serialize + ?Sized>(
            map: &mut M,
            key: &'static str,
            value: Option<&T>,
        ) -> Result<(), M::Error> {
            match value {
                Some(v) => map.serialize_field(key, v),
                None => Ok(()),
            }
        }
        some(&mut map, "source", e.source().map(|s| &**s))?;
        some(&mut map, "quote", e.quote())?;
        some(&mut map, "since", e.since().as_ref())?;
        some(&mut map, "until", e.until().as_ref())?;
        some(&mut map, "note", e.note())?;
        map.end()
    }
}

/// An edge as written, its strings borrowed from the text where JSON allows.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEdge<'a> {
    #[serde(borrow)]
    from: Text<'a>,
    relation: Lenient<Relation>,
    #[serde(borrow)]
    to: Text<'a>,
    #[serde(default, borrow)]
    by: Option<Text<'a>>,
    #[serde(default, borrow)]
    source: Option<Text<'a>>,
    #[serde(default)]
    quote: Option<Box<str>>,
    #[serde(default)]
    since: Option<Lenient<Date>>,
    #[serde(default)]
    until: Option<Lenient<Date>>,
    #[serde(default)]
    note: Option<Box<str>>,
}

/// A string borrowed from the input when it has no escapes. serde borrows a
/// plain `Cow` field but not one inside an `Option`, hence this wrapper.
struct Text<'a>(Cow<'a, str>);

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
struct Interner {
    edges_at_most: usize,
    threads: Threads,
    nodes: Vec<Node>,
    /// The nodes' id index and the nodes whose id an earlier one has, built
    /// when first needed: on a big file, by the resolving thread while the
    /// first edges are parsed.
    index: std::sync::OnceLock<(IdIndex, Vec<usize>)>,
    /// Listed source ids: a file cites a handful, so a list is searched
    /// faster than a set is hashed; past `FEW_SOURCES`, the set is used.
    sources: Vec<SourceRef>,
    source_set: foldhash::HashSet<SourceRef>,
    /// Whether an end was left a name: it named no node read so far.
    left_names: std::sync::atomic::AtomicBool,
}

const FEW_SOURCES: usize = 8;

impl Interner {
    /// For a text of `bytes` bytes.
    fn new(bytes: usize, threads: Threads) -> Interner {
        Interner {
            edges_at_most: bytes / SMALLEST_EDGE_BYTES,
            threads,
            ..Interner::default()
        }
    }

    /// Whether edges are resolved on a second thread while they are parsed.
    fn pipelined(&self) -> bool {
        self.threads
            .several(self.edges_at_most, PIPELINE_FROM_EDGES)
    }

    fn list_sources(&mut self, listed: &[Source]) {
        self.sources = listed
            .iter()
            .map(|s| SourceRef::from(s.id.as_str()))
            .collect();
        if self.sources.len() > FEW_SOURCES {
            self.source_set = self.sources.iter().cloned().collect();
        }
    }

    fn set_nodes(&mut self, nodes: Vec<Node>) {
        self.nodes = nodes;
        self.index = std::sync::OnceLock::new();
    }

    fn ids(&self) -> &IdIndex {
        &self.index.get_or_init(|| IdIndex::build(&self.nodes)).0
    }

    /// The document read, with the index of its nodes.
    fn finish(mut self, doc: impl FnOnce(Vec<Node>) -> Document) -> Parsed {
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

    fn node(&self, id: Text<'_>) -> NodeRef {
        let hash = self.ids().hash(&id.0);
        self.node_hashed(id, hash)
    }

    fn node_hashed(&self, id: Text<'_>, hash: u64) -> NodeRef {
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
    fn resolve_batch<'de>(&self, batch: &mut Vec<RawEdge<'de>>, out: &mut Vec<Edge>) {
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
    fn source(&self, id: Text<'_>) -> SourceRef {
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

    fn edge(&self, raw: RawEdge<'_>) -> Edge {
        self.edge_with(raw, |interner, id, _| interner.node(id))
    }

    /// An edge with its ends resolved by `node`, which is told which end
    /// (0 from, 1 to, 2 by) it resolves.
    fn edge_with(
        &self,
        raw: RawEdge<'_>,
        node: impl Fn(&Self, Text<'_>, usize) -> NodeRef,
    ) -> Edge {
        Edge::new(EdgeFields {
            from: node(self, raw.from, 0),
            relation: raw.relation,
            to: node(self, raw.to, 1),
            by: raw.by.map(|by| node(self, by, 2)),
            source: raw.source.map(|s| self.source(s)),
            quote: raw.quote,
            since: raw.since,
            until: raw.until,
            note: raw.note,
        })
    }
}

/// Gives every edge end that names a node that node's position. A batch of
/// edges has the slots of its names touched first, so that the cache misses
/// overlap (see [`IdIndex::warm`]). One thread: the names are freed as they
/// resolve, and with two threads freeing, the allocator's own locking took
/// 17% of samples (perf) and the 1M-edge file loaded slower than on one.
fn resolve_left_names(doc: &mut Document, ids: &IdIndex) {
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

/// Reads a list into a vector reserved up front.
struct ListSeed<T> {
    what: &'static str,
    capacity: usize,
    item: std::marker::PhantomData<T>,
}

impl<T> ListSeed<T> {
    fn new(what: &'static str, capacity: usize) -> ListSeed<T> {
        ListSeed {
            what,
            capacity,
            item: std::marker::PhantomData,
        }
    }
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for ListSeed<T> {
    type Value = Vec<T>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListSeed<T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::with_capacity(self.capacity);
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        items.shrink_to_fit();
        Ok(items)
    }
}

/// Reads the edge list, resolving ends as it goes.
struct EdgesSeed<'i>(&'i mut Interner);

impl<'de> DeserializeSeed<'de> for EdgesSeed<'_> {
    type Value = Vec<Edge>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<Edge>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for EdgesSeed<'_> {
    type Value = Vec<Edge>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of edges")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Edge>, A::Error> {
        let mut edges = Vec::with_capacity(self.0.edges_at_most);
        if self.0.pipelined() {
            resolve_alongside(self.0, &mut edges, |sink| {
                while let Some(raw) = seq.next_element::<RawEdge>()? {
                    sink.push(raw);
                }
                Ok(())
            })?;
        } else {
            while let Some(raw) = seq.next_element::<RawEdge>()? {
                edges.push(self.0.edge(raw));
            }
        }
        // Give back the unused reservation (a remap for a list this large, not a copy).
        edges.shrink_to_fit();
        Ok(edges)
    }
}

/// Below this many possible edges a second thread costs more than it saves.
const PIPELINE_FROM_EDGES: usize = 20_000;

/// How many parsed edges travel between the threads at a time.
const BATCH: usize = 1024;

/// How many batches may wait for the resolving thread while it builds the
/// node index (about 25 ms at a quarter of a million nodes, in which the
/// parser fills ~150 batches; each holds ~200 KB of parsed edges).
const BACKLOG: usize = 160;

/// Once the index is built, how far the resolving thread may fall behind
/// before the parser resolves a batch itself.
const AHEAD: usize = 4;

/// Parses edges on this thread, through `parse` handing each to the sink it is
/// given, while a second thread resolves their ends and stores them. That
/// thread first builds the node index, while the first batches queue up;
/// after that the id look-ups (cache misses, mostly) take longer than the
/// parsing, so whenever the second thread is behind, this one resolves the
/// batch itself instead of waiting. Edges keep their order: batches go through
/// one FIFO channel, and emptied ones come back for reuse. The edges are
/// appended to `edges`; what `parse` returns is returned.
fn resolve_alongside<'de, R>(
    interner: &Interner,
    edges: &mut Vec<Edge>,
    parse: impl FnOnce(&mut Sink<'_, 'de>) -> R,
) -> R {
    use std::sync::mpsc::sync_channel;
    enum Batch<'de> {
        Parsed(Vec<RawEdge<'de>>),
        Resolved(Vec<Edge>),
    }
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    let (full_tx, full_rx) = sync_channel::<Batch<'de>>(BACKLOG);
    let (empty_tx, empty_rx) = sync_channel::<Batch<'de>>(BACKLOG + 8);
    let queued = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let worker = scope.spawn(|| {
            interner.ids();
            for mut batch in full_rx {
                queued.fetch_sub(1, Relaxed);
                match &mut batch {
                    Batch::Parsed(raw) => interner.resolve_batch(raw, edges),
                    Batch::Resolved(done) => edges.append(done),
                }
                // The parser may have finished and gone: then nobody needs the batch back.
                let _ = empty_tx.try_send(batch);
            }
        });
        let mut spare_raw = Vec::new();
        let mut spare_done = Vec::new();
        let mut send = |batch: &mut Vec<RawEdge<'de>>| {
            // Keep a few emptied batches for reuse; the backlog's others are freed.
            while let Ok(empty) = empty_rx.try_recv() {
                match empty {
                    Batch::Parsed(raw) if spare_raw.len() < AHEAD * 2 => spare_raw.push(raw),
                    Batch::Resolved(done) if spare_done.len() < AHEAD * 2 => spare_done.push(done),
                    _ => {}
                }
            }
            let next = spare_raw.pop().unwrap_or_else(|| Vec::with_capacity(BATCH));
            let mut raw = std::mem::replace(batch, next);
            let indexed = interner.index.get().is_some();
            queued.fetch_add(1, Relaxed);
            // A failed send means the worker died; its panic is raised by join below.
            if indexed && queued.load(Relaxed) > AHEAD {
                let mut done = spare_done
                    .pop()
                    .unwrap_or_else(|| Vec::with_capacity(BATCH));
                interner.resolve_batch(&mut raw, &mut done);
                spare_raw.push(raw);
                let _ = full_tx.send(Batch::Resolved(done));
            } else {
                let _ = full_tx.send(Batch::Parsed(raw));
            }
        };
        let mut sink = Sink {
            batch: Vec::with_capacity(BATCH),
            send: &mut send,
        };
        let outcome = parse(&mut sink);
        let last = std::mem::take(&mut sink.batch);
        queued.fetch_add(1, Relaxed);
        let _ = full_tx.send(Batch::Parsed(last));
        drop(full_tx);
        worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        outcome
    })
}

/// Where the parser puts edges for [`resolve_alongside`]: straight into a
/// batch, which goes to the other thread when full. A concrete type rather
/// than a closure, so that pushing an edge (176 bytes) is inlined into the
/// parser instead of copied through a dynamic call.
struct Sink<'s, 'de> {
    batch: Vec<RawEdge<'de>>,
    send: &'s mut dyn FnMut(&mut Vec<RawEdge<'de>>),
}

impl<'de> Sink<'_, 'de> {
    #[inline]
    fn push(&mut self, raw: RawEdge<'de>) {
        self.batch.push(raw);
        if self.batch.len() == BATCH {
            (self.send)(&mut self.batch);
        }
    }
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let parsed = deserializer.deserialize_map(DocumentVisitor {
            bytes: 0,
            threads: Threads::One,
        })?;
        Ok(parsed.into_document())
    }
}

struct DocumentVisitor {
    /// The length of the text, when known, to reserve lists by.
    bytes: usize,
    threads: Threads,
}

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = Parsed;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a negograph graph: an object with \"negograph\": 1, \"title\", \"nodes\" and \"edges\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
        let mut version = None;
        let mut title = None;
        let mut sources = None;
        let mut nodes = None;
        let mut edges = None;
        let mut extra: Vec<(String, serde_json::Value)> = Vec::new();
        let mut interner = Interner::new(self.bytes, self.threads);

        fn once<T, E: de::Error>(
            slot: &mut Option<T>,
            value: T,
            key: &'static str,
        ) -> Result<(), E> {
            if slot.replace(value).is_some() {
                return Err(E::duplicate_field(key));
            }
            Ok(())
        }

        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "negograph" => {
                    let v: u64 = map.next_value()?;
                    if v != FORMAT_VERSION {
                        return Err(de::Error::custom(format!(
                            "this file is format version {v}; this negograph reads version {FORMAT_VERSION}"
                        )));
                    }
                    once(&mut version, v, "negograph")?;
                }
                "title" => once(&mut title, map.next_value()?, "title")?,
                "sources" => {
                    let list: Vec<Source> = map.next_value()?;
                    interner.list_sources(&list);
                    once(&mut sources, list, "sources")?;
                }
                "nodes" => {
                    if nodes.replace(()).is_some() {
                        return Err(de::Error::duplicate_field("nodes"));
                    }
                    let list = map.next_value_seed(ListSeed::<Node>::new(
                        "a list of nodes",
                        self.bytes / SMALLEST_NODE_BYTES,
                    ))?;
                    interner.set_nodes(list);
                }
                "edges" => {
                    let list = map.next_value_seed(EdgesSeed(&mut interner))?;
                    once(&mut edges, list, "edges")?;
                }
                _ => {
                    let value = map.next_value()?;
                    if extra.iter().any(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format!("duplicate field `{key}`")));
                    }
                    extra.push((key, value));
                }
            }
        }
        let negograph = version.ok_or_else(|| de::Error::missing_field("negograph"))?;
        let title = title.ok_or_else(|| de::Error::missing_field("title"))?;
        Ok(interner.finish(|nodes| Document {
            negograph,
            title,
            sources: sources.unwrap_or_default(),
            nodes,
            edges: edges.unwrap_or_default(),
            extra,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::End;

    /// Big enough that edges are parsed and resolved on two threads.
    fn big() -> (Document, String) {
        let doc = crate::synth::generate(30_000, 3);
        let text = serde_json::to_string(&doc).unwrap();
        assert!(text.len() / SMALLEST_EDGE_BYTES >= PIPELINE_FROM_EDGES);
        (doc, text)
    }

    #[test]
    fn ends_read_before_their_nodes_are_positions_once_read() {
        let text = r#"{"negograph": 1, "title": "edges first",
            "edges": [{"from": "p", "relation": "demands", "to": "d", "by": "p"},
                      {"from": "p", "relation": "demands", "to": "nowhere"}],
            "nodes": [{"id": "p", "kind": "party", "label": "P"},
                      {"id": "d", "kind": "demand", "label": "D"}]}"#;
        let direct = parse_document("t", text).unwrap();
        for threads in [Threads::One, Threads::Several] {
            let doc = parse_document_by_serde("t", text, threads).unwrap();
            assert_eq!(doc, direct, "{threads:?}");
        }
        let e = &direct.edges;
        assert_eq!(
            (e[0].from(), e[0].to(), e[0].by()),
            (End::Node(0), End::Node(1), Some(End::Node(0)))
        );
        assert!(!e[0].has_named_end());
        // A name that names no node stays, for validation to report.
        assert_eq!(
            (e[1].from(), e[1].to()),
            (End::Node(0), End::Name("nowhere"))
        );
    }

    #[test]
    fn two_threads_read_what_one_reads() {
        let (doc, text) = big();
        assert_eq!(parse_document("big", &text).unwrap(), doc);
        // Ends that name no node, and sources cited but not listed, stay as written.
        let odd = text
            .replacen("\"to\":\"d", "\"to\":\"nowhere-d", 700)
            .replacen("\"source\":\"synthetic\"", "\"source\":\"elsewhere\"", 900);
        let parsed = parse_document("big", &odd).unwrap();
        assert!(parse_document_with("big", &odd, Threads::One).unwrap() == parsed);
        // The serde path, which reads what the direct reader leaves, agrees on both counts.
        for threads in [Threads::One, Threads::Several] {
            assert!(parse_document_by_serde("big", &odd, threads).unwrap() == parsed);
        }
        let names = parsed
            .edges
            .iter()
            .filter(|e| matches!(e.to(), End::Name(n) if n.starts_with("nowhere-d")))
            .count();
        let elsewhere = parsed
            .edges
            .iter()
            .filter(|e| e.source().map(|s| &**s) == Some("elsewhere"))
            .count();
        assert_eq!((names, elsewhere), (700, 900));
        // Written back, they read as they were.
        assert!(serde_json::to_string(&parsed).unwrap() == odd);
    }

    #[test]
    fn validation_with_the_loaders_index_is_validation_without_it() {
        use crate::Graph;
        let (doc, text) = big();
        let input = Input::from_bytes("big".into(), text.into_bytes()).unwrap();
        let reused = Graph::from_parsed("big", input.parse_indexed().unwrap()).unwrap();
        let rebuilt = Graph::from_document("big", doc.clone()).unwrap();
        assert_eq!(reused.warnings(), rebuilt.warnings());
        for node in &doc.nodes {
            assert_eq!(reused.find(&node.id), rebuilt.find(&node.id));
        }
        // A repeated id is an error either way, reported alike.
        let text = serde_json::to_string(&doc).unwrap();
        let repeated = text.replacen("\"id\":\"p1\"", "\"id\":\"p0\"", 1);
        assert_ne!(repeated, text);
        let input = Input::from_bytes("big".into(), repeated.into_bytes()).unwrap();
        let reused = Graph::from_parsed("big", input.parse_indexed().unwrap()).unwrap_err();
        let rebuilt = Graph::from_document("big", input.parse().unwrap()).unwrap_err();
        assert_eq!(format!("{reused:?}"), format!("{rebuilt:?}"));
        assert!(format!("{reused:?}").contains("duplicate-id"), "{reused:?}");
    }

    #[test]
    fn edges_citing_a_listed_source_share_it() {
        for listed in [3, FEW_SOURCES + 4] {
            let sources: Vec<String> = (0..listed)
                .map(|i| format!(r#"{{"id":"s{i}","title":"S"}}"#))
                .collect();
            let cite =
                |s: &str| format!(r#"{{"from":"a","relation":"blocks","to":"a","source":"{s}"}}"#);
            let last = format!("s{}", listed - 1);
            let edges = [cite(&last), cite("s0"), cite(&last), cite("nowhere")].join(",");
            let text = format!(
                r#"{{"negograph":1,"title":"t","sources":[{}],"nodes":[{{"id":"a","kind":"party","label":"A"}}],"edges":[{edges}]}}"#,
                sources.join(",")
            );
            for doc in [
                parse_document("t", &text).unwrap(),
                parse_document_by_serde("t", &text, Threads::One).unwrap(),
            ] {
                let cited: Vec<&str> = doc.edges.iter().map(|e| &**e.source().unwrap()).collect();
                assert_eq!(cited, [last.as_str(), "s0", last.as_str(), "nowhere"]);
                let (first, third) = (doc.edges[0].source(), doc.edges[2].source());
                assert!(
                    Arc::ptr_eq(first.unwrap(), third.unwrap()),
                    "{listed} sources"
                );
            }
        }
    }

    #[test]
    fn a_big_file_read_in_halves_is_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.json");
        // Past the threshold, with multi-byte characters all through, so that
        // the halves part inside one of them.
        let text = "\"ü€🙂\",".repeat((READ_IN_HALVES_FROM as usize) / 12 + 7);
        std::fs::write(&path, &text).unwrap();
        let file = std::fs::File::open(&path).unwrap();
        let meta = file.metadata().unwrap();
        let halves = read_in_halves(&file, &meta).unwrap();
        if cfg!(unix) {
            assert!(halves.unwrap() == text.as_bytes());
        }
        // A file that grew or shrank after its size was taken is declined.
        std::fs::write(&path, format!("{text} ")).unwrap();
        assert!(read_in_halves(&file, &meta).unwrap().is_none());
        std::fs::write(&path, &text[..text.len() - 1]).unwrap();
        assert!(read_in_halves(&file, &meta).unwrap().is_none());
        std::fs::write(&path, &text).unwrap();
        let input = Input::read(&path, DEFAULT_MAX_FILE_SIZE).unwrap();
        assert!(*input.text == text);
        match Input::read(&path, text.len() as u64 - 1) {
            Err(Error::TooLarge { size, .. }) => assert_eq!(size, text.len() as u64),
            other => panic!("expected TooLarge, got {other:?}"),
        }
    }

    #[test]
    fn a_file_read_in_windows_is_the_file_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.json");
        let doc = crate::synth::generate(3_000, 4);
        let text = serde_json::to_string(&doc).unwrap();
        std::fs::write(&path, &text).unwrap();
        let max = DEFAULT_MAX_FILE_SIZE;
        let whole = Input::read(&path, max).unwrap().parse().unwrap();
        for window in [1, 100, 4_096, 1 << 20] {
            // Streamed itself, not handed to the whole-text reader.
            let Ok(Streamed::Read(streamed)) = read_streamed(&path, max, 0, window) else {
                panic!("window {window}: not read through windows");
            };
            assert!(streamed.document() == &whole, "window {window}");
            let read = read_parsed_with(&path, max, 0, window).unwrap();
            assert!(read.into_document() == whole);
        }
        // Below the size it starts from, the file is read whole, the same.
        let small = text.len() as u64 + 1;
        assert!(matches!(
            read_streamed(&path, max, small, 64),
            Ok(Streamed::Declined)
        ));
        assert!(
            read_parsed_with(&path, max, small, 64)
                .unwrap()
                .into_document()
                == whole
        );

        // Every failure is the whole-text reader's, with the text to point
        // into: the windows see the list break, and serde alone is asked
        // for the message.
        let fails_as_read_whole = |contents: &str| {
            std::fs::write(&path, contents).unwrap();
            let expected = Input::read(&path, max)
                .unwrap()
                .parse()
                .unwrap_err()
                .to_string();
            assert!(matches!(
                read_streamed(&path, max, 0, 64),
                Ok(Streamed::Broken)
            ));
            let unread = read_parsed_with(&path, max, 0, 64).unwrap_err();
            assert_eq!(unread.error.to_string(), expected);
            assert!(unread.input.is_some_and(|input| *input.text == contents));
        };
        // The list ran out.
        fails_as_read_whole(&text[..text.len() - 40]);
        // A broken item far from the end.
        let bad = text.replacen("\"relation\":\"blocks\"", "\"relation\":7", 1);
        assert_ne!(bad, text);
        fails_as_read_whole(&bad);
        std::fs::write(&path, &text).unwrap();
        let too_large = read_parsed_with(&path, text.len() as u64 - 1, 0, 64).unwrap_err();
        match (*too_large.error, too_large.input) {
            (Error::TooLarge { size, .. }, None) => assert_eq!(size, text.len() as u64),
            other => panic!("expected TooLarge, got {other:?}"),
        }
        for unreadable in [dir.path().join("missing.json"), dir.path().to_owned()] {
            let unread = read_parsed_with(&unreadable, max, 0, 64).unwrap_err();
            assert!(matches!(
                (*unread.error, unread.input),
                (Error::Read { .. }, None)
            ));
        }
    }

    #[test]
    fn an_error_deep_in_a_big_edge_list_is_reported_where_it_is() {
        let (_, text) = big();
        let at = text.len() * 3 / 4;
        let cut = at + text[at..].find("\"relation\":").unwrap();
        let broken = format!("{}\"relation\":7,{}", &text[..cut], &text[cut + 11..]);
        match parse_document("big", &broken) {
            Err(Error::Parse {
                line, column, path, ..
            }) => {
                assert_eq!(line, 1);
                assert!(column > at, "{column}");
                assert!(path.unwrap().contains(".relation"));
            }
            other => panic!("expected a parse error, got {other:?}"),
        }
    }
}
