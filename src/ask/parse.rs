//! A question as words, names, a date and an "if" clause, before an
//! intent is chosen ([`Parsed`]), and the cue vocabulary it is read with.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use super::cues::{DATE, EVER, NAME, Pattern};
use super::dates::{self, Asks};
use super::failure::FAILS;
use super::names::{self, Found, Mention};
use super::words::{self, ARTICLES, Word, is_stopword, words};
use super::{days, intents, lexicon, phrasing};
use crate::graph::Graph;
use crate::model::Date;

/// Words that open a condition: "if the West pauses aid, ...".
pub const IF_WORDS: &[&str] = &[
    "if",
    "assuming",
    "assume",
    "suppose",
    "supposing",
    "once",
    "provided",
    "given",
];

/// Words that end a condition when no comma does: "what blocks X if Y is met".
const CLAUSE_ENDS: &[&str] = &[
    "what", "who", "which", "how", "would", "will", "does", "do", "is", "are", "can", "could",
    "was", "were", "has", "have",
];

/// Every stem the intents' phrases are made of, and the words they are
/// spelt with (for reading a typo as the cue it was meant to be).
pub(super) struct Vocabulary {
    pub(super) stems: HashSet<String>,
    pub(super) spelt: Vec<(String, String)>,
}

pub(super) fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut stems = HashSet::new();
        let mut spelt = Vec::new();
        let phrases = intents::all()
            .flat_map(|i| {
                i.cues
                    .iter()
                    .map(|(p, _)| *p)
                    .chain(i.needs.iter().copied())
            })
            .chain(IF_WORDS.iter().copied());
        for phrase in phrases {
            stems.extend(Pattern::new(phrase).stems().map(str::to_owned));
            for word in phrase.split([' ', '/']) {
                if word.chars().all(char::is_alphabetic) && word.len() >= 5 {
                    spelt.push((word.to_owned(), words::stem(word)));
                }
            }
        }
        stems.remove(NAME);
        stems.remove(DATE);
        stems.remove(EVER);
        spelt.sort();
        spelt.dedup();
        Vocabulary { stems, spelt }
    })
}

/// The question as the intents see it, before one is chosen.
pub(super) struct Parsed<'q> {
    pub(super) words: Vec<Word>,
    pub(super) date: Option<dates::Dated>,
    pub(super) mentions: Vec<Mention>,
    /// Indices into `mentions` of the names in an "if" clause, and which
    /// of them is assumed met.
    pub(super) conditional: Vec<usize>,
    pub(super) assumed: Option<usize>,
    /// Whether the "if" clause says its event does not happen ("if C
    /// keeps refusing monitors"): what is assumed is that refusal, not the
    /// position it names (see `view::view_for`).
    pub(super) refused: bool,
    /// Cue words read through a typo: (as typed, as read).
    pub(super) cue_typos: Vec<(&'q str, String)>,
    /// Phrases read as the graph's word for the same thing (see [`lexicon`]).
    pub(super) rewrites: Vec<lexicon::Rewrite>,
    /// Stems cues are matched on: names as [`NAME`], a date as [`DATE`]
    /// (all time as [`EVER`]), articles out.
    pub(super) frame: Vec<String>,
    /// [`Parsed::frame`] without the words of the "if" clause: what a
    /// reading that takes the clause as a condition is matched on.
    pub(super) main_frame: Vec<String>,
}

pub(super) fn parse<'q>(question: &'q str, graph: &Graph) -> Parsed<'q> {
    let ws = words(question);
    let newest = graph.newest_source_date().unwrap_or_else(Date::today);
    // Words of a node's own name ("the Thursday meeting") are never a date.
    let date = days::since_begun(&ws, dates::find(question, &ws, newest), newest)
        .filter(|d| !days::names_a_node(graph, &ws, &d.words));
    let (ws, date) = phrasing::as_the_graph_says(ws, graph, date);
    let (ws, date, rewrites) = lexicon::as_the_graph_names(question, &ws, graph, date);
    let in_date = |i: usize| date.as_ref().is_some_and(|d| d.words.contains(&i));
    let vocabulary = vocabulary();
    let content = |i: usize| {
        !in_date(i) && !is_stopword(&ws[i].text) && !vocabulary.stems.contains(&ws[i].stem)
    };
    let mut mentions = names::find(question, &ws, graph, &content);
    // "Did any country back down?": a word inside several names after a
    // word that counts ("any", "every", "which") stands for all of them,
    // no one name; the reading covers every party without it.
    mentions.retain(|m| !counted(&ws, m, graph));
    // "Before the ministers met": the day before the event's.
    let (date, mentions) = match date {
        None => days::before_event(graph, &ws, mentions),
        some => (some, mentions),
    };
    let in_date = |i: usize| date.as_ref().is_some_and(|d| d.words.contains(&i));
    let mention_at = |i: usize| mentions.iter().position(|m| m.words.contains(&i));

    // An "if" clause: from the word to a comma or a word that starts the
    // main question. Its first position is assumed met.
    let mut conditional = Vec::new();
    let mut assumed = None;
    let mut refused = false;
    let mut clause = 0..0;
    if let Some(start) = (0..ws.len()).find(|&i| opens_if(&ws, i)) {
        let mut end = start + 1;
        while end < ws.len() {
            let comma = words::between(question, &ws[end - 1], &ws[end]).contains(',');
            let begins_question = CLAUSE_ENDS.contains(&ws[end].text.as_str())
                && mentions
                    .iter()
                    .any(|m| m.words.start > start && m.words.end <= end);
            if comma || begins_question {
                break;
            }
            end += 1;
        }
        conditional = (0..mentions.len())
            .filter(|&m| mentions[m].words.start > start && mentions[m].words.start < end)
            .collect();
        assumed = conditional.iter().copied().find(|&m| {
            mentions[m]
                .nodes
                .iter()
                .any(|&n| graph.kind(n).is_position())
        });
        refused = said_not_to_happen(&ws, start + 1..end, &mentions);
        clause = start + 1..end;
    }

    // The words cues are matched on, with typos of cue words read as meant.
    let mut frame = Vec::new();
    // The same without the "if" clause's words: what the main question
    // asks when the clause is read as a condition.
    let mut main_frame = Vec::new();
    let mut cue_typos = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let mut push = |stem: String, at: usize| {
            if !clause.contains(&at) {
                main_frame.push(stem.clone());
            }
            frame.push(stem);
        };
        if let Some(m) = mention_at(i) {
            push(NAME.to_owned(), i);
            i = mentions[m].words.end;
            continue;
        }
        // A date stands as one word: "what changed <d>", "positions <ever>".
        if in_date(i) && !(i > 0 && in_date(i - 1)) {
            let all_time = date.as_ref().is_some_and(|d| d.asks == Asks::AllTime);
            push(if all_time { EVER } else { DATE }.to_owned(), i);
        }
        if !in_date(i) && !ARTICLES.contains(&ws[i].text.as_str()) {
            let stem = match cue_typo(&ws[i]) {
                Some((spelt, stem)) => {
                    cue_typos.push((&question[ws[i].span.clone()], spelt.to_owned()));
                    stem.to_owned()
                }
                None => ws[i].stem.clone(),
            };
            push(stem, i);
        }
        i += 1;
    }

    Parsed {
        refused,
        words: ws,
        date,
        mentions,
        conditional,
        assumed,
        cue_typos,
        rewrites,
        frame,
        main_frame,
    }
}

/// Whether the words `clause` (an "if" clause) say its event does not
/// happen ("if C keeps refusing monitors", "if the talks fail"): a phrase
/// of [`FAILS`] among the words no name takes.
fn said_not_to_happen(ws: &[Word], clause: Range<usize>, mentions: &[Mention]) -> bool {
    let loose: Vec<String> = clause
        .filter(|i| !mentions.iter().any(|m| m.words.contains(i)))
        .map(|i| ws[i].stem.clone())
        .collect();
    FAILS.iter().any(|p| Pattern::new(p).matches(&loose))
}

/// Words that count what follows: "any country", "every side".
const COUNTING: &[&str] = &["any", "every", "each", "all", "which", "no"];

/// Whether a mention is one word that several names share, after a word
/// that counts ("any country" of Countries A, B and C, whose "Country A"
/// reads as "country" once its article-like "A" is set aside).
fn counted(ws: &[Word], m: &Mention, graph: &Graph) -> bool {
    if m.words.start == 0 || !COUNTING.contains(&ws[m.words.start - 1].text.as_str()) {
        return false;
    }
    if m.found == Found::Partial && m.nodes.len() > 1 {
        return true;
    }
    let [word] = &ws[m.words.clone()] else {
        return false;
    };
    let sharing = graph
        .node_indices()
        .filter(|&n| words(graph.label(n)).iter().any(|w| w.stem == word.stem))
        .take(2)
        .count();
    sharing > 1
}

/// Whether word `i` opens an "if" clause ("given" in "given up" does not).
pub(super) fn opens_if(ws: &[Word], i: usize) -> bool {
    IF_WORDS.contains(&ws[i].text.as_str())
        && !(ws[i].text == "given" && ws.get(i + 1).is_some_and(|w| w.text == "up"))
}

/// A word that is no cue, no stopword and no name, one letter from a cue
/// word of five letters or more: the cue word it was meant to be.
pub(super) fn cue_typo(word: &Word) -> Option<(&'static str, &'static str)> {
    let v = vocabulary();
    if word.text.chars().count() < 5 || is_stopword(&word.text) || v.stems.contains(&word.stem) {
        return None;
    }
    let first = word.text.chars().next();
    // "obstacels": a plural's typo is the singular's with an "s".
    let singular = word.text.strip_suffix('s');
    let near = |typed: &str| {
        v.spelt.iter().find(|(spelt, _)| {
            spelt.chars().next() == first && strsim::osa_distance(spelt, typed) == 1
        })
    };
    near(&word.text)
        .or_else(|| singular.and_then(near))
        .map(|(spelt, stem)| (spelt.as_str(), stem.as_str()))
}

/// The mentions the intents see, as indices into `parsed.mentions`: all
/// but those of the "if" clause when it is read as a condition.
pub(super) fn names_for(parsed: &Parsed, with_if: bool) -> Vec<usize> {
    (0..parsed.mentions.len())
        .filter(|m| !(with_if && parsed.conditional.contains(m)))
        .collect()
}

/// Words that are none of: a name, a date, a stopword, a cue.
pub(super) fn content_left<'p>(parsed: &'p Parsed) -> impl Iterator<Item = usize> + 'p {
    let vocabulary = vocabulary();
    (0..parsed.words.len()).filter(move |&i| {
        let w = &parsed.words[i];
        !parsed.mentions.iter().any(|m| m.words.contains(&i))
            && !parsed.date.as_ref().is_some_and(|d| d.words.contains(&i))
            && !is_stopword(&w.text)
            && !vocabulary.stems.contains(&w.stem)
            && cue_typo(w).is_none()
    })
}
