//! A fragment merged into a graph: new sources, nodes and claims appended,
//! a claim the graph already records given the fragment's citations.

use crate::args::{Cmd, Line};
use foldhash::{HashMap, HashMapExt};

use crate::diagnostic::{JsonPath, PathSeg};
use crate::error::{Error, Result};
use crate::graph::Graph;
use crate::model::{Date, Document, Edge, EdgeFields, Lenient, NodeRef};

use super::{Fail, read};

/// A claim's identity: FROM, RELATION, TO and BY.
type ClaimKey = (NodeRef, String, NodeRef, Option<NodeRef>);

fn key(f: &EdgeFields) -> ClaimKey {
    (
        f.from.clone(),
        f.relation.to_string(),
        f.to.clone(),
        f.by.clone(),
    )
}

/// Merges the fragment `text` into `graph`: what it defines is appended, in
/// its order; a claim the graph already records (same FROM, RELATION, TO and
/// BY, dates agreeing where given) gets the fragment's citations it lacks.
/// Names resolve against the graph and the fragment together. Returns the
/// new document and one line per change. The merged document is validated
/// once here, so that an error the fragment brings (a relation joining the
/// wrong kinds) is reported at its line; the caller validates it again
/// before saving, as for every edit.
///
/// # Errors
///
/// [`Error::Parse`] at the fragment's line and column: a mistake in the
/// text, a name that fits no node or several, a node or source the graph
/// has defined otherwise, a claim recorded with other fields, one that
/// matches several claims differing in their dates, or what the fragment
/// adds breaking a rule of the format.
///
/// ```
/// let graph = negograph::request::GraphSource::builtin().load()?;
/// let fragment = "party turkey Türkiye aka Erdogan\n\
///                 @zelensky-meet-putin-2025\n\
///                 Erdogan supports \"the Istanbul talks\"  \"ready to host\"\n";
/// let (doc, said) = negograph::text::apply_fragment(graph.document(), "new.neg", fragment)?;
/// assert_eq!(said, ["added party 'turkey' (Türkiye)", "linked turkey supports direct-talks"]);
/// assert_eq!(doc.edges.len(), graph.edge_count() + 1);
/// # Ok::<(), negograph::Error>(())
/// ```
pub fn apply_fragment(
    graph: &Document,
    origin: &str,
    text: &str,
) -> Result<(Document, Vec<String>)> {
    let base_edges = graph.edges.len();
    let p = read(graph.clone(), true, text).map_err(|f| f.into_error(origin))?;
    let mut said = added_items(graph, &p);
    let mut doc = p.doc;
    // Where each new item was written, for pointing validation's findings
    // back into the fragment.
    let mut lines = Lines {
        sources: (p.base_sources, p.spans.sources.clone()),
        nodes: (p.base_nodes, p.spans.nodes.clone()),
        edges: Vec::new(),
    };
    let mut claims: HashMap<ClaimKey, Vec<usize>> = HashMap::with_capacity(base_edges);
    // The graph's first claim between two nodes by a relation, whoever holds it.
    let mut ends: HashMap<(NodeRef, String, NodeRef), usize> = HashMap::with_capacity(base_edges);
    for (i, e) in doc.edges.iter().enumerate() {
        let k = key(&e.fields());
        ends.entry((k.0.clone(), k.1.clone(), k.2.clone()))
            .or_insert(i);
        claims.entry(k).or_default().push(i);
    }
    for (k, new) in p.edges.into_iter().enumerate() {
        let line = p.spans.edges.get(k).copied().unwrap_or(1);
        let fail = |message: String| {
            Fail {
                line,
                at: 0,
                message,
            }
            .into_error(origin)
        };
        let claim = key(&new);
        // Words such as "Tuesday" compared as the day they resolve to, as
        // the graph holds them.
        let source = new
            .citations
            .iter()
            .find_map(|c| c.source.as_ref())
            .map(ToString::to_string);
        let day = |d: &Option<Lenient<Date>>| {
            d.clone()
                .map(|d| crate::model::said::resolve_from(&doc, d, source.as_deref()))
        };
        let (since, until) = (day(&new.since), day(&new.until));
        let same: Vec<usize> = claims
            .get(&claim)
            .map(|list| {
                list.iter()
                    .copied()
                    .filter(|&i| {
                        let e = &doc.edges[i];
                        let (s, u) = (e.since(), e.until());
                        (since.is_none() || s == since || s == new.since)
                            && (until.is_none() || u == until || u == new.until)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let described = describe(&doc, &new);
        match same.as_slice() {
            [] => {
                let mut line_said = format!("linked {described}");
                // Who holds a claim is part of what it says: a claim the
                // graph has with another holder stays as it was. Say so,
                // since `by` added to a recorded claim reads like an edit.
                if let Some(&other) = ends.get(&(claim.0.clone(), claim.1.clone(), claim.2.clone()))
                {
                    let by = doc.edges[other]
                        .fields()
                        .by
                        .map_or("no holder named".to_owned(), |b| {
                            format!("held by {}", doc.ref_id(b.as_end()))
                        });
                    line_said.push_str(&format!(
                        " (a new claim beside the recorded one, {by}; to change that one, use `set-edge`)"
                    ));
                }
                said.push(line_said);
                lines.edges.push((doc.edges.len(), line));
                claims.entry(claim).or_default().push(doc.edges.len());
                doc.edges.push(Edge::new(new));
            }
            [one] => {
                merge(&mut doc.edges[*one], new, &described, &mut said).map_err(fail)?;
                lines.edges.push((*one, line));
            }
            many => {
                return Err(fail(format!(
                    "{} claims {described} are recorded, differing in their dates; give `since` or `until` to say which one this is",
                    many.len()
                )));
            }
        }
    }
    refuse_at_its_line(&doc, origin, &lines)?;
    Ok((doc, said))
}

/// The fragment's line of each item it added or changed.
struct Lines {
    /// The first new source's place, and each new source's line.
    sources: (usize, Vec<usize>),
    nodes: (usize, Vec<usize>),
    /// Each claim added or given citations: its place and its line.
    edges: Vec<(usize, usize)>,
}

impl Lines {
    fn of(&self, path: &JsonPath) -> Option<usize> {
        let [PathSeg::Key(list), PathSeg::Index(i), ..] = path.0.as_slice() else {
            return None;
        };
        let new = |(first, lines): &(usize, Vec<usize>)| {
            i.checked_sub(*first).and_then(|k| lines.get(k).copied())
        };
        match list.as_ref() {
            "sources" => new(&self.sources),
            "nodes" => new(&self.nodes),
            "edges" => self
                .edges
                .iter()
                .rev()
                .find(|(e, _)| e == i)
                .map(|(_, line)| *line),
            _ => None,
        }
    }
}

/// The merged graph validated: its first error about what the fragment
/// added, as an error at the fragment's line (the graph was valid before,
/// so every error is the fragment's). Errors it cannot place are left to
/// the caller's validation, which reports them all.
fn refuse_at_its_line(doc: &Document, origin: &str, lines: &Lines) -> Result<()> {
    let Err(Error::Invalid { diagnostics, .. }) = Graph::from_document(origin, doc.clone()) else {
        return Ok(());
    };
    for d in diagnostics.iter().filter(|d| d.is_error()) {
        if let Some(line) = lines.of(&d.path) {
            let help = d
                .help
                .as_deref()
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            return Err(Fail {
                line,
                at: 0,
                message: format!("{}: {}{help}", d.code, d.message),
            }
            .into_error(origin));
        }
    }
    Ok(())
}

/// Adds `new`'s citations to the recorded claim `edge`; its other fields
/// may be given again only as recorded.
fn merge(
    edge: &mut Edge,
    new: EdgeFields,
    described: &str,
    said: &mut Vec<String>,
) -> std::result::Result<(), String> {
    let mut fields = edge.fields();
    let clashes = [
        (
            "target",
            new.target.is_some() && new.target != fields.target,
        ),
        (
            "trigger",
            new.trigger.is_some() && new.trigger != fields.trigger,
        ),
        ("with", new.with.is_some() && new.with != fields.with),
        ("note", new.note.is_some() && new.note != fields.note),
        (
            "disputed_by",
            !new.disputed_by.is_empty() && new.disputed_by != fields.disputed_by,
        ),
    ];
    if let Some((field, _)) = clashes.iter().find(|(_, clash)| *clash) {
        return Err(format!(
            "{described} is already recorded with another {field}; change it with `{}`, or give this claim its own dates",
            Line::new(Cmd::SetEdge)
        ));
    }
    let before = fields.citations.len();
    for c in new.citations {
        if !fields.citations.contains(&c) {
            fields.citations.push(c);
        }
    }
    let added = fields.citations.len() - before;
    if added == 0 {
        said.push(format!(
            "{described} is already recorded with these citations"
        ));
        return Ok(());
    }
    let count = fields.citations.len();
    *edge = Edge::new(fields);
    said.push(format!(
        "added {added} citation{} to {described} ({count} in all)",
        if added == 1 { "" } else { "s" }
    ));
    Ok(())
}

fn describe(doc: &Document, f: &EdgeFields) -> String {
    let id = |r: &NodeRef| doc.ref_id(r.as_end()).to_owned();
    let mut text = format!("{} {} {}", id(&f.from), f.relation, id(&f.to));
    if let Some(by) = &f.by {
        text.push_str(&format!(" (by {})", id(by)));
    }
    text
}

/// One line for each source and node the fragment adds, and for each node
/// of the graph it gives fields the node lacked.
fn added_items(graph: &Document, p: &super::parse::Parser) -> Vec<String> {
    let mut said = Vec::new();
    for s in &p.doc.sources[p.base_sources..] {
        said.push(format!("added source '{}' ({})", s.id, s.title));
    }
    for n in &p.doc.nodes[p.base_nodes..] {
        said.push(format!("added {} '{}' ({})", n.kind, n.id, n.label));
    }
    for (before, after) in graph.nodes.iter().zip(&p.doc.nodes) {
        if before == after {
            continue;
        }
        let fields: Vec<&str> = super::parse::differing_fields(after, before)
            .iter()
            .map(|(name, _)| name.trim_matches('`'))
            .collect();
        if !fields.is_empty() {
            said.push(format!(
                "set {} '{}': {} (it had none)",
                after.kind,
                after.id,
                fields.join(", ")
            ));
        }
        // A dated change of status is no field: say which were added.
        for change in after
            .status_history()
            .iter()
            .filter(|c| !before.status_history().contains(c))
        {
            said.push(format!(
                "'{}' is {} from {}",
                after.id, change.status, change.on
            ));
        }
    }
    said
}
