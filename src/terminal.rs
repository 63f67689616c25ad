//! Text from a graph file made inert for a terminal.
//!
//! A label, quote or id is data, but a terminal acts on some characters: a
//! carriage return moves back to the start of the line (a label can overwrite
//! what the analyst reads), a newline starts a fake line, bidi controls
//! reorder what follows them, and C0 and C1 controls begin escape sequences
//! (U+009B is a one-character CSI). [`inert`] shows each of them visibly
//! instead, so what is printed is what the file says. Every place where file
//! text reaches a terminal passes it through this one function; JSON output
//! keeps the exact text.

use std::borrow::Cow;
use std::fmt::Write;

/// `text` with every character a terminal would act on shown visibly: `\r`,
/// `\n` and `\t` as those two-character escapes, every other C0 and C1
/// control, DEL, the bidi controls (U+061C, U+200E, U+200F, U+202A to U+202E,
/// U+2066 to U+2069) and the line and paragraph separators (U+2028, U+2029) as
/// `<U+XXXX>`. Text with none of them is returned as it is, without copying.
///
/// ```
/// use negograph::terminal::inert;
/// assert_eq!(inert("Gaza ceasefire"), "Gaza ceasefire");
/// assert_eq!(inert("fake\r\nline"), "fake\\r\\nline");
/// assert_eq!(inert("evil\u{202E}txt.exe"), "evil<U+202E>txt.exe");
/// assert_eq!(inert("\u{9b}31m"), "<U+009B>31m");
/// ```
pub fn inert(text: &str) -> Cow<'_, str> {
    let Some(first) = text.find(acts_on_terminal) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        match c {
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if acts_on_terminal(c) => {
                let _ = write!(out, "<U+{:04X}>", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The most characters of a value a message quotes.
pub const EXCERPT_CHARS: usize = 80;

/// A value as a message quotes it: whole up to [`EXCERPT_CHARS`] characters,
/// else its start and its length, so that a 100 MB value in a file makes a
/// line of a message, not 100 MB of one (`check` printed 315 MB for one
/// hostile `relation`).
///
/// ```
/// use negograph::terminal::excerpt;
/// assert_eq!(excerpt("supports"), "supports");
/// let long = "r".repeat(100_000);
/// assert_eq!(excerpt(&long), format!("{}… (100000 characters)", "r".repeat(80)));
/// ```
pub fn excerpt(text: &str) -> Cow<'_, str> {
    match text.char_indices().nth(EXCERPT_CHARS) {
        None => Cow::Borrowed(text),
        Some((end, _)) => Cow::Owned(format!(
            "{}… ({} characters)",
            &text[..end],
            text.chars().count()
        )),
    }
}

/// A message of at most about `max` characters: a longer one keeps its start
/// and its end (where a suggestion usually is) and says how much is left out
/// between. The bound behind [`excerpt`] for messages that quote a value
/// whole.
pub fn bounded(text: String, max: usize) -> String {
    let chars = text.chars().count();
    if chars <= max {
        return text;
    }
    let (head, tail) = (max * 2 / 3, max / 3);
    let head_end = text.char_indices().nth(head).map_or(text.len(), |(i, _)| i);
    let tail_start = text
        .char_indices()
        .nth(chars - tail)
        .map_or(text.len(), |(i, _)| i);
    format!(
        "{}… ({} characters left out) …{}",
        &text[..head_end],
        chars - head - tail,
        &text[tail_start..]
    )
}

/// Whether a terminal does something with `c` other than showing it.
pub fn acts_on_terminal(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1F}'
        | '\u{7F}'..='\u{9F}'
        | '\u{61C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_messages_keep_their_ends() {
        let msg = format!("unknown kind '{}' (allowed: party)", "k".repeat(5000));
        let short = bounded(msg, 300);
        assert!(short.starts_with("unknown kind 'kkk"), "{short}");
        assert!(short.ends_with("kk' (allowed: party)"), "{short}");
        assert!(short.contains("(4732 characters left out)"), "{short}");
        assert!(short.chars().count() < 340);
        assert_eq!(bounded("é".repeat(10), 10), "é".repeat(10));
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        let text = "Türkiye — «quoted» ‘single’ 中文 עברית العربية";
        assert!(matches!(inert(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn every_control_is_escaped_and_nothing_else() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let shown = inert(c.encode_utf8(&mut [0; 4])).into_owned();
            if acts_on_terminal(c) {
                assert!(!shown.contains(c), "{c:?} came through");
                assert!(shown.chars().all(|s| !acts_on_terminal(s)), "{shown}");
            } else {
                assert_eq!(shown, c.to_string());
            }
        }
        for c in [
            '\r', '\n', '\u{1b}', '\u{7f}', '\u{9b}', '\u{202e}', '\u{2066}',
        ] {
            assert!(acts_on_terminal(c), "{c:?}");
        }
        assert_eq!(inert("a\u{1b}[31mb"), "a<U+001B>[31mb");
        assert_eq!(inert("\u{200f}\u{61c}\u{2029}"), "<U+200F><U+061C><U+2029>");
    }
}
