//! An article cut into sentences, and sentences into words, each a byte
//! range of the article so that every quote drawn from them is the
//! article's own text.
//!
//! Sentence bounds are Unicode's (UAX #29, from `unicode-segmentation`,
//! which ships its tables), then joined again where UAX #29 cuts after an
//! abbreviation it cannot know: "Gen. Smith", "the U.S. Treasury".

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::lexicon;

/// One word (letters, digits, inner apostrophes and hyphens) of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Where it is in the article, in bytes.
    pub span: Range<usize>,
    /// Its text in lower case.
    pub lower: String,
    /// Whether it starts with an upper-case letter.
    pub capital: bool,
    /// Whether only white space stands between it and the word before
    /// (no comma, bracket or quote mark): a name runs on only over spaces.
    pub spaced: bool,
}

/// The sentences of `text`, as byte ranges, each trimmed of surrounding
/// white space; empty ones left out.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut join_next = false;
    let pieces = text
        .split_sentence_bound_indices()
        .flat_map(|(start, piece)| unglued(text, start..start + piece.len()));
    for piece in pieces {
        let Some(span) = trimmed(text, piece) else {
            continue;
        };
        if caption(&text[span.clone()]) {
            join_next = false;
            continue;
        }
        match out.last_mut() {
            Some(last) if join_next && !paragraph_break(&text[last.end..span.start]) => {
                last.end = span.end;
            }
            _ => out.push(span.clone()),
        }
        join_next = ends_in_abbreviation(&text[span]);
    }
    out
}

/// `span` cut after every full stop, question or exclamation mark glued to
/// the next sentence with no space ("in 2022-24.If accepted, ..."), which
/// UAX #29 does not cut: a word of two or more letters or digits, without
/// dots of its own and no abbreviation, then the stop, then a capital and a
/// small letter.
fn unglued(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let piece = &text[span.clone()];
    let mut cuts = Vec::new();
    for (i, c) in piece.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut after = piece[i + 1..].chars();
        let (Some(first), Some(second)) = (after.next(), after.next()) else {
            continue;
        };
        let before = &piece[..i];
        let token_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(0, |k| {
                k + before[k..].chars().next().map_or(1, char::len_utf8)
            });
        let token = &before[token_start..];
        let glued = first.is_uppercase()
            && second.is_lowercase()
            && token.chars().count() >= 2
            && token
                .chars()
                .next_back()
                .is_some_and(|l| l.is_ascii_digit() || l.is_lowercase())
            && !before.ends_with('.')
            && !lexicon::ABBREVIATIONS.contains(&token.to_lowercase().as_str())
            && !piece[..token_start].ends_with('.');
        if glued {
            cuts.push(span.start + i + 1);
        }
    }
    let mut out = Vec::new();
    let mut from = span.start;
    for cut in cuts {
        out.push(from..cut);
        from = cut;
    }
    out.push(from..span.end);
    out
}

/// Whether a piece is a web page's caption or link line, no sentence of
/// the report: a caption word and a colon, then a few words.
fn caption(piece: &str) -> bool {
    let Some((head, rest)) = piece.split_once(':') else {
        return false;
    };
    let head = head.trim().to_lowercase();
    let first = head.split_whitespace().next().unwrap_or("");
    head.split_whitespace().count() <= 2
        && lexicon::CAPTION_WORDS.contains(&first)
        && rest.split_whitespace().count() <= 12
}

/// Whether the text between two pieces holds a blank line: a new paragraph
/// ends a sentence whatever came before it.
fn paragraph_break(between: &str) -> bool {
    between.matches('\n').count() >= 2
}

/// `span` without white space at either end; `None` when nothing is left.
fn trimmed(text: &str, span: Range<usize>) -> Option<Range<usize>> {
    let piece = &text[span.clone()];
    let start = span.start + (piece.len() - piece.trim_start().len());
    let end = span.start + piece.trim_end().len();
    (start < end).then_some(start..end)
}

/// Whether a piece ends in an abbreviation after which UAX #29 cut but a
/// sentence goes on ("Mr.", "U.S.", a single initial "J.").
fn ends_in_abbreviation(piece: &str) -> bool {
    let Some(last) = piece.split_whitespace().next_back() else {
        return false;
    };
    let last = last.trim_start_matches(['(', '"', '\u{201c}', '\'']);
    let Some(stem) = last.strip_suffix('.') else {
        return false;
    };
    let lower = stem.to_lowercase();
    if lexicon::ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // "U.S", "U.N", "E.U": letters joined by dots.
    let dotted = stem.split('.').all(|p| p.chars().count() == 1) && stem.contains('.');
    // An initial: "J. Smith".
    let initial = stem.chars().count() == 1 && stem.chars().all(char::is_uppercase);
    dotted || initial
}

/// The words of `text[span]`, in order.
pub fn words(text: &str, span: Range<usize>) -> Vec<Word> {
    let mut out = Vec::new();
    let piece = &text[span.clone()];
    let mut start: Option<usize> = None;
    let mut chars = piece.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let inner_joiner = matches!(c, '\'' | '\u{2019}' | '-' | '.')
            && start.is_some()
            && next.is_some_and(char::is_alphanumeric)
            && !(c == '-' && mediated_affix(&piece[i + 1..]));
        // "1,000": a comma inside a number; "$5", "NZ$1": a currency sign.
        let in_number = c == ','
            && piece[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit())
            && next.is_some_and(|n| n.is_ascii_digit());
        let currency =
            matches!(c, '$' | '\u{20ac}' | '\u{a3}') && next.is_some_and(|n| n.is_ascii_digit());
        let inner_joiner = inner_joiner || in_number || currency;
        // "8%": a percentage is one word with its number.
        let percent = c == '%' && start.is_some();
        if c.is_alphanumeric() || inner_joiner || percent {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let previous_end = out.last().map(|w: &Word| w.span.end);
            // "U.S.", "E.U.": the last dot of letters joined by dots is the
            // abbreviation's, so the word's (a speaker "U.S" cut it).
            let end = if c == '.' && dotted_letters(&piece[s..i]) {
                i + 1
            } else {
                i
            };
            out.push(word(text, span.start + s..span.start + end, previous_end));
        }
    }
    if let Some(s) = start {
        let previous_end = out.last().map(|w: &Word| w.span.end);
        out.push(word(text, span.start + s..span.end, previous_end));
    }
    out
}

/// "European Union-mediated talks", "Omani-brokered": the hyphen parts the
/// mediator from its verb, so that the name is read as a party's.
fn mediated_affix(rest: &str) -> bool {
    ["mediated", "brokered"].iter().any(|a| {
        rest.get(..a.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(a))
            && !rest[a.len()..].starts_with(char::is_alphanumeric)
    })
}

/// Whether `token` is single letters joined by dots: "U.S", "E.U", "U.N".
fn dotted_letters(token: &str) -> bool {
    token.contains('.')
        && token
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// One word of `text[span]`; its `lower` leaves off an abbreviation's last
/// dot ("u.s"), as the lexicon spells it.
fn word(text: &str, span: Range<usize>, previous_end: Option<usize>) -> Word {
    let piece = &text[span.clone()];
    let piece = piece
        .strip_suffix('.')
        .filter(|p| dotted_letters(p))
        .unwrap_or(piece);
    // After "U.S." a name does not run on: "U.S. negotiators" is the
    // country's, as it was when the dot stood between the words.
    let spaced = previous_end.is_some_and(|end| {
        text[end..span.start].chars().all(char::is_whitespace) && !text[..end].ends_with('.')
    });
    Word {
        spaced,
        lower: piece.to_lowercase().replace('\u{2019}', "'"),
        capital: piece.chars().next().is_some_and(char::is_uppercase),
        span,
    }
}

/// The report's headline: a first line without a full stop, a blank line
/// after it.
pub(super) fn headline(article: &str) -> Option<Range<usize>> {
    let mut start = article.len() - article.trim_start().len();
    // Notes above the report ("# Title: ...", "# URL: ...") are skipped,
    // whether the headline stands above them or below.
    loop {
        let rest = &article[start..];
        let end = start
            + dateline_follows(rest)
                .or_else(|| rest.find("\n\n"))
                .or_else(|| rest.find("\r\n\r\n"))?;
        let mut lines = Vec::new();
        let mut at = start;
        for line in article[start..end].split_inclusive('\n') {
            if !line.trim_start().starts_with('#') && !line.trim().is_empty() {
                lines.push(at..at + line.trim_end().len());
            }
            at += line.len();
        }
        match lines.as_slice() {
            [] => start = end + (article[end..].len() - article[end..].trim_start().len()),
            // "FICTION: ...", "EDITOR'S NOTE: ...": a note above the
            // headline, skipped as a '#' note is.
            [line] if capitals_label(&article[line.clone()]) => {
                start = end + (article[end..].len() - article[end..].trim_start().len());
            }
            [line] => {
                let unpunctuated =
                    !article[line.clone()].ends_with(['.', '!', '?', '"', '\u{201d}']);
                return unpunctuated.then(|| line.clone());
            }
            _ => return None,
        }
    }
}

/// Whether a line opens with a label in capitals and a colon ("FICTION:",
/// "EDITOR'S NOTE:"): an editor's note, no headline and no report.
fn capitals_label(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, _)| {
        label.chars().filter(|c| c.is_alphabetic()).count() >= 4
            && label.len() <= 24
            && label
                .chars()
                .all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '\'' | '\u{2019}'))
    })
}

/// The end of a first line followed by a dateline ("LOS ANGELES, July 9
/// (Wire) - ..."): a headline with no blank line after it.
fn dateline_follows(rest: &str) -> Option<usize> {
    let end = rest.find('\n')?;
    let next = rest[end + 1..].trim_start();
    let place = next.split(',').next()?;
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && place.len() < 40
        && place
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-');
    (capitals && next.len() > place.len()).then_some(end)
}

/// Whether byte `at` is on a line that starts with '#': a Markdown heading
/// or a note above the report ("# Title: ..."), which repeats or describes
/// the report rather than reporting.
pub(super) fn in_heading(article: &str, at: usize) -> bool {
    let line_start = article[..at].rfind('\n').map_or(0, |i| i + 1);
    article[line_start..].trim_start().starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text =
            "Gen. Okafor said the U.S. Treasury would wait. Mr. Lind disagreed.\n\nTalks go on.";
        assert_eq!(
            cut(text),
            [
                "Gen. Okafor said the U.S. Treasury would wait.",
                "Mr. Lind disagreed.",
                "Talks go on."
            ]
        );
    }

    #[test]
    fn a_stop_glued_to_the_next_sentence_ends_it() {
        let text =
            "The offer covers 2023-25.If it is accepted, the strike stops. The U.S.Navy waits.";
        assert_eq!(
            cut(text),
            [
                "The offer covers 2023-25.",
                "If it is accepted, the strike stops.",
                "The U.S.Navy waits."
            ]
        );
    }

    #[test]
    fn caption_lines_are_no_sentences() {
        let text = "Nurses walked out on Monday.\nPhoto: Harbour Images\nImage credit: AP\nThe union said: we stay out.";
        assert_eq!(
            cut(text),
            [
                "Nurses walked out on Monday.",
                "The union said: we stay out."
            ]
        );
    }

    #[test]
    fn initials_join_and_questions_end() {
        let text = "J. Marsh spoke. Will they agree? Nobody knows!";
        assert_eq!(
            cut(text),
            ["J. Marsh spoke.", "Will they agree?", "Nobody knows!"]
        );
    }

    #[test]
    fn words_keep_inner_apostrophes_hyphens_and_dots() {
        let text = "The dockworkers' union's 30-day U.S. plan of 8%.";
        // The abbreviation's last dot is the word's.
        assert_eq!(&text[words(text, 0..text.len())[4].span.clone()], "U.S.");
        let got: Vec<String> = words(text, 0..text.len())
            .into_iter()
            .map(|w| w.lower)
            .collect();
        assert_eq!(
            got,
            [
                "the",
                "dockworkers",
                "union's",
                "30-day",
                "u.s",
                "plan",
                "of",
                "8%"
            ]
        );
    }
}
