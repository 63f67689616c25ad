//! Calendar dates in a question: "2025-05-10", "May 10th", "10 May",
//! "in March 2025", "the end of April", "in 2024".

use super::super::words::{self, Word};
use crate::model::Date;

pub(super) fn month(word: &str) -> Option<u8> {
    if let Some(n) = crate::model::month_number(word) {
        return Some(n);
    }
    // Three-letter and common short forms: "Mar", "Sept". "may" is already whole.
    let short = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];
    let months = [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];
    short.iter().position(|s| *s == word).map(|i| months[i])
}

fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Which third of a month a word names: "early" (days 1-10), "mid" (11-20),
/// "late" (21 to the end).
pub(super) fn third_of_month(word: &str) -> Option<u8> {
    match word {
        "early" => Some(0),
        "mid" | "middle" => Some(1),
        "late" => Some(2),
        _ => None,
    }
}

/// A day of the month: "10", "10th", "1st", "22nd", "3rd".
pub(super) fn day_of_month(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

pub(super) fn year(word: &str) -> Option<u16> {
    (word.len() == 4)
        .then(|| word.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1900..=2199).contains(y))
}

pub(super) fn last_day_of_month(year: u16, month: u8) -> Date {
    (28..=31)
        .rev()
        .find_map(|d| Date::new(year, month, d))
        .expect("every month has 28 days")
}

/// A calendar expression starting at word `i`: the days it covers and how
/// many words it takes.
pub(super) fn calendar(
    w: &[Word],
    i: usize,
    text: &str,
    newest: Date,
) -> Option<((Date, Date), usize)> {
    let word = |k: usize| w.get(k).map(|x| x.text.as_str());
    let (this_year, _, _) = newest.parts();
    // "the start of May", "the end of March 2025": its first or last day.
    if let (Some(edge @ ("start" | "beginning" | "end")), Some("of")) = (word(i), word(i + 1))
        && let Some(((first, last), used)) = calendar(w, i + 2, text, newest)
    {
        let day = if edge == "end" { last } else { first };
        return Some(((day, day), used + 2));
    }
    // "Tuesday 29 April", "Tuesday, April 29": the date says the day, and
    // its weekday only repeats it (read alone, "Tuesday" would be the
    // graph's last Tuesday and drop the date).
    if word(i).is_some_and(is_weekday) {
        let the = usize::from(word(i + 1) == Some("the"));
        if let Some(((first, last), used)) = calendar(w, i + 1 + the, text, newest)
            && first == last
        {
            return Some(((first, last), used + 1 + the));
        }
    }
    // "since early Feb", "in mid-March", "by late May 2025": a third of
    // the month, after a word that makes it a date ("past mid-May" is in
    // a position's label, as "May" alone is no month).
    if let Some(third) = word(i).and_then(third_of_month)
        && i > 0
        && matches!(
            word(i - 1),
            Some("in" | "during" | "since" | "until" | "till" | "by" | "before" | "from")
        )
        && let Some(m) = word(i + 1).and_then(month)
    {
        let (y, used) = match word(i + 2).and_then(year) {
            Some(y) => (y, 3),
            None => (this_year, 2),
        };
        let last = last_day_of_month(y, m);
        let (from, to) = match third {
            0 => (Date::new(y, m, 1)?, Date::new(y, m, 10)?),
            1 => (Date::new(y, m, 11)?, Date::new(y, m, 20)?),
            _ => (Date::new(y, m, 21)?, last),
        };
        return Some(((from, to), used));
    }
    // "the first of the month", "the start of the month": the first day of
    // the newest source's month (the month a reader is in).
    if let (Some("first" | "1st" | "start" | "beginning"), Some("of"), Some("the"), Some("month")) =
        (word(i), word(i + 1), word(i + 2), word(i + 3))
    {
        let (y, m, _) = newest.parts();
        let day = Date::new(y, m, 1)?;
        return Some(((day, day), 4));
    }
    // 2025-05-10 (or 2025/05/10): three numbers joined by one separator.
    if let (Some(y), Some(m), Some(d)) = (word(i).and_then(year), word(i + 1), word(i + 2)) {
        let joined = |a: usize, b: usize| {
            let gap = words::between(text, &w[a], &w[b]);
            gap == "-" || gap == "/"
        };
        if m.len() == 2 && d.len() == 2 && joined(i, i + 1) && joined(i + 1, i + 2) {
            let day = Date::new(y, m.parse().ok()?, d.parse().ok()?)?;
            return Some(((day, day), 3));
        }
    }
    // May 10 [2025], May 10th, [2025]
    if let Some(m) = word(i).and_then(month) {
        if let Some(d) = word(i + 1).and_then(day_of_month) {
            let (y, used) = match word(i + 2).and_then(year) {
                Some(y) => (y, 3),
                None => (this_year, 2),
            };
            let day = Date::new(y, m, d)?;
            return Some(((day, day), used));
        }
        // "May" alone is too common a word to be a month; "in May" is one.
        let (y, used) = match word(i + 1).and_then(year) {
            Some(y) => (y, 2),
            None if i > 0
                && matches!(
                    word(i - 1),
                    Some(
                        "in" | "during"
                            | "of"
                            | "since"
                            | "until"
                            | "till"
                            | "by"
                            | "before"
                            | "after"
                    )
                ) =>
            {
                (this_year, 1)
            }
            None => return None,
        };
        return Some(((Date::new(y, m, 1)?, last_day_of_month(y, m)), used));
    }
    // 10 May [2025], 10th of May
    if let Some(d) = word(i).and_then(day_of_month) {
        let of = usize::from(word(i + 1) == Some("of"));
        if let Some(m) = word(i + 1 + of).and_then(month) {
            let (y, used) = match word(i + 2 + of).and_then(year) {
                Some(y) => (y, 3 + of),
                None => (this_year, 2 + of),
            };
            let day = Date::new(y, m, d)?;
            return Some(((day, day), used));
        }
    }
    // A year, after a word that makes it one ("in 2024", "since 2023").
    if let Some(y) = word(i).and_then(year)
        && i > 0
        && matches!(
            word(i - 1),
            Some(
                "in" | "during"
                    | "of"
                    | "since"
                    | "until"
                    | "by"
                    | "before"
                    | "after"
                    | "from"
                    | "between"
                    | "and"
                    | "to"
            )
        )
    {
        return Some(((Date::new(y, 1, 1)?, Date::new(y, 12, 31)?), 1));
    }
    None
}

/// "Since the 10th", "on the 3rd": a day of the month with its ordinal
/// ending, after "the", and nothing it could be the rank of ("the 3rd
/// round") after it. Read in the month of the graph's newest source (the
/// month before when that day is still to come in it), with a note saying
/// which day it was read as.
pub(super) fn ordinal_day(w: &[Word], i: usize, newest: Date) -> Option<((Date, Date), String)> {
    let word = |k: usize| w.get(k).map(|x| x.text.as_str());
    let typed = word(i)?;
    if i == 0 || word(i - 1) != Some("the") || typed.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n = day_of_month(typed)?;
    if let Some(next) = word(i + 1)
        && !words::is_stopword(next)
        && !matches!(next, "and" | "to" | "until" | "till" | "through")
    {
        return None;
    }
    let (y, m, d) = newest.parts();
    let (y, m) = match (n <= d, m) {
        (true, _) => (y, m),
        (false, 1) => (y - 1, 12),
        (false, m) => (y, m - 1),
    };
    let day = Date::new(y, m, n)?;
    let note = if n <= d {
        format!("read 'the {typed}' as {day}, in the month of the graph's newest source ({newest})")
    } else {
        format!(
            "read 'the {typed}' as {day}, in the month before that of the graph's newest source ({newest}), whose {typed} is still to come"
        )
    };
    Some(((day, day), note))
}
