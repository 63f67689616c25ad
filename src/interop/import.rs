//! The spreadsheet form read back into a graph: `nodes.csv`, `edges.csv` and
//! optionally `sources.csv` (the columns of [`super::csv`]) become a
//! [`Document`], which goes through the same validation as a JSON file.
//!
//! Every finding is placed in the CSV a person edits: file, line (where the
//! row starts, so a cell with line breaks still points at its row) and column
//! (the cell's position in the row, with its header name). A finding of the
//! validator names a JSON path such as `nodes[3].kind`; since the columns are
//! the format's field names, that is row 3 of `nodes.csv`, column `kind`.

use std::fmt;
use std::path::{Path, PathBuf};

use super::cells::{parse_list_cell, unguard};
use super::csv::{EDGE_COLUMNS, NODE_COLUMNS, REQUIRED, SOURCE_COLUMNS};
use crate::diagnostic::{Diagnostic, PathSeg, Severity};
use crate::error::Error;
use crate::graph::Graph;
use crate::model::{Document, Edge, EdgeFields, Lenient, Node, NodeRef, Source, SourceRef};

/// The files to read.
#[derive(Clone, Debug)]
pub struct CsvPaths {
    pub nodes: PathBuf,
    pub edges: PathBuf,
    pub sources: Option<PathBuf>,
}

/// A finding placed in a CSV file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file as given, or `None` for what no file holds (the title).
    pub file: Option<String>,
    /// 1-based line where the row starts.
    pub line: Option<usize>,
    /// 1-based position of the cell in its row.
    pub column: Option<usize>,
    /// The header of that column.
    pub column_name: Option<String>,
    pub diagnostic: Diagnostic,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.diagnostic.is_error()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.file {
            Some(file) => f.write_str(file)?,
            None => f.write_str("--title")?,
        }
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        if let Some(name) = &self.column_name {
            write!(f, " ({name})")?;
        }
        let d = &self.diagnostic;
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {severity}[{}]: {}", d.code, d.message)?;
        if let Some(help) = &d.help {
            write!(f, "; {help}")?;
        }
        Ok(())
    }
}

/// Why an import wrote nothing.
#[derive(Debug)]
pub enum ImportError {
    /// A file could not be read (exit code 2).
    Io(Error),
    /// The files hold errors, each placed (exit code 1); warnings come along.
    Invalid(Vec<Problem>),
}

/// A valid graph built from the files, and the warnings about them.
#[derive(Debug)]
pub struct Imported {
    pub graph: Graph,
    pub warnings: Vec<Problem>,
}

/// Reads the CSV form and validates it as a graph titled `title`.
pub fn import(paths: &CsvPaths, title: &str, max_size: u64) -> Result<Imported, ImportError> {
    let mut problems = Vec::new();
    let nodes = Table::read(
        &paths.nodes,
        NODE_COLUMNS,
        REQUIRED[0],
        max_size,
        &mut problems,
    )?;
    let edges = Table::read(
        &paths.edges,
        EDGE_COLUMNS,
        REQUIRED[1],
        max_size,
        &mut problems,
    )?;
    let sources = match &paths.sources {
        Some(path) => Some(Table::read(
            path,
            SOURCE_COLUMNS,
            REQUIRED[2],
            max_size,
            &mut problems,
        )?),
        None => None,
    };
    // A broken header would make every row wrong; say only what to fix first.
    if problems.iter().any(Problem::is_error) {
        return Err(ImportError::Invalid(problems));
    }

    let mut doc = Document::new(title);
    if let Some(sources) = &sources {
        doc.sources = sources.rows.iter().map(|row| sources.source(row)).collect();
    }
    for row in &nodes.rows {
        doc.nodes.push(nodes.node(row, &mut problems));
    }
    doc.edges = edges.rows.iter().map(|row| edges.edge(row)).collect();
    if problems.iter().any(Problem::is_error) {
        return Err(ImportError::Invalid(problems));
    }

    let tables = Tables {
        nodes: &nodes,
        edges: &edges,
        sources: sources.as_ref(),
    };
    match Graph::from_document(&paths.nodes.display().to_string(), doc) {
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

/// One CSV file: its header, which known column sits where, and its rows.
struct Table {
    file: String,
    header: Vec<String>,
    /// For each known column (in the form's order), its position in the header.
    at: Vec<Option<usize>>,
    rows: Vec<Row>,
}

struct Row {
    /// 1-based line where the row starts.
    line: usize,
    cells: Vec<String>,
}

impl Table {
    fn read(
        path: &Path,
        known: &'static [&'static str],
        required: usize,
        max_size: u64,
        problems: &mut Vec<Problem>,
    ) -> Result<Table, ImportError> {
        let file = path.display().to_string();
        let input = crate::load::Input::read(path, max_size).map_err(ImportError::Io)?;
        let text = input.text.strip_prefix('\u{feff}').unwrap_or(&input.text);
        let at_line = |line: usize, column: Option<usize>, name: Option<&str>, d| Problem {
            file: Some(file.clone()),
            line: Some(line),
            column,
            column_name: name.map(str::to_owned),
            diagnostic: d,
        };
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut records = reader.records();
        let header: Vec<String> = match records.next() {
            Some(Ok(record)) => record.iter().map(|h| h.trim().to_owned()).collect(),
            Some(Err(e)) => {
                problems.push(at_line(1, None, None, csv_error(&e)));
                return Ok(Table::empty(file, known));
            }
            None => Vec::new(),
        };
        let mut at = vec![None; known.len()];
        for (i, name) in header.iter().enumerate() {
            match known.iter().position(|k| k == name) {
                Some(k) if at[k].is_some() => problems.push(at_line(
                    1,
                    Some(i + 1),
                    Some(name),
                    Diagnostic::error(
                        "duplicate-column",
                        Default::default(),
                        format!("column '{name}' appears twice in the header"),
                    ),
                )),
                Some(k) => at[k] = Some(i),
                None => {
                    let suggestion = strsim_closest(name, known);
                    problems.push(at_line(
                        1,
                        Some(i + 1),
                        Some(name),
                        Diagnostic::error(
                            "unknown-column",
                            Default::default(),
                            format!("unknown column '{name}'"),
                        )
                        .with_help(Some(match suggestion {
                            Some(s) => format!("did you mean '{s}'? columns: {}", known.join(", ")),
                            None => format!("columns: {}", known.join(", ")),
                        })),
                    ))
                }
            }
        }
        for (k, name) in known.iter().enumerate().take(required) {
            if at[k].is_none() {
                problems.push(at_line(
                    1,
                    None,
                    None,
                    Diagnostic::error(
                        "missing-column",
                        Default::default(),
                        format!("the header has no '{name}' column, which every row needs"),
                    )
                    .with_help(Some(format!(
                        "the first line names the columns, e.g. {}",
                        known.join(",")
                    ))),
                ));
            }
        }
        let mut rows = Vec::new();
        for record in records {
            let record = match record {
                Ok(record) => record,
                Err(e) => {
                    let line = e.position().map_or(1, |p| p.line() as usize);
                    problems.push(at_line(line, None, None, csv_error(&e)));
                    continue;
                }
            };
            let line = record.position().map_or(0, |p| p.line() as usize);
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue; // a blank row, as spreadsheets leave at the end
            }
            if record.len() > header.len() {
                problems.push(at_line(
                    line,
                    Some(header.len() + 1),
                    None,
                    Diagnostic::error(
                        "extra-cells",
                        Default::default(),
                        format!(
                            "this row has {} cells but the header names {} columns",
                            record.len(),
                            header.len()
                        ),
                    )
                    .with_help(Some(
                        "a cell holding a comma or a line break must be in double quotes".into(),
                    )),
                ));
            }
            rows.push(Row {
                line,
                cells: record.iter().map(str::to_owned).collect(),
            });
        }
        Ok(Table {
            file,
            header,
            at,
            rows,
        })
    }

    fn empty(file: String, known: &[&str]) -> Table {
        Table {
            file,
            header: Vec::new(),
            at: vec![None; known.len()],
            rows: Vec::new(),
        }
    }

    /// The cell of known column `k` in `row`, the formula guard removed;
    /// `None` when the column or the cell is missing or empty.
    fn cell<'r>(&self, row: &'r Row, k: usize) -> Option<&'r str> {
        let cell = unguard(row.cells.get(self.at[k]?)?);
        (!cell.is_empty()).then_some(cell)
    }

    fn text(&self, row: &Row, k: usize) -> Option<String> {
        self.cell(row, k).map(str::to_owned)
    }

    fn lenient<T: crate::model::Vocabulary>(&self, row: &Row, k: usize) -> Option<Lenient<T>> {
        self.cell(row, k).map(Lenient::from_text)
    }

    fn source(&self, row: &Row) -> Source {
        Source {
            id: self.text(row, 0).unwrap_or_default(),
            title: self.text(row, 1).unwrap_or_default(),
            date: self.lenient(row, 2),
            url: self.text(row, 3),
            publisher: self.text(row, 4),
        }
    }

    fn node(&self, row: &Row, problems: &mut Vec<Problem>) -> Node {
        let aliases = match self.cell(row, 3).map(parse_list_cell) {
            None => Vec::new(),
            Some(Ok(list)) => list,
            Some(Err(message)) => {
                problems.push(self.at(
                    row,
                    3,
                    Diagnostic::error("bad-list", Default::default(), message),
                ));
                Vec::new()
            }
        };
        Node {
            id: self.text(row, 0).unwrap_or_default(),
            kind: Lenient::from_text(self.cell(row, 1).unwrap_or("")),
            label: self.text(row, 2).unwrap_or_default(),
            aliases,
            status: self.lenient(row, 4),
            since: self.lenient(row, 5),
            until: self.lenient(row, 6),
            note: self.text(row, 7),
        }
    }

    fn edge(&self, row: &Row) -> Edge {
        let end = |k| NodeRef::from(self.cell(row, k).unwrap_or(""));
        Edge::new(EdgeFields {
            from: end(0),
            relation: Lenient::from_text(self.cell(row, 1).unwrap_or("")),
            to: end(2),
            by: self.cell(row, 3).map(NodeRef::from),
            since: self.lenient(row, 4),
            until: self.lenient(row, 5),
            note: self.cell(row, 6).map(Into::into),
            source: self.cell(row, 7).map(SourceRef::from),
            quote: self.cell(row, 8).map(Into::into),
        })
    }

    /// A finding about known column `k` of `row`.
    fn at(&self, row: &Row, k: usize, diagnostic: Diagnostic) -> Problem {
        let column = self.at[k];
        Problem {
            file: Some(self.file.clone()),
            line: Some(row.line),
            column: column.map(|c| c + 1),
            column_name: column.map(|c| self.header[c].clone()),
            diagnostic,
        }
    }
}

/// The three tables, for placing the validator's findings.
struct Tables<'t> {
    nodes: &'t Table,
    edges: &'t Table,
    sources: Option<&'t Table>,
}

impl Tables<'_> {
    /// Where in the CSV files a finding about a JSON path is.
    fn place(&self, d: &Diagnostic) -> Problem {
        let unplaced = |file: Option<&Table>| Problem {
            file: file.map(|t| t.file.clone()),
            line: None,
            column: None,
            column_name: None,
            diagnostic: d.clone(),
        };
        let (list, index, field) = match d.path.0.as_slice() {
            [PathSeg::Key(list), PathSeg::Index(i), rest @ ..] => {
                let field = match rest.first() {
                    Some(PathSeg::Key(f)) => Some(f.as_ref()),
                    _ => None,
                };
                (list.as_ref(), *i, field)
            }
            _ => return unplaced(None),
        };
        let (table, known) = match list {
            "nodes" => (Some(self.nodes), NODE_COLUMNS),
            "edges" => (Some(self.edges), EDGE_COLUMNS),
            "sources" => (self.sources, SOURCE_COLUMNS),
            _ => (None, NODE_COLUMNS),
        };
        let Some(table) = table else {
            return unplaced(None);
        };
        let Some(row) = table.rows.get(index) else {
            return unplaced(Some(table));
        };
        match field.and_then(|f| known.iter().position(|k| *k == f)) {
            Some(k) => table.at(row, k, d.clone()),
            None => Problem {
                line: Some(row.line),
                ..unplaced(Some(table))
            },
        }
    }
}

fn csv_error(e: &::csv::Error) -> Diagnostic {
    Diagnostic::error(
        "bad-csv",
        Default::default(),
        format!("cannot read this CSV: {e}"),
    )
}

/// The known column most like `typed`, for "did you mean".
fn strsim_closest(typed: &str, known: &'static [&'static str]) -> Option<&'static str> {
    let typed = typed.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(&typed, k), *k))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}
