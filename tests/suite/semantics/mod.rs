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
