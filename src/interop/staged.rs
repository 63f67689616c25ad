//! A folder export written whole beside its target, then put in place by one
//! rename, so the folder holds one export or the other, never a mix.
//!
//! Files renamed into the folder one by one were not enough: two exports to
//! one folder at once left `nodes.csv` of one graph and `edges.csv` of the
//! other, and a kill between renames left new nodes with old claims, which
//! `import` read without a word. Here every file goes into a sibling folder,
//! `.NAME.negograph-XXXXXX.export`, which then replaces the target in one
//! step: a rename onto a path that is not there (or an empty folder), or on
//! Linux an exchange of the two folders (`renameat2(RENAME_EXCHANGE)`), after
//! which the old one is removed. Elsewhere the old folder is first renamed
//! aside: between the two renames the folder is missing, but never mixed.
//! Of two exports at once, the one that commits last is the folder, whole.
//!
//! Replacing a folder replaces all of it, so only a folder that holds what
//! exports write (`*.csv`, `load.cypher`) is replaced, and only with
//! `--force`. A writer killed before its rename leaves its sibling folder;
//! each holds a lock on itself while in use, and the next export to the
//! same target removes those no one holds.

use crate::args::Opt;
use std::ffi::OsString;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// What a staging folder's name ends with, after `.NAME.negograph-XXXXXX`.
const STAGING_END: &str = ".export";

/// A folder export being written: the sibling folder and the lock on it.
pub(super) struct Staged {
    /// The target with every link resolved (the folder a link leads to is
    /// the one replaced, as a file's link is followed).
    target: PathBuf,
    /// Removes itself when dropped: the files of an export that failed, or
    /// after an exchange, the old folder.
    dir: tempfile::TempDir,
    /// An exclusive lock on the staging folder while this export uses it.
    _lock: File,
}

impl Staged {
    /// Starts an export to the folder `target`.
    ///
    /// # Errors
    ///
    /// [`Error::Usage`] when `target` is a file, or a folder that holds
    /// something an export does not write, or one that holds files and
    /// `force` was not given; [`Error::Write`] when the staging folder cannot
    /// be made.
    pub(super) fn new(target: &Path, force: bool) -> Result<Staged> {
        let err = |source| Error::Write {
            path: target.to_owned(),
            source,
        };
        let real = resolve(target).map_err(err)?;
        if let Ok(meta) = std::fs::metadata(&real) {
            if !meta.is_dir() {
                return Err(Error::Usage(format!(
                    "{} is a file; this format writes a folder of files (give a folder name)",
                    target.display()
                )));
            }
            may_replace(target, &real, force)?;
        }
        let (parent, name) = parent_and_name(&real).map_err(err)?;
        // As before the staging folder: `-o new/path/folder` makes the path.
        std::fs::create_dir_all(parent).map_err(err)?;
        let mut prefix = OsString::from(".");
        prefix.push(name);
        prefix.push(".negograph-");
        let (dir, lock) = locked_staging(parent, &prefix).map_err(err)?;
        Ok(Staged {
            target: real,
            dir,
            _lock: lock,
        })
    }

    /// Where the file `name` is written until the commit.
    pub(super) fn path_of(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Puts the written files in place of the target in one step.
    ///
    /// # Errors
    ///
    /// [`Error::Usage`] when the target appeared meanwhile and `force` was
    /// not given; [`Error::Write`] when the folder cannot be put on disk or
    /// renamed. The target is then as it was.
    pub(super) fn commit(self, force: bool) -> Result<()> {
        let err = |source| Error::Write {
            path: self.target.clone(),
            source,
        };
        if let Ok(dir) = File::open(self.dir.path()) {
            dir.sync_all().map_err(err)?;
        }
        match std::fs::rename(self.dir.path(), &self.target) {
            Ok(()) => {
                // Renamed: nothing is left to remove.
                let _ = self.dir.keep();
            }
            Err(e) if is_not_empty(&e) => {
                // A folder with files is there (made meanwhile, if it was
                // not at the start): replaced whole, or not at all.
                may_replace(&self.target, &self.target, force)?;
                exchange(self.dir.path(), &self.target).map_err(err)?;
                // self.dir now holds the old folder, removed when dropped.
            }
            Err(e) => return Err(err(e)),
        }
        if let Ok((parent, _)) = parent_and_name(&self.target) {
            if let Ok(dir) = File::open(parent) {
                let _ = dir.sync_all();
            }
            remove_stale(parent, &self.target);
        }
        Ok(())
    }
}

/// A new staging folder in `parent`, locked. Another export finishing at the
/// same moment removes the staging folders no one holds ([`remove_stale`]),
/// and between this folder's creation and its lock it holds none: if that
/// export took the lock first, or removed the folder, another is made. Once
/// locked and still in place, it is this export's until it ends.
fn locked_staging(parent: &Path, prefix: &OsString) -> io::Result<(tempfile::TempDir, File)> {
    let mut last = io::Error::other("no staging folder could be made");
    for _ in 0..8 {
        let dir = tempfile::Builder::new()
            .prefix(prefix)
            .suffix(STAGING_END)
            .rand_bytes(6)
            .tempdir_in(parent)?;
        let lock = match File::open(dir.path()) {
            Ok(lock) => lock,
            Err(e) => {
                last = e;
                continue;
            }
        };
        if let Err(e) = lock.try_lock() {
            last = e.into();
            continue;
        }
        if same_folder(&lock, dir.path()) {
            return Ok((dir, lock));
        }
        last = io::Error::other("another export removed the staging folder");
    }
    Err(last)
}

/// Whether the folder open as `held` is still the one at `path`.
#[cfg(unix)]
fn same_folder(held: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (held.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_folder(_held: &File, path: &Path) -> bool {
    path.is_dir()
}

/// `target` with every link resolved when it exists; as it is when it does
/// not. A loop of links is reported as one.
fn resolve(target: &Path) -> io::Result<PathBuf> {
    match std::fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_symlink() => std::fs::canonicalize(target),
        Ok(_) => Ok(target.to_owned()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(target.to_owned()),
        Err(e) => Err(e),
    }
}

fn parent_and_name(path: &Path) -> io::Result<(&Path, &std::ffi::OsStr)> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::other("the path does not end in a folder name"))?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Ok((parent, name))
}

/// Refuses to replace a folder that holds anything an export does not write,
/// or (without `force`) that holds anything at all.
fn may_replace(shown: &Path, real: &Path, force: bool) -> Result<()> {
    let err = |source| Error::Write {
        path: shown.to_owned(),
        source,
    };
    let mut foreign = Vec::new();
    let mut any = false;
    for entry in std::fs::read_dir(real).map_err(err)? {
        let entry = entry.map_err(err)?;
        any = true;
        let name = entry.file_name().to_string_lossy().into_owned();
        // Temporary files that earlier versions, writing file by file,
        // left when killed (`.nodes.csv.negograph-XXXXXX.tmp`) count as
        // an export's too.
        let leftover =
            name.starts_with('.') && name.contains(".negograph-") && name.ends_with(".tmp");
        let exported = entry.file_type().is_ok_and(|t| t.is_file())
            && (name.ends_with(".csv") || name == "load.cypher" || leftover);
        if !exported {
            foreign.push(name);
        }
    }
    if !foreign.is_empty() {
        foreign.sort();
        let more = foreign.len().saturating_sub(5);
        foreign.truncate(5);
        return Err(Error::Usage(format!(
            "{} holds {}{}, which no export writes; an export replaces the folder whole, so give a new folder or move them out",
            shown.display(),
            foreign.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        )));
    }
    if any && !force {
        return Err(Error::Usage(format!(
            "{} already exists; pass {} to replace it",
            shown.display(),
            Opt::Force
        )));
    }
    Ok(())
}

fn is_not_empty(e: &io::Error) -> bool {
    // ENOTEMPTY on Linux, EEXIST where POSIX allows it instead.
    matches!(
        e.kind(),
        io::ErrorKind::DirectoryNotEmpty | io::ErrorKind::AlreadyExists
    )
}

/// Swaps the folders `new` and `old`: afterwards `old`'s path holds the new
/// files and `new`'s path the old ones.
#[cfg(target_os = "linux")]
fn exchange(new: &Path, old: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, new, CWD, old, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

/// Without an atomic exchange: the old folder aside, the new one in its
/// place, the old one where the new one was. Between the two renames the
/// folder is missing; it is never a mix.
#[cfg(not(target_os = "linux"))]
fn exchange(new: &Path, old: &Path) -> io::Result<()> {
    let aside = new.with_extension("old");
    std::fs::rename(old, &aside)?;
    if let Err(e) = std::fs::rename(new, old) {
        let _ = std::fs::rename(&aside, old);
        return Err(e);
    }
    std::fs::rename(&aside, new)
}

/// Removes the staging folders of `target` that no export holds: left by
/// an export killed before its rename.
fn remove_stale(parent: &Path, target: &Path) {
    let Some(name) = target.file_name() else {
        return;
    };
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(".negograph-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let entry_name = entry.file_name();
        let stale = entry_name
            .as_encoded_bytes()
            .strip_prefix(prefix.as_encoded_bytes())
            .and_then(|rest| rest.strip_suffix(STAGING_END.as_bytes()))
            .is_some_and(|random| random.len() == 6);
        if !stale || !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let path = entry.path();
        // A lock taken here means no export holds the folder.
        if let Ok(held) = File::open(&path)
            && held.try_lock().is_ok()
        {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Another export's clean-up runs over and over while staging folders
    /// are made: each one made is still there, and locked, when returned
    /// (made and then locked, it could be removed in between, and the
    /// export's files then had no folder to go to). The window is a few
    /// microseconds, widened only when the machine is loaded (as when
    /// `regression::issue31_case2` failed once under load): this checks the
    /// contract under a racing clean-up, not that the race is hit.
    #[test]
    fn a_staging_folder_survives_another_exports_clean_up() {
        let parent = tempfile::tempdir().unwrap();
        let target = parent.path().join("out");
        let mut prefix = OsString::from(".");
        prefix.push("out");
        prefix.push(".negograph-");
        let stop = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|scope| {
            scope.spawn(|| {
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    remove_stale(parent.path(), &target);
                }
            });
            for _ in 0..300 {
                let (dir, lock) = locked_staging(parent.path(), &prefix).unwrap();
                assert!(same_folder(&lock, dir.path()), "{}", dir.path().display());
                std::fs::write(dir.path().join("nodes.csv"), b"id\n").unwrap();
            }
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
        });
    }
}
