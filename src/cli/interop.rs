//! `export`, `import` and `--cypher`: arguments in, one library call, a summary out.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use negograph::interop::cypher::{Dialect, QueryWriter};
use negograph::interop::import::{CsvPaths, ImportError, import};
use negograph::interop::{self, Format};
use negograph::model::Date;
use negograph::query::path::PathOptions;
use negograph::resolve::Names;
use negograph::view::View;
use negograph::{Error, ask};

use super::args::{Cli, Command, ViewArgs};
use super::report::eprint;
use super::{Failure, Outcome, emit, load_graph, view_spec};

pub const EXPORT_EXAMPLES: &str = "\
Examples:
  negograph export --format graphml -o istanbul.graphml        Gephi, yEd, networkx
  negograph export --format cypher -o istanbul.cypher          then: cypher-shell -f istanbul.cypher
  negograph export --format kuzu -o istanbul-kuzu              then, inside it: kuzu DB < load.cypher
  negograph export --format csv -o istanbul-csv                nodes, edges, sources, status .csv
  negograph -f talks.json export --format csv -o talks-csv --as-of 2025-05-10

Without --as-of the whole file is exported; with it, what a query on that day
sees. GraphML and Cypher write one file, Kuzu and CSV a folder. Existing files
are replaced only with --force, and only once every file is written in full.";

pub const IMPORT_EXAMPLES: &str = "\
Examples:
  negograph import --nodes nodes.csv --edges edges.csv --sources sources.csv --status status.csv -o talks.json
  negograph import --nodes n.csv --edges e.csv -o talks.json --title \"Gaza talks\" --force

The columns are those `export --format csv` writes (README: \"When one file is
not enough\"). The graph is validated as a JSON file is; every problem is
reported with its file, line and column, and nothing is written unless the
graph is valid.";

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// graphml, cypher (Neo4j), kuzu or csv
    #[arg(long, value_enum)]
    pub format: FormatArg,
    /// The file (graphml, cypher) or folder (kuzu, csv) to write
    #[arg(short, long, value_name = "PATH")]
    pub output: PathBuf,
    /// Export what a query on this day sees (YYYY-MM-DD); default: everything
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
    /// Replace existing files
    #[arg(long)]
    pub force: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Graphml,
    Cypher,
    Kuzu,
    Csv,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The nodes: id, kind, label, aliases, status, since, until, note, actor, issue, quantity
    #[arg(long, value_name = "FILE")]
    pub nodes: PathBuf,
    /// The claims: from, relation, to, by, since, until, note, target, trigger, with,
    /// disputed_by, then source, quote, speaker, citation_note (and _2, _3, ... for more)
    #[arg(long, value_name = "FILE")]
    pub edges: PathBuf,
    /// The sources: id, title, date, url, publisher, note, file
    #[arg(long, value_name = "FILE")]
    pub sources: Option<PathBuf>,
    /// Dated status changes: node, on, status, source, quote, note
    #[arg(long, value_name = "FILE")]
    pub status: Option<PathBuf>,
    /// The graph file to write
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// The graph's title (default: "Imported from NODES")
    #[arg(long)]
    pub title: Option<String>,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
}

/// `--cypher[=kuzu|neo4j]` on the queries that have a Cypher form.
#[derive(Debug, Args, Clone, Copy)]
pub struct CypherArg {
    /// Print the Cypher query that answers this on an exported database
    /// (kuzu, the default, or neo4j) instead of answering
    #[arg(long, value_enum, value_name = "DIALECT", num_args = 0..=1, require_equals = true,
          default_missing_value = "kuzu", conflicts_with = "json")]
    pub cypher: Option<DialectArg>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DialectArg {
    Kuzu,
    Neo4j,
}

pub fn export(cli: &Cli, args: &ExportArgs) -> Outcome {
    let g = load_graph(cli)?;
    let format = match args.format {
        FormatArg::Graphml => Format::Graphml,
        FormatArg::Cypher => Format::Cypher,
        FormatArg::Kuzu => Format::Kuzu,
        FormatArg::Csv => Format::Csv,
    };
    let written = interop::export(g, format, args.as_of, &args.output, args.force)?;
    let mut text = format!(
        "exported {} nodes and {} claims{}:\n",
        written.nodes,
        written.edges,
        args.as_of
            .map(|d| format!(" as of {d}"))
            .unwrap_or_default()
    );
    for (path, bytes) in &written.files {
        text.push_str(&format!("  {} ({bytes} bytes)\n", path.display()));
    }
    emit(&text);
    Ok(ExitCode::SUCCESS)
}

pub fn import_csv(cli: &Cli, args: &ImportArgs) -> Outcome {
    let paths = CsvPaths {
        nodes: args.nodes.clone(),
        edges: args.edges.clone(),
        sources: args.sources.clone(),
        status: args.status.clone(),
    };
    if !args.force && args.output.exists() {
        return Err(Error::Usage(format!(
            "{} already exists; pass --force to replace it",
            args.output.display()
        ))
        .into());
    }
    let title = args.title.clone().unwrap_or_else(|| {
        let name = args.nodes.file_name().unwrap_or(args.nodes.as_os_str());
        format!("Imported from {}", name.to_string_lossy())
    });
    let report = |problems: &[interop::import::Problem]| {
        let text: String = problems.iter().map(|p| format!("{p}\n")).collect();
        eprint(&text);
    };
    match import(&paths, &title, cli.max_file_size) {
        Ok(imported) => {
            report(&imported.warnings);
            let doc = imported.graph.document();
            let text = negograph::load::to_canonical_json(doc);
            negograph::store::write_atomic(&args.output, text.as_bytes())?;
            emit(&format!(
                "imported {} nodes, {} claims and {} sources into {}\n",
                doc.nodes.len(),
                doc.edges.len(),
                doc.sources.len(),
                args.output.display()
            ));
            Ok(ExitCode::SUCCESS)
        }
        Err(ImportError::Invalid(problems)) => {
            report(&problems);
            let errors = problems.iter().filter(|p| p.is_error()).count();
            eprint(&format!(
                "the CSV files hold {errors} error(s); nothing was written\n"
            ));
            Ok(ExitCode::from(1))
        }
        Err(ImportError::Io(error)) => Err(Failure::from(error)),
    }
}

/// When the command is a query asked with `--cypher`, prints its Cypher and
/// says so; the caller answers the query otherwise.
pub fn cypher(cli: &Cli) -> Option<Outcome> {
    let (dialect, view) = match &cli.command {
        Command::Blockers { cypher, view, .. }
        | Command::Requires { cypher, view, .. }
        | Command::Stance { cypher, view, .. }
        | Command::Who { cypher, view, .. }
        | Command::Path { cypher, view, .. } => (cypher.cypher?, view),
        _ => return None,
    };
    let dialect = match dialect {
        DialectArg::Kuzu => Dialect::Kuzu,
        DialectArg::Neo4j => Dialect::Neo4j,
    };
    Some(print_cypher(cli, dialect, view))
}

fn print_cypher(cli: &Cli, dialect: Dialect, view: &ViewArgs) -> Outcome {
    let g = load_graph(cli)?;
    let names = Names::new(g);
    let v = View::new(g, &view_spec(view))?;
    let q = QueryWriter::new(&v, dialect)?;
    let node = |name: &str, command: &'static str| -> Result<negograph::NodeIx, Failure> {
        let n = names.resolve(name)?;
        ask::expect_kind(g, n, command)?;
        Ok(n)
    };
    let text = match &cli.command {
        Command::Blockers { node: name, .. } => q.blockers(node(name, "blockers")?),
        Command::Requires { node: name, .. } => q.requires(node(name, "requires")?),
        Command::Stance { party, .. } => q.stance(node(party, "stance")?),
        Command::Who {
            node: name,
            relation,
            side,
            ..
        } => q.who(names.resolve(name)?, *relation, *side),
        Command::Path {
            from,
            to,
            undirected,
            all,
            max_len,
            limit,
            ..
        } => q.path(
            names.resolve(from)?,
            names.resolve(to)?,
            PathOptions {
                directed: !undirected,
                all: *all,
                max_len: usize::from(*max_len),
                limit: *limit,
            },
        ),
        _ => unreachable!("only queries with a Cypher form get here"),
    };
    emit(&text);
    Ok(ExitCode::SUCCESS)
}
