//! A document as canonical text: the one form `convert` and edits write,
//! the same bytes for the same graph.

use std::fmt::Write as _;

use foldhash::{HashMap, HashMapExt};

use crate::model::{
    CitationRef, Document, Edge, End, Lenient, Node, Source, StatusChange, Vocabulary,
};

use super::items::reserved;
use super::lex::{quoted, word, words};

/// The canonical text of `doc`.
pub fn to_text(doc: &Document) -> String {
    let mut w = Writer {
        doc,
        out: String::with_capacity(64 * (doc.nodes.len() + doc.edges.len()) + 256),
        current: None,
        ids: HashMap::with_capacity(doc.nodes.len()),
    };
    for (i, n) in doc.nodes.iter().enumerate() {
        w.ids.entry(n.id.as_str()).or_insert(i);
    }
    w.document();
    w.out
}

struct Writer<'d> {
    doc: &'d Document,
    out: String,
    /// The current source: quotes citing it need no `@`.
    current: Option<String>,
    /// Each id's first node: what a name reads back as.
    ids: HashMap<&'d str, usize>,
}

/// A text value as one word.
fn text(value: &str) -> String {
    word(value, reserved(value))
}

/// A closed-vocabulary word or date: bare when known, quoted as written when not.
fn lenient<T: Vocabulary>(value: &Lenient<T>) -> String {
    match value {
        // A date said in words may have a space ("last week").
        Lenient::Known(v) if v.spelling().contains(' ') => quoted(&v.spelling()),
        Lenient::Known(v) => v.spelling().into_owned(),
        // A weekday as the report said it reads back bare.
        Lenient::Unknown(written)
            if T::WHAT == crate::model::Date::WHAT
                && !written.contains(' ')
                && crate::model::Said::parse(written).is_some() =>
        {
            written.to_string()
        }
        Lenient::Unknown(written) => quoted(written),
    }
}

/// Whether `value` reads back whole as the rest of a `title` or `note` line.
fn rest_of_line_ok(value: &str) -> bool {
    !value.is_empty()
        && value.trim() == value
        && !value.starts_with(['"', '#'])
        && !value.chars().any(char::is_control)
        && words(value).is_ok_and(|ws| ws.iter().all(|w| !w.quoted))
}

impl<'d> Writer<'d> {
    fn document(&mut self) {
        let doc = self.doc;
        let _ = writeln!(self.out, "negograph {}", doc.version_needed());
        self.out.push_str("title ");
        self.free_text(&doc.title);
        for (key, value) in &doc.extra {
            let _ = writeln!(
                self.out,
                "extra {} {}",
                word(key, false),
                quoted(value.get())
            );
        }
        if !doc.sources.is_empty() {
            self.out.push('\n');
        }
        for source in &doc.sources {
            self.source(source);
        }
        if !doc.nodes.is_empty() {
            self.out.push('\n');
        }
        for node in &doc.nodes {
            self.node(node);
        }
        if !doc.edges.is_empty() {
            self.out.push('\n');
        }
        for edge in &doc.edges {
            self.edge(edge);
        }
    }

    /// A title or note after its keyword, to the end of the line.
    fn free_text(&mut self, value: &str) {
        if rest_of_line_ok(value) {
            self.out.push_str(value);
        } else {
            self.out.push_str(&quoted(value));
        }
        self.out.push('\n');
    }

    fn source(&mut self, s: &'d Source) {
        let _ = write!(self.out, "source {} {}", word(&s.id, false), text(&s.title));
        if let Some(date) = &s.date {
            let _ = write!(self.out, " {}", lenient(date));
        }
        for (key, value) in [
            ("url", &s.url),
            ("publisher", &s.publisher),
            ("file", &s.file),
        ] {
            if let Some(value) = value {
                let _ = write!(self.out, " {key} {}", text(value));
            }
        }
        self.out.push('\n');
        if let Some(note) = &s.note {
            self.out.push_str("  note ");
            self.free_text(note);
        }
        self.current = Some(s.id.clone());
    }

    /// A node reference by id: bare when it reads back as that node, `=ID` when
    /// it names no node.
    fn id_ref(&self, id: &str) -> String {
        if self.ids.contains_key(id) {
            word(id, reserved(id))
        } else {
            format!("={}", word(id, false))
        }
    }

    fn end(&self, end: End<'_>) -> String {
        match end {
            End::Node(i) => self.id_ref(self.doc.ref_id(End::Node(i))),
            End::Name(name) => format!("={}", word(name, false)),
        }
    }

    fn node(&mut self, n: &'d Node) {
        match &n.kind {
            Lenient::Known(kind) => self.out.push_str(kind.as_str()),
            Lenient::Unknown(kind) => {
                let _ = write!(self.out, "node {}", quoted(kind));
            }
        }
        let _ = write!(self.out, " {}", word(&n.id, reserved(&n.id)));
        if n.label != n.id {
            let _ = write!(self.out, " {}", text(&n.label));
        }
        if let Some(status) = &n.status {
            let _ = write!(self.out, " status {}", lenient(status));
        }
        for (key, day) in [("since", &n.since), ("until", &n.until)] {
            if let Some(day) = day {
                let _ = write!(self.out, " {key} {}", lenient(day));
            }
        }
        if let Some(issue) = n.issue() {
            let _ = write!(self.out, " issue {}", self.id_ref(issue));
        }
        if let Some(quantity) = n.quantity() {
            let _ = write!(self.out, " quantity {}", text(quantity));
        }
        if n.unnamed() {
            self.out.push_str(" unnamed");
        }
        if let Some(day) = n.scheduled() {
            let _ = write!(self.out, " scheduled {}", lenient(day));
        }
        if !n.aliases.is_empty() {
            self.out.push_str(" aka");
            for alias in &n.aliases {
                let _ = write!(self.out, " {}", text(alias));
            }
        }
        self.out.push('\n');
        if !n.actor().is_empty() {
            self.out.push_str("  actor");
            for actor in n.actor() {
                let _ = write!(self.out, " {}", self.id_ref(actor));
            }
            self.out.push('\n');
        }
        for change in n.status_history() {
            self.status_change(change);
        }
        if let Some(note) = &n.note {
            self.out.push_str("  note ");
            self.free_text(note);
        }
    }

    fn status_change(&mut self, c: &StatusChange) {
        let _ = write!(self.out, "  on {} {}", lenient(&c.on), lenient(&c.status));
        if let Some(day) = &c.scheduled {
            let _ = write!(self.out, " scheduled {}", lenient(day));
        }
        let source = c.source.as_deref();
        let citation = CitationRef {
            source: None,
            quote: c.quote.as_deref(),
            speaker: None,
            note: c.note.as_deref(),
            reason: None,
        };
        self.cite(source, citation, true);
        self.out.push('\n');
    }

    /// ` @SOURCE "QUOTE" speaker S note N`, leaving out `@SOURCE` when the
    /// quote cites the current source. `source` is passed apart as a string.
    fn cite(&mut self, source: Option<&str>, c: CitationRef<'_>, always_note: bool) {
        let inherits = c.quote.is_some() && source.is_some() && source == self.current.as_deref();
        if !inherits {
            match source {
                Some(s) => {
                    let _ = write!(self.out, " @{}", word(s, false));
                }
                None if c.quote.is_some() || self.current.is_some() || !always_note => {
                    self.out.push_str(" @");
                }
                None => {}
            }
        }
        if let Some(quote) = c.quote {
            let _ = write!(self.out, " {}", quoted(quote));
        }
        if let Some(speaker) = c.speaker {
            let _ = write!(self.out, " speaker {}", text(speaker));
        }
        if let Some(note) = c.note {
            let _ = write!(self.out, " note {}", text(note));
        }
        if let Some(reason) = c.reason {
            let _ = write!(self.out, " reason {}", text(reason));
        }
    }

    fn edge(&mut self, e: &'d Edge) {
        let mut citations = e.citations();
        let first = citations.next();
        if let Some(c) = first
            && c.quote.is_some()
            && let Some(source) = c.source
            && self.current.as_deref() != Some(source.as_str())
        {
            let _ = writeln!(self.out, "@{}", word(source, false));
            self.current = Some(source.to_string());
        }
        let _ = write!(self.out, "{} ", self.end(e.from()));
        match e.relation() {
            Lenient::Known(r) => self.out.push_str(r.as_str()),
            Lenient::Unknown(text) => self.out.push_str(&quoted(&text)),
        }
        let _ = write!(self.out, " {}", self.end(e.to()));
        let refs = [
            ("by", e.by()),
            ("target", e.target()),
            ("trigger", e.trigger()),
            ("with", e.with()),
            ("addressee", e.addressee()),
        ];
        for (key, end) in refs {
            if let Some(end) = end {
                let _ = write!(self.out, " {key} {}", self.end(end));
            }
        }
        for (key, day) in [("since", e.since()), ("until", e.until())] {
            if let Some(day) = day {
                let _ = write!(self.out, " {key} {}", lenient(&day));
            }
        }
        if let Some(seq) = e.seq() {
            let _ = write!(self.out, " seq {seq}");
        }
        if let Some(stance) = e.stance() {
            let _ = write!(self.out, " stance {}", text(stance));
        }
        if let Some(c) = first {
            self.cite(c.source.map(arcstr::ArcStr::as_str), c, false);
        }
        self.out.push('\n');
        for c in citations {
            self.out.push(' ');
            self.cite(c.source.map(arcstr::ArcStr::as_str), c, false);
            self.out.push('\n');
        }
        let disputed: Vec<String> = e.disputed_by().map(|d| self.end(d)).collect();
        if !disputed.is_empty() {
            let _ = writeln!(self.out, "  disputed_by {}", disputed.join(" "));
        }
        if let Some(note) = e.note() {
            self.out.push_str("  note ");
            self.free_text(note);
        }
    }
}
