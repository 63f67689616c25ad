//! Recording a claim: a new edge, or one more citation for a claim already
//! recorded.

use crate::args::{Cmd, Line, Opt};
use crate::error::{Error, Result};
use crate::graph::{EdgeIx, Graph};
use crate::model::{Citation, Date, Document, Edge, EdgeFields, Lenient, NodeRef};
use crate::resolve::Names;

use super::{NewEdge, describe};

/// Records `e`. A claim is FROM RELATION TO held by BY over its dates: when
/// the graph already records it (dates given must agree; dates left out
/// match any), the citation is added to it instead of a second edge.
pub(super) fn link(
    g: &Graph,
    names: &Names,
    doc: &mut Document,
    e: &NewEdge,
    said: &mut Vec<String>,
) -> Result<()> {
    let node = |name: &str| names.resolve(name).map(|n| NodeRef::Node(n.index() as u32));
    let from = names.resolve(&e.from)?;
    let to = names.resolve(&e.to)?;
    let by = e.by.as_deref().map(|b| names.resolve(b)).transpose()?;
    let citation = match (&e.source, &e.quote, &e.speaker, &e.reason) {
        (None, None, None, None) => None,
        (source, quote, speaker, reason) => Some(Citation {
            source: source.as_deref().map(Into::into),
            quote: quote.as_deref().map(Into::into),
            speaker: speaker.as_deref().map(Into::into),
            note: None,
            reason: reason.as_deref().map(Into::into),
        }),
    };
    // A date said as the report did ("Tuesday") is resolved from the cited
    // source's date now, as loading the file would.
    let dated = |d: &Option<Lenient<Date>>| {
        d.clone()
            .map(|d| crate::model::said::resolve_from(g.document(), d, e.source.as_deref()))
    };
    let (since, until) = (dated(&e.since), dated(&e.until));
    let same_claim: Vec<EdgeIx> = g
        .edges_between(from, to, Some(e.relation), by)
        .into_iter()
        .filter(|&x| {
            let time = g.meta(x).time;
            since.as_ref().is_none_or(|d| time.since == d.known())
                && until.as_ref().is_none_or(|d| time.until == d.known())
                && (by.is_some() || g.meta(x).by.is_none())
        })
        .collect();
    // Without a citation there is nothing to add to a claim already
    // recorded: a second, unsourced copy is what every answer would then
    // have to explain (trust14 F25: `stance` printed an empty "and,
    // directly:").
    if let (None, Some(&existing)) = (&citation, same_claim.first()) {
        return Err(Error::Usage(format!(
            "{} is already recorded; to cite it again give {} (and {}); to change its fields use `{}`; to record a separate claim give it its own dates ({} / {})",
            describe(g, existing),
            Opt::Source,
            Opt::Quote,
            Line::new(Cmd::SetEdge),
            Opt::Since,
            Opt::Until
        )));
    }
    if let (Some(citation), [existing]) = (&citation, same_claim.as_slice()) {
        return add_citation(g, names, doc, *existing, citation, e, said);
    }
    if citation.is_some() && same_claim.len() > 1 {
        return Err(Error::Usage(format!(
            "{} claims match, differing in their dates: {}; give {} or {} to say which one this citation is for",
            same_claim.len(),
            same_claim
                .iter()
                .map(|&x| describe(g, x))
                .collect::<Vec<_>>()
                .join("; "),
            Opt::Since,
            Opt::Until
        )));
    }
    let mut fields = EdgeFields::new(node(&e.from)?, e.relation, node(&e.to)?);
    fields.by = e.by.as_deref().map(node).transpose()?;
    fields.citations.extend(citation);
    fields.since = since;
    fields.until = until;
    fields.note = e.note.as_deref().map(Into::into);
    fields.target = e.target.as_deref().map(node).transpose()?;
    fields.trigger = e.trigger.as_deref().map(node).transpose()?;
    fields.with = e.with.as_deref().map(node).transpose()?;
    fields.addressee = e.addressee.as_deref().map(node).transpose()?;
    fields.seq = e.seq;
    fields.stance = e.stance.as_deref().map(Into::into);
    fields.disputed_by = e
        .disputed_by
        .iter()
        .map(|name| node(name))
        .collect::<Result<_>>()?;
    let edge = Edge::new(fields);
    said.push(format!(
        "linked {} {} {}",
        doc.ref_id(edge.from()),
        edge.relation(),
        doc.ref_id(edge.to())
    ));
    doc.edges.push(edge);
    Ok(())
}

/// Adds a citation to a recorded claim. The claim's other fields may be
/// given again only as they are: changing them is `set-edge`'s job.
fn add_citation(
    g: &Graph,
    names: &Names,
    doc: &mut Document,
    existing: EdgeIx,
    citation: &Citation,
    e: &NewEdge,
    said: &mut Vec<String>,
) -> Result<()> {
    let described = describe(g, existing);
    let edge = &mut doc.edges[existing.index()];
    let mut fields = edge.fields();
    let resolved = |name: &Option<String>| -> Result<Option<NodeRef>> {
        name.as_deref()
            .map(|n| names.resolve(n).map(|n| NodeRef::Node(n.index() as u32)))
            .transpose()
    };
    let clashes = [
        ("target", resolved(&e.target)?, &fields.target),
        ("trigger", resolved(&e.trigger)?, &fields.trigger),
        ("with", resolved(&e.with)?, &fields.with),
        ("addressee", resolved(&e.addressee)?, &fields.addressee),
    ];
    let relation = edge.known_relation();
    for (key, given, recorded) in clashes {
        if given.is_some() && relation.is_some_and(|r| !r.facts().fields.contains(&key)) {
            return Err(Error::Usage(format!(
                "{described}: '{key}' belongs on {}, not on this claim",
                crate::model::edges_taking(key)
            )));
        }
        if given.is_some() && recorded.is_none() {
            return Err(Error::Usage(format!(
                "{described} is already recorded with no {key}; give it one with `{}`, or record a separate claim with its own dates",
                Line::new(Cmd::SetEdge)
                    .placeholder("...")
                    .placeholder(key_is(key))
            )));
        }
        if given.is_some() && given.as_ref() != recorded.as_ref() {
            return Err(Error::Usage(format!(
                "{described} is already recorded with another {key}; change it with `{}`, or record a separate claim with its own dates",
                Line::new(Cmd::SetEdge)
                    .placeholder("...")
                    .placeholder(key_is(key))
            )));
        }
    }
    if e.note.is_some() && e.note.as_deref() != fields.note.as_deref() {
        return Err(Error::Usage(format!(
            "{described} is already recorded with another note; change it with `{}`",
            Line::new(Cmd::SetEdge)
                .placeholder("...")
                .placeholder("note=...")
        )));
    }
    if fields.citations.iter().any(|c| adds_nothing(citation, c)) {
        said.push(format!("{described} already cites this"));
        return Ok(());
    }
    fields.citations.push(citation.clone());
    let count = fields.citations.len();
    *edge = Edge::new(fields);
    said.push(format!(
        "added a citation of '{}' to {described} ({count} citations)",
        citation.source.as_deref().unwrap_or("no source")
    ));
    Ok(())
}

/// Whether `new` says nothing `recorded` does not: the same source, and
/// each of its words, speaker and reason either not given or the same. A
/// `--source` with no `--quote` repeating a citation of that source is no
/// second citation (a quote-less duplicate would show the source twice
/// under one quote).
fn adds_nothing(new: &Citation, recorded: &Citation) -> bool {
    fn same<T: PartialEq>(given: &Option<T>, recorded: &Option<T>) -> bool {
        given.is_none() || given == recorded
    }
    new.source == recorded.source
        && same(&new.quote, &recorded.quote)
        && same(&new.speaker, &recorded.speaker)
        && same(&new.reason, &recorded.reason)
        && same(&new.note, &recorded.note)
}

/// `KEY=...`, the placeholder of a `set-edge` hint.
fn key_is(key: &str) -> &'static str {
    match key {
        "target" => "target=...",
        "trigger" => "trigger=...",
        "addressee" => "addressee=...",
        _ => "with=...",
    }
}
