//! Calendar dates as the file spells them, and inclusive spans of them.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

use super::Vocabulary;

/// A calendar date, `YYYY-MM-DD`, as the file spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub(super) year: u16,
    pub(super) month: u8,
    pub(super) day: u8,
}

impl Date {
    /// The day, or `None` when it does not exist (month 13, 30 February,
    /// 29 February of a common year).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year.is_multiple_of(4)
                && (!year.is_multiple_of(100) || year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days_in_month).then_some(Date { year, month, day })
    }

    /// The day after this one (the last day there is stays itself).
    pub fn next_day(self) -> Date {
        Date::new(self.year, self.month, self.day + 1)
            .or_else(|| Date::new(self.year, self.month + 1, 1))
            .or_else(|| self.year.checked_add(1).and_then(|y| Date::new(y, 1, 1)))
            .unwrap_or(self)
    }

    /// Today's date in UTC: queries see the graph as of this day unless told otherwise.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// Days since 1970-01-01 (negative before): the inverse of
    /// `Date::from_days_since_epoch` (private), for counting days between dates.
    pub fn days_since_epoch(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after this one (before it when negative), kept within
    /// years 1 to 9999.
    pub fn plus_days(self, days: i64) -> Date {
        let lowest = Date {
            year: 1,
            month: 1,
            day: 1,
        }
        .days_since_epoch();
        let highest = Date {
            year: 9999,
            month: 12,
            day: 31,
        }
        .days_since_epoch();
        Date::from_days_since_epoch(
            self.days_since_epoch()
                .saturating_add(days)
                .clamp(lowest, highest),
        )
    }

    /// The year, month (1 to 12) and day of the month.
    pub fn parts(self) -> (u16, u8, u8) {
        (self.year, self.month, self.day)
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
        Date { year, month, day }
    }
}

impl Vocabulary for Date {
    const WHAT: &'static str = "date";
    fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b[r.clone()].iter().all(u8::is_ascii_digit).then(|| {
                b[r].iter()
                    .fold(0u16, |acc, d| acc * 10 + u16::from(d - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::new(digits(0..4)?, digits(5..7)? as u8, digits(8..10)? as u8)
    }
    fn spelling(self) -> Cow<'static, str> {
        Cow::Owned(self.to_string())
    }
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        <Date as Vocabulary>::parse(s)
            .ok_or_else(|| format!("'{s}' is not a date; write YYYY-MM-DD, e.g. 2025-05-11"))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
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
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "An ISO date, YYYY-MM-DD; since and until are inclusive."
        })
    }
}

/// An inclusive span of days; either end may be open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Interval {
    /// The first day (`None`: from the beginning).
    pub since: Option<Date>,
    /// The last day, included (`None`: still holding).
    pub until: Option<Date>,
}

impl Interval {
    /// Whether `day` lies in the span, both ends included.
    pub fn contains(&self, day: Date) -> bool {
        self.since.is_none_or(|s| s <= day) && self.until.is_none_or(|u| day <= u)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_both_ways_across_months_years_and_leap_days() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2025-05-12").days_since_epoch(), 20_220);
        assert_eq!(d("1969-12-31").days_since_epoch(), -1);
        for day in [
            "2024-02-29",
            "2000-03-01",
            "0001-01-01",
            "9999-12-31",
            "2025-05-12",
        ] {
            let date = d(day);
            assert_eq!(Date::from_days_since_epoch(date.days_since_epoch()), date);
        }
        assert_eq!(d("2025-05-12").plus_days(-7), d("2025-05-05"));
        assert_eq!(d("2024-02-28").plus_days(1), d("2024-02-29"));
        assert_eq!(d("2025-12-31").plus_days(1), d("2026-01-01"));
        assert_eq!(d("2025-03-01").plus_days(-1), d("2025-02-28"));
        assert_eq!(d("0001-01-01").plus_days(-5), d("0001-01-01"));
        assert_eq!(d("9999-12-31").plus_days(i64::MAX), d("9999-12-31"));
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(
            "2024-02-29".parse::<Date>().unwrap().to_string(),
            "2024-02-29"
        );
        for bad in [
            "2023-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "2025-5-1",
            "20250501",
            "2025-05-01T00",
            "",
            "2025-0a-01",
            "１２３４-05-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should not parse");
        }
        assert!("1900-02-29".parse::<Date>().is_err());
        assert!("2000-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn civil_from_days_matches_known_dates() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(20_148).to_string(),
            "2025-03-01"
        );
        assert_eq!(
            Date::from_days_since_epoch(11_016).to_string(),
            "2000-02-29"
        );
    }

    #[test]
    fn the_next_day_crosses_months_years_and_leap_days() {
        let next = |s: &str| s.parse::<Date>().unwrap().next_day().to_string();
        assert_eq!(next("2025-05-11"), "2025-05-12");
        assert_eq!(next("2025-04-30"), "2025-05-01");
        assert_eq!(next("2024-02-28"), "2024-02-29");
        assert_eq!(next("2025-02-28"), "2025-03-01");
        assert_eq!(next("2025-12-31"), "2026-01-01");
    }

    #[test]
    fn intervals_are_inclusive() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let i = Interval {
            since: Some(d("2025-05-10")),
            until: Some(d("2025-05-11")),
        };
        assert!(!i.contains(d("2025-05-09")));
        assert!(i.contains(d("2025-05-10")));
        assert!(i.contains(d("2025-05-11")));
        assert!(!i.contains(d("2025-05-12")));
        assert!(Interval::default().contains(d("1999-01-01")));
    }
}
