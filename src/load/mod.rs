//! Format version 1 in and out: reading a file within limits, parsing it straight
//! into the model (no intermediate `serde_json::Value`), writing it back in the one
//! canonical form, and the JSON Schema.
//!
//! Parsing tries `direct`, a reader for the plain shape nearly every file has,
//! and falls back to serde, which reads everything else and words every error.
//! Either way edge ends are resolved to node positions as they are read.

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use serde::Deserializer;

use crate::error::{Error, Result};
use crate::ids::IdIndex;
use crate::model::Document;

#[cfg(feature = "fast-reader")]
mod direct;
#[cfg(not(feature = "fast-reader"))]
#[path = "no_direct.rs"]
mod direct;
mod input;
mod interner;
mod pipeline;
mod serde_reader;
mod write;

pub use input::Input;
pub(crate) use input::{Limited, read_to_limit};
use serde_reader::DocumentVisitor;
pub use write::{json_schema, to_canonical_json};

use direct::Streamed;

/// How many times, since the process started, the direct reader left a
/// node, an edge or a whole document to serde: correct, but slower. Plain
/// files (no escapes, no `null`s where text goes, only the format's fields)
/// make none, which tests check, so that a change to either reader that
/// makes the fast path give up does not go unnoticed. Without the
/// `fast-reader` feature every document counts.
static SERDE_FALLBACKS: AtomicUsize = AtomicUsize::new(0);

/// The count of [`SERDE_FALLBACKS`]. For tests.
#[doc(hidden)]
pub fn serde_fallbacks() -> usize {
    SERDE_FALLBACKS.load(Relaxed)
}

/// Counts one more item or document left to serde.
fn fell_back_to_serde() {
    SERDE_FALLBACKS.fetch_add(1, Relaxed);
}

/// The file size negograph reads unless told otherwise: room for a few million edges.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 512 * 1024 * 1024;

/// The graph every command uses when no file is given.
pub const BUILTIN_GRAPH: &str = include_str!("../../graph/istanbul-2025.json");
/// How messages name the built-in graph.
pub const BUILTIN_NAME: &str = "istanbul-2025.json (built in)";

/// A graph file that could not be read or parsed: why, and its text when it
/// was read, for the message to point into.
#[derive(Debug)]
pub struct Unread {
    /// Why it could not be read or parsed.
    pub error: Box<Error>,
    /// The text, when it was read (a parse error points into it).
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
///
/// # Errors
///
/// [`Unread`]: the error, with the text when it was read, so that a caller
/// can still point into it.
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
        fell_back_to_serde();
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
    // A byte order mark is skipped here as the whole-text reader drops it.
    let mut head = [0u8; 3];
    let mut got = 0;
    while got < head.len() {
        match limited.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let head = if head[..got] == *input::BOM {
        &[][..]
    } else {
        &head[..got]
    };
    direct::parse_stream(&mut head.chain(limited), size, Threads::BySize, window)
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
    /// The document read.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The document read, without the id index.
    pub fn into_document(self) -> Document {
        self.doc
    }

    pub(crate) fn into_parts(self) -> (Document, IdIndex, Vec<usize>) {
        (self.doc, self.ids, self.repeated)
    }
}

/// Parses format version 1. Syntax errors carry line and column; type errors add
/// the JSON path of the offending value.
///
/// # Errors
///
/// [`Error::Parse`] when the text is not a document of the format.
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
        None => {
            fell_back_to_serde();
            parse_by_serde(origin, text, threads)
        }
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
    parsed.map_err(|fast| locate_parse_error(origin, text, &fast))
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
fn locate_parse_error(origin: &str, text: &str, fast: &serde_json::Error) -> Error {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed: std::result::Result<Document, _> = serde_path_to_error::deserialize(&mut de);
    match parsed {
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            // A path only helps when the JSON was well-formed but a value was not.
            let path = (!inner.is_syntax() && !inner.is_eof()).then_some(path);
            parse_error(origin, text, &inner, path)
        }
        Ok(_) => match de.end() {
            Err(e) => parse_error(origin, text, &e, None),
            Ok(()) => parse_error(origin, text, fast, None),
        },
    }
}

fn parse_error(origin: &str, text: &str, err: &serde_json::Error, path: Option<String>) -> Error {
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
#[cfg(test)]
mod tests;
