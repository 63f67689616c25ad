//! The spreadsheet form: `nodes.csv`, `edges.csv`, `sources.csv` and
//! `status.csv`, one row per node, claim, source and status change, with a
//! header row naming the columns. The column names are the file format's
//! field names, so a finding about `nodes[3].kind` is about the `kind` cell
//! of the node's row.
//!
//! Cells hold one plain value each; an empty cell is an absent field. Lists
//! and the formula guard follow [`super::cells`]. Two parts of format 1.1
//! are more than one value:
//!
//! - A claim's citations go in groups of five columns, `source`, `quote`,
//!   `speaker`, `citation_note`, `reason` (format 1.2), then `source_2`,
//!   `quote_2`, ... to the right,
//!   as many groups as the busiest claim needs. One row per claim keeps a
//!   claim together when a spreadsheet sorts or filters, and adding a source
//!   is filling the next empty cells.
//! - A node's dated status changes go in their own file, `status.csv`, one
//!   row per change (`node`, `on`, `status`, `source`, `quote`, `note`,
//!   `scheduled`, `on_written`: the report's words, "Friday", whose day
//!   `on` holds), keyed
//!   by the node's id: a history can be long, and an id stays right however
//!   the rows are sorted, where a row number would not.

use std::io::Write;

use super::Selection;
use super::cells::{guard, list_cell};
use super::out::Files;
use crate::error::Result;
use crate::model::{Date, End, Lenient, Vocabulary};

/// The columns of `nodes.csv`, in order; the first three are required.
pub const NODE_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "label",
    "aliases",
    "status",
    "since",
    "until",
    "note",
    "actor",
    "issue",
    "quantity",
    "unnamed",
    "scheduled",
    "status_in_force",
    "scheduled_in_force",
    "applied_by",
];
/// The columns of `edges.csv` before the citations; the first three are required.
pub const EDGE_COLUMNS: &[&str] = &[
    "from",
    "relation",
    "to",
    "by",
    "since",
    "until",
    "note",
    "target",
    "trigger",
    "with",
    "disputed_by",
    "addressee",
    "seq",
    "stance",
    "since_written",
    "until_written",
];
/// The columns of one citation; the second and later carry `_2`, `_3`, ...
pub const CITATION_COLUMNS: &[&str] = &["source", "quote", "speaker", "citation_note", "reason"];
/// The columns of `sources.csv`, in order; the first two are required.
pub const SOURCE_COLUMNS: &[&str] = &["id", "title", "date", "url", "publisher", "note", "file"];
/// The columns of `graph.csv`: the graph's own fields, one row.
pub const GRAPH_COLUMNS: &[&str] = &["title"];
/// The file of the graph's own fields.
pub const GRAPH_FILE: &str = "graph.csv";
/// The columns of `status.csv`, in order; the first three are required.
pub const STATUS_COLUMNS: &[&str] = &[
    "node",
    "on",
    "status",
    "source",
    "quote",
    "note",
    "scheduled",
    "on_written",
];

/// The file of nodes, one row per node, in the export's folder.
pub const NODES_FILE: &str = "nodes.csv";
/// The file of claims (edges), one row per claim.
pub const EDGES_FILE: &str = "edges.csv";
/// The file of sources, one row per source.
pub const SOURCES_FILE: &str = "sources.csv";
/// The file of dated status changes, one row per change.
pub const STATUS_FILE: &str = "status.csv";

/// The header of citation column `field` of the `n`th citation (from 1).
pub fn citation_column(field: &str, n: usize) -> String {
    if n == 1 {
        field.to_owned()
    } else {
        format!("{field}_{n}")
    }
}

type Csv<'w> = ::csv::Writer<&'w mut dyn Write>;

/// The writer every file of the form uses: fields quoted when they must be,
/// lines ending in `\n`.
fn writer(out: &mut dyn Write) -> Csv<'_> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(out)
}

/// One row, each cell guarded against being run as a formula.
fn write_row(w: &mut Csv<'_>, cells: &[&str]) -> std::io::Result<()> {
    for cell in cells {
        w.write_field(guard(cell).as_bytes())?;
    }
    w.write_record(None::<&[u8]>)?;
    Ok(())
}

/// An edge end's id as the file wrote it; empty for none.
fn id<'d>(doc: &'d crate::model::Document, end: Option<End<'d>>) -> &'d str {
    end.map_or("", |end| doc.ref_id(end))
}

fn text<T: Vocabulary>(value: &Option<Lenient<T>>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn day(value: Option<Date>) -> String {
    value.map(|d| d.to_string()).unwrap_or_default()
}

/// Writes the four files into the export's folder.
///
/// # Errors
///
/// As [`Files::write`]: a file that exists (without `force`), a target that
/// is a file, or a failed write.
pub fn write_folder(sel: &Selection, files: &mut Files) -> Result<()> {
    files.write(Some(NODES_FILE), |w| write_nodes(sel, w))?;
    files.write(Some(EDGES_FILE), |w| write_edges(sel, w))?;
    files.write(Some(SOURCES_FILE), |w| write_sources(sel, w))?;
    files.write(Some(STATUS_FILE), |w| write_status(sel, w))?;
    files.write(Some(GRAPH_FILE), |w| write_graph(sel, w))
}

/// Writes `graph.csv`: the header, then the graph's title.
///
/// # Errors
///
/// Only `out`'s own errors.
pub fn write_graph(sel: &Selection, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = writer(out);
    w.write_record(GRAPH_COLUMNS)?;
    write_row(&mut w, &[&sel.graph.document().title])?;
    w.flush()
}

/// Writes `nodes.csv`: the header, then one row per selected node in file order.
///
/// # Errors
///
/// Only `out`'s own errors.
pub fn write_nodes(sel: &Selection, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = writer(out);
    w.write_record(NODE_COLUMNS)?;
    for &n in &sel.nodes {
        let node = sel.graph.node(n);
        write_row(
            &mut w,
            &[
                &node.id,
                &node.kind.to_string(),
                &node.label,
                &list_cell(&node.aliases),
                &text(&node.status),
                &text(&node.since),
                &text(&node.until),
                node.note.as_deref().unwrap_or(""),
                &list_cell(node.actor()),
                node.issue().unwrap_or(""),
                node.quantity().unwrap_or(""),
                if node.unnamed() { "true" } else { "" },
                &node
                    .scheduled()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                &sel.status_in_force(n)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                &sel.scheduled_in_force(n)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                &list_cell(&sel.applied_by(n)),
            ],
        )?;
    }
    w.flush()
}

/// Writes `edges.csv`: the header, with as many citation groups as the
/// selected claim with the most citations needs (at least one), then one row per selected
/// claim in file order.
///
/// # Errors
///
/// Only `out`'s own errors.
pub fn write_edges(sel: &Selection, out: &mut dyn Write) -> std::io::Result<()> {
    let g = sel.graph;
    let doc = g.document();
    let groups = sel
        .edges
        .iter()
        .map(|&e| g.edge(e).citations().count())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut w = writer(out);
    let mut header: Vec<String> = EDGE_COLUMNS.iter().map(ToString::to_string).collect();
    for n in 1..=groups {
        header.extend(CITATION_COLUMNS.iter().map(|c| citation_column(c, n)));
    }
    w.write_record(&header)?;
    for &e in &sel.edges {
        let edge = g.edge(e);
        let m = g.meta(e);
        let disputed: Vec<String> = edge
            .disputed_by()
            .map(|end| doc.ref_id(end).to_owned())
            .collect();
        let (relation, since, until, disputed) = (
            m.relation.as_str(),
            day(m.time.since),
            day(m.time.until),
            list_cell(&disputed),
        );
        let seq = edge.seq().map(|s| s.to_string()).unwrap_or_default();
        // The day as known in `since`; the file's words ("Tuesday") or
        // month beside it, for the import to read back as written.
        let written = |d| super::TypedDate::of(d).written.unwrap_or_default();
        let (since_written, until_written) = (written(m.time.since), written(m.time.until));
        let mut cells: Vec<&str> = Vec::with_capacity(header.len());
        cells.extend([
            g.id(m.from),
            relation,
            g.id(m.to),
            m.by.map_or("", |b| g.id(b)),
            &since,
            &until,
            edge.note().unwrap_or(""),
            id(doc, edge.target()),
            id(doc, edge.trigger()),
            id(doc, edge.with()),
            &disputed,
            id(doc, edge.addressee()),
            &seq,
            edge.stance().unwrap_or(""),
            &since_written,
            &until_written,
        ]);
        for c in edge.citations() {
            cells.extend([
                c.source.map_or("", |s| &**s),
                c.quote.unwrap_or(""),
                c.speaker.unwrap_or(""),
                c.note.unwrap_or(""),
                c.reason.unwrap_or(""),
            ]);
        }
        cells.resize(header.len(), "");
        write_row(&mut w, &cells)?;
    }
    w.flush()
}

/// Writes `sources.csv`: every source of the file, whatever the day
/// selected (sources have no dates to select by).
///
/// # Errors
///
/// Only `out`'s own errors.
pub fn write_sources(sel: &Selection, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = writer(out);
    w.write_record(SOURCE_COLUMNS)?;
    for source in &sel.graph.document().sources {
        write_row(
            &mut w,
            &[
                &source.id,
                &source.title,
                &text(&source.date),
                source.url.as_deref().unwrap_or(""),
                source.publisher.as_deref().unwrap_or(""),
                source.note.as_deref().unwrap_or(""),
                source.file.as_deref().unwrap_or(""),
            ],
        )?;
    }
    w.flush()
}

/// Writes `status.csv`: each selected node's dated status changes, in file
/// order of nodes and then of changes.
///
/// # Errors
///
/// Only `out`'s own errors.
pub fn write_status(sel: &Selection, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = writer(out);
    w.write_record(STATUS_COLUMNS)?;
    for &n in &sel.nodes {
        let node = sel.graph.node(n);
        for change in sel.status_changes(n) {
            // The day in `on`; the file's words ("Friday") beside it, for
            // the import to read back as written.
            let on = change.on.known();
            let written = on
                .filter(|d| d.is_day())
                .and_then(|d| super::TypedDate::of(Some(d)).written)
                .unwrap_or_default();
            write_row(
                &mut w,
                &[
                    &node.id,
                    &on.map_or_else(|| change.on.to_string(), |d| d.to_string()),
                    &change.status.to_string(),
                    change.source.as_deref().unwrap_or(""),
                    change.quote.as_deref().unwrap_or(""),
                    change.note.as_deref().unwrap_or(""),
                    &change
                        .scheduled
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    &written,
                ],
            )?;
        }
    }
    w.flush()
}
