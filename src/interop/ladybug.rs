//! A folder that builds a LadybugDB database: CSV files and `load.cypher`,
//! whose statements, run in order from inside the folder (`COPY` paths are
//! read from where the engine runs), create the schema and copy the files in.
//!
//! LadybugDB is Kuzu's maintained successor (Kuzu was archived upstream in
//! October 2025, its last release 0.11.3): the same embedded engine, Cypher
//! and CSV reader, so the folder is the one negograph wrote for Kuzu, and
//! `--format kuzu` still names it. What differs for a Kuzu 0.11 user is
//! outside the folder: the Python package is `ladybug` (was `kuzu`), the
//! shell `lbug` (was `kuzu`), and a database directory built by one engine
//! is not opened by the other (their storage formats differ): build it
//! again from the folder, which both load. The tests run LadybugDB
//! (`tests/interop_engines.rs`); every statement here is also one Kuzu
//! 0.11.3 ran when it was the engine tested.
//!
//! - `nodes.csv` → node table `Node` (`id` the primary key; `kind`, `label`,
//!   `aliases` as the spreadsheet form writes them, `status`, `since` and
//!   `until` as dates, `note`, `actor` as a list of ids, `issue`, `quantity`,
//!   `status_history` as JSON, and format 1.2's `unnamed`, `scheduled` and
//!   the quantity read in full, `quantity_min` ... `quantity_per`, as in
//!   [`super::cypher`]);
//! - `sources.csv` → node table `Source`;
//! - one file per relation, `conditions_on.csv`, ... → a relationship table
//!   per relation, `CONDITIONS_ON`, ..., each `FROM Node TO Node` with the
//!   claim properties of [`super::cypher`]. Every relation gets its table,
//!   empty or not, so that every query binds.
//!
//! The CSV reader (Kuzu's, kept by LadybugDB) takes the common quoting (`"`
//! around a field, `""` inside it), but ends a row at a carriage return even
//! inside quotes: a CR is written as a line feed here (the one change this
//! export makes to text). A file holding a line break inside a field is
//! copied with `parallel=false`, which the reader requires for that.

use std::io::{self, Write};

use super::cells::list_cell;
use super::cypher::{HAS_TERM, rel_type};
use super::out::Files;
use super::{ClaimRow, Selection, TypedDate};
use crate::error::Result;
use crate::model::{Date, Lenient, Relation, Vocabulary};

/// The columns of each table, name and type, in the order of its file.
const NODE_COLUMNS: &[(&str, &str)] = &[
    ("id", "STRING"),
    ("kind", "STRING"),
    ("label", "STRING"),
    ("aliases", "STRING"),
    ("status", "STRING"),
    ("since", "DATE"),
    ("until", "DATE"),
    ("note", "STRING"),
    ("actor", "STRING[]"),
    ("issue", "STRING"),
    ("quantity", "STRING"),
    ("status_history", "STRING"),
    ("unnamed", "BOOLEAN"),
    ("scheduled", "DATE"),
    ("quantity_min", "DOUBLE"),
    ("quantity_max", "DOUBLE"),
    ("quantity_unit", "STRING"),
    ("quantity_measure", "STRING"),
    ("quantity_approximate", "BOOLEAN"),
    ("quantity_of", "STRING"),
    ("quantity_per", "STRING"),
    ("withdrawn", "STRING[]"),
    ("withdrawn_all_time", "BOOLEAN"),
    ("cancelled", "STRING[]"),
    ("cancelled_all_time", "BOOLEAN"),
    ("since_written", "STRING"),
    ("since_precision", "STRING"),
    ("until_written", "STRING"),
    ("until_precision", "STRING"),
    ("status_in_force", "STRING"),
    ("scheduled_in_force", "DATE"),
    ("applied_by", "STRING[]"),
];
const SOURCE_COLUMNS: &[(&str, &str)] = &[
    ("id", "STRING"),
    ("title", "STRING"),
    ("date", "DATE"),
    ("url", "STRING"),
    ("publisher", "STRING"),
    ("note", "STRING"),
    ("file", "STRING"),
    ("date_written", "STRING"),
    ("date_precision", "STRING"),
];
/// A relation file's columns after `from` and `to`. `with` is a Cypher
/// keyword LadybugDB will not take as a name, so a counter-offer is `counter_offer`.
const CLAIM_COLUMNS: &[(&str, &str)] = &[
    ("claim", "INT64"),
    ("relation", "STRING"),
    ("by", "STRING"),
    ("holder", "STRING"),
    ("source", "STRING"),
    ("quote", "STRING"),
    ("speaker", "STRING"),
    ("citation_note", "STRING"),
    ("citations", "STRING"),
    ("since", "DATE"),
    ("until", "DATE"),
    ("note", "STRING"),
    ("target", "STRING"),
    ("trigger", "STRING"),
    ("counter_offer", "STRING"),
    ("disputed_by", "STRING[]"),
    ("addressee", "STRING"),
    ("seq", "INT64"),
    ("stance", "STRING"),
    ("reason", "STRING"),
    ("reason_quote", "STRING"),
    ("reason_source", "STRING"),
    ("visible_since", "DATE"),
    ("visible_until", "DATE"),
    ("to_id", "STRING"),
    ("to_settled", "STRING[]"),
    ("to_settled_all_time", "BOOLEAN"),
    ("from_cancelled", "STRING[]"),
    ("from_cancelled_all_time", "BOOLEAN"),
    ("since_written", "STRING"),
    ("since_precision", "STRING"),
    ("until_written", "STRING"),
    ("until_precision", "STRING"),
];

/// Day spans as a `STRING[]` cell: `[FROM..UNTIL,...]`, `[]` when none (an
/// empty cell would be NULL, which no predicate over it can test).
fn spans(days: &[String]) -> String {
    format!("[{}]", days.join(","))
}

fn flag(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

fn names(columns: &[(&'static str, &str)]) -> Vec<&'static str> {
    columns.iter().map(|(name, _)| *name).collect()
}

fn schema(columns: &[(&str, &str)]) -> String {
    let list: Vec<String> = columns.iter().map(|(n, t)| format!("{n} {t}")).collect();
    list.join(", ")
}

/// A list of ids as LadybugDB reads a `STRING[]` cell: `[a,b]` (ids are slugs,
/// so nothing inside needs quoting).
fn id_list<'a>(ids: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let ids: Vec<&str> = ids.into_iter().collect();
    (!ids.is_empty()).then(|| format!("[{}]", ids.join(",")))
}

/// Writes a CSV for LadybugDB and says whether any field held a line break.
struct LadybugCsv<'w> {
    csv: ::csv::Writer<&'w mut dyn Write>,
    columns: usize,
    multiline: bool,
}

impl<'w> LadybugCsv<'w> {
    fn new(out: &'w mut dyn Write, header: &[&str]) -> io::Result<LadybugCsv<'w>> {
        let mut csv = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::Any(b'\n'))
            .from_writer(out);
        csv.write_record(header)?;
        Ok(LadybugCsv {
            csv,
            columns: header.len(),
            multiline: false,
        })
    }

    fn row(&mut self, cells: &[Option<&str>]) -> io::Result<()> {
        debug_assert_eq!(cells.len(), self.columns, "a row for every column");
        for cell in cells {
            let cell = cell.unwrap_or("");
            if cell.contains('\r') {
                let fixed = cell.replace("\r\n", "\n").replace('\r', "\n");
                self.multiline = true;
                self.csv.write_field(fixed)?;
            } else {
                self.multiline |= cell.contains('\n');
                self.csv.write_field(cell)?;
            }
        }
        self.csv.write_record(None::<&[u8]>)?;
        Ok(())
    }

    fn finish(mut self) -> io::Result<bool> {
        self.csv.flush()?;
        Ok(self.multiline)
    }
}

fn text<T: Vocabulary>(value: &Option<Lenient<T>>) -> Option<String> {
    value.as_ref().map(ToString::to_string)
}

fn day(value: Option<Date>) -> Option<String> {
    value.map(|d| d.to_string())
}

/// The file a relation's claims go to.
pub fn relation_file(relation: Relation) -> String {
    format!("{}.csv", relation.as_str())
}

/// Writes the CSV files and `load.cypher` into the export's folder.
///
/// # Errors
///
/// As [`Files::write`]: a file that exists (without `force`), a target that
/// is a file, or a failed write.
pub fn write_folder(sel: &Selection, files: &mut Files) -> Result<()> {
    let g = sel.graph;
    let timelines = super::timeline::timelines(g);
    // (table, file, whether it needs parallel=false), in load order.
    let mut copies: Vec<(String, String, bool)> = Vec::new();

    let mut multiline = false;
    files.write(Some("nodes.csv"), |w| {
        multiline = write_nodes(sel, &timelines, w)?;
        Ok(())
    })?;
    copies.push(("Node".into(), "nodes.csv".into(), multiline));

    files.write(Some("sources.csv"), |w| {
        let mut csv = LadybugCsv::new(w, &names(SOURCE_COLUMNS))?;
        for s in &g.document().sources {
            let date = TypedDate::of(s.date.as_ref().and_then(Lenient::known));
            csv.row(&[
                Some(&s.id),
                Some(&s.title),
                day(date.day).as_deref(),
                s.url.as_deref(),
                s.publisher.as_deref(),
                s.note.as_deref(),
                s.file.as_deref(),
                date.written.as_deref(),
                date.precision,
            ])?;
        }
        multiline = csv.finish()?;
        Ok(())
    })?;
    copies.push(("Source".into(), "sources.csv".into(), multiline));

    // One pass over the claims, sorted into their relations' files.
    let mut by_relation: Vec<Vec<usize>> = vec![Vec::new(); Relation::ALL.len()];
    for (i, &e) in sel.edges.iter().enumerate() {
        by_relation[g.meta(e).relation as usize].push(i);
    }
    // Each relation's claims, then each `part_of` claim again as the step
    // from a proposal to its term (HAS_TERM).
    let tables = Relation::ALL
        .iter()
        .map(|&r| (rel_type(r), relation_file(r), r, false))
        .chain(std::iter::once((
            HAS_TERM.to_owned(),
            "has_term.csv".to_owned(),
            Relation::PartOf,
            true,
        )));
    for (table, file, relation, term_step) in tables {
        let claims = &by_relation[relation as usize];
        files.write(Some(&file), |w| {
            let mut header = vec!["from", "to"];
            header.extend(names(CLAIM_COLUMNS));
            let mut csv = LadybugCsv::new(w, &header)?;
            for &i in claims {
                let c = if term_step {
                    ClaimRow::term_step(g, sel.edges[i], &timelines)
                } else {
                    ClaimRow::new(g, sel.edges[i], &timelines)
                };
                let (since, until) = (TypedDate::of(c.since), TypedDate::of(c.until));
                let (visible_since, visible_until) = super::visible_days(c.visible);
                csv.row(&[
                    Some(c.from),
                    Some(c.to),
                    Some(&c.claim.to_string()),
                    Some(c.relation.as_str()),
                    c.by,
                    c.holder,
                    c.source,
                    c.quote,
                    c.speaker,
                    c.citation_note,
                    c.citations.as_deref(),
                    day(since.day).as_deref(),
                    day(until.day).as_deref(),
                    c.note,
                    c.target,
                    c.trigger,
                    c.counter_offer,
                    id_list(c.disputed_by.iter().copied()).as_deref(),
                    c.addressee,
                    c.seq.map(|s| s.to_string()).as_deref(),
                    c.stance,
                    c.reason.map(|r| r.reason),
                    c.reason.and_then(|r| r.quote),
                    c.reason.and_then(|r| r.source),
                    day(visible_since).as_deref(),
                    day(visible_until).as_deref(),
                    Some(c.to),
                    Some(&spans(&c.to_settled.days)),
                    Some(flag(c.to_settled.all_time)),
                    Some(&spans(&c.from_cancelled.days)),
                    Some(flag(c.from_cancelled.all_time)),
                    since.written.as_deref(),
                    since.precision,
                    until.written.as_deref(),
                    until.precision,
                ])?;
            }
            multiline = csv.finish()?;
            Ok(())
        })?;
        copies.push((table, file, multiline));
    }

    files.write(Some("load.cypher"), |w| write_load_script(sel, &copies, w))
}

/// Writes `nodes.csv`: one row per selected node, its format 1.2 facts
/// (unnamed, scheduled, the quantity read in full) beside the file's
/// fields; says whether any field held a line break.
fn write_nodes(
    sel: &Selection,
    timelines: &[super::timeline::Timeline],
    w: &mut dyn Write,
) -> io::Result<bool> {
    let g = sel.graph;
    let mut csv = LadybugCsv::new(w, &names(NODE_COLUMNS))?;
    for &n in &sel.nodes {
        let node = g.node(n);
        let aliases = (!node.aliases.is_empty()).then(|| list_cell(&node.aliases));
        let time = g.node_time(n);
        // A loose date leaves the DATE column empty (no made-up day); the
        // `_written`/`_precision` columns say what the file gives.
        let (since, until) = (TypedDate::of(time.since), TypedDate::of(time.until));
        let scheduled = TypedDate::of(node.scheduled().and_then(Lenient::known));
        let extras = super::NodeExtras::new(g, n);
        let parts = extras.quantity_parts();
        let part = |name: &str| {
            parts
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, p)| p.to_string())
        };
        let in_force = sel.status_in_force(n).map(|s| s.to_string());
        let scheduled_in_force = TypedDate::of(sel.scheduled_in_force(n));
        let applied = sel.applied_by(n);
        let quantity: Vec<Option<String>> = [
            "quantity_min",
            "quantity_max",
            "quantity_unit",
            "quantity_measure",
            "quantity_approximate",
            "quantity_of",
            "quantity_per",
        ]
        .into_iter()
        .map(part)
        .collect();
        csv.row(&[
            Some(&node.id),
            Some(g.kind(n).as_str()),
            Some(&node.label),
            aliases.as_deref(),
            text(&node.status).as_deref(),
            day(since.day).as_deref(),
            day(until.day).as_deref(),
            node.note.as_deref(),
            id_list(node.actor().iter().map(String::as_str)).as_deref(),
            node.issue(),
            node.quantity(),
            super::status_history_json(sel, n).as_deref(),
            Some(flag(extras.unnamed)),
            day(scheduled.day).as_deref(),
            quantity[0].as_deref(),
            quantity[1].as_deref(),
            quantity[2].as_deref(),
            quantity[3].as_deref(),
            quantity[4].as_deref(),
            quantity[5].as_deref(),
            quantity[6].as_deref(),
            Some(&spans(&timelines[n.index()].withdrawn.days)),
            Some(flag(timelines[n.index()].withdrawn.all_time)),
            Some(&spans(&timelines[n.index()].cancelled.days)),
            Some(flag(timelines[n.index()].cancelled.all_time)),
            since.written.as_deref(),
            since.precision,
            until.written.as_deref(),
            until.precision,
            in_force.as_deref(),
            day(scheduled_in_force.day).as_deref(),
            id_list(applied.iter().map(String::as_str)).as_deref(),
        ])?;
    }
    csv.finish()
}

fn write_load_script(
    sel: &Selection,
    copies: &[(String, String, bool)],
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "// negograph export for LadybugDB (or Kuzu 0.11): {}.",
        sel.summary()
    )?;
    writeln!(
        out,
        "// Run these statements in order from inside this folder, e.g. cd FOLDER && lbug DB < load.cypher"
    )?;
    writeln!(
        out,
        "CREATE NODE TABLE Node({}, PRIMARY KEY (id));",
        schema(NODE_COLUMNS)
    )?;
    writeln!(
        out,
        "CREATE NODE TABLE Source({}, PRIMARY KEY (id));",
        schema(SOURCE_COLUMNS)
    )?;
    for table in Relation::ALL
        .iter()
        .map(|&r| rel_type(r))
        .chain([HAS_TERM.to_owned()])
    {
        writeln!(
            out,
            "CREATE REL TABLE {table}(FROM Node TO Node, {});",
            schema(CLAIM_COLUMNS)
        )?;
    }
    for (table, file, multiline) in copies {
        let parallel = if *multiline { ", parallel=false" } else { "" };
        writeln!(
            out,
            "COPY {table} FROM '{file}' (header=true, quote='\"', escape='\"'{parallel});"
        )?;
    }
    Ok(())
}
