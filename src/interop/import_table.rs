//! One file of the CSV form read as a table: its header checked against
//! the form's columns, its rows with the citation groups each fills, and
//! each row turned into the model's value (a node, an edge, a source, a
//! status change). Every finding is placed at its file, line and column.

use std::collections::HashMap;
use std::path::Path;

use super::cells::{parse_list_cell, unclosed_quote, unguard};
use super::csv::{
    CITATION_COLUMNS, EDGE_COLUMNS, GRAPH_COLUMNS, NODE_COLUMNS, SOURCE_COLUMNS, STATUS_COLUMNS,
    citation_column,
};
use super::import_problems::{Problem, problem_at, strsim_closest};
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::model::{
    Citation, Edge, EdgeFields, Lenient, Node, NodeRef, Source, SourceRef, StatusChange,
};
use crate::terminal::excerpt;

/// Which file of the form a table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Form {
    Nodes,
    Edges,
    Sources,
    Status,
    Graph,
}

impl Form {
    /// Its fixed columns, and how many of the first are required.
    fn columns(self) -> (&'static [&'static str], usize) {
        match self {
            Form::Nodes => (NODE_COLUMNS, 3),
            Form::Edges => (EDGE_COLUMNS, 3),
            Form::Sources => (SOURCE_COLUMNS, 2),
            Form::Status => (STATUS_COLUMNS, 3),
            Form::Graph => (GRAPH_COLUMNS, 1),
        }
    }

    /// Whether `name` is one of its columns.
    fn knows(self, name: &str) -> bool {
        self.columns().0.contains(&name) || (self == Form::Edges && citation_group(name).is_some())
    }
}

/// A citation column's field and group: `quote_3` is ("quote", 3).
fn citation_group(name: &str) -> Option<(&'static str, usize)> {
    CITATION_COLUMNS.iter().find_map(|&field| {
        if name == field {
            return Some((field, 1));
        }
        let n: usize = name.strip_prefix(field)?.strip_prefix('_')?.parse().ok()?;
        (n >= 2 && citation_column(field, n) == name).then_some((field, n))
    })
}

/// One CSV file: its header, where each column sits, and its rows.
pub(super) struct Table {
    pub(super) file: String,
    header: Vec<String>,
    at: HashMap<String, usize>,
    /// The citation groups the header has, in order (edges only).
    groups: Vec<usize>,
    pub(super) rows: Vec<Row>,
}

pub(super) struct Row {
    /// 1-based line where the row starts.
    pub(super) line: usize,
    cells: Vec<String>,
    /// The citation groups this row fills, in order: the `n`th citation of
    /// the edge is group `citations[n]` (edges only).
    pub(super) citations: Vec<usize>,
}

impl Table {
    pub(super) fn read(
        path: &Path,
        form: Form,
        max_size: u64,
        problems: &mut Vec<Problem>,
    ) -> Result<Table, Error> {
        let file = path.display().to_string();
        let input = crate::load::Input::read_text(path, max_size)?;
        // Input drops a byte order mark (spreadsheets write one).
        let text = input.text.as_str();
        let at_line = |line, column, name, d| problem_at(&file, line, column, name, d);
        if let Some((line, column)) = unclosed_quote(text) {
            let d = Diagnostic::error(
                "unclosed-quote",
                Default::default(),
                "a quoted cell opens here and never closes, so every line after it would be read into this cell",
            )
            .with_help(Some(
                "close the quote; a quote inside a quoted cell is written twice (\"\")".into(),
            ));
            problems.push(at_line(line, Some(column), None, d));
        }
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut records = reader.records();
        let header: Vec<String> = match records.next() {
            Some(Ok(record)) => record.iter().map(|h| h.trim().to_owned()).collect(),
            Some(Err(e)) => {
                problems.push(at_line(1, None, None, csv_error(&e)));
                Vec::new()
            }
            None => Vec::new(),
        };
        let at = columns(&file, &header, form, problems);
        let mut groups: Vec<usize> = header
            .iter()
            .filter_map(|name| citation_group(name).map(|(_, n)| n))
            .filter(|_| form == Form::Edges)
            .collect();
        groups.sort_unstable();
        groups.dedup();

        let mut table = Table {
            file: file.clone(),
            header,
            at,
            groups,
            rows: Vec::new(),
        };
        table.read_rows(records, problems);
        Ok(table)
    }

    /// The rows after the header, each with the citation groups it fills;
    /// blank rows skipped, rows with more cells than columns reported.
    fn read_rows(
        &mut self,
        records: ::csv::StringRecordsIter<'_, &[u8]>,
        problems: &mut Vec<Problem>,
    ) {
        for record in records {
            let record = match record {
                Ok(record) => record,
                Err(e) => {
                    let line = e.position().map_or(1, |p| p.line() as usize);
                    problems.push(problem_at(&self.file, line, None, None, csv_error(&e)));
                    continue;
                }
            };
            let line = record.position().map_or(0, |p| p.line() as usize);
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue; // a blank row, as spreadsheets leave at the end
            }
            if record.len() > self.header.len() {
                let d = Diagnostic::error(
                    "extra-cells",
                    Default::default(),
                    format!(
                        "this row has {} cells but the header names {} columns",
                        record.len(),
                        self.header.len()
                    ),
                )
                .with_help(Some(
                    "a cell holding a comma or a line break must be in double quotes".into(),
                ));
                problems.push(problem_at(
                    &self.file,
                    line,
                    Some(self.header.len() + 1),
                    None,
                    d,
                ));
            }
            let mut row = Row {
                line,
                cells: record.iter().map(str::to_owned).collect(),
                citations: Vec::new(),
            };
            row.citations = self
                .groups
                .iter()
                .copied()
                .filter(|&n| {
                    CITATION_COLUMNS
                        .iter()
                        .any(|f| self.cell(&row, &citation_column(f, n)).is_some())
                })
                .collect();
            self.rows.push(row);
        }
    }

    /// The cell of column `name` in `row`, the formula guard removed;
    /// `None` when the column or the cell is missing or empty.
    pub(super) fn cell<'r>(&self, row: &'r Row, name: &str) -> Option<&'r str> {
        let cell = unguard(row.cells.get(*self.at.get(name)?)?);
        (!cell.is_empty()).then_some(cell)
    }

    pub(super) fn text(&self, row: &Row, name: &str) -> Option<String> {
        self.cell(row, name).map(str::to_owned)
    }

    fn lenient<T: crate::model::Vocabulary>(&self, row: &Row, name: &str) -> Option<Lenient<T>> {
        self.cell(row, name).map(Lenient::from_text)
    }

    /// A yes-or-no cell: `true`, or `false` or empty; anything else is an
    /// error placed at it.
    fn flag(&self, row: &Row, name: &str, problems: &mut Vec<Problem>) -> bool {
        match self.cell(row, name).map(str::trim) {
            None | Some("false") => false,
            Some("true") => true,
            Some(other) => {
                let d = Diagnostic::error(
                    "bad-flag",
                    Default::default(),
                    format!("{name} is true or false, not '{}'", excerpt(other)),
                )
                .with_help(Some("write true, or leave the cell empty".into()));
                problems.push(self.at(row, name, d));
                false
            }
        }
    }

    /// A whole number cell (`seq`), or an error placed at it.
    fn number(&self, row: &Row, name: &str, problems: &mut Vec<Problem>) -> Option<u32> {
        let cell = self.cell(row, name)?;
        match cell.trim().parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                let d = Diagnostic::error(
                    "bad-number",
                    Default::default(),
                    format!(
                        "{name} is a whole number (1, 2, ...), not '{}'",
                        excerpt(cell)
                    ),
                )
                .with_help(Some(
                    "the claim's place among the claims of its first day".into(),
                ));
                problems.push(self.at(row, name, d));
                None
            }
        }
    }

    /// A list cell, or an error placed at it.
    fn list(&self, row: &Row, name: &str, problems: &mut Vec<Problem>) -> Vec<String> {
        match self.cell(row, name).map(parse_list_cell) {
            None => Vec::new(),
            Some(Ok(list)) => list,
            Some(Err(message)) => {
                let d = Diagnostic::error("bad-list", Default::default(), message);
                problems.push(self.at(row, name, d));
                Vec::new()
            }
        }
    }

    pub(super) fn source(&self, row: &Row) -> Source {
        Source {
            id: self.text(row, "id").unwrap_or_default(),
            title: self.text(row, "title").unwrap_or_default(),
            date: self.lenient(row, "date"),
            url: self.text(row, "url"),
            publisher: self.text(row, "publisher"),
            note: self.text(row, "note"),
            file: self.text(row, "file"),
        }
    }

    pub(super) fn node(&self, row: &Row, problems: &mut Vec<Problem>) -> Node {
        let mut node = Node {
            id: self.text(row, "id").unwrap_or_default(),
            kind: Lenient::from_text(self.cell(row, "kind").unwrap_or("")),
            label: self.text(row, "label").unwrap_or_default(),
            aliases: self.list(row, "aliases", problems),
            status: self.lenient(row, "status"),
            since: self.lenient(row, "since"),
            until: self.lenient(row, "until"),
            note: self.text(row, "note"),
            more: None,
        };
        let more = node.more_mut();
        more.actor = self.list(row, "actor", problems);
        more.issue = self.text(row, "issue");
        more.quantity = self.text(row, "quantity");
        more.unnamed = self.flag(row, "unnamed", problems);
        more.scheduled = self.lenient(row, "scheduled");
        node.tidy();
        node
    }

    pub(super) fn change(&self, row: &Row) -> StatusChange {
        StatusChange {
            status: Lenient::from_text(self.cell(row, "status").unwrap_or("")),
            // The file's words ("Friday") when the export wrote them, else the day.
            on: Lenient::from_text(
                self.cell(row, "on_written")
                    .or_else(|| self.cell(row, "on"))
                    .unwrap_or(""),
            ),
            source: self.text(row, "source"),
            quote: self.text(row, "quote"),
            note: self.text(row, "note"),
            scheduled: self.lenient(row, "scheduled"),
        }
    }

    pub(super) fn edge(&self, row: &Row, problems: &mut Vec<Problem>) -> Edge {
        let end = |name| self.cell(row, name).map(NodeRef::from);
        let citations = row
            .citations
            .iter()
            .map(|&n| {
                let cell = |field| self.cell(row, &citation_column(field, n));
                Citation {
                    source: cell("source").map(SourceRef::from),
                    quote: cell("quote").map(Into::into),
                    speaker: cell("speaker").map(Into::into),
                    note: cell("citation_note").map(Into::into),
                    reason: cell("reason").map(Into::into),
                }
            })
            .collect();
        Edge::new(EdgeFields {
            from: end("from").unwrap_or_else(|| NodeRef::from("")),
            relation: Lenient::from_text(self.cell(row, "relation").unwrap_or("")),
            to: end("to").unwrap_or_else(|| NodeRef::from("")),
            by: end("by"),
            citations,
            // The file's words ("Tuesday") when the export wrote them,
            // else the day.
            since: self
                .lenient(row, "since_written")
                .or_else(|| self.lenient(row, "since")),
            until: self
                .lenient(row, "until_written")
                .or_else(|| self.lenient(row, "until")),
            note: self.cell(row, "note").map(Into::into),
            target: end("target"),
            trigger: end("trigger"),
            with: end("with"),
            addressee: end("addressee"),
            seq: self.number(row, "seq", problems),
            stance: self.cell(row, "stance").map(Into::into),
            disputed_by: self
                .list(row, "disputed_by", problems)
                .into_iter()
                .map(NodeRef::from)
                .collect(),
        })
    }

    /// A finding about column `name` of `row` (the row alone when the
    /// header has no such column).
    pub(super) fn at(&self, row: &Row, name: &str, diagnostic: Diagnostic) -> Problem {
        let column = self.at.get(name).copied();
        Problem {
            file: Some(self.file.clone()),
            line: Some(row.line),
            column: column.map(|c| c + 1),
            column_name: column.map(|c| self.header[c].clone()),
            diagnostic,
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

/// Where each known column of the header is; unknown, repeated and missing
/// required columns reported.
fn columns(
    file: &str,
    header: &[String],
    form: Form,
    problems: &mut Vec<Problem>,
) -> HashMap<String, usize> {
    let (known, required) = form.columns();
    let mut at = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        if !form.knows(name) {
            let help = match strsim_closest(name, known) {
                Some(s) => format!("did you mean '{s}'? columns: {}", known.join(", ")),
                None => format!("columns: {}", known.join(", ")),
            };
            let d = Diagnostic::error(
                "unknown-column",
                Default::default(),
                format!("unknown column '{}'", excerpt(name)),
            );
            problems.push(problem_at(
                file,
                1,
                Some(i + 1),
                Some(&excerpt(name)),
                d.with_help(Some(help)),
            ));
        } else if at.insert(name.clone(), i).is_some() {
            let d = Diagnostic::error(
                "duplicate-column",
                Default::default(),
                format!("column '{}' appears twice in the header", excerpt(name)),
            );
            problems.push(problem_at(file, 1, Some(i + 1), Some(&excerpt(name)), d));
        }
    }
    for name in &known[..required] {
        if !at.contains_key(*name) {
            let d = Diagnostic::error(
                "missing-column",
                Default::default(),
                format!("the header has no '{name}' column, which every row needs"),
            )
            .with_help(Some(format!(
                "the first line names the columns, e.g. {}",
                known[..required].join(",")
            )));
            problems.push(problem_at(file, 1, None, None, d));
        }
    }
    at
}
