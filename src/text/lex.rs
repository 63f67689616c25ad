//! One line of the text format as words: bare, quoted (JSON's escapes), or
//! marked `@` (a source) or `=` (an id taken as written). A `#` that starts
//! a word starts a comment.

use crate::terminal::acts_on_terminal;

/// How a word was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mark {
    /// Bare or quoted.
    Plain,
    /// `@WORD`: a source.
    At,
    /// `=WORD`: an id, never a label or alias.
    Exact,
}

/// One word of a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Word {
    /// Its text, escapes decoded.
    pub text: String,
    /// Whether it was in double quotes (then never a keyword).
    pub quoted: bool,
    pub mark: Mark,
    /// Its first byte in the line.
    pub start: usize,
}

impl Word {
    /// Whether it is the bare keyword `key`.
    pub fn is(&self, key: &str) -> bool {
        !self.quoted && self.mark == Mark::Plain && self.text == key
    }

    /// The bare word, if it is one (what a keyword must be).
    pub fn bare(&self) -> Option<&str> {
        (!self.quoted && self.mark == Mark::Plain).then_some(self.text.as_str())
    }
}

/// What is wrong with a line, and where (a byte in it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct LexError {
    pub at: usize,
    pub message: String,
}

/// The words of `line` (no line break in it), up to a comment.
pub(super) fn words(line: &str) -> Result<Vec<Word>, LexError> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < b.len() && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'#' {
            return Ok(out);
        }
        let start = i;
        let mark = match b[i] {
            b'@' => Mark::At,
            b'=' => Mark::Exact,
            _ => Mark::Plain,
        };
        if mark != Mark::Plain {
            i += 1;
        }
        let (text, quoted) = if b.get(i) == Some(&b'"') {
            let end = closing_quote(b, i).ok_or_else(|| LexError {
                at: i,
                message: "this quoted text is not closed; end it with \" on the same line \
                          (a quote inside is written \\\")"
                    .to_owned(),
            })?;
            let text = serde_json::from_str::<String>(&line[i..=end]).map_err(|e| LexError {
                at: i,
                message: format!(
                    "bad escape in quoted text ({}); write \\\" for a quote mark and \\\\ for a backslash",
                    strip_position(&e.to_string())
                ),
            })?;
            i = end + 1;
            if i < b.len() && !matches!(b[i], b' ' | b'\t') {
                return Err(LexError {
                    at: i,
                    message: "a space must follow quoted text".to_owned(),
                });
            }
            (text, true)
        } else {
            let from = i;
            while i < b.len() && !matches!(b[i], b' ' | b'\t') {
                i += 1;
            }
            (line[from..i].to_owned(), false)
        };
        out.push(Word {
            text,
            quoted,
            mark,
            start,
        });
        if let Some(rest) = bare_text_after_keyword(line, &out, i) {
            out.push(rest);
            return Ok(out);
        }
    }
}

/// After `note` or `title` opening a line, bare text runs to the end of the
/// line as typed: quote marks inside it are the writer's words, not quoted
/// text (`note date inferred: "on Saturday", after the talks`).
fn bare_text_after_keyword(line: &str, words: &[Word], after: usize) -> Option<Word> {
    let [keyword] = words else { return None };
    if !(keyword.is("note") || keyword.is("title")) {
        return None;
    }
    let start = after + line[after..].len() - line[after..].trim_start_matches([' ', '\t']).len();
    let rest = line[start..].trim_end();
    if start == after || rest.is_empty() || rest.starts_with(['"', '#']) {
        return None;
    }
    Some(Word {
        text: rest.to_owned(),
        quoted: false,
        mark: Mark::Plain,
        start,
    })
}

/// The byte of the `"` closing the quoted text opened at `open`.
fn closing_quote(b: &[u8], open: usize) -> Option<usize> {
    let mut i = open + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// `serde_json`'s message without its " at line 1 column N".
fn strip_position(message: &str) -> &str {
    message
        .find(" at line ")
        .map_or(message, |cut| &message[..cut])
}

/// Whether `text` can be written bare: not empty, no space, quote, control
/// character or backslash, and not starting with what marks a word.
pub(super) fn bare_ok(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with(['@', '=', '#', '"'])
        && !text
            .chars()
            .any(|c| c.is_whitespace() || acts_on_terminal(c) || c == '"' || c == '\\')
}

/// `text` as one word: bare when it can be, else quoted with JSON's escapes.
pub(super) fn word(text: &str, reserved: bool) -> String {
    if bare_ok(text) && !reserved {
        text.to_owned()
    } else {
        quoted(text)
    }
}

/// `text` in double quotes, JSON's escapes, and `\uXXXX` for every other
/// character an editor or terminal acts on (DEL, C1 controls, bidi
/// controls, line separators): a right-to-left override written raw would
/// show the line an analyst reviews reversed, not as the tool reads it.
pub(super) fn quoted(text: &str) -> String {
    let json = serde_json::to_string(text).unwrap_or_else(|_| String::from("\"\""));
    if !json.contains(acts_on_terminal) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 12);
    for c in json.chars() {
        if acts_on_terminal(c) {
            out.push_str(&format!("\\u{:04X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<(String, bool, Mark)> {
        words(line)
            .unwrap()
            .into_iter()
            .map(|w| (w.text, w.quoted, w.mark))
            .collect()
    }

    #[test]
    fn words_quotes_marks_and_comments() {
        let got = texts(r#"russia rejects "a \"30-day\" pause" @wire ="x y" # said"#);
        assert_eq!(
            got,
            vec![
                ("russia".into(), false, Mark::Plain),
                ("rejects".into(), false, Mark::Plain),
                ("a \"30-day\" pause".into(), true, Mark::Plain),
                ("wire".into(), false, Mark::At),
                ("x y".into(), true, Mark::Exact),
            ]
        );
        assert_eq!(texts("  # only a comment"), vec![]);
        assert_eq!(texts("a#b"), vec![("a#b".into(), false, Mark::Plain)]);
    }

    #[test]
    fn bare_text_after_note_or_title_keeps_its_quote_marks() {
        let line = r#"  note date inferred: "on Saturday", after the talks"#;
        let got = texts(line);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].0, r#"date inferred: "on Saturday", after the talks"#);
        assert_eq!(words(line).unwrap()[1].start, 7);
        assert_eq!(
            texts(r#"title The "deal" so far"#)[1].0,
            r#"The "deal" so far"#
        );
        // Quoted text after the keyword, and `note` as a field later on a line, lex as words.
        assert_eq!(texts(r#"note "a" "b""#).len(), 3);
        assert_eq!(
            texts(r#"x note a "b" c"#)[3],
            ("b".into(), true, Mark::Plain)
        );
        assert_eq!(texts("note"), vec![("note".into(), false, Mark::Plain)]);
    }

    #[test]
    fn unclosed_and_bad_quotes_say_where() {
        let e = words(r#"a "open"#).unwrap_err();
        assert_eq!(e.at, 2);
        assert!(e.message.contains("not closed"));
        let e = words(r#"a "\q""#).unwrap_err();
        assert!(e.message.contains("escape"), "{}", e.message);
        let e = words(r#""a"b"#).unwrap_err();
        assert_eq!(e.at, 3);
    }

    #[test]
    fn written_words_read_back() {
        for text in [
            "plain",
            "two words",
            "",
            "@at",
            "=eq",
            "#hash",
            "q\"uote",
            "back\\slash",
            "tab\tnew\nline",
            "é",
            "A\u{202E}B\u{0}C\u{7F}\u{85}\u{2066}",
        ] {
            let line = word(text, false);
            let back = words(&line).unwrap();
            assert_eq!(back.len(), 1, "{line}");
            assert_eq!(back[0].text, text);
            assert_eq!(back[0].mark, Mark::Plain);
        }
    }
}
