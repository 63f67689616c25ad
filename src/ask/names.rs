//! Finding the graph's names in a question: by id, label or alias, compared
//! word by word on stems (so case, punctuation, articles, possessives and
//! plurals do not matter), longest match first, with a fuzzy fallback for
//! typos.
//!
//! Three kinds of match, in the order they are trusted:
//!
//! - **exact**: a run of the question's words is one of a node's names
//!   ("the 30-day ceasefire", "Moscow", "ceasefire-30d");
//! - **partial**: a run of the question's words occurs inside a node's name
//!   ("the ceasefire in all theaters" inside "30-day ceasefire in all
//!   theaters of conflict"), or one rare word names a single node ("aid");
//! - **fuzzy**: a word no name holds is one or two letters away from a
//!   one-word name ("Zelenksy", "ceasfire").
//!
//! Two names sharing their last words are both found ("the 8% and 9%
//! offers": `8% offer` and `9% offer`).
//!
//! Longer runs win over shorter ones; a partial run never swallows another
//! node's exact name unless it holds two words of its own besides ("Russia
//! and Ukraine" is two parties, not the label "Direct talks between Russia
//! and Ukraine"). A name that fits several nodes is kept with all of them:
//! the caller decides what to do with that, never this module.
//!
//! One pass over every name of every node: linear in the graph.

use std::ops::Range;

use foldhash::{HashMap, HashMapExt};

mod reread;

use self::reread::reread_typos;
use super::name_lookup::{MAX_TYPO_LOOKUPS, OneWordNames, nodes_called, opening};
use super::words::{ARTICLES, Word, is_number, is_stopword, split, stem};
use crate::graph::{Graph, NodeIx};

/// How a mention was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// The words are one of the node's names.
    Exact,
    /// The words occur inside one of the node's names.
    Partial,
    /// The word is a misspelling of `name`, one of the node's names.
    Fuzzy {
        /// The name it was read as.
        name: String,
    },
}

/// A name found in the question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Which of the question's words (indices into its word list).
    pub words: Range<usize>,
    /// The words as typed.
    pub text: String,
    /// Every node the words fit, in graph order.
    pub nodes: Vec<NodeIx>,
    /// How they were found.
    pub found: Found,
}

/// A candidate before the longest-first choice.
struct Run {
    /// Start and length, in the question's words without articles.
    at: usize,
    len: usize,
    exact: bool,
    nodes: Vec<NodeIx>,
}

/// The names in `question` (already split into `words`). `content` says
/// whether a word may carry a name on its own: not a stopword, not a word
/// that asks for something ("blocks", "who"), not part of a date.
pub fn find(
    question: &str,
    words_of_question: &[Word],
    graph: &Graph,
    content: &dyn Fn(usize) -> bool,
) -> Vec<Mention> {
    // The question's words without articles: names are matched on these.
    let kept: Vec<usize> = (0..words_of_question.len())
        .filter(|&i| !ARTICLES.contains(&words_of_question[i].text.as_str()))
        .collect();
    // "5" of "14.5%" marked, as in names (see `scan`).
    let marked: Vec<String> = kept
        .iter()
        .map(|&i| {
            let w = &words_of_question[i];
            super::digits::marked(question, w.span.clone(), w.stem.clone())
        })
        .collect();
    let stems: Vec<&str> = marked.iter().map(String::as_str).collect();
    let q = Asked {
        text: question,
        words: words_of_question,
        kept,
        stems,
        content,
    };
    let chosen = choose_names(&q, graph);
    let chosen = reread_typos(&q, graph, chosen).unwrap_or_else(|chosen| chosen);
    chosen
        .into_iter()
        .map(|(span, nodes, found)| q.mention(span, nodes, found))
        .collect()
}

/// The names of a question, each once: longest runs first, then typos of
/// one-word names, then names sharing their last words; in question order.
fn choose_names(q: &Asked, graph: &Graph) -> Vec<Chosen> {
    let mut scanned = scan(q, graph);
    let candidates = candidates(q, std::mem::take(&mut scanned.runs), &scanned.holders);
    let mut taken = vec![false; q.stems.len()];
    let mut chosen = longest_first(&candidates, &mut taken, &|k| q.is_content(k));
    chosen.extend(typos(q, &scanned, &mut taken));
    let shared = shared_last_words(q, graph, &chosen, &mut taken);
    chosen.extend(shared);
    chosen.sort_by_key(|(span, _, _)| span.start);
    chosen
}

/// The question as names are matched in it.
struct Asked<'q> {
    /// As typed.
    text: &'q str,
    /// Its words.
    words: &'q [Word],
    /// The places of its words that are not articles.
    kept: Vec<usize>,
    /// Their stems.
    stems: Vec<&'q str>,
    /// Whether a word (by place in `words`) may carry a name on its own.
    content: &'q dyn Fn(usize) -> bool,
}

impl Asked<'_> {
    /// Whether the `k`th kept word may carry a name on its own.
    fn is_content(&self, k: usize) -> bool {
        (self.content)(self.kept[k])
    }

    /// The `k`th kept word as typed.
    fn typed(&self, k: usize) -> &str {
        &self.words[self.kept[k]].text
    }

    /// A chosen run as a mention: the words as typed, from the first word's
    /// start to the last's end, with an article just before kept ("the ceasefire").
    fn mention(&self, span: Range<usize>, nodes: Vec<NodeIx>, found: Found) -> Mention {
        let first = self.kept[span.start];
        let last = self.kept[span.end - 1];
        let start = first
            .checked_sub(1)
            .filter(|&p| ARTICLES.contains(&self.words[p].text.as_str()))
            .unwrap_or(first);
        let text = self.text[self.words[start].span.start..self.words[last].span.end].to_owned();
        Mention {
            words: start..last + 1,
            text,
            nodes,
            found,
        }
    }
}

/// A run of kept words, the nodes it names and how it was found.
type Chosen = (Range<usize>, Vec<NodeIx>, Found);

/// What one pass over every name of every node finds.
struct Scanned<'q> {
    /// Every maximal run of each name inside the question: (start, length,
    /// exact) → the nodes.
    runs: HashMap<(usize, usize, bool), Vec<NodeIx>>,
    /// Per stem of the question, the first nodes whose names hold it (two
    /// say "not rare"): kept per position, a word said a thousand times held
    /// a list of every node naming it a thousand times over.
    holders: HashMap<&'q str, Vec<NodeIx>>,
    /// The one-word names that may be a typo's.
    one_word: OneWordNames,
}

/// One pass over every name of every node: the runs of each inside the
/// question, who holds each of its stems, and the one-word names.
fn scan<'q>(q: &Asked<'q>, graph: &Graph) -> Scanned<'q> {
    let mut at_stem: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, s) in q.stems.iter().enumerate() {
        at_stem.entry(s).or_default().push(k);
    }
    let mut found = Scanned {
        runs: HashMap::new(),
        holders: HashMap::new(),
        one_word: OneWordNames::default(),
    };
    // The one-word names that may be a typo's: their first letter begins a
    // word of the question. Looked up per unknown word instead of a scan of
    // every name per word (a question of 1,000 typos x 250,000 nodes).
    let firsts: foldhash::HashSet<char> = q.stems.iter().filter_map(|s| s.chars().next()).collect();
    let mut name_stems: Vec<String> = Vec::new();
    let mut name_texts: Vec<String> = Vec::new();
    // Stemming every word of every name is the scan's main cost: a word
    // whose first two letters begin no word of the question cannot match,
    // and one already stemmed is looked up.
    let openings: foldhash::HashSet<&str> = q.stems.iter().map(|s| opening(s)).collect();
    let mut stemmed: HashMap<String, String> = HashMap::new();
    for n in graph.node_indices() {
        for name in graph.node(n).names() {
            name_stems.clear();
            name_texts.clear();
            // Articles count here: "The Kremlin" is no one-word name.
            let mut words_in_name = 0;
            split(name, |text, span| {
                words_in_name += 1;
                if ARTICLES.contains(&text.as_str()) {
                    return;
                }
                // "5" of "14.5%" is no word of its own: "the 5% pay" does
                // not name the 14.5% uplift (see `find`, which marks the
                // question's the same way).
                let text = super::digits::marked(name, span, text);
                let s = if !openings.contains(opening(&text)) {
                    String::new()
                } else if let Some(s) = stemmed.get(&text) {
                    s.clone()
                } else {
                    let s = stem(&text);
                    stemmed.insert(text.clone(), s.clone());
                    s
                };
                name_stems.push(s);
                name_texts.push(text);
            });
            if let [word] = name_texts.as_slice()
                && words_in_name == 1
                && word.chars().next().is_some_and(|c| firsts.contains(&c))
            {
                found.one_word.add(word, n);
            }
            for (j, s) in name_stems.iter().enumerate() {
                let Some((&stem_key, places)) = at_stem.get_key_value(s.as_str()) else {
                    continue;
                };
                let holding = found.holders.entry(stem_key).or_default();
                if holding.len() < 2 && holding.last() != Some(&n) {
                    holding.push(n);
                }
                for &k in places {
                    record_run(q, &mut found.runs, (&name_stems, &name_texts), (j, k), n);
                }
            }
        }
    }
    found
}

/// The run of a name's words (`name`: stems and texts) that starts at its
/// `j`th word and the question's `k`th, when it cannot be extended to the
/// left.
fn record_run(
    q: &Asked,
    runs: &mut HashMap<(usize, usize, bool), Vec<NodeIx>>,
    (name_stems, name_texts): (&[String], &[String]),
    (j, k): (usize, usize),
    n: NodeIx,
) {
    if j > 0 && k > 0 && name_stems[j - 1] == q.stems[k - 1] {
        return;
    }
    let mut len = 1;
    while j + len < name_stems.len()
        && k + len < q.stems.len()
        && name_stems[j + len] == q.stems[k + len]
    {
        len += 1;
    }
    let exact = j == 0 && len == name_stems.len();
    // A one-word name met through a word that asks for something
    // ("mediate" for "the mediator": one stem) is that word, unless spelt as
    // the name is.
    if exact && len == 1 && !q.is_content(k) && name_texts[0] != q.typed(k) {
        return;
    }
    let nodes = runs.entry((k, len, exact)).or_default();
    if nodes.last() != Some(&n) {
        nodes.push(n);
    }
}

/// The runs worth choosing among, longest first; exact before partial;
/// then left to right, for a deterministic choice whatever order the map
/// gave.
fn candidates(
    q: &Asked,
    runs: HashMap<(usize, usize, bool), Vec<NodeIx>>,
    holders: &HashMap<&str, Vec<NodeIx>>,
) -> Vec<Run> {
    let mut candidates: Vec<Run> = Vec::new();
    for ((at, len, exact), nodes) in runs {
        if exact {
            // A name made only of words like "us" or "now" is too easy to
            // hit, unless typed in capitals ("the US") or "the us" (the
            // pronoun takes no article).
            let capitals = |k: usize| {
                let (i, typed) = (q.kept[k], &q.text[q.words[q.kept[k]].span.clone()]);
                (typed.chars().count() >= 2 && typed.chars().all(char::is_uppercase))
                    || (q.typed(k) == "us" && i > 0 && q.words[i - 1].text == "the")
            };
            if (at..at + len).any(|k| !is_stopword(q.typed(k)) || capitals(k)) {
                candidates.push(Run {
                    at,
                    len,
                    exact,
                    nodes,
                });
            }
            continue;
        }
        // A partial run counts from its first to its last content word.
        let Some(first) = (at..at + len).find(|&k| q.is_content(k)) else {
            continue;
        };
        let last = (at..at + len)
            .rev()
            .find(|&k| q.is_content(k))
            .unwrap_or(first);
        let trimmed = last + 1 - first;
        // "Their 12%": a percentage one name holds is that name, however short.
        let percent = q.text[q.words[q.kept[first]].span.end..]
            .trim_start()
            .starts_with('%');
        let rare_word = trimmed == 1
            && holders.get(q.stems[first]).is_some_and(|h| h.len() == 1)
            && (q.typed(first).chars().count() >= 3 || percent)
            // "The two proposals" is no mention of "10 hostages in two groups".
            && (!is_number(q.typed(first)) || percent);
        // "The 21% offer" of "Stellantis's 21% offer", when "21%" is also in
        // another name: the run with its other words ("offer", a word that
        // asks for something too) fits one node only.
        if trimmed == 1 && len >= 2 && percent && nodes.len() == 1 {
            candidates.push(Run {
                at,
                len,
                exact,
                nodes,
            });
            continue;
        }
        if trimmed >= 2 || rare_word {
            candidates.push(Run {
                at: first,
                len: trimmed,
                exact,
                nodes,
            });
        }
    }
    candidates.sort_by(|a, b| {
        b.len
            .cmp(&a.len)
            .then(b.exact.cmp(&a.exact))
            .then(a.at.cmp(&b.at))
            .then(a.nodes.cmp(&b.nodes))
    });
    candidates
}

/// The candidates taken in order, each unless a word of it is taken.
fn longest_first(
    candidates: &[Run],
    taken: &mut [bool],
    is_content: &dyn Fn(usize) -> bool,
) -> Vec<Chosen> {
    let mut chosen = Vec::new();
    for run in candidates {
        let span = run.at..run.at + run.len;
        if span.clone().any(|k| taken[k]) {
            continue;
        }
        if !run.exact && swallows_other_names(run, candidates, is_content) {
            continue;
        }
        for k in span.clone() {
            taken[k] = true;
        }
        let found = if run.exact {
            Found::Exact
        } else {
            Found::Partial
        };
        chosen.push((span, run.nodes.clone(), found));
    }
    chosen
}

/// Typos: a content word no name holds, close to a one-word name. Each
/// distinct word is looked up once, and only the first few: a question of a
/// thousand unknown words is not a question with typos.
fn typos(q: &Asked, scanned: &Scanned, taken: &mut [bool]) -> Vec<Chosen> {
    let mut chosen = Vec::new();
    let mut looked_up: HashMap<&str, Option<(Vec<NodeIx>, String)>> = HashMap::new();
    for (k, is_taken) in taken.iter_mut().enumerate() {
        if *is_taken || !q.is_content(k) || scanned.holders.contains_key(q.stems[k]) {
            continue;
        }
        let typed = q.typed(k);
        if !looked_up.contains_key(typed) && looked_up.len() >= MAX_TYPO_LOOKUPS {
            continue;
        }
        let found = looked_up
            .entry(typed)
            .or_insert_with(|| {
                // "Witkffs plan": a typo with a possessive "s" and no apostrophe.
                let bare = typed.strip_suffix('s').filter(|b| b.chars().count() >= 4);
                scanned
                    .one_word
                    .possessive(typed)
                    .or_else(|| scanned.one_word.closest(typed))
                    .or_else(|| bare.and_then(|b| scanned.one_word.closest(b)))
            })
            .clone();
        if let Some((nodes, name)) = found {
            *is_taken = true;
            chosen.push((k..k + 1, nodes, Found::Fuzzy { name }));
        }
    }
    chosen
}

/// "The 8% and 9% offers": a word and "and" just before an exact name of
/// two or more words stand for that name with its first word replaced,
/// when a node is called so.
fn shared_last_words(
    q: &Asked,
    graph: &Graph,
    chosen: &[Chosen],
    taken: &mut [bool],
) -> Vec<Chosen> {
    let mut patterns: Vec<(usize, Vec<&str>)> = Vec::new();
    for (span, _, found) in chosen {
        if *found != Found::Exact || span.len() < 2 || span.start < 2 {
            continue;
        }
        let (word, and) = (span.start - 2, span.start - 1);
        if taken[word] || taken[and] || q.stems[and] != "and" || !q.is_content(word) {
            continue;
        }
        let wanted: Vec<&str> = std::iter::once(q.stems[word])
            .chain(q.stems[span.start + 1..span.end].iter().copied())
            .collect();
        patterns.push((word, wanted));
    }
    // One pass over the names for every pattern, not one per pattern.
    let called = nodes_called(graph, patterns.iter().map(|(_, w)| w.as_slice()));
    let mut shared = Vec::new();
    for ((word, _), nodes) in patterns.iter().zip(called) {
        if !nodes.is_empty() {
            taken[*word] = true;
            shared.push((*word..*word + 1, nodes, Found::Partial));
        }
    }
    shared
}

/// Whether a partial run covers another node's exact name without two
/// content words of its own besides: "Russia and Ukraine" inside "Direct
/// talks between Russia and Ukraine" is two parties.
fn swallows_other_names(run: &Run, candidates: &[Run], is_content: &dyn Fn(usize) -> bool) -> bool {
    let span = run.at..run.at + run.len;
    let mut covered = vec![false; run.len];
    let mut swallowed = false;
    for other in candidates.iter().filter(|c| c.exact) {
        let inside = other.at >= span.start && other.at + other.len <= span.end;
        let overlaps = other.at < span.end && span.start < other.at + other.len;
        // A name that refines this one ("ceasefire" inside the run naming the
        // 30-day ceasefire) is not another node's.
        let refines = other.nodes.iter().any(|n| run.nodes.contains(n));
        if overlaps && !refines {
            if !inside {
                return true;
            }
            swallowed = true;
            for k in other.at..other.at + other.len {
                covered[k - span.start] = true;
            }
        }
    }
    let own = span
        .filter(|&k| !covered[k - run.at] && is_content(k))
        .count();
    swallowed && own < 2
}

#[cfg(test)]
mod tests;
