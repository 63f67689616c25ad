//! How values that are not one plain string go into one CSV cell, and back.
//!
//! Two rules, both chosen for a person editing in a spreadsheet:
//!
//! - **Lists** (aliases; in format 1.1 also `actor` and `disputed_by`) are
//!   written `Moscow; the Kremlin`: items separated by `;`, which is what
//!   people type. An item that would not survive that (it holds a `;`, starts
//!   or ends with a space, is empty, or the cell would start with `[`) makes
//!   the whole cell a JSON array instead, `["a;b", " c"]`, so nothing is lost.
//! - **Formula guard**: a spreadsheet runs a cell that starts with `=`, `+`,
//!   `-`, `@`, a tab or a carriage return as a formula ("CSV injection"). Such
//!   a cell is written with a `'` in front, which spreadsheets show as text;
//!   a cell that really starts with `'` gets a second one. Reading strips one
//!   leading `'`, so every value comes back as it was.

/// Where a quoted cell opens and never closes, as (line, column), both
/// 1-based, the column in characters. The `csv` crate ends such a cell at the
/// end of the file without a word, so a note that opened a quote swallowed
/// every row after it. The states follow the `csv` crate's reader: a quote
/// opens a cell only as its first byte, `""` inside one is a quote, and
/// after the closing quote the cell runs on unquoted to the next comma.
pub(crate) fn unclosed_quote(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let (mut line, mut line_start) = (1, 0);
    let mut field_start = true;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' if field_start => {
                let (open_line, open_col) = (line, text[line_start..i].chars().count() + 1);
                i += 1;
                loop {
                    match b.get(i) {
                        None => return Some((open_line, open_col)),
                        Some(b'"') if b.get(i + 1) == Some(&b'"') => i += 2,
                        Some(b'"') => break,
                        Some(b'\n') => {
                            line += 1;
                            line_start = i + 1;
                            i += 1;
                        }
                        Some(_) => i += 1,
                    }
                }
                field_start = false;
            }
            b',' => field_start = true,
            b'\n' => {
                line += 1;
                line_start = i + 1;
                field_start = true;
            }
            b'\r' => field_start = true,
            _ => field_start = false,
        }
        i += 1;
    }
    None
}

/// The separator between list items in a cell.
pub const LIST_SEPARATOR: char = ';';

/// A list as one cell: `a; b`, or a JSON array when plain items would not read back.
pub fn list_cell(items: &[String]) -> String {
    let plain = items
        .iter()
        .all(|item| !item.is_empty() && item.trim() == item && !item.contains(LIST_SEPARATOR))
        && items.first().is_none_or(|first| !first.starts_with('['));
    if plain {
        items.join("; ")
    } else {
        serde_json::to_string(items).expect("strings serialize")
    }
}

/// Reads a list cell written by [`list_cell`] or typed by a person: a JSON
/// array of strings when it starts with `[`, else items separated by `;`,
/// trimmed, empty ones skipped.
///
/// # Errors
///
/// A message for a cell that starts with `[` but is not a JSON list of strings.
pub fn parse_list_cell(cell: &str) -> Result<Vec<String>, String> {
    if cell.trim_start().starts_with('[') {
        return serde_json::from_str::<Vec<String>>(cell).map_err(|e| {
            format!("a cell starting with '[' is read as a JSON list of strings, and this one is not: {e}")
        });
    }
    Ok(cell
        .split(LIST_SEPARATOR)
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect())
}

/// A value as the spreadsheet form writes it: guarded against being run as a formula.
pub fn guard(value: &str) -> std::borrow::Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\'') => format!("'{value}").into(),
        _ => value.into(),
    }
}

/// A cell as read: the formula guard removed.
pub fn unguard(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_left_open_is_found_where_it_opens() {
        assert_eq!(unclosed_quote("id,note\nx1,\"opens\nx2,b\n"), Some((2, 4)));
        assert_eq!(unclosed_quote("a,\"b\nc\",d\n\"é\n"), Some((3, 1)));
        assert_eq!(
            unclosed_quote("a,\"\u{e9}\"\"x\"\n"),
            None,
            "a doubled quote is a quote"
        );
        assert_eq!(
            unclosed_quote("a,x\"y\n"),
            None,
            "a quote inside a cell is a character"
        );
        assert_eq!(
            unclosed_quote("a,\"b\"x\"y\n"),
            None,
            "after the closing quote too"
        );
        assert_eq!(
            unclosed_quote("é,\"b"),
            Some((1, 3)),
            "columns count characters"
        );
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn plain_lists_read_as_people_type_them() {
        assert_eq!(
            list_cell(&strings(&["Moscow", "the Kremlin"])),
            "Moscow; the Kremlin"
        );
        assert_eq!(
            parse_list_cell("Moscow;the Kremlin ;  ; Putin").unwrap(),
            strings(&["Moscow", "the Kremlin", "Putin"])
        );
        assert_eq!(list_cell(&[]), "");
        assert!(parse_list_cell("").unwrap().is_empty());
    }

    #[test]
    fn every_list_comes_back_as_it_was() {
        for items in [
            strings(&["a;b", "c"]),
            strings(&[" padded", "x"]),
            strings(&["[draft]"]),
            strings(&["quote \" and \\ and\nnewline"]),
            strings(&["plain", "words"]),
        ] {
            let cell = list_cell(&items);
            assert_eq!(parse_list_cell(&cell).unwrap(), items, "cell {cell:?}");
        }
        assert!(
            parse_list_cell("[not json")
                .unwrap_err()
                .contains("JSON list")
        );
    }

    #[test]
    fn formulas_are_guarded_and_values_come_back() {
        for value in [
            "=HYPERLINK(\"x\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "'quoted",
            "\tx",
            "plain",
        ] {
            let written = guard(value);
            assert!(
                !written.starts_with(['=', '+', '-', '@', '\t']),
                "{written}"
            );
            assert_eq!(unguard(&written), value);
        }
    }
}
