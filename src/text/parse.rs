//! The text format's statements, line by line, into a [`Document`]. Names
//! are kept as written until every node is known; [`super::names`] then
//! resolves them.

use crate::model::{
    Citation, Document, EdgeFields, FormatVersion, Lenient, NodeKind, NodeRef, Relation, Vocabulary,
};

use super::items::{Cite, EDGE_KEYS, Items, Key, items, joined, name_end};
use super::lex::{Mark, Word, words};
use super::{Fail, Spans};

mod inline;
mod nodes;
mod sources;

pub(super) use nodes::differing_fields;

/// Where a name was written, and what it fills once resolved.
#[derive(Clone, Debug)]
pub(super) struct Ref {
    pub slot: Slot,
    pub name: String,
    /// Written `=NAME`: an id, never a label or alias.
    pub exact: bool,
    pub line: usize,
    pub start: usize,
}

/// A place a node name goes.
#[derive(Clone, Copy, Debug)]
pub(super) enum Slot {
    From(usize),
    To(usize),
    By(usize),
    Target(usize),
    Trigger(usize),
    With(usize),
    Addressee(usize),
    Disputed(usize, usize),
    Actor(usize, usize),
    Issue(usize),
}

/// The statement indented lines add to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Block {
    None,
    /// A source; `existing` when a fragment names a source the graph has.
    Source {
        source: usize,
        existing: bool,
    },
    /// A node; `existing` when a fragment names a node the graph has.
    Node {
        node: usize,
        existing: bool,
    },
    Edge(usize),
}

/// Reading state.
pub(super) struct Parser {
    pub doc: Document,
    /// The claims read, ends still names.
    pub edges: Vec<EdgeFields>,
    pub refs: Vec<Ref>,
    pub spans: Spans,
    /// Items of the graph a fragment goes into (0 for a whole file).
    pub base_nodes: usize,
    pub base_sources: usize,
    pub fragment: bool,
    pub titled: bool,
    /// The first node of each id read so far: a name that is one resolves
    /// at once (an id always means its first node, whatever follows), and
    /// only other names wait for every node to be read.
    ids: foldhash::HashMap<String, u32>,
    versioned: bool,
    /// Shared by every citation that inherits it: one string, not one each.
    current_source: Option<crate::model::SourceRef>,
    block: Block,
    /// The `part_of` claim of the term line just read, and that line's
    /// indent: a line indented deeper adds to the claim (another citation).
    term_claim: Option<(usize, usize)>,
    line: usize,
}

type Step = Result<(), Fail>;

impl Parser {
    pub fn new(base: Document, fragment: bool) -> Parser {
        let base_nodes = base.nodes.len();
        let base_sources = base.sources.len();
        let mut ids = foldhash::HashMap::default();
        for (i, n) in base.nodes.iter().enumerate() {
            ids.entry(n.id.clone()).or_insert(i as u32);
        }
        Parser {
            ids,
            doc: base,
            edges: Vec::new(),
            refs: Vec::new(),
            spans: Spans::default(),
            base_nodes,
            base_sources,
            fragment,
            titled: false,
            versioned: false,
            current_source: None,
            block: Block::None,
            term_claim: None,
            line: 0,
        }
    }

    fn fail(&self, at: usize, message: impl Into<String>) -> Fail {
        Fail {
            line: self.line,
            at,
            message: message.into(),
        }
    }

    /// Reads one line (1-based `number`, without its line break).
    pub fn line(&mut self, number: usize, text: &str) -> Step {
        self.line = number;
        let ws = words(text).map_err(|e| self.fail(e.at, e.message))?;
        let Some(first) = ws.first() else {
            return Ok(());
        };
        if first.start > 0 {
            return self.indented(text, &ws);
        }
        self.block = Block::None;
        self.term_claim = None;
        match first.bare() {
            Some("negograph") => self.version(&ws),
            Some("title") => self.title(text, &ws),
            Some("source") => self.source(&ws),
            Some("extra") => self.extra(&ws),
            Some("node") => {
                let Some(kind) = ws.get(1) else {
                    return Err(self.fail(first.start, "`node` needs a kind, an id and a label"));
                };
                let kind = Lenient::from_text(&kind.text);
                self.node(kind, &ws[1..], None)
            }
            Some("term" | "on") => Err(self.fail(
                0,
                format!("`{}` goes on an indented line under a node", first.text),
            )),
            Some(word) if NodeKind::parse(word).is_some() => {
                let kind = Lenient::from_text(word);
                self.node(kind, &ws, None)
            }
            _ if first.mark == Mark::At => self.current(&ws),
            _ => self.claim(&ws),
        }
    }

    fn version(&mut self, ws: &[Word]) -> Step {
        if self.fragment {
            return Err(self.fail(
                0,
                "a fragment for `apply` has no `negograph` line; the graph's version stays",
            ));
        }
        if self.versioned {
            return Err(self.fail(0, "the version is given twice"));
        }
        let version = match ws.get(1).map(|w| w.text.as_str()) {
            Some("1" | "1.0") => FormatVersion::V1,
            Some("1.1" | "1.10") => FormatVersion::V1_1,
            Some("1.2" | "1.20") => FormatVersion::V1_2,
            Some(other) => {
                return Err(self.fail(ws[1].start, FormatVersion::unsupported(other)));
            }
            None => return Err(self.fail(0, "`negograph` needs the format version: 1, 1.1 or 1.2")),
        };
        if let Some(extra) = ws.get(2) {
            return Err(self.fail(extra.start, "nothing follows the version"));
        }
        self.versioned = true;
        self.doc.negograph = version;
        Ok(())
    }

    fn title(&mut self, text: &str, ws: &[Word]) -> Step {
        if self.fragment {
            return Err(self.fail(0, "a fragment for `apply` cannot change the graph's title"));
        }
        if self.titled {
            return Err(self.fail(0, "the title is given twice"));
        }
        self.doc.title = self.rest_of_line(text, ws, "title")?;
        self.titled = true;
        Ok(())
    }

    /// The text after a `title` or `note` keyword: one quoted word, or the
    /// rest of the line as typed.
    fn rest_of_line(&self, text: &str, ws: &[Word], what: &str) -> Result<String, Fail> {
        match ws.get(1) {
            Some(w) if w.quoted && w.mark == Mark::Plain => {
                if let Some(extra) = ws.get(2) {
                    return Err(self.fail(
                        extra.start,
                        format!("the {what} is already complete: a quoted {what} ends the line"),
                    ));
                }
                Ok(w.text.clone())
            }
            Some(w) => Ok(text[w.start..].trim_end().to_owned()),
            None => Err(self.fail(
                ws[0].start,
                format!("`{}` needs a text after it", ws[0].text),
            )),
        }
    }

    fn extra(&mut self, ws: &[Word]) -> Step {
        if self.fragment {
            return Err(self.fail(0, "a fragment for `apply` cannot add top-level fields"));
        }
        let (Some(key), Some(value), None) = (ws.get(1), ws.get(2), ws.get(3)) else {
            return Err(self.fail(0, "`extra` takes a field name and its JSON text in quotes: extra x-tool \"{\\\"a\\\": 1}\""));
        };
        let raw = crate::model::RawJson::from_text(&value.text)
            .map_err(|e| self.fail(value.start, format!("not JSON: {e}")))?;
        self.doc.extra.push((key.text.clone(), raw));
        Ok(())
    }

    /// `@ID` alone: the current source from here on; `@` alone: none.
    fn current(&mut self, ws: &[Word]) -> Step {
        if let Some(extra) = ws.get(1) {
            return Err(self.fail(extra.start, "a line starting with @SOURCE names the current source and nothing else; a claim starts with a node's name"));
        }
        self.current_source =
            (ws[0].quoted || !ws[0].text.is_empty()).then(|| ws[0].text.as_str().into());
        Ok(())
    }

    /// A date or a word of a closed vocabulary. A bare word must be one
    /// (a typo is caught here, at its line); a quoted one is kept as
    /// written, known or not, for `check` to report.
    fn word_of<T: Vocabulary>(&self, w: &Word) -> Result<Lenient<T>, Fail> {
        let value = Lenient::from_text(&w.text);
        // A date said as the report said it ("Tuesday") is kept as written,
        // for the graph to resolve from its source's date.
        let said =
            T::WHAT == crate::model::Date::WHAT && crate::model::Said::parse(&w.text).is_some();
        if w.quoted || said || value.known().is_some() {
            return Ok(value);
        }
        let allowed = T::allowed();
        let hint = if allowed.is_empty() {
            "write it YYYY-MM-DD (or YYYY-MM, YYYY, or a weekday such as Tuesday)".to_owned()
        } else {
            match allowed
                .iter()
                .find(|a| crate::resolve::similarity(&w.text, a) >= 0.85)
            {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("allowed: {}", allowed.join(", ")),
            }
        };
        Err(self.fail(
            w.start,
            format!(
                "'{}' is not a {}; {hint}",
                crate::terminal::excerpt(&w.text),
                T::WHAT
            ),
        ))
    }

    fn text_value(&self, w: &Word) -> Result<String, Fail> {
        if w.mark == Mark::Plain {
            Ok(w.text.clone())
        } else {
            Err(self.fail(w.start, "a text is wanted here: put it in double quotes"))
        }
    }

    /// The id a name in `actor` or `issue` stands for when it is already
    /// known, else the name as written (resolved later by [`Self::name_ref`]).
    fn id_of(&self, w: &Word) -> String {
        self.ids.get(w.text.as_str()).map_or_else(
            || w.text.clone(),
            |&i| self.doc.nodes[i as usize].id.clone(),
        )
    }

    fn name_ref(&mut self, slot: Slot, w: &Word) {
        if let Some(&i) = self.ids.get(w.text.as_str()) {
            self.fill(slot, NodeRef::Node(i), None);
            return;
        }
        self.refs.push(Ref {
            slot,
            name: w.text.clone(),
            exact: w.mark == Mark::Exact,
            line: self.line,
            start: w.start,
        });
    }

    /// Puts a resolved name in its place; `id` replaces the name kept in
    /// `actor` and `issue` (which hold ids, not positions).
    pub(super) fn fill(&mut self, slot: Slot, node_ref: NodeRef, id: Option<String>) {
        match slot {
            Slot::From(e) => self.edges[e].from = node_ref,
            Slot::To(e) => self.edges[e].to = node_ref,
            Slot::By(e) => self.edges[e].by = Some(node_ref),
            Slot::Target(e) => self.edges[e].target = Some(node_ref),
            Slot::Trigger(e) => self.edges[e].trigger = Some(node_ref),
            Slot::With(e) => self.edges[e].with = Some(node_ref),
            Slot::Addressee(e) => self.edges[e].addressee = Some(node_ref),
            Slot::Disputed(e, k) => self.edges[e].disputed_by[k] = node_ref,
            Slot::Actor(n, k) => {
                if let Some(id) = id {
                    self.doc.nodes[n].more_mut().actor[k] = id;
                }
            }
            Slot::Issue(n) => {
                if let Some(id) = id {
                    self.doc.nodes[n].more_mut().issue = Some(id);
                }
            }
        }
    }

    /// Records that node `i` has just been read: its id now resolves at once.
    pub(super) fn node_read(&mut self, i: usize) {
        let id = &self.doc.nodes[i].id;
        if !self.ids.contains_key(id.as_str()) {
            self.ids.insert(id.clone(), i as u32);
        }
    }

    /// A citation as a line writes it: a quote without `@` cites the current source.
    fn citation(&self, cite: &Cite) -> Result<Option<Citation>, Fail> {
        if cite.is_empty() {
            return Ok(None);
        }
        let source = match (&cite.source, &cite.quote) {
            (Some(at), _) if at.text.is_empty() && !at.quoted => None,
            (Some(at), _) => Some(at.text.as_str().into()),
            (None, Some(_)) => self.current_source.clone(),
            (None, None) => None,
        };
        Ok(Some(Citation {
            source,
            quote: cite.quote.as_ref().map(|q| q.text.as_str().into()),
            speaker: cite
                .speaker
                .as_ref()
                .map(|w| self.text_value(w))
                .transpose()?
                .map(Into::into),
            note: cite
                .note
                .as_ref()
                .map(|w| self.text_value(w))
                .transpose()?
                .map(Into::into),
            reason: cite
                .reason
                .as_ref()
                .map(|w| self.text_value(w))
                .transpose()?
                .map(Into::into),
        }))
    }

    /// `FROM RELATION TO ...`; `ws` starts at FROM. A name may be several
    /// bare words (`the union demands a raise`): FROM runs to the first
    /// relation, TO to the first keyword, quote or source.
    fn claim(&mut self, ws: &[Word]) -> Step {
        let r = relation_at(ws);
        let (Some(rel), Some(first_to)) = (ws.get(r), ws.get(r + 1)) else {
            return Err(self.fail(0, format!("unknown statement '{}': a claim is FROM RELATION TO (russia rejects ceasefire), a node KIND ID \"LABEL\" (party qatar Qatar)", crate::terminal::excerpt(&ws[0].text))));
        };
        let from = joined(&ws[..r]);
        let to_end = name_end(ws, r + 1);
        let to = joined(&ws[r + 1..to_end]);
        for end in [&from, &to] {
            if end.mark == Mark::At {
                return Err(self.fail(end.start, "a node's name is wanted here, not a source"));
            }
        }
        let relation = self.relation(rel, &ws[0])?;
        if let Some(kind) = first_to.bare().and_then(NodeKind::parse) {
            return self.inline_claim(&from, relation, kind, ws, r + 1);
        }
        let index = self.edges.len();
        // The ends are filled in when their names resolve.
        let mut fields = EdgeFields::new(UNSET, Relation::Demands, UNSET);
        fields.relation = relation;
        self.spans.edges.push(self.line);
        self.edges.push(fields);
        self.name_ref(Slot::From(index), &from);
        self.name_ref(Slot::To(index), &to);
        self.edge_items(index, &ws[to_end..])?;
        self.block = Block::Edge(index);
        Ok(())
    }

    fn relation(&self, rel: &Word, from: &Word) -> Result<Lenient<Relation>, Fail> {
        if rel.quoted {
            return Ok(Lenient::from_text(&rel.text));
        }
        if let Some(r) = super::items::relation_word(&rel.text) {
            return Ok(Lenient::Known(r));
        }
        let near = Relation::allowed()
            .iter()
            .find(|r| crate::resolve::similarity(&rel.text, r) >= 0.85);
        let kind_typo = from.bare().and_then(|w| {
            NodeKind::allowed()
                .iter()
                .find(|k| crate::resolve::similarity(w, k) >= 0.85)
        });
        let hint = match (near, kind_typo) {
            (Some(r), _) => format!("did you mean `{r}`?"),
            (None, Some(k)) => format!("a claim is FROM RELATION TO; to define a node write `{k}`"),
            (None, None) => format!("allowed: {}", Relation::allowed().join(", ")),
        };
        Err(self.fail(
            rel.start,
            format!(
                "unknown relation '{}'; {hint}",
                crate::terminal::excerpt(&rel.text)
            ),
        ))
    }

    /// A claim's fields and citation from one of its lines.
    fn edge_items(&mut self, index: usize, ws: &[Word]) -> Step {
        let found = items(ws, EDGE_KEYS, true).map_err(|(at, m)| self.fail(at, m))?;
        self.edge_fields(index, &found)
    }

    /// A claim's fields and citation, read from a line's words.
    fn edge_fields(&mut self, index: usize, found: &Items) -> Step {
        for (key, w) in &found.singles {
            let edge = &mut self.edges[index];
            match key {
                Key::Since => {
                    let day = self.word_of(w)?;
                    set_once(self.line, &mut self.edges[index].since, w, day)?;
                }
                Key::Until => {
                    let day = self.word_of(w)?;
                    set_once(self.line, &mut self.edges[index].until, w, day)?;
                }
                Key::Note => {
                    if edge.note.is_some() {
                        return Err(self.fail(w.start, "`note` is given twice"));
                    }
                    let text = self.text_value(w)?;
                    self.edges[index].note = Some(text.into());
                }
                Key::Stance => {
                    if edge.stance.is_some() {
                        return Err(self.fail(w.start, "`stance` is given twice"));
                    }
                    let text = self.text_value(w)?;
                    self.edges[index].stance = Some(text.into());
                }
                Key::Seq => {
                    if edge.seq.is_some() {
                        return Err(self.fail(w.start, "`seq` is given twice"));
                    }
                    let Ok(seq) = w.text.parse::<u32>() else {
                        return Err(self.fail(
                            w.start,
                            format!(
                                "`seq` is a claim's place within its day, a whole number (1, 2, ...), not '{}'",
                                crate::terminal::excerpt(&w.text)
                            ),
                        ));
                    };
                    self.edges[index].seq = Some(seq);
                }
                Key::By | Key::Target | Key::Trigger | Key::With | Key::Addressee => {
                    let (slot, taken) = match key {
                        Key::By => (Slot::By(index), edge.by.is_some()),
                        Key::Target => (Slot::Target(index), edge.target.is_some()),
                        Key::Trigger => (Slot::Trigger(index), edge.trigger.is_some()),
                        Key::Addressee => (Slot::Addressee(index), edge.addressee.is_some()),
                        _ => (Slot::With(index), edge.with.is_some()),
                    };
                    if taken {
                        return Err(
                            self.fail(w.start, format!("`{}` is given twice", key.spelling()))
                        );
                    }
                    let placeholder = Some(UNSET);
                    match key {
                        Key::By => edge.by = placeholder,
                        Key::Target => edge.target = placeholder,
                        Key::Trigger => edge.trigger = placeholder,
                        Key::Addressee => edge.addressee = placeholder,
                        _ => edge.with = placeholder,
                    }
                    self.name_ref(slot, w);
                }
                _ => {}
            }
        }
        if let Some(list) = found.list(Key::DisputedBy) {
            if !self.edges[index].disputed_by.is_empty() {
                return Err(self.fail(list[0].start, "`disputed_by` is given twice"));
            }
            for (k, w) in list.iter().enumerate() {
                self.edges[index].disputed_by.push(UNSET);
                self.name_ref(Slot::Disputed(index, k), w);
            }
        }
        if let Some(citation) = self.citation(&found.cite)? {
            self.edges[index].citations.push(citation);
        }
        Ok(())
    }

    fn indented(&mut self, text: &str, ws: &[Word]) -> Step {
        match self.block {
            Block::None => Err(self.fail(ws[0].start, "an indented line adds to the node, source or claim above it, and there is none; start a statement at the left margin")),
            Block::Source { source, existing } => self.source_line(text, ws, source, existing),
            Block::Node { node, existing } => self.node_line(text, ws, node, existing),
            Block::Edge(e) => self.edge_line(text, ws, e),
        }
    }

    /// An indented line under claim `e`: a note, a citation, or more fields.
    fn edge_line(&mut self, text: &str, ws: &[Word], e: usize) -> Step {
        if ws[0].is("note") && ws.get(1).is_some_and(|w| !w.quoted) {
            let note = self.rest_of_line(text, ws, "note")?;
            if self.edges[e].note.is_some() {
                return Err(self.fail(ws[0].start, "`note` is given twice"));
            }
            self.edges[e].note = Some(note.into());
            return Ok(());
        }
        self.edge_items(e, ws)
    }
}

/// An end or reference whose name is not resolved yet (every one is, or
/// the reading fails).
pub(super) const UNSET: NodeRef = NodeRef::Node(u32::MAX);

/// Where a claim's relation is: the first bare relation word after bare
/// words of FROM, or the second word (a quoted FROM, a quoted relation, or
/// a word that is no relation, which [`Parser::relation`] then words).
fn relation_at(ws: &[Word]) -> usize {
    if ws[0].bare().is_none() || ws.get(1).is_some_and(|w| w.quoted) {
        return 1;
    }
    let mut end = ws.len();
    for (i, w) in ws.iter().enumerate().skip(1) {
        match w.bare() {
            Some(word) if super::items::relation_word(word).is_some() => return i,
            Some(word) if !super::items::reserved(word) => {}
            _ => {
                end = i;
                break;
            }
        }
    }
    // None: a misspelt relation is where the error should point. Names are
    // a few words, so only the first few are compared (bounded work).
    (1..end.min(MAX_NAME_WORDS))
        .find(|&i| {
            Relation::allowed()
                .iter()
                .any(|r| crate::resolve::similarity(&ws[i].text, r) >= 0.85)
        })
        .unwrap_or(1)
}

/// How many words of a name are looked at for a misspelt keyword or relation.
pub(super) const MAX_NAME_WORDS: usize = 16;

/// Whether a bare word is a field keyword (it then ends the positional words).
fn is_key(w: &Word) -> bool {
    w.bare().is_some_and(super::items::reserved)
}

fn set_once<T>(line: usize, slot: &mut Option<T>, w: &Word, value: T) -> Step {
    if slot.is_some() {
        return Err(Fail {
            line,
            at: w.start,
            message: "this field is given twice".to_owned(),
        });
    }
    *slot = Some(value);
    Ok(())
}
