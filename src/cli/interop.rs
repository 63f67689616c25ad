//! `export`, `import` and `--cypher`: their arguments, and the summaries
//! printed after the library has done the work.

use std::io;
use std::path::{Path, PathBuf};

use clap::Args;

use negograph::interop::cypher::Dialect;
use negograph::interop::import::{CsvPaths, Problem};
use negograph::interop::{Format, Written};
use negograph::model::Date;
use negograph::terminal::inert;

use super::exit_codes::ExitCode;
use super::output::{self, eprint};

pub const EXPORT_EXAMPLES: &str = "\
Examples:
  negograph export --format graphml -o istanbul.graphml   Gephi, yEd, networkx
  negograph export --format cypher -o istanbul.cypher     then: cypher-shell -f istanbul.cypher
  negograph export --format ladybug -o istanbul-lbug      then, inside it: lbug DB < load.cypher
  negograph export --format csv -o istanbul-csv           nodes, edges, sources, status, graph .csv
  negograph -f graph/trade-talks.json export --format csv -o trade-csv --as-of 2025-03-10

Without --as-of the whole file is exported; with it, what a query on that day
sees. GraphML and Cypher write one file, LadybugDB and CSV a folder (`--format
kuzu` writes the same folder, which Kuzu 0.11 loads too). Existing files are
replaced only with --force, and only once every file is written in full.";

pub const IMPORT_EXAMPLES: &str = "\
Examples:
  negograph export --format csv -o csv                 first, a graph in the CSV form
  negograph import --nodes csv/nodes.csv --edges csv/edges.csv --sources csv/sources.csv \\
      --status csv/status.csv --graph csv/graph.csv -o istanbul.json
  negograph import --nodes csv/nodes.csv --edges csv/edges.csv --sources csv/sources.csv \\
      -o istanbul.json --title \"Istanbul talks\" --force

The columns are those `export --format csv` writes (docs/interop.md:
\"The spreadsheet form\"). The graph is validated as a JSON file is; every problem is
reported with its file, line and column, and nothing is written unless the
graph is valid.";

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// graphml, cypher (Neo4j), ladybug (also: kuzu) or csv
    #[arg(long, value_enum)]
    pub format: Format,
    /// The file (graphml, cypher) or folder (ladybug, csv) to write
    #[arg(short, long, value_name = "PATH")]
    pub output: PathBuf,
    /// Export what a query on this day sees (YYYY-MM-DD); default: everything
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
    /// Replace existing files
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The nodes: id, kind, label, aliases, status, since, until, note, actor, issue, quantity,
    /// unnamed, scheduled (`status_in_force`, `scheduled_in_force` and `applied_by`, which
    /// export writes, are not read: they come from status and the dated changes)
    #[arg(long, value_name = "FILE")]
    pub nodes: PathBuf,
    /// The claims: from, relation, to, by, since, until, note, target, trigger, with,
    /// `disputed_by`, addressee, seq, stance, then source, quote, speaker, `citation_note`,
    /// reason (and _2, _3, ... for more)
    #[arg(long, value_name = "FILE")]
    pub edges: PathBuf,
    /// The sources: id, title, date, url, publisher, note, file
    #[arg(long, value_name = "FILE")]
    pub sources: Option<PathBuf>,
    /// Dated status changes: node, on, status, source, quote, note, scheduled,
    /// `on_written` (a report's words for the day, read before `on`)
    #[arg(long, value_name = "FILE")]
    pub status: Option<PathBuf>,
    /// The graph's own fields: title (export writes it, so the title survives the round trip;
    /// the format version is the one the content needs, and fields other tools added to the
    /// graph file are not carried)
    #[arg(long, value_name = "FILE")]
    pub graph: Option<PathBuf>,
    /// The graph file to write
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// The graph's title (default: graph.csv's, else "Imported from NODES")
    #[arg(long)]
    pub title: Option<String>,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
}

/// `--cypher[=ladybug|neo4j|opencypher]` on the queries that have a Cypher form.
#[derive(Debug, Args, Clone, Copy)]
pub struct CypherArg {
    /// Print the Cypher query that answers this on an exported database
    /// (ladybug, the default, also for Kuzu 0.11; neo4j; or opencypher, for
    /// FalkorDB) instead of answering
    #[arg(long, value_enum, value_name = "DIALECT", num_args = 0..=1, require_equals = true,
          default_missing_value = "ladybug", conflicts_with = "json")]
    pub cypher: Option<Dialect>,
}

impl ImportArgs {
    /// The CSV files named.
    pub fn csv(&self) -> CsvPaths {
        CsvPaths {
            nodes: self.nodes.clone(),
            edges: self.edges.clone(),
            sources: self.sources.clone(),
            status: self.status.clone(),
            graph: self.graph.clone(),
        }
    }
}

/// What an export wrote.
pub fn print_exported(written: &Written, as_of: Option<Date>) -> io::Result<ExitCode> {
    let mut text = format!(
        "exported {} nodes and {} claims{}:\n",
        written.nodes,
        written.edges,
        as_of.map(|d| format!(" as of {d}")).unwrap_or_default()
    );
    for (path, bytes) in &written.files {
        let path = path.display().to_string();
        text.push_str(&format!("  {} ({bytes} bytes)\n", inert(&path)));
    }
    output::human(&text).map(|()| ExitCode::Success)
}

/// What an import wrote, after its warnings.
pub fn print_imported(
    output: &Path,
    [nodes, claims, sources]: [usize; 3],
    warnings: &[Problem],
) -> io::Result<ExitCode> {
    report(warnings);
    let count = |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    output::human(&format!(
        "imported {}, {} and {} into {}\n",
        count(nodes, "node"),
        count(claims, "claim"),
        count(sources, "source"),
        inert(&output.display().to_string())
    ))
    .map(|()| ExitCode::Success)
}

/// Why an import wrote nothing.
pub fn print_not_imported(problems: &[Problem]) -> ExitCode {
    report(problems);
    let errors = problems.iter().filter(|p| p.is_error()).count();
    eprint(&format!(
        "the CSV files hold {errors} error(s); nothing was written\n"
    ));
    ExitCode::GraphHasErrors
}

/// Problems found in CSV files, one a line, on standard error. A problem
/// quotes the files' cells, which can hold anything a terminal acts on.
fn report(problems: &[Problem]) {
    let mut text = String::new();
    for p in problems {
        text.push_str(&inert(&p.to_string()));
        text.push('\n');
    }
    eprint(&text);
}
