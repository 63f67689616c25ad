//! The checks on edges: ends that name nodes, relations joining the right
//! kinds, holders, sources and quotes, dates; run over a range of edges so
//! that big files are checked on two threads.

use std::hash::BuildHasher;
use std::sync::Arc;

use foldhash::HashMap;

use crate::diagnostic::Diagnostic;
use crate::graph::{EdgeMeta, NodeIx};
use crate::ids::IdIndex;
use crate::limits::MAX_TEXT_CHARS;
use crate::model::{Document, End, NodeKind, Relation, SourceRef};
use crate::resolve::closest;

use super::duplicates::same_edge;
use super::{Loc, Validator, end_node};

impl Validator {
    pub(super) fn node_ref(
        &mut self,
        doc: &Document,
        by_id: &IdIndex,
        path: Loc,
        end: End<'_>,
        role: &str,
    ) -> Option<NodeIx> {
        // The loader resolved every end that names a node; a name is left
        // when it names none, or the edge was built in code.
        if let Some(n) = end_node(doc, by_id, end) {
            if matches!(end, End::Name(_)) {
                self.ends_by_name += 1;
            }
            return Some(n);
        }
        let id = doc.ref_id(end);
        let help = if self.may_search(doc.nodes.len()) {
            let close = closest(
                id,
                doc.nodes
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (n.id.as_str(), i)),
                3,
            );
            let names: Vec<String> = close
                .iter()
                .map(|&i| format!("'{}' ({})", doc.nodes[i].id, doc.nodes[i].label))
                .collect();
            match names.len() {
                0 => None,
                1 => Some(format!("did you mean {}?", names[0])),
                _ => Some(format!("did you mean one of {}?", names.join(", "))),
            }
        } else {
            None
        };
        self.error(
            "unknown-node",
            path,
            format!("{role} '{id}' is not a node in this graph"),
            help,
        );
        None
    }

    /// Merges the edge checks' diagnostics with the duplicate-edge warnings,
    /// which need every edge at once, in file order.
    pub(super) fn merge_edge_checks(
        &mut self,
        doc: &Document,
        checks: EdgeChecks,
        repeats: Vec<u32>,
    ) {
        let EdgeChecks {
            out: found, about, ..
        } = checks;
        let mut repeats = repeats.into_iter().map(|i| i as usize).peekable();
        let mut found = found.into_iter().zip(about).peekable();
        for i in 0..doc.edges.len() {
            while let Some((d, _)) = found.next_if(|(_, e)| *e == i) {
                self.out.push(d);
            }
            if repeats.next_if_eq(&i).is_some() {
                let edge = &doc.edges[i];
                self.warn(
                    "duplicate-edge",
                    Loc::Item("edges", i, Some("from")),
                    format!(
                        "edge '{}' {} '{}' is recorded twice",
                        doc.ref_id(edge.from()),
                        edge.relation(),
                        doc.ref_id(edge.to())
                    ),
                    Some("remove one, or give them different dates".into()),
                );
            }
        }
    }

    pub(super) fn kinds_joined(
        &mut self,
        doc: &Document,
        kinds: &[NodeKind],
        i: usize,
        r: Relation,
        f: NodeIx,
        t: NodeIx,
    ) {
        let (froms, tos) = r.joins();
        let fk = kinds[f.index()];
        let tk = kinds[t.index()];
        if froms.contains(&fk) && tos.contains(&tk) {
            return;
        }
        let names = |kinds: &[NodeKind]| -> String {
            match kinds {
                [one] => format!("a {one}"),
                [first @ .., last] => {
                    let first: Vec<&str> = first.iter().map(|k| k.as_str()).collect();
                    format!("a {} or {last}", first.join(", "))
                }
                [] => "nothing".into(),
            }
        };
        self.error(
            "wrong-kinds",
            Loc::Item("edges", i, Some("relation")),
            format!(
                "'{r}' joins {} to {}, but here it goes from {fk} '{}' to {tk} '{}'",
                names(froms),
                names(tos),
                doc.nodes[f.index()].id,
                doc.nodes[t.index()].id
            ),
            None,
        );
    }
}

/// What checking an edge needs to know about the rest of the document.
#[derive(Clone, Copy)]
pub(super) struct EdgeContext<'d> {
    pub(super) budget: usize,
    pub(super) doc: &'d Document,
    pub(super) kinds: &'d [NodeKind],
    pub(super) by_id: &'d IdIndex,
    pub(super) sources: &'d HashMap<&'d str, usize>,
    /// Hashes each sound edge for the duplicate search, while it is in cache.
    pub(super) edge_hasher: &'d foldhash::fast::RandomState,
}

/// The findings for a run of consecutive edges.
pub(super) struct EdgeChecks {
    pub(super) out: Vec<Diagnostic>,
    /// The edge each diagnostic in `out` is about.
    pub(super) about: Vec<usize>,
    /// The duplicate search's hash of each edge (0 for a broken one).
    pub(super) hashes: Vec<u32>,
    /// The edges whose ends or relation do not resolve, ascending.
    pub(super) broken: Vec<u32>,
    /// Suggestion work spent, counting that before this run.
    pub(super) work: usize,
    pub(super) ends_by_name: usize,
}

impl EdgeChecks {
    /// These findings followed by those for the edges after them.
    pub(super) fn then(mut self, next: EdgeChecks) -> EdgeChecks {
        self.out.extend(next.out);
        self.about.extend(next.about);
        self.hashes.extend(next.hashes);
        self.broken.extend(next.broken);
        EdgeChecks {
            work: next.work,
            ends_by_name: self.ends_by_name + next.ends_by_name,
            ..self
        }
    }
}

impl EdgeContext<'_> {
    /// Checks the edges in `range`, `work` of the suggestion budget having been
    /// spent on the edges before it.
    pub(super) fn check(&self, range: std::ops::Range<usize>, work: usize) -> EdgeChecks {
        let doc = self.doc;
        let mut v = Validator::with_budget(work, self.budget);
        let mut hashes = Vec::with_capacity(range.len());
        let mut broken: Vec<u32> = Vec::new();
        let mut about: Vec<usize> = Vec::new();
        // Most files cite a handful of sources: an edge citing the same one as
        // the edge before needs no look-up.
        let mut last_source: Option<&SourceRef> = None;
        for i in range.clone() {
            let edge = &doc.edges[i];
            about.resize(v.out.len(), i.saturating_sub(1));
            let at = |field| Loc::Item("edges", i, Some(field));
            let from = v.node_ref(doc, self.by_id, at("from"), edge.from(), "from");
            let to = v.node_ref(doc, self.by_id, at("to"), edge.to(), "to");
            let relation = v.vocab(at("relation"), &edge.relation());
            let by = match edge.by() {
                Some(by) => v.node_ref(doc, self.by_id, at("by"), by, "by"),
                None => None,
            };
            if let Some(b) = by
                && self.kinds[b.index()] != NodeKind::Party
            {
                v.error(
                    "by-not-party",
                    at("by"),
                    format!(
                        "by '{}' is a {}, not a party",
                        edge.by().map_or("", |b| doc.ref_id(b)),
                        self.kinds[b.index()]
                    ),
                    Some("by names the party whose position the edge records".into()),
                );
            }
            if relation == Some(Relation::ConditionsOn) && edge.by().is_none() {
                v.error(
                    "missing-by",
                    at("relation"),
                    format!(
                        "conditions_on edge '{}' -> '{}' has no 'by'",
                        doc.ref_id(edge.from()),
                        doc.ref_id(edge.to())
                    ),
                    Some("add \"by\": the party that sets this condition".into()),
                );
            }
            if let (Some(r), Some(f), Some(t)) = (relation, from, to) {
                v.kinds_joined(doc, self.kinds, i, r, f, t);
            }
            match (edge.source(), edge.quote()) {
                (Some(s), _) if last_source.is_some_and(|l| Arc::ptr_eq(l, s)) => {}
                (Some(s), _) if self.sources.contains_key(&**s) => last_source = Some(s),
                (Some(s), _) => {
                    let close = if v.may_search(self.sources.len()) {
                        closest(s, self.sources.keys().map(|k| (*k, *k)), 1)
                    } else {
                        Vec::new()
                    };
                    v.error(
                        "unknown-source",
                        at("source"),
                        format!("source '{s}' is not in the sources list"),
                        close.first().map(|c| format!("did you mean '{c}'?")),
                    );
                }
                (None, Some(_)) => v.error(
                    "quote-without-source",
                    at("quote"),
                    "the edge quotes words but names no source".into(),
                    Some("add \"source\": the id of the source the quote comes from".into()),
                ),
                (None, None) => {
                    v.warn(
                        "no-source",
                        at("from"),
                        format!(
                            "edge '{}' {} '{}' cites no source",
                            doc.ref_id(edge.from()),
                            edge.relation(),
                            doc.ref_id(edge.to())
                        ),
                        None,
                    );
                }
            }
            if let Some(q) = edge.quote() {
                if q.trim().is_empty() {
                    v.error("empty-text", at("quote"), "the quote is empty".into(), None);
                }
                v.text_len(at("quote"), "quote", q, MAX_TEXT_CHARS);
            }
            if let Some(note) = edge.note() {
                v.text_len(at("note"), "note", note, MAX_TEXT_CHARS);
            }
            let time = v.interval("edges", i, &edge.since(), &edge.until());
            if let (Some(from), Some(to), Some(relation)) = (from, to, relation) {
                let meta = EdgeMeta {
                    from,
                    to,
                    relation,
                    by,
                    time,
                };
                hashes.push((self.edge_hasher.hash_one(same_edge(&meta)) >> 32) as u32);
            } else {
                hashes.push(0);
                broken.push(i as u32);
            }
        }
        about.resize(v.out.len(), range.end.saturating_sub(1));
        EdgeChecks {
            out: v.out,
            about,
            hashes,
            broken,
            work: v.suggestion_work,
            ends_by_name: v.ends_by_name,
        }
    }
}
