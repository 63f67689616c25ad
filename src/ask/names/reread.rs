//! A typo inside a longer name: the question read again with the typo
//! corrected (see [`reread_typos`]).

use std::ops::Range;

use super::{Asked, Chosen, Found, choose_names};
use crate::ask::words::stem;
use crate::graph::Graph;

/// "The 30-day ceasfire": a typo read as a one-word name may be a word of
/// a longer name, which the misspelling hid (leaving "the 30-day" to fit
/// every node it is inside). Read again with each typo corrected; when a
/// corrected word then sits in a name of two words or more, that reading
/// (`Ok`), each name holding a corrected word marked as fuzzy so it is
/// said; otherwise the first reading (`Err`).
pub(super) fn reread_typos(
    q: &Asked,
    graph: &Graph,
    chosen: Vec<Chosen>,
) -> Result<Vec<Chosen>, Vec<Chosen>> {
    let corrected: Vec<(usize, String)> = chosen
        .iter()
        .filter_map(|(span, _, found)| match found {
            Found::Fuzzy { name } if span.len() == 1 && !name.contains(' ') => {
                Some((span.start, name.to_lowercase()))
            }
            _ => None,
        })
        .collect();
    if corrected.is_empty() {
        return Err(chosen);
    }
    let fixed: Vec<String> = (0..q.stems.len())
        .map(|k| match corrected.iter().find(|(j, _)| *j == k) {
            Some((_, name)) => stem(name),
            None => q.stems[k].to_owned(),
        })
        .collect();
    let again = Asked {
        text: q.text,
        words: q.words,
        kept: q.kept.clone(),
        stems: fixed.iter().map(String::as_str).collect(),
        content: q.content,
    };
    let holds_fix = |span: &Range<usize>| corrected.iter().any(|(k, _)| span.contains(k));
    let reread = choose_names(&again, graph);
    if !reread
        .iter()
        .any(|(span, _, _)| span.len() > 1 && holds_fix(span))
    {
        return Err(chosen);
    }
    Ok(reread
        .into_iter()
        .map(|(span, nodes, found)| {
            if !holds_fix(&span) {
                return (span, nodes, found);
            }
            let name: Vec<String> = span
                .clone()
                .map(|k| match corrected.iter().find(|(j, _)| *j == k) {
                    Some((_, fix)) => fix.clone(),
                    None => q.typed(k).to_owned(),
                })
                .collect();
            (
                span,
                nodes,
                Found::Fuzzy {
                    name: name.join(" "),
                },
            )
        })
        .collect())
}
