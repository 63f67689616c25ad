//! One meaning of "stands in the way", "move" and "side" everywhere: the
//! answers checked against each other on random graphs (`consistency`), and
//! every position of the shipped graphs asked through every command and
//! view that speaks of obstacles (`sweep`). The worked graphs of
//! docs/semantics.md run in tests/readme.

mod answers;
mod consistency;
mod days;
mod random12;
mod shipped;
mod sides;
mod sweep;
