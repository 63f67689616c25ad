//! The spreadsheet form: `nodes.csv`, `edges.csv` and `sources.csv`, one row
//! per node, claim and source, with a header row naming the columns. The
//! column names are the file format's field names, so a finding about
//! `nodes[3].kind` is a finding about the `kind` cell of the node's row.
//!
//! Cells hold one plain value each; an empty cell is an absent field. Lists
//! and the formula guard follow [`super::cells`]. Format 1.1 adds, without
//! changing these: node columns `actor` (a list), `issue`, `quantity`; edge
//! columns `target`, `trigger`, `with`, `disputed_by` (a list), and citations
//! beyond the first as numbered groups to the right, `source_2`, `quote_2`,
//! `speaker_2`, `citation_note_2`, ... (one row per claim keeps a claim
//! together when a spreadsheet sorts or filters, and adding a source is
//! filling the next empty cells); source columns `note` and `file`; and a
//! fourth file, `status.csv`, one row per status change (`node`, `on`,
//! `status`, `source`, `quote`, `note`), keyed by node id, which stays stable
//! however the rows are sorted.

use std::io::Write;

use super::Selection;
use super::cells::{guard, list_cell};
use super::out::Files;
use crate::error::Result;
use crate::model::{Lenient, Vocabulary};

/// The columns of `nodes.csv`, in order; the first three are required.
pub const NODE_COLUMNS: &[&str] = &[
    "id", "kind", "label", "aliases", "status", "since", "until", "note",
];
/// The columns of `edges.csv`, in order; the first three are required.
pub const EDGE_COLUMNS: &[&str] = &[
    "from", "relation", "to", "by", "since", "until", "note", "source", "quote",
];
/// The columns of `sources.csv`, in order; the first two are required.
pub const SOURCE_COLUMNS: &[&str] = &["id", "title", "date", "url", "publisher"];

/// How many leading columns of each file must be present in a header.
pub const REQUIRED: [usize; 3] = [3, 3, 2];

pub const NODES_FILE: &str = "nodes.csv";
pub const EDGES_FILE: &str = "edges.csv";
pub const SOURCES_FILE: &str = "sources.csv";

/// The writer every CSV of the spreadsheet form uses: fields quoted when they
/// must be, lines ending in `\n`.
fn writer(out: &mut dyn Write) -> ::csv::Writer<&mut dyn Write> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(out)
}

fn text<T: Vocabulary>(value: &Option<Lenient<T>>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// One row, each cell guarded against being run as a formula.
fn write_row(w: &mut ::csv::Writer<&mut dyn Write>, cells: &[&str]) -> std::io::Result<()> {
    for cell in cells {
        w.write_field(guard(cell).as_bytes())?;
    }
    w.write_record(None::<&[u8]>)?;
    Ok(())
}

/// Writes the three files into the export's folder.
pub fn write_folder(sel: &Selection, files: &mut Files) -> Result<()> {
    files.write(Some(NODES_FILE), |w| write_nodes(sel, w))?;
    files.write(Some(EDGES_FILE), |w| write_edges(sel, w))?;
    files.write(Some(SOURCES_FILE), |w| write_sources(sel, w))
}

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
            ],
        )?;
    }
    w.flush()
}

pub fn write_edges(sel: &Selection, out: &mut dyn Write) -> std::io::Result<()> {
    let g = sel.graph;
    let mut w = writer(out);
    w.write_record(EDGE_COLUMNS)?;
    for &e in &sel.edges {
        let edge = g.edge(e);
        let m = g.meta(e);
        let row: [&str; 9] = [
            g.id(m.from),
            &edge.relation().to_string(),
            g.id(m.to),
            m.by.map_or("", |b| g.id(b)),
            &text(&edge.since()),
            &text(&edge.until()),
            edge.note().unwrap_or(""),
            edge.source().map_or("", |s| s),
            edge.quote().unwrap_or(""),
        ];
        write_row(&mut w, &row)?;
    }
    w.flush()
}

pub fn write_sources(sel: &Selection, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = writer(out);
    w.write_record(SOURCE_COLUMNS)?;
    for source in &sel.graph.document().sources {
        let row: [&str; 5] = [
            &source.id,
            &source.title,
            &text(&source.date),
            source.url.as_deref().unwrap_or(""),
            source.publisher.as_deref().unwrap_or(""),
        ];
        write_row(&mut w, &row)?;
    }
    w.flush()
}
