//! Reading a quantity from the words a report uses: figures with thousands
//! commas and scale words ("€2 billion"), number words ("zero", "one"),
//! currency signs and names, percentages ("%", "percent", "per cent"),
//! fractions of a named whole ("half of the remaining bodies"), rates ("one
//! day of ceasefire per hostage") and vague counts ("several hundred").

use super::{MAX_FIGURE, Measure, Quantity};

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
    "within",
    "under",
    "below",
];
/// Numbers written as words, as reports write small figures.
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("none", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("twenty", 20.0),
    ("fifty", 50.0),
    ("a hundred", 100.0),
    ("one hundred", 100.0),
    ("a thousand", 1000.0),
];
/// Words after a figure that multiply it.
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("mn", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
];
/// Shares of a whole written as words, in percent.
const FRACTIONS: &[(&str, f64)] = &[
    ("all", 100.0),
    ("a half", 50.0),
    ("one half", 50.0),
    ("half", 50.0),
    ("two thirds", 200.0 / 3.0),
    ("a third", 100.0 / 3.0),
    ("one third", 100.0 / 3.0),
    ("three quarters", 75.0),
    ("a quarter", 25.0),
    ("one quarter", 25.0),
];
/// "several hundred", "hundreds of": a floor of twice the scale, no ceiling.
const VAGUE_SCALES: &[(&str, f64)] = &[
    ("dozen", 12.0),
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
];
/// Currency signs before a figure, and codes or names after or before it.
const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("us$", "USD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("₪", "ILS"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("ils", "ILS"),
];
const CURRENCY_NAMES: &[(&str, &str)] = &[
    ("us dollars", "USD"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("usd", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("eur", "EUR"),
    ("pounds sterling", "GBP"),
    ("gbp", "GBP"),
    ("shekels", "ILS"),
    ("shekel", "ILS"),
    ("ils", "ILS"),
];
/// Spellings of "percent" after a figure.
const PERCENT: &[&str] = &["%", "percent", "per cent", "pct"];

const EXAMPLE: &str = "write it as people do, e.g. \"45-60 days\", \"about 120\", \"at least 10 hostages\", \"$7,000\", \"35%\", \"half of the remaining bodies\", \"one day per hostage\", \"several hundred prisoners\"";

#[derive(Clone, Copy, PartialEq)]
enum Bound {
    Both,
    AtLeast,
    UpTo,
}

/// Reads `text` (see the module's words).
pub(super) fn read(text: &str) -> Result<Quantity, String> {
    let shown = crate::terminal::excerpt(text);
    let mut rest = text.trim();
    let mut approximate = false;
    let mut bound = Bound::Both;
    // Prefixes may combine ("up to about 60 days").
    loop {
        let lower = rest.to_ascii_lowercase();
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
    if let Some(q) = vague(rest, &shown)? {
        if bound != Bound::Both {
            return Err(format!(
                "quantity '{shown}' is both a bound and a vague count; write one, {EXAMPLE}"
            ));
        }
        return Ok(q);
    }
    if let Some((share, after)) = word_of(rest, FRACTIONS) {
        let whole = after.trim_start();
        let whole = strip_word(whole, "of").unwrap_or(whole).trim();
        return Ok(Quantity {
            min: (bound != Bound::UpTo).then_some(share),
            max: (bound != Bound::AtLeast).then_some(share),
            approximate,
            of: (!whole.is_empty()).then(|| whole.to_owned()),
            ..Quantity::measured(Measure::Percent, "%")
        });
    }
    let (mut currency, after) = sign(rest);
    let (first, after) = figure(after).ok_or_else(|| {
        // A figure further on: words before it that are not read.
        if let Some(at) = after.find(|c: char| c.is_ascii_digit()).filter(|&at| at > 0) {
            return format!(
                "quantity '{shown}': '{}' before the number is not a word negograph reads there (it reads \"about\", \"at least\", \"up to\", \"within\" and the like); {EXAMPLE}",
                crate::terminal::excerpt(after[..at].trim())
            );
        }
        format!("quantity '{shown}' has no number where one should be; {EXAMPLE}")
    })?;
    rest = after.trim_start();
    // "5%-7%": a percent sign before the range's dash.
    if let Some(after) = rest.strip_prefix('%')
        && starts_range(after.trim_start())
    {
        rest = after.trim_start();
    }
    let mut second = None;
    for sep in ["-", "\u{2013}", "\u{2014}", "to "] {
        if let Some(after_sep) = rest.strip_prefix(sep) {
            let (sign2, after_sign) = sign(after_sep.trim_start());
            currency = currency.or(sign2);
            let (n, after) = figure(after_sign.trim_start()).ok_or_else(|| {
                format!("quantity '{shown}' has a range with no second number; {EXAMPLE}")
            })?;
            second = Some(n);
            rest = after.trim_start();
            break;
        }
    }
    // "2-3 billion": the scale word after the range scales both figures.
    let (scale, after) = scale_word(rest);
    rest = after;
    let first = within_bound(first * scale, text)?;
    let second = second.map(|n| within_bound(n * scale, text)).transpose()?;
    if bound != Bound::Both && second.is_some() {
        return Err(format!(
            "quantity '{shown}' is both a bound and a range; write one, {EXAMPLE}"
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
    let mut q = what_is_counted(rest, currency, &shown)?;
    q.min = min;
    q.max = max;
    q.approximate = approximate;
    Ok(q)
}

/// The words after the figures: a currency, "percent" (and the whole it is
/// of), a unit, and "per X" for a rate.
fn what_is_counted(rest: &str, currency: Option<&str>, shown: &str) -> Result<Quantity, String> {
    let lower = rest.to_ascii_lowercase();
    let mut q = if let Some(n) = prefix(&lower, PERCENT) {
        let after = rest[n..].trim_start();
        if let Some(whole) = strip_word(after, "of") {
            // "100% of the first 8%": the whole may hold figures of its own.
            let whole = whole.trim();
            return Ok(Quantity {
                of: (!whole.is_empty()).then(|| whole.to_owned()),
                ..Quantity::measured(Measure::Percent, "%")
            });
        }
        let mut q = Quantity::measured(Measure::Percent, "%");
        q.per = per_part(after, shown)?.1;
        return Ok(q);
    } else if let Some((code, n)) = currency.map(|c| (c, 0)).or_else(|| named_currency(&lower)) {
        // What the money is for ("in aid") stays in the text as written;
        // what it is counted in is the currency.
        let (_, per) = per_part(rest[n..].trim_start(), shown)?;
        Quantity {
            per,
            ..Quantity::measured(Measure::Currency, code)
        }
    } else {
        let (unit, per) = per_part(rest, shown)?;
        Quantity {
            per,
            ..Quantity::measured(Measure::Count, &unit)
        }
    };
    q.unit = q.unit.trim().to_owned();
    Ok(q)
}

/// Splits "day of ceasefire per hostage" into the unit and what it is per;
/// refuses a second figure in either.
fn per_part(text: &str, shown: &str) -> Result<(String, Option<String>), String> {
    let lower = text.to_ascii_lowercase();
    let at = find_word(&lower, "per");
    let (unit, per) = match at {
        Some(i) => (text[..i].trim(), Some(text[i + 3..].trim())),
        None => (text.trim(), None),
    };
    if unit.chars().any(|c| c.is_ascii_digit()) || per.is_some_and(str::is_empty) {
        return Err(format!(
            "quantity '{shown}' has more than one figure, or a rate with nothing after 'per'; {EXAMPLE}"
        ));
    }
    let per = per.map(|p| strip_article(p).to_owned());
    Ok((unit.to_owned(), per))
}

/// "several hundred prisoners", "hundreds of prisoners", "dozens": at least
/// twice the scale, no upper bound, approximate.
fn vague(text: &str, shown: &str) -> Result<Option<Quantity>, String> {
    let lower = text.to_ascii_lowercase();
    let mut rest_at = None;
    let mut floor = 0.0;
    // "tens of thousands", "hundreds of thousands", "several hundred".
    for (lead, times) in [
        ("several", 1.0),
        ("a few", 1.0),
        ("tens of", 10.0),
        ("hundreds of", 100.0),
    ] {
        let Some(n) = prefix(&lower, &[lead]) else {
            continue;
        };
        let after = lower[n..].trim_start();
        let skipped = lower.len() - after.len();
        let scaled = VAGUE_SCALES
            .iter()
            .find_map(|&(w, s)| prefix(after, &[&format!("{w}s"), w]).map(|m| (s, m)));
        if let Some((scale, m)) = scaled {
            floor = 2.0 * scale * times;
            rest_at = Some(skipped + m);
        } else if times == 1.0 {
            // "several days": more than one.
            floor = 2.0;
            rest_at = Some(n);
        }
        break;
    }
    if rest_at.is_none() {
        for &(word, scale) in VAGUE_SCALES {
            if let Some(n) = prefix(&lower, &[&format!("{word}s")]) {
                floor = 2.0 * scale;
                rest_at = Some(n);
                break;
            }
        }
    }
    let Some(at) = rest_at else {
        return Ok(None);
    };
    let rest = text[at..].trim_start();
    let rest = strip_word(rest, "of").unwrap_or(rest);
    let mut q = what_is_counted(rest, None, shown)?;
    q.min = Some(floor);
    q.max = None;
    q.approximate = true;
    Ok(Some(q))
}

/// A figure: digits (thousands commas, a decimal point) or a number word.
fn figure(text: &str) -> Option<(f64, &str)> {
    number(text).or_else(|| word_of(text, NUMBER_WORDS))
}

/// The value of the first of `words` that `text` starts with as a whole word.
fn word_of<'a>(text: &'a str, words: &[(&str, f64)]) -> Option<(f64, &'a str)> {
    let lower = text.to_ascii_lowercase();
    words.iter().find_map(|&(w, v)| {
        let n = prefix(&lower, &[w])?;
        Some((v, &text[n..]))
    })
}

/// A scale word ("billion", "bn") at the start of `text`, as a multiplier.
fn scale_word(text: &str) -> (f64, &str) {
    let lower = text.to_ascii_lowercase();
    SCALES
        .iter()
        .find_map(|&(w, s)| prefix(&lower, &[w]).map(|n| (s, text[n..].trim_start())))
        .unwrap_or((1.0, text))
}

/// A currency sign or code before a figure ("$", "€", "USD ").
fn sign(text: &str) -> (Option<&'static str>, &str) {
    let lower = text.to_ascii_lowercase();
    for &(s, code) in CURRENCY_SIGNS {
        if let Some(after) = lower.strip_prefix(s) {
            let letters = s.ends_with(|c: char| c.is_alphabetic());
            if letters && !after.starts_with([' ', '$']) {
                continue;
            }
            return (
                Some(code),
                text[s.len()..].trim_start_matches('$').trim_start(),
            );
        }
    }
    (None, text)
}

/// A currency named after the figure ("dollars"), with its length.
fn named_currency(lower: &str) -> Option<(&'static str, usize)> {
    CURRENCY_NAMES
        .iter()
        .find_map(|&(w, code)| prefix(lower, &[w]).map(|n| (code, n)))
}

fn starts_range(text: &str) -> bool {
    ["-", "\u{2013}", "\u{2014}", "to "]
        .iter()
        .any(|s| text.starts_with(s))
}

fn within_bound(n: f64, text: &str) -> Result<f64, String> {
    if n <= MAX_FIGURE {
        return Ok(n);
    }
    Err(format!(
        "quantity '{}' has a figure over 10^15, the largest negograph reads exactly",
        crate::terminal::excerpt(text)
    ))
}

/// The length of the first of `words` that `lower` starts with as a whole
/// word (or a symbol such as `~`).
pub(super) fn prefix(lower: &str, words: &[&str]) -> Option<usize> {
    words.iter().find_map(|w| {
        let rest = lower.strip_prefix(w)?;
        let whole = !w.ends_with(|c: char| c.is_alphabetic())
            || rest.is_empty()
            || rest.starts_with(|c: char| !c.is_alphanumeric());
        whole.then_some(w.len())
    })
}

/// `text` after the whole word `word`, when it starts with it.
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let n = prefix(&text.to_ascii_lowercase(), &[word])?;
    Some(text[n..].trim_start())
}

/// Where the whole word `word` starts in `lower`, if anywhere.
fn find_word(lower: &str, word: &str) -> Option<usize> {
    lower.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + word.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// "a hostage" → "hostage".
fn strip_article(text: &str) -> &str {
    strip_word(text, "a")
        .or_else(|| strip_word(text, "an"))
        .or_else(|| strip_word(text, "each"))
        .unwrap_or(text)
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
