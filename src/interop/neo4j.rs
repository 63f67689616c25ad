//! A Cypher script that builds the graph in Neo4j 5: `cypher-shell -f FILE`.
//!
//! One statement a line: two uniqueness constraints (on `Node.id` and
//! `Source.id`, which also index them), then a `MERGE` per source, per node
//! and per claim. Nodes are `:Node` and labelled by kind (`:Party`, ...);
//! a claim is one relationship whose type is its relation (`CONDITIONS_ON`),
//! merged on its ends, type and `claim` number (its position in the file),
//! so running the script again changes nothing. `SET x = {...}` replaces
//! every property, so a property since removed from the file goes too.
//! Properties are those listed in [`super::cypher`]; dates are Neo4j dates.
//!
//! No user text is ever an identifier (labels and types come from the
//! format's closed vocabularies) or part of a comment; every string is a
//! literal escaped by [`super::cypher::string`].
//!
//! The tests run this script in FalkorDB, an openCypher server
//! (`tests/interop_engines/falkordb.rs`), and ask it the `--cypher` queries.
//! What FalkorDB reads differently from Neo4j:
//!
//! - the two `CREATE CONSTRAINT ... REQUIRE n.id IS UNIQUE` lines are Neo4j's
//!   own DDL, which FalkorDB refuses (its uniqueness constraints are a
//!   command of their own, over an index). Skip them there, and make
//!   `CREATE INDEX FOR (n:Node) ON (n.id)` and the same on `Source` instead;
//!   the `MERGE`s keep the script safe to run again without them. No one
//!   line does both for Neo4j, so the script keeps Neo4j's.
//! - a `\uXXXX` escape is kept as its six characters. The script writes one
//!   only for a control character other than tab, line feed and carriage
//!   return (`\t`, `\n`, `\r`, `\\`, `\'` read as in Neo4j): writing those
//!   raw would suit FalkorDB but put raw control characters into a file
//!   people open in terminals and editors, so they stay escaped.
//! - the queries: `--cypher=neo4j` needs Neo4j 5.21's `ANY SHORTEST` and
//!   quantified path patterns, which FalkorDB does not read;
//!   `--cypher=opencypher` asks the same in plain openCypher.
//!
//! Everything else (`MERGE`, `SET n:Label`, `SET n = {...}`, `date()`,
//! lists, the nodes' `withdrawn` days that `blockers` reads) runs as in Neo4j.

use std::io::{self, Write};

use super::cypher::{Dialect, HAS_TERM, kind_label, rel_type};
use super::timeline::Timeline;
use super::{ClaimRow, Selection};
use crate::graph::NodeIx;
use crate::model::{Date, Lenient, Relation, Vocabulary};

fn string(text: &str) -> String {
    super::cypher::string(text, Dialect::Neo4j)
}

/// A list of strings.
fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(string).collect();
    format!("[{}]", items.join(", "))
}

/// A figure as a Cypher float literal (`7000.0`): the same type whether
/// or not it is whole.
fn float(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}

fn date(day: Date) -> String {
    format!("date('{day}')")
}

/// Property maps, written `{key: value, ...}` with absent values left out.
struct Props(Vec<(String, String)>);

impl Props {
    fn new() -> Props {
        Props(Vec::new())
    }
    fn text(&mut self, key: &'static str, value: Option<&str>) -> &mut Props {
        if let Some(v) = value {
            self.0.push((key.to_owned(), string(v)));
        }
        self
    }
    /// A day as a Neo4j date.
    fn day(&mut self, key: &'static str, value: Option<Date>) -> &mut Props {
        if let Some(d) = value {
            self.0.push((key.to_owned(), date(d)));
        }
        self
    }
    /// A date of the file: its day, and `KEY_written` and `KEY_precision`
    /// when it is not a plain day ([`super::TypedDate`]).
    fn date(&mut self, key: &'static str, value: Option<Date>) -> &mut Props {
        let typed = super::TypedDate::of(value);
        self.day(key, typed.day);
        if let (Some(written), Some(precision)) = (typed.written, typed.precision) {
            self.0.push((format!("{key}_written"), string(&written)));
            self.0.push((format!("{key}_precision"), string(precision)));
        }
        self
    }
    fn lenient<T: Vocabulary>(
        &mut self,
        key: &'static str,
        value: &Option<Lenient<T>>,
    ) -> &mut Props {
        let text = value.as_ref().map(ToString::to_string);
        self.text(key, text.as_deref())
    }
    fn raw(&mut self, key: &'static str, value: String) -> &mut Props {
        self.0.push((key.to_owned(), value));
        self
    }
    fn render(&self) -> String {
        let parts: Vec<String> = self.0.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        format!("{{{}}}", parts.join(", "))
    }
}

/// Writes the selection as a Cypher script for Neo4j 5: constraints, then
/// sources, nodes and claims in file order, one statement a line. Fails
/// only when `out` does.
///
/// # Errors
///
/// Only `out`'s own errors.
pub fn write(sel: &Selection, out: &mut dyn Write) -> io::Result<()> {
    let g = sel.graph;
    writeln!(out, "// negograph export for Neo4j 5: {}.", sel.summary())?;
    writeln!(
        out,
        "// Run with: cypher-shell -f THIS_FILE. Running it again changes nothing."
    )?;
    writeln!(
        out,
        "CREATE CONSTRAINT negograph_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;"
    )?;
    writeln!(
        out,
        "CREATE CONSTRAINT negograph_source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;"
    )?;
    for source in &g.document().sources {
        let mut props = Props::new();
        props
            .text("id", Some(&source.id))
            .text("title", Some(&source.title));
        props
            .date("date", source.date.as_ref().and_then(Lenient::known))
            .text("url", source.url.as_deref())
            .text("publisher", source.publisher.as_deref())
            .text("note", source.note.as_deref())
            .text("file", source.file.as_deref());
        writeln!(
            out,
            "MERGE (s:Source {{id: {}}}) SET s = {};",
            string(&source.id),
            props.render()
        )?;
    }
    let timelines = super::timeline::timelines(g);
    for &n in &sel.nodes {
        writeln!(out, "{}", node_statement(sel, n, &timelines[n.index()]))?;
    }
    // Each claim, then each `part_of` claim again as the step from a
    // proposal to its term (HAS_TERM).
    let term_steps = sel
        .edges
        .iter()
        .filter(|&&e| g.meta(e).relation == Relation::PartOf)
        .map(|&e| (e, true));
    for (e, term_step) in sel.edges.iter().map(|&e| (e, false)).chain(term_steps) {
        let (c, rel) = if term_step {
            (ClaimRow::term_step(g, e, &timelines), HAS_TERM.to_owned())
        } else {
            let c = ClaimRow::new(g, e, &timelines);
            let rel = rel_type(c.relation);
            (c, rel)
        };
        writeln!(out, "{}", claim_statement(&c, &rel))?;
    }
    Ok(())
}

/// The `MERGE` of node `n`, its labels and every property.
fn node_statement(sel: &Selection, n: NodeIx, timeline: &Timeline) -> String {
    let g = sel.graph;
    let node = g.node(n);
    let mut props = Props::new();
    props
        .text("id", Some(&node.id))
        .text("kind", Some(g.kind(n).as_str()))
        .text("label", Some(&node.label));
    if !node.aliases.is_empty() {
        props.raw("aliases", list(node.aliases.iter().map(String::as_str)));
    }
    let time = g.node_time(n);
    props
        .lenient("status", &node.status)
        .date("since", time.since)
        .date("until", time.until)
        .text("note", node.note.as_deref());
    if !node.actor().is_empty() {
        props.raw("actor", list(node.actor().iter().map(String::as_str)));
    }
    props
        .text("issue", node.issue())
        .text("quantity", node.quantity())
        .text(
            "status_history",
            super::status_history_json(sel, n).as_deref(),
        )
        .text(
            "status_in_force",
            sel.status_in_force(n).map(|s| s.to_string()).as_deref(),
        );
    let applied = sel.applied_by(n);
    if !applied.is_empty() {
        props.raw("applied_by", list(applied.iter().map(String::as_str)));
    }
    props.date("scheduled_in_force", sel.scheduled_in_force(n));
    let extras = super::NodeExtras::new(g, n);
    if extras.unnamed {
        props.raw("unnamed", "true".to_owned());
    }
    props.date("scheduled", node.scheduled().and_then(Lenient::known));
    for (name, part) in extras.quantity_parts() {
        match part {
            super::QuantityPart::Text(t) => props.text(name, Some(t)),
            super::QuantityPart::Number(x) => props.raw(name, float(x)),
            super::QuantityPart::Flag(b) => props.raw(name, b.to_string()),
        };
    }
    // What `blockers` asks of a position before counting it (the days it
    // is withdrawn or replaced); without them it would count none.
    let withdrawn = &timeline.withdrawn;
    props
        .raw("withdrawn", list(withdrawn.days.iter().map(String::as_str)))
        .raw("withdrawn_all_time", withdrawn.all_time.to_string());
    let cancelled = &timeline.cancelled;
    props
        .raw("cancelled", list(cancelled.days.iter().map(String::as_str)))
        .raw("cancelled_all_time", cancelled.all_time.to_string());
    format!(
        "MERGE (n:Node {{id: {}}}) SET n:{}, n = {};",
        string(&node.id),
        kind_label(g.kind(n)),
        props.render()
    )
}

/// The `MERGE` of claim `c` as a relationship of type `rel`, with every
/// property.
fn claim_statement(c: &ClaimRow, rel: &str) -> String {
    let mut props = Props::new();
    props
        .raw("claim", c.claim.to_string())
        .text("relation", Some(c.relation.as_str()))
        .text("by", c.by)
        .text("holder", c.holder)
        .text("source", c.source)
        .text("quote", c.quote)
        .date("since", c.since)
        .date("until", c.until)
        .text("note", c.note)
        .text("speaker", c.speaker)
        .text("citation_note", c.citation_note)
        .text("citations", c.citations.as_deref())
        .text("target", c.target)
        .text("trigger", c.trigger)
        .text("counter_offer", c.counter_offer);
    if !c.disputed_by.is_empty() {
        props.raw("disputed_by", list(c.disputed_by.iter().copied()));
    }
    let (visible_since, visible_until) = super::visible_days(c.visible);
    props
        .text("addressee", c.addressee)
        .text("stance", c.stance);
    if let Some(seq) = c.seq {
        props.raw("seq", seq.to_string());
    }
    if let Some(r) = c.reason {
        props
            .text("reason", Some(r.reason))
            .text("reason_quote", r.quote)
            .text("reason_source", r.source);
    }
    props
        .day("visible_since", visible_since)
        .day("visible_until", visible_until)
        .text("to_id", Some(c.to))
        .raw(
            "to_settled",
            list(c.to_settled.days.iter().map(String::as_str)),
        )
        .raw("to_settled_all_time", c.to_settled.all_time.to_string())
        .raw(
            "from_cancelled",
            list(c.from_cancelled.days.iter().map(String::as_str)),
        )
        .raw(
            "from_cancelled_all_time",
            c.from_cancelled.all_time.to_string(),
        );
    format!(
        "MATCH (a:Node {{id: {}}}), (b:Node {{id: {}}}) MERGE (a)-[r:{} {{claim: {}}}]->(b) SET r = {};",
        string(c.from),
        string(c.to),
        rel,
        c.claim,
        props.render()
    )
}
