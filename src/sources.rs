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

/// One diagnostic per quote not found in its source's text (every
/// citation of every edge, and the quotes of dated status changes), and per
/// source whose text file is missing. A source's text is `DIR/<file>` when
/// it names a file, else `DIR/<id>.txt`.
pub fn verify_quotes(doc: &Document, dir: &Path, max_file_size: u64) -> Vec<Diagnostic> {
    // Every text is looked for inside this folder only, links resolved.
    let root = std::fs::canonicalize(dir);
    let mut texts: HashMap<&str, Option<String>> = HashMap::new();
    let mut out = Vec::new();
    let files: HashMap<&str, &str> = doc
        .sources
        .iter()
        .filter_map(|s| Some((s.id.as_str(), s.file.as_deref()?)))
        .collect();
    let mut check = |source: &str, quote: &str, at: JsonPath, out: &mut Vec<Diagnostic>| {
        // The key is the source as listed, so the map borrows nothing from `source`.
        let Some(listed) = doc.sources.iter().find(|s| s.id == source) else {
            return; // an unknown source is validation's error to report
        };
        let text = texts.entry(listed.id.as_str()).or_insert_with(|| {
            let path = match files.get(source) {
                Some(file) => dir.join(file),
                None => dir.join(format!("{source}.txt")),
            };
            if let Err(why) = inside(root.as_deref().ok(), dir, &path) {
                out.push(
                    Diagnostic::error(
                        "source-text-outside",
                        at.clone(),
                        format!(
                            "cannot check quotes from '{source}': its text {why}; it was not read"
                        ),
                    )
                    .with_help(Some(format!(
                        "put the source's text inside {} and name it relative to that folder",
                        dir.display()
                    ))),
                );
                return None;
            }
            match crate::load::Input::read_text(&path, max_file_size) {
                Ok(input) => Some(normalise_text(&input.text)),
                Err(e) => {
                    out.push(
                        Diagnostic::error(
                            "source-text-missing",
                            at.clone(),
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
                    at,
                    format!("the quote does not occur in source '{source}'"),
                )
                .with_help(Some("quote the source's exact words".into())),
            );
        }
    };
    for (i, edge) in doc.edges.iter().enumerate() {
        let listed = edge.listed_citations().is_some();
        for (c, citation) in edge.citations().enumerate() {
            let (Some(source), Some(quote)) = (citation.source, citation.quote) else {
                continue;
            };
            let at = if listed {
                JsonPath::item("edges", i, Some("citations"))
                    .index(c)
                    .key("quote")
            } else {
                JsonPath::item("edges", i, Some("quote"))
            };
            check(source, quote, at, &mut out);
        }
    }
    for (i, node) in doc.nodes.iter().enumerate() {
        for (h, change) in node.status_history().iter().enumerate() {
            if let (Some(source), Some(quote)) = (&change.source, &change.quote) {
                let at = JsonPath::item("nodes", i, Some("status_history"))
                    .index(h)
                    .key("quote");
                check(source, quote, at, &mut out);
            }
        }
    }
    out
}

/// Whether `path` (`dir` joined with a source's `file`, or `<id>.txt`) is
/// inside `dir`, whose canonical form is `root`: no `..` or absolute part,
/// and, once every link is resolved, still under `root`. A path outside was
/// read, and which quotes were "not found" then told whether a guess occurs
/// in a file the graph's author should not see.
fn inside(root: Option<&Path>, dir: &Path, path: &Path) -> Result<(), String> {
    use std::path::Component;
    let rest = path.strip_prefix(dir).unwrap_or(path);
    if rest
        .components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err("leaves the folder (an absolute path, or '..')".into());
    }
    let Some(root) = root else {
        return Ok(()); // no folder: reading reports every text missing
    };
    match std::fs::canonicalize(path) {
        Ok(real) if real.starts_with(root) => Ok(()),
        Ok(_) => Err("is a link that leads outside the folder".into()),
        Err(_) => Ok(()), // missing: reading says so
    }
}

/// How many quotes [`verify_quotes`] checks.
pub fn quote_count(doc: &Document) -> usize {
    let cited = doc
        .edges
        .iter()
        .flat_map(crate::model::Edge::citations)
        .filter(|c| c.source.is_some() && c.quote.is_some())
        .count();
    let dated = doc
        .nodes
        .iter()
        .flat_map(crate::model::Node::status_history)
        .filter(|c| c.source.is_some() && c.quote.is_some())
        .count();
    cited + dated
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
