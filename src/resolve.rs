//! From what a person types ("the ceasefire", "Moscow", "ceasefire-30d") to one
//! node, or a clear refusal: unknown names get the closest candidates, ambiguous
//! ones get the list. Never a silent guess.

use foldhash::{HashMap, HashMapExt};

use crate::error::{Candidate, Error, Result};
use crate::graph::{Graph, NodeIx};

const ARTICLES: &[&str] = &["the", "a", "an"];

/// Lower-case words of a name, without articles or punctuation: "The West's aid!"
/// and "west s aid" normalise alike, and so do "ceasefire-30d" and "ceasefire 30d".
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    normalise_into(name, &mut out);
    out
}

/// An id from words: the lower-case ASCII letters and digits of each of
/// the first `most` words that has any, joined by '-' (empty when none
/// has). The one rule behind the ids `draft` proposes and those a `.neg`
/// claim declaring a node makes.
pub fn slug_of_words<'a>(words: impl Iterator<Item = &'a str>, most: usize) -> String {
    words
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(most)
        .collect::<Vec<_>>()
        .join("-")
}

/// [`normalise`] into a buffer the caller reuses, so that normalising every
/// name of a large graph allocates once rather than per name.
pub fn normalise_into(name: &str, out: &mut String) {
    out.clear();
    if name.is_ascii() {
        // Most names are ASCII, whose lower case is one byte each: the same
        // characters as below, without an iterator per character.
        normalise_chars(
            name.bytes().map(|b| char::from(b.to_ascii_lowercase())),
            out,
        );
    } else {
        normalise_chars(name.chars().flat_map(char::to_lowercase), out);
    }
}

/// Words of lower-case `chars` into `out`, articles left out.
fn normalise_chars(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut word_start: Option<usize> = None;
    // Ends the current word, taking it back out if it is an article.
    let finish = |out: &mut String, word_start: &mut Option<usize>| {
        if let Some(start) = word_start.take()
            && ARTICLES.contains(&&out[start..])
        {
            out.truncate(start.saturating_sub(1));
        }
    };
    for c in chars {
        if c.is_alphanumeric() {
            if word_start.is_none() {
                if !out.is_empty() {
                    out.push(' ');
                }
                word_start = Some(out.len());
            }
            out.push(c);
        } else {
            finish(out, &mut word_start);
        }
    }
    finish(out, &mut word_start);
}

/// How many characters of a name suggestions compare. The measures below
/// cost the product of the two lengths; compared whole, an unknown name of
/// 100,000 characters against a node with 100,000 aliases took 187 s. Cut
/// to this, each comparison costs at most a few thousand steps, so a search
/// is linear in the number of names whatever their length. A name told apart
/// only after this many characters gets no worse a suggestion for it.
pub const COMPARED_CHARS: usize = 64;

/// The first [`COMPARED_CHARS`] characters of `name`.
fn compared(name: &str) -> &str {
    match name.char_indices().nth(COMPARED_CHARS) {
        Some((end, _)) => &name[..end],
        None => name,
    }
}

/// How alike two normalised names are, from 0 to 1, judged on their first
/// [`COMPARED_CHARS`] characters.
pub fn similarity(typed: &str, known: &str) -> f64 {
    let typed = compared(typed);
    similarity_counted(typed, typed.chars().count(), known)
}

/// [`similarity`] with the typed name cut and its length in chars already
/// counted, and the edit distance skipped when the lengths alone rule it out.
fn similarity_counted(typed: &str, typed_chars: usize, known: &str) -> f64 {
    let known = compared(known);
    if typed.is_empty() || known.is_empty() {
        return 0.0;
    }
    let jw = strsim::jaro_winkler(typed, known);
    // Optimal string alignment counts a swap of two letters as one edit. It is
    // at least the difference in length, which is cheap to know first.
    let edits_allowed = typed_chars.div_ceil(4);
    let close_edit = known.len().abs_diff(typed.len()) <= 4 * edits_allowed
        && known.chars().count().abs_diff(typed_chars) <= edits_allowed
        && strsim::osa_distance(typed, known) <= edits_allowed;
    let contains = typed.len() >= 3 && (known.contains(typed) || typed.contains(known));
    let mut score = jw;
    if close_edit {
        score = score.max(0.92);
    }
    if contains {
        score = score.max(0.9);
    }
    score
}

/// The best `most` of `known` for `typed`, most alike first (ties in item
/// order); only those at least 0.8 alike by [`similarity`], so possibly none.
/// An item listed under several names counts once, by its best. One pass,
/// one reused buffer: a quarter of a million names cost no allocation each.
pub fn closest<'a, T: Copy + Ord + std::hash::Hash>(
    typed: &str,
    known: impl Iterator<Item = (&'a str, T)>,
    most: usize,
) -> Vec<T> {
    let typed = normalise(typed);
    let typed = compared(&typed);
    let typed_chars = typed.chars().count();
    // An item known by several names keeps its best score.
    let mut best: HashMap<T, f64> = HashMap::new();
    let mut name = String::new();
    for (text, item) in known {
        normalise_into(text, &mut name);
        let score = similarity_counted(typed, typed_chars, &name);
        if score >= 0.8 {
            let entry = best.entry(item).or_insert(score);
            *entry = entry.max(score);
        }
    }
    let mut scored: Vec<(f64, T)> = best.into_iter().map(|(t, s)| (s, t)).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.truncate(most);
    scored.into_iter().map(|(_, t)| t).collect()
}

/// Every name of every node, normalised, for look-ups by what people call things.
///
/// The index is built on first need: a name that is an exact id (what scripts
/// pass) never pays for normalising every label and alias in the graph.
///
/// ```
/// use negograph::error::Error;
/// use negograph::request::GraphSource;
/// use negograph::resolve::Names;
///
/// let graph = GraphSource::builtin().load()?;
/// let names = Names::new(&graph);
/// assert_eq!(graph.id(names.resolve("Moscow")?), "russia");
/// assert_eq!(graph.id(names.resolve("the West")?), "western-allies");
/// // Two positions are called "ceasefire": a refusal naming both, never a guess.
/// let Err(Error::Ambiguous { candidates, .. }) = names.resolve("the ceasefire") else {
///     panic!("'the ceasefire' is ambiguous in the built-in graph");
/// };
/// assert_eq!(candidates.len(), 2);
/// assert!(names.lookup("Atlantis")?.is_none());
/// # Ok::<(), Error>(())
/// ```
pub struct Names<'g> {
    graph: &'g Graph,
    index: std::sync::OnceLock<HashMap<String, Vec<NodeIx>>>,
}

impl<'g> Names<'g> {
    /// The names of `graph`'s nodes. Costs nothing until a name that is not
    /// an exact id is looked up.
    pub fn new(graph: &'g Graph) -> Names<'g> {
        Names {
            graph,
            index: std::sync::OnceLock::new(),
        }
    }

    /// The graph whose names these are.
    pub fn graph(&self) -> &'g Graph {
        self.graph
    }

    fn index(&self) -> &HashMap<String, Vec<NodeIx>> {
        self.index.get_or_init(|| Self::build(self.graph))
    }

    fn build(graph: &Graph) -> HashMap<String, Vec<NodeIx>> {
        let mut index: HashMap<String, Vec<NodeIx>> = HashMap::with_capacity(graph.node_count());
        for n in graph.node_indices() {
            let node = graph.node(n);
            for name in node.names() {
                let entry = index.entry(normalise(name)).or_default();
                if !entry.contains(&n) {
                    entry.push(n);
                }
            }
        }
        index
    }

    /// The one node `name` means. An exact id always wins; otherwise the name must
    /// match exactly one node's id, label or alias after normalising.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownName`], with the closest names as suggestions, or
    /// [`Error::Ambiguous`], with every node it could mean.
    pub fn resolve(&self, name: &str) -> Result<NodeIx> {
        if let Some(n) = self.graph.find(name) {
            return Ok(n);
        }
        match self.index().get(&normalise(name)).map(Vec::as_slice) {
            Some([one]) => Ok(*one),
            Some(many) if !many.is_empty() => Err(Error::Ambiguous {
                name: name.to_owned(),
                candidates: many.iter().map(|&n| self.candidate(n)).collect(),
            }),
            _ => Err(Error::UnknownName {
                name: name.to_owned(),
                suggestions: self.suggest(name),
            }),
        }
    }

    /// Like [`resolve`](Self::resolve) but `None` for unknown names (and
    /// no suggestions looked for: a miss costs one look-up).
    ///
    /// # Errors
    ///
    /// [`Error::Ambiguous`] for a name that fits several nodes.
    pub fn lookup(&self, name: &str) -> Result<Option<NodeIx>> {
        if let Some(n) = self.graph.find(name) {
            return Ok(Some(n));
        }
        match self.matching(name) {
            [] => Ok(None),
            [one] => Ok(Some(*one)),
            many => Err(Error::Ambiguous {
                name: name.to_owned(),
                candidates: many.iter().map(|&n| self.candidate(n)).collect(),
            }),
        }
    }

    /// Every node with a name (id, label or alias) equal to `name` once
    /// both are normalised, in graph order.
    pub fn matching(&self, name: &str) -> &[NodeIx] {
        self.index()
            .get(&normalise(name))
            .map_or(&[], Vec::as_slice)
    }

    /// Up to three nodes with a name like `name` (see [`closest`]), most
    /// alike first: the "did you mean" of an unknown name. Compares `name`
    /// with every name in the graph, once each.
    pub fn suggest(&self, name: &str) -> Vec<Candidate> {
        let keys = self
            .index()
            .iter()
            .flat_map(|(key, nodes)| nodes.iter().map(move |&n| (key.as_str(), n)));
        closest(name, keys, 3)
            .into_iter()
            .map(|n| self.candidate(n))
            .collect()
    }

    /// Node `n` as messages name it: id and label.
    pub fn candidate(&self, n: NodeIx) -> Candidate {
        Candidate {
            id: self.graph.id(n).to_owned(),
            label: self.graph.label(n).to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_drops_articles_case_and_punctuation() {
        assert_eq!(normalise("The Ceasefire?"), "ceasefire");
        assert_eq!(normalise("ceasefire-30d"), "ceasefire 30d");
        assert_eq!(normalise("  Russia's   position "), "russia s position");
        assert_eq!(normalise("Türkiye"), "türkiye");
        assert_eq!(normalise("the the a"), "");
        assert_eq!(normalise("ceasefire, the"), "ceasefire");
        assert_eq!(normalise("İstanbul"), normalise(&normalise("İstanbul")));
    }

    #[test]
    fn ascii_names_normalise_as_any_other() {
        let every: String = (0u8..128).map(char::from).collect();
        for name in [
            every.as_str(),
            "The West's AID, the 30-Day Ceasefire!",
            "a an the",
            "",
        ] {
            let mut general = String::new();
            normalise_chars(name.chars().flat_map(char::to_lowercase), &mut general);
            assert_eq!(normalise(name), general, "{name:?}");
        }
    }

    #[test]
    fn names_are_compared_on_their_first_characters() {
        let long = "ceasefire ".repeat(10_000);
        let typo = format!("{}x", &long[..COMPARED_CHARS - 1]);
        // Alike on what is compared, whatever follows.
        assert_eq!(similarity(&long, &format!("{long}more")), 1.0);
        assert_eq!(similarity(&typo, &long), similarity(&typo, compared(&long)));
        assert!(similarity(&typo, &long) >= 0.92);
        assert_eq!(
            compared("é".repeat(100).as_str()).chars().count(),
            COMPARED_CHARS
        );
    }

    #[test]
    fn closest_prefers_near_spellings() {
        let known = [("ceasefire-30d", 1), ("sanctions", 2), ("ceasefire", 3)];
        let got = closest("ceasfire", known.iter().map(|(k, v)| (*k, *v)), 3);
        assert_eq!(got.first(), Some(&3));
        assert!(got.contains(&1));
        assert!(!got.contains(&2));
    }
}
