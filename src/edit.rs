//! Changes to a graph, as data: each [`Edit`] applies to a validated graph and
//! gives a new document plus a summary of what changed. Whether the result is
//! valid, and writing it, are [`store`](crate::store)'s business.
//!
//! Names on the command line resolve like queries do (id, label or alias). New
//! items are appended and nothing else moves, so diffs stay small.

use crate::error::{Error, Result};
use crate::graph::{EdgeIx, Graph};
use crate::model::{
    Date, Document, Edge, EdgeFields, Lenient, Node, NodeKind, NodeRef, Relation, Source, Status,
};
use crate::resolve::Names;

/// A new node.
#[derive(Clone, Debug)]
pub struct NewNode {
    pub kind: NodeKind,
    pub id: String,
    pub label: String,
    pub aliases: Vec<String>,
    pub status: Option<Status>,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub note: Option<String>,
}

/// A new edge; node names are resolved when it is applied.
#[derive(Clone, Debug)]
pub struct NewEdge {
    pub from: String,
    pub relation: Relation,
    pub to: String,
    pub by: Option<String>,
    pub source: Option<String>,
    pub quote: Option<String>,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub note: Option<String>,
}

/// Which edges an edit is about: FROM RELATION TO, narrowed by `by`.
#[derive(Clone, Debug)]
pub struct EdgeSpec {
    pub from: String,
    pub relation: Relation,
    pub to: String,
    pub by: Option<String>,
}

#[derive(Clone, Debug)]
pub enum Edit {
    AddNode(NewNode),
    Link(NewEdge),
    /// Removes the matching edge; several matches need `all`.
    Unlink {
        edge: EdgeSpec,
        all: bool,
    },
    /// `key=value` changes to a node (label, status, since, until, note, aliases).
    SetNode {
        node: String,
        changes: Vec<(String, String)>,
    },
    /// `key=value` changes to an edge (since, until, quote, source, note, by).
    SetEdge {
        edge: EdgeSpec,
        changes: Vec<(String, String)>,
    },
    Rename {
        old: String,
        new: String,
    },
    Remove {
        node: String,
        cascade: bool,
    },
    AddSource(Source),
}

pub const NODE_KEYS: &[&str] = &["label", "status", "since", "until", "note", "aliases"];
pub const EDGE_KEYS: &[&str] = &["since", "until", "quote", "source", "note", "by"];

/// Splits `key=value` arguments.
pub fn parse_changes(args: &[String], keys: &[&str]) -> Result<Vec<(String, String)>> {
    args.iter()
        .map(|arg| {
            let (key, value) = arg.split_once('=').ok_or_else(|| {
                Error::Usage(format!(
                    "'{arg}' is not key=value (keys: {})",
                    keys.join(", ")
                ))
            })?;
            let key = key.trim();
            if !keys.contains(&key) {
                return Err(Error::Usage(format!(
                    "cannot set '{key}' (keys: {}){}",
                    keys.join(", "),
                    match key {
                        "id" => "; to change an id use `negograph rename OLD NEW`",
                        "kind" => "; to change a kind, remove the node and add it again",
                        _ => "",
                    }
                )));
            }
            Ok((key.to_owned(), value.to_owned()))
        })
        .collect()
}

fn optional(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_owned())
}

fn date(key: &str, value: &str) -> Result<Option<Lenient<Date>>> {
    if value.is_empty() {
        return Ok(None);
    }
    let d: Date = value
        .parse()
        .map_err(|e: String| Error::Usage(format!("{key}: {e}")))?;
    Ok(Some(d.into()))
}

fn describe(g: &Graph, e: EdgeIx) -> String {
    let m = g.meta(e);
    let mut text = format!("{} {} {}", g.id(m.from), m.relation, g.id(m.to));
    if let Some(by) = m.by {
        text.push_str(&format!(" (by {})", g.id(by)));
    }
    text
}

/// The edges an [`EdgeSpec`] names.
fn matching(g: &Graph, names: &Names, spec: &EdgeSpec) -> Result<Vec<EdgeIx>> {
    let from = names.resolve(&spec.from)?;
    let to = names.resolve(&spec.to)?;
    let by = spec.by.as_deref().map(|b| names.resolve(b)).transpose()?;
    let found = g.edges_between(from, to, Some(spec.relation), by);
    if found.is_empty() {
        let between: Vec<String> = g
            .edges_between(from, to, None, None)
            .into_iter()
            .map(|e| describe(g, e))
            .collect();
        return Err(Error::UnknownEdge {
            spec: format!("'{}' {} '{}'", g.id(from), spec.relation, g.id(to)),
            hint: (!between.is_empty())
                .then(|| format!("between them there is: {}", between.join("; "))),
        });
    }
    Ok(found)
}

fn one_edge(g: &Graph, found: Vec<EdgeIx>) -> Result<EdgeIx> {
    match found.as_slice() {
        [one] => Ok(*one),
        many => Err(Error::Usage(format!(
            "{} edges match: {}; narrow it with --by PARTY",
            many.len(),
            many.iter()
                .map(|&e| describe(g, e))
                .collect::<Vec<_>>()
                .join("; ")
        ))),
    }
}

/// Applies an edit, returning the new document and one line per change.
pub fn apply(g: &Graph, edit: &Edit) -> Result<(Document, Vec<String>)> {
    let names = Names::new(g);
    let mut doc = g.document().clone();
    let mut said = Vec::new();
    match edit {
        Edit::AddNode(n) => {
            doc.nodes.push(Node {
                id: n.id.clone(),
                kind: n.kind.into(),
                label: n.label.clone(),
                aliases: n.aliases.clone(),
                status: n.status.map(Into::into),
                since: n.since.map(Into::into),
                until: n.until.map(Into::into),
                note: n.note.clone(),
            });
            said.push(format!("added {} '{}' ({})", n.kind, n.id, n.label));
        }
        Edit::Link(e) => {
            let node = |name: &str| names.resolve(name).map(|n| NodeRef::Node(n.index() as u32));
            let edge = Edge::new(EdgeFields {
                from: node(&e.from)?,
                relation: e.relation.into(),
                to: node(&e.to)?,
                by: e.by.as_deref().map(node).transpose()?,
                source: e.source.as_deref().map(Into::into),
                quote: e.quote.as_deref().map(Into::into),
                since: e.since.map(Into::into),
                until: e.until.map(Into::into),
                note: e.note.as_deref().map(Into::into),
            });
            said.push(format!(
                "linked {} {} {}",
                doc.ref_id(edge.from()),
                edge.relation(),
                doc.ref_id(edge.to())
            ));
            doc.edges.push(edge);
        }
        Edit::Unlink { edge, all } => {
            let found = matching(g, &names, edge)?;
            let gone = if *all {
                found
            } else {
                vec![one_edge(g, found)?]
            };
            for &e in gone.iter().rev() {
                said.push(format!("unlinked {}", describe(g, e)));
                doc.edges.remove(e.index());
            }
            said.reverse();
        }
        Edit::SetNode { node, changes } => {
            let n = names.resolve(node)?;
            let target = &mut doc.nodes[n.index()];
            for (key, value) in changes {
                match key.as_str() {
                    "label" => target.label = value.clone(),
                    "status" => {
                        target.status = match value.as_str() {
                            "" => None,
                            v => Some(v.parse::<Status>().map_err(Error::Usage)?.into()),
                        }
                    }
                    "since" => target.since = date(key, value)?,
                    "until" => target.until = date(key, value)?,
                    "note" => target.note = optional(value),
                    "aliases" => {
                        target.aliases = value
                            .split(',')
                            .map(str::trim)
                            .filter(|a| !a.is_empty())
                            .map(str::to_owned)
                            .collect()
                    }
                    other => return Err(Error::Usage(format!("cannot set '{other}' on a node"))),
                }
                said.push(format!("set {key} of '{}' to {value:?}", target.id));
            }
        }
        Edit::SetEdge { edge, changes } => {
            let e = one_edge(g, matching(g, &names, edge)?)?;
            let described = describe(g, e);
            let mut target = doc.edges[e.index()].fields();
            for (key, value) in changes {
                match key.as_str() {
                    "since" => target.since = date(key, value)?,
                    "until" => target.until = date(key, value)?,
                    "quote" => target.quote = optional(value).map(Into::into),
                    "source" => target.source = optional(value).map(Into::into),
                    "note" => target.note = optional(value).map(Into::into),
                    "by" => {
                        target.by = match value.as_str() {
                            "" => None,
                            v => Some(NodeRef::Node(names.resolve(v)?.index() as u32)),
                        }
                    }
                    other => return Err(Error::Usage(format!("cannot set '{other}' on an edge"))),
                }
                said.push(format!("set {key} of {described} to {value:?}"));
            }
            doc.edges[e.index()] = Edge::new(target);
        }
        Edit::Rename { old, new } => {
            let n = names.resolve(old)?;
            let old_id = g.id(n).to_owned();
            if let Some(other) = g.find(new) {
                if other != n {
                    return Err(Error::Usage(format!(
                        "'{new}' is already the id of another node"
                    )));
                }
                return Err(Error::Usage(format!(
                    "'{old_id}' is already called '{new}'"
                )));
            }
            // Edges refer to the node by position, so they follow the new id by themselves.
            doc.nodes[n.index()].id = new.clone();
            let references: usize = g
                .edge_indices()
                .map(|e| {
                    let m = g.meta(e);
                    usize::from(m.from == n) + usize::from(m.to == n) + usize::from(m.by == Some(n))
                })
                .sum();
            said.push(format!(
                "renamed '{old_id}' to '{new}' ({references} reference{} updated)",
                if references == 1 { "" } else { "s" }
            ));
        }
        Edit::Remove { node, cascade } => {
            let n = names.resolve(node)?;
            let id = g.id(n).to_owned();
            let touching: Vec<EdgeIx> = g
                .edge_indices()
                .filter(|&e| {
                    let m = g.meta(e);
                    m.from == n || m.to == n || m.by == Some(n)
                })
                .collect();
            if !touching.is_empty() && !cascade {
                let list: Vec<String> = touching
                    .iter()
                    .map(|&e| format!("  {}", describe(g, e)))
                    .collect();
                return Err(Error::Usage(format!(
                    "'{id}' is still linked by {} edge{}:\n{}\nremove them too with --cascade, or unlink them first",
                    touching.len(),
                    if touching.len() == 1 { "" } else { "s" },
                    list.join("\n")
                )));
            }
            let mut gone = vec![false; doc.edges.len()];
            for &e in &touching {
                gone[e.index()] = true;
                said.push(format!("removed edge {}", describe(g, e)));
            }
            let mut i = 0;
            doc.edges.retain(|_| {
                i += 1;
                !gone[i - 1]
            });
            doc.remove_node(n.index());
            said.push(format!("removed {} '{id}'", g.kind(n)));
        }
        Edit::AddSource(source) => {
            said.push(format!("added source '{}' ({})", source.id, source.title));
            doc.sources.push(source.clone());
        }
    }
    Ok((doc, said))
}
