//! The streaming reader: the edge list read a window at a time, so that a
//! big file's text is never held whole.

use std::io::Read;

use super::reader::Reader;
use super::{Parsed, Threads, Top, TopEnd};
use crate::load::interner::Interner;
use crate::load::pipeline::resolve_alongside;
use crate::model::Edge;

/// What reading a document through windows came to.
pub(crate) enum Streamed {
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
pub(crate) fn parse_stream(
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
    edges: &mut Vec<Edge>,
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
