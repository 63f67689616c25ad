//! Size limits on what a file may hold, so that hostile or runaway input gets a
//! clear error instead of an unreadable diagram or an unbounded allocation.
//!
//! Lengths are in characters (Unicode scalar values), not bytes, and a text
//! of exactly the limit is allowed; a longer one is an error (`too-long`,
//! `bad-id` for ids).

/// Ids of nodes and sources.
pub const MAX_ID_CHARS: usize = 100;
/// Labels and aliases: a name, not an essay (a diagram has to show it).
pub const MAX_LABEL_CHARS: usize = 500;
/// Titles, quotes and notes.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// How many names all the "did you mean" searches of one check may score
/// together (a few seconds at most): a small graph gets a suggestion for
/// every typo, a graph of 250,000 nodes for its first 20, and a file with a
/// million typos stays linear.
pub const MAX_SUGGESTION_WORK: usize = 5_000_000;
/// The most edges `generate` makes: its allocation follows the number asked
/// for, and `--edges 1000000000000` grew without bound. Ten million edges
/// are a file of a few GB, already past what a load takes by default.
pub const MAX_GENERATED_EDGES: usize = 10_000_000;

// How Graphviz lays out a view, by its size (issue 30). Figures are from
// graphs made by `negograph generate` (about four claims a node, most of them
// conditions; benches/render.sh, docs/performance.md): `dot` with its full
// settings took 1.3 s at 256 lines and 25 s at 523; with its fast settings
// 0.7 s at 523 lines and 17 s at 1,586; `sfdp` 1.5 s at 1,000 nodes and
// 5,300 lines, 6-7.5 s at 3,000 nodes and 15,900 lines.

/// Up to this many lines (edges, and the lines from parties to the
/// conditions they set and from triggers to threats), `dot` lays a view out
/// with its full settings.
pub const FULL_LAYOUT_LINES: usize = 200;
/// Up to this many lines, `dot` with its fast settings (fewer network-simplex
/// and crossing-minimisation passes, straight lines); past it, `sfdp`.
pub const FAST_LAYOUT_LINES: usize = 600;
/// Past this many nodes no layout is tried, even when forced: no Graphviz
/// layout finishes within [`LAYOUT_SECONDS`] on such a view, and none could
/// be read.
pub const MAX_LAYOUT_NODES: usize = 3_000;
/// Past this many lines, likewise.
pub const MAX_LAYOUT_LINES: usize = 12_000;
/// Seconds Graphviz may take before it is stopped.
pub const LAYOUT_SECONDS: u64 = 10;
