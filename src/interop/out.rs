//! Writing an export's files whole or not at all.
//!
//! A one-file export goes to a temporary file beside its target (as edits
//! do, through [`store::Pending`](crate::store::Pending), which also writes
//! into a device or FIFO and through a symbolic link, and refuses files the
//! user could not write), streamed there, so a million-edge export is never
//! held in memory, and renamed into place once complete. A folder export is
//! written into a sibling folder that replaces the target in one step
//! (`src/interop/staged.rs`): an error or a kill before that leaves the target as
//! it was, and two exports at once leave one of them whole, never a mix.

use crate::args::Opt;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::staged::Staged;
use crate::error::{Error, Result};
use crate::store::Pending;

/// The files of one export, written and then committed together.
pub struct Files {
    target: PathBuf,
    folder: bool,
    force: bool,
    /// A folder export's staging folder, made with its first file.
    staged: Option<Staged>,
    /// A one-file export's file, or a folder export's files (each with its
    /// path in the target folder), with their sizes.
    pending: Vec<(PathBuf, Option<Pending>, u64)>,
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
            staged: None,
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
    /// [`Error::Usage`] when the file (or, for a folder, a folder with files)
    /// exists and `force` was not given, or the folder's path is a file or
    /// holds what no export writes; [`Error::Write`] when the staging folder
    /// or the temporary file cannot be made or `fill` fails.
    pub fn write(
        &mut self,
        name: Option<&str>,
        fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        match name.filter(|_| self.folder) {
            Some(name) => self.write_in_folder(name, fill),
            None => self.write_file(fill),
        }
    }

    fn write_file(
        &mut self,
        fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        let path = self.target.clone();
        let spare: Vec<&Path> = self.spare.iter().map(PathBuf::as_path).collect();
        crate::store::refuse_input(&path, &spare)?;
        // Only a regular file is replaced; a device or FIFO is written into
        // (`-o /dev/null` was told to pass --force).
        if !self.force && crate::store::replaces(&path) {
            return Err(Error::Usage(format!(
                "{} already exists; pass {} to replace it",
                path.display(),
                Opt::Force
            )));
        }
        let mut file = Pending::open(&path)?;
        let bytes = fill_counted(&mut file, fill).map_err(|e| file.error(e))?;
        self.pending.push((path, Some(file), bytes));
        Ok(())
    }

    fn write_in_folder(
        &mut self,
        name: &str,
        fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        let shown = self.target.join(name);
        if self.staged.is_none() {
            self.refuse_inputs_inside()?;
            self.staged = Some(Staged::new(&self.target, self.force)?);
        }
        let staged = self.staged.as_ref().expect("made above");
        let err = |source| Error::Write {
            path: shown.clone(),
            source,
        };
        let mut file = std::fs::File::create_new(staged.path_of(name)).map_err(err)?;
        let bytes = fill_counted(&mut file, fill).map_err(err)?;
        file.sync_all().map_err(err)?;
        self.pending.push((shown, None, bytes));
        Ok(())
    }

    /// A folder export replaces the folder whole: an input inside it would go.
    fn refuse_inputs_inside(&self) -> Result<()> {
        let Ok(folder) = std::fs::canonicalize(&self.target) else {
            return Ok(()); // not there yet: nothing inside it
        };
        for input in &self.spare {
            if std::fs::canonicalize(input).is_ok_and(|i| i.starts_with(&folder)) {
                return Err(Error::Write {
                    path: self.target.clone(),
                    source: std::io::Error::other(format!(
                        "it holds {}, an input of this command, and an export replaces the folder whole; export to another folder",
                        input.display()
                    )),
                });
            }
        }
        Ok(())
    }

    /// Puts every written file in place; returns them with their sizes.
    ///
    /// # Errors
    ///
    /// [`Error::Write`] when a file or the folder cannot be put on disk or
    /// renamed into place; what was there is then as it was.
    pub fn commit(mut self) -> Result<Vec<(PathBuf, u64)>> {
        if let Some(staged) = self.staged.take() {
            staged.commit(self.force)?;
        }
        let mut done = Vec::new();
        for (path, file, bytes) in std::mem::take(&mut self.pending) {
            if let Some(file) = file {
                file.commit()?;
            }
            done.push((path, bytes));
        }
        Ok(done)
    }
}

/// Runs `fill` on `out` through a buffer; the bytes it wrote.
fn fill_counted(
    out: &mut dyn Write,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<u64> {
    let mut counted = Counted {
        inner: BufWriter::with_capacity(1 << 16, out),
        bytes: 0,
    };
    fill(&mut counted)?;
    counted.flush()?;
    Ok(counted.bytes)
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
        assert!(!folder.exists(), "nothing appears");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(left.is_empty(), "the staging folder is gone");

        let mut files = Files::new(&folder, true, false);
        files.write(Some("a.csv"), |w| w.write_all(b"a\n")).unwrap();
        let written = files.commit().unwrap();
        // A folder in folders not there yet is made, as `mkdir -p` would.
        let deep = dir.path().join("x/y/out");
        let mut files = Files::new(&deep, true, false);
        files.write(Some("a.csv"), |w| w.write_all(b"a\n")).unwrap();
        files.commit().unwrap();
        assert!(deep.join("a.csv").is_file());
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
        assert!(refused.to_string().contains("pass force"), "{refused}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        let mut files = Files::new(&path, false, true);
        files.write(None, |w| w.write_all(b"new")).unwrap();
        files.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    }

    #[test]
    fn a_folder_holding_what_no_export_writes_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("out");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("notes.txt"), "mine").unwrap();
        let mut files = Files::new(&folder, true, true);
        let err = files.write(Some("a.csv"), |_| Ok(())).unwrap_err();
        assert!(
            err.to_string()
                .contains("notes.txt, which no export writes"),
            "{err}"
        );
        assert_eq!(
            std::fs::read_to_string(folder.join("notes.txt")).unwrap(),
            "mine"
        );
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
