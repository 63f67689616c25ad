//! The spreadsheet form read back into a graph: `nodes.csv`, `edges.csv` and
//! optionally `sources.csv` and `status.csv` (the columns of [`super::csv`]) become a
//! [`Document`], which goes through the same validation as a JSON file.
//!
//! Every finding is placed in the CSV a person edits: file, line (where the
//! row starts, so a cell with line breaks still points at its row) and column
//! (the cell's position in the row, with its header name). A finding of the
//! validator names a JSON path such as `nodes[3].kind`; since the columns are
//! the format's field names, that is row 3 of `nodes.csv`, column `kind`.

use std::path::{Path, PathBuf};

use std::collections::HashMap;

use super::csv::citation_column;
use super::import_table::{Form, Table};
use crate::diagnostic::{Diagnostic, PathSeg};
use crate::error::Error;
use crate::graph::Graph;
use crate::model::Document;
use crate::terminal::excerpt;

pub use super::import_problems::Problem;

/// The files to read.
#[derive(Clone, Debug)]
pub struct CsvPaths {
    /// `nodes.csv`: required.
    pub nodes: PathBuf,
    /// `edges.csv`: required.
    pub edges: PathBuf,
    /// `sources.csv`; without it the graph has no sources, and a claim that
    /// cites one is an error (`unknown-source`).
    pub sources: Option<PathBuf>,
    /// `status.csv`: format 1.1's dated status changes.
    pub status: Option<PathBuf>,
    /// `graph.csv`: the graph's own fields (its title).
    pub graph: Option<PathBuf>,
}

/// Why an import wrote nothing.
#[derive(Debug)]
pub enum ImportError {
    /// A file could not be read (its error says which exit code).
    Io(Error),
    /// The files hold errors, each placed (exit code 1); warnings come along.
    Invalid(Vec<Problem>),
}

/// A valid graph built from the files, and the warnings about them.
#[derive(Debug)]
pub struct Imported {
    /// The validated graph, ready to write as JSON or to query.
    pub graph: Graph,
    /// Every warning, placed in its CSV file.
    pub warnings: Vec<Problem>,
}

/// Reads the CSV form and validates it as a graph titled `title`, else
/// as `graph.csv` titles it, else "Imported from NODES".
///
/// # Errors
///
/// [`ImportError::Io`] when a file cannot be read or is too large;
/// [`ImportError::Invalid`] with every problem, each placed, when a header or
/// a cell is wrong or the graph breaks a rule of the format.
pub fn import(
    paths: &CsvPaths,
    title: Option<&str>,
    max_size: u64,
) -> Result<Imported, ImportError> {
    let mut problems = Vec::new();
    let mut read = |path: &Path, form: Form| {
        Table::read(path, form, max_size, &mut problems).map_err(ImportError::Io)
    };
    let nodes = read(&paths.nodes, Form::Nodes)?;
    let edges = read(&paths.edges, Form::Edges)?;
    let sources = paths
        .sources
        .as_deref()
        .map(|p| read(p, Form::Sources))
        .transpose()?;
    let status = paths
        .status
        .as_deref()
        .map(|p| read(p, Form::Status))
        .transpose()?;
    let head = paths
        .graph
        .as_deref()
        .map(|p| read(p, Form::Graph))
        .transpose()?;
    // A broken header would make every row wrong; say only what to fix first.
    if problems.iter().any(Problem::is_error) {
        return Err(ImportError::Invalid(problems));
    }

    let written = head
        .as_ref()
        .and_then(|t| t.rows.first().and_then(|row| t.text(row, "title")));
    let title = title.map(str::to_owned).or(written).unwrap_or_else(|| {
        let name = paths.nodes.file_name().unwrap_or(paths.nodes.as_os_str());
        format!("Imported from {}", name.to_string_lossy())
    });
    let mut doc = Document::new(title);
    if let Some(sources) = &sources {
        doc.sources = sources.rows.iter().map(|row| sources.source(row)).collect();
    }
    for row in &nodes.rows {
        doc.nodes.push(nodes.node(row, &mut problems));
    }
    // Each change goes to its node, in the order of status.csv; `history`
    // remembers which row each became, to place findings about it.
    let mut history: Vec<Vec<usize>> = vec![Vec::new(); doc.nodes.len()];
    if let Some(status) = &status {
        // The first node with an id, as validation resolves ids.
        let position: HashMap<String, usize> = doc
            .nodes
            .iter()
            .enumerate()
            .rev()
            .map(|(i, n)| (n.id.clone(), i))
            .collect();
        for (r, row) in status.rows.iter().enumerate() {
            let id = status.cell(row, "node").unwrap_or("");
            match position.get(id) {
                Some(&i) => {
                    doc.nodes[i]
                        .more_mut()
                        .status_history
                        .push(status.change(row));
                    history[i].push(r);
                }
                None => problems.push(
                    status.at(
                        row,
                        "node",
                        Diagnostic::error(
                            "unknown-node",
                            Default::default(),
                            format!("node '{}' is not in {}", excerpt(id), nodes.file),
                        )
                        .with_help(Some("a status change names its node by id".into())),
                    ),
                ),
            }
        }
    }
    doc.edges = edges
        .rows
        .iter()
        .map(|row| edges.edge(row, &mut problems))
        .collect();
    // The CSV form names no version: the graph declares the one its
    // content needs (else a 1.2 field would be "more than it declares").
    doc.negograph = doc.content_version();

    let tables = Tables {
        nodes: &nodes,
        edges: &edges,
        sources: sources.as_ref(),
        status: status.as_ref(),
        history,
    };
    // What the rows alone showed (a list cell that is not a list, a change
    // for no node) goes with what validation finds, so one run reports all.
    match Graph::from_document(&paths.nodes.display().to_string(), doc) {
        Ok(_) if problems.iter().any(Problem::is_error) => Err(ImportError::Invalid(problems)),
        Ok(graph) => {
            problems.extend(graph.warnings().iter().map(|d| tables.place(d)));
            Ok(Imported {
                graph,
                warnings: problems,
            })
        }
        Err(Error::Invalid { diagnostics, .. }) => {
            problems.extend(diagnostics.iter().map(|d| tables.place(d)));
            Err(ImportError::Invalid(problems))
        }
        Err(other) => Err(ImportError::Io(other)),
    }
}

/// The tables, for placing the validator's findings.
struct Tables<'t> {
    nodes: &'t Table,
    edges: &'t Table,
    sources: Option<&'t Table>,
    status: Option<&'t Table>,
    /// For each node, the status.csv rows of its changes, in order.
    history: Vec<Vec<usize>>,
}

impl Tables<'_> {
    /// Where in the CSV files a finding about a JSON path is: `nodes[i].f`
    /// is column `f` of row `i` of nodes.csv; a citation `edges[i].citations[j].f`
    /// is column `f` of the edge's `j`th citation group; a status change
    /// `nodes[i].status_history[h].f` is its row of status.csv.
    fn place(&self, d: &Diagnostic) -> Problem {
        let unplaced = |table: Option<&Table>| Problem {
            file: table.map(|t| t.file.clone()),
            line: None,
            column: None,
            column_name: None,
            diagnostic: d.clone(),
        };
        let key = |seg: Option<&PathSeg>| match seg {
            Some(PathSeg::Key(k)) => Some(k.to_string()),
            _ => None,
        };
        let index = |seg: Option<&PathSeg>| match seg {
            Some(PathSeg::Index(i)) => Some(*i),
            _ => None,
        };
        let path = &d.path.0;
        let (Some(list), Some(i)) = (key(path.first()), index(path.get(1))) else {
            return unplaced(None);
        };
        let field = key(path.get(2));
        let (table, row) = match list.as_str() {
            "nodes" => (self.nodes, self.nodes.rows.get(i)),
            "edges" => (self.edges, self.edges.rows.get(i)),
            "sources" => match self.sources {
                Some(t) => (t, t.rows.get(i)),
                None => return unplaced(None),
            },
            _ => return unplaced(None),
        };
        let Some(row) = row else {
            return unplaced(Some(table));
        };
        match (list.as_str(), field.as_deref()) {
            ("nodes", Some("status_history")) => {
                let change = index(path.get(3)).and_then(|h| self.history.get(i)?.get(h));
                match (self.status, change) {
                    (Some(status), Some(&r)) => {
                        let column = key(path.get(4)).unwrap_or_else(|| "node".into());
                        status.at(&status.rows[r], &column, d.clone())
                    }
                    _ => table.at(row, "id", d.clone()),
                }
            }
            ("edges", Some("citations")) => {
                let group = index(path.get(3))
                    .and_then(|j| row.citations.get(j))
                    .copied();
                let field = match key(path.get(4)).as_deref() {
                    Some("note") => "citation_note".to_owned(),
                    Some(f) => f.to_owned(),
                    None => "source".to_owned(),
                };
                match group {
                    Some(n) => table.at(row, &citation_column(&field, n), d.clone()),
                    None => table.at(row, "source", d.clone()),
                }
            }
            (_, Some(field)) => table.at(row, field, d.clone()),
            (_, None) => Problem {
                line: Some(row.line),
                ..unplaced(Some(table))
            },
        }
    }
}
