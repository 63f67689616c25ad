//! Days counted from the graph's newest source: back ("yesterday", "last
//! week", "3 days ago", "Sunday") or, in a question about the future,
//! forward ("tomorrow", "next Thursday").

use super::super::words::Word;
use super::calendar::last_day_of_month;
use crate::model::Date;

/// Days back from the newest for "N days / weeks / months ago", "a week ago".
pub(super) fn ago(w: &[Word], i: usize, newest: Date) -> Option<(Date, usize)> {
    let word = |k: usize| w.get(k).map(|x| x.text.as_str());
    let count: i64 = match word(i)? {
        "a" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        n => n.parse().ok().filter(|n| (1..=3650).contains(n))?,
    };
    let unit = match word(i + 1)? {
        "day" | "days" => 1,
        "week" | "weeks" => 7,
        "fortnight" | "fortnights" => 14,
        "month" | "months" => 30,
        "year" | "years" => 365,
        _ => return None,
    };
    (word(i + 2)? == "ago").then(|| (newest.plus_days(-count * unit), 3))
}

/// A relative day or span at word `i`: "yesterday", "last week", "this month".
pub(super) fn relative(w: &[Word], i: usize, newest: Date) -> Option<((Date, Date), Date, usize)> {
    let word = |k: usize| w.get(k).map(|x| x.text.as_str());
    // "Sunday", "last Friday": the newest such day up to the newest source.
    let last = matches!(word(i), Some("last" | "past"));
    if let Some(wanted) = weekday(word(i + usize::from(last))) {
        // 1970-01-01 was a Thursday.
        let today = newest.days_since_epoch().rem_euclid(7);
        // "Monday" of a graph whose newest source is a Monday is that day;
        // "last Monday" the one before.
        let back = match (today + 7 - wanted) % 7 {
            0 if last => 7,
            n => n,
        };
        let d = newest.plus_days(-back);
        return Some(((d.plus_days(-1), d), d, 1 + usize::from(last)));
    }
    match (word(i)?, word(i + 1)) {
        ("yesterday", _) => {
            let d = newest.plus_days(-1);
            Some(((d.plus_days(-1), d), d, 1))
        }
        // "This week": since its Monday, so from the Sunday before it (a
        // Monday's "this week" is that day alone).
        ("this", Some("week")) => {
            let monday = newest.plus_days(-(newest.days_since_epoch() + 3).rem_euclid(7));
            Some(((monday.plus_days(-1), newest), newest, 2))
        }
        // "Last week" alone is the calendar week before the newest
        // source's (Monday to Sunday), as a report's "last week" is read
        // when a graph is drafted; "the last week", "the past week", "past
        // week" are the seven days to the newest source.
        ("last", Some("week")) if i == 0 || word(i - 1) != Some("the") => {
            let monday = newest.plus_days(-(newest.days_since_epoch() + 3).rem_euclid(7));
            let sunday = monday.plus_days(-1);
            Some(((sunday.plus_days(-7), sunday), sunday, 2))
        }
        ("last" | "past", Some("week")) => {
            let d = newest.plus_days(-7);
            Some(((d, newest), d, 2))
        }
        // "Over the weekend": since the Friday before the newest weekend
        // up to the newest source (a Monday's weekend is the two days
        // before it; a Sunday's, that day and the Saturday).
        ("the" | "this" | "last" | "past", Some("weekend")) => {
            let sunday = newest.plus_days(-(newest.days_since_epoch() + 4).rem_euclid(7));
            let saturday = sunday.plus_days(-1);
            Some(((saturday.plus_days(-1), newest), saturday, 2))
        }
        ("last" | "past", Some("month")) => {
            let (y, m, _) = newest.parts();
            let (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
            let end = last_day_of_month(y, m);
            Some(((Date::new(y, m, 1)?.plus_days(-1), end), end, 2))
        }
        ("this", Some("month")) => {
            let (y, m, _) = newest.parts();
            Some(((Date::new(y, m, 1)?.plus_days(-1), newest), newest, 2))
        }
        ("last" | "past" | "this", Some("fortnight")) => {
            let d = newest.plus_days(-14);
            Some(((d, newest), d, 2))
        }
        // "The last couple of days", "the past couple of weeks": two.
        ("last" | "past", Some("couple")) if word(i + 2) == Some("of") => {
            let (back, used) = ago_count(Some("two"), word(i + 3))?;
            let d = newest.plus_days(-back);
            Some(((d, newest), d, 2 + used))
        }
        ("last" | "past", Some(_)) => {
            // "the last 10 days", "past two weeks"
            let (back, used) = ago_count(word(i + 1), word(i + 2))?;
            let d = newest.plus_days(-back);
            Some(((d, newest), d, 1 + used))
        }
        _ => None,
    }
}

pub(super) fn ago_count(n: Option<&str>, unit: Option<&str>) -> Option<(i64, usize)> {
    let count: i64 = match n? {
        "two" => 2,
        "three" => 3,
        "few" => 3,
        n => n.parse().ok().filter(|n| (1..=3650).contains(n))?,
    };
    let unit = match unit? {
        "days" => 1,
        "weeks" => 7,
        "fortnights" => 14,
        "months" => 30,
        _ => return None,
    };
    Some((count * unit, 2))
}

/// Words that put a question in the future ("will Putin come on Thursday?").
const FUTURE: &[&str] = &[
    "will", "shall", "going", "gonna", "upcoming", "coming", "next",
];

/// The weekday a word names, counted from Thursday (1970-01-01 was one).
pub(super) fn weekday(word: Option<&str>) -> Option<i64> {
    word.and_then(crate::model::weekday_number)
        .map(|monday_first| (i64::from(monday_first) + 4) % 7)
}

/// A day after the newest source at word `i`: "tomorrow", "next week",
/// "next Thursday", or a weekday in a question about the future: the
/// first such day after the newest source, and the words it takes.
pub(super) fn ahead(w: &[Word], i: usize, newest: Date) -> Option<(Date, usize)> {
    let word = |k: usize| w.get(k).map(|x| x.text.as_str());
    match (word(i)?, word(i + 1)) {
        ("tomorrow", _) => return Some((newest.plus_days(1), 1)),
        ("next", Some("week")) => return Some((newest.plus_days(7), 2)),
        _ => {}
    }
    let lead = usize::from(matches!(word(i), Some("next" | "coming" | "come")));
    let wanted = weekday(word(i + lead))?;
    // "Where do things stand on Thursday if nothing changes?": ahead.
    let unchanged = w.windows(2).any(|p| {
        matches!(p[0].text.as_str(), "if" | "assuming" | "provided")
            && matches!(p[1].text.as_str(), "nothing" | "nobody" | "no")
    });
    let future = lead > 0 || unchanged || w.iter().any(|x| FUTURE.contains(&x.text.as_str()));
    if !future {
        return None;
    }
    // "Next Friday the 16th": the day of the month says which Friday.
    let at = i + lead + 1;
    let article = usize::from(word(at) == Some("the"));
    if let Some(n) = word(at + article).and_then(ordinal) {
        let (y, m, d) = newest.parts();
        let (y, m) = match (n > d, m) {
            (true, _) => (y, m),
            (false, 12) => (y + 1, 1),
            (false, m) => (y, m + 1),
        };
        if let Some(day) = Date::new(y, m, n) {
            return Some((day, lead + 2 + article));
        }
    }
    let today = newest.days_since_epoch().rem_euclid(7);
    let forward = match (wanted + 7 - today) % 7 {
        0 => 7,
        n => n,
    };
    Some((newest.plus_days(forward), lead + 1))
}

/// The day a word like "16th" or "1st" names.
pub(super) fn ordinal(word: &str) -> Option<u8> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))?;
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}
