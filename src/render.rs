//! Pictures from DOT, by Graphviz's `dot` program (through graphviz-rust).
//!
//! There is no pure-Rust fallback: the one tried (layout-rs 0.1.3) panics on an
//! empty graph, rejects the labels used here and takes seconds at a hundred
//! nodes. Without Graphviz, `render` says how to install it, and `negograph dot`
//! still writes the DOT.

use std::path::Path;

use graphviz_rust::cmd::{CommandArg, Format as GvFormat};

use crate::error::{Error, Result};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
    Pdf,
}

impl Format {
    /// The format a file name asks for by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }

    fn graphviz(self) -> GvFormat {
        match self {
            Format::Svg => GvFormat::Svg,
            Format::Png => GvFormat::Png,
            Format::Pdf => GvFormat::Pdf,
        }
    }
}

/// Lays out and draws DOT text.
pub fn render(dot: &str, format: Format) -> Result<Vec<u8>> {
    match graphviz_rust::exec_dot(dot.to_owned(), vec![CommandArg::Format(format.graphviz())]) {
        Ok(bytes) => Ok(bytes),
        // graphviz-rust reports a missing `dot` only as "No such file or directory".
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::GraphvizMissing),
        Err(e) => Err(Error::Graphviz(e.to_string().trim().to_owned())),
    }
}
