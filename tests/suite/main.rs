//! The integration tests, one binary (issue 29: one link of the library
//! and its dependencies instead of one per file). Each module is what was a
//! test file of its own, and runs the real binary or the library as it did;
//! `cargo test --test suite MODULE::` runs one. The browser and engine tests
//! (`tests/browser.rs`, `tests/interop_engines.rs`) and the documentation's
//! commands (`tests/readme/`) stay binaries of their own: the first two
//! bring tokio and the engines' Python, the last has its documented
//! command (`cargo test --test readme`).

#[path = "../common/mod.rs"]
mod common;
#[path = "../interop_common/mod.rs"]
mod interop_common;
#[path = "../regression_support/mod.rs"]
mod regression_support;

mod add_terms;
mod ask;
mod ask_accounting;
mod ask_blind;
mod ask_blind4;
mod ask_kinds28;
mod ask_paraphrases;
mod ask_readings;
mod ask_round10;
mod ask_round11;
mod ask_round12;
mod ask_round14;
mod ask_round15;
mod ask_round16;
mod ask_round16_kinds;
mod ask_round17;
mod ask_round17_kinds;
mod ask_round18;
mod ask_round3;
mod ask_round4;
mod ask_round5;
mod ask_round6;
mod ask_round7;
mod ask_round8;
mod ask_round9;
mod ask_trust4;
mod ask_variants;
mod bounded;
mod changes;
mod check;
mod claims;
mod cli;
mod draft;
mod draft_reports;
mod edit;
mod effects;
mod export;
mod fast_path;
mod format_1_1;
mod format_1_2;
mod format_1_2_addressee;
mod format_dates;
mod format_dates_outputs;
mod format_events;
mod gaza;
mod help_examples;
mod inputs;
mod interop;
mod istanbul;
mod map;
mod naive_blockers;
mod outputs;
mod packages;
mod packages_drawn;
mod packages_quantities;
mod pictures;
mod properties;
mod queries;
mod regression;
mod regression_bounds;
mod semantics;
mod show_faces;
mod sources;
mod terminal;
mod text_apply_again;
mod text_format;
mod text_inline;
mod text_reopen;
mod trust10;
mod trust11;
mod trust12;
mod trust13;
mod trust13b;
mod trust14;
mod trust5;
mod trust6;
mod trust7;
mod trust8;
mod trust9;
mod unblock;
