//! A direct reader for the shape graph files nearly always have, tried before
//! serde.
//!
//! negograph writes, and scripts emit, one shape: the five known top-level
//! fields, nodes and edges as flat objects of plain strings. This reader walks
//! that shape's bytes itself, knowing which fields may come and what each
//! holds, and splits the node list between two threads. Reading the 1M-edge
//! test file (edge ends resolved as they are read) took 442-509 ms on one
//! thread against serde's 602-629, and 215-269 ms with a second thread against
//! 339-341. It decides nothing on its own:
//! - an item it does not follow (an escape, a `null` where it wants a string,
//!   an unknown or repeated field) is read by serde_json on its own, and so is
//!   the value of a top-level field another tool wrote, which is kept;
//! - a document it does not follow (a repeated top-level field, another
//!   version, any error at all) makes it give up, and the serde path reads the
//!   file from the start and gives the message.
//!
//! So it can be faster but never different, which the `load` fuzz target checks
//! on every input it makes, and unit tests check on the cases below.

use std::borrow::Cow;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

use serde::Deserialize;

use super::{Interner, Parsed, RawEdge, SMALLEST_NODE_BYTES, Text, Threads, resolve_alongside};
use crate::model::{Document, FormatVersion, Lenient, Node, RawJson, Source};

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
    edges: Option<Vec<super::Edge>>,
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

/// What reading a document through windows came to.
pub(super) enum Streamed {
    Read(Parsed),
    /// A document this reader does not follow; the whole-text readers may.
    Declined,
    /// An edge list that does not read to its end. The whole-text direct
    /// reader would stop at the same item, so only serde, which words the
    /// message, is worth running.
    Broken,
}

/// Reads a document from `source`, `size` bytes long as far as is known,
/// without ever holding the whole text: the part before the edge list is
/// read whole, the edge list a window of about `window` bytes at a time, and
/// each window is parsed, its edges resolved and stored, before the next is
/// read into the same buffer. At a million edges this keeps ~100 MiB of text
/// out of the peak. On any error, or a document it does not follow, the
/// caller reads the file whole.
///
/// Cutting the text anywhere is safe because items are read from a true
/// item start: an item cut off needs bytes past the window, so it fails
/// rather than reading as something else, and is read again, whole, from the
/// next window. A window in which not even one item ends is doubled.
pub(super) fn parse_stream(
    source: &mut impl Read,
    size: usize,
    threads: Threads,
    window: usize,
) -> std::io::Result<Streamed> {
    let window = window.max(1);
    let mut top = Top::new(size, threads);
    let mut buf = Vec::new();
    let mut eof = false;
    // The head: everything up to the edge list, found by its key. A label
    // cannot hold the key's bytes (its quotes would be escaped), so the first
    // `"edges"` is the key unless the file is unusual, and then the reader
    // fails and the caller reads the file whole.
    let mut searched = 0;
    let key = loop {
        let found = memchr::memmem::find(&buf[searched..], b"\"edges\"").map(|at| searched + at);
        match found {
            // Enough after the key to read past its colon and bracket.
            Some(at) if eof || buf.len() >= at + 64 => break Some(at),
            Some(_) => {}
            None if eof => break None,
            None => searched = buf.len().saturating_sub(6),
        }
        let want = window.max(buf.len());
        eof = fill(source, &mut buf, want)?;
    };
    let Some(text) = utf8_prefix(&buf, eof) else {
        return Ok(Streamed::Declined);
    };
    let mut r = Reader { text, at: 0 };
    r.ws();
    let Some(()) = r.byte(b'{') else {
        return Ok(Streamed::Declined);
    };
    r.ws();
    let stopped = top.fields(&mut r, key.is_some());
    let mut tail = match stopped {
        None => return Ok(Streamed::Declined),
        Some(TopEnd::Closed) => {
            r.ws();
            let parsed = (r.at == buf.len() && eof).then(|| top.finish()).flatten();
            return Ok(parsed.map_or(Streamed::Declined, Streamed::Read));
        }
        Some(TopEnd::AtEdges) => {
            // Ends are resolved as they are read, which needs the nodes first.
            let Some(()) = r.byte(b'[').filter(|()| top.nodes) else {
                return Ok(Streamed::Declined);
            };
            r.ws();
            buf.drain(..r.at);
            // The head (the node list) may have grown the buffer well past a window.
            buf.shrink_to(buf.len() + window);
            let mut edges = Vec::with_capacity(top.interner.edges_at_most);
            let closed = if buf.first() == Some(&b']') {
                buf.drain(..1);
                true
            } else {
                stream_items(
                    &top.interner,
                    source,
                    &mut buf,
                    &mut eof,
                    window,
                    size,
                    &mut edges,
                )?
            };
            if !closed {
                return Ok(Streamed::Broken);
            }
            edges.shrink_to_fit();
            top.edges = Some(edges);
            buf
        }
    };
    // What follows the list: usually just the closing brace.
    while !eof {
        eof = fill(source, &mut tail, window)?;
    }
    let Ok(text) = std::str::from_utf8(&tail) else {
        return Ok(Streamed::Declined);
    };
    let mut r = Reader { text, at: 0 };
    let parsed = (|| {
        if r.more(b'}')? {
            top.fields(&mut r, false)?;
        }
        r.ws();
        (r.at == text.len()).then_some(())?;
        top.finish()
    })();
    Ok(parsed.map_or(Streamed::Declined, Streamed::Read))
}

/// Reads the edge list's items, from the start of the first, a window at a
/// time into `buf`, through the closing bracket. False when the list does
/// not read to its end.
fn stream_items(
    interner: &Interner,
    source: &mut impl Read,
    buf: &mut Vec<u8>,
    eof: &mut bool,
    window: usize,
    size: usize,
    edges: &mut Vec<super::Edge>,
) -> std::io::Result<bool> {
    let mut want = window;
    loop {
        if !*eof {
            *eof = fill(source, buf, want)?;
        }
        let Some(text) = utf8_prefix(buf, *eof) else {
            return Ok(false);
        };
        let mut r = Reader { text, at: 0 };
        // Read to the end of the list, or to the first item the window cuts off.
        let ended = if interner.pipelined() {
            resolve_alongside(interner, edges, |sink| {
                r.items(Reader::edge, |raw| sink.push(raw), usize::MAX, || false)
            })
        } else {
            r.items(
                Reader::edge,
                |raw| edges.push(interner.edge(raw)),
                usize::MAX,
                || false,
            )
        };
        let (next, closed) = (r.at, ended.is_some());
        buf.drain(..next);
        if closed {
            return Ok(true);
        }
        if next == 0 {
            if *eof {
                return Ok(false);
            }
            // Not one whole item in the window: it was too small (or the
            // list is broken, which the end of the file will show).
            want = want.saturating_mul(2).min(size.max(window));
        } else {
            want = window;
        }
    }
}

/// Appends up to `want` bytes from `source` to `buf`; true at the end of it.
fn fill(source: &mut impl Read, buf: &mut Vec<u8>, want: usize) -> std::io::Result<bool> {
    buf.reserve(want);
    let got = source.by_ref().take(want as u64).read_to_end(buf)?;
    Ok(got < want)
}

/// The text of `bytes` up to a character cut off at the end (which the next
/// window completes); `None` when the bytes are not UTF-8.
fn utf8_prefix(bytes: &[u8], eof: bool) -> Option<&str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) if e.error_len().is_none() && !eof => {
            std::str::from_utf8(&bytes[..e.valid_up_to()]).ok()
        }
        Err(_) => None,
    }
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

/// How a run of list items ended.
enum Ended {
    /// At the list's closing bracket, which has been read.
    Closed,
    /// Where the next item would start at the point asked for.
    AtStop,
}

/// Below this many bytes of nodes a second thread costs more than it saves.
const SPLIT_NODES_FROM_BYTES: usize = 1 << 20;

/// Fills an empty slot; a second value for a field is serde's error to report.
fn once<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    slot.is_none().then(|| *slot = Some(value))
}

fn borrowed(text: &str) -> Text<'_> {
    Text(Cow::Borrowed(text))
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Skips JSON whitespace, which is exactly these four bytes.
    fn ws(&mut self) {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn byte(&mut self, want: u8) -> Option<()> {
        (self.peek()? == want).then(|| self.at += 1)
    }

    /// A string without escapes or control characters, borrowed from the text.
    fn plain(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        if bytes.get(self.at) != Some(&b'"') {
            return None;
        }
        let start = self.at + 1;
        let len = bytes[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        let end = start + len;
        if bytes[end] != b'"' {
            return None;
        }
        self.at = end + 1;
        // A quote is one byte in UTF-8, so both ends are character boundaries.
        self.text.get(start..end)
    }

    /// `null` for an optional field, or a plain string.
    fn optional(&mut self) -> Option<Option<&'a str>> {
        if self.text.as_bytes()[self.at..].starts_with(b"null") {
            self.at += 4;
            return Some(None);
        }
        self.plain().map(Some)
    }

    /// The format version, when it is exactly `1` or `1.1`: anything else (`1.0`, `12`,
    /// `2`) is serde's to read or refuse.
    fn version(&mut self) -> Option<FormatVersion> {
        self.byte(b'1')?;
        let version = if self.text.as_bytes()[self.at..].starts_with(b".1") {
            self.at += 2;
            FormatVersion::V1_1
        } else {
            FormatVersion::V1
        };
        match self.peek() {
            Some(b'0'..=b'9' | b'.' | b'e' | b'E') => None,
            _ => Some(version),
        }
    }

    /// A value read by serde_json, for the parts this reader leaves to it.
    fn serde<T: Deserialize<'a>>(&mut self) -> Option<T> {
        let mut stream =
            serde_json::Deserializer::from_str(self.text.get(self.at..)?).into_iter::<T>();
        let value = stream.next()?.ok()?;
        self.at += stream.byte_offset();
        Some(value)
    }

    /// Reads a list, each item by `direct` or, when that does not follow it, by
    /// serde_json from the item's first byte.
    fn list<T: Deserialize<'a>>(
        &mut self,
        direct: impl Fn(&mut Reader<'a>) -> Option<T>,
        each: impl FnMut(T),
    ) -> Option<()> {
        self.byte(b'[')?;
        self.ws();
        if self.peek()? == b']' {
            self.at += 1;
            return Some(());
        }
        self.items(direct, each, usize::MAX, || false).map(|_| ())
    }

    /// Reads a list's items from the start of one through the closing
    /// bracket, or until an item would start at `stop` (then says so) or
    /// `abandoned` says to give up. An item is handed to `each` once the comma
    /// or bracket after it has been read too; when one does not read (cut off
    /// at the end of a window, or broken), the reader is left at its start.
    fn items<T: Deserialize<'a>>(
        &mut self,
        direct: impl Fn(&mut Reader<'a>) -> Option<T>,
        mut each: impl FnMut(T),
        stop: usize,
        abandoned: impl Fn() -> bool,
    ) -> Option<Ended> {
        loop {
            let start = self.at;
            if start == stop {
                return Some(Ended::AtStop);
            }
            if abandoned() {
                return None;
            }
            let item = match direct(self) {
                Some(item) => item,
                None => {
                    self.at = start;
                    let Some(item) = self.serde::<T>() else {
                        self.at = start;
                        return None;
                    };
                    item
                }
            };
            let Some(more) = self.more(b']') else {
                self.at = start;
                return None;
            };
            each(item);
            if !more {
                return Some(Ended::Closed);
            }
        }
    }

    /// The node list. A long one is read by two threads: this one from the
    /// start, a second from an item boundary guessed near the middle. When
    /// this thread reaches an item that starts exactly where the second began,
    /// both were reading the same list from the same state, so the second's
    /// items are what this one would read; if it passes that point instead
    /// (the guess was inside a string), the second's work is thrown away.
    fn nodes(&mut self, threads: Threads) -> Option<Vec<Node>> {
        let mut list = Vec::with_capacity(self.text.len() / SMALLEST_NODE_BYTES);
        let Some(split) = self.node_split(threads) else {
            self.list(Reader::node, |node| list.push(node))?;
            list.shrink_to_fit();
            return Some(list);
        };
        self.byte(b'[')?;
        self.ws();
        let text = self.text;
        let abandon = AtomicBool::new(false);
        let gone = || abandon.load(Relaxed);
        let ended = std::thread::scope(|scope| {
            let second = scope.spawn(|| {
                let mut r = Reader { text, at: split };
                let mut tail = Vec::new();
                match r.items(Reader::node, |node| tail.push(node), usize::MAX, gone)? {
                    Ended::Closed => Some((tail, r.at)),
                    Ended::AtStop => None,
                }
            });
            let ended = self.items(Reader::node, |node| list.push(node), split, || false);
            abandon.store(ended.is_none() || self.at != split, Relaxed);
            let second = second
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            match (ended?, second) {
                (Ended::AtStop, Some((tail, end))) => {
                    list.extend(tail);
                    self.at = end;
                    Some(Ended::Closed)
                }
                (ended, _) => Some(ended),
            }
        })?;
        if let Ended::AtStop = ended {
            // The second thread failed where this one must now go on alone.
            self.items(Reader::node, |node| list.push(node), usize::MAX, || false)?;
        }
        list.shrink_to_fit();
        Some(list)
    }

    /// Where a second thread could start reading the node list (which starts
    /// here): the first item after the middle of the list's likely extent, or
    /// `None` when the list is short or no boundary turns up nearby. Only a
    /// guess; [`Reader::nodes`] checks it.
    fn node_split(&self, threads: Threads) -> Option<usize> {
        let rest = self.text.get(self.at..)?;
        // The list most likely ends before the edges begin.
        let extent = rest.find("\"edges\"").unwrap_or(rest.len());
        if !threads.several(extent, SPLIT_NODES_FROM_BYTES) {
            return None;
        }
        let bytes = rest.as_bytes();
        let mut at = extent / 2;
        for _ in 0..64 {
            at += bytes.get(at..extent)?.iter().position(|&b| b == b'}')? + 1;
            let mut r = Reader { text: rest, at };
            r.ws();
            if r.byte(b',').is_some() {
                r.ws();
                if bytes.get(r.at) == Some(&b'{') {
                    return Some(self.at + r.at);
                }
            }
        }
        None
    }

    /// After an item: a comma says another follows, `close` that none does.
    fn more(&mut self, close: u8) -> Option<bool> {
        self.ws();
        let next = self.peek()?;
        self.at += 1;
        if next == b',' {
            self.ws();
            Some(true)
        } else {
            (next == close).then_some(false)
        }
    }

    fn edges(&mut self, interner: &mut Interner) -> Option<Vec<super::Edge>> {
        let mut edges = Vec::with_capacity(interner.edges_at_most);
        if interner.pipelined() {
            resolve_alongside(interner, &mut edges, |sink| {
                self.list(Reader::edge, |raw| sink.push(raw))
            })?;
        } else {
            self.list(Reader::edge, |raw| edges.push(interner.edge(raw)))?;
        }
        edges.shrink_to_fit();
        Some(edges)
    }

    /// One object's fields, each handed to `field` with the reader at its value.
    fn fields(&mut self, mut field: impl FnMut(&mut Self, &'a str) -> Option<()>) -> Option<()> {
        self.byte(b'{')?;
        self.ws();
        loop {
            let key = self.plain()?;
            self.ws();
            self.byte(b':')?;
            self.ws();
            field(self, key)?;
            if !self.more(b'}')? {
                return Some(());
            }
        }
    }

    fn edge(&mut self) -> Option<RawEdge<'a>> {
        let (mut from, mut relation, mut to, mut by, mut source) = (None, None, None, None, None);
        let (mut quote, mut since, mut until, mut note) = (None, None, None, None);
        self.fields(|r, key| match key {
            "from" => once(&mut from, borrowed(r.plain()?)),
            "relation" => once(&mut relation, Lenient::from_text(r.plain()?)),
            "to" => once(&mut to, borrowed(r.plain()?)),
            "by" => once(&mut by, r.optional()?.map(borrowed)),
            "source" => once(&mut source, r.optional()?.map(borrowed)),
            "quote" => once(&mut quote, r.optional()?.map(borrowed)),
            "since" => once(&mut since, r.optional()?.map(Lenient::from_text)),
            "until" => once(&mut until, r.optional()?.map(Lenient::from_text)),
            "note" => once(&mut note, r.optional()?.map(Box::from)),
            _ => None,
        })?;
        Some(RawEdge {
            from: from?,
            relation: relation?,
            to: to?,
            by: by.flatten(),
            source: source.flatten(),
            quote: quote.flatten(),
            since: since.flatten(),
            until: until.flatten(),
            note: note.flatten(),
            more: None,
        })
    }

    fn node(&mut self) -> Option<Node> {
        let (mut id, mut kind, mut label, mut aliases) = (None, None, None, None);
        let (mut status, mut since, mut until, mut note) = (None, None, None, None);
        self.fields(|r, key| match key {
            "id" => once(&mut id, r.plain()?.to_owned()),
            "kind" => once(&mut kind, Lenient::from_text(r.plain()?)),
            "label" => once(&mut label, r.plain()?.to_owned()),
            "aliases" => {
                let mut list = Vec::new();
                r.list(|r| r.plain().map(str::to_owned), |alias| list.push(alias))?;
                once(&mut aliases, list)
            }
            "status" => once(&mut status, r.optional()?.map(Lenient::from_text)),
            "since" => once(&mut since, r.optional()?.map(Lenient::from_text)),
            "until" => once(&mut until, r.optional()?.map(Lenient::from_text)),
            "note" => once(&mut note, r.optional()?.map(str::to_owned)),
            _ => None,
        })?;
        Some(Node {
            id: id?,
            kind: kind?,
            label: label?,
            aliases: aliases.unwrap_or_default(),
            status: status.flatten(),
            since: since.flatten(),
            until: until.flatten(),
            note: note.flatten(),
            more: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{BUILTIN_GRAPH, parse_document_by_serde, to_canonical_json};

    /// Reads `text` directly on one thread and on two, and by serde: the direct
    /// reader must give what serde gives, or give up. Returns what it gave.
    fn agree(text: &str) -> Option<Document> {
        let serde = parse_document_by_serde("t", text, Threads::One).ok();
        let direct = parse_document(text, Threads::One).map(Parsed::into_document);
        if let Some(doc) = &direct {
            assert_eq!(Some(doc), serde.as_ref(), "read differently: {text}");
        }
        assert!(
            parse_document(text, Threads::Several).map(Parsed::into_document) == direct,
            "two threads read differently: {text}"
        );
        for (window, threads) in [(1, Threads::One), (5, Threads::Several), (64, Threads::One)] {
            if let Some(streamed) = streamed(text, window, threads) {
                assert_eq!(
                    Some(&streamed),
                    serde.as_ref(),
                    "streamed differently: {text}"
                );
            }
        }
        direct
    }

    fn streamed(text: &str, window: usize, threads: Threads) -> Option<Document> {
        crate::load::parse_streamed(text.as_bytes(), window, threads)
    }

    /// `text` read through windows of several sizes, each time by the
    /// streaming reader itself (not handed back), and the same as serde's.
    fn streams(text: &str) -> Document {
        let serde = parse_document_by_serde("t", text, Threads::One).expect("valid");
        for window in [1, 2, 3, 7, 64, 1_000, 1 << 20] {
            for threads in [Threads::One, Threads::Several] {
                let doc = streamed(text, window, threads);
                assert!(doc.as_ref() == Some(&serde), "window {window}: {text:.200}");
            }
        }
        serde
    }

    const PLAIN: &str = r#"{"negograph":1,"title":"t","sources":[{"id":"s","title":"S"}],"nodes":[{"id":"a","kind":"party","label":"A"},{"id":"b","kind":"demand","label":"B","aliases":["bee","be"],"status":"met","since":"2025-05-01","until":"2025-05-09","note":"x"}],"edges":[{"from":"a","relation":"demands","to":"b","by":"a","source":"s","quote":"q","since":"2025-05-02","until":"2025-06-01","note":"n"},{"from":"a","relation":"supports","to":"b"}]}"#;

    /// `PLAIN` with its first `from` replaced by `to`.
    fn with(from: &str, to: &str) -> String {
        assert!(PLAIN.contains(from), "{from}");
        PLAIN.replacen(from, to, 1)
    }

    #[test]
    fn reads_the_plain_shape_itself() {
        let doc = agree(PLAIN).expect("the plain shape is read directly");
        assert_eq!((doc.nodes.len(), doc.edges.len()), (2, 2));
        assert!(agree(&to_canonical_json(&doc)).is_some());
        assert!(agree(BUILTIN_GRAPH).is_some());
        let big = serde_json::to_string(&crate::synth::generate(5_000, 9)).unwrap();
        assert!(agree(&big).is_some());
        // Unknown words and bad dates are values, kept for validation to report.
        assert!(agree(&with("\"demands\"", "\"demandz\"")).is_some());
        assert!(agree(&with("2025-05-02", "2025-02-30")).is_some());
        // Whitespace wherever JSON allows it.
        let spaced = PLAIN
            .replace(':', " \r\n:\t ")
            .replace(',', "\n , ")
            .replace('{', "{ ")
            .replace('}', " } ")
            .replace('[', "[\n")
            .replace(']', " ]");
        assert!(agree(&format!(" \n{spaced}\n")).is_some());
        // Empty lists, edges before nodes, sources after them.
        assert!(agree(r#"{"negograph":1,"title":"t","nodes":[],"edges":[]}"#).is_some());
        let late = r#"{"edges":[{"from":"a","relation":"blocks","to":"a","source":"s"}],"title":"t","nodes":[{"id":"a","kind":"party","label":"A"}],"negograph":1,"sources":[{"id":"s","title":"S"}]}"#;
        assert!(agree(late).is_some());
        // Fields another tool wrote, before and after the lists, are kept
        // in file order, as serde keeps them.
        let tools = with(
            "\"title\":\"t\"",
            "\"title\":\"t\",\"x-tool\":{\"k\":[1,2.5,null]}",
        )
        .replacen("}]}", "}],\"y-tool\":\"é\"}", 1);
        let doc = agree(&tools).expect("read directly");
        let keys: Vec<&str> = doc.extra.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["x-tool", "y-tool"]);
    }

    #[test]
    fn streams_the_plain_shape_through_any_window() {
        streams(PLAIN);
        let doc = streams(BUILTIN_GRAPH);
        streams(&to_canonical_json(&doc));
        let big = serde_json::to_string(&crate::synth::generate(2_000, 9)).unwrap();
        assert_eq!(streams(&big).edges.len(), 2_000);
        // Windows end inside characters of two, three and four bytes.
        let accented = big.replace("synthetic statement", "déclaration 中文 🙂");
        assert_ne!(accented, big);
        streams(&accented);
        // Edges cut anywhere, including inside a character of several bytes
        // and inside escapes, which serde reads.
        let odd = with(
            "\"quote\":\"q\"",
            r#""quote":"q \"é\" 中文 🙂 \u00e9 \n }, {""#,
        );
        let doc = streams(&odd);
        assert_eq!(doc.edges[0].quote(), Some("q \"é\" 中文 🙂 é \n }, {"));
        streams(r#"{"negograph":1,"title":"t","nodes":[],"edges":[]}"#);
        streams(r#"{"negograph":1,"title":"t","nodes":[] , "edges" : [ ] }"#);
        streams(r#"{"negograph":1,"nodes":[],"title":"no edges"}"#);
        // Another tool's field after the edge list is kept, not handed back.
        let after = PLAIN.replacen("}]}", "}], \"x-tool\": {\"k\": [1, \"二\"]} }", 1);
        assert_eq!(streams(&after).extra.len(), 1);
        // A label can spell the key only with its quotes escaped, which the
        // search for the key does not match.
        let label = with("\"label\":\"A\"", r#""label":"\"edges\":[{""#);
        streams(&label);
        // A nested key does match: the head is cut short inside another
        // tool's field, and the whole text is read instead, which keeps it.
        let nested = with(
            "\"title\":\"t\"",
            r#""title":"t","x-tool":{"edges":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]}"#,
        );
        assert_eq!(streamed(&nested, 64, Threads::One), None);
        let kept = parse_document_by_serde("t", &nested, Threads::One).unwrap();
        assert_eq!(kept.extra.len(), 1);
    }

    #[test]
    fn streaming_gives_up_where_it_must() {
        // Edges before nodes cannot be resolved as they stream by.
        let late = r#"{"negograph":1,"title":"t","edges":[{"from":"a","relation":"blocks","to":"a"}],"nodes":[{"id":"a","kind":"party","label":"A"}]}"#;
        assert!(agree(late).is_some());
        assert_eq!(streamed(late, 8, Threads::One), None);
        // Damage after the edge list, inside it, and at its very end.
        for text in [
            format!("{PLAIN}x"),
            format!("{PLAIN},"),
            PLAIN.replacen("}]}", "}]", 1),
            PLAIN.replacen("}]}", "},]}", 1),
            PLAIN.replacen("}]}", "}]},", 1),
            PLAIN.replacen("\"supports\"", "\"supports\"}", 1),
            PLAIN.replacen("}]}", "}],\"x-tool\":1,\"x-tool\":2}", 1),
            PLAIN.replacen("}]}", "}],\"edges\":[]}", 1),
        ] {
            for window in [1, 4, 64, 1 << 20] {
                assert_eq!(streamed(&text, window, Threads::One), None, "{text}");
            }
        }
        // Not UTF-8, in the head and in the edges.
        for at in [PLAIN.find("\"A\"").unwrap(), PLAIN.rfind("\"q\"").unwrap()] {
            let mut bytes = PLAIN.as_bytes().to_vec();
            bytes[at + 1] = 0xff;
            for window in [1, 64, 1 << 20] {
                let doc = crate::load::parse_streamed(&bytes, window, Threads::One);
                assert_eq!(doc, None);
            }
        }
    }

    #[test]
    fn leaves_items_it_does_not_follow_to_serde() {
        for (from, to) in [
            ("\"label\":\"B\"", r#""label":"B \"quoted\" \u00e9 \n""#),
            ("\"quote\":\"q\"", "\"quote\":null"),
            ("\"by\":\"a\"", "\"by\":null"),
            ("\"status\":\"met\"", "\"status\":null"),
            ("\"from\":\"a\"", r#""fr\u006fm":"a""#),
            ("\"to\":\"b\"", r#""to":"\u0062""#),
            (
                "\"aliases\":[\"bee\",\"be\"]",
                r#""aliases":["b\u0065e", "be"]"#,
            ),
            ("\"label\":\"A\"", "\"label\":\"Ä ü 中文 🙂\""),
        ] {
            let text = with(from, to);
            assert!(agree(&text).is_some(), "{text}");
        }
    }

    #[test]
    fn gives_up_where_serde_fails() {
        let cases = [
            // What serde refuses.
            with("\"negograph\":1", "\"negograph\":1.0"),
            with("\"negograph\":1", "\"negograph\":2"),
            with("\"negograph\":1", "\"negograph\":12"),
            with("\"negograph\":1", "\"negograph\":1e0"),
            with("\"negograph\":1,", ""),
            with("\"title\":\"t\"", "\"title\":\"t\",\"title\":\"u\""),
            with("\"title\":\"t\"", "\"title\":\"t\",\"negograph\":1"),
            with("\"from\":\"a\"", "\"from\":\"a\",\"from\":\"b\""),
            with("\"quote\":\"q\"", "\"quote\":\"q\",\"quote\":null"),
            with("\"from\":\"a\"", "\"from\":null"),
            with("\"from\":\"a\"", "\"from\":1"),
            with("\"relation\":\"demands\"", "\"relation\":[\"demands\"]"),
            with("\"quote\":\"q\"", "\"quote\":\"q\",\"colour\":\"red\""),
            with("\"label\":\"A\"", "\"label\":\"A\tB\""),
            with("\"label\":\"A\"", "\"label\":\"A\\x\""),
            with("\"supports\",\"to\":\"b\"}", "\"supports\",\"to\":\"b\"},"),
            with("\"aliases\":[\"bee\",\"be\"]", "\"aliases\":null"),
            with("\"aliases\":[\"bee\",\"be\"]", "\"aliases\":[\"bee\",]"),
            with("\"quote\":\"q\"", "\"quote\":nul"),
            with("\"quote\":\"q\"", "\"quote\":nulll"),
            with("\"to\":\"b\",\"by\"", "\"to\":\"b\" \"by\""),
            with("{\"from\":\"a\",\"relation\":\"supports\"", "{}"),
            format!("{PLAIN}x"),
            format!("{PLAIN}{{}}"),
            PLAIN[..PLAIN.len() - 1].to_owned(),
            PLAIN.replacen("\"nodes\"", "\"nodes\":[],\"nodes\"", 1),
            String::new(),
            "[]".into(),
            "{}".into(),
            // Another tool's field twice, or a known one after it.
            with(
                "\"title\":\"t\"",
                "\"title\":\"t\",\"x-tool\":1,\"x-tool\":2",
            ),
            with(
                "\"title\":\"t\"",
                "\"title\":\"t\",\"x-tool\":1,\"title\":\"u\"",
            ),
            with("\"title\":\"t\"", "\"title\":\"t\",\"x-tool\":[1,"),
        ];
        for text in cases {
            assert!(agree(&text).is_none(), "{text}");
        }
    }

    /// A document of `n` nodes, the `i`th labelled `label(i)`, and one edge.
    fn many_nodes(n: usize, label: impl Fn(usize) -> String) -> String {
        let nodes: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"id":"n{i}","kind":"party","label":"{}"}}"#, label(i)))
            .collect();
        format!(
            r#"{{"negograph":1,"title":"t","nodes":[{}],"edges":[{{"from":"n0","relation":"member_of","to":"n1"}}]}}"#,
            nodes.join(", ")
        )
    }

    #[test]
    fn a_node_list_read_by_two_threads_is_the_list() {
        let plain = many_nodes(3_000, |i| format!("Node {i}"));
        let at = plain.find('[').unwrap();
        let split = Reader { text: &plain, at }.node_split(Threads::Several);
        let split = split.expect("a boundary near the middle");
        assert!(
            plain[split..].starts_with("{\"id\":\"n15"),
            "{}",
            &plain[split..split + 20]
        );
        assert_eq!(agree(&plain).unwrap().nodes.len(), 3_000);
        // Labels full of item-like text: the guessed boundary falls inside a
        // string, the second thread fails or reads nonsense, and is ignored.
        for trap in ["}, {", "}, {}", "}, {\\\"id\\\":\\\"n1\\\"}", "}]"] {
            let text = many_nodes(3_000, |i| format!("Node {i} {trap}"));
            assert_eq!(agree(&text).unwrap().nodes.len(), 3_000, "{trap}");
        }
        // Items the direct reader leaves to serde, on both sides of the middle.
        let escaped = many_nodes(3_000, |i| {
            if i % 700 == 0 {
                format!("Node \\u00e9 {i}")
            } else {
                format!("Node {i}")
            }
        });
        assert!(agree(&escaped).is_some());
        // A broken item after the middle: both give up, and serde says why.
        let broken = plain.replacen("\"label\":\"Node 2000\"", "\"label\":2000", 1);
        assert_ne!(broken, plain);
        assert!(agree(&broken).is_none());
        assert!(parse_document_by_serde("t", &broken, Threads::One).is_err());
    }

    #[test]
    fn random_damage_never_makes_the_readers_disagree() {
        // A small xorshift, so the cases are the same on every run.
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |below: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % below as u64) as usize
        };
        let pieces = [
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\\",
            " ",
            "\n",
            "null",
            "1",
            "a",
            "é",
            "\\u0061",
            "\t",
            "\"from\":\"a\"",
        ];
        let (mut direct, mut total) = (0, 0);
        for _ in 0..6_000 {
            let mut text = PLAIN.to_owned();
            for _ in 0..1 + next(3) {
                let mut at = next(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                match next(3) {
                    0 => text.insert_str(at, pieces[next(pieces.len())]),
                    1 if at < text.len() => {
                        text.remove(at);
                    }
                    _ => {
                        let mut end = (at + 1 + next(4)).min(text.len());
                        while !text.is_char_boundary(end) {
                            end += 1;
                        }
                        text.replace_range(at..end, pieces[next(pieces.len())]);
                    }
                }
            }
            total += 1;
            direct += usize::from(agree(&text).is_some());
        }
        // Some damage leaves a readable file (an extra space, a changed letter):
        // those must mostly be read directly, or the test is not testing it.
        assert!(direct > total / 20, "{direct} of {total}");
    }
}
