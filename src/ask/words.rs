//! A question as words: lower-cased, contractions spelt out ("can't" is
//! "can not", "what's" is "what is", "Russia's" is "russia"), each with its
//! stem and where it stands in the question as typed.
//!
//! Names and intent cues are compared by stem (Porter2, the Snowball English
//! stemmer), so "blocking", "blocked" and "blocks" all read as "block", and
//! "sanctions" finds a node called "sanction". Both sides go through the same
//! function, so a stem only has to be consistent, never pretty.

use std::ops::Range;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// One word of a question (or of a name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Lower case, as spelt once contractions are undone.
    pub text: String,
    /// The Porter2 stem of `text` (numbers and short words stay as they are).
    pub stem: String,
    /// Where the word stands in the text it came from, in bytes. The two
    /// halves of a contraction ("can" and "not" of "can't") share one span.
    pub span: Range<usize>,
}

/// Articles: "the ceasefire" and "ceasefire" name the same thing.
pub const ARTICLES: &[&str] = &["the", "a", "an"];

/// Words that carry no name and no intent of their own. A name is never
/// found on these alone, and a typo is never looked for among them.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "actually",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "anything",
    "are",
    "as",
    "at",
    "basically",
    "be",
    "been",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "currently",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "each",
    "either",
    "else",
    "even",
    "ever",
    "exactly",
    "for",
    "from",
    "get",
    "gets",
    "getting",
    "give",
    "go",
    "going",
    "got",
    "had",
    "happen",
    "happens",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "know",
    "let",
    "like",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "please",
    "precisely",
    "really",
    "right",
    "say",
    "see",
    "she",
    "should",
    "show",
    "so",
    "some",
    "specifically",
    "still",
    "such",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "things",
    "this",
    "those",
    "to",
    "too",
    "up",
    "us",
    "very",
    "want",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "your",
];

/// The text between two words of `text` ("" between the halves of a
/// contraction, which share one span).
pub fn between<'t>(text: &'t str, first: &Word, second: &Word) -> &'t str {
    text.get(first.span.end..second.span.start)
        .unwrap_or_default()
}

/// Whether `text` (a lower-case word) is a number, in digits or words:
/// too common to name a node alone.
pub fn is_number(text: &str) -> bool {
    const NUMBERS: &[&str] = &[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozen",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "first",
        "second",
        "third",
    ];
    text.chars().all(|c| c.is_ascii_digit()) || NUMBERS.contains(&text)
}

/// Every stopword, in order.
pub(super) fn stopwords() -> &'static [&'static str] {
    STOPWORDS
}

/// Whether `text` (a lower-case word) is a stopword.
pub fn is_stopword(text: &str) -> bool {
    STOPWORDS.binary_search(&text).is_ok()
}

/// The stem of one lower-case word: Porter2 for words of letters, the word
/// itself for numbers and for words of three letters or fewer ("us", "eu").
pub fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    if word.chars().count() <= 3 || !word.chars().all(char::is_alphabetic) {
        return word.to_owned();
    }
    STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(word)
        .into_owned()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// The words of `text`: runs of letters and digits, an apostrophe between two
/// letters kept inside a word so that contractions can be undone.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    split(text, |text, span| {
        out.push(Word {
            stem: stem(&text),
            text,
            span,
        });
    });
    out
}

/// Two words people write as one: (first, second, the one word).
const COMPOUNDS: &[(&str, &str, &str)] = &[("cease", "fire", "ceasefire")];

/// The words of `text` as [`words`] finds them, lower case, without their
/// stems: for callers that stem only the words they need. Quantities are
/// spelt one way on both sides (names and questions): "nine percent",
/// "9 per cent" and "9%" are all "9", "ten days" is "10 days".
pub fn split(text: &str, mut each: impl FnMut(String, Range<usize>)) {
    // "cease fire" is "ceasefire", as people spell it both ways.
    let mut all: Vec<(String, Range<usize>)> = Vec::new();
    split_words(text, |word, span| {
        if let Some((first, at)) = all.last()
            && let Some(&(_, _, whole)) =
                COMPOUNDS.iter().find(|(a, b, _)| first == a && word == *b)
        {
            let start = at.start;
            all.pop();
            all.push((whole.to_owned(), start..span.end));
            return;
        }
        all.push((word, span));
    });
    let mut i = 0;
    while i < all.len() {
        let (word, span) = &all[i];
        let next = all.get(i + 1).map(|(w, _)| w.as_str());
        let after = all.get(i + 2).map(|(w, _)| w.as_str());
        // "A month-long truce" is the 30-day one, as names spell it.
        if word == "month" && next == Some("long") {
            each("30".to_owned(), span.clone());
            each("day".to_owned(), all[i + 1].1.clone());
            i += 2;
            continue;
        }
        let number = spelt_number(word)
            .filter(|_| next.is_some_and(is_unit))
            .map(|n| n.to_string())
            .or_else(|| spelt_day(word, next, after))
            .unwrap_or_else(|| word.clone());
        if number.chars().all(|c| c.is_ascii_digit()) {
            // "9 percent", "9 per cent": the unit is the "%" no word keeps.
            let per_cent = next == Some("per") && after == Some("cent");
            if per_cent || matches!(next, Some("percent" | "pct")) {
                let skip = if per_cent { 3 } else { 2 };
                each(number, span.start..all[i + skip - 1].1.end);
                i += skip;
                continue;
            }
        }
        each(number, span.clone());
        i += 1;
    }
}

/// A number spelt in words ("nine", "thirty"), as a number.
fn spelt_number(word: &str) -> Option<u32> {
    const UNITS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    const TENS: &[&str] = &[
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(n) = UNITS.iter().position(|u| *u == word) {
        return u32::try_from(n).ok();
    }
    TENS.iter()
        .position(|t| *t == word)
        .and_then(|n| u32::try_from(n * 10 + 30).ok())
}

/// "The first of March": an ordinal spelt in words before "of" and a
/// month, as its digits ("1st"), the way dates are read.
fn spelt_day(word: &str, next: Option<&str>, after: Option<&str>) -> Option<String> {
    const ORDINALS: &[&str] = &[
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let n = ORDINALS.iter().position(|o| *o == word)? + 1;
    (next == Some("of") && after.is_some_and(|m| crate::model::month_number(m).is_some())).then(
        || {
            let suffix = match n {
                1 => "st",
                2 => "nd",
                3 => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        },
    )
}

/// Whether a word after a number makes it a quantity ("nine percent",
/// "ten days"), which is then spelt in digits.
fn is_unit(word: &str) -> bool {
    matches!(
        word,
        "percent"
            | "per"
            | "pct"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "hour"
            | "hours"
    )
}

/// [`split`] before two-word spellings are joined.
fn split_words(text: &str, mut each: impl FnMut(String, Range<usize>)) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        // "U.S.", "U.K.": the letters of a dotted abbreviation are one word,
        // as "US" and "UK" are.
        if let Some((letters, next)) = dotted_abbreviation(&chars, i) {
            let end = chars.get(next).map_or(text.len(), |c| c.0);
            each(letters, start..end);
            i = next;
            continue;
        }
        let mut raw = String::new();
        while i < chars.len() {
            let c = chars[i].1;
            let joins = is_apostrophe(c)
                && i > 0
                && chars[i - 1].1.is_alphabetic()
                && chars.get(i + 1).is_some_and(|n| n.1.is_alphabetic());
            if c.is_alphanumeric() {
                raw.extend(c.to_lowercase());
            } else if joins {
                raw.push('\'');
            } else {
                break;
            }
            i += 1;
        }
        let end = chars.get(i).map_or(text.len(), |c| c.0);
        // A trailing apostrophe ("the allies' demands") is a plural's possessive.
        if chars.get(i).is_some_and(|c| is_apostrophe(c.1)) {
            i += 1;
        }
        for part in undo_contraction(&raw) {
            each(part, start..end);
        }
    }
}

/// Single letters each followed by a dot, two or more ("U.S.", "e.u."),
/// from `i`: the letters in lower case, and where the abbreviation ends.
fn dotted_abbreviation(chars: &[(usize, char)], i: usize) -> Option<(String, usize)> {
    let mut letters = String::new();
    let mut k = i;
    while chars.get(k).is_some_and(|c| c.1.is_alphabetic())
        && chars.get(k + 1).is_some_and(|c| c.1 == '.')
        && !chars
            .get(k + 2)
            .is_some_and(|c| c.1.is_alphanumeric() && chars.get(k + 3).is_none_or(|d| d.1 != '.'))
    {
        letters.extend(chars[k].1.to_lowercase());
        k += 2;
    }
    // "the U.S.'s offer": the possessive goes with it.
    if chars.get(k).is_some_and(|c| is_apostrophe(c.1))
        && chars.get(k + 1).is_some_and(|c| c.1 == 's')
        && !chars.get(k + 2).is_some_and(|c| c.1.is_alphanumeric())
    {
        k += 2;
    }
    (letters.chars().count() >= 2 && !chars.get(k).is_some_and(|c| c.1.is_alphanumeric()))
        .then_some((letters, k))
}

/// `can't` → `can not`, `won't` → `will not`, `what's` → `what is`,
/// `they're` → `they are`, `Russia's` → `russia`.
fn undo_contraction(word: &str) -> Vec<String> {
    let Some(at) = word.find('\'') else {
        // People often leave the apostrophe out: "whats", "cant", "doesnt".
        return match word {
            "whats" | "whos" | "wheres" | "hows" | "thats" | "whys" => {
                vec![word[..word.len() - 1].to_owned(), "is".to_owned()]
            }
            "cant" => vec!["can".to_owned(), "not".to_owned()],
            "wont" => vec!["will".to_owned(), "not".to_owned()],
            "dont" | "doesnt" | "didnt" | "isnt" | "arent" | "wasnt" | "werent" | "hasnt"
            | "havent" | "hadnt" | "shouldnt" | "wouldnt" | "couldnt" => {
                vec![word[..word.len() - 2].to_owned(), "not".to_owned()]
            }
            _ => vec![word.to_owned()],
        };
    };
    let (head, tail) = (&word[..at], &word[at + 1..]);
    let owned = |parts: &[&str]| parts.iter().map(|p| (*p).to_owned()).collect();
    match (head, tail) {
        ("won", "t") => owned(&["will", "not"]),
        ("can", "t") => owned(&["can", "not"]),
        ("shan", "t") => owned(&["shall", "not"]),
        (h, "t") if h.ends_with('n') => owned(&[&h[..h.len() - 1], "not"]),
        (h, "re") => owned(&[h, "are"]),
        (h, "ve") => owned(&[h, "have"]),
        (h, "ll") => owned(&[h, "will"]),
        (h, "d") => owned(&[h, "would"]),
        (h, "m") => owned(&[h, "am"]),
        (
            h @ ("what" | "who" | "where" | "how" | "that" | "it" | "there" | "here" | "why"
            | "when" | "which" | "he" | "she"),
            "s",
        ) => owned(&[h, "is"]),
        // Any other 's is a possessive: "Russia's demands" are Russia's.
        (h, "s") => owned(&[h]),
        // An apostrophe inside a name ("o'brien") stays part of it.
        _ => vec![word.replace('\'', "")],
    }
}

/// Words that open a condition: "if the West pauses aid, ...".
pub const IF_WORDS: &[&str] = &[
    "if",
    "assuming",
    "assume",
    "suppose",
    "supposing",
    "once",
    "provided",
    "given",
];

/// Nouns for what a party holds: "<X>'s position", "the EU line".
pub(super) const HELD: &[&str] = &[
    "position",
    "positions",
    "stance",
    "view",
    "views",
    "line",
    "demand",
    "demands",
    "proposal",
    "proposals",
    "offer",
    "offers",
    "plan",
    "plans",
    "role",
    "goals",
    "interests",
    "reaction",
    "response",
    "take",
    "red",
];

/// The words of [`HELD`] and [`OPINION`], for reading a typo of one.
pub(super) fn held_words() -> impl Iterator<Item = &'static str> {
    HELD.iter().chain(OPINION).copied()
}

/// Verbs that ask a subject's opinion: "what do farmers think".
pub(super) const OPINION: &[&str] = &["think", "feel", "want", "say", "make", "believe"];

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(q: &str) -> Vec<String> {
        words(q).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn two_word_spellings_are_one_word() {
        assert_eq!(texts("the cease fire"), ["the", "ceasefire"]);
        assert_eq!(texts("a cease-fire now"), ["a", "ceasefire", "now"]);
        assert_eq!(texts("cease"), ["cease"]);
        assert_eq!(texts("fire the ceasefire"), ["fire", "the", "ceasefire"]);
        assert_eq!(texts("the nine percent offer"), ["the", "9", "offer"]);
        assert_eq!(texts("a 9 per cent offer"), ["a", "9", "offer"]);
        assert_eq!(texts("a 9% offer"), ["a", "9", "offer"]);
        assert_eq!(texts("the last ten days"), ["the", "last", "10", "days"]);
        assert_eq!(texts("two sides"), ["two", "sides"]);
        assert_eq!(texts("the first of March"), ["the", "1st", "of", "march"]);
        assert_eq!(texts("the first offer"), ["the", "first", "offer"]);
        let w = words("the cease fire?");
        assert_eq!(&"the cease fire?"[w[1].span.clone()], "cease fire");
    }

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        assert!(
            STOPWORDS.windows(2).all(|w| w[0] < w[1]),
            "keep STOPWORDS sorted"
        );
    }

    #[test]
    fn contractions_and_possessives_are_undone() {
        assert_eq!(
            texts("Why can't the talks resume?"),
            ["why", "can", "not", "the", "talks", "resume"]
        );
        assert_eq!(
            texts("what’s Russia’s position"),
            ["what", "is", "russia", "position"]
        );
        assert_eq!(texts("who won't budge"), ["who", "will", "not", "budge"]);
        assert_eq!(texts("the allies' demands"), ["the", "allies", "demands"]);
        assert_eq!(texts("they're stuck"), ["they", "are", "stuck"]);
        assert_eq!(texts("O'Brien"), ["obrien"]);
        assert_eq!(
            texts("whats blocking it, why cant they"),
            ["what", "is", "blocking", "it", "why", "can", "not", "they"]
        );
        assert_eq!(texts("doesnt"), ["does", "not"]);
    }

    #[test]
    fn dotted_abbreviations_are_one_word() {
        assert_eq!(
            texts("the latest U.S. offer"),
            ["the", "latest", "us", "offer"]
        );
        assert_eq!(texts("the U.K.'s plan"), ["the", "uk", "plan"]);
        assert_eq!(texts("plan B. Then"), ["plan", "b", "then"]);
        assert_eq!(texts("e.g."), ["eg"]);
    }

    #[test]
    fn hyphens_and_punctuation_split_words_and_spans_point_into_the_text() {
        let q = "What blocks the 30-day ceasefire?";
        let w = words(q);
        assert_eq!(
            texts(q),
            ["what", "blocks", "the", "30", "day", "ceasefire"]
        );
        assert_eq!(&q[w[5].span.clone()], "ceasefire");
        let q = "Zelensky's offer";
        assert_eq!(&q[words(q)[0].span.clone()], "Zelensky's");
    }

    #[test]
    fn inflections_share_a_stem_and_numbers_keep_theirs() {
        for (a, b) in [
            ("blocks", "blocking"),
            ("blocked", "block"),
            ("connected", "connection"),
            ("sanctions", "sanction"),
            ("opposes", "opposed"),
            ("negotiations", "negotiation"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_eq!(stem("30"), "30");
        assert_eq!(stem("us"), "us");
    }
}
