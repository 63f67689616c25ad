//! One meaning of "stands in the way", "move" and "side" everywhere: the
//! answers checked against each other on random graphs of format 1.1
//! (`consistency`) and of format 1.2 on several days (`random12`'s graphs:
//! `answers`, `days`, `sides`), and every position of the shipped graphs
//! asked through every command and view that speaks of obstacles (`sweep`),
//! on every day of the map's slider and in text and JSON (`shipped`). The
//! worked graphs of docs/semantics.md run in tests/readme.

mod agreed;
mod answers;
mod applied;
mod consistency;
mod countered;
mod days;
mod entries;
mod holds;
mod named;
mod offers;
mod pressure;
mod random12;
pub(crate) mod shipped;
mod sides;
mod steps;
mod sweep;
mod waiting;
mod withdrawn;

/// How many random graphs a property runs on: `default`, or more when
/// `NEGOGRAPH_CASES` says so (before a hand-over, the sides invariants run
/// on thousands of graphs rather than the few hundred CI affords).
pub(crate) fn cases(default: u32) -> u32 {
    std::env::var("NEGOGRAPH_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}
