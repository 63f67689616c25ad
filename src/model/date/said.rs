//! Dates said as the report said them ("on Tuesday", "yesterday", "last
//! week"), resolved from the date of the source that says them.
//!
//! The rule, for past events (what a report tells of): a weekday is the most
//! recent such day on or before the source's date (a report of Thursday
//! 2025-05-08 saying "on Tuesday" means 2025-05-06; one of a Tuesday saying
//! "Tuesday" means that day); "today" is the source's date; "yesterday" the
//! day before; "last week" the week, Monday to Sunday, before the source's
//! week. The source is the claim's first cited one (for a dated status
//! change, its own `source`); it must be dated to a day. Nothing else is
//! guessed: without such a source the words stay unresolved and `check`
//! says so.

use super::{Date, Vocabulary};
use crate::model::{Document, Lenient};

/// The words a date was said in, and how many days before the source's
/// date the day found lies (for a week, its Monday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Said {
    word: Word,
    back: u8,
}

/// Words that name a day or a week relative to the source's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Word {
    /// A day of the week, 0 for Monday to 6 for Sunday.
    Weekday(u8),
    /// The source's own day.
    Today,
    /// The day before the source's.
    Yesterday,
    /// The week before the source's.
    LastWeek,
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The day names in full, Monday first (for readers that correct a typo).
pub fn weekday_names() -> impl Iterator<Item = &'static str> {
    WEEKDAYS.into_iter()
}

/// The weekday a word names in full, any case ("Tuesday": 1, Monday being
/// 0), for readers of questions and reports; the one list of day names.
pub fn weekday_number(word: &str) -> Option<u8> {
    let i = WEEKDAYS.iter().position(|d| d.eq_ignore_ascii_case(word))?;
    u8::try_from(i).ok()
}

impl Word {
    /// The words as the file writes them.
    pub fn as_str(self) -> &'static str {
        match self {
            Word::Weekday(d) => WEEKDAYS[usize::from(d % 7)],
            Word::Today => "today",
            Word::Yesterday => "yesterday",
            Word::LastWeek => "last week",
        }
    }

    /// What the words resolve to, for messages.
    pub fn rule(self) -> &'static str {
        match self {
            Word::Weekday(_) => "the most recent such weekday on or before that date",
            Word::Today => "that date itself",
            Word::Yesterday => "the day before that date",
            Word::LastWeek => "the week, Monday to Sunday, before that date's week",
        }
    }

    /// The words, any case, with single spaces; "on Tuesday" reads as "Tuesday".
    fn parse(text: &str) -> Option<Word> {
        let text = text.trim();
        let text = text
            .get(..3)
            .filter(|p| p.eq_ignore_ascii_case("on "))
            .map_or(text, |_| &text[3..]);
        if let Some(d) = weekday_number(text) {
            return Some(Word::Weekday(d));
        }
        [Word::Today, Word::Yesterday, Word::LastWeek]
            .into_iter()
            .find(|w| w.as_str().eq_ignore_ascii_case(text))
    }

    /// The code packed edges store (1 to 10; 0 is "not said").
    fn code(self) -> u8 {
        match self {
            Word::Weekday(d) => 1 + d % 7,
            Word::Today => 8,
            Word::Yesterday => 9,
            Word::LastWeek => 10,
        }
    }
}

impl Said {
    /// The words `text` says a date in, when it is such words.
    pub fn parse(text: &str) -> Option<Word> {
        Word::parse(text)
    }

    /// The words, as the file writes them.
    pub fn word(self) -> &'static str {
        self.word.as_str()
    }

    /// Which words they were.
    pub fn kind(self) -> Word {
        self.word
    }

    /// Days from the day found (a week's Monday) to the source's date.
    pub fn back(self) -> u8 {
        self.back
    }

    /// Whether the words name a week.
    pub(super) fn is_week(self) -> bool {
        self.word == Word::LastWeek
    }

    /// The packed form: the word's code in the high four bits, `back` in
    /// the low four (it is at most 13).
    pub(crate) fn pack(self) -> u8 {
        self.word.code() << 4 | self.back
    }

    /// The inverse of [`Said::pack`]; `None` for 0 (not said).
    pub(crate) fn unpack(bits: u8) -> Option<Said> {
        let word = match bits >> 4 {
            d @ 1..=7 => Word::Weekday(d - 1),
            8 => Word::Today,
            9 => Word::Yesterday,
            10 => Word::LastWeek,
            _ => return None,
        };
        Some(Said {
            word,
            back: bits & 0x0f,
        })
    }
}

impl Date {
    /// Day 0 (Monday) to 6 (Sunday) of the week of the date's first day.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        (self.days_since_epoch() + 3).rem_euclid(7) as u8
    }
}

/// The date `text` says, resolved from the source's date `source`, when
/// `text` is such words and `source` names one day.
pub fn resolve(text: &str, source: Date) -> Option<Date> {
    let word = Word::parse(text)?;
    if !source.is_day() || source.said.is_some() {
        return None;
    }
    let today = source.weekday();
    let back = match word {
        Word::Weekday(d) => (today + 7 - d) % 7,
        Word::Today => 0,
        Word::Yesterday => 1,
        Word::LastWeek => today + 7,
    };
    let day = source.plus_days(-i64::from(back));
    Some(Date {
        said: Some(Said { word, back }),
        ..day
    })
}

/// Whether some date of `doc` is said in words not yet resolved: what
/// [`resolve_document`] looks for first. Linear in the edges.
pub fn has_words(doc: &Document) -> bool {
    let unresolved = |d: Option<Lenient<Date>>| matches!(&d, Some(Lenient::Unknown(text)) if Word::parse(text).is_some());
    doc.edges
        .iter()
        .any(|e| unresolved(e.since()) || unresolved(e.until()))
        || doc.nodes.iter().any(|n| {
            n.status_history()
                .iter()
                .any(|c| unresolved(Some(c.on.clone())))
        })
}

/// Resolves, in place, every date of `doc` said in words ("Tuesday") whose
/// source is dated to a day: claims by their first cited source, dated
/// status changes by theirs. What cannot be resolved stays as written, for
/// `check` to report. Returns how many were resolved. Linear in the edges; a
/// file without such words is only read.
pub fn resolve_document(doc: &mut Document) -> usize {
    if !has_words(doc) {
        return 0;
    }
    let dates: foldhash::HashMap<&str, Date> = doc
        .sources
        .iter()
        .filter_map(|s| Some((s.id.as_str(), s.date.as_ref()?.known()?)))
        .collect();
    let day_of = |source: Option<&str>, text: &str| resolve(text, *dates.get(source?)?);
    let mut resolved = 0;
    let mut found: Vec<(usize, [Option<Date>; 2])> = Vec::new();
    for (i, edge) in doc.edges.iter().enumerate() {
        let source = edge.citations().find_map(|c| c.source).map(|s| &**s);
        let mut days = [None; 2];
        for (slot, date) in days.iter_mut().zip([edge.since(), edge.until()]) {
            if let Some(Lenient::Unknown(text)) = date {
                *slot = day_of(source, &text);
            }
        }
        if days.iter().any(Option::is_some) {
            found.push((i, days));
        }
    }
    let mut changed: Vec<(usize, usize, Date)> = Vec::new();
    for (i, node) in doc.nodes.iter().enumerate() {
        for (j, change) in node.status_history().iter().enumerate() {
            if let Lenient::Unknown(text) = &change.on
                && let Some(day) = day_of(change.source.as_deref(), text)
            {
                changed.push((i, j, day));
            }
        }
    }
    for (i, [since, until]) in found {
        resolved += usize::from(since.is_some()) + usize::from(until.is_some());
        doc.edges[i].update(|f| {
            if let Some(day) = since {
                f.since = Some(Lenient::Known(day));
            }
            if let Some(day) = until {
                f.until = Some(Lenient::Known(day));
            }
        });
    }
    for (i, j, day) in changed {
        resolved += 1;
        doc.nodes[i].more_mut().status_history[j].on = Lenient::Known(day);
    }
    resolved
}

/// Whether a date, as written, needs format 1.2: a month, a year, or a
/// source's words rather than a day.
pub fn needs_1_2(date: &Lenient<Date>) -> bool {
    match date {
        Lenient::Known(d) => d.said.is_some() || !d.is_day(),
        Lenient::Unknown(text) => Word::parse(text).is_some(),
    }
}

/// A date as a claim may write it: a day, month or year, or a source's
/// words ("Tuesday"), kept as written for [`resolve_document`]. What the
/// command line's date options read.
///
/// # Errors
///
/// What [`Date::explain`] says, when `text` is none of these.
pub fn written(text: &str) -> Result<Lenient<Date>, String> {
    match <Date as Vocabulary>::parse(text) {
        Some(day) => Ok(Lenient::Known(day)),
        None => match Word::parse(text) {
            Some(word) => Ok(Lenient::Unknown(Box::new(word.as_str().to_owned()))),
            None => {
                let (msg, help) = Date::explain(text);
                Err(format!("{msg}; {help}"))
            }
        },
    }
}

/// `date`, its words resolved from the date of `source` in `doc` when it
/// is dated to a day; otherwise as it was.
pub fn resolve_from(doc: &Document, date: Lenient<Date>, source: Option<&str>) -> Lenient<Date> {
    let Lenient::Unknown(text) = &date else {
        return date;
    };
    source
        .and_then(|id| doc.sources.iter().find(|s| s.id == id))
        .and_then(|s| s.date.as_ref()?.known())
        .and_then(|day| resolve(text, day))
        .map_or(date, Lenient::Known)
}
