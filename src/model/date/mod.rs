//! Calendar dates as the file spells them, and inclusive spans of them.
//!
//! A date names a day (`2025-05-11`), or only a month (`2025-05`) or a year
//! (`2025`) when the report says no more (format 1.2): it then stands for
//! every day of that span, and its precision is kept, never filled in with a
//! made-up day. A date may also be said as the report said it ("Tuesday",
//! "yesterday", "last week"), resolved from the date of the source citing it
//! (see [`said`]); the day found is inferred, and shown as such.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

use super::Vocabulary;

pub mod said;

pub use said::{Said, weekday_names, weekday_number};

/// A calendar date: a day, or a whole month or year when that is all the
/// source says. `month` 0 stands for "the year only", `day` 0 for "the month
/// only". Two dates are equal when they name the same span; how the source
/// said it ([`Date::said`]) does not count.
#[derive(Clone, Copy, Debug)]
pub struct Date {
    pub(super) year: u16,
    pub(super) month: u8,
    pub(super) day: u8,
    pub(super) said: Option<Said>,
}

/// How much of a date the source gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// The year alone (`2025`).
    Year,
    /// A month (`2025-03`).
    Month,
    /// A week, Monday to Sunday ("last week").
    Week,
    /// A day.
    Day,
}

impl Precision {
    /// The word the exports write.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Week => "week",
            Precision::Day => "day",
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month names in full, January first (for readers that correct a typo).
pub fn month_names() -> impl Iterator<Item = &'static str> {
    MONTHS.into_iter()
}

/// The month a word names in full ("March", "march": 3), for readers of
/// questions and reports; the one list of month names.
pub fn month_number(word: &str) -> Option<u8> {
    let i = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(word))?;
    u8::try_from(i + 1).ok()
}

/// The month a report's abbreviation names ("Aug", "aug", "Sept": 8, 9):
/// the first three letters of a month's name, and "Sept".
///
/// ```
/// use negograph::model::month_abbreviation;
/// assert_eq!(month_abbreviation("Aug"), Some(8));
/// assert_eq!(month_abbreviation("sept"), Some(9));
/// assert_eq!(month_abbreviation("August"), None); // the full name: month_number
/// assert_eq!(month_abbreviation("Mon"), None);
/// ```
pub fn month_abbreviation(word: &str) -> Option<u8> {
    if word.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    let i = MONTHS
        .iter()
        .position(|m| word.len() == 3 && m[..3].eq_ignore_ascii_case(word))?;
    u8::try_from(i + 1).ok()
}

impl Date {
    /// The day, or `None` when it does not exist (month 13, 30 February,
    /// 29 February of a common year).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        (year <= 9999 && day >= 1 && day <= days_in_month(year, month)?).then_some(Date {
            year,
            month,
            day,
            said: None,
        })
    }

    /// A whole month, `YYYY-MM`, or `None` when there is no such month.
    pub fn month_of(year: u16, month: u8) -> Option<Date> {
        (year <= 9999 && (1..=12).contains(&month)).then_some(Date {
            year,
            month,
            day: 0,
            said: None,
        })
    }

    /// A whole year, `YYYY`.
    pub fn year_of(year: u16) -> Option<Date> {
        (year <= 9999).then_some(Date {
            year,
            month: 0,
            day: 0,
            said: None,
        })
    }

    /// How much the date gives: a day, a week, a month or a year.
    pub fn precision(self) -> Precision {
        if self.month == 0 {
            Precision::Year
        } else if self.day == 0 {
            Precision::Month
        } else if self.said.is_some_and(Said::is_week) {
            Precision::Week
        } else {
            Precision::Day
        }
    }

    /// Whether the date names one day.
    pub fn is_day(self) -> bool {
        self.precision() == Precision::Day
    }

    /// How the source said it, when the day was inferred from its words.
    pub fn said(self) -> Option<Said> {
        self.said
    }

    /// The first day of the span the date names (itself for a day).
    pub fn first_day(self) -> Date {
        let said = None;
        match self.precision() {
            Precision::Year => Date {
                month: 1,
                day: 1,
                said,
                ..self
            },
            Precision::Month => Date {
                day: 1,
                said,
                ..self
            },
            Precision::Week | Precision::Day => Date { said, ..self },
        }
    }

    /// The last day of the span the date names (itself for a day).
    pub fn last_day(self) -> Date {
        match self.precision() {
            Precision::Year => Date::new(self.year, 12, 31).unwrap_or(self),
            Precision::Month => days_in_month(self.year, self.month)
                .and_then(|d| Date::new(self.year, self.month, d))
                .unwrap_or(self),
            Precision::Week => self.first_day().plus_days(6),
            Precision::Day => Date { said: None, ..self },
        }
    }

    /// Whether `day` (a day, or the first day of a span) falls within this
    /// date's span: for a day, whether they are the same day.
    pub fn covers(self, day: Date) -> bool {
        self.first_day() <= day.first_day() && day.last_day() <= self.last_day()
    }

    /// The date for people: a day as `2025-05-06`, a month as `March 2025`,
    /// a year as `2025`, a week as `the week of 2025-04-28`; an inferred day
    /// says so, with the words and the source's date it came from
    /// (`2025-05-06 (inferred from 'Tuesday', source dated 2025-05-08)`).
    pub fn in_words(self) -> String {
        let plain = match self.precision() {
            Precision::Year => format!("{:04}", self.year),
            Precision::Month => {
                format!("{} {:04}", MONTHS[usize::from(self.month) - 1], self.year)
            }
            Precision::Week => format!("the week of {}", self.first_day()),
            Precision::Day => self.first_day().to_string(),
        };
        match self.said {
            Some(said) => format!(
                "{plain} (inferred from '{}', source dated {})",
                said.word(),
                self.first_day().plus_days(i64::from(said.back()))
            ),
            None => plain,
        }
    }

    /// For a date that is not a plain day: what a reader must know, in
    /// words ("dated only to March 2025", "2025-05-06 (inferred from
    /// 'Tuesday', source dated 2025-05-08)"). `None` for a day as written.
    pub fn loose_words(self) -> Option<String> {
        match (self.precision(), self.said) {
            (Precision::Day, None) => None,
            (Precision::Day, Some(_)) => Some(self.in_words()),
            (Precision::Year, _) => Some(format!("dated only to the year {}", self.in_words())),
            _ => Some(format!("dated only to {}", self.in_words())),
        }
    }

    /// The day after this one (the last day there is stays itself); for a
    /// span, the day after its last.
    pub fn next_day(self) -> Date {
        let last = self.last_day();
        Date::new(last.year, last.month, last.day + 1)
            .or_else(|| Date::new(last.year, last.month + 1, 1))
            .or_else(|| last.year.checked_add(1).and_then(|y| Date::new(y, 1, 1)))
            .unwrap_or(last)
    }

    /// Today's date in UTC: queries see the graph as of this day unless told otherwise.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// Days since 1970-01-01 (negative before) of the date's first day: the
    /// inverse of `Date::from_days_since_epoch` (private), for counting days
    /// between dates.
    pub fn days_since_epoch(self) -> i64 {
        let first = self.first_day();
        let (y, m, d) = (
            i64::from(first.year),
            i64::from(first.month),
            i64::from(first.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after this one's first day (before it when negative),
    /// kept within years 1 to 9999.
    pub fn plus_days(self, days: i64) -> Date {
        let lowest = Date::new(1, 1, 1).map_or(0, Date::days_since_epoch);
        let highest = Date::new(9999, 12, 31).map_or(0, Date::days_since_epoch);
        Date::from_days_since_epoch(
            self.days_since_epoch()
                .saturating_add(days)
                .clamp(lowest, highest),
        )
    }

    /// The year, month (1 to 12; 0 for a year alone) and day of the month
    /// (0 for a month or year alone).
    pub fn parts(self) -> (u16, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// What orders dates: a span's first day, then wider spans before
    /// narrower ones (March 2025 before 1 March 2025).
    fn key(self) -> (u16, u8, u8, Precision) {
        let first = self.first_day();
        (first.year, first.month, first.day, self.precision())
    }

    /// Howard Hinnant's civil-from-days: exact for the proleptic Gregorian calendar.
    fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date {
            year,
            month,
            day,
            said: None,
        }
    }

    /// Why `text` is not a date, and what to write instead: for `check`.
    pub fn explain(text: &str) -> (String, String) {
        let shapes = "write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-05-11, 2025-05 or 2025";
        if let Some(said) = Said::parse(text) {
            return (
                format!(
                    "'{text}' says the day as the report did; it is resolved from the date of the source cited first ({}), but there is no such source dated to a day",
                    said.rule()
                ),
                "cite a source that has a date (YYYY-MM-DD), or write the day itself, e.g. 2025-05-06".to_owned(),
            );
        }
        let digits: Vec<&str> = text.split('-').collect();
        if digits.len() >= 2
            && digits.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
            && let Ok(month) = digits[1].parse::<u8>()
            && !(1..=12).contains(&month)
        {
            return (
                format!("'{text}' is not a valid date: there is no month {month}"),
                format!("months run from 01 to 12; {shapes}"),
            );
        }
        (
            format!("'{text}' is not a valid date"),
            format!(
                "{shapes}, or a weekday, 'yesterday', 'today' or 'last week' resolved from the cited source's date"
            ),
        )
    }
}

/// The days of `month` in `year`, or `None` when there is no such month.
fn days_in_month(year: u16, month: u8) -> Option<u8> {
    Some(match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => return None,
    })
}

impl PartialEq for Date {
    fn eq(&self, other: &Date) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Date {}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Date) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Date) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl Hash for Date {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl Vocabulary for Date {
    const WHAT: &'static str = "date";
    /// A day, month or year in ISO form. Words such as "Tuesday" need the
    /// source's date, so they are read by [`said::resolve`], not here.
    fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b[r.clone()].iter().all(u8::is_ascii_digit).then(|| {
                b[r].iter()
                    .fold(0u16, |acc, d| acc * 10 + u16::from(d - b'0'))
            })
        };
        match b.len() {
            4 => Date::year_of(digits(0..4)?),
            7 if b[4] == b'-' => Date::month_of(digits(0..4)?, digits(5..7)? as u8),
            10 if b[4] == b'-' && b[7] == b'-' => {
                Date::new(digits(0..4)?, digits(5..7)? as u8, digits(8..10)? as u8)
            }
            _ => None,
        }
    }
    fn spelling(self) -> Cow<'static, str> {
        match self.said {
            Some(said) => Cow::Borrowed(said.word()),
            None => Cow::Owned(self.to_string()),
        }
    }
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        <Date as Vocabulary>::parse(s).ok_or_else(|| {
            format!("'{s}' is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY), e.g. 2025-05-11")
        })
    }
}

/// The date as known, in ISO form: `2025-05-06`, `2025-03`, `2025`, and a
/// week as `2025-W18`. An inferred day is written as the day found; the
/// file keeps the source's words ([`Vocabulary::spelling`]).
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision() {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Week => {
                let (year, week) = self.iso_week();
                write!(f, "{year:04}-W{week:02}")
            }
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

impl Date {
    /// The ISO 8601 year and week of the week this day begins (a Monday).
    fn iso_week(self) -> (u16, i64) {
        let thursday = self.first_day().plus_days(3);
        let jan1 = Date::new(thursday.year, 1, 1).map_or(0, Date::days_since_epoch);
        (thursday.year, (thursday.days_since_epoch() - jan1) / 7 + 1)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Date")
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|[A-Za-z]+( [A-Za-z]+)?)$",
            "description": "An ISO date, YYYY-MM-DD; or, format 1.2, a month (YYYY-MM) or a year (YYYY) when the source says no more, or the day as the report said it (a weekday such as 'Tuesday', 'today', 'yesterday', 'last week'), resolved from the date of the source cited first. since and until are inclusive."
        })
    }
}

/// An inclusive span of days; either end may be open.
///
/// An end dated only to a month, year or week is read widely: the span
/// starts on that span's first day and ends on its last, so that a view
/// never drops a claim that may hold; [`Interval::unsure_on`] says when it
/// may not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Interval {
    /// The first day (`None`: from the beginning).
    pub since: Option<Date>,
    /// The last day, included (`None`: still holding).
    pub until: Option<Date>,
}

impl Interval {
    /// Whether the span may hold on `day` (both ends included; a `day` that
    /// is itself a month or year is read as its last day, "as things stood
    /// at the end of March").
    pub fn contains(&self, day: Date) -> bool {
        let day = day.last_day();
        self.since.is_none_or(|s| s.first_day() <= day)
            && self.until.is_none_or(|u| day <= u.last_day())
    }

    /// The end of the span dated too loosely to tell whether it holds on
    /// `day`: a `since` or `until` whose month, year or week takes in `day`
    /// without being sure of it. `None` when the answer is sure.
    pub fn unsure_on(&self, day: Date) -> Option<Date> {
        let day = day.last_day();
        let since = self
            .since
            .filter(|s| !s.is_day() && s.first_day() <= day && day < s.last_day());
        let until = self
            .until
            .filter(|u| !u.is_day() && u.first_day() < day && day <= u.last_day());
        since.or(until)
    }

    /// The days both spans hold: the later start, the earlier end (compared
    /// by the first and last days of loosely dated ends).
    #[must_use]
    pub fn meet(self, other: Interval) -> Interval {
        let since = match (self.since, other.since) {
            (Some(a), Some(b)) => Some(if b.first_day() > a.first_day() { b } else { a }),
            (a, b) => a.or(b),
        };
        let until = match (self.until, other.until) {
            (Some(a), Some(b)) => Some(if b.last_day() < a.last_day() { b } else { a }),
            (a, b) => a.or(b),
        };
        Interval { since, until }
    }

    /// What a reader must know of the span's loosely dated ends, in words
    /// ("since dated only to March 2025"); `None` when both are days as written.
    pub fn loose_words(&self) -> Option<String> {
        let ends: Vec<String> = [("since", self.since), ("until", self.until)]
            .into_iter()
            .filter_map(|(end, d)| Some(format!("{end} {}", d?.loose_words()?)))
            .collect();
        (!ends.is_empty()).then(|| ends.join("; "))
    }

    /// Whether the span holds on no day at all (it ends before it starts).
    pub fn is_empty(&self) -> bool {
        matches!((self.since, self.until), (Some(s), Some(u)) if u.last_day() < s.first_day())
    }
}

#[cfg(test)]
mod tests;
