//! Quantities as people write them in reports ("45-60 days", "about 120",
//! "at least 10 hostages", "$7,000", "35%", "half of the remaining bodies",
//! "one day of ceasefire per hostage", "several hundred prisoners"), read
//! into a minimum, a maximum, what is measured and whether the figure is
//! approximate; and whether two can be set side by side.

mod read;

use std::fmt;

use serde::Serialize;

/// A quantity read from text such as `"45-60 days"`.
///
/// ```
/// use negograph::model::Quantity;
/// let q: Quantity = "45-60 days".parse().unwrap();
/// assert_eq!((q.min, q.max, q.unit.as_str()), (Some(45.0), Some(60.0), "days"));
/// let q: Quantity = "about 120 prisoners".parse().unwrap();
/// assert!(q.approximate);
/// let q: Quantity = "at least 10 hostages".parse().unwrap();
/// assert_eq!((q.min, q.max), (Some(10.0), None));
/// let q: Quantity = "€2 billion".parse().unwrap();
/// assert_eq!((q.min, q.unit.as_str()), (Some(2e9), "EUR"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    /// The smallest amount meant; `None` for "up to N".
    pub min: Option<f64>,
    /// The largest amount meant; `None` for "at least N" or a vague count
    /// ("several hundred").
    pub max: Option<f64>,
    /// What is counted: as written for a count ("days", "hostages"; may be
    /// empty), the currency's code for money ("USD"), `%` for a share.
    pub unit: String,
    /// "about", "around", "some", "~", or a vague count: the figure is not exact.
    pub approximate: bool,
    /// Whether it counts things, money or a share.
    pub measure: Measure,
    /// For a share: the whole it is a share of, as written ("the remaining bodies").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    /// For a rate: what each amount is per, as written ("hostage").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
}

/// What a quantity measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A number of things, in `unit` ("days").
    Count,
    /// An amount of money, in the currency `unit` names ("USD").
    Currency,
    /// A percentage ("35%", "25 percent", "half"), of `of` when named.
    Percent,
}

impl std::str::FromStr for Quantity {
    type Err = String;

    fn from_str(text: &str) -> Result<Quantity, String> {
        read::read(text)
    }
}

/// The largest figure a quantity may hold: every whole number up to it is
/// exact in an `f64`, and gaps between two stay finite. A figure of 309
/// digits read as infinity, and `compare` called two different ones
/// overlapping ("gap inf days").
pub const MAX_FIGURE: f64 = 1e15;

impl Quantity {
    /// An exact quantity of no amount yet, measuring `measure` in `unit`.
    fn measured(measure: Measure, unit: &str) -> Quantity {
        Quantity {
            min: None,
            max: None,
            unit: unit.to_owned(),
            approximate: false,
            measure,
            of: None,
            per: None,
        }
    }

    /// The distance between two quantities' ranges: 0 when they overlap,
    /// `None` when either is open on the side that faces the other.
    pub fn gap(&self, other: &Quantity) -> Option<f64> {
        let (a, b) = if self.min <= other.min {
            (self, other)
        } else {
            (other, self)
        };
        match (a.max, b.min) {
            (Some(a_max), Some(b_min)) => Some((b_min - a_max).max(0.0)),
            _ if self.overlaps(other) => Some(0.0),
            _ => None,
        }
    }

    /// Whether the two ranges share at least one amount.
    pub fn overlaps(&self, other: &Quantity) -> bool {
        let lo = |q: &Quantity| q.min.unwrap_or(f64::NEG_INFINITY);
        let hi = |q: &Quantity| q.max.unwrap_or(f64::INFINITY);
        lo(self) <= hi(other) && lo(other) <= hi(self)
    }

    /// Whether `self` and `other` measure the same thing, so that their
    /// figures can be set side by side; when not, why not, in words. A
    /// count with no unit ("about 120") goes with any count, the issue
    /// saying what is counted; "35%" and "25 percent" are one unit.
    ///
    /// # Errors
    ///
    /// The reason, such as "one is in USD, another in EUR".
    pub fn comparable_with(&self, other: &Quantity) -> Result<(), String> {
        use Measure::{Count, Currency, Percent};
        let plain = |q: &Quantity| q.measure == Count && q.unit.is_empty() && q.per.is_none();
        if plain(self) || plain(other) {
            return Ok(());
        }
        // A rate beside a total is the first thing a reader must be told.
        match (&self.per, &other.per) {
            (Some(a), Some(b)) if !same_words(a, b) => {
                return Err(format!("one is per {a}, another per {b}"));
            }
            (Some(a), None) | (None, Some(a)) => {
                return Err(format!("one is a rate (per {a}), another is not"));
            }
            _ => {}
        }
        match (self.measure, other.measure) {
            (Currency, Currency) if self.unit != other.unit => {
                return Err(format!(
                    "one is in {}, another in {}",
                    self.unit, other.unit
                ));
            }
            (a, b) if a != b => {
                return Err(format!("one is {}, another {}", self.what(), other.what()));
            }
            (Count, Count) if !same_words(&self.unit, &other.unit) => {
                return Err(format!(
                    "the units differ: '{}' and '{}'",
                    self.unit, other.unit
                ));
            }
            (Percent, Percent) => {
                if let (Some(a), Some(b)) = (&self.of, &other.of)
                    && !same_words(a, b)
                {
                    return Err(format!(
                        "they are shares of different wholes: '{a}' and '{b}'"
                    ));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// What the quantity measures, in words, for a reason.
    fn what(&self) -> String {
        match self.measure {
            Measure::Count if self.unit.is_empty() => "a count".to_owned(),
            Measure::Count => format!("a count of {}", self.unit),
            Measure::Currency => format!("an amount in {}", self.unit),
            Measure::Percent => "a percentage".to_owned(),
        }
    }

    /// A difference between two quantities of this one's measure, as a
    /// reader expects it: "10 percentage points", "$2,000", "10 days".
    pub fn difference(&self, amount: f64) -> String {
        let n = figure(amount, self.measure == Measure::Currency);
        let per = self
            .per
            .as_ref()
            .map(|p| format!(" per {p}"))
            .unwrap_or_default();
        match self.measure {
            Measure::Percent if amount == 1.0 => format!("1 percentage point{per}"),
            Measure::Percent => format!("{n} percentage points{per}"),
            Measure::Currency => format!("{}{per}", money(&self.unit, &n)),
            Measure::Count if self.unit.is_empty() => format!("{n}{per}"),
            Measure::Count => format!("{n} {}{per}", self.unit),
        }
    }
}

/// Whether two units (or wholes, or rate bases) name the same thing:
/// equal ignoring case and a plural `s` on each word ("day of ceasefire"
/// and "Days of ceasefire").
pub fn same_words(a: &str, b: &str) -> bool {
    let words = |u: &str| -> Vec<String> {
        u.split_whitespace()
            .map(|w| {
                let w = w.to_lowercase();
                match w.strip_suffix('s') {
                    Some(stem) if stem.len() > 1 && !stem.ends_with('s') => stem.to_owned(),
                    _ => w,
                }
            })
            .collect()
    };
    words(a) == words(b)
}

/// A figure as people write it: `10`, not `10.0`; `33.33` for a third;
/// for money, thousands grouped ("7,000") and "2 billion" for large round
/// amounts.
pub fn figure(x: f64, grouped: bool) -> String {
    if grouped {
        for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
            let scaled = x / scale;
            if x.abs() >= scale && (scaled * 100.0).fract() == 0.0 {
                return format!("{} {word}", figure(scaled, false));
            }
        }
    }
    if x.fract() == 0.0 && x.abs() < MAX_FIGURE {
        let whole = format!("{}", x.abs() as i64);
        let sign = if x < 0.0 { "-" } else { "" };
        if !grouped {
            return format!("{sign}{whole}");
        }
        let mut out = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        return format!("{sign}{out}");
    }
    let rounded = (x * 100.0).round() / 100.0;
    format!("{rounded}")
}

/// "$7,000", "€2 billion", "2,000 ILS".
fn money(code: &str, figure: &str) -> String {
    match code {
        "USD" => format!("${figure}"),
        "EUR" => format!("€{figure}"),
        "GBP" => format!("£{figure}"),
        other => format!("{figure} {other}"),
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let about = if self.approximate { "about " } else { "" };
        let one = |x: f64| match self.measure {
            Measure::Currency => format!("{about}{}", money(&self.unit, &figure(x, true))),
            Measure::Percent => format!("{about}{}%", figure(x, false)),
            Measure::Count => format!("{about}{}", figure(x, false)),
        };
        match (self.min, self.max) {
            (Some(lo), Some(hi)) if lo == hi => f.write_str(&one(lo))?,
            (Some(lo), Some(hi)) => {
                write!(f, "{}-{}", one(lo), one(hi).trim_start_matches("about "))?;
            }
            (Some(lo), None) => write!(f, "at least {}", one(lo))?,
            (None, Some(hi)) => write!(f, "up to {}", one(hi))?,
            (None, None) => f.write_str("any")?,
        }
        if self.measure == Measure::Count && !self.unit.is_empty() {
            write!(f, " {}", self.unit)?;
        }
        if let Some(of) = &self.of {
            write!(f, " of {of}")?;
        }
        if let Some(per) = &self.per {
            write!(f, " per {per}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Quantity {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn reads_what_reports_write() {
        type Case<'a> = (&'a str, Option<f64>, Option<f64>, &'a str, bool);
        let cases: &[Case] = &[
            ("45-60 days", Some(45.0), Some(60.0), "days", false),
            ("45 – 60 days", Some(45.0), Some(60.0), "days", false),
            ("45 to 60 days", Some(45.0), Some(60.0), "days", false),
            ("70 days", Some(70.0), Some(70.0), "days", false),
            ("10 hostages", Some(10.0), Some(10.0), "hostages", false),
            ("about 120", Some(120.0), Some(120.0), "", true),
            (
                "~120 prisoners",
                Some(120.0),
                Some(120.0),
                "prisoners",
                true,
            ),
            ("at least 10 hostages", Some(10.0), None, "hostages", false),
            ("up to 60 days", None, Some(60.0), "days", false),
            ("up to about 60 days", None, Some(60.0), "days", true),
            ("within 100 days", None, Some(100.0), "days", false),
            ("under 5%", None, Some(5.0), "%", false),
            (
                "1,000 prisoners",
                Some(1000.0),
                Some(1000.0),
                "prisoners",
                false,
            ),
            (
                "2.5 billion dollars",
                Some(2.5e9),
                Some(2.5e9),
                "USD",
                false,
            ),
            ("$7,000", Some(7000.0), Some(7000.0), "USD", false),
            ("€2 billion", Some(2e9), Some(2e9), "EUR", false),
            ("USD 5,000-7,000", Some(5000.0), Some(7000.0), "USD", false),
            ("$5,000-$7,000", Some(5000.0), Some(7000.0), "USD", false),
            ("zero", Some(0.0), Some(0.0), "", false),
            ("0", Some(0.0), Some(0.0), "", false),
            ("35%", Some(35.0), Some(35.0), "%", false),
            ("25 percent", Some(25.0), Some(25.0), "%", false),
            ("3.67 per cent", Some(3.67), Some(3.67), "%", false),
            ("5%-7%", Some(5.0), Some(7.0), "%", false),
            (
                "half of the remaining bodies",
                Some(50.0),
                Some(50.0),
                "%",
                false,
            ),
            ("100% of the first 8%", Some(100.0), Some(100.0), "%", false),
            (
                "one day of ceasefire per hostage",
                Some(1.0),
                Some(1.0),
                "day of ceasefire",
                false,
            ),
            (
                "several hundred prisoners",
                Some(200.0),
                None,
                "prisoners",
                true,
            ),
            (
                "hundreds of prisoners",
                Some(200.0),
                None,
                "prisoners",
                true,
            ),
            (
                "tens of thousands of people",
                Some(20000.0),
                None,
                "people",
                true,
            ),
            ("several days", Some(2.0), None, "days", true),
            ("Some 19 bodies", Some(19.0), Some(19.0), "bodies", true),
        ];
        for &(text, min, max, unit, approx) in cases {
            let got = q(text);
            assert_eq!(
                (got.min, got.max, got.unit.as_str(), got.approximate),
                (min, max, unit, approx),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_what_is_not_a_quantity_with_a_reason() {
        for (bad, says) in [
            ("lots", "no number"),
            ("", "no number"),
            ("60-45 days", "smaller figure first"),
            ("10-", "no second number"),
            ("at least 10-20", "both a bound and a range"),
            ("10 days and 5 nights", "more than one figure"),
            ("2 days per", "nothing after 'per'"),
            ("at least several hundred", "vague count"),
            (
                "overall 10",
                "'overall' before the number is not a word negograph reads",
            ),
            ("by 100 days", "'by' before the number"),
        ] {
            let err = bad.parse::<Quantity>().unwrap_err();
            assert!(err.contains(says), "{bad}: {err}");
        }
    }

    #[test]
    fn gaps_and_overlaps_are_between_ranges() {
        assert_eq!(q("45-60 days").gap(&q("70 days")), Some(10.0));
        assert_eq!(q("70 days").gap(&q("45-60 days")), Some(10.0));
        assert_eq!(q("45-60 days").gap(&q("50 days")), Some(0.0));
        assert!(q("45-60 days").overlaps(&q("60-70 days")));
        assert!(!q("45-60 days").overlaps(&q("61 days")));
        assert_eq!(q("at least 10").gap(&q("5")), Some(5.0));
        assert_eq!(q("at least 10").gap(&q("20")), Some(0.0));
        assert_eq!(q("up to 10").gap(&q("at least 20")), Some(10.0));
        assert_eq!(q("45-60 days").to_string(), "45-60 days");
        assert_eq!(q("about 120").to_string(), "about 120");
        assert_eq!(
            q("several hundred prisoners").gap(&q("150 prisoners")),
            Some(50.0)
        );
        assert_eq!(q("several hundred").gap(&q("5000")), Some(0.0));
    }

    #[test]
    fn wholes_and_rates_are_kept_as_written() {
        let share = q("half of the remaining bodies");
        assert_eq!(
            (share.measure, share.of.as_deref()),
            (Measure::Percent, Some("the remaining bodies"))
        );
        assert_eq!(
            q("100% of the first 8%").of.as_deref(),
            Some("the first 8%")
        );
        let rate = q("one day of ceasefire per hostage");
        assert_eq!(rate.per.as_deref(), Some("hostage"));
        assert_eq!(q("$7,000 per family").per.as_deref(), Some("family"));
        assert_eq!(share.to_string(), "50% of the remaining bodies");
        assert_eq!(rate.to_string(), "1 day of ceasefire per hostage");
        assert_eq!(q("€2 billion").to_string(), "€2 billion");
        assert_eq!(q("$7,000").to_string(), "$7,000");
        assert_eq!(
            q("several hundred prisoners").to_string(),
            "at least about 200 prisoners"
        );
    }

    #[test]
    fn comparable_when_they_measure_the_same_thing_and_why_not_otherwise() {
        let ok = |a: &str, b: &str| q(a).comparable_with(&q(b));
        assert_eq!(ok("35%", "25 percent"), Ok(()));
        assert_eq!(ok("35%", "25 per cent"), Ok(()));
        assert_eq!(ok("$7,000", "$9,000"), Ok(()));
        assert_eq!(ok("2.5 billion dollars", "$2 billion"), Ok(()));
        assert_eq!(ok("about 120", "200 prisoners"), Ok(()));
        assert_eq!(ok("45 days", "60 Days"), Ok(()));
        assert_eq!(
            ok(
                "half of the remaining bodies",
                "30% of the remaining bodies"
            ),
            Ok(())
        );
        assert_eq!(
            ok(
                "one day of ceasefire per hostage",
                "2 days of ceasefire per hostage"
            ),
            Ok(())
        );
        let why = |a: &str, b: &str| q(a).comparable_with(&q(b)).unwrap_err();
        assert_eq!(why("$7,000", "€7,000"), "one is in USD, another in EUR");
        assert_eq!(
            why("35%", "10 days"),
            "one is a percentage, another a count of days"
        );
        assert_eq!(
            why("10 days", "10 hostages"),
            "the units differ: 'days' and 'hostages'"
        );
        assert_eq!(
            why("half of the bodies", "half of the hostages"),
            "they are shares of different wholes: 'the bodies' and 'the hostages'"
        );
        assert_eq!(
            why("1 day per hostage", "1 day per prisoner"),
            "one is per hostage, another per prisoner"
        );
        assert_eq!(
            why("1 day per hostage", "3 days"),
            "one is a rate (per hostage), another is not"
        );
    }

    #[test]
    fn differences_read_as_a_reader_expects() {
        assert_eq!(q("35%").difference(10.0), "10 percentage points");
        assert_eq!(q("35%").difference(1.0), "1 percentage point");
        assert_eq!(q("$7,000").difference(2000.0), "$2,000");
        assert_eq!(q("€2 billion").difference(5e8), "€500 million");
        assert_eq!(q("45-60 days").difference(10.0), "10 days");
        assert_eq!(q("about 120").difference(80.0), "80");
        assert_eq!(
            q("2 days per hostage").difference(2.0),
            "2 days per hostage"
        );
        assert_eq!(
            q("a third of the land").difference(100.0 / 3.0 - 25.0),
            "8.33 percentage points"
        );
    }
}
