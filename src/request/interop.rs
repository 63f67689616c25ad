//! The requests that reach beyond one graph file: writing it for other tools
//! (`export`), building one from the CSV form (`import`), and a question as
//! Cypher for a database holding the export (`--cypher`).

use crate::args::Opt;
use std::path::{Path, PathBuf};

use super::Outcome;
use crate::error::{Error, Result};
use crate::graph::Graph;
use crate::interop::cypher::{Dialect, QueryWriter};
use crate::interop::import::{CsvPaths, ImportError, import};
use crate::interop::{self, Format};
use crate::load;
use crate::model::Date;
use crate::query::Query;
use crate::store;
use crate::view::{View, ViewSpec};

/// Writes `graph` for other tools.
pub(super) fn export(
    graph: &Graph,
    format: Format,
    as_of: Option<Date>,
    output: &Path,
    force: bool,
    input: Option<&Path>,
) -> Result<Outcome> {
    // "-" reads as standard output to most users, but exports are files:
    // writing one named "-" (a folder, for csv) would surprise them.
    if output == Path::new("-") {
        return Err(Error::Usage(format!(
            "the output '-' would be written as a {} named '-': export writes files, not standard output; name the file (graphml, cypher) or folder (ladybug, csv) to write",
            if format.is_folder() { "folder" } else { "file" }
        )));
    }
    let written = interop::export_sparing(graph, format, as_of, output, force, input)?;
    Ok(Outcome::Exported { written, as_of })
}

/// Builds a graph file from the CSV form: validated as a JSON file is, and
/// written only when valid (and, over an existing file, only with `force`).
pub(super) fn import_csv(
    csv: &CsvPaths,
    title: Option<&str>,
    output: &Path,
    force: bool,
    max_file_size: u64,
) -> Result<Outcome> {
    let inputs: Vec<&Path> = [Some(csv.nodes.as_path()), Some(csv.edges.as_path())]
        .into_iter()
        .chain([
            csv.sources.as_deref(),
            csv.status.as_deref(),
            csv.graph.as_deref(),
        ])
        .flatten()
        .collect();
    store::refuse_input(output, &inputs)?;
    if !force && store::replaces(output) {
        return Err(Error::Usage(format!(
            "{} already exists; pass {} to replace it",
            output.display(),
            Opt::Force
        )));
    }
    match import(csv, title, max_file_size) {
        Ok(imported) => {
            let doc = imported.graph.document();
            let text = load::to_canonical_json(doc);
            store::write_atomic(output, text.as_bytes())?;
            Ok(Outcome::Imported {
                output: PathBuf::from(output),
                nodes: doc.nodes.len(),
                claims: doc.edges.len(),
                sources: doc.sources.len(),
                warnings: imported.warnings,
            })
        }
        Err(ImportError::Invalid(problems)) => Ok(Outcome::NotImported { problems }),
        Err(ImportError::Io(error)) => Err(error),
    }
}

/// The Cypher query that answers `query` on a database holding the export.
pub(super) fn cypher(
    graph: &Graph,
    query: &Query,
    view: &ViewSpec,
    dialect: Dialect,
) -> Result<String> {
    let view = View::new(graph, view)?;
    let q = QueryWriter::new(&view, dialect)?;
    Ok(match *query {
        Query::Blockers { node, .. } => q.blockers(node),
        Query::Requires(n) => q.requires(n),
        Query::Stance(n) => q.stance(n),
        Query::Who {
            node,
            relation,
            side,
        } => q.who(node, relation, side),
        Query::Path { from, to, options } => q.path(from, to, options),
        _ => {
            return Err(Error::Usage(format!(
                "{} has no Cypher form; {} is for blockers, requires, stance, who and path",
                query.command(),
                Opt::Cypher
            )));
        }
    })
}
