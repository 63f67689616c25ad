//! Source statements: a source's line and its indented lines; in a
//! fragment, a source the graph has, repeated as it has it.

use crate::args::{Cmd, Line};
use crate::model::Source;

use super::super::items::{Items, Key, SOURCE_KEYS, items};
use super::super::lex::{Mark, Word};
use super::{Block, Fail, Parser, Step, is_key};

impl Parser {
    pub(super) fn source(&mut self, ws: &[Word]) -> Step {
        let (Some(id), Some(title)) = (ws.get(1), ws.get(2)) else {
            return Err(self.fail(
                0,
                "a source needs an id and a title: source reuters-0512 \"Talks resume\" 2025-05-12",
            ));
        };
        let mut rest = 3;
        let mut source = Source::new(id.text.clone(), title.text.clone());
        if let Some(date) = ws.get(3).filter(|w| w.mark == Mark::Plain && !is_key(w)) {
            source.date = Some(self.word_of(date)?);
            rest = 4;
        }
        let found = items(&ws[rest..], SOURCE_KEYS, false).map_err(|(at, m)| self.fail(at, m))?;
        self.current_source = Some(source.id.as_str().into());
        if self.fragment
            && let Some(i) = self.doc.sources[..self.base_sources]
                .iter()
                .position(|s| s.id == source.id)
        {
            // Written as the graph has it: every field the line gives is
            // the recorded one (fields it leaves out may follow indented).
            let recorded = &self.doc.sources[i];
            let same = recorded.title == source.title
                && (source.date.is_none() || recorded.date == source.date)
                && self.repeats_source(i, &found)?;
            if !same {
                return Err(self.fail(id.start, format!("the graph already has source '{}', and not as written here; name it with @{} (its fields change with `{}`)", id.text, id.text, Line::new(Cmd::Source))));
            }
            self.block = Block::Source {
                source: i,
                existing: true,
            };
            return Ok(());
        }
        self.source_items(&mut source, &found)?;
        self.spans.sources.push(self.line);
        self.doc.sources.push(source);
        self.block = Block::Source {
            source: self.doc.sources.len() - 1,
            existing: false,
        };
        Ok(())
    }

    /// Whether the fields `found` gives the graph's source `i` are the ones
    /// it has.
    fn repeats_source(&self, i: usize, found: &Items) -> Result<bool, Fail> {
        let recorded = &self.doc.sources[i];
        let mut given = recorded.clone();
        for (key, _) in &found.singles {
            match key {
                Key::Url => given.url = None,
                Key::Publisher => given.publisher = None,
                Key::Note => given.note = None,
                Key::File => given.file = None,
                _ => {}
            }
        }
        self.source_items(&mut given, found)?;
        Ok(*recorded == given)
    }

    /// An indented line under a source: a note, or more fields. Under a
    /// source the graph has, only its fields as recorded.
    pub(super) fn source_line(
        &mut self,
        text: &str,
        ws: &[Word],
        i: usize,
        existing: bool,
    ) -> Step {
        let changed = |p: &Self| {
            p.fail(ws[0].start, format!("the graph already has this source with another value here; its fields change with `{}`", Line::new(Cmd::Source)))
        };
        if ws[0].is("note") && ws.get(1).is_some_and(|w| !w.quoted) {
            let note = self.rest_of_line(text, ws, "note")?;
            if existing {
                let same = self.doc.sources[i].note.as_deref() == Some(note.as_str());
                return if same { Ok(()) } else { Err(changed(self)) };
            }
            if self.doc.sources[i].note.is_some() {
                return Err(self.fail(ws[0].start, "`note` is given twice"));
            }
            self.doc.sources[i].note = Some(note);
            return Ok(());
        }
        let found = items(ws, SOURCE_KEYS, false).map_err(|(at, m)| self.fail(at, m))?;
        if existing {
            return if self.repeats_source(i, &found)? {
                Ok(())
            } else {
                Err(changed(self))
            };
        }
        let mut source = self.doc.sources[i].clone();
        self.source_items(&mut source, &found)?;
        self.doc.sources[i] = source;
        Ok(())
    }

    fn source_items(&self, source: &mut Source, found: &Items) -> Step {
        for (key, w) in &found.singles {
            let value = Some(self.text_value(w)?);
            let slot = match key {
                Key::Url => &mut source.url,
                Key::Publisher => &mut source.publisher,
                Key::Note => &mut source.note,
                Key::File => &mut source.file,
                _ => continue,
            };
            if slot.is_some() {
                return Err(self.fail(w.start, format!("`{}` is given twice", key.spelling())));
            }
            *slot = value;
        }
        Ok(())
    }
}
