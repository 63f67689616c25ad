//! Checking quotes against the sources they cite: every quote must occur in its
//! source's text, `DIR/<source id>.txt`, up to whitespace and typographic quotes.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, JsonPath};
use crate::model::Document;

/// Folds what a quote may legitimately differ in: runs of whitespace, and curly
/// versus straight quotation marks.
pub fn normalise_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}' => '"',
            other => other,
        });
    }
    out
}

/// One diagnostic per quote not found in its source's text, and per source
/// whose text file is missing.
pub fn verify_quotes(doc: &Document, dir: &Path, max_file_size: u64) -> Vec<Diagnostic> {
    let mut texts: HashMap<&str, Option<String>> = HashMap::new();
    let mut out = Vec::new();
    for (i, edge) in doc.edges.iter().enumerate() {
        let (Some(source), Some(quote)) = (edge.source(), edge.quote()) else {
            continue;
        };
        let text = texts.entry(&**source).or_insert_with(|| {
            let path = dir.join(format!("{source}.txt"));
            match crate::load::Input::read(&path, max_file_size) {
                Ok(input) => Some(normalise_text(&input.text)),
                Err(e) => {
                    out.push(
                        Diagnostic::error(
                            "source-text-missing",
                            JsonPath::item("edges", i, Some("source")),
                            format!("cannot check quotes from '{source}': {e}"),
                        )
                        .with_help(Some(format!("put the source's text in {}", path.display()))),
                    );
                    None
                }
            }
        });
        if let Some(text) = text
            && !text.contains(&normalise_text(quote))
        {
            out.push(
                Diagnostic::error(
                    "quote-not-found",
                    JsonPath::item("edges", i, Some("quote")),
                    format!("the quote does not occur in source '{source}'"),
                )
                .with_help(Some("quote the source's exact words".into())),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_and_curly_quotes_fold() {
        assert_eq!(
            normalise_text("  \u{201C}We  await\n a\u{2019}s\u{201D} "),
            "\"We await a's\""
        );
    }
}
