//! Phrasings that say the same thing, made one before names are found: a
//! question's "the strike is still going", "the strike drags on" or "the
//! strike continues" is the graph's "the strike goes on", whichever of
//! them the graph's names use.

use super::dates::Dated;
use super::words::{Word, is_stopword, stem, words};
use crate::graph::Graph;

/// Ways of saying something carries on, in words as [`words`] splits them.
const CONTINUING: &[&[&str]] = &[
    &["goes", "on"],
    &["go", "on"],
    &["still", "going"],
    &["still", "on"],
    &["continues"],
    &["continue"],
    &["continuing"],
    &["carries", "on"],
    &["carry", "on"],
    &["drags", "on"],
    &["dragging", "on"],
    &["keeps", "going"],
    &["persists"],
    &["lasts"],
];

/// The question's words with a way of saying something carries on, after a
/// word that is no stopword ("strike", not "what's going on"), spelt as the
/// graph's names spell it, when one of them does; the question's date
/// (found before, on the words as typed) keeps its words.
pub(super) fn as_the_graph_says(
    ws: Vec<Word>,
    graph: &Graph,
    date: Option<Dated>,
) -> (Vec<Word>, Option<Dated>) {
    let Some(spelt) = graph_spelling(graph) else {
        return (ws, date);
    };
    let kept = date
        .as_ref()
        .map_or(ws.len()..ws.len(), |d| d.words.clone());
    let mut out = Vec::with_capacity(ws.len());
    let mut i = 0;
    let mut date = date;
    while i < ws.len() {
        if i == kept.start
            && let Some(d) = date.as_mut()
        {
            d.words = out.len()..out.len() + kept.len();
        }
        let said = (i > 0 && !kept.contains(&i) && !is_stopword(&ws[i - 1].text))
            .then(|| {
                CONTINUING.iter().find(|p| {
                    p.len() <= ws.len() - i
                        && p.iter()
                            .enumerate()
                            .all(|(k, w)| ws[i + k].text == *w && !kept.contains(&(i + k)))
                })
            })
            .flatten();
        match said {
            Some(p) if *p != spelt => {
                let span = ws[i].span.start..ws[i + p.len() - 1].span.end;
                out.extend(spelt.iter().map(|w| Word {
                    text: (*w).to_owned(),
                    stem: stem(w),
                    span: span.clone(),
                }));
                i += p.len();
            }
            _ => {
                out.push(ws[i].clone());
                i += 1;
            }
        }
    }
    (out, date)
}

/// The way of saying something carries on that the graph's names use.
fn graph_spelling(graph: &Graph) -> Option<&'static [&'static str]> {
    let texts = |name: &str| -> Vec<String> { words(name).into_iter().map(|w| w.text).collect() };
    graph
        .node_indices()
        .flat_map(|n| {
            std::iter::once(graph.label(n)).chain(graph.node(n).aliases.iter().map(String::as_str))
        })
        .find_map(|name| {
            let name = texts(name);
            CONTINUING
                .iter()
                .find(|p| {
                    name.windows(p.len())
                        .any(|w| w.iter().zip(p.iter()).all(|(a, b)| a == b))
                })
                .copied()
        })
}
