//! The checks on what format 1.1 adds to nodes (dated statuses, actors,
//! issues and quantities), and the tables of them queries read.

use foldhash::HashMap;

use crate::graph::{NodeFacts, NodeIx};
use crate::ids::IdIndex;
use crate::limits::MAX_TEXT_CHARS;
use crate::model::{Document, Node, NodeKind, Quantity};
use crate::resolve::closest;

use super::{Loc, Validator};
use crate::terminal::excerpt;

/// What the node checks need to know about the rest of the document.
pub(super) struct NodeContext<'d> {
    pub(super) doc: &'d Document,
    pub(super) by_id: &'d IdIndex,
    pub(super) kinds: &'d [NodeKind],
    pub(super) sources: &'d HashMap<&'d str, usize>,
}

impl Validator {
    /// Checks node `i`'s format 1.1 fields; gives back what queries need of
    /// them, when it has any.
    pub(super) fn node_more(
        &mut self,
        cx: &NodeContext<'_>,
        i: usize,
        node: &Node,
        kind: Option<NodeKind>,
    ) -> Option<NodeFacts> {
        node.more.as_ref()?;
        self.scheduled_days(i, node, kind, cx);
        let at = |field| Loc::Item("nodes", i, Some(field));
        let mut facts = NodeFacts::default();
        let positional = kind.is_none_or(NodeKind::is_position);
        if positional {
            self.status_history(cx, i, node, &mut facts);
        } else {
            self.not_positional(i, node, kind);
        }
        let term = kind.is_none_or(|k| matches!(k, NodeKind::Demand | NodeKind::Condition));
        for (field, present) in [
            ("issue", node.issue().is_some()),
            ("quantity", node.quantity().is_some()),
        ] {
            if present && !term {
                self.error(
                    "not-a-term",
                    at(field),
                    format!(
                        "{} '{}' has {field}; only demands and conditions (the terms of a proposal) do",
                        kind.map_or("node", NodeKind::as_str),
                        node.id
                    ),
                    None,
                );
            }
        }
        if node.unnamed() && kind.is_some_and(|k| k != NodeKind::Party) {
            self.error(
                "misplaced-field",
                at("unnamed"),
                format!(
                    "{} '{}' is marked unnamed; only a party can be one the source does not name",
                    kind.map_or("node", NodeKind::as_str),
                    node.id
                ),
                None,
            );
        }
        if let Some(issue) = node.issue() {
            facts.issue = self.named(cx, at("issue"), issue, "issue", NodeKind::Issue);
        }
        if let Some(text) = node.quantity() {
            match text.parse::<Quantity>() {
                Ok(q) => facts.quantity = Some(q),
                Err(message) => self.error("bad-quantity", at("quantity"), message, None),
            }
        }
        Some(facts)
    }

    /// Checks a position's dated status changes and its actors (format
    /// 1.1), keeping what queries need of them.
    fn status_history(
        &mut self,
        cx: &NodeContext<'_>,
        i: usize,
        node: &Node,
        facts: &mut NodeFacts,
    ) {
        let mut last_day = None;
        for (h, change) in node.status_history().iter().enumerate() {
            let here = |field| Loc::History(i, h, field);
            let status = self.vocab(here("status"), &change.status);
            let on = self.vocab(here("on"), &change.on);
            if let (Some(day), Some(before)) = (on, last_day)
                && day <= before
            {
                self.error(
                    "history-order",
                    here("on"),
                    format!(
                        "the status change of '{}' on {day} comes after one on {before}",
                        node.id
                    ),
                    Some("list status changes in date order, at most one a day".into()),
                );
            }
            last_day = on.or(last_day);
            self.cited(
                cx,
                here("source"),
                change.source.as_deref(),
                change.quote.as_deref(),
            );
            if let Some(note) = &change.note {
                self.text_len(here("note"), "note", note, MAX_TEXT_CHARS);
            }
            if let (Some(status), Some(day)) = (status, on) {
                facts.history.push((day, status));
            }
        }
        for (a, actor) in node.actor().iter().enumerate() {
            let here = Loc::Actor(i, a);
            if let Some(party) = self.named(cx, here, actor, "actor", NodeKind::Party) {
                if facts.actors.contains(&party) {
                    self.warn("duplicate-actor", here, || {
                        format!("'{actor}' is named twice as actor of '{}'", node.id)
                    });
                } else {
                    facts.actors.push(party);
                }
            }
        }
    }

    /// A party or issue has no status history and no actor: the first of
    /// each is an error.
    fn not_positional(&mut self, i: usize, node: &Node, kind: Option<NodeKind>) {
        let what = kind.map_or("node", NodeKind::as_str);
        if !node.status_history().is_empty() {
            self.error(
                "status-on-party",
                Loc::History(i, 0, "status"),
                format!(
                    "{what} '{}' has a status history; only demands, conditions and proposals have a status",
                    node.id
                ),
                Some("remove the status_history".into()),
            );
        }
        if !node.actor().is_empty() {
            self.error(
                "actor-on-party",
                Loc::Actor(i, 0),
                format!(
                    "{what} '{}' has an actor; only demands, conditions and proposals do",
                    node.id
                ),
                Some("the actor says who must act for a position to be met".into()),
            );
        }
    }

    /// The node `id` names, which must be of `kind`; `role` says what the
    /// field is for in the messages.
    pub(super) fn named(
        &mut self,
        cx: &NodeContext<'_>,
        at: Loc,
        id: &str,
        role: &str,
        kind: NodeKind,
    ) -> Option<NodeIx> {
        let Some(n) = cx.by_id.find(&cx.doc.nodes, id) else {
            let close = if self.may_search(cx.doc.nodes.len()) {
                closest(
                    id,
                    cx.doc
                        .nodes
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| cx.kinds[j] == kind)
                        .map(|(j, n)| (n.id.as_str(), j)),
                    1,
                )
            } else {
                Vec::new()
            };
            self.error(
                "unknown-node",
                at,
                format!("{role} '{}' is not a node in this graph", excerpt(id)),
                close
                    .first()
                    .map(|&j| format!("did you mean '{}'?", cx.doc.nodes[j].id)),
            );
            return None;
        };
        if cx.kinds[n] != kind {
            self.error(
                "wrong-kinds",
                at,
                format!(
                    "{role} '{}' is a {}, not a {kind}",
                    excerpt(id),
                    cx.kinds[n]
                ),
                None,
            );
            return None;
        }
        Some(NodeIx::new(n))
    }

    /// Checks a source and quote given together (a status change's).
    pub(super) fn cited(
        &mut self,
        cx: &NodeContext<'_>,
        at: Loc,
        source: Option<&str>,
        quote: Option<&str>,
    ) {
        match (source, quote) {
            (Some(s), _) if !cx.sources.contains_key(s) => {
                let close = closest(s, cx.sources.keys().map(|k| (*k, *k)), 1);
                self.error(
                    "unknown-source",
                    at,
                    format!("source '{}' is not in the sources list", excerpt(s)),
                    close.first().map(|c| format!("did you mean '{c}'?")),
                );
            }
            (None, Some(_)) => self.error(
                "quote-without-source",
                at,
                "the quote names no source".into(),
                Some("add \"source\": the id of the source the quote comes from".into()),
            ),
            _ => {}
        }
        if let Some(q) = quote {
            if q.trim().is_empty() {
                self.error("empty-text", at, "the quote is empty".into(), None);
            }
            self.text_len(at, "quote", q, MAX_TEXT_CHARS);
        }
    }
}
