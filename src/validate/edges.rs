//! The checks on edges: ends that name nodes, relations joining the right
//! kinds, holders, sources and quotes, dates; run over a range of edges so
//! that big files are checked on two threads.

use std::hash::BuildHasher;

use foldhash::HashMap;

use crate::diagnostic::Diagnostic;
use crate::graph::{EdgeMeta, NodeIx};
use crate::ids::IdIndex;
use crate::limits::MAX_TEXT_CHARS;
use crate::model::{Citation, Document, Edge, End, NodeKind, Relation, SourceRef};
use crate::resolve::closest;

use super::duplicates::same_edge;
use super::{Loc, Validator, WarningMode, end_node};
use crate::terminal::excerpt;

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
            format!("{role} '{}' is not a node in this graph", excerpt(id)),
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
                self.warn_with_help(
                    "duplicate-edge",
                    Loc::Item("edges", i, Some("from")),
                    || {
                        format!(
                            "edge '{}' {} '{}' is recorded twice",
                            doc.ref_id(edge.from()),
                            edge.relation(),
                            doc.ref_id(edge.to())
                        )
                    },
                    "remove one, or give them different dates",
                );
            }
        }
    }

    /// A claim from a node to itself, most likely a slip, said with what
    /// queries make of it: a position conditioned on itself is a knot of
    /// one (`deadlocks` lists it: it cannot come first), a membership or a
    /// replacement of itself is set aside (`circles`).
    fn self_edge(&mut self, doc: &Document, i: usize, r: Relation, n: NodeIx) {
        let id = &doc.nodes[n.index()].id;
        let what = match r {
            Relation::ConditionsOn => format!(
                "'{id}' is conditioned on itself: it can never come first, a deadlock of one"
            ),
            Relation::MemberOf => {
                format!("'{id}' is a member of itself: queries set the claim aside")
            }
            Relation::Supersedes => {
                format!("'{id}' supersedes itself: queries set the claim aside")
            }
            _ => format!("'{id}' {r} itself"),
        };
        self.warn_with_help(
            "self-edge",
            Loc::Item("edges", i, Some("to")),
            || what,
            "a claim joins two different nodes: name the other one, or remove the claim",
        );
    }

    /// A counter whose counter-offer is the position it counters: queries
    /// set the offer aside by one rule (`Edge::counter_offer`), said here.
    fn self_counter(&mut self, doc: &Document, i: usize, edge: &Edge, r: Relation) {
        if r != Relation::Counters || edge.with().is_none() || edge.counter_offer().is_some() {
            return;
        }
        let to = doc.ref_id(edge.to());
        self.warn_with_help(
            "self-counter",
            Loc::Item("edges", i, Some("with")),
            || {
                format!(
                    "'{}' counters '{to}' with '{to}' itself: queries set the offer aside and read a plain counter",
                    doc.ref_id(edge.from())
                )
            },
            "name the counter-offer the party put forward, or remove 'with'",
        );
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

    /// Format 1's `source` and `quote`: a listed source, a quote only with
    /// a source, a warning when there is neither.
    fn flat_citation<'d>(
        &mut self,
        cx: &EdgeContext<'d>,
        i: usize,
        edge: &'d Edge,
        last_source: &mut Option<&'d SourceRef>,
    ) {
        let at = |field| Loc::Item("edges", i, Some(field));
        match (edge.source(), edge.quote()) {
            (Some(s), _) if last_source.is_some_and(|l| SourceRef::ptr_eq(l, s)) => {}
            (Some(s), _) if cx.sources.contains_key(&**s) => *last_source = Some(s),
            (Some(s), _) => self.unknown_source(cx, at("source"), s),
            (None, Some(_)) => self.error(
                "quote-without-source",
                at("quote"),
                "the edge quotes words but names no source".into(),
                Some("add \"source\": the id of the source the quote comes from".into()),
            ),
            (None, None) => {
                let doc = cx.doc;
                self.warn("no-source", at("from"), || {
                    format!(
                        "edge '{}' {} '{}' cites no source",
                        doc.ref_id(edge.from()),
                        edge.relation(),
                        doc.ref_id(edge.to())
                    )
                });
            }
        }
        if let Some(q) = edge.quote() {
            if q.trim().is_empty() {
                self.error("empty-text", at("quote"), "the quote is empty".into(), None);
            }
            self.text_len(at("quote"), "quote", q, MAX_TEXT_CHARS);
        }
    }

    /// Format 1.1's `citations`: each a listed source and sound texts, none twice.
    fn listed_citations(&mut self, cx: &EdgeContext<'_>, i: usize, list: &[Citation]) {
        for (c, citation) in list.iter().enumerate() {
            let at = |field| Loc::Citation(i, c, field);
            match &citation.source {
                Some(s) if cx.sources.contains_key(&**s) => {}
                Some(s) => self.unknown_source(cx, at("source"), s),
                None => self.error(
                    "quote-without-source",
                    at("quote"),
                    "the citation names no source".into(),
                    Some("add \"source\": the id of the source the quote comes from".into()),
                ),
            }
            for (field, text) in [
                ("quote", &citation.quote),
                ("speaker", &citation.speaker),
                ("note", &citation.note),
            ] {
                if let Some(text) = text {
                    if text.trim().is_empty() {
                        self.error(
                            "empty-text",
                            at(field),
                            format!("the {field} is empty"),
                            None,
                        );
                    }
                    self.text_len(at(field), field, text, MAX_TEXT_CHARS);
                }
            }
            if list[..c].contains(citation) {
                self.error(
                    "duplicate-citation",
                    at("source"),
                    "this citation is given twice".into(),
                    Some("remove one of them".into()),
                );
            }
        }
    }

    fn unknown_source(&mut self, cx: &EdgeContext<'_>, at: Loc, s: &str) {
        let close = if self.may_search(cx.sources.len()) {
            closest(s, cx.sources.keys().map(|k| (*k, *k)), 1)
        } else {
            Vec::new()
        };
        self.error(
            "unknown-source",
            at,
            format!("source '{}' is not in the sources list", excerpt(s)),
            close.first().map(|c| format!("did you mean '{c}'?")),
        );
    }

    /// Format 1.1's other references: a threat's target (a party) and
    /// trigger (a position), a counter's counter-offer, disputing parties;
    /// each only on the relation it belongs to.
    fn edge_refs(
        &mut self,
        cx: &EdgeContext<'_>,
        i: usize,
        edge: &Edge,
        r: Relation,
        from: NodeIx,
    ) {
        let doc = cx.doc;
        let fields = [
            ("target", edge.target(), "the party threatened"),
            ("trigger", edge.trigger(), "what sets the threat off"),
            ("with", edge.with(), "the counter-offer"),
            (
                "addressee",
                edge.addressee(),
                "the party it is addressed to",
            ),
        ];
        for (field, end, what) in fields {
            let Some(end) = end else { continue };
            let at = Loc::Item("edges", i, Some(field));
            // Which relation takes the field: the relation table says.
            if !r.facts().fields.contains(&field) {
                let belongs = crate::model::edges_taking(field);
                self.error(
                    "misplaced-field",
                    at,
                    format!("'{field}' ({what}) belongs on {belongs}, not on '{r}'"),
                    None,
                );
                continue;
            }
            let Some(n) = self.node_ref(doc, cx.by_id, at, end, field) else {
                continue;
            };
            let kind = cx.kinds[n.index()];
            let wants_party = matches!(field, "target" | "addressee");
            if wants_party != (kind == NodeKind::Party) || kind == NodeKind::Issue {
                self.error(
                    "wrong-kinds",
                    at,
                    format!(
                        "{field} '{}' is a {kind}; {field} must be {}",
                        doc.ref_id(end),
                        if wants_party {
                            "a party"
                        } else {
                            "a demand, condition or proposal"
                        }
                    ),
                    None,
                );
            }
            if field == "target" && n == from {
                self.error(
                    "wrong-kinds",
                    at,
                    format!("'{}' threatens itself", doc.ref_id(end)),
                    Some("the target is the party threatened".into()),
                );
            }
        }
        for (d, end) in edge.disputed_by().enumerate() {
            let at = Loc::Disputed(i, d);
            if let Some(n) = self.node_ref(doc, cx.by_id, at, end, "disputed_by")
                && cx.kinds[n.index()] != NodeKind::Party
            {
                self.error(
                    "wrong-kinds",
                    at,
                    format!(
                        "disputed_by '{}' is a {}, not a party",
                        doc.ref_id(end),
                        cx.kinds[n.index()]
                    ),
                    None,
                );
            }
        }
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
    /// Whether to hash them: the duplicate search only finds warnings.
    pub(super) hash_edges: bool,
    /// Whether warnings are wanted (and how).
    pub(super) warnings: WarningMode,
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
    pub(super) warning_count: usize,
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
            warning_count: self.warning_count + next.warning_count,
            ..self
        }
    }
}

impl EdgeContext<'_> {
    /// Checks the edges in `range`, `work` of the suggestion budget having been
    /// spent on the edges before it.
    pub(super) fn check(&self, range: std::ops::Range<usize>, work: usize) -> EdgeChecks {
        let doc = self.doc;
        let mut v = Validator::with_budget(work, self.budget, self.warnings);
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
            // Between two positions, the claim's party is not one of its ends.
            // A claim between two positions names its party (`by`), as the
            // relation table says.
            if let Some(r) = relation
                && r.facts().fields.first() == Some(&"by")
                && edge.by().is_none()
            {
                let who = if r == Relation::ConditionsOn {
                    "the party that sets this condition"
                } else {
                    "the party that says the two cannot both hold"
                };
                v.error(
                    "missing-by",
                    at("relation"),
                    format!(
                        "{r} edge '{}' -> '{}' has no 'by'",
                        doc.ref_id(edge.from()),
                        doc.ref_id(edge.to())
                    ),
                    Some(format!("add \"by\": {who}")),
                );
            }
            if let (Some(r), Some(f), Some(t)) = (relation, from, to) {
                v.kinds_joined(doc, self.kinds, i, r, f, t);
                if f == t {
                    v.self_edge(doc, i, r, f);
                }
                v.self_counter(doc, i, edge, r);
            }
            match edge.listed_citations() {
                None => v.flat_citation(self, i, edge, &mut last_source),
                Some(list) => v.listed_citations(self, i, list),
            }
            if let (Some(r), Some(f)) = (relation, from) {
                v.edge_refs(self, i, edge, r, f);
            }
            if let Some(note) = edge.note() {
                v.text_len(at("note"), "note", note, MAX_TEXT_CHARS);
            }
            if let Some(stance) = edge.stance() {
                v.text_len(at("stance"), "stance", stance, MAX_TEXT_CHARS);
                if let Some(r) = relation
                    && !r.facts().fields.contains(&"stance")
                {
                    v.error(
                        "misplaced-field",
                        at("stance"),
                        format!("'stance' (the shade of an answer) belongs on a 'considers' edge, not on '{r}'"),
                        None,
                    );
                }
                if stance.trim().is_empty() {
                    v.error(
                        "empty-text",
                        at("stance"),
                        "the stance is empty".into(),
                        None,
                    );
                }
            }
            let time = v.interval("edges", i, &edge.since(), &edge.until());
            if let (Some(from), Some(to), Some(relation)) = (from, to, relation) {
                if !self.hash_edges {
                    continue;
                }
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
            warning_count: v.warning_count,
        }
    }
}
