//! The checks on sources and nodes: ids, kinds, statuses, texts, dates, names
//! that clash, and nodes nothing connects to.

use crate::args::{Cmd, Opt};
use std::hash::BuildHasher;

use foldhash::{HashMap, HashMapExt};

use crate::diagnostic::Diagnostic;
use crate::graph::NodeFacts;
use crate::ids::IdIndex;
use crate::limits::{MAX_LABEL_CHARS, MAX_TEXT_CHARS};
use crate::model::{Document, Interval, NodeKind, Status};

use super::positions::NodeContext;
use super::{Loc, Validator, WarningMode, resolved};

/// What the node checks find: diagnostics and the warning count; statuses,
/// dates and format 1.1 facts.
pub(super) type NodeChecks = (
    (Vec<Diagnostic>, usize),
    (Vec<Status>, Vec<Interval>, Vec<(u32, NodeFacts)>),
);

impl Validator {
    pub(super) fn sources<'d>(&mut self, doc: &'d Document) -> HashMap<&'d str, usize> {
        let mut ids = HashMap::with_capacity(doc.sources.len());
        for (i, s) in doc.sources.iter().enumerate() {
            self.id(Loc::Item("sources", i, Some("id")), "source", &s.id);
            if ids.insert(s.id.as_str(), i).is_some() {
                self.error(
                    "duplicate-id",
                    Loc::Item("sources", i, Some("id")),
                    format!("source id '{}' is used twice", s.id),
                    None,
                );
            }
            if let Some(d) = &s.date {
                let at = Loc::Item("sources", i, Some("date"));
                let why = "a source's own date is what resolves such words";
                if !self.unresolvable_words(at, d, why) {
                    self.vocab(at, d);
                }
            }
            self.text_len(
                Loc::Item("sources", i, Some("title")),
                "title",
                &s.title,
                MAX_TEXT_CHARS,
            );
            if let Some(note) = &s.note {
                self.text_len(
                    Loc::Item("sources", i, Some("note")),
                    "note",
                    note,
                    MAX_TEXT_CHARS,
                );
            }
            if let Some(file) = &s.file {
                let path = std::path::Path::new(file);
                let inside = !file.is_empty()
                    && path
                        .components()
                        .all(|c| matches!(c, std::path::Component::Normal(_)));
                if !inside {
                    self.error(
                        "bad-source-file",
                        Loc::Item("sources", i, Some("file")),
                        format!("source file '{file}' is not a path inside the sources folder"),
                        Some(format!("name the text file relative to the folder given to {} {}, without '..'", Cmd::Check, Opt::Sources)),
                    );
                }
            }
        }
        ids
    }

    /// Checks every node; gives back the diagnostics and how many warnings
    /// were found, and the statuses, dates and format 1.1 facts.
    pub(super) fn nodes(mut self, cx: &NodeContext<'_>, repeated: Vec<usize>) -> NodeChecks {
        let doc = cx.doc;
        let n = doc.nodes.len();
        let mut repeated = repeated.into_iter().peekable();
        let mut statuses = Vec::with_capacity(n);
        let mut node_time = Vec::with_capacity(n);
        let mut facts = Vec::new();
        for (i, node) in doc.nodes.iter().enumerate() {
            let at = |field| Loc::Item("nodes", i, Some(field));
            self.id(at("id"), "node", &node.id);
            if repeated.next_if_eq(&i).is_some() {
                self.error(
                    "duplicate-id",
                    at("id"),
                    format!("node id '{}' is used twice", node.id),
                    Some("ids are unique across parties, demands and conditions".into()),
                );
            }
            let kind = self.vocab(at("kind"), &node.kind);
            let status = node
                .status
                .as_ref()
                .and_then(|s| self.vocab(at("status"), s));
            if let Some(kind) = kind
                && !kind.has_status()
                && node.status.is_some()
            {
                self.error(
                    "status-on-party",
                    at("status"),
                    format!(
                        "{kind} '{}' has a status; only demands, conditions and proposals do",
                        node.id
                    ),
                    Some("remove the status".into()),
                );
            }
            if let Some(more) = self.node_more(cx, i, node, kind) {
                facts.push((i as u32, more));
            }
            if node.label.trim().is_empty() {
                self.error(
                    "empty-text",
                    at("label"),
                    format!("node '{}' has an empty label", node.id),
                    None,
                );
            }
            self.text_len(at("label"), "label", &node.label, MAX_LABEL_CHARS);
            for (a, alias) in node.aliases.iter().enumerate() {
                let path = Loc::Alias(i, a);
                if alias.trim().is_empty() {
                    self.error(
                        "empty-text",
                        path,
                        format!("node '{}' has an empty alias", node.id),
                        None,
                    );
                } else {
                    self.text_len(path, "alias", alias, MAX_LABEL_CHARS);
                }
            }
            if let Some(note) = &node.note {
                self.text_len(at("note"), "note", note, MAX_TEXT_CHARS);
            }
            statuses.push(status.unwrap_or(Status::Open));
            node_time.push(self.interval("nodes", i, &node.since, &node.until));
        }
        if self.warnings != WarningMode::Skip {
            self.name_clashes(doc);
            self.lookalike_names(doc);
        }
        ((self.out, self.warning_count), (statuses, node_time, facts))
    }

    /// An alias that is also another node's id, label or alias makes look-ups
    /// ambiguous: legal, but worth a warning. Only aliases can clash, so they are
    /// indexed first (by the hash of their normalised form, one reused buffer) and
    /// every name is then checked against them; without aliases there is nothing
    /// to do. A hash match is confirmed on the text before anything is reported.
    pub(super) fn name_clashes(&mut self, doc: &Document) {
        let state = foldhash::fast::RandomState::default();
        let mut buf = String::new();
        let mut aliases: HashMap<u64, Vec<(usize, usize)>> = HashMap::new();
        for (i, node) in doc.nodes.iter().enumerate() {
            for (a, alias) in node.aliases.iter().enumerate() {
                crate::resolve::normalise_into(alias, &mut buf);
                if !buf.is_empty() {
                    aliases
                        .entry(state.hash_one(&buf))
                        .or_default()
                        .push((i, a));
                }
            }
        }
        if aliases.is_empty() {
            return;
        }
        // For each clashing alias, the first other node (in file order) it names.
        let mut clashes: HashMap<(usize, usize), usize> = HashMap::new();
        for (j, node) in doc.nodes.iter().enumerate() {
            for name in node.names() {
                crate::resolve::normalise_into(name, &mut buf);
                let Some(owners) = aliases.get(&state.hash_one(&buf)) else {
                    continue;
                };
                for &(i, a) in owners {
                    if i != j
                        && !clashes.contains_key(&(i, a))
                        && crate::resolve::normalise(&doc.nodes[i].aliases[a]) == buf
                    {
                        clashes.insert((i, a), j);
                    }
                }
            }
        }
        let mut clashes: Vec<((usize, usize), usize)> = clashes.into_iter().collect();
        clashes.sort_unstable();
        for ((i, a), j) in clashes {
            self.warn_with_help(
                "ambiguous-name",
                Loc::Alias(i, a),
                || {
                    format!(
                        "alias '{}' of '{}' also names '{}'",
                        doc.nodes[i].aliases[a], doc.nodes[i].id, doc.nodes[j].id
                    )
                },
                "queries using this name will ask which node is meant",
            );
        }
    }

    /// Warns of claims no day shows: a view sees an edge only on days its
    /// ends and its `by` hold, so a claim dated wholly outside one of their
    /// days (a `supersedes` from 20 May pointing at a round whose `until` is
    /// 10 May) is hidden from every dated answer without a word.
    pub(super) fn hidden_by_dates(
        &mut self,
        doc: &Document,
        by_id: &IdIndex,
        node_time: &[Interval],
    ) {
        for (i, edge) in doc.edges.iter().enumerate() {
            let Some(e) = resolved(doc, by_id, edge) else {
                continue;
            };
            let claim = edge.interval();
            let ends = [Some(e.from), Some(e.to), e.by];
            let hidden = ends.into_iter().flatten().find_map(|n| {
                let life = node_time.get(n.index())?;
                match (claim.since, life.until, claim.until, life.since) {
                    (Some(from), Some(end), _, _) if from.first_day() > end.last_day() => Some((
                        n,
                        format!("from {from}"),
                        format!("ends on {end} (its until)"),
                    )),
                    (_, _, Some(to), Some(start)) if to.last_day() < start.first_day() => Some((
                        n,
                        format!("until {to}"),
                        format!("starts on {start} (its since)"),
                    )),
                    _ => None,
                }
            });
            if let Some((n, claimed, life)) = hidden {
                let node_id = &doc.nodes[n.index()].id;
                let (from, to) = (&doc.nodes[e.from.index()].id, &doc.nodes[e.to.index()].id);
                let field = if claimed.starts_with("from") {
                    "since"
                } else {
                    "until"
                };
                self.warn_with_help(
                    "edge-hidden",
                    Loc::Item("edges", i, Some(field)),
                    || {
                        format!(
                            "the claim '{from} {} {to}' holds {claimed}, but '{node_id}' {life}: no dated answer shows the claim",
                            e.relation
                        )
                    },
                    "check the dates: a node's until ends every claim on it; end the node later or date the claim within its days",
                );
            }
        }
    }

    /// Warns of nodes no edge touches. Only asked when every edge resolves:
    /// with broken edges the file has errors to fix first, and a warning that
    /// a node is unconnected would only be noise.
    pub(super) fn isolated(&mut self, doc: &Document, by_id: &IdIndex) {
        let mut touched = vec![false; doc.nodes.len()];
        for e in doc.edges.iter().filter_map(|e| resolved(doc, by_id, e)) {
            touched[e.from.index()] = true;
            touched[e.to.index()] = true;
            if let Some(b) = e.by {
                touched[b.index()] = true;
            }
        }
        // Format 1.1's other references connect too: a threat's target, an
        // actor, the issue a term settles.
        for edge in &doc.edges {
            for end in edge.other_refs() {
                if let Some(n) = super::end_node(doc, by_id, end) {
                    touched[n.index()] = true;
                }
            }
        }
        // Both ends: a measure whose actor is named is connected to that
        // party (`show` lists it as what the party applies), not isolated.
        for (i, node) in doc
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.more.is_some())
        {
            for id in node.actor().iter().map(String::as_str).chain(node.issue()) {
                if let Some(n) = by_id.find(&doc.nodes, id) {
                    touched[n] = true;
                    touched[i] = true;
                }
            }
        }
        for (i, node) in doc.nodes.iter().enumerate() {
            if !touched[i] {
                // Every relation refuses an issue, so only a term's `issue`
                // field can connect one: advice that can be followed.
                let help = if node.kind.known() == Some(NodeKind::Issue) {
                    "name it in a term's issue (negograph set TERM issue=ID), or remove it"
                } else {
                    "link it to a position, or remove it"
                };
                self.warn_with_help(
                    "isolated-node",
                    Loc::Item("nodes", i, Some("id")),
                    || format!("node '{}' is not connected to anything", node.id),
                    help,
                );
            }
        }
    }
}
