//! Words that name the same thing, spelt as the graph spells it: a
//! question's "truce" is the graph's "ceasefire", "Kyiv" its "Ukraine",
//! "how long" its "length", when the graph's names use the one and not the
//! other. Each such reading is said in a note ("read 'truce' as
//! 'ceasefire'"), so nothing is read silently.

use std::collections::HashSet;

use super::dates::Dated;
use super::words::{Word, stem, words};
use crate::graph::Graph;

/// Groups of phrases (words as [`words`] splits them, space-separated) that
/// name one thing. A phrase of the question the graph's names do not hold
/// is read as the first phrase of its group that they do. Nouns only: a
/// verb read as a label's word ("dropped" as "removes") would make a name
/// of a word that names nothing.
const SAME: &[&[&str]] = &[
    // Events and measures.
    &[
        "ceasefire",
        "truce",
        "armistice",
        "cessation of hostilities",
    ],
    &["length", "how long", "duration"],
    &["rise", "raise", "increase", "hike"],
    &["strike", "walkout", "stoppage"],
    &["return to work", "go back to work", "back to work"],
    &["meeting", "summit"],
    // A party's plan is its proposal (or offer), as the graph calls it.
    &["proposal", "offer", "plan"],
    // "The three-way package" of a graph whose "trade deal" it is.
    &["deal", "package"],
    &["withdrawal", "pullout", "pull out"],
    // A leader leaving office however it is said ("what if Taylor quits?"
    // of a graph whose node is "Taylor leaves office"): whole phrases of a
    // label, so no lone verb is read as a name's word. Where the graph has
    // no such phrase "quits" stays a party giving up (see failure).
    &[
        "leaves office",
        "leave office",
        "left office",
        "steps down",
        "step down",
        "stepped down",
        "quits",
        "quit",
        "resigns",
        "resign",
        "resigned",
    ],
    // "Keep talking" of a graph whose node is "further talks".
    &[
        "further talks",
        "continued negotiations",
        "continued talks",
        "keep talking",
        "keep negotiating",
        "continue talking",
        "continue negotiating",
        "talks continuing",
    ],
    // Shorthand a writer types for a party's common noun ("the govt").
    &["government", "govt", "gov", "administration", "admin"],
    &["hostages", "captives"],
    // Governments by capital, seat or leader; countries by their people.
    &["ukraine", "kyiv", "kiev", "zelensky", "ukrainians"],
    &["russia", "moscow", "kremlin", "putin", "russians"],
    // Not "us": a pronoun as often as a country. A graph whose party for
    // the country is its leader ("Donald Trump") reads the capital as him.
    &[
        "united states",
        "usa",
        "america",
        "washington",
        "white house",
        "americans",
        "trump",
        "biden",
    ],
    &["israel", "jerusalem", "netanyahu", "israelis"],
    &["china", "beijing", "xi"],
    &["european union", "eu", "brussels"],
    &["uk", "britain", "united kingdom", "london"],
    &["france", "paris", "macron"],
    &["germany", "berlin"],
    &["turkey", "ankara", "erdogan"],
    &["egypt", "cairo"],
    &["qatar", "doha"],
    &["iran", "tehran", "iranians"],
    // A graph whose party is "the Sudanese government" holds the adjective.
    &["sudan", "sudanese", "khartoum"],
    &["syria", "syrian", "damascus"],
    &["ethiopia", "ethiopian", "addis ababa"],
    &["switzerland", "bern", "swiss"],
    &["canada", "ottawa", "canadians"],
    &["japan", "tokyo"],
    &["india", "new delhi"],
    &["mexico", "mexico city"],
    &["colombia", "colombian", "bogota", "colombians"],
    &["venezuela", "caracas", "venezuelans"],
    &["new zealand", "wellington"],
    &["australia", "canberra", "australians"],
    &["saudi arabia", "riyadh"],
    &["south korea", "seoul"],
];

/// The one-word phrases of [`SAME`], for reading a typo of one.
pub(super) fn same_words() -> impl Iterator<Item = &'static str> {
    SAME.iter()
        .flat_map(|group| group.iter().copied())
        .filter(|phrase| !phrase.contains(' '))
}

/// Ways of saying "as the record stands" ("if nobody moves", "if nothing
/// changes"): no condition to assume, the graph as it is. Each is read
/// after "if", "assuming", "provided" or "unless", or alone ("as things stand").
const AS_IT_STANDS: &[&str] = &[
    "nobody moves",
    "no one moves",
    "nobody budges",
    "no one budges",
    "nothing moves",
    "nothing changes",
    "nothing else changes",
    "nothing happens",
    "nothing shifts",
    "things stay the same",
    "things stay as they are",
    "everything stays the same",
    "status quo holds",
    "the status quo holds",
    "nobody changes course",
    "no one changes course",
];

/// What a phrase of [`AS_IT_STANDS`] is read as, in its note.
pub(super) const AS_IT_STANDS_READ: &str = "the record as it stands";

/// One phrase of the question read as another: (as typed, as read; empty
/// for a phrase read as [`AS_IT_STANDS_READ`] and left out).
pub(super) type Rewrite = (String, String);

/// The graph's names as runs of words: every id, label and alias.
pub(super) fn name_texts(graph: &Graph) -> Vec<Vec<String>> {
    graph
        .node_indices()
        .flat_map(|n| {
            let node = graph.node(n);
            [graph.id(n), graph.label(n)]
                .into_iter()
                .chain(node.aliases.iter().map(String::as_str))
                .map(|name| words(name).into_iter().map(|w| w.text).collect())
                .collect::<Vec<Vec<String>>>()
        })
        .collect()
}

/// Whether some name holds `phrase` as consecutive words.
fn held(names: &[Vec<String>], phrase: &[&str]) -> bool {
    names.iter().any(|name| {
        name.windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
    })
}

/// The question's words with each phrase of [`SAME`] the graph's names do
/// not hold spelt as the one of its group they do; the date keeps its
/// words (and is moved with them), and every phrase read so is returned.
pub(super) fn as_the_graph_names(
    question: &str,
    ws: &[Word],
    graph: &Graph,
    date: Option<Dated>,
) -> (Vec<Word>, Option<Dated>, Vec<Rewrite>) {
    let names = name_texts(graph);
    let groups: Vec<Vec<Vec<&str>>> = SAME
        .iter()
        .map(|g| g.iter().map(|p| p.split(' ').collect()).collect())
        .collect();
    let kept = date
        .as_ref()
        .map_or(ws.len()..ws.len(), |d| d.words.clone());
    let mut date = date;
    let mut out: Vec<Word> = Vec::with_capacity(ws.len());
    let mut rewrites = Vec::new();
    let mut said: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < ws.len() {
        if i == kept.start
            && let Some(d) = date.as_mut()
        {
            d.words = out.len()..out.len() + kept.len();
        }
        let at = |phrase: &[&str]| {
            phrase.len() <= ws.len() - i
                && phrase
                    .iter()
                    .enumerate()
                    .all(|(k, w)| ws[i + k].text == *w && !kept.contains(&(i + k)))
        };
        if let Some(len) = as_it_stands(&ws[i..], &kept, i) {
            let span = ws[i].span.start..ws[i + len - 1].span.end;
            let typed = question.get(span).unwrap_or_default().to_owned();
            rewrites.push((typed, String::new()));
            i += len;
            continue;
        }
        let letter = (i > 0 && !kept.contains(&i))
            .then(|| lettered_party(graph, question, &ws[i]))
            .flatten()
            // "Country A" typed whole is its own name already.
            .filter(|name| name.get(name.len() - 2) != Some(&ws[i - 1].text));
        let found = letter.map(|read| (1, read)).or_else(|| {
            groups.iter().find_map(|group| {
                let typed = group.iter().find(|p| at(p))?;
                if held(&names, typed) {
                    return None;
                }
                let read = group.iter().find(|p| held(&names, p))?;
                Some((typed.len(), read.iter().map(|w| (*w).to_owned()).collect()))
            })
        });
        let Some((len, read)) = found else {
            out.push(ws[i].clone());
            i += 1;
            continue;
        };
        let span = ws[i].span.start..ws[i + len - 1].span.end;
        let typed = question.get(span.clone()).unwrap_or_default().to_owned();
        let spelt = read.join(" ");
        if said.insert(typed.to_lowercase()) {
            rewrites.push((typed, spelt));
        }
        out.extend(read.iter().map(|w| Word {
            text: w.clone(),
            stem: stem(w),
            span: span.clone(),
        }));
        i += len;
    }
    (out, date, rewrites)
}

/// "When did A stop backing the mission?": a capital letter standing
/// alone (not the question's first word, where "A" is an article) that
/// ends the name of one party only ("Country A"), as that name's words.
fn lettered_party(graph: &Graph, question: &str, word: &Word) -> Option<Vec<String>> {
    let typed = question.get(word.span.clone())?;
    let mut chars = typed.chars();
    let first = chars.next()?;
    let rest: String = chars.collect();
    if !first.is_ascii_uppercase() || !(rest.is_empty() || matches!(rest.as_str(), "'s" | "’s")) {
        return None;
    }
    let letter = first.to_ascii_lowercase().to_string();
    let mut fits = graph
        .node_indices()
        .filter(|&n| graph.kind(n) == crate::model::NodeKind::Party)
        .map(|n| {
            words(graph.label(n))
                .into_iter()
                .map(|w| w.text)
                .collect::<Vec<_>>()
        })
        .filter(|name| name.len() > 1 && name.last() == Some(&letter));
    let name = fits.next()?;
    fits.next().is_none().then_some(name)
}

/// The length of an "if nobody moves" at the start of `ws` (the "if"
/// with it), or of an "as things stand"; `None` when there is none there
/// (or it runs into the date, at `kept`, `at` being where `ws` starts).
fn as_it_stands(ws: &[Word], kept: &std::ops::Range<usize>, at: usize) -> Option<usize> {
    let text = |k: usize| ws.get(k).map_or("", |w| w.text.as_str());
    let len = if matches!(text(0), "if" | "assuming" | "provided" | "unless") {
        AS_IT_STANDS.iter().find_map(|phrase| {
            let words: Vec<&str> = phrase.split(' ').collect();
            words
                .iter()
                .enumerate()
                .all(|(k, w)| text(k + 1) == *w)
                .then_some(words.len() + 1)
        })?
    } else if ["as", "things", "stand"]
        .iter()
        .enumerate()
        .all(|(k, w)| text(k) == *w)
    {
        3
    } else {
        return None;
    };
    (!(at..at + len).any(|k| kept.contains(&k))).then_some(len)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_phrase_is_in_one_group_only() {
        let mut seen = std::collections::HashSet::new();
        for phrase in super::SAME.iter().flat_map(|g| g.iter()) {
            assert!(seen.insert(*phrase), "'{phrase}' is in two groups");
        }
    }
}
