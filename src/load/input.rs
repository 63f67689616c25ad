//! Reading a graph file's text within limits.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use super::{BUILTIN_GRAPH, BUILTIN_NAME, Parsed, Threads, parse_document, parse_indexed};
use crate::error::{Error, Result};
use crate::locate::line_col;
use crate::model::Document;

/// The text of a graph and where it came from, kept for pointing at errors.
#[derive(Clone, Debug)]
pub struct Input {
    /// Where the text came from, as messages name it: the path given, or
    /// the built-in graph's name.
    pub origin: String,
    /// The whole text, shared with the diagnostics that quote it.
    // Arc<String>, not Arc<str>: making an Arc<str> copies the whole text.
    pub text: Arc<String>,
    /// Whether this is the graph bundled in the binary (no file was given).
    pub builtin: bool,
}

impl Input {
    /// The Istanbul 2025 graph bundled in the binary, used when no file is given.
    pub fn builtin() -> Input {
        Input {
            origin: BUILTIN_NAME.to_owned(),
            text: Arc::new(BUILTIN_GRAPH.to_owned()),
            builtin: true,
        }
    }

    /// Reads a graph file, refusing more than `max_size` bytes: a regular
    /// file before reading it, an input of unknown size (a pipe, a device)
    /// once it has given that much. A pipe or device whose first character
    /// cannot begin a JSON value is read no further (see `read_unsized`).
    ///
    /// # Errors
    ///
    /// [`Error::Read`](crate::Error::Read) when the file cannot be read,
    /// [`Error::TooLarge`](crate::Error::TooLarge) past `max_size`,
    /// [`Error::NotUtf8`](crate::Error::NotUtf8) when it is not UTF-8 text.
    pub fn read(path: &Path, max_size: u64) -> Result<Input> {
        Input::read_as(path, max_size, Expect::Json)
    }

    /// Reads a file of any text (a source's text, a CSV table) within
    /// `max_size` bytes, as [`read`](Self::read) does but to its end whatever
    /// it begins with.
    ///
    /// # Errors
    ///
    /// [`Error::Read`](crate::Error::Read) when the file cannot be read,
    /// [`Error::TooLarge`](crate::Error::TooLarge) past `max_size`,
    /// [`Error::NotUtf8`](crate::Error::NotUtf8) when it is not UTF-8 text.
    pub fn read_text(path: &Path, max_size: u64) -> Result<Input> {
        Input::read_as(path, max_size, Expect::Text)
    }

    fn read_as(path: &Path, max_size: u64, expect: Expect) -> Result<Input> {
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
        let read = match read_in_halves(&file, &meta).map_err(read_err)? {
            Some(bytes) => Ok(Limited::All(bytes)),
            // The size can change under us: never read past the limit.
            None if meta.is_file() || expect == Expect::Text => {
                read_to_limit(&file, max_size, Vec::new())
            }
            None => read_unsized(&file, max_size),
        };
        let read = read.map_err(read_err)?;
        match read {
            Limited::All(bytes) => Input::from_bytes(origin, bytes),
            Limited::Over => Err(Error::OverLimit {
                origin,
                limit: max_size,
            }),
        }
    }

    /// The text of `bytes`, which must be UTF-8; a byte order mark before it
    /// is dropped (editors on Windows write one; JSON readers may ignore it).
    ///
    /// # Errors
    ///
    /// [`Error::NotUtf8`](crate::Error::NotUtf8), saying where the first
    /// bad byte is.
    pub fn from_bytes(origin: String, mut bytes: Vec<u8>) -> Result<Input> {
        if bytes.starts_with(BOM) {
            bytes.drain(..BOM.len());
        }
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

    /// Reads the text as a document (not yet validated).
    ///
    /// # Errors
    ///
    /// [`Error::Parse`](crate::error::Error::Parse) with the line and column when
    /// the text is not a document of the format.
    pub fn parse(&self) -> Result<Document> {
        parse_document(&self.origin, &self.text)
    }

    /// Parses, keeping the node index built while reading for validation to use.
    ///
    /// # Errors
    ///
    /// As [`Input::parse`].
    pub fn parse_indexed(&self) -> Result<Parsed> {
        parse_indexed(&self.origin, &self.text, Threads::BySize)
    }
}

/// What a file read is expected to hold.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// A JSON document: an input that cannot begin one is read no further.
    Json,
    /// Any text.
    Text,
}

/// The UTF-8 byte order mark.
pub(super) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What a read within a limit gave.
pub(crate) enum Limited {
    /// The whole input, or as much as the parser needs to say it is not a graph.
    All(Vec<u8>),
    /// More than the limit; what was read is dropped.
    Over,
}

/// Reads the rest of `source` after `bytes`, at most `limit` bytes in all:
/// one byte past it is asked for, only to know that there is more.
pub(crate) fn read_to_limit(
    source: impl Read,
    limit: u64,
    mut bytes: Vec<u8>,
) -> std::io::Result<Limited> {
    let left = limit.saturating_add(1).saturating_sub(bytes.len() as u64);
    source.take(left).read_to_end(&mut bytes)?;
    Ok(if bytes.len() as u64 > limit {
        Limited::Over
    } else {
        Limited::All(bytes)
    })
}

/// Reads an input whose size is not known beforehand (a pipe, a device) within
/// `limit`, as [`read_to_limit`] does. An input whose first character cannot
/// begin a JSON value (`/dev/zero`, `/dev/urandom`) is not read further: that
/// character is all the parser needs to say where and why the input is not a
/// graph, and it says the same as it would of the whole input, since it stops
/// there either way.
pub(super) fn read_unsized(mut source: impl Read, limit: u64) -> std::io::Result<Limited> {
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 8 << 10];
    let cap = limit.saturating_add(1);
    // Read until the first character that is not white space is in whole
    // (a character is at most 4 bytes), the input ends, or it is over the limit.
    while (bytes.len() as u64) < cap {
        if first_significant(&bytes).is_some_and(|at| bytes[at].is_ascii() || bytes.len() >= at + 4)
        {
            break;
        }
        let room = usize::try_from(cap - bytes.len() as u64)
            .unwrap_or(usize::MAX)
            .min(chunk.len());
        match source.read(&mut chunk[..room]) {
            Ok(0) => break,
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    if let Some(at) = first_significant(&bytes)
        && !matches!(
            bytes[at],
            b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
        )
    {
        // Keep that one character, or the one byte that is not UTF-8.
        let end = (at + 1..=bytes.len().min(at + 4))
            .find(|&end| std::str::from_utf8(&bytes[at..end]).is_ok())
            .unwrap_or(at + 1);
        bytes.truncate(end);
        return Ok(Limited::All(bytes));
    }
    read_to_limit(source, limit, bytes)
}

/// Where the first byte that is neither JSON white space nor part of a
/// leading byte order mark is, if it has been read.
fn first_significant(bytes: &[u8]) -> Option<usize> {
    let start = if bytes.starts_with(BOM) {
        BOM.len()
    } else if BOM.starts_with(bytes) {
        // A byte order mark, or the start of one, and nothing after it yet.
        return None;
    } else {
        0
    };
    (start..bytes.len()).find(|&i| !matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r'))
}

/// From this size a file is read as two halves on two threads: the kernel's
/// copying and the page faults of the new buffer then share two cores (for a
/// 110 MiB file, 70-80 ms become 55-60 ms).
pub(super) const READ_IN_HALVES_FROM: u64 = 8 << 20;

/// Reads a regular file as two halves at once, or says `None` when that does
/// not apply: a small file, one that is not the size `meta` says by the end
/// (it changed while read), or a system without positioned reads. The caller
/// then reads it the ordinary way.
pub(super) fn read_in_halves(
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
