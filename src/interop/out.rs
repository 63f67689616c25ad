//! Writing an export's files whole or not at all.
//!
//! Each file is written to a temporary file beside its target (as edits are,
//! through [`store::Pending`](crate::store::Pending), which also writes into
//! a device or FIFO and through a symbolic link, and refuses files the user
//! could not write) and streamed there, so a million-edge export is never
//! held in memory. Only when every file is complete are they renamed into
//! place, one after the other: an error or a kill before that leaves every
//! existing file as it was and no partial file behind.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::store::Pending;

/// The files of one export, written and then committed together.
pub struct Files {
    target: PathBuf,
    folder: bool,
    force: bool,
    /// Whether this export created the folder (removed again if it fails).
    created_folder: bool,
    pending: Vec<(Pending, u64)>,
    /// Files never to be written: the graph being exported.
    spare: Vec<PathBuf>,
}

impl Files {
    /// Files for `target`: one file, or (`folder`) files inside that folder.
    pub fn new(target: &Path, folder: bool, force: bool) -> Files {
        Files {
            target: target.to_owned(),
            folder,
            force,
            created_folder: false,
            pending: Vec::new(),
            spare: Vec::new(),
        }
    }

    /// Refuses to write over `input` (or a link to it), whatever the names.
    #[must_use]
    pub fn sparing(mut self, input: Option<&Path>) -> Files {
        self.spare.extend(input.map(Path::to_owned));
        self
    }

    /// Writes one file: `name` inside the folder, or the target itself when
    /// `name` is `None`. The file appears only on [`commit`](Self::commit).
    ///
    /// # Errors
    ///
    /// [`Error::Usage`] when the file exists and `force` was not given, or the
    /// folder's path is a file; [`Error::Write`] when the folder or the
    /// temporary file cannot be made or `fill` fails.
    pub fn write(
        &mut self,
        name: Option<&str>,
        fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        let path = match name {
            Some(name) => {
                self.prepare_folder()?;
                self.target.join(name)
            }
            None => self.target.clone(),
        };
        let spare: Vec<&Path> = self.spare.iter().map(PathBuf::as_path).collect();
        crate::store::refuse_input(&path, &spare)?;
        // Only a regular file is replaced; a device or FIFO is written into
        // (`-o /dev/null` was told to pass --force).
        if !self.force && crate::store::replaces(&path) {
            return Err(Error::Usage(format!(
                "{} already exists; pass --force to replace it",
                path.display()
            )));
        }
        let err = |source| Error::Write {
            path: path.clone(),
            source,
        };
        let mut file = Pending::open(&path)?;
        let mut counted = Counted {
            inner: BufWriter::with_capacity(1 << 16, &mut file),
            bytes: 0,
        };
        fill(&mut counted).map_err(err)?;
        counted.flush().map_err(err)?;
        let bytes = counted.bytes;
        drop(counted);
        self.pending.push((file, bytes));
        Ok(())
    }

    fn prepare_folder(&mut self) -> Result<()> {
        if !self.folder {
            return Ok(());
        }
        match std::fs::metadata(&self.target) {
            Ok(meta) if meta.is_dir() => Ok(()),
            Ok(_) => Err(Error::Usage(format!(
                "{} is a file; this format writes a folder of files (give a folder name)",
                self.target.display()
            ))),
            // Anything but "not there" (a loop of links) is reported as it is,
            // not as the "File exists" of trying to create it.
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::Write {
                path: self.target.clone(),
                source: e,
            }),
            Err(_) => {
                std::fs::create_dir_all(&self.target).map_err(|source| Error::Write {
                    path: self.target.clone(),
                    source,
                })?;
                self.created_folder = true;
                Ok(())
            }
        }
    }

    /// Renames every written file into place; returns them with their sizes.
    ///
    /// # Errors
    ///
    /// [`Error::Write`] when a file cannot be put on disk or renamed into place.
    /// Files renamed before it stay replaced; those after it are left as they
    /// were.
    pub fn commit(mut self) -> Result<Vec<(PathBuf, u64)>> {
        let mut done = Vec::new();
        for (file, bytes) in std::mem::take(&mut self.pending) {
            let path = file.path().to_owned();
            file.commit()?;
            done.push((path, bytes));
        }
        self.created_folder = false;
        Ok(done)
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        // Uncommitted temporaries remove themselves when dropped; a folder made
        // for them goes too (remove_dir only removes an empty one).
        self.pending.clear();
        if self.created_folder {
            let _ = std::fs::remove_dir(&self.target);
        }
    }
}

/// Counts the bytes written, for the summary.
struct Counted<W> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_appears_until_every_file_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("out");
        let mut files = Files::new(&folder, true, false);
        files.write(Some("a.csv"), |w| w.write_all(b"a\n")).unwrap();
        assert!(!folder.join("a.csv").exists(), "not before commit");
        let failed = files.write(Some("b.csv"), |_| Err(std::io::Error::other("disk full")));
        assert!(failed.is_err());
        drop(files);
        assert!(!folder.exists(), "the folder made for the export is gone");

        let mut files = Files::new(&folder, true, false);
        files.write(Some("a.csv"), |w| w.write_all(b"a\n")).unwrap();
        let written = files.commit().unwrap();
        assert_eq!(written, vec![(folder.join("a.csv"), 2)]);
        assert_eq!(std::fs::read(folder.join("a.csv")).unwrap(), b"a\n");
        let listing: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
        assert_eq!(listing.len(), 1, "no temporary left behind");
    }

    #[test]
    fn existing_files_are_replaced_only_when_forced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.graphml");
        std::fs::write(&path, "old").unwrap();
        let mut files = Files::new(&path, false, false);
        let refused = files.write(None, |w| w.write_all(b"new")).unwrap_err();
        assert!(refused.to_string().contains("--force"), "{refused}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        let mut files = Files::new(&path, false, true);
        files.write(None, |w| w.write_all(b"new")).unwrap();
        files.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    }

    #[test]
    fn a_folder_format_refuses_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plain");
        std::fs::write(&path, "x").unwrap();
        let mut files = Files::new(&path, true, true);
        let err = files.write(Some("a.csv"), |_| Ok(())).unwrap_err();
        assert!(err.to_string().contains("is a file"), "{err}");
    }
}
