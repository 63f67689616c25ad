//! The keyword fields of a line (`since 2025-05-12`, `aka Moscow Putin`) and
//! its citation (`@source`, `"quote"`, `speaker`, `note`).

use super::lex::{Mark, Word};

/// A field keyword. Each is the format's own field name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Key {
    Aka,
    Actor,
    DisputedBy,
    Status,
    Since,
    Until,
    Issue,
    Quantity,
    Note,
    By,
    Target,
    Trigger,
    With,
    Speaker,
    Url,
    Publisher,
    File,
    Reason,
    Stance,
    Addressee,
    Seq,
    Unnamed,
    Scheduled,
}

impl Key {
    pub const ALL: [Key; 23] = [
        Key::Aka,
        Key::Actor,
        Key::DisputedBy,
        Key::Status,
        Key::Since,
        Key::Until,
        Key::Issue,
        Key::Quantity,
        Key::Note,
        Key::By,
        Key::Target,
        Key::Trigger,
        Key::With,
        Key::Speaker,
        Key::Url,
        Key::Publisher,
        Key::File,
        Key::Reason,
        Key::Stance,
        Key::Addressee,
        Key::Seq,
        Key::Unnamed,
        Key::Scheduled,
    ];

    pub fn spelling(self) -> &'static str {
        match self {
            Key::Aka => "aka",
            Key::Actor => "actor",
            Key::DisputedBy => "disputed_by",
            Key::Status => "status",
            Key::Since => "since",
            Key::Until => "until",
            Key::Issue => "issue",
            Key::Quantity => "quantity",
            Key::Note => "note",
            Key::By => "by",
            Key::Target => "target",
            Key::Trigger => "trigger",
            Key::With => "with",
            Key::Speaker => "speaker",
            Key::Url => "url",
            Key::Publisher => "publisher",
            Key::File => "file",
            Key::Reason => "reason",
            Key::Stance => "stance",
            Key::Addressee => "addressee",
            Key::Seq => "seq",
            Key::Unnamed => "unnamed",
            Key::Scheduled => "scheduled",
        }
    }

    pub(super) fn from_word(word: &str) -> Option<Key> {
        let word = if word == "disputed-by" {
            "disputed_by"
        } else {
            word
        };
        Key::ALL.into_iter().find(|k| k.spelling() == word)
    }

    /// Whether it takes every word to the end of the line.
    pub fn is_list(self) -> bool {
        matches!(self, Key::Aka | Key::Actor | Key::DisputedBy)
    }

    /// Whether it stands alone, with no value (`unnamed`).
    pub fn is_flag(self) -> bool {
        self == Key::Unnamed
    }

    /// Whether it belongs to the line's citation (`speaker`, `reason`).
    pub fn is_citation(self) -> bool {
        matches!(self, Key::Speaker | Key::Reason)
    }
}

/// Words that are keywords somewhere: written in quotes when they are a
/// name or a text, so that they always read back as what they were.
pub(super) fn reserved(word: &str) -> bool {
    Key::from_word(word).is_some()
        || relation_word(word).is_some()
        || matches!(
            word,
            "on" | "term"
                | "node"
                | "source"
                | "title"
                | "negograph"
                | "extra"
                | "party"
                | "demand"
                | "condition"
                | "proposal"
                | "issue"
        )
}

/// The relation a bare word names, `-` standing for `_` (`part-of`).
pub(super) fn relation_word(word: &str) -> Option<crate::model::Relation> {
    use crate::model::Vocabulary;
    if word.contains('-') {
        crate::model::Relation::parse(&word.replace('-', "_"))
    } else {
        crate::model::Relation::parse(word)
    }
}

/// Node fields.
pub(super) const NODE_KEYS: &[Key] = &[
    Key::Aka,
    Key::Actor,
    Key::Status,
    Key::Since,
    Key::Until,
    Key::Issue,
    Key::Quantity,
    Key::Note,
    Key::Unnamed,
    Key::Scheduled,
];
/// Claim fields.
pub(super) const EDGE_KEYS: &[Key] = &[
    Key::By,
    Key::Target,
    Key::Trigger,
    Key::With,
    Key::Since,
    Key::Until,
    Key::DisputedBy,
    Key::Note,
    Key::Stance,
    Key::Addressee,
    Key::Seq,
];
/// Source fields.
pub(super) const SOURCE_KEYS: &[Key] = &[Key::Url, Key::Publisher, Key::Note, Key::File];

/// One citation as a line writes it.
#[derive(Clone, Debug, Default)]
pub(super) struct Cite {
    pub source: Option<Word>,
    pub quote: Option<Word>,
    pub speaker: Option<Word>,
    pub note: Option<Word>,
    pub reason: Option<Word>,
}

impl Cite {
    pub fn is_empty(&self) -> bool {
        self.source.is_none()
            && self.quote.is_none()
            && self.speaker.is_none()
            && self.reason.is_none()
    }
}

/// What a line says after its leading words.
#[derive(Clone, Debug, Default)]
pub(super) struct Items {
    pub singles: Vec<(Key, Word)>,
    pub lists: Vec<(Key, Vec<Word>)>,
    pub cite: Cite,
}

impl Items {
    pub fn single(&self, key: Key) -> Option<&Word> {
        self.singles.iter().find(|(k, _)| *k == key).map(|(_, w)| w)
    }

    pub fn list(&self, key: Key) -> Option<&[Word]> {
        self.lists
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, w)| w.as_slice())
    }
}

/// A problem with a line: the byte it is at, and what to say.
pub(super) type Fault = (usize, String);

/// Reads `words` as fields of `allowed` and, when `cites`, one citation.
/// On a line that cites, `note` is the citation's.
pub(super) fn items(words: &[Word], allowed: &[Key], cites: bool) -> Result<Items, Fault> {
    let mut out = Items::default();
    let mut notes: Vec<Word> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let key = w.bare().and_then(Key::from_word);
        match key {
            Some(key) if allowed.contains(&key) || (cites && key.is_citation()) => {
                if key.is_flag() {
                    if out.singles.iter().any(|(k, _)| *k == key) {
                        return Err(twice(w));
                    }
                    out.singles.push((key, w.clone()));
                    i += 1;
                    continue;
                }
                if key.is_list() {
                    if out.lists.iter().any(|(k, _)| *k == key) {
                        return Err(twice(w));
                    }
                    // The list runs to the next keyword or source.
                    let end = words[i + 1..]
                        .iter()
                        .position(|r| r.mark == Mark::At || r.bare().is_some_and(reserved))
                        .map_or(words.len(), |k| i + 1 + k);
                    let list = words[i + 1..end].to_vec();
                    if list.is_empty() {
                        return Err((
                            w.start,
                            format!("`{}` needs at least one name after it", w.text),
                        ));
                    }
                    out.lists.push((key, list));
                    i = end;
                    continue;
                }
                let Some(value) = words.get(i + 1) else {
                    return Err((w.start, format!("`{}` needs a value after it", w.text)));
                };
                // A node's name may be several bare words.
                let names_node = matches!(
                    key,
                    Key::By | Key::Target | Key::Trigger | Key::With | Key::Issue | Key::Addressee
                );
                let (value, next) = if names_node {
                    let end = name_end(words, i + 1);
                    (joined(&words[i + 1..end]), end)
                } else {
                    (value.clone(), i + 2)
                };
                let value = &value;
                if key == Key::Note {
                    notes.push(value.clone());
                } else if key.is_citation() {
                    let slot = if key == Key::Speaker {
                        &mut out.cite.speaker
                    } else {
                        &mut out.cite.reason
                    };
                    if slot.is_some() {
                        return Err(twice(w));
                    }
                    *slot = Some(value.clone());
                } else {
                    if out.singles.iter().any(|(k, _)| *k == key) {
                        return Err(twice(w));
                    }
                    out.singles.push((key, value.clone()));
                }
                i = next;
            }
            Some(key) => {
                return Err((
                    w.start,
                    format!(
                        "`{}` does not belong here{}",
                        key.spelling(),
                        allowed_list(allowed, cites)
                    ),
                ));
            }
            None if cites && w.mark == Mark::At => {
                if out.cite.source.is_some() {
                    return Err((
                        w.start,
                        "one citation a line: put the next one on an indented line of its own"
                            .to_owned(),
                    ));
                }
                out.cite.source = Some(w.clone());
                i += 1;
            }
            None if cites && w.quoted && w.mark == Mark::Plain => {
                if out.cite.quote.is_some() {
                    return Err((
                        w.start,
                        "one quote a line: put the next citation on an indented line of its own"
                            .to_owned(),
                    ));
                }
                out.cite.quote = Some(w.clone());
                i += 1;
            }
            None => return Err(unexpected(w, allowed, cites)),
        }
    }
    finish(out, notes, cites)
}

fn finish(mut out: Items, notes: Vec<Word>, cites: bool) -> Result<Items, Fault> {
    // A quote after a list is one more name: when the line then cites
    // without a quote, that name was most likely the quote.
    let cites_no_quote = out.cite.quote.is_none()
        && (out.cite.speaker.is_some() || out.cite.reason.is_some() || out.cite.source.is_some());
    if cites
        && cites_no_quote
        && let Some((key, last)) = out
            .lists
            .iter()
            .find_map(|(k, l)| l.last().filter(|w| w.quoted).map(|w| (k, w)))
    {
        return Err((
            last.start,
            format!(
                "'{}' after `{}` is read as one more name, and this line's citation has no quote: if it is the quote, write it before `{}`",
                crate::terminal::excerpt(&last.text),
                key.spelling(),
                key.spelling()
            ),
        ));
    }
    let mut notes = notes.into_iter();
    let note = notes.next();
    if let Some(second) = notes.next() {
        return Err((
            second.start,
            "`note` is given twice on this line".to_owned(),
        ));
    }
    if let Some(note) = note {
        if cites && !out.cite.is_empty() {
            out.cite.note = Some(note);
        } else {
            out.singles.push((Key::Note, note));
        }
    }
    Ok(out)
}

fn twice(w: &Word) -> Fault {
    (w.start, format!("`{}` is given twice", w.text))
}

fn allowed_list(allowed: &[Key], cites: bool) -> String {
    let mut names: Vec<&str> = allowed.iter().map(|k| k.spelling()).collect();
    if cites {
        names.extend(["@SOURCE", "\"QUOTE\"", "speaker", "reason"]);
    }
    format!(" (here: {})", names.join(", "))
}

/// The message for a word that is no field here, with the likeliest fix.
fn unexpected(w: &Word, allowed: &[Key], cites: bool) -> Fault {
    let hint = if let Some(bare) = w.bare() {
        let near = allowed
            .iter()
            .map(|k| k.spelling())
            .find(|k| crate::resolve::similarity(bare, k) >= 0.85);
        match near {
            Some(k) => format!("; did you mean `{k}`?"),
            None if cites => "; a quote goes in double quotes, a name with spaces too".to_owned(),
            None => allowed_list(allowed, cites),
        }
    } else if w.mark == Mark::At {
        "; a source cannot be cited here".to_owned()
    } else {
        allowed_list(allowed, cites)
    };
    (
        w.start,
        format!("unexpected '{}'{hint}", crate::terminal::excerpt(&w.text)),
    )
}

/// The end of a name that starts at `from`: one quoted or marked word, or
/// bare words up to a keyword or anything else.
pub(super) fn name_end(ws: &[Word], from: usize) -> usize {
    if ws.get(from).is_none_or(|w| w.bare().is_none()) {
        return (from + 1).min(ws.len());
    }
    let mut end = from;
    while ws
        .get(end)
        .and_then(Word::bare)
        .is_some_and(|w| !reserved(w))
    {
        end += 1;
    }
    end.max(from + 1).min(ws.len())
}

/// Several bare words as one name, single spaces between them.
pub(super) fn joined(ws: &[Word]) -> Word {
    let mut first = ws[0].clone();
    for w in &ws[1..] {
        first.text.push(' ');
        first.text.push_str(&w.text);
    }
    first
}
