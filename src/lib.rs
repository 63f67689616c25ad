//! negograph: negotiation positions as a typed knowledge graph.
//!
//! Data flows one way: a file is read ([`load`]), checked and indexed
//! ([`validate`] into a [`graph::Graph`]), narrowed to what a question should see
//! ([`view`]: a date, assumptions, dropped edges), then asked ([`query`]) or drawn
//! ([`export`], [`render`]). Edits ([`edit`]) go back through validation and are
//! written atomically under a lock ([`store`]). [`check`] reports everything
//! wrong with a file. A [`request::Request`] names any of these jobs, and
//! [`request::run`] does it; the `negograph` command is a thin layer that
//! builds one from its arguments and prints the outcome, showing file text
//! through [`terminal::inert`].
//!
//! The command line's crates (clap, miette, ...) come with the default `cli`
//! feature; `default-features = false` leaves the library alone.

pub mod diagnostic;
pub mod error;
pub mod graph;
pub mod ids;
pub mod limits;
pub mod load;
pub mod locate;
pub mod model;
pub mod resolve;
pub mod validate;

pub use diagnostic::{Diagnostic, Severity};
pub use error::{Error, Result};
pub use graph::{EdgeIx, Graph, NodeIx};
pub use load::Input;
pub mod ask;
pub mod check;
pub mod edit;
pub mod export;
pub mod interop;
pub mod query;
pub mod render;
pub mod request;
pub mod sources;
pub mod store;
#[doc(hidden)]
pub mod synth;
pub mod terminal;
pub mod view;
