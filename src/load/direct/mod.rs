//! A direct reader for the shape graph files nearly always have, tried before
//! serde.
//!
//! negograph writes, and scripts emit, one shape: the five known top-level
//! fields, nodes and edges as flat objects of plain strings. This reader walks
//! that shape's bytes itself, and splits the node list between two threads.
//! Which fields a node or an edge may have, and what each holds, it learns
//! from the same struct serde reads (`model::fields`); the rare nested values
//! (citations, status history) it hands to `serde_json` one value at a time.
//!
//! Reading the 1M-edge test file (edge ends resolved as they are read) took
//! 442-509 ms on one thread against serde's 602-629, and 215-269 ms with a
//! second thread against 339-341. sonic-rs, tried in `serde_json`'s place
//! under the serde path (2026-12-02, best of 6 on the loaded 2-core machine),
//! was slower than `serde_json`, not faster: 418 ms against 369 on the sourced
//! 1M-edge file and 344 against 319 on the warning-heavy one, where this
//! reader took 274 and 235. It decides nothing on its own:
//! - an item it does not follow (an escape, a `null` where it wants a string,
//!   an unknown or repeated field) is read by `serde_json` on its own, and so is
//!   the value of a top-level field another tool wrote, which is kept;
//! - a document it does not follow (a repeated top-level field, another
//!   version, any error at all) makes it give up, and the serde path reads the
//!   file from the start and gives the message.
//!
//! So it can be faster but never different, which the `load` fuzz target checks
//! on every input it makes, and unit tests check on the cases in `tests`.
//!
//! Here: the whole-text reader and the top-level fields; `stream`: the
//! windowed reader; `reader`: the byte-level reader of tokens, lists, nodes
//! and edges that both use.

mod reader;
mod stream;
#[cfg(test)]
mod tests;

use super::interner::Interner;
use super::{Parsed, Threads};
use crate::model::{Document, FormatVersion, RawJson, Source};
use reader::Reader;
pub(crate) use stream::{Streamed, parse_stream};

/// The document, or `None` when this reader does not follow the text.
pub(super) fn parse_document(text: &str, threads: Threads) -> Option<Parsed> {
    let mut r = Reader { text, at: 0 };
    let mut top = Top::new(text.len(), threads);
    r.ws();
    r.byte(b'{')?;
    r.ws();
    top.fields(&mut r, false)?;
    r.ws();
    (r.at == text.len()).then_some(())?;
    top.finish()
}

/// The top-level fields read so far.
struct Top {
    interner: Interner,
    version: Option<FormatVersion>,
    title: Option<String>,
    sources: Option<Vec<Source>>,
    nodes: bool,
    edges: Option<Vec<crate::model::Edge>>,
    /// Fields this version does not know, in file order.
    extra: Vec<(String, RawJson)>,
}

/// Where [`Top::fields`] stopped.
enum TopEnd {
    /// After the document's closing brace.
    Closed,
    /// At the value of "edges", which the caller reads.
    AtEdges,
}

impl Top {
    fn new(bytes: usize, threads: Threads) -> Top {
        Top {
            interner: Interner::new(bytes, threads),
            version: None,
            title: None,
            sources: None,
            nodes: false,
            edges: None,
            extra: Vec::new(),
        }
    }

    /// Reads top-level fields from a key on, through the closing brace; with
    /// `stop_at_edges`, only up to the value of "edges".
    fn fields(&mut self, r: &mut Reader<'_>, stop_at_edges: bool) -> Option<TopEnd> {
        let threads = self.interner.threads;
        loop {
            let key = r.plain()?;
            r.ws();
            r.byte(b':')?;
            r.ws();
            match key {
                "negograph" if self.version.is_none() => self.version = Some(r.version()?),
                "title" if self.title.is_none() => self.title = Some(r.serde::<String>()?),
                "sources" if self.sources.is_none() => {
                    let list: Vec<Source> = r.serde()?;
                    self.interner.list_sources(&list);
                    self.sources = Some(list);
                }
                "nodes" if !self.nodes => {
                    self.nodes = true;
                    self.interner.set_nodes(r.nodes(threads)?);
                }
                "edges" if self.edges.is_none() && stop_at_edges => return Some(TopEnd::AtEdges),
                "edges" if self.edges.is_none() => {
                    self.edges = Some(r.edges(&mut self.interner)?);
                }
                // A known field again: serde's error to word.
                "negograph" | "title" | "sources" | "nodes" | "edges" => return None,
                // Another tool's field, kept as the serde path keeps it.
                _ => {
                    let value: RawJson = r.serde()?;
                    if self.extra.iter().any(|(k, _)| k == key) {
                        return None;
                    }
                    self.extra.push((key.to_owned(), value));
                }
            }
            if !r.more(b'}')? {
                return Some(TopEnd::Closed);
            }
        }
    }

    fn finish(self) -> Option<Parsed> {
        let Top {
            interner,
            version,
            title,
            sources,
            edges,
            extra,
            ..
        } = self;
        let negograph = version?;
        let title = title?;
        Some(interner.finish(|nodes| Document {
            negograph,
            title,
            sources: sources.unwrap_or_default(),
            nodes,
            edges: edges.unwrap_or_default(),
            extra,
        }))
    }
}
