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
//!
//! # Module map
//!
//! In the order data flows through them: each module's code uses only
//! modules listed before it. The command line (`src/cli/`) belongs to the
//! binary, not to the library.
//!
//! **Foundations**
//! - [`model`]: the file's types as format 1.1 spells them: nodes, edges,
//!   sources, citations, kinds, relations, statuses, dates, quantities.
//! - [`limits`]: how long an id, a label or a text may be.
//! - [`diagnostic`]: a finding about a file: severity, stable code, JSON
//!   path, suggestion.
//! - [`terminal`]: text from a file made inert before a terminal shows it.
//! - [`args`]: the subcommands, options and command lines messages name,
//!   typed; the command line spells them.
//! - [`error`]: everything that can go wrong, as one enum ([`Error`]).
//!
//! **Reading a file**
//! - [`ids`]: node ids to node positions, the look-up every edge end needs.
//! - [`locate`]: a JSON path back to a line and column of the file.
//! - [`load`]: reading a file within a size limit, parsing it into a
//!   [`model::Document`], writing it back in canonical form; the JSON Schema.
//!
//! **Checked and indexed**
//! - [`adjacency`]: each node's edges, both ways, as compressed rows (4
//!   bytes an edge each way); petgraph's index types and directions.
//! - [`graph`]: the validated, indexed graph ([`Graph`]) queries read.
//! - [`resolve`]: what a person types ("the ceasefire", "Moscow") to one
//!   node, or a refusal that lists the candidates.
//! - [`validate`]: the format's rules; a document without errors becomes a
//!   [`Graph`].
//! - [`text`]: the text format (`.neg`) in and out, and fragments merged
//!   into a graph.
//!
//! **Asked**
//! - [`view`]: the graph a question sees: one day, some demands assumed
//!   met, some edges dropped.
//! - [`standing`]: the one home of what stands in the way of a position,
//!   who is on which side, and what a move is; every answer reads it.
//! - [`query`]: the questions (blockers, requires, stance, who, responses,
//!   path, deadlocks, conflicts, show; compare and issues on proposals;
//!   unblock, effects, changes and timeline); [`query::run`] answers any
//!   [`query::Query`].
//! - [`ask`]: plain-English questions turned into queries.
//!
//! **Drafted**
//! - [`draft`]: a draft of the graph from a news report, every claim quoted
//!   from it, in the text format.
//!
//! **Drawn**
//! - [`render`]: pictures and layouts from Graphviz's `dot`.
//! - [`export`]: what to draw of the graph or an answer, as DOT, Mermaid or
//!   the interactive HTML map.
//!
//! **Checked against sources**
//! - [`sources`]: every quote looked for in its source's text.
//! - [`check`]: everything wrong with a file, each finding located.
//!
//! **Changed and written**
//! - [`edit`]: changes to a graph, as data ([`edit::Edit`]).
//! - [`store`]: files replaced whole and atomically; edits under a lock.
//!
//! **Other tools**
//! - [`interop`]: GraphML, Neo4j and LadybugDB exports, the CSV form out and
//!   in, and the Cypher that answers a query on an exported database.
//!
//! **One entry point**
//! - [`request`]: any of the above as one [`request::Request`], done by
//!   [`request::run`].

pub mod adjacency;
pub mod args;
pub mod diagnostic;
pub mod error;
pub mod graph;
pub mod ids;
pub mod limits;
pub mod load;
pub mod locate;
pub mod model;
pub mod resolve;
pub mod text;
pub mod validate;

pub use diagnostic::{Diagnostic, Severity};
pub use error::{Error, Result};
pub use graph::{EdgeIx, Graph, NodeIx};
pub use load::Input;
pub mod ask;
pub mod check;
pub mod draft;
pub mod edit;
pub mod export;
pub mod interop;
pub mod query;
pub mod render;
pub mod request;
pub mod sources;
pub mod standing;
pub mod store;
#[doc(hidden)]
pub mod synth;
pub mod terminal;
pub mod view;
