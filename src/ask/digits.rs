//! Digits inside a longer number: "5" of "14.5%" is no figure of its own,
//! in a node's name or in a question. Below both names and figures, which
//! read it.

use std::ops::Range;

/// Whether the word at `span` of `name` is part of a longer number: "5" of
/// "14.5%" or "2,500" (the question's "the 5% offer" is not the 14.5% one).
pub(super) fn inside_a_number(name: &str, span: Range<usize>) -> bool {
    let b = name.as_bytes();
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let joins = |c: Option<&u8>| matches!(c, Some(b'.' | b','));
    let before = span.start >= 2 && joins(b.get(span.start - 1)) && digit_at(span.start - 2);
    let after = joins(b.get(span.end)) && digit_at(span.end + 1);
    before || after
}

/// A word of `text` at `span`, marked when it is part of a longer number
/// ("5" of "14.5%" as ".5"), so that names and questions match it only
/// where both hold the longer number.
pub(super) fn marked(text: &str, span: Range<usize>, word: String) -> String {
    if inside_a_number(text, span) {
        format!(".{word}")
    } else {
        word
    }
}
