//! The questions analysts ask, each a linear pass over a [`View`](crate::view::View):
//! [`blockers`], [`requires`], [`stance`], [`who`], [`path`], [`deadlocks`],
//! on proposals as packages of terms, [`compare`] and [`issues`];
//! [`effects`] and, over the whole graph between two days, [`changes`]; and
//! [`unblock`], a bounded search on the subgraph below its target.
//! Results are plain data that serialise to the documented JSON. [`Query`]
//! names any of these questions and [`run`] answers it.

mod answer;
pub mod blockers;
pub mod changes;
pub mod compare;
pub mod deadlocks;
pub mod effects;
mod evidence;
pub mod issues;
pub mod package;
pub mod path;
pub mod requires;
pub mod responses;
pub mod settled;
pub mod show;
pub mod stance;
pub mod unblock;
pub mod waiting;
pub mod who;

pub use answer::{Answer, Conflicts, Query, expect_kind, run};
pub use evidence::{Also, AsTerm, Link, NodeRef, WithGone, with_words};
