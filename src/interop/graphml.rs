//! GraphML, for Gephi, yEd and networkx.
//!
//! Every attribute is declared as a `<key>` with a type, so tools read it
//! without guessing: on nodes `kind`, `label`, `aliases` (the list cell of
//! the spreadsheet form), `status`, `since`, `until`, `note`, `actor`,
//! `issue`, `quantity`, `status_history` (JSON: the dated changes, each
//! `on` its day and, when a report said it in words, `on_written` the
//! words; with `--as-of`, none after that day), `status_in_force` (the
//! status `show` gives on the `--as-of` day, else on the newest source's:
//! `status` is the one written before any dated change), and format 1.2's
//! `unnamed` (boolean), `scheduled`, and the quantity read in full
//! (`quantity_min`, `quantity_max` as doubles, `quantity_unit`,
//! `quantity_measure`, `quantity_approximate`, `quantity_of`,
//! `quantity_per`); on edges `claim` (the
//! edge's position in the file), `relation`, `by`, `holder` (the party
//! holding the claim: `by`, or `from` when that is a party), `source`,
//! `quote`, `speaker` (of the first citation), `citations` (every citation,
//! as JSON, when there is more than a plain one), `since`, `until`, `note`,
//! `target`, `trigger`, `with`, `disputed_by`, format 1.2's `addressee`,
//! `seq` (long), `stance`, `reason` with `reason_quote` and `reason_source`
//! (the first citation that gives a reason), and `since_written` and
//! `until_written` (the file's text when it is not a plain day: a month
//! `2025-03`, a year, or a report's words, `Tuesday`, whose inferred day
//! `since` holds); on the graph its `title`.
//! Absent values are left out, as GraphML intends.
//!
//! Text goes only into element content and attribute values, escaped there.
//! XML 1.0 cannot carry most control characters at all, not even escaped, so
//! those (never meaningful in a label or quote) are dropped; a carriage return
//! is written as `&#13;` so that XML's line-end handling keeps it.
// Hand-written rather than through an XML crate: the document is flat and
// fixed, and no writer crate drops the characters XML cannot carry, which is
// the one thing escaping here has to get right.

use std::io::{self, Write};

use super::cells::list_cell;
use super::{ClaimRow, Selection};

/// Key ids (unique across domains) and their attribute names and types.
const NODE_KEYS: &[(&str, &str, &str)] = &[
    ("n_kind", "kind", "string"),
    ("n_label", "label", "string"),
    ("n_aliases", "aliases", "string"),
    ("n_status", "status", "string"),
    ("n_since", "since", "string"),
    ("n_until", "until", "string"),
    ("n_note", "note", "string"),
    ("n_actor", "actor", "string"),
    ("n_issue", "issue", "string"),
    ("n_quantity", "quantity", "string"),
    ("n_status_history", "status_history", "string"),
    ("n_status_in_force", "status_in_force", "string"),
    ("n_scheduled_in_force", "scheduled_in_force", "string"),
    ("n_applied_by", "applied_by", "string"),
    ("n_unnamed", "unnamed", "boolean"),
    ("n_scheduled", "scheduled", "string"),
    ("n_quantity_min", "quantity_min", "double"),
    ("n_quantity_max", "quantity_max", "double"),
    ("n_quantity_unit", "quantity_unit", "string"),
    ("n_quantity_measure", "quantity_measure", "string"),
    ("n_quantity_approximate", "quantity_approximate", "boolean"),
    ("n_quantity_of", "quantity_of", "string"),
    ("n_quantity_per", "quantity_per", "string"),
];
const EDGE_KEYS: &[(&str, &str, &str)] = &[
    ("e_claim", "claim", "long"),
    ("e_relation", "relation", "string"),
    ("e_by", "by", "string"),
    ("e_holder", "holder", "string"),
    ("e_source", "source", "string"),
    ("e_quote", "quote", "string"),
    ("e_since", "since", "string"),
    ("e_until", "until", "string"),
    ("e_note", "note", "string"),
    ("e_speaker", "speaker", "string"),
    ("e_citations", "citations", "string"),
    ("e_target", "target", "string"),
    ("e_trigger", "trigger", "string"),
    ("e_with", "with", "string"),
    ("e_disputed_by", "disputed_by", "string"),
    ("e_addressee", "addressee", "string"),
    ("e_seq", "seq", "long"),
    ("e_stance", "stance", "string"),
    ("e_reason", "reason", "string"),
    ("e_reason_quote", "reason_quote", "string"),
    ("e_reason_source", "reason_source", "string"),
    ("e_since_written", "since_written", "string"),
    ("e_until_written", "until_written", "string"),
];

/// Writes the selection as one GraphML document: keys, then nodes and edges
/// in file order. Fails only when `out` does.
///
/// # Errors
///
/// Only `out`'s own errors.
pub fn write(sel: &Selection, out: &mut dyn Write) -> io::Result<()> {
    let g = sel.graph;
    out.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    )?;
    writeln!(
        out,
        "  <key id=\"g_title\" for=\"graph\" attr.name=\"title\" attr.type=\"string\"/>"
    )?;
    for (domain, keys) in [("node", NODE_KEYS), ("edge", EDGE_KEYS)] {
        for (id, name, ty) in keys {
            writeln!(
                out,
                "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
            )?;
        }
    }
    writeln!(out, "  <graph id=\"G\" edgedefault=\"directed\">")?;
    data(out, "    ", "g_title", &g.document().title)?;

    for &n in &sel.nodes {
        write_node(sel, n, out)?;
    }

    let timelines = super::timeline::timelines(g);
    for &e in &sel.edges {
        let m = g.meta(e);
        let c = ClaimRow::new(g, e, &timelines);
        writeln!(
            out,
            "    <edge id=\"e{}\" source=\"{}\" target=\"{}\">",
            e.index(),
            escape(g.id(m.from)),
            escape(g.id(m.to))
        )?;
        let disputed: Vec<String> = c.disputed_by.iter().map(ToString::to_string).collect();
        let (claim, since, until) = (
            c.claim.to_string(),
            c.since.map(|d| d.to_string()),
            c.until.map(|d| d.to_string()),
        );
        let disputed = (!disputed.is_empty()).then(|| list_cell(&disputed));
        let seq = c.seq.map(|s| s.to_string());
        let (since_written, until_written) = (
            super::TypedDate::of(c.since).written,
            super::TypedDate::of(c.until).written,
        );
        let fields = [
            ("e_claim", Some(claim.as_str())),
            ("e_relation", Some(c.relation.as_str())),
            ("e_by", c.by),
            ("e_holder", c.holder),
            ("e_source", c.source),
            ("e_quote", c.quote),
            ("e_since", since.as_deref()),
            ("e_until", until.as_deref()),
            ("e_note", c.note),
            ("e_speaker", c.speaker),
            ("e_citations", c.citations.as_deref()),
            ("e_target", c.target),
            ("e_trigger", c.trigger),
            ("e_with", c.counter_offer),
            ("e_disputed_by", disputed.as_deref()),
            ("e_addressee", c.addressee),
            ("e_seq", seq.as_deref()),
            ("e_stance", c.stance),
            ("e_reason", c.reason.map(|r| r.reason)),
            ("e_reason_quote", c.reason.and_then(|r| r.quote)),
            ("e_reason_source", c.reason.and_then(|r| r.source)),
            ("e_since_written", since_written.as_deref()),
            ("e_until_written", until_written.as_deref()),
        ];
        for (key, value) in fields {
            if let Some(value) = value {
                data(out, "      ", key, value)?;
            }
        }
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>\n</graphml>")
}

/// One `<node>` element: the file's fields, the status in force and the
/// format 1.2 facts, absent ones left out.
fn write_node(sel: &Selection, n: crate::graph::NodeIx, out: &mut dyn Write) -> io::Result<()> {
    let g = sel.graph;
    let node = g.node(n);
    writeln!(out, "    <node id=\"{}\">", escape(&node.id))?;
    let fields = [
        ("n_kind", Some(node.kind.to_string())),
        ("n_label", Some(node.label.clone())),
        (
            "n_aliases",
            (!node.aliases.is_empty()).then(|| list_cell(&node.aliases)),
        ),
        ("n_status", node.status.as_ref().map(ToString::to_string)),
        ("n_since", node.since.as_ref().map(ToString::to_string)),
        ("n_until", node.until.as_ref().map(ToString::to_string)),
        ("n_note", node.note.clone()),
        (
            "n_actor",
            (!node.actor().is_empty()).then(|| list_cell(node.actor())),
        ),
        ("n_issue", node.issue().map(str::to_owned)),
        ("n_quantity", node.quantity().map(str::to_owned)),
        ("n_status_history", super::status_history_json(sel, n)),
        (
            "n_status_in_force",
            sel.status_in_force(n).map(|s| s.to_string()),
        ),
        (
            "n_scheduled_in_force",
            sel.scheduled_in_force(n).map(|d| d.to_string()),
        ),
        ("n_applied_by", {
            let applied = sel.applied_by(n);
            (!applied.is_empty()).then(|| list_cell(&applied))
        }),
    ];
    for (key, value) in fields {
        if let Some(value) = value {
            data(out, "      ", key, &value)?;
        }
    }
    let extras = super::NodeExtras::new(g, n);
    if extras.unnamed {
        data(out, "      ", "n_unnamed", "true")?;
    }
    if let Some(day) = &extras.scheduled {
        data(out, "      ", "n_scheduled", day)?;
    }
    for (name, value) in extras.quantity_parts() {
        data(out, "      ", &format!("n_{name}"), &value.to_string())?;
    }
    writeln!(out, "    </node>")?;
    Ok(())
}

fn data(out: &mut dyn Write, indent: &str, key: &str, value: &str) -> io::Result<()> {
    writeln!(out, "{indent}<data key=\"{key}\">{}</data>", escape(value))
}

/// Text made safe for XML element content and attribute values.
pub fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    let needs = |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'' | '\r') || !xml_char(c);
    if !text.contains(needs) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            c if xml_char(c) => out.push(c),
            _ => {} // not allowed in XML 1.0 in any form
        }
    }
    out.into()
}

/// Whether XML 1.0 allows the character (its `Char` production).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_forbidden_characters_are_escaped_or_dropped() {
        assert_eq!(escape("plain"), "plain");
        assert_eq!(
            escape("<b a=\"x\">&'</b>"),
            "&lt;b a=&quot;x&quot;&gt;&amp;&apos;&lt;/b&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c\u{FFFE}d"), "abcd");
        assert_eq!(escape("line\r\nnext\ttab"), "line&#13;\nnext\ttab");
    }
}
