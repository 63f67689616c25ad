//! The byte-level reader: JSON tokens, lists, and the plain node and edge
//! objects, each read exactly as serde would read it, or declined.

use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

use serde::Deserialize;

use crate::load::interner::{EdgeFile, Interner, RawEdge};
use crate::load::pipeline::resolve_alongside;
use crate::load::{SMALLEST_NODE_BYTES, Threads};
use crate::model::fields::{FieldReader, ReadFields};
use crate::model::{FormatVersion, Node, NodeSchema};

pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) at: usize,
}

/// How a run of list items ended.
pub(super) enum Ended {
    /// At the list's closing bracket, which has been read.
    Closed,
    /// Where the next item would start at the point asked for.
    AtStop,
}

/// Below this many bytes of nodes a second thread costs more than it saves.
const SPLIT_NODES_FROM_BYTES: usize = 1 << 20;

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Skips JSON whitespace, which is exactly these four bytes.
    pub(super) fn ws(&mut self) {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.at) {
            self.at += 1;
        }
    }

    pub(super) fn byte(&mut self, want: u8) -> Option<()> {
        (self.peek()? == want).then(|| self.at += 1)
    }

    /// A string without escapes or control characters, borrowed from the text.
    pub(super) fn plain(&mut self) -> Option<&'a str> {
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

    /// The format version, when it is exactly `1`, `1.1` or `1.2`: anything else (`1.0`, `12`,
    /// `2`) is serde's to read or refuse.
    pub(super) fn version(&mut self) -> Option<FormatVersion> {
        self.byte(b'1')?;
        let rest = &self.text.as_bytes()[self.at..];
        let version = if rest.starts_with(b".1") {
            self.at += 2;
            FormatVersion::V1_1
        } else if rest.starts_with(b".2") {
            self.at += 2;
            FormatVersion::V1_2
        } else {
            FormatVersion::V1
        };
        match self.peek() {
            Some(b'0'..=b'9' | b'.' | b'e' | b'E') => None,
            _ => Some(version),
        }
    }

    /// A value read by `serde_json`, for the parts this reader leaves to it.
    pub(super) fn serde<T: Deserialize<'a>>(&mut self) -> Option<T> {
        let mut stream =
            serde_json::Deserializer::from_str(self.text.get(self.at..)?).into_iter::<T>();
        let value = stream.next()?.ok()?;
        self.at += stream.byte_offset();
        Some(value)
    }

    /// Reads a list, each item by `direct` or, when that does not follow it, by
    /// `serde_json` from the item's first byte.
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
    pub(super) fn items<T: Deserialize<'a>>(
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
                    crate::load::fell_back_to_serde();
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
    pub(super) fn nodes(&mut self, threads: Threads) -> Option<Vec<Node>> {
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
    pub(super) fn node_split(&self, threads: Threads) -> Option<usize> {
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
    pub(super) fn more(&mut self, close: u8) -> Option<bool> {
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

    pub(super) fn edges(&mut self, interner: &mut Interner) -> Option<Vec<crate::model::Edge>> {
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
        // A streamed window may begin with the whitespace before an item
        // (the last one cut after its comma): skipped here, not left to
        // serde, which read such an item whole for nothing.
        self.ws();
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

    /// An edge, its fields as [`EdgeFile`] lists them.
    pub(super) fn edge(&mut self) -> Option<RawEdge<'a>> {
        EdgeFile::read_fields(self).map(RawEdge::from)
    }

    /// A node, its fields as [`NodeSchema`] lists them.
    fn node(&mut self) -> Option<Node> {
        NodeSchema::read_fields(self).map(Node::from)
    }
}

/// The byte-level reading [`ReadFields`] asks for.
impl<'a> FieldReader<'a> for Reader<'a> {
    #[inline]
    fn plain(&mut self) -> Option<&'a str> {
        Reader::plain(self)
    }

    #[inline]
    fn optional(&mut self) -> Option<Option<&'a str>> {
        if self.text.as_bytes()[self.at..].starts_with(b"null") {
            self.at += 4;
            return Some(None);
        }
        Reader::plain(self).map(Some)
    }

    fn plain_list(&mut self) -> Option<Vec<&'a str>> {
        let mut list = Vec::new();
        self.list(Reader::plain, |item| list.push(item))?;
        Some(list)
    }

    fn serde<T: Deserialize<'a>>(&mut self) -> Option<T> {
        Reader::serde(self)
    }

    #[inline]
    fn object(&mut self, field: impl FnMut(&mut Self, &'a str) -> Option<()>) -> Option<()> {
        self.fields(field)
    }
}
