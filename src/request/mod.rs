//! Everything negograph can be asked to do, as one value ([`Request`]: which
//! graph, and what to do with it), and the one function that does it ([`run`]).
//!
//! The command line only turns its arguments into a [`Request`], calls [`run`]
//! and prints the [`Outcome`]; an embedder can do the same without it.
//!
//! ```
//! use negograph::query::Query;
//! use negograph::request::{self, Action, GraphSource, Outcome, Request};
//! use negograph::view::ViewSpec;
//!
//! let request = Request {
//!     graph: GraphSource::builtin(),
//!     action: Action::Query {
//!         query: Query::Blockers { node: "ceasefire-30d".to_owned(), all_chains: false },
//!         view: ViewSpec::all_time(),
//!     },
//! };
//! let Outcome::Answer { answer, .. } = request::run(&request)? else { unreachable!() };
//! assert!(serde_json::to_string(&answer)?.contains("\"blockers\""));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod draw;
mod interop;

use crate::args::{Cmd, Opt};
use std::path::{Path, PathBuf};

pub use draw::{DrawAs, Drawing, FocusOn, TextFormat};

use crate::ask;
use crate::check::{self, Report};
use crate::edit::Edit;
use crate::error::{Error, Result};
use crate::graph::Graph;
use crate::interop::cypher::Dialect;
use crate::interop::import::{CsvPaths, Problem};
use crate::interop::{Format, Written};
use crate::load::{self, DEFAULT_MAX_FILE_SIZE, Input};
use crate::model::Date;
use crate::model::Document;
use crate::query::{self, Answer, Query};
use crate::store::{self, Change};
use crate::view::{View, ViewSpec};

/// Which graph a request is about: a file, or the built-in Istanbul 2025 graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GraphSource {
    /// The graph file; `None` for the built-in graph (which cannot be edited).
    pub file: Option<PathBuf>,
    /// Files larger than this many bytes are refused before they are read.
    pub max_file_size: u64,
}

impl GraphSource {
    /// The built-in graph.
    pub fn builtin() -> GraphSource {
        GraphSource {
            file: None,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
        }
    }

    /// A graph file, read up to the default size limit.
    pub fn file(path: impl Into<PathBuf>) -> GraphSource {
        GraphSource {
            file: Some(path.into()),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
        }
    }

    /// The whole text: for `check`, and for pointing into the file when it
    /// turns out to be broken.
    ///
    /// # Errors
    ///
    /// [`Error::Read`], [`Error::TooLarge`] or [`Error::OverLimit`] for a file
    /// that cannot be read within `max_file_size`; [`Error::NotUtf8`] for one
    /// that is not text.
    pub fn read(&self) -> Result<Input> {
        match &self.file {
            Some(path) if crate::text::is_text_path(path) => {
                Input::read_text(path, self.max_file_size)
            }
            Some(path) => Input::read(path, self.max_file_size),
            None => Ok(Input::builtin()),
        }
    }

    /// The graph, parsed, validated and indexed. A big file is read a window
    /// at a time and never held whole (see [`load::read_parsed`]).
    ///
    /// # Errors
    ///
    /// As [`read`](Self::read), and [`Error::Parse`] or [`Error::Invalid`] for a
    /// file that is not a valid graph.
    pub fn load(&self) -> Result<Graph> {
        let (origin, parsed) = match &self.file {
            Some(path) if crate::text::is_text_path(path) => {
                let input = Input::read_text(path, self.max_file_size)?;
                let doc = crate::text::parse(&input.origin, &input.text)?;
                return Graph::from_document(&input.origin, doc);
            }
            Some(path) => {
                let parsed =
                    load::read_parsed(path, self.max_file_size).map_err(|unread| *unread.error)?;
                (path.display().to_string(), parsed)
            }
            None => {
                let input = Input::builtin();
                (input.origin.clone(), input.parse_indexed()?)
            }
        };
        Graph::from_parsed(&origin, parsed)
    }

    /// The file an edit writes to; the built-in graph is read-only.
    fn writable(&self) -> Result<&Path> {
        self.file.as_deref().ok_or(Error::ReadOnly)
    }
}

/// What to do with the graph.
#[derive(Clone, Debug)]
pub enum Action {
    /// Answer a question (every query subcommand), names as typed.
    Query {
        /// The question.
        query: Query<String>,
        /// The day and what-ifs it is asked under.
        view: ViewSpec,
    },
    /// Answer a question in plain English (see [`ask`]): each reading of
    /// it, through the same query runner as [`Action::Query`].
    Ask {
        /// The question as typed.
        question: String,
        /// The day and what-ifs it is asked under.
        view: ViewSpec,
    },
    /// The example questions `ask` is built around, each with the command
    /// it reads as (the graph is not read).
    AskExamples,
    /// Instead of answering a question, the Cypher query that answers it on
    /// a database holding the export (`--cypher`).
    Cypher {
        /// The question (blockers, requires, stance, who or path).
        query: Query<String>,
        /// The day and what-ifs it is asked under.
        view: ViewSpec,
        /// Which engine's Cypher.
        dialect: Dialect,
    },
    /// Draw the graph or one answer (`dot`, `render`).
    Draw(Drawing),
    /// Write the graph for other tools (`export`).
    Export {
        /// GraphML, Neo4j Cypher, a LadybugDB (or Kuzu) folder or CSV.
        format: Format,
        /// Only what a query on this day sees; `None` for everything.
        as_of: Option<Date>,
        /// The file or folder to write.
        output: PathBuf,
        /// Replace what is there.
        force: bool,
    },
    /// Build a graph file from the CSV form (`import`); the request's graph
    /// is not read.
    Import {
        /// The CSV files.
        csv: CsvPaths,
        /// The graph's title; by default graph.csv's, else "Imported from NODES".
        title: Option<String>,
        /// The graph file to write.
        output: PathBuf,
        /// Replace the file if it exists.
        force: bool,
    },
    /// Validate the file; with `sources`, check every quote against
    /// `sources/<source id>.txt`.
    Check {
        /// The folder of source texts, if quotes are to be checked.
        sources: Option<PathBuf>,
    },
    /// The JSON Schema of the file format.
    Schema,
    /// Change the graph file; with `dry_run`, only say what would change.
    Edit {
        /// The change.
        edit: Edit,
        /// Work out the change and write nothing.
        dry_run: bool,
    },
    /// Merge a fragment in the text format into the graph file (see
    /// [`crate::text::apply_fragment`]); with `dry_run`, only say what would change.
    Apply {
        /// The fragment's file.
        fragment: PathBuf,
        /// Work out the change and write nothing.
        dry_run: bool,
    },
    /// Write the graph file `input` in the format of `output` (the text
    /// format for `.neg`, JSON otherwise), losing nothing; the request's
    /// graph is not read.
    Convert {
        /// The file to read, in either format.
        input: PathBuf,
        /// The file to write.
        output: PathBuf,
        /// Replace `output` if it exists.
        force: bool,
    },
    /// Start a new, empty graph file at `path` (the request's graph is not read).
    New {
        /// The file to create; an existing one is never replaced.
        path: PathBuf,
        /// The graph's title.
        title: String,
    },
    /// Draft the claims of a news report in the text format (`draft`); the
    /// graph gives the names it knows their ids.
    Draft {
        /// The report, as plain text.
        article: PathBuf,
        /// The source id the claims cite.
        source: String,
    },
    /// Write a seeded synthetic graph of `edges` edges (for benchmarks).
    #[doc(hidden)]
    Generate {
        /// How many edges.
        edges: usize,
        /// The same seed gives the same graph.
        seed: u64,
        /// One line of JSON instead of the canonical pretty form.
        compact: bool,
        /// The file to write.
        output: PathBuf,
    },
}

/// One request: which graph, and what to do.
#[derive(Clone, Debug)]
pub struct Request {
    /// The graph the job reads (or edits).
    pub graph: GraphSource,
    /// The job.
    pub action: Action,
}

/// What a request came to.
#[derive(Debug)]
#[allow(
    clippy::large_enum_variant,
    reason = "one outcome per request, moved once: boxing the graph would only add an allocation"
)]
pub enum Outcome {
    /// A question's answer, with the graph it was asked of (whose labels name
    /// the nodes an answer refers to by id) and the question as resolved.
    Answer {
        /// The graph asked.
        graph: Graph,
        /// The question, its names resolved.
        asked: Query,
        /// What it came to.
        answer: Answer,
        /// What the reader should know about the view the answer was read
        /// in, in words ([`View::notes`]): said apart from the answer.
        notes: Vec<String>,
    },
    /// A question in plain English, read and answered.
    Asked {
        /// The graph asked (whose labels name what the answers refer to by id).
        graph: Graph,
        /// How the question was read, and each reading's answer.
        asked: ask::Asked,
    },
    /// The example questions of `ask`, by intent.
    AskExamples,
    /// A drawing to print: DOT or Mermaid text.
    Drawn(Vec<u8>),
    /// A picture laid out by Graphviz: written to `output`, or its bytes to print.
    Pictured {
        /// The file written, if any.
        output: Option<PathBuf>,
        /// The picture's bytes, when not written to a file (empty otherwise).
        bytes: Vec<u8>,
        /// How Graphviz laid it out, chosen by the view's size.
        layout: crate::render::Plan,
    },
    /// A question as Cypher.
    Cypher(String),
    /// What an export wrote.
    Exported {
        /// The files and what they hold.
        written: Written,
        /// The day exported, if one was given.
        as_of: Option<Date>,
    },
    /// A graph file built from the CSV form.
    Imported {
        /// The file written.
        output: PathBuf,
        /// How many nodes it holds.
        nodes: usize,
        /// How many edges (claims) it holds.
        claims: usize,
        /// How many sources it holds.
        sources: usize,
        /// Warnings about the CSV files, each placed.
        warnings: Vec<Problem>,
    },
    /// CSV files with errors: nothing was written.
    NotImported {
        /// Every problem, each placed in its file.
        problems: Vec<Problem>,
    },
    /// A file was written (a drawing with an output file, a generated graph).
    Wrote(PathBuf),
    /// What `check` found.
    Checked(Report),
    /// The JSON Schema of the file format.
    Schema(String),
    /// An edit made (or, with `dry_run`, one that would be made).
    Edited {
        /// The file edited.
        file: PathBuf,
        /// The text before and after, and what changed.
        change: Change,
        /// Nothing was written.
        dry_run: bool,
    },
    /// A new graph file was created.
    Created(PathBuf),
    /// A draft of a report's claims.
    Drafted {
        /// The draft.
        draft: crate::draft::Draft,
        /// It in the text format.
        text: String,
    },
}

/// Does what `request` asks, and says what came of it: each [`Action`] has
/// its [`Outcome`] (a query its `Answer`, an edit `Edited`, a check
/// `Checked`, ...).
///
/// Every file is written whole or not at all ([`store::write_atomic`]).
///
/// # Errors
///
/// The first error on the way: the file unreadable or invalid, a name that
/// fits no node or several, an edit that would break the graph, Graphviz
/// missing, a file that cannot be written. Findings are not errors where
/// they are the answer: `check` reports them in its [`Report`], `import` in
/// [`Outcome::NotImported`].
pub fn run(request: &Request) -> Result<Outcome> {
    let source = &request.graph;
    match &request.action {
        Action::Query { query, view } => {
            let graph = source.load()?;
            let asked = query.resolve(&graph)?;
            answer(graph, asked, view)
        }
        Action::Ask { question, view } => {
            let graph = source.load()?;
            let reading = ask::interpret(question, &graph, view)?;
            let asked = ask::answer(&graph, question, reading, |query, view| {
                query::run(&View::new(&graph, view)?, query)
            })?;
            Ok(Outcome::Asked { graph, asked })
        }
        Action::AskExamples => Ok(Outcome::AskExamples),
        Action::Cypher {
            query,
            view,
            dialect,
        } => {
            let graph = source.load()?;
            let asked = query.resolve(&graph)?;
            Ok(Outcome::Cypher(interop::cypher(
                &graph, &asked, view, *dialect,
            )?))
        }
        Action::Export {
            format,
            as_of,
            output,
            force,
        } => interop::export(
            &source.load()?,
            *format,
            *as_of,
            output,
            *force,
            source.file.as_deref(),
        ),
        Action::Import {
            csv,
            title,
            output,
            force,
        } => interop::import_csv(csv, title.as_deref(), output, *force, source.max_file_size),
        Action::Draw(drawing) => draw_to(source, drawing),
        Action::Check { sources } => Ok(Outcome::Checked(check::check(
            source.read()?,
            sources.as_deref(),
            source.max_file_size,
        ))),
        Action::Schema => Ok(Outcome::Schema(load::json_schema())),
        Action::Edit { edit, dry_run } => {
            let file = source.writable()?;
            let change = store::edit_file(file, source.max_file_size, edit, *dry_run)?;
            Ok(Outcome::Edited {
                file: file.to_owned(),
                change,
                dry_run: *dry_run,
            })
        }
        Action::Apply { fragment, dry_run } => apply(source, fragment, *dry_run),
        Action::Convert {
            input,
            output,
            force,
        } => convert(input, output, *force, source.max_file_size),
        Action::New { path, title } => {
            let doc = Document::new(title.clone());
            let text = crate::text::to_canonical(path, &doc);
            Graph::from_document(&path.display().to_string(), doc)?;
            store::create_new(path, text.as_bytes())?;
            Ok(Outcome::Created(path.clone()))
        }
        Action::Draft {
            article,
            source: id,
        } => {
            let text = crate::draft::read_article(article)?;
            let graph = source.load()?;
            let draft = crate::draft::draft(&text, id, Some(&graph))?;
            let text = crate::draft::text::write(&draft, &article.display().to_string());
            Ok(Outcome::Drafted { draft, text })
        }
        Action::Generate {
            edges,
            seed,
            compact,
            output,
        } => generate(*edges, *seed, *compact, output),
    }
}

/// A drawing, written to its file or returned.
fn draw_to(source: &GraphSource, drawing: &Drawing) -> Result<Outcome> {
    if let Some(path) = &drawing.output {
        // Before the drawing: refused, it would be work for nothing.
        let inputs: Vec<&Path> = source.file.as_deref().into_iter().collect();
        store::refuse_input(path, &inputs)?;
    }
    let graph = source.load()?;
    let (bytes, layout) = draw::draw(&graph, drawing)?;
    if let Some(path) = &drawing.output {
        store::write_atomic(path, &bytes)?;
    }
    Ok(match (&drawing.output, layout) {
        (output, Some(layout)) => Outcome::Pictured {
            bytes: if output.is_some() { Vec::new() } else { bytes },
            output: output.clone(),
            layout,
        },
        (Some(path), None) => Outcome::Wrote(path.clone()),
        (None, None) => Outcome::Drawn(bytes),
    })
}

/// A text fragment merged into the graph file, all or nothing.
fn apply(source: &GraphSource, fragment: &Path, dry_run: bool) -> Result<Outcome> {
    let file = source.writable()?;
    let text = Input::read_text(fragment, source.max_file_size)?;
    let edit = Edit::Apply {
        origin: text.origin,
        text: text.text.to_string(),
    };
    let change = store::edit_file(file, source.max_file_size, &edit, dry_run)?;
    Ok(Outcome::Edited {
        file: file.to_owned(),
        change,
        dry_run,
    })
}

/// A generated graph of `edges` claims, written to `output`.
fn generate(edges: usize, seed: u64, compact: bool, output: &Path) -> Result<Outcome> {
    if edges > crate::limits::MAX_GENERATED_EDGES {
        return Err(Error::Usage(format!(
            "{} {edges} is over the {} a generated graph may have (its file would be far over the default {}); ask for fewer",
            Opt::Edges,
            crate::limits::MAX_GENERATED_EDGES,
            Opt::MaxFileSize
        )));
    }
    let doc = crate::synth::generate(edges, seed);
    let text = if compact && !crate::text::is_text_path(output) {
        let mut t = serde_json::to_string(&doc).expect("documents serialize");
        t.push('\n');
        t
    } else {
        crate::text::to_canonical(output, &doc)
    };
    store::write_atomic(output, text.as_bytes())?;
    Ok(Outcome::Wrote(output.to_owned()))
}

/// `input` written in `output`'s format.
fn convert(input: &Path, output: &Path, force: bool, max_file_size: u64) -> Result<Outcome> {
    store::refuse_input(output, &[input])?;
    if !force && store::replaces(output) {
        return Err(Error::Usage(format!(
            "{} already exists; pass {} to replace it",
            crate::error::shown(output),
            Opt::Force
        )));
    }
    let read = GraphSource {
        file: Some(input.to_owned()),
        max_file_size,
    }
    .read()?;
    let doc = crate::text::parse_input(&read)?;
    store::write_atomic(output, crate::text::to_canonical(output, &doc).as_bytes())?;
    Ok(Outcome::Wrote(output.to_owned()))
}

fn answer(graph: Graph, asked: Query, view: &ViewSpec) -> Result<Outcome> {
    let view = View::new(&graph, view)?;
    let answer = query::run(&view, &asked)?;
    let mut notes = view.notes();
    notes.extend(assumed_note(&view, &asked));
    Ok(Outcome::Answer {
        graph,
        asked,
        answer,
        notes,
    })
}

/// "what if": the nodes `--assume` takes as met, said on every answer that
/// does not say them itself (`blockers`, `unblock` and `effects` print
/// "assuming met:" and list them as `assumed` in JSON). Without it,
/// `deadlocks --assume X` printed "No deadlocks" as if it were the graph's
/// answer (trust14 F4).
fn assumed_note(view: &View, asked: &Query) -> Option<String> {
    let says_it = matches!(asked.command(), Cmd::Blockers | Cmd::Unblock | Cmd::Effects);
    if view.assumed.is_empty() || says_it {
        return None;
    }
    let g = view.graph;
    let ids: Vec<&str> = view.assumed.iter().map(|&n| g.id(n)).collect();
    Some(format!(
        "what if: the answer takes {} as met ({}): it is not what the graph says",
        ids.join(", "),
        Opt::Assume
    ))
}
