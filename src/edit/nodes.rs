//! Edits to nodes: adding one, recording a dated status, renaming and
//! removing, with every reference to the node kept in step.

use crate::args::Opt;
use crate::error::{Error, Result};
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{
    Date, Document, Edge, EdgeFields, End, Node, NodeKind, NodeRef, Relation, StatusChange,
};
use crate::resolve::Names;

use super::changes::{ids, quantity};
use super::{NewNode, NewStatus, describe};

pub(super) fn add(
    names: &Names,
    doc: &mut Document,
    n: &NewNode,
    said: &mut Vec<String>,
) -> Result<()> {
    let mut node = Node::new(n.id.clone(), n.kind, n.label.clone());
    node.aliases.clone_from(&n.aliases);
    node.status = n.status.map(Into::into);
    node.since.clone_from(&n.since);
    node.until.clone_from(&n.until);
    node.note.clone_from(&n.note);
    node.more_mut().actor = ids(names, &n.actor.join(","))?;
    node.more_mut().issue = n
        .issue
        .as_deref()
        .map(|name| names.resolve(name).map(|i| names.graph().id(i).to_owned()))
        .transpose()?;
    node.more_mut().quantity = quantity(n.quantity.as_deref().unwrap_or(""))?;
    node.more_mut().unnamed = n.unnamed;
    node.more_mut().scheduled = n.scheduled.map(Into::into);
    node.tidy();
    doc.nodes.push(node);
    said.push(format!("added {} '{}' ({})", n.kind, n.id, n.label));
    Ok(())
}

/// The `part_of` claims of a node just added (the last in `doc`): to the
/// proposal it is a term of, and from each term of a new proposal, new
/// demands (`ID=LABEL`) appended first.
pub(super) fn terms(
    names: &Names,
    doc: &mut Document,
    n: &NewNode,
    said: &mut Vec<String>,
) -> Result<()> {
    let added = doc.nodes.len() - 1;
    let part_of = |doc: &mut Document, term: NodeRef, proposal: NodeRef, said: &mut Vec<String>| {
        let mut fields = EdgeFields::new(term, Relation::PartOf, proposal);
        fields.citations.extend(n.citation.clone());
        let edge = Edge::new(fields);
        said.push(format!(
            "linked {} part_of {}",
            doc.ref_id(edge.from()),
            doc.ref_id(edge.to())
        ));
        doc.edges.push(edge);
    };
    if let Some(proposal) = &n.part_of {
        let p = names.resolve(proposal)?;
        part_of(
            doc,
            NodeRef::Node(added as u32),
            NodeRef::Node(p.index() as u32),
            said,
        );
    }
    for term in &n.terms {
        let from = match term.split_once('=') {
            Some((id, label)) if crate::validate::is_slug(id) => {
                doc.nodes.push(Node::new(id, NodeKind::Demand, label));
                said.push(format!("added demand '{id}' ({label})"));
                NodeRef::Node((doc.nodes.len() - 1) as u32)
            }
            _ => NodeRef::Node(names.resolve(term)?.index() as u32),
        };
        part_of(doc, from, NodeRef::Node(added as u32), said);
    }
    Ok(())
}

/// Records a dated change of status, kept in date order; a second change on
/// the same day is refused rather than overwriting what was recorded.
pub(super) fn status(
    names: &Names,
    doc: &mut Document,
    change: &NewStatus,
    said: &mut Vec<String>,
) -> Result<()> {
    let n = names.resolve(&change.node)?;
    let on = crate::model::said::resolve_from(doc, change.on.clone(), change.source.as_deref());
    let Some(on) = on.known() else {
        let (msg, help) = Date::explain(&on.to_string());
        return Err(Error::Usage(format!("{msg}; {help}")));
    };
    let node = &mut doc.nodes[n.index()];
    let id = node.id.clone();
    let history = &mut node.more_mut().status_history;
    if let Some(same_day) = history.iter().find(|c| c.on.known() == Some(on)) {
        return Err(Error::Usage(format!(
            "'{}' already changes status on {} (to {}); one change a day is recorded, so remove that one from the file's \"status_history\" first",
            id,
            on.in_words(),
            same_day.status
        )));
    }
    let at = history
        .iter()
        .position(|c| c.on.known().is_some_and(|d| d > on))
        .unwrap_or(history.len());
    history.insert(
        at,
        StatusChange {
            status: change.status.into(),
            on: on.into(),
            source: change.source.clone(),
            quote: change.quote.clone(),
            note: change.note.clone(),
            scheduled: change.scheduled.map(Into::into),
        },
    );
    match change.scheduled {
        Some(day) => said.push(format!(
            "'{id}' is {} from {}, scheduled for {day}",
            change.status,
            on.in_words()
        )),
        None => said.push(format!(
            "'{id}' is {} from {}",
            change.status,
            on.in_words()
        )),
    }
    Ok(())
}

/// The nodes whose `actor` or `issue` names `id`.
fn naming_nodes<'d>(doc: &'d Document, id: &'d str) -> impl Iterator<Item = usize> + 'd {
    doc.nodes.iter().enumerate().filter_map(move |(i, node)| {
        (node.actor().iter().any(|a| a == id) || node.issue() == Some(id)).then_some(i)
    })
}

/// The edges that name node `n` anywhere: ends, holder, target, trigger,
/// counter-offer, disputing parties.
fn touching(g: &Graph, n: NodeIx) -> Vec<EdgeIx> {
    let here = End::Node(n.index() as u32);
    g.edge_indices()
        .filter(|&e| {
            let edge = g.edge(e);
            edge.from() == here
                || edge.to() == here
                || edge.by() == Some(here)
                || edge.other_refs().any(|r| r == here)
        })
        .collect()
}

pub(super) fn rename(
    g: &Graph,
    names: &Names,
    doc: &mut Document,
    old: &str,
    new: &str,
    said: &mut Vec<String>,
) -> Result<()> {
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
    // Edges refer to the node by position, so they follow the new id by
    // themselves; actors and issues name it by id.
    new.clone_into(&mut doc.nodes[n.index()].id);
    let by_id: Vec<usize> = naming_nodes(g.document(), &old_id).collect();
    for &i in &by_id {
        let more = doc.nodes[i].more_mut();
        for actor in more.actor.iter_mut().filter(|a| **a == old_id) {
            new.clone_into(actor);
        }
        if more.issue.as_deref() == Some(old_id.as_str()) {
            more.issue = Some(new.to_owned());
        }
    }
    let references = touching(g, n).len() + by_id.len();
    said.push(format!(
        "renamed '{old_id}' to '{new}' ({references} reference{} updated)",
        if references == 1 { "" } else { "s" }
    ));
    Ok(())
}

pub(super) fn remove(
    g: &Graph,
    names: &Names,
    doc: &mut Document,
    node: &str,
    cascade: bool,
    said: &mut Vec<String>,
) -> Result<()> {
    let n = names.resolve(node)?;
    let id = g.id(n).to_owned();
    let touching = touching(g, n);
    let naming: Vec<usize> = naming_nodes(g.document(), &id).collect();
    if (!touching.is_empty() || !naming.is_empty()) && !cascade {
        let mut list: Vec<String> = touching
            .iter()
            .map(|&e| format!("  {}", describe(g, e)))
            .collect();
        list.extend(
            naming
                .iter()
                .map(|&i| format!("  node {}", doc.nodes[i].id)),
        );
        let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
        let mut by_what = Vec::new();
        if !touching.is_empty() {
            by_what.push(format!("linked by {}", plural(touching.len(), "edge")));
        }
        if !naming.is_empty() {
            by_what.push(format!(
                "named by {} as actor or issue",
                plural(naming.len(), "node")
            ));
        }
        return Err(Error::Usage(format!(
            "'{id}' is still {}:\n{}\nremove them too with {} (edges go; actor and issue references are dropped), or unlink them first",
            by_what.join(" and "),
            list.join("\n"),
            Opt::Cascade
        )));
    }
    for &i in &naming {
        let more = doc.nodes[i].more_mut();
        more.actor.retain(|a| *a != id);
        if more.issue.as_deref() == Some(id.as_str()) {
            more.issue = None;
        }
        doc.nodes[i].tidy();
        said.push(format!("dropped '{id}' from node '{}'", doc.nodes[i].id));
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
    Ok(())
}
