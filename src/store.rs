//! Writing files so that a crash, a kill or a full disk leaves either the old
//! file or the new one, never a mix: the new bytes go to a temporary file beside
//! the target, are flushed, and are renamed over it (atomic-write-file, which
//! also keeps the file's mode and syncs the directory).

use std::io::Write;
use std::path::Path;

use atomic_write_file::AtomicWriteFile;

use crate::error::{Error, Result};

pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let err = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let mut file = AtomicWriteFile::open(path).map_err(err)?;
    file.write_all(bytes).map_err(err)?;
    file.flush().map_err(err)?;
    file.commit().map_err(err)
}
