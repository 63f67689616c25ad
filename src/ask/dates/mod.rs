//! Dates inside a question: "on 2025-05-10", "as of May 10", "in March
//! 2025", "since May 10", "between May 1 and May 10", "last week", "ever".
//!
//! Relative days count back from the graph's newest source date (its
//! "today": a graph about May 2025 is read as of May 2025), and a day
//! without a year is in that date's year. Each date says both which day a
//! query should see (`day`) and which days a question about changes spans
//! (`span`: the baseline day, whose state the changes are counted from as
//! `changes --from` counts them, and the last day):
//!
//! | typed | day | span |
//! | --- | --- | --- |
//! | on / as of / by D, D | D | the day before D to D |
//! | before D | the day before D | |
//! | since / after / from D | the newest | D to the newest |
//! | in March (2025), in 2024 | its last day | the day before its first to its last |
//! | between D1 and D2, from D1 to D2 | D2 | D1 to D2 |
//! | between 1 and 15 March (first end of no month) | 15 March | 1 to 15 March, said |
//! | today, now, currently | the newest (as with no date) | |
//! | yesterday | the day before the newest | the day before that to it |
//! | last week (no article) | the Sunday before the newest's week | the calendar week before the newest's, Monday to Sunday |
//! | this / past week, the last week | a week before the newest | that day to the newest |
//! | last / past fortnight | two weeks before the newest | that day to the newest |
//! | last month | the previous month's last day | the day before it began to its end |
//! | N days / weeks / months ago | that day | that day to the newest |
//! | (last) Sunday | the last Sunday before the newest | the day before it to it |
//! | since yesterday / Sunday / last week | the newest | the span's first day to the newest |
//! | ever, all time, at any time, historically | all time | |

use std::ops::Range;

mod calendar;
mod relative;

use self::calendar::{calendar, ordinal_day};
use self::relative::{ago, ahead, relative};
use super::words::Word;
use crate::model::Date;

/// What a date in a question asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asks {
    /// Every position ever recorded (`--all-time`).
    AllTime,
    /// The newest day, as without a date ("now", "today", "currently").
    Latest,
    /// A day: `day` for a query about one day, `span` (first and last day,
    /// inclusive) for a question about what changed.
    Day {
        /// The day a query sees.
        day: Date,
        /// The days a question about changes covers.
        span: (Date, Date),
    },
}

/// A date found in a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dated {
    /// What it asks for.
    pub asks: Asks,
    /// The question's words it takes (prepositions included).
    pub words: Range<usize>,
    /// For a day after the newest source ("next Thursday", "tomorrow"):
    /// that day. The graph says nothing after its newest source, so such a
    /// question is read as of the newest ([`Asks::Latest`]), with a note.
    pub ahead: Option<Date>,
    /// For a day read off an event ("before the ministers met"): what to
    /// say about it.
    pub event: Option<String>,
}

/// Spans of no day said ("over the spring"), read as the whole record.
const SEASONS: &[&str] = &[
    "spring", "summer", "autumn", "fall", "winter", "months", "weeks", "year",
];

/// "Ever", "over time", "at any point" (all time), or "now", "today",
/// "currently" (the newest day) at word `i`, with the preposition before.
fn whole_graph_or_now(w: &[Word], i: usize) -> Option<Dated> {
    let word = |k: usize| w.get(k).map(|x| x.text.as_str());
    let all_time = match (word(i), word(i + 1)) {
        (Some("ever" | "historically"), _) => Some(1),
        (Some("all"), Some("time")) => Some(2),
        (Some("any"), Some("time" | "point")) => Some(2),
        (Some("over"), Some("time")) => Some(2),
        // "Over the spring", "through the winter", "over the months": a
        // season of no year said is the record's span, whose dates the
        // answer gives (read as all time, and the reading says so).
        (Some("over" | "during" | "through" | "throughout" | "across"), Some("the"))
            if word(i + 2).is_some_and(|w| SEASONS.contains(&w)) =>
        {
            Some(3)
        }
        _ => None,
    };
    if let Some(used) = all_time {
        // "at any time", "of all time": the preposition goes with it.
        let start = if i > 0 && matches!(word(i - 1), Some("at" | "of")) {
            i - 1
        } else {
            i
        };
        return Some(Dated {
            ahead: None,
            event: None,
            asks: Asks::AllTime,
            words: start..i + used,
        });
    }
    if matches!(word(i), Some("today" | "now" | "currently" | "presently")) {
        let start = if i > 0 && matches!(word(i - 1), Some("as" | "of" | "right")) {
            i - 1
        } else {
            i
        };
        return Some(Dated {
            ahead: None,
            event: None,
            asks: Asks::Latest,
            words: start..i + 1,
        });
    }
    None
}

/// The first date in the question, if any, with the words it takes.
/// `newest` is the graph's newest source date (or today).
pub fn find(text: &str, w: &[Word], newest: Date) -> Option<Dated> {
    let word = |k: usize| w.get(k).map(|x| x.text.as_str());
    for i in 0..w.len() {
        if let Some(dated) = whole_graph_or_now(w, i) {
            return Some(dated);
        }
        let (lead, after) = preposition(word(i), word(i + 1));
        // "on the 10th of May", "in the past week": an article may follow.
        let at = i + lead + usize::from(lead > 0 && matches!(word(i + lead), Some("the")));
        let found = calendar_day(text, w, newest, (i, at, lead), after)
            .or_else(|| counted_day(w, newest, (i, at), after));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// How many words a preposition at `this` takes, and what it asks of the
/// day after it: "on" (that day), "in", "since", "before" or "between".
fn preposition(this: Option<&str>, next: Option<&str>) -> (usize, &'static str) {
    match (this.unwrap_or_default(), next) {
        ("as", Some("of")) => (2, "on"),
        ("on" | "at" | "by" | "per", next) if next != Some("come") => (1, "on"),
        ("in" | "during", _) => (1, "in"),
        ("since" | "after", _) => (1, "since"),
        ("before" | "until" | "till" | "prior", _) => {
            (1 + usize::from(next == Some("to")), "before")
        }
        ("between" | "from", _) => (1, "between"),
        _ => (0, "on"),
    }
}

/// A calendar date at word `at` (or a span whose first end names no month,
/// "between 1 and 15 March"), after the preposition at `i`.
fn calendar_day(
    text: &str,
    w: &[Word],
    newest: Date,
    (i, at, lead): (usize, usize, usize),
    after: &str,
) -> Option<Dated> {
    if after == "between"
        && let Some(dated) = span_of_one_month(text, w, newest, i, at)
    {
        return Some(dated);
    }
    let typed_day = calendar(w, at, text, newest).map(|found| (found, None));
    // "Since the 10th": a day of the month alone, after a preposition.
    let ordinal = || {
        (lead > 0)
            .then(|| ordinal_day(w, at, newest))
            .flatten()
            .map(|(span, note)| ((span, 1), Some(note)))
    };
    let (((first, last), used), mut note) = typed_day.or_else(ordinal)?;
    let mut end = at + used;
    // "early Feb" names no day: say which days it was read as.
    if w.get(at)
        .is_some_and(|x| calendar::third_of_month(&x.text).is_some())
    {
        let typed: Vec<&str> = w[at..end].iter().map(|x| x.text.as_str()).collect();
        note = Some(format!("read '{}' as {first} to {last}", typed.join(" ")));
    }
    let asks = match after {
        "since" => Asks::Day {
            day: newest,
            span: (first, newest),
        },
        "before" => Asks::Day {
            day: first.plus_days(-1),
            span: (first.plus_days(-1), first.plus_days(-1)),
        },
        "between" => {
            // "between D1 and D2", "from D1 to D2" (or "from D1 until D2")
            let second = match w.get(end).map(|x| x.text.as_str()) {
                Some("and" | "to" | "until" | "till" | "through") => {
                    calendar(w, end + 1, text, newest)
                }
                _ => None,
            };
            match second {
                Some(((_, last2), used2)) => {
                    end += 1 + used2;
                    Asks::Day {
                        day: last2,
                        span: (first, last2),
                    }
                }
                None => Asks::Day {
                    day: newest,
                    span: (first, newest),
                },
            }
        }
        // "what changed on May 10": that day against the one before.
        _ => Asks::Day {
            day: last,
            span: (first.plus_days(-1), last),
        },
    };
    Some(Dated {
        ahead: None,
        event: note,
        asks,
        words: i..end,
    })
}

/// "Between 1 and 15 March", "from the 3rd to May 9th": a span whose first
/// end is a bare day of the month takes the second end's month and year (a
/// writer says the month once); said in a note, since the first number
/// alone names no day.
fn span_of_one_month(text: &str, w: &[Word], newest: Date, i: usize, at: usize) -> Option<Dated> {
    let word = |k: usize| w.get(k).map(|x| x.text.as_str());
    let typed = word(at)?;
    let day = calendar::day_of_month(typed)?;
    if !matches!(
        word(at + 1),
        Some("and" | "to" | "until" | "till" | "through")
    ) {
        return None;
    }
    let ((second, last), used) = calendar(w, at + 2, text, newest)?;
    // Only a single day ends it ("15 March"), not a month ("March").
    if second != last {
        return None;
    }
    let (y, m, _) = second.parts();
    let first = Date::new(y, m, day).filter(|&d| d <= second)?;
    Some(Dated {
        ahead: None,
        event: Some(format!(
            "read '{typed}' as {first}: a span's first day takes the month of its last ({second})"
        )),
        asks: Asks::Day {
            day: second,
            span: (first, second),
        },
        words: i..at + 2 + used,
    })
}

/// A day counted from the newest source: ahead ("next Thursday"), ago ("3
/// days ago") or relative ("last week", "since yesterday").
fn counted_day(w: &[Word], newest: Date, (i, at): (usize, usize), after: &str) -> Option<Dated> {
    if let Some((day, used)) = ahead(w, at, newest) {
        return Some(Dated {
            asks: Asks::Latest,
            words: i..at + used,
            ahead: Some(day),
            event: None,
        });
    }
    if let Some((day, used)) = ago(w, at, newest) {
        return Some(Dated {
            ahead: None,
            event: None,
            asks: Asks::Day {
                day,
                span: (day, newest),
            },
            words: i..at + used,
        });
    }
    let (span, day, used) = relative(w, at, newest)?;
    // "over the last week", "in the past month": the article goes too.
    // "Since yesterday", "since Sunday": from then to the newest.
    let asks = if after == "since" {
        Asks::Day {
            day: newest,
            span: (span.0, newest),
        }
    } else {
        Asks::Day { day, span }
    };
    // "The last few days": a window said by no day, so said.
    let typed: Vec<&str> = w[at..at + used].iter().map(|x| x.text.as_str()).collect();
    let window = match asks {
        Asks::Day { span, .. } if typed == ["last", "week"] && span.1 != newest => Some(format!(
            "read 'last week' as the calendar week before the newest source's, Monday {} to Sunday {} ('the past week' is the seven days to the newest source)",
            span.0.plus_days(1),
            span.1
        )),
        Asks::Day { span, .. } if span.0 != span.1 => Some(format!(
            "read '{}' as {} to {}, the window ending at the graph's newest source",
            typed.join(" "),
            span.0,
            span.1
        )),
        _ => None,
    };
    Some(Dated {
        ahead: None,
        event: window,
        asks,
        words: i..at + used,
    })
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn read(q: &str) -> Option<(Asks, String)> {
        let w = words(q);
        find(q, &w, d("2025-05-12")).map(|found| {
            let taken: Vec<&str> = w[found.words].iter().map(|x| x.text.as_str()).collect();
            (found.asks, taken.join(" "))
        })
    }

    fn day(q: &str) -> Date {
        match read(q) {
            Some((Asks::Day { day, .. }, _)) => day,
            other => panic!("{q}: {other:?}"),
        }
    }

    fn span(q: &str) -> (Date, Date) {
        match read(q) {
            Some((Asks::Day { span, .. }, _)) => span,
            other => panic!("{q}: {other:?}"),
        }
    }

    #[test]
    fn calendar_days_in_every_common_spelling() {
        for q in [
            "what blocked the talks on 2025-05-10?",
            "what blocked the talks as of May 10",
            "what blocked the talks on May 10th, 2025",
            "what blocked the talks on 10 May",
            "what blocked the talks on the 10th of May",
            "what blocked the talks at 2025/05/10",
        ] {
            assert_eq!(day(q), d("2025-05-10"), "{q}");
        }
        assert_eq!(read("on 2025-02-30"), None, "not a day");
    }

    #[test]
    fn months_years_and_spans() {
        assert_eq!(day("what blocked it in March 2025"), d("2025-03-31"));
        assert_eq!(
            span("what changed in March"),
            (d("2025-02-28"), d("2025-03-31"))
        );
        assert_eq!(day("where did things stand in 2024"), d("2024-12-31"));
        assert_eq!(
            span("what changed since May 10"),
            (d("2025-05-10"), d("2025-05-12"))
        );
        assert_eq!(day("what changed since May 10"), d("2025-05-12"));
        assert_eq!(
            span("what changed between May 1 and May 10"),
            (d("2025-05-01"), d("2025-05-10"))
        );
        assert_eq!(
            span("from 2025-04-01 to 2025-04-30"),
            (d("2025-04-01"), d("2025-04-30"))
        );
        assert_eq!(day("before May 10"), d("2025-05-09"));
        assert_eq!(
            span("what changed on May 10"),
            (d("2025-05-09"), d("2025-05-10"))
        );
        assert_eq!(
            span("since the start of May"),
            (d("2025-05-01"), d("2025-05-12"))
        );
        assert_eq!(day("at the end of April"), d("2025-04-30"));
    }

    #[test]
    fn a_weekday_before_a_date_and_a_third_of_a_month() {
        // 2025-05-12 was a Monday; the date wins over its weekday.
        for q in [
            "whats changed since Tuesday 29 April?",
            "what changed since Tuesday, April 29",
            "anything new since tuesday the 29th of april",
        ] {
            assert_eq!(span(q), (d("2025-04-29"), d("2025-05-12")), "{q}");
        }
        assert_eq!(day("as of Friday 2 May"), d("2025-05-02"));
        assert_eq!(
            span("what's moved since early Feb?"),
            (d("2025-02-01"), d("2025-05-12"))
        );
        assert_eq!(
            span("what changed since mid-March"),
            (d("2025-03-11"), d("2025-05-12"))
        );
        assert_eq!(day("where did things stand in late April"), d("2025-04-30"));
        assert_eq!(
            read("if the strike drags on past mid-May"),
            None,
            "a label's words"
        );
        assert_eq!(
            span("anything new since the first of the month?"),
            (d("2025-05-01"), d("2025-05-12"))
        );
    }

    #[test]
    fn relative_days_count_back_from_the_newest_source() {
        assert_eq!(day("what was blocked yesterday"), d("2025-05-11"));
        assert_eq!(
            span("what changed last week"),
            (d("2025-05-04"), d("2025-05-11"))
        );
        assert_eq!(
            span("what changed in the last week"),
            (d("2025-05-05"), d("2025-05-12"))
        );
        assert_eq!(
            span("what changed over the past week"),
            (d("2025-05-05"), d("2025-05-12"))
        );
        assert_eq!(day("what did Russia want a week ago"), d("2025-05-05"));
        assert_eq!(day("3 days ago"), d("2025-05-09"));
        assert_eq!(
            span("what changed in the last fortnight"),
            (d("2025-04-28"), d("2025-05-12"))
        );
        assert_eq!(day("a fortnight ago"), d("2025-04-28"));
        // 2025-05-12 was a Monday.
        assert_eq!(
            span("what is new since Sunday"),
            (d("2025-05-10"), d("2025-05-12"))
        );
        assert_eq!(
            span("what happened on Sunday"),
            (d("2025-05-10"), d("2025-05-11"))
        );
        assert_eq!(
            span("what changed since last month"),
            (d("2025-03-31"), d("2025-05-12"))
        );
        assert_eq!(day("as of last Monday"), d("2025-05-05"));
        assert_eq!(
            span("what changed last month"),
            (d("2025-03-31"), d("2025-04-30"))
        );
        assert_eq!(
            span("changes over the past 10 days"),
            (d("2025-05-02"), d("2025-05-12"))
        );
        assert_eq!(
            read("what blocks it right now"),
            Some((Asks::Latest, "right now".into()))
        );
    }

    fn ahead_of(q: &str) -> Option<Date> {
        let w = words(q);
        find(q, &w, d("2025-05-12")).and_then(|found| {
            assert!(found.ahead.is_none() || found.asks == Asks::Latest, "{q}");
            found.ahead
        })
    }

    #[test]
    fn days_in_questions_about_the_future_count_forward() {
        // 2025-05-12 was a Monday.
        assert_eq!(
            ahead_of("will Putin come on Thursday?"),
            Some(d("2025-05-15"))
        );
        assert_eq!(
            ahead_of("what if they meet next Thursday"),
            Some(d("2025-05-15"))
        );
        assert_eq!(
            ahead_of("what will block it next Monday"),
            Some(d("2025-05-19"))
        );
        assert_eq!(ahead_of("what blocks it tomorrow"), Some(d("2025-05-13")));
        assert_eq!(ahead_of("who will meet next week"), Some(d("2025-05-19")));
        assert_eq!(
            ahead_of("will they meet next Friday the 16th"),
            Some(d("2025-05-16"))
        );
        // The past stays the past: "Thursday" without a future is the last one,
        // and the newest source's own weekday is that day.
        assert_eq!(ahead_of("what happened on Thursday"), None);
        assert_eq!(day("what happened on Thursday"), d("2025-05-08"));
        assert_eq!(day("what was blocked on Monday"), d("2025-05-12"));
        assert_eq!(day("as of last Monday"), d("2025-05-05"));
    }

    #[test]
    fn all_time_and_words_that_are_not_dates() {
        assert_eq!(
            read("has Russia ever rejected it"),
            Some((Asks::AllTime, "ever".into()))
        );
        assert_eq!(read("at any time").map(|r| r.1), Some("at any time".into()));
        assert_eq!(
            read("who may support the ceasefire"),
            None,
            "'may' alone is not May"
        );
        assert_eq!(read("what does the 30-day ceasefire need"), None);
        assert_eq!(read("the 10 hostages"), None);
    }
}
