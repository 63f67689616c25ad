//! Offers named by a figure: "who turned down the 21% deal?", "the 62%
//! deal or the 77%?", "the 70-day deal". A figure the graph's names hold
//! names the node whose name holds it; when it names a package and the
//! terms joined to it by `part_of` ("the 70-day deal": Hamas's version and
//! its 70-day ceasefire), it is the package, not one of its terms.

use std::ops::Range;

use super::digits::inside_a_number;
use super::names::{Found, Mention};
use super::words::{ARTICLES, Word, is_number, split};
use crate::graph::{Graph, NodeIx};
use crate::model::{NodeKind, Relation};

/// Nouns that, after a figure, say it names an offer ("the 21% deal").
const OFFER_NOUNS: &[&str] = &[
    "deal",
    "deals",
    "offer",
    "offers",
    "proposal",
    "proposals",
    "package",
    "plan",
    "bid",
    "version",
];

/// The question's mentions with packages read over their terms, figures
/// read as the positions that hold them, and offer words after figures
/// taken in; what to say of them.
pub(super) fn read_figures(
    question: &str,
    ws: &[Word],
    graph: &Graph,
    mentions: &mut Vec<Mention>,
    in_date: &dyn Fn(usize) -> bool,
) -> Vec<String> {
    let mut notes: Vec<String> = mentions
        .iter_mut()
        .filter_map(|m| package_over_terms(ws, graph, m))
        .collect();
    let taken = |i: usize| in_date(i) || mentions.iter().any(|m| m.words.contains(&i));
    let (by_figure, figure_notes) = figure_mentions(question, ws, graph, &taken);
    notes.extend(figure_notes);
    mentions.extend(by_figure);
    mentions.sort_by_key(|m| m.words.start);
    take_offer_nouns(question, ws, mentions);
    notes
}

/// Whether `word` is a word for an offer, or one letter from one
/// ("proopsal").
fn offer_noun(word: &str) -> bool {
    OFFER_NOUNS.contains(&word)
        || (word.len() >= 5
            && OFFER_NOUNS
                .iter()
                .any(|noun| noun.len() >= 5 && strsim::osa_distance(noun, word) == 1))
}

/// Mentions ending in a figure ("the 62" of "the 62% deal") take the word
/// for an offer after them, which names the same node.
fn take_offer_nouns(question: &str, ws: &[Word], mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let end = mentions[k].words.end;
        let free = !mentions.iter().any(|m| m.words.contains(&end));
        if free && is_number(&ws[end - 1].text) && ws.get(end).is_some_and(|w| offer_noun(&w.text))
        {
            let m = &mut mentions[k];
            m.words.end += 1;
            let start = ws[m.words.start].span.start;
            question[start..ws[end].span.end].clone_into(&mut m.text);
        }
    }
}

/// Units a figure is counted in, as [`split`] leaves them after the number.
const UNITS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years",
];

/// A mention's nodes with the terms of a package it also names left out,
/// and the package kept, when they are one package and its terms and a
/// word for an offer ends or follows the mention ("the 70-day deal"; "the
/// 70-day thing" stays both, said).
fn package_over_terms(ws: &[Word], graph: &Graph, mention: &mut Mention) -> Option<String> {
    let offer_word = |i: usize| ws.get(i).is_some_and(|w| offer_noun(&w.text));
    if mention.nodes.len() < 2
        || !(offer_word(mention.words.end) || offer_word(mention.words.end - 1))
    {
        return None;
    }
    let package = mention.nodes.iter().copied().find(|&p| {
        graph.kind(p) == NodeKind::Proposal
            && mention
                .nodes
                .iter()
                .all(|&n| n == p || is_term_of(graph, n, p))
    })?;
    let terms: Vec<&str> = mention
        .nodes
        .iter()
        .filter(|&&n| n != package)
        .map(|&n| graph.id(n))
        .collect();
    let note = format!(
        "read '{}' as {}, the package, not its term {}",
        mention.text,
        graph.id(package),
        terms.join(", ")
    );
    mention.nodes = vec![package];
    Some(note)
}

/// Whether `term` is joined to `package` by `part_of`.
fn is_term_of(graph: &Graph, term: NodeIx, package: NodeIx) -> bool {
    graph
        .edges_directed(term, petgraph::Direction::Outgoing)
        .any(|e| {
            let m = graph.meta(e);
            m.to == package && m.relation == Relation::PartOf
        })
}

/// Mentions for figures no name was found around ("the 21% deal" of a
/// graph whose offer is "Stellantis's 21% offer"): a number after an
/// article or before an offer noun, that the names of one node hold (or of
/// one package and its terms). `taken` says which words are already a
/// name's or the date's.
fn figure_mentions(
    question: &str,
    ws: &[Word],
    graph: &Graph,
    taken: &dyn Fn(usize) -> bool,
) -> (Vec<Mention>, Vec<String>) {
    let mut out = Vec::new();
    let mut notes = Vec::new();
    for i in 0..ws.len() {
        if taken(i)
            || !is_number(&ws[i].text)
            || !ws[i].text.chars().all(|c| c.is_ascii_digit())
            || inside_a_number(question, ws[i].span.clone())
        {
            continue;
        }
        let mut end = i + 1;
        while end < ws.len() && !taken(end) && UNITS.contains(&ws[end].text.as_str()) {
            end += 1;
        }
        let noun = ws
            .get(end)
            .is_some_and(|w| !taken(end) && offer_noun(&w.text));
        let after_article = i > 0 && ARTICLES.contains(&ws[i - 1].text.as_str());
        // "Stellantis's 21%": a figure a name owns names an offer.
        let owned = i > 0 && taken(i - 1) && {
            let upto = &question[ws[i - 1].span.start..ws[i].span.start];
            let upto = upto.trim_end();
            ["'s", "\u{2019}s", "s'", "s\u{2019}"]
                .iter()
                .any(|s| upto.to_lowercase().ends_with(s))
        };
        if !noun && !after_article && !owned {
            continue;
        }
        let mut nodes = holding(graph, &ws[i].text);
        // "The 21% deal": of a proposal and a demand holding the figure,
        // the offer noun names the proposal; the other is said.
        let proposals: Vec<NodeIx> = nodes
            .iter()
            .copied()
            .filter(|&n| graph.kind(n) == NodeKind::Proposal)
            .collect();
        if (noun || owned) && nodes.len() > 1 && proposals.len() == 1 {
            let others: Vec<&str> = nodes
                .iter()
                .filter(|&&n| n != proposals[0])
                .map(|&n| graph.id(n))
                .collect();
            let last = if noun { end } else { end - 1 };
            notes.push(format!(
                "read '{}' as the offer {}; {} also holds the figure {}",
                &question[ws[i].span.start..ws[last].span.end],
                graph.id(proposals[0]),
                others.join(", "),
                ws[i].text,
            ));
            nodes = proposals;
        }
        if nodes.is_empty() {
            continue;
        }
        let words: Range<usize> = i..if noun { end + 1 } else { end };
        let span = ws[words.start].span.start..ws[words.end - 1].span.end;
        let mut mention = Mention {
            words,
            text: question[span].to_owned(),
            nodes,
            found: Found::Partial,
        };
        notes.extend(package_over_terms(ws, graph, &mut mention));
        // "The 5% offer" of a graph with two positions named by 5%: both,
        // each answered and said (see `name_notes`), never one picked.
        if mention.nodes.len() <= super::MOST_READINGS {
            out.push(mention);
        }
    }
    (out, notes)
}

/// The positions whose names hold `figure` as a word.
fn holding(graph: &Graph, figure: &str) -> Vec<NodeIx> {
    graph
        .node_indices()
        .filter(|&n| graph.kind(n).is_position())
        .filter(|&n| {
            graph.node(n).names().any(|name| {
                let mut held = false;
                split(name, |text, span| {
                    held |= text == figure && !inside_a_number(name, span);
                });
                held
            })
        })
        .collect()
}
