//! Pictures from DOT, by Graphviz's `dot` program (through graphviz-rust).
//!
//! There is no pure-Rust fallback: the one tried (layout-rs 0.1.3) panics on an
//! empty graph, rejects the labels used here and takes seconds at a hundred
//! nodes. Without Graphviz, `render` says how to install it, and `negograph dot`
//! still writes the DOT.

use std::path::Path;

use graphviz_rust::cmd::{CommandArg, Format as GvFormat};

use crate::error::{Error, Result};

/// What `render` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// SVG: scalable; nodes and edges carry their notes and quotes as tooltips.
    Svg,
    /// PNG: a bitmap, for slides and chats (no tooltips: see `--quotes`).
    Png,
    /// PDF: for print (no tooltips: see `--quotes`).
    Pdf,
    /// The interactive map: one self-contained HTML file, laid out by Graphviz;
    /// click, search, slide the date.
    Html,
}

impl Format {
    /// The format a file name asks for by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            "pdf" => Some(Format::Pdf),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }

    fn graphviz(self) -> GvFormat {
        match self {
            Format::Svg => GvFormat::Svg,
            Format::Png => GvFormat::Png,
            Format::Pdf => GvFormat::Pdf,
            // The map is drawn by the browser from Graphviz's positions.
            Format::Html => GvFormat::Json0,
        }
    }
}

/// Lays out and draws DOT text. For [`Format::Html`] this gives Graphviz's
/// positions as JSON (`-Tjson0`), which [`layout`] is the clearer name for.
///
/// Runs Graphviz's `dot` once and waits for it.
///
/// # Errors
///
/// [`Error::GraphvizMissing`] when `dot` is not installed;
/// [`Error::Graphviz`], with its message, when it fails.
pub fn render(dot: &str, format: Format) -> Result<Vec<u8>> {
    match graphviz_rust::exec_dot(dot.to_owned(), vec![CommandArg::Format(format.graphviz())]) {
        Ok(bytes) => Ok(bytes),
        // graphviz-rust reports a missing `dot` only as "No such file or directory".
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::GraphvizMissing),
        Err(e) => Err(Error::Graphviz(e.to_string().trim().to_owned())),
    }
}

/// Graphviz's layout of DOT text, without drawing it: every node's centre and
/// size, every edge's spline and label position, every cluster's box, as the
/// JSON of `dot -Tjson0`.
///
/// # Errors
///
/// As [`render`].
pub fn layout(dot: &str) -> Result<Vec<u8>> {
    render(dot, Format::Html)
}
