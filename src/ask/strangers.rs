//! A party the graph does not hold: "what is China's position on the
//! ceasefire?" of a graph with no China is refused, naming it, rather than
//! read without it (the positions on the ceasefire, every party's).

use super::Parsed;
use super::names::Found;
use super::words::{HELD, OPINION, is_stopword};
use crate::error::Error;
use crate::graph::Graph;
use crate::model::NodeKind;

/// Words that ask whether a party does something: "does China want".
const AUXILIARIES: &[&str] = &[
    "does", "did", "do", "will", "would", "is", "has", "can", "could",
];

/// Titles before a person's name ("Mr. Trump", "Dr Okafor"): the name
/// after one is the person, the title no name of its own.
const TITLES: &[&str] = &["mr", "mrs", "ms", "mx", "dr", "sir", "dame"];

/// The refusal for a question about a party the graph does not hold: a
/// capitalised word that is no name of the graph, no date and no word of
/// any phrase, standing where a party does ("China's position", "what does
/// the EU make of this", the subject of the question); `None` when there is none.
pub(super) fn refusal(question: &str, parsed: &Parsed, graph: &Graph) -> Option<Error> {
    let ws = &parsed.words;
    let text = |k: usize| ws.get(k).map_or("", |w| w.text.as_str());
    // A word any name of the graph holds ("Western" of "Western allies")
    // is no stranger, only not a whole name.
    let named: std::collections::HashSet<String> = graph
        .node_indices()
        .flat_map(|n| {
            let node = graph.node(n);
            [graph.id(n), graph.label(n)]
                .into_iter()
                .chain(node.aliases.iter().map(String::as_str))
                .flat_map(super::words::words)
                .map(|w| w.stem)
                .collect::<Vec<_>>()
        })
        .collect();
    let stranger = super::parse::content_left(parsed).find(|&i| {
        if named.contains(&ws[i].stem) {
            return false;
        }
        let typed = &question[ws[i].span.clone()];
        let initial = typed.chars().next().is_some_and(char::is_uppercase);
        let acronym = typed.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && typed
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase());
        // The question's first word is capitalised whatever it is.
        // A country, capital or leader the lexicon knows is a name however
        // it is typed ("whats chinas position", "the eu").
        let word = ws[i].text.as_str();
        let place = super::lexicon::same_words()
            .any(|w| w.len() >= 2 && (w == word || word.strip_suffix('s') == Some(w)))
            && word != "us";
        let proper = acronym || (initial && i > 0) || place;
        let held = HELD.contains(&text(i + 1));
        // The subject of the question ("does the EU make of this", "will
        // Egypt step in"): whatever it is asked to do, it is asked about.
        let subject = i > 0
            && (AUXILIARIES.contains(&text(i - 1))
                || (super::words::ARTICLES.contains(&text(i - 1))
                    && i > 1
                    && AUXILIARIES.contains(&text(i - 2))));
        // "What do farmers in Country C think?": a group of people the
        // graph does not hold, asked for its opinion, whatever its case.
        let opinion = subject
            && ws[i].text.len() > 3
            && ws[i].text.ends_with('s')
            && (i + 1..ws.len().min(i + 6)).any(|k| OPINION.contains(&text(k)));
        let title = TITLES.contains(&ws[i].text.as_str()) && i + 1 < ws.len();
        !is_stopword(&ws[i].text) && !title && ((proper && (held || subject)) || opinion)
    })?;
    let typed = &question[ws[stranger].span.clone()];
    let bare = !typed.contains(['\'', '’']);
    let mut name = typed
        .trim_end_matches(['\'', '’'])
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_owned();
    // "Chinas position": a possessive typed without its apostrophe.
    if bare && name.len() > 3 && name.ends_with('s') && HELD.contains(&text(stranger + 1)) {
        name.pop();
    }
    let shown = if !bare || name == typed {
        format!("'{name}'")
    } else {
        format!("'{name}' (read from '{typed}')")
    };
    let parties = party_ids(graph);
    Some(Error::Usage(format!(
        "the graph has no party or node called {shown}: no claim by or about it is recorded, so the question cannot be answered without it (the parties: {})",
        parties.join(", ")
    )))
}

/// "What did Iran say about the truce terms?" of a graph where Iran is no
/// party, only a word inside a position's label ("the UN holding Russia
/// and Iran ... to a halt"): a capitalised name standing as the subject
/// of the question, found only inside longer labels of no party, is a
/// party the graph does not hold. Refused, naming it and the labels it is
/// a word of, rather than answered about a position that merely mentions
/// it (round 17).
pub(super) fn only_inside_a_label(question: &str, parsed: &Parsed, graph: &Graph) -> Option<Error> {
    let ws = &parsed.words;
    let text = |k: usize| ws.get(k).map_or("", |w| w.text.as_str());
    let mention = parsed.mentions.iter().find(|m| {
        let i = m.words.start;
        let typed = &question[ws[i].span.clone()];
        m.found == Found::Partial
            && m.words.len() == 1
            && i > 0
            && AUXILIARIES.contains(&text(i - 1))
            && typed.chars().next().is_some_and(char::is_uppercase)
            && m.nodes.iter().all(|&n| graph.kind(n) != NodeKind::Party)
    })?;
    let name = question[ws[mention.words.start].span.clone()].to_owned();
    let inside: Vec<String> = mention
        .nodes
        .iter()
        .map(|&n| format!("'{}' ({})", graph.label(n), graph.id(n)))
        .collect();
    let parties = party_ids(graph);
    Some(Error::Usage(format!(
        "the graph has no party called '{name}': it is only a word of {}, so nothing it said or holds is recorded (the parties: {})",
        inside.join(" and "),
        parties.join(", ")
    )))
}

/// The graph's parties by id, in file order: what a refusal of a name
/// offers instead.
fn party_ids(graph: &Graph) -> Vec<&str> {
    graph
        .node_indices()
        .filter(|&n| graph.kind(n) == NodeKind::Party)
        .map(|n| graph.id(n))
        .collect()
}
