//! Without the `fast-reader` feature: the direct reader's entry points,
//! each leaving every file to serde, read whole.

use std::io::Read;

use super::{Parsed, Threads};

/// What reading a document through windows came to: here, always
/// [`Streamed::Declined`].
#[allow(dead_code)] // The same variants as the direct reader's, which makes them all.
pub(crate) enum Streamed {
    Read(Parsed),
    Declined,
    Broken,
}

/// Never streams: the file is read whole.
pub(crate) fn parse_stream(
    _: &mut impl Read,
    _: usize,
    _: Threads,
    _: usize,
) -> std::io::Result<Streamed> {
    Ok(Streamed::Declined)
}

/// Never reads: serde does.
pub(super) fn parse_document(_: &str, _: Threads) -> Option<Parsed> {
    None
}
