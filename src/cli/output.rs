//! Writing to standard output. A failed write is returned, never dropped: a
//! full disk must not end in exit 0. A reader that went away (`| head`) shows
//! up as [`std::io::ErrorKind::BrokenPipe`], which the caller takes as the cue
//! to stop quietly.

use std::io::{self, Write};

use serde::Serialize;

/// Text for people. It can hold our own colour codes, which anstream strips
/// unless colour is wanted there; text from the file was made inert before it
/// got here, so nothing else is stripped.
pub fn human(text: &str) -> io::Result<()> {
    // Most text has no colour codes; going through the stripper costs ~13 ms
    // on a 3.6 MB answer.
    if !text.contains('\x1b') {
        return bytes(text.as_bytes());
    }
    let mut out = anstream::stdout();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// JSON as it serialises, then a newline: the file's text exactly, streamed
/// without building the document in memory first.
pub fn json<T: Serialize>(value: &T) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    // serde_json hands an I/O error back as it was, so a closed pipe stays one.
    serde_json::to_writer_pretty(&mut out, value)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Bytes as they are: DOT, Mermaid, a picture, a schema, a man page.
pub fn bytes(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// Text on standard error. Failing to write there is ignored: there is no one
/// left to tell.
pub fn eprint(text: &str) {
    let mut err = anstream::stderr();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}
