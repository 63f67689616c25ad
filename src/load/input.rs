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
