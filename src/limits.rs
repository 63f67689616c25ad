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
/// The longest article `draft` reads, in bytes: about 30,000 words, five
/// times the longest wire report, and a draft of it still takes well under
/// a second.
pub const MAX_ARTICLE_BYTES: usize = 200_000;
