//! Writing a file without damaging what is there.
//!
//! A regular file (or a new path) is replaced whole: the bytes go to a
//! temporary file beside it, are flushed to disk and renamed over it, so a
//! crash, a kill or a full disk leaves the old file or the new one, never a
//! mix. What is not a regular file is never replaced: a device (`/dev/null`,
//! `/dev/full`) or a FIFO is written into, as a shell's `>` would. A symbolic
//! link is followed: its target is replaced, the link stays. The replacement
//! keeps the file's mode (and its owner and group, where the system allows).
//!
//! A file the user could not open for writing is refused rather than
//! replaced (a rename needs only the directory's permission, so it would
//! replace another user's file, or a read-only one), and so is a read-only
//! file (no write permission for anyone), even for root: its owner said it
//! should not change.
//!
//! Temporary files are named `.NAME.negograph-XXXXXX.tmp`, and each writer
//! holds a lock on its own until it is renamed. A writer killed before the
//! rename leaves its temporary file behind, unlocked; the next successful
//! write of the same file removes such leftovers.

use std::ffi::{OsStr, OsString};
use std::fs::{File, Metadata};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The mark in the names of temporary files, after `.NAME.`.
const TEMP_MARK: &str = "negograph-";
/// How temporary files' names end.
const TEMP_END: &str = ".tmp";
/// Random characters in a temporary file's name.
const TEMP_RANDOM: usize = 6;
/// Symbolic links followed, at most, to find where a new file goes (as
/// Linux's own limit).
const MAX_LINKS: usize = 40;

/// Writes `bytes` to `path` without damaging what is there (see the module's
/// documentation): atomically for a regular file or a new path, straight
/// into a device or FIFO, through a symbolic link to its target.
///
/// # Errors
///
/// [`Error::Write`] when `path` is a directory, a read-only file or one
/// this user could not open for writing, or when writing, syncing or the
/// rename fails. A regular file is then as it was (a device or FIFO may
/// have taken some of the bytes).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, bytes, || Ok(()))
}

/// Like [`write_atomic`], running `before_rename` after the new bytes are
/// written and before they replace the file; an error there abandons the write
/// (tests use it to inject a crash at the worst moment).
#[doc(hidden)]
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce() -> io::Result<()>,
) -> Result<()> {
    let mut pending = Pending::open(path)?;
    pending.write_all(bytes).map_err(|e| pending.error(e))?;
    before_rename().map_err(|e| pending.error(e))?;
    pending.commit()
}

/// A file being written: it replaces what `path` names only on
/// [`commit`](Pending::commit), and dropping it uncommitted leaves the file
/// as it was, with no temporary file behind. So the files of an export can
/// be streamed out one by one and all appear together, or none. A device or
/// FIFO, which has nothing to replace, is written into as bytes come.
pub struct Pending {
    /// The path as given, for messages.
    path: PathBuf,
    to: PendingTo,
}

enum PendingTo {
    /// A temporary file beside `file` (every link resolved), renamed over it.
    Replace {
        file: PathBuf,
        temp: tempfile::NamedTempFile,
    },
    /// A device or FIFO, opened for writing.
    Stream(File),
}

impl Pending {
    /// Starts writing `path`: refuses a directory, a read-only file and a
    /// file this user could not open for writing; makes the temporary file
    /// for a regular file or a new path, or opens a device or FIFO.
    ///
    /// # Errors
    ///
    /// [`Error::Write`] for a directory, a read-only file, a file this user
    /// could not open for writing, or a temporary file that cannot be made.
    pub fn open(path: &Path) -> Result<Pending> {
        let err = |source| Error::Write {
            path: path.to_owned(),
            source,
        };
        let to = match destination(path).map_err(err)? {
            Destination::Stream => {
                PendingTo::Stream(File::options().write(true).open(path).map_err(err)?)
            }
            Destination::Replace { file, existing } => {
                if let Some(meta) = &existing {
                    may_replace(&file, meta).map_err(err)?;
                }
                let (dir, name) = split(&file).map_err(err)?;
                let temp = locked_temp(dir, name, existing.is_none()).map_err(err)?;
                if let Some(meta) = &existing {
                    keep_owner_and_mode(temp.as_file(), meta).map_err(err)?;
                }
                PendingTo::Replace { file, temp }
            }
        };
        Ok(Pending {
            path: path.to_owned(),
            to,
        })
    }

    /// The path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `source` as the error of writing this file.
    pub fn error(&self, source: io::Error) -> Error {
        Error::Write {
            path: self.path.clone(),
            source,
        }
    }

    /// Puts the bytes written on disk and, for a file, renames them over it
    /// (then removes temporary files that killed writers left beside it).
    ///
    /// # Errors
    ///
    /// [`Error::Write`] when the bytes cannot be put on disk or renamed over the
    /// file; the file is then as it was.
    pub fn commit(self) -> Result<()> {
        let err = |source| Error::Write {
            path: self.path.clone(),
            source,
        };
        match self.to {
            PendingTo::Stream(mut out) => out.flush().map_err(err),
            PendingTo::Replace { file, temp } => {
                temp.as_file().sync_all().map_err(err)?;
                temp.persist(&file).map_err(|e| err(e.error))?;
                let (dir, _) = split(&file).map_err(err)?;
                // The rename itself is on disk once the directory is.
                if let Ok(dir) = File::open(dir) {
                    let _ = dir.sync_all();
                }
                remove_stale_temps(&file);
                Ok(())
            }
        }
    }

    fn file(&mut self) -> &mut File {
        match &mut self.to {
            PendingTo::Stream(out) => out,
            PendingTo::Replace { temp, .. } => temp.as_file_mut(),
        }
    }
}

impl Write for Pending {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file().flush()
    }
}

/// Creates a new file with `bytes`, refusing to replace one that exists.
///
/// # Errors
///
/// [`Error::Exists`] when `path` exists (a dangling symbolic link included);
/// otherwise as [`write_atomic`], after which no file is left at `path`.
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<()> {
    // Claim the name first, so two creators cannot both think they made it.
    // (Creating exclusively does not follow a symbolic link, even a dangling one.)
    match File::options().write(true).create_new(true).open(path) {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            return Err(Error::Exists {
                path: path.to_owned(),
            });
        }
        Err(source) => {
            return Err(Error::Write {
                path: path.to_owned(),
                source,
            });
        }
    }
    write_atomic(path, bytes).inspect_err(|_| {
        let _ = std::fs::remove_file(path);
    })
}

/// Where the bytes for a path go.
enum Destination {
    /// A regular file, or a path where none is yet: replaced whole. `file`
    /// is the path with every symbolic link resolved; `existing` its
    /// metadata, when it exists.
    Replace {
        file: PathBuf,
        existing: Option<Metadata>,
    },
    /// Something else that can be opened for writing (a device, a FIFO): written into.
    Stream,
}

fn destination(path: &Path) -> io::Result<Destination> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => Ok(Destination::Replace {
            file: std::fs::canonicalize(path)?,
            existing: Some(meta),
        }),
        Ok(meta) if meta.is_dir() => Err(io::Error::other("it is a directory")),
        Ok(_) => Ok(Destination::Stream),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Destination::Replace {
            file: new_file_path(path)?,
            existing: None,
        }),
        Err(e) => Err(e),
    }
}

/// Where a new file named by `path` goes: `path` itself, or, when it is a
/// symbolic link to nothing yet, the path the link leads to (created through
/// the link, as a shell's `>` does).
fn new_file_path(path: &Path) -> io::Result<PathBuf> {
    let mut at = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = std::fs::read_link(&at)?;
                // A relative link is relative to the link's directory.
                at = match at.parent() {
                    Some(dir) => dir.join(to),
                    None => to,
                };
            }
            Ok(_) => return Ok(at),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(at),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// Refuses to replace a file that is read-only, or that this user could not
/// open for writing: replacing it by renaming needs only the directory's
/// permission, which would overrule the file's own.
fn may_replace(file: &Path, meta: &Metadata) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode();
        if mode & 0o222 == 0 {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!(
                    "it is read-only (mode {:04o}); negograph does not replace read-only files. Make it writable (chmod u+w) or write elsewhere",
                    mode & 0o7777
                ),
            ));
        }
    }
    #[cfg(not(unix))]
    if meta.permissions().readonly() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "it is read-only; negograph does not replace read-only files. Make it writable or write elsewhere",
        ));
    }
    // Opening for writing without truncating changes nothing in the file.
    match File::options().write(true).open(file) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => Err(io::Error::new(
            e.kind(),
            format!(
                "you may not write to it ({e}); negograph does not replace a file it could not open for writing"
            ),
        )),
        Err(e) => Err(e),
    }
}

/// The directory a file is in and its name.
fn split(file: &Path) -> io::Result<(&Path, &OsStr)> {
    let name = file
        .file_name()
        .ok_or_else(|| io::Error::other("the path does not end in a file name"))?;
    let dir = match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    Ok((dir, name))
}

/// A new temporary file for `name` in `dir`, locked. The lock tells writers
/// cleaning up leftovers that this one is in use; if one removed it in the
/// moment between its creation and the lock, another is made.
fn locked_temp(dir: &Path, name: &OsStr, new_file: bool) -> io::Result<tempfile::NamedTempFile> {
    let prefix = temp_prefix(name);
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(TEMP_END)
        .rand_bytes(TEMP_RANDOM);
    #[cfg(unix)]
    if new_file {
        // A new file gets the mode any new file gets (0666 less the umask);
        // a replacement starts private and takes the old file's mode.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = new_file;
    loop {
        let temp = builder.tempfile_in(dir)?;
        temp.as_file().lock()?;
        if still_linked(temp.as_file())? {
            return Ok(temp);
        }
    }
}

#[cfg(unix)]
fn still_linked(file: &File) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    Ok(file.metadata()?.nlink() > 0)
}

#[cfg(not(unix))]
fn still_linked(_: &File) -> io::Result<bool> {
    Ok(true)
}

/// Gives the replacement the old file's owner and group (where allowed:
/// root may, others may only keep a group they belong to) and its mode.
fn keep_owner_and_mode(temp: &File, old: &Metadata) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let new = temp.metadata()?;
        if (new.uid(), new.gid()) != (old.uid(), old.gid())
            && std::os::unix::fs::fchown(temp, Some(old.uid()), Some(old.gid())).is_err()
        {
            let _ = std::os::unix::fs::fchown(temp, None, Some(old.gid()));
        }
    }
    // After the owner: changing the owner clears set-user-id bits.
    temp.set_permissions(old.permissions())
}

/// How the names of `name`'s temporary files begin: `.NAME.negograph-`.
fn temp_prefix(name: &OsStr) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    prefix.push(TEMP_MARK);
    prefix
}

/// Removes the temporary files of `file` that no writer holds: left by a
/// writer that was killed before its rename. A temporary file in use is
/// locked by its writer, so it is never taken; nor is anything that is not a
/// regular file with a temporary file's name.
fn remove_stale_temps(file: &Path) {
    let Ok((dir, name)) = split(file) else {
        return;
    };
    let prefix = temp_prefix(name);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let entry_name = entry.file_name();
        let is_temp = entry_name
            .as_encoded_bytes()
            .strip_prefix(prefix.as_encoded_bytes())
            .and_then(|rest| rest.strip_suffix(TEMP_END.as_bytes()))
            .is_some_and(|random| {
                random.len() == TEMP_RANDOM && random.iter().all(u8::is_ascii_alphanumeric)
            });
        if is_temp {
            remove_if_unlocked(&entry.path());
        }
    }
}

fn remove_if_unlocked(temp: &Path) {
    let Ok(meta) = std::fs::symlink_metadata(temp) else {
        return;
    };
    if !meta.is_file() {
        return;
    }
    let Ok(held) = File::open(temp) else {
        return;
    };
    if held.try_lock().is_err() {
        return;
    }
    // Still the file just looked at (not one swapped in under the same name).
    let same = match (held.metadata(), std::fs::symlink_metadata(temp)) {
        (Ok(a), Ok(b)) => super::same_file(&a, &b),
        _ => false,
    };
    if same {
        let _ = std::fs::remove_file(temp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_files_are_named_after_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let temp = locked_temp(dir.path(), OsStr::new("g.json"), true).unwrap();
        let name = temp.path().file_name().unwrap().to_str().unwrap();
        assert!(
            name.starts_with(".g.json.negograph-") && name.ends_with(".tmp"),
            "{name}"
        );
        assert_eq!(
            name.len(),
            ".g.json.negograph-".len() + TEMP_RANDOM + TEMP_END.len()
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_file_name_that_is_not_utf8_is_written_and_cleaned_up_after() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(OsStr::from_bytes(b"g\xff.json"));
        let mut stale = temp_prefix(file.file_name().unwrap());
        stale.push("AbC123.tmp");
        std::fs::write(dir.path().join(&stale), "half").unwrap();
        write_atomic(&file, b"{}").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"{}");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [file.file_name().unwrap()]);
    }

    #[test]
    fn a_temporary_file_in_use_is_not_removed_and_a_stale_one_is() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("g.json");
        std::fs::write(&file, "{}").unwrap();
        let in_use = locked_temp(dir.path(), OsStr::new("g.json"), false).unwrap();
        let stale = dir.path().join(".g.json.negograph-AbC123.tmp");
        std::fs::write(&stale, "half").unwrap();
        // Names that only look alike are someone else's.
        let others = [
            ".g.json.negograph-AbC12.tmp",
            ".g.json.negograph-AbC123.tmp~",
            ".h.json.negograph-AbC123.tmp",
            ".g.json.XyZ987",
        ];
        for other in others {
            std::fs::write(dir.path().join(other), "keep").unwrap();
        }
        remove_stale_temps(&file);
        assert!(in_use.path().exists(), "a writer's file in use was taken");
        assert!(!stale.exists(), "the stale file is still there");
        for other in others {
            assert!(dir.path().join(other).exists(), "{other} was removed");
        }
    }
}
