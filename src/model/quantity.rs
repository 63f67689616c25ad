//! Quantities as people write them in reports ("45-60 days", "about 120",
//! "at least 10 hostages"), read into a minimum, a maximum, a unit and
//! whether the figure is approximate.

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
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    /// The smallest amount meant; `None` for "up to N".
    pub min: Option<f64>,
    /// The largest amount meant; `None` for "at least N".
    pub max: Option<f64>,
    /// What is counted, as written ("days", "hostages"); may be empty.
    pub unit: String,
    /// "about", "around", "some", "~": the figure is not exact.
    pub approximate: bool,
}

/// Words before a number that make it approximate.
const APPROXIMATE: &[&str] = &[
    "about",
    "around",
    "approximately",
    "approx.",
    "approx",
    "roughly",
    "some",
    "nearly",
    "almost",
    "circa",
    "c.",
    "~",
];
/// Words before a number that make it a floor.
const AT_LEAST: &[&str] = &["at least", "more than", "over", "minimum", "min."];
/// Words before a number that make it a ceiling.
const UP_TO: &[&str] = &[
    "up to",
    "at most",
    "no more than",
    "fewer than",
    "less than",
    "maximum",
    "max.",
];

impl std::str::FromStr for Quantity {
    type Err = String;

    fn from_str(text: &str) -> Result<Quantity, String> {
        let example = "write it as people do, e.g. \"45-60 days\", \"70 days\", \"about 120\", \"at least 10 hostages\"";
        let shown = crate::terminal::excerpt(text);
        let mut rest = text.trim();
        let mut approximate = false;
        let mut bound = Bound::Both;
        // Prefixes may combine ("up to about 60 days").
        loop {
            let lower = rest.to_lowercase();
            if let Some(word) = prefix(&lower, APPROXIMATE) {
                approximate = true;
                rest = rest[word..].trim_start();
            } else if let Some(word) = prefix(&lower, AT_LEAST) {
                bound = Bound::AtLeast;
                rest = rest[word..].trim_start();
            } else if let Some(word) = prefix(&lower, UP_TO) {
                bound = Bound::UpTo;
                rest = rest[word..].trim_start();
            } else {
                break;
            }
        }
        let (first, after) = number(rest).ok_or_else(|| {
            format!("quantity '{shown}' has no number where one should be; {example}")
        })?;
        within_bound(first, text)?;
        rest = after.trim_start();
        let mut second = None;
        for sep in ["-", "\u{2013}", "\u{2014}", "to "] {
            if let Some(after_sep) = rest.strip_prefix(sep) {
                let (n, after) = number(after_sep.trim_start()).ok_or_else(|| {
                    format!("quantity '{shown}' has a range with no second number; {example}")
                })?;
                within_bound(n, text)?;
                second = Some(n);
                rest = after.trim_start();
                break;
            }
        }
        if matches!(bound, Bound::AtLeast | Bound::UpTo) && second.is_some() {
            return Err(format!(
                "quantity '{shown}' is both a bound and a range; write one, {example}"
            ));
        }
        let unit = rest.trim().to_owned();
        if unit.chars().any(|c| c.is_ascii_digit()) {
            return Err(format!(
                "quantity '{shown}' has more than one figure; {example}"
            ));
        }
        let (min, max) = match (bound, second) {
            (Bound::AtLeast, _) => (Some(first), None),
            (Bound::UpTo, _) => (None, Some(first)),
            (Bound::Both, Some(second)) => (Some(first), Some(second)),
            (Bound::Both, None) => (Some(first), Some(first)),
        };
        if let (Some(lo), Some(hi)) = (min, max)
            && lo > hi
        {
            return Err(format!(
                "quantity '{shown}' runs from {lo} down to {hi}; write the smaller figure first"
            ));
        }
        Ok(Quantity {
            min,
            max,
            unit,
            approximate,
        })
    }
}

/// The largest figure a quantity may hold: every whole number up to it is
/// exact in an `f64`, and gaps between two stay finite. A figure of 309
/// digits read as infinity, and `compare` called two different ones
/// overlapping ("gap inf days").
pub const MAX_FIGURE: f64 = 1e15;

fn within_bound(n: f64, text: &str) -> Result<(), String> {
    if n <= MAX_FIGURE {
        return Ok(());
    }
    Err(format!(
        "quantity '{}' has a figure over 10^15, the largest negograph reads exactly",
        crate::terminal::excerpt(text)
    ))
}

#[derive(Clone, Copy)]
enum Bound {
    Both,
    AtLeast,
    UpTo,
}

/// The length of the first of `words` that `lower` starts with as a whole
/// word (or a symbol such as `~`).
fn prefix(lower: &str, words: &[&str]) -> Option<usize> {
    words.iter().find_map(|w| {
        let rest = lower.strip_prefix(w)?;
        let whole = !w.ends_with(|c: char| c.is_alphabetic())
            || rest.is_empty()
            || rest.starts_with(|c: char| !c.is_alphanumeric());
        whole.then_some(w.len())
    })
}

/// A number at the start of `text` (digits, thousands commas, a decimal
/// point), and what follows it.
fn number(text: &str) -> Option<(f64, &str)> {
    let end = text
        .char_indices()
        .find(|&(i, c)| {
            !(c.is_ascii_digit()
                || (c == '.' || c == ',')
                    && text[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        })
        .map_or(text.len(), |(i, _)| i);
    let digits: String = text[..end].chars().filter(|&c| c != ',').collect();
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().ok()?, &text[end..]))
}

impl Quantity {
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
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            f.write_str("about ")?;
        }
        match (self.min, self.max) {
            (Some(lo), Some(hi)) if lo == hi => write!(f, "{lo}")?,
            (Some(lo), Some(hi)) => write!(f, "{lo}-{hi}")?,
            (Some(lo), None) => write!(f, "at least {lo}")?,
            (None, Some(hi)) => write!(f, "up to {hi}")?,
            (None, None) => f.write_str("any")?,
        }
        if !self.unit.is_empty() {
            write!(f, " {}", self.unit)?;
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
            (
                "1,000 prisoners",
                Some(1000.0),
                Some(1000.0),
                "prisoners",
                false,
            ),
            (
                "2.5 billion dollars",
                Some(2.5),
                Some(2.5),
                "billion dollars",
                false,
            ),
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
            ("overall 10", "no number"),
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
    }
}
