//! Node statements: a node's line, its indented lines (more fields, dated
//! changes of status) and, under a proposal, its terms.

use crate::args::{Cmd, Line};
use crate::model::{
    Date, EdgeFields, Lenient, Node, NodeKind, NodeRef, Relation, Status, StatusChange, Vocabulary,
};

use super::super::items::{Cite, Items, Key, NODE_KEYS, items};
use super::super::lex::{Mark, Word};
use super::{Block, Parser, Slot, Step, is_key, set_once};

impl Parser {
    /// A node line: `ws` starts at its kind word. Under a proposal, `term`
    /// says which, and the line may cite.
    pub(super) fn node(
        &mut self,
        kind: Lenient<NodeKind>,
        ws: &[Word],
        term: Option<usize>,
    ) -> Step {
        // `=ID` as a claim declaring a node writes it: the id as given.
        let Some(id) = ws.get(1).filter(|w| w.mark != Mark::At) else {
            let at = ws.first().map_or(0, |w| w.start);
            return Err(self.fail(
                at,
                format!("a node needs an id: {} some-id \"Its label\"", ws[0].text),
            ));
        };
        let mut rest = 2;
        let label = ws.get(2).filter(|w| w.mark == Mark::Plain && !is_key(w));
        if label.is_some() {
            rest = 3;
        }
        let found =
            items(&ws[rest..], NODE_KEYS, term.is_some()).map_err(|(at, m)| self.fail(at, m))?;
        // A node read already (the graph's, for a fragment, or one written
        // above) is opened again, as docs/text-format.md says: its line may
        // only add fields it lacks. Without this a whole file kept two nodes
        // of one id, and a fragment refused what the graph's nodes allow.
        if let Some(&i) = self.ids.get(id.text.as_str()) {
            let i = i as usize;
            let in_graph = self.fragment && i < self.base_nodes;
            let differs = self.merge_fields(i, &kind, label.map(|l| l.text.as_str()), &found)?;
            if let Some(field) = differs {
                let node = &self.doc.nodes[i];
                let whose = if in_graph {
                    "the graph already has"
                } else {
                    "a line above declares"
                };
                return Err(self.fail(id.start, format!("{whose} node '{}' ({} '{}') with another {field}; name it in claims without defining it again, or give only fields it lacks (one it has changes with `{}`)", id.text, node.kind, crate::terminal::excerpt(&node.label), Line::new(Cmd::Set))));
            }
            if let Some(proposal) = term {
                self.part_of(NodeRef::Node(i as u32), proposal, &found.cite)?;
            } else {
                self.block = Block::Node {
                    node: i,
                    existing: in_graph,
                };
            }
            return Ok(());
        }
        let label = label.map_or_else(|| id.text.clone(), |l| l.text.clone());
        let mut node = Node {
            kind,
            ..Node::new(id.text.clone(), NodeKind::Party, label)
        };
        let index = self.doc.nodes.len();
        self.node_items(&mut node, Some(index), &found)?;
        self.spans.nodes.push(self.line);
        self.doc.nodes.push(node);
        self.node_read(index);
        match term {
            Some(proposal) => self.part_of(NodeRef::Node(index as u32), proposal, &found.cite),
            None => {
                self.block = Block::Node {
                    node: index,
                    existing: false,
                };
                Ok(())
            }
        }
    }

    /// `FROM part_of PROPOSAL` with the line's citation.
    fn part_of(&mut self, from: NodeRef, proposal: usize, cite: &Cite) -> Step {
        let mut fields = EdgeFields::new(from, Relation::PartOf, NodeRef::Node(proposal as u32));
        fields.citations.extend(self.citation(cite)?);
        self.spans.edges.push(self.line);
        self.edges.push(fields);
        Ok(())
    }

    /// A line giving `found`'s fields for the node `i` already read (the
    /// graph's, for a fragment): the fields it lacks are added, and the
    /// first field the line would change, if any, is returned instead. Names
    /// in `actor` and `issue` are compared as the ids they are.
    pub(super) fn merge_fields(
        &mut self,
        i: usize,
        kind: &Lenient<NodeKind>,
        label: Option<&str>,
        found: &Items,
    ) -> Result<Option<&'static str>, super::Fail> {
        let recorded = self.doc.nodes[i].clone();
        if recorded.kind != *kind {
            return Ok(Some("kind"));
        }
        if label.is_some_and(|l| l != recorded.label) {
            return Ok(Some("label"));
        }
        let mut line = recorded.clone();
        let keys = found.singles.iter().map(|(k, _)| k);
        for key in keys.chain(found.lists.iter().map(|(k, _)| k)) {
            clear(&mut line, key);
        }
        self.node_items(&mut line, None, found)?;
        if let Some(field) = first_conflict(&line, &recorded) {
            return Ok(Some(field));
        }
        if line != recorded {
            // Read again with the names recorded, for them to resolve.
            let mut added = recorded;
            for key in found
                .singles
                .iter()
                .map(|(k, _)| k)
                .chain(found.lists.iter().map(|(k, _)| k))
            {
                clear(&mut added, key);
            }
            self.node_items(&mut added, Some(i), found)?;
            self.doc.nodes[i] = added;
        }
        Ok(None)
    }

    /// Reads a node line's fields into `node`. `index` is the node's place
    /// in the document, where names in `actor` and `issue` are resolved
    /// later; `None` for a node compared, not added: its names are taken
    /// as the ids they are now.
    pub(super) fn node_items(
        &mut self,
        node: &mut Node,
        index: Option<usize>,
        found: &Items,
    ) -> Step {
        for (key, w) in &found.singles {
            match key {
                Key::Status => set_once(self.line, &mut node.status, w, self.word_of(w)?)?,
                Key::Since => set_once(self.line, &mut node.since, w, self.word_of(w)?)?,
                Key::Until => set_once(self.line, &mut node.until, w, self.word_of(w)?)?,
                Key::Scheduled => {
                    let day = self.word_of(w)?;
                    set_once(self.line, &mut node.more_mut().scheduled, w, day)?;
                }
                Key::Note => {
                    let text = self.text_value(w)?;
                    set_once(self.line, &mut node.note, w, text)?;
                }
                Key::Quantity => {
                    let text = self.text_value(w)?;
                    set_once(self.line, &mut node.more_mut().quantity, w, text)?;
                }
                Key::Issue => {
                    set_once(self.line, &mut node.more_mut().issue, w, self.id_of(w))?;
                    if let Some(index) = index {
                        self.name_ref(Slot::Issue(index), w);
                    }
                }
                Key::Unnamed => node.more_mut().unnamed = true,
                _ => {}
            }
        }
        for (key, list) in &found.lists {
            match key {
                Key::Aka => {
                    if !node.aliases.is_empty() {
                        return Err(self.fail(list[0].start, "`aka` is given twice"));
                    }
                    for w in list {
                        node.aliases.push(self.text_value(w)?);
                    }
                }
                Key::Actor => {
                    if !node.actor().is_empty() {
                        return Err(self.fail(list[0].start, "`actor` is given twice"));
                    }
                    for (k, w) in list.iter().enumerate() {
                        node.more_mut().actor.push(self.id_of(w));
                        if let Some(index) = index {
                            self.name_ref(Slot::Actor(index, k), w);
                        }
                    }
                }
                _ => {}
            }
        }
        node.tidy();
        Ok(())
    }

    /// An indented line under a node: a status change, a term of a
    /// proposal, or more fields.
    pub(super) fn node_line(
        &mut self,
        text: &str,
        ws: &[Word],
        node: usize,
        existing: bool,
    ) -> Step {
        let first = &ws[0];
        // Deeper than the term line above: it adds to the term's claim.
        match self.term_claim {
            Some((e, indent)) if first.start > indent => return self.edge_line(text, ws, e),
            _ => self.term_claim = None,
        }
        let is_proposal = self.doc.nodes[node].kind == Lenient::Known(NodeKind::Proposal);
        if first.is("on") {
            return self.status_change(node, ws);
        }
        if is_proposal && first.is("term") {
            let Some(name) = ws.get(1) else {
                return Err(self.fail(
                    first.start,
                    "`term` needs the name of a demand or condition",
                ));
            };
            let index = self.edges.len();
            let fields =
                EdgeFields::new(super::UNSET, Relation::PartOf, NodeRef::Node(node as u32));
            self.spans.edges.push(self.line);
            self.edges.push(fields);
            self.name_ref(Slot::From(index), name);
            self.term_claim = Some((index, first.start));
            return self.edge_items(index, &ws[2..]);
        }
        if is_proposal && let Some(kind) = first.bare().and_then(NodeKind::parse) {
            let before = self.edges.len();
            let result = self.node(Lenient::Known(kind), ws, Some(node));
            self.block = Block::Node { node, existing };
            if self.edges.len() > before {
                self.term_claim = Some((before, first.start));
            }
            return result;
        }
        let refuse_change = |p: &Self, field: &str| {
            p.fail(first.start, format!("this node is already in the graph with another {field}: under it only `on DATE STATUS ...`, terms and its fields as the graph has them may be written here (fields change with `{}`)", Line::new(Cmd::Set)))
        };
        if first.is("note") && ws.get(1).is_some_and(|w| !w.quoted) {
            let note = self.rest_of_line(text, ws, "note")?;
            // A node of the graph may gain a note it lacks, as its own line
            // may (docs/text-format.md); only a different note is a change.
            if existing {
                return match self.doc.nodes[node].note.as_deref() {
                    None => {
                        self.doc.nodes[node].note = Some(note);
                        Ok(())
                    }
                    Some(had) if had == note => Ok(()),
                    Some(_) => Err(refuse_change(self, "`note`")),
                };
            }
            if self.doc.nodes[node].note.is_some() {
                return Err(self.fail(first.start, "`note` is given twice"));
            }
            self.doc.nodes[node].note = Some(note);
            return Ok(());
        }
        let found = items(ws, NODE_KEYS, false).map_err(|(at, m)| {
            let hint = if is_proposal {
                "; a term of a proposal is `demand ID LABEL` or `term NAME`"
            } else {
                ""
            };
            self.fail(at, format!("{m}{hint}"))
        })?;
        if existing {
            let kind = self.doc.nodes[node].kind.clone();
            return match self.merge_fields(node, &kind, None, &found)? {
                Some(field) => Err(refuse_change(self, field)),
                None => Ok(()),
            };
        }
        let mut copy = self.doc.nodes[node].clone();
        self.node_items(&mut copy, Some(node), &found)?;
        self.doc.nodes[node] = copy;
        Ok(())
    }

    /// `on DATE STATUS [scheduled DATE] [citation] [note N]`.
    fn status_change(&mut self, node: usize, ws: &[Word]) -> Step {
        let (Some(date), Some(status)) = (ws.get(1), ws.get(2)) else {
            return Err(self.fail(
                ws[0].start,
                "a change of status is `on DATE STATUS`: on 2025-06-01 withdrawn",
            ));
        };
        let status = self.word_of::<Status>(status)?;
        let on = self.word_of::<Date>(date)?;
        let found = items(&ws[3..], &[Key::Note, Key::Scheduled], true)
            .map_err(|(at, m)| self.fail(at, m))?;
        let scheduled = match found.single(Key::Scheduled) {
            Some(w) => Some(self.word_of::<Date>(w)?),
            None => None,
        };
        let cite = self.citation(&found.cite)?.unwrap_or_default();
        if cite.speaker.is_some() {
            return Err(self.fail(ws[0].start, "a change of status has no speaker"));
        }
        if cite.reason.is_some() {
            return Err(self.fail(ws[0].start, "a change of status has no reason"));
        }
        let note = match (&cite.note, found.single(Key::Note)) {
            (Some(n), _) => Some(n.to_string()),
            (None, Some(w)) => Some(self.text_value(w)?),
            (None, None) => None,
        };
        let change = StatusChange {
            status,
            on,
            source: cite.source.map(|s| s.to_string()),
            quote: cite.quote.map(|q| q.to_string()),
            note,
            scheduled,
        };
        // A change the graph records already is repeated, not added again
        // (a fragment applied twice, or written from `convert`); a day said
        // as the report said it ("Friday") compared as the day it resolves
        // to, as claims' dates are.
        let doc = &self.doc;
        let day = |c: &StatusChange| {
            crate::model::said::resolve_from(doc, c.on.clone(), c.source.as_deref())
        };
        let recorded = node < self.base_nodes
            && doc.nodes[node].status_history().iter().any(|h| {
                StatusChange {
                    on: day(h),
                    ..h.clone()
                } == StatusChange {
                    on: day(&change),
                    ..change.clone()
                }
            });
        if recorded {
            return Ok(());
        }
        // Into a node of the graph, a change goes in date order, as the
        // `status` command files it: a later report about an earlier day
        // is routine, and the fragment's author cannot reorder the graph's
        // changes. A node written in the text keeps the order written.
        let at = if self.fragment && node < self.base_nodes {
            let new_day = day(&change).known();
            doc.nodes[node]
                .status_history()
                .iter()
                .position(|h| {
                    matches!((day(h).known(), new_day), (Some(old), Some(new)) if old.first_day() > new.first_day())
                })
                .unwrap_or(doc.nodes[node].status_history().len())
        } else {
            doc.nodes[node].status_history().len()
        };
        self.doc.nodes[node]
            .more_mut()
            .status_history
            .insert(at, change);
        Ok(())
    }
}

/// Empties the field a node line's `key` sets.
fn clear(node: &mut Node, key: &Key) {
    match key {
        Key::Aka => node.aliases.clear(),
        Key::Status => node.status = None,
        Key::Since => node.since = None,
        Key::Until => node.until = None,
        Key::Note => node.note = None,
        Key::Actor => node.more_mut().actor.clear(),
        Key::Issue => node.more_mut().issue = None,
        Key::Quantity => node.more_mut().quantity = None,
        Key::Scheduled => node.more_mut().scheduled = None,
        Key::Unnamed => node.more_mut().unnamed = false,
        _ => {}
    }
    node.tidy();
}

/// The first field `line` (a node as a line gives it) would change in
/// `recorded`: one `recorded` has, given otherwise; a field it lacks is not
/// a change. Named as the text format names it.
fn first_conflict(line: &Node, recorded: &Node) -> Option<&'static str> {
    differing_fields(line, recorded)
        .into_iter()
        .find_map(|(name, had)| had.then_some(name))
}

/// The fields of a node's line in which `after` differs from `before`, in
/// the format's order, each named as the format names it (in backquotes)
/// and with whether `before` had a value for it (a change, not an addition).
pub(in crate::text) fn differing_fields(after: &Node, before: &Node) -> Vec<(&'static str, bool)> {
    fn field<T: PartialEq>(after: &Option<T>, before: &Option<T>) -> (bool, bool) {
        (after != before, before.is_some())
    }
    let more = |n: &Node| n.more.as_deref().cloned().unwrap_or_default();
    let (a, b) = (more(after), more(before));
    let list = |after: &[String], before: &[String]| (after != before, !before.is_empty());
    [
        ("`aka`", list(&after.aliases, &before.aliases)),
        ("`status`", field(&after.status, &before.status)),
        ("`since`", field(&after.since, &before.since)),
        ("`until`", field(&after.until, &before.until)),
        ("`note`", field(&after.note, &before.note)),
        ("`actor`", list(&a.actor, &b.actor)),
        ("`issue`", field(&a.issue, &b.issue)),
        ("`quantity`", field(&a.quantity, &b.quantity)),
        ("`scheduled`", field(&a.scheduled, &b.scheduled)),
        ("`unnamed`", (a.unnamed != b.unnamed, b.unnamed)),
    ]
    .into_iter()
    .filter_map(|(name, (differs, had))| differs.then_some((name, had)))
    .collect()
}
