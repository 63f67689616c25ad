//! Size limits on what a file may hold, so that hostile or runaway input gets a
//! clear error instead of an unreadable diagram or an unbounded allocation.

/// Ids of nodes and sources.
pub const MAX_ID_CHARS: usize = 100;
/// Labels and aliases: a name, not an essay (a diagram has to show it).
pub const MAX_LABEL_CHARS: usize = 500;
/// Titles, quotes and notes.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// How many unknown names get a "did you mean" search, so that a file with a
/// million typos stays linear.
pub const MAX_SUGGESTION_SEARCHES: usize = 100;
