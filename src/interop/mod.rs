//! Bridges to the tools people already use: exports for graph tools and graph
//! databases, the Cypher of the queries, and a spreadsheet form to author in.
//!
//! - [`csv`]: the spreadsheet form, `nodes.csv`, `edges.csv`, `sources.csv`;
//!   [`import`] reads it back through the same validation as a JSON file.
//! - [`graphml`]: for Gephi, yEd and networkx.
//! - [`neo4j`]: a Cypher script for `cypher-shell`.
//! - [`ladybug`]: a folder of CSV files and a `load.cypher` for the embedded
//!   LadybugDB (Kuzu's maintained successor; Kuzu 0.11 loads the same folder).
//! - [`cypher`]: the Cypher query that answers `blockers`, `requires`, `who`,
//!   `stance` or `path` on an exported database, as negograph would.
//!
//! Every export writes the same [`Selection`]: the whole graph, or what is
//! there on one day. Output is deterministic (file order throughout) and is
//! written whole or not at all ([`out`]).

pub mod cells;
pub mod csv;
pub mod cypher;
pub mod graphml;
pub mod import;
mod import_problems;
mod import_table;
pub mod ladybug;
pub mod neo4j;
pub mod out;
mod staged;
pub mod timeline;

use std::path::Path;

use crate::error::Result;
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{Date, Interval, Status, StatusChange};
use crate::view::{View, ViewSpec, When};

/// What `negograph export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// One GraphML file.
    Graphml,
    /// One Cypher script for Neo4j
    ///
    /// FalkorDB runs it too, all but its two `CREATE CONSTRAINT` lines (see
    /// [`neo4j`]).
    Cypher,
    /// A folder: CSV files and `load.cypher` for LadybugDB or Kuzu 0.11
    ///
    /// `kuzu` names the same folder: Kuzu was archived in October 2025 and
    /// LadybugDB carries it on, with the same Cypher and folder layout.
    #[cfg_attr(feature = "cli", value(alias = "kuzu"))]
    Ladybug,
    /// A folder: the spreadsheet form.
    Csv,
}

impl Format {
    /// Whether `-o` names a folder rather than a file.
    pub fn is_folder(self) -> bool {
        matches!(self, Format::Ladybug | Format::Csv)
    }
}

/// The nodes and edges an export holds, in file order: every one, or those
/// there on one day (as a query on that day sees them).
pub struct Selection<'g> {
    /// The graph exported from.
    pub graph: &'g Graph,
    /// The day exported, or `None` for the whole file.
    pub as_of: Option<Date>,
    /// The nodes exported, in file order.
    pub nodes: Vec<NodeIx>,
    /// The edges exported, in file order; both ends of each are in `nodes`.
    pub edges: Vec<EdgeIx>,
    /// The day of [`Selection::status_in_force`]: `as_of`, else the
    /// newest source's (as `show` reads the file); `None` when no source
    /// has a date, and then the status is that of each node's last change.
    pub status_day: Option<Date>,
    /// Each node's status in force on `status_day`, by node index: its
    /// dated changes applied, as `show` says it.
    in_force: Vec<Status>,
    /// Each node's actors applying it on `status_day`, by node index: a
    /// measure in force ([`crate::standing::applied_by`]), empty otherwise.
    applied: Vec<Vec<NodeIx>>,
    /// Each node's scheduled day on `status_day`, by node index: a
    /// postponement's new day, none when it gave none
    /// ([`crate::model::Node::scheduled_on`]).
    scheduled: Vec<Option<Date>>,
}

impl<'g> Selection<'g> {
    /// What a script says it holds: "N nodes, M claims", and the day.
    pub fn summary(&self) -> String {
        let day = self
            .as_of
            .map(|d| format!(", as of {d}"))
            .unwrap_or_default();
        format!(
            "{} nodes, {} claims{day}",
            self.nodes.len(),
            self.edges.len()
        )
    }

    /// Every node and edge of `graph` (`as_of` `None`), or those a query on
    /// day `as_of` sees. Nothing is assumed met and nothing dropped: an
    /// export is of the file, not of a what-if.
    pub fn new(graph: &'g Graph, as_of: Option<Date>) -> Selection<'g> {
        let when = as_of.map_or(When::AllTime, When::On);
        let spec = ViewSpec {
            when,
            ..ViewSpec::default()
        };
        let view = View::new(graph, &spec).expect("no names to resolve");
        // The whole file's statuses are those of its newest source's day;
        // with no dated source, each node's last change (never today's
        // date: the same file exports the same bytes on any day).
        let status_day = as_of.or_else(|| graph.newest_source_date());
        let whole = as_of.is_none().then(|| {
            let when = status_day.map_or(When::AllTime, When::On);
            let spec = ViewSpec {
                when,
                ..ViewSpec::default()
            };
            View::new(graph, &spec).expect("no names to resolve")
        });
        let status_view = whole.as_ref().unwrap_or(&view);
        let in_force: Vec<Status> = graph
            .node_indices()
            .map(|n| status_view.status(n))
            .collect();
        let applied = graph
            .node_indices()
            .map(|n| crate::standing::applied_by(status_view, n))
            .collect();
        let scheduled = graph
            .node_indices()
            .map(|n| graph.node(n).scheduled_on(in_force[n.index()], status_day))
            .collect();
        Selection {
            graph,
            as_of,
            nodes: view.visible_nodes().collect(),
            edges: view.visible_edges().collect(),
            status_day,
            in_force,
            applied,
            scheduled,
        }
    }

    /// Node `n`'s status in force on [`Selection::status_day`]; `None`
    /// for a party or an issue, which have none.
    pub fn status_in_force(&self, n: NodeIx) -> Option<Status> {
        self.graph
            .kind(n)
            .is_position()
            .then(|| self.in_force[n.index()])
    }

    /// The ids of the actors applying node `n` on [`Selection::status_day`]
    /// when it is a measure in force, as `show` says "in force, applied by"
    /// (its status may still read `open`, the file giving none); empty
    /// otherwise.
    pub fn applied_by(&self, n: NodeIx) -> Vec<String> {
        self.applied[n.index()]
            .iter()
            .map(|&a| self.graph.id(a).to_owned())
            .collect()
    }

    /// The day node `n` is set for on [`Selection::status_day`]: its
    /// `scheduled` day moved by any dated change up to then (a
    /// postponement's new day), `None` when it has none in force (met,
    /// cancelled, or postponed with no new day given).
    pub fn scheduled_in_force(&self, n: NodeIx) -> Option<Date> {
        self.scheduled[n.index()]
    }

    /// Node `n`'s dated status changes an export holds: every one, or on a
    /// day (`as_of`) those up to it, a later one not yet having happened.
    pub fn status_changes(&self, n: NodeIx) -> impl Iterator<Item = &'g StatusChange> + '_ {
        let as_of = self.as_of;
        self.graph.node(n).status_history().iter().filter(move |c| {
            let on = c.on.known();
            as_of.is_none_or(|day| on.is_none_or(|on| on.first_day() <= day.last_day()))
        })
    }
}

/// The days on which a query sees edge `e`: its own dates narrowed by those of
/// its two ends and of its `by` party (README, "Time"). Exported beside the
/// edge's own dates so that an engine can test an edge's visibility on its
/// own, which LadybugDB's (and Kuzu's) recursive patterns require.
pub fn visible_span(graph: &Graph, e: EdgeIx) -> Interval {
    let m = graph.meta(e);
    let mut span = m.time;
    for n in [Some(m.from), Some(m.to), m.by].into_iter().flatten() {
        span = span.meet(graph.node_time(n));
    }
    span
}

/// A date as the typed exports (Neo4j, LadybugDB) store it. A date column
/// holds days only, so a month, a year or a week leaves it empty rather
/// than take a made-up day; `written` (the file's text: `2025-03`, `2025`,
/// `Tuesday`, `last week`) and `precision` (`day`, `week`, `month`,
/// `year`) say what the source gave. A day inferred from a report's words
/// fills the column, and `written` keeps the words. A plain day has neither.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypedDate {
    /// The day, when the date names one.
    pub day: Option<Date>,
    /// The file's text, when it is not a plain day.
    pub written: Option<String>,
    /// The date's precision, when it is not a plain day.
    pub precision: Option<&'static str>,
}

impl TypedDate {
    /// `date` as the typed exports store it.
    pub fn of(date: Option<Date>) -> TypedDate {
        let Some(d) = date else {
            return TypedDate::default();
        };
        let plain = d.is_day() && d.said().is_none();
        TypedDate {
            day: d.is_day().then_some(d),
            written: (!plain).then(|| crate::model::Vocabulary::spelling(d).into_owned()),
            precision: (!plain).then(|| d.precision().as_str()),
        }
    }
}

/// The days a query may see a claim, as day columns: the first day of its
/// `since` and the last of its `until` (a loose date read widely, as views
/// read it).
pub fn visible_days(span: Interval) -> (Option<Date>, Option<Date>) {
    (
        span.since.map(Date::first_day),
        span.until.map(Date::last_day),
    )
}

/// One claim as both database exports store it (see [`cypher`] for what
/// each property is for). Borrowed from the graph; absent values are `None`.
pub struct ClaimRow<'g> {
    /// The edge's position in the file's edge list (from 0): the key a
    /// `--drop` turns into, since edges have no id of their own.
    pub claim: usize,
    /// What the edge says.
    pub relation: crate::model::Relation,
    /// The id of the node the edge starts from.
    pub from: &'g str,
    /// The id of the node the edge points to.
    pub to: &'g str,
    /// The id of the party the file says holds the position (`by`).
    pub by: Option<&'g str>,
    /// The id of the party holding the position: `by`, or else `from` when
    /// it is a party ([`Graph::holder`]).
    pub holder: Option<&'g str>,
    /// The id of the first citation's source.
    pub source: Option<&'g str>,
    /// The first citation's exact quote.
    pub quote: Option<&'g str>,
    /// The first citation's speaker.
    pub speaker: Option<&'g str>,
    /// The first citation's note.
    pub citation_note: Option<&'g str>,
    /// Every citation as a JSON list, when the claim has more than one or
    /// one with a speaker or note (the first is also in the fields above).
    pub citations: Option<String>,
    /// The first day the edge holds, as the file gives it (inclusive).
    pub since: Option<Date>,
    /// The last day the edge holds, as the file gives it (inclusive).
    pub until: Option<Date>,
    /// The edge's own note.
    pub note: Option<&'g str>,
    /// On `threatens`: the id of the party threatened.
    pub target: Option<&'g str>,
    /// On `threatens`: the id of what sets the threat off.
    pub trigger: Option<&'g str>,
    /// On `counters`: the id of the counter-offer (`with` in the file).
    pub counter_offer: Option<&'g str>,
    /// The ids of the parties who dispute the claim, in file order.
    pub disputed_by: Vec<&'g str>,
    /// On `demands`, `proposes` and `threatens`: the id of the party it is addressed to
    /// (format 1.2).
    pub addressee: Option<&'g str>,
    /// The claim's place among the claims of its first day (format 1.2).
    pub seq: Option<u32>,
    /// On `considers`: the shade of the answer, in the source's words (format 1.2).
    pub stance: Option<&'g str>,
    /// Why the party took the stand: the first citation that gives a
    /// reason, as (reason, its quote, its source) (format 1.2). Every
    /// citation, reasons and all, is also in `citations`.
    pub reason: Option<Reason<'g>>,
    /// The days a query sees the edge ([`visible_span`]).
    pub visible: Interval,
    /// When the `to` node is settled (met or withdrawn), so a chain stops there.
    pub to_settled: &'g timeline::Spans,
    /// When the `from` node is cancelled, so a chain goes no further down
    /// from it (format 1.2).
    pub from_cancelled: &'g timeline::Spans,
}

impl<'g> ClaimRow<'g> {
    /// Claim `e`, with `timelines` from [`timeline::timelines`].
    pub fn new(graph: &'g Graph, e: EdgeIx, timelines: &'g [timeline::Timeline]) -> ClaimRow<'g> {
        let edge = graph.edge(e);
        let m = graph.meta(e);
        let doc = graph.document();
        let first = edge.citations().next();
        ClaimRow {
            claim: e.index(),
            relation: m.relation,
            from: graph.id(m.from),
            to: graph.id(m.to),
            by: m.by.map(|b| graph.id(b)),
            holder: graph.holder(e).map(|h| graph.id(h)),
            source: edge.source().map(|s| &**s),
            quote: edge.quote(),
            speaker: first.and_then(|c| c.speaker),
            citation_note: first.and_then(|c| c.note),
            citations: edge.listed_citations().map(|list| {
                let all: Vec<_> = list.iter().map(|c| c.as_ref()).collect();
                serde_json::to_string(&all).expect("citations serialize")
            }),
            since: m.time.since,
            until: m.time.until,
            note: edge.note(),
            target: edge.target().map(|end| doc.ref_id(end)),
            trigger: edge.trigger().map(|end| doc.ref_id(end)),
            counter_offer: edge.with().map(|end| doc.ref_id(end)),
            disputed_by: edge.disputed_by().map(|end| doc.ref_id(end)).collect(),
            addressee: edge.addressee().map(|end| doc.ref_id(end)),
            seq: edge.seq(),
            stance: edge.stance(),
            reason: edge.citations().find_map(|c| {
                Some(Reason {
                    reason: c.reason?,
                    quote: c.quote,
                    source: c.source.map(|s| &**s),
                })
            }),
            visible: visible_span(graph, e),
            to_settled: &timelines[m.to.index()].settled,
            from_cancelled: &timelines[m.from.index()].cancelled,
        }
    }
}

/// A claim's reason with the words that give it (format 1.2).
#[derive(Clone, Copy, Debug)]
pub struct Reason<'g> {
    /// Why, in the analyst's words ("the pension issue").
    pub reason: &'g str,
    /// The source's words that say so.
    pub quote: Option<&'g str>,
    /// The source of those words.
    pub source: Option<&'g str>,
}

/// A node's format 1.2 facts as the database exports and GraphML store
/// them, beside the fields of the file: its quantity read in full, whether
/// the source names it, and the day it is scheduled for.
pub struct NodeExtras<'g> {
    /// The quantity as read ([`crate::model::Quantity`]): its minimum,
    /// maximum, unit, measure (`count`, `currency`, `percent`), whether it
    /// is approximate, and the whole (`of`) and the `per` of a share or rate.
    pub quantity: Option<&'g crate::model::Quantity>,
    /// A party the source does not name.
    pub unnamed: bool,
    /// The day it is scheduled for from its start, as written.
    pub scheduled: Option<String>,
}

impl<'g> NodeExtras<'g> {
    /// Node `n`'s.
    pub fn new(graph: &'g Graph, n: NodeIx) -> NodeExtras<'g> {
        let node = graph.node(n);
        NodeExtras {
            quantity: graph.facts(n).and_then(|f| f.quantity.as_ref()),
            unnamed: node.unnamed(),
            scheduled: node.scheduled().map(ToString::to_string),
        }
    }

    /// The quantity's parts as (property, value) pairs, absent ones left
    /// out: `quantity_min`, `quantity_max` (numbers), `quantity_unit`,
    /// `quantity_measure`, `quantity_approximate` (`true` or `false`),
    /// `quantity_of`, `quantity_per`.
    pub fn quantity_parts(&self) -> Vec<(&'static str, QuantityPart<'g>)> {
        let Some(q) = self.quantity else {
            return Vec::new();
        };
        let measure = match q.measure {
            crate::model::Measure::Count => "count",
            crate::model::Measure::Currency => "currency",
            crate::model::Measure::Percent => "percent",
        };
        let mut parts = Vec::new();
        if let Some(min) = q.min {
            parts.push(("quantity_min", QuantityPart::Number(min)));
        }
        if let Some(max) = q.max {
            parts.push(("quantity_max", QuantityPart::Number(max)));
        }
        parts.push(("quantity_unit", QuantityPart::Text(&q.unit)));
        parts.push(("quantity_measure", QuantityPart::Text(measure)));
        parts.push(("quantity_approximate", QuantityPart::Flag(q.approximate)));
        if let Some(of) = &q.of {
            parts.push(("quantity_of", QuantityPart::Text(of)));
        }
        if let Some(per) = &q.per {
            parts.push(("quantity_per", QuantityPart::Text(per)));
        }
        parts
    }
}

/// One part of a quantity read in full.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum QuantityPart<'g> {
    /// A figure.
    Number(f64),
    /// A word: the unit, the measure, the whole, the per.
    Text(&'g str),
    /// Whether it is approximate.
    Flag(bool),
}

impl std::fmt::Display for QuantityPart<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QuantityPart::Number(x) => write!(f, "{x}"),
            QuantityPart::Text(t) => f.write_str(t),
            QuantityPart::Flag(b) => write!(f, "{b}"),
        }
    }
}

impl<'g> ClaimRow<'g> {
    /// The `HAS_TERM` step of `part_of` claim `e`: the same claim read from
    /// the proposal to its term, with the term's settled days, so that a
    /// query can go down from a package to its terms the way it goes down
    /// preconditions (`blockers`, `requires`; see [`cypher::HAS_TERM`]). It
    /// records no one's position (no `by`, no holder), so no stance reads it.
    pub fn term_step(
        graph: &'g Graph,
        e: EdgeIx,
        timelines: &'g [timeline::Timeline],
    ) -> ClaimRow<'g> {
        let mut row = ClaimRow::new(graph, e, timelines);
        let m = graph.meta(e);
        std::mem::swap(&mut row.from, &mut row.to);
        row.by = None;
        row.holder = None;
        row.to_settled = &timelines[m.from.index()].settled;
        row.from_cancelled = &timelines[m.to.index()].cancelled;
        row
    }
}

/// A node's dated status changes as a JSON list, when it has any: one
/// property for the databases and GraphML, where the spreadsheet form gives
/// them a file of their own.
pub fn status_history_json(sel: &Selection, n: NodeIx) -> Option<String> {
    let history: Vec<serde_json::Value> = sel
        .status_changes(n)
        .map(|change| {
            let mut value = serde_json::to_value(change).expect("changes serialize");
            // The day, as the claims' dates are exported; the file's words
            // ("Friday") beside it.
            if let (Some(on), Some(fields)) = (change.on.known(), value.as_object_mut()) {
                let typed = TypedDate::of(Some(on));
                if let Some(words) = typed.written.filter(|_| on.is_day()) {
                    fields.insert("on".into(), on.to_string().into());
                    fields.insert("on_written".into(), words.into());
                }
            }
            value
        })
        .collect();
    (!history.is_empty()).then(|| serde_json::to_string(&history).expect("changes serialize"))
}

/// What an export wrote, for the summary the CLI prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The files written, in the order written, with their sizes in bytes.
    pub files: Vec<(std::path::PathBuf, u64)>,
    /// How many nodes the export holds.
    pub nodes: usize,
    /// How many edges the export holds.
    pub edges: usize,
}

/// Writes `graph` (or what is there on `as_of`) in `format` to `path`: a file
/// for GraphML and Cypher, a folder for LadybugDB and CSV. Existing files are
/// replaced only with `force`; nothing is replaced unless every file is
/// written in full.
///
/// # Errors
///
/// [`Error::Usage`](crate::Error::Usage) when a file exists and `force`
/// was not given, or a folder format's path is a file;
/// [`Error::Write`](crate::Error::Write) when a file cannot be written.
pub fn export(
    graph: &Graph,
    format: Format,
    as_of: Option<Date>,
    path: &Path,
    force: bool,
) -> Result<Written> {
    export_sparing(graph, format, as_of, path, force, None)
}

/// [`export()`], refusing to write over `input` (the graph file read), or a
/// link to it, under any of the export's file names.
///
/// # Errors
///
/// As [`export()`]; [`Error::Write`](crate::Error::Write) too when a file
/// to write is `input`.
pub fn export_sparing(
    graph: &Graph,
    format: Format,
    as_of: Option<Date>,
    path: &Path,
    force: bool,
    input: Option<&Path>,
) -> Result<Written> {
    let selection = Selection::new(graph, as_of);
    let mut files = out::Files::new(path, format.is_folder(), force).sparing(input);
    match format {
        Format::Graphml => files.write(None, |w| graphml::write(&selection, w))?,
        Format::Cypher => files.write(None, |w| neo4j::write(&selection, w))?,
        Format::Csv => csv::write_folder(&selection, &mut files)?,
        Format::Ladybug => ladybug::write_folder(&selection, &mut files)?,
    }
    Ok(Written {
        files: files.commit()?,
        nodes: selection.nodes.len(),
        edges: selection.edges.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Edge, EdgeFields, Node, NodeKind, Relation};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn an_edge_is_visible_while_it_its_ends_and_its_holder_are() {
        let mut doc = Document::new("t");
        let mut p = Node::new("p", NodeKind::Party, "P");
        p.until = Some(d("2025-06-30").into());
        let mut a = Node::new("a", NodeKind::Demand, "A");
        a.since = Some(d("2025-02-01").into());
        let b = Node::new("b", NodeKind::Demand, "B");
        doc.nodes = vec![p, a, b];
        let mut fields = EdgeFields::new("a", Relation::ConditionsOn, "b");
        fields.by = Some("p".into());
        fields.since = Some(d("2025-01-01").into());
        fields.until = Some(d("2025-12-31").into());
        doc.edges.push(Edge::new(fields));
        let g = Graph::from_document("t", doc).unwrap();
        let span = visible_span(&g, EdgeIx::new(0));
        assert_eq!(span.since, Some(d("2025-02-01")), "from's since is later");
        assert_eq!(span.until, Some(d("2025-06-30")), "by's until is earlier");
        // The span agrees with the view on every day around its ends.
        for day in ["2025-01-31", "2025-02-01", "2025-06-30", "2025-07-01"] {
            let sel = Selection::new(&g, Some(d(day)));
            assert_eq!(
                sel.edges.len() == 1,
                span.contains(d(day)),
                "on {day}: view and span disagree"
            );
        }
    }
}
