//! Who a sentence names: the graph's parties by their ids, labels and
//! aliases, and new ones from the text itself (proper names, titles such as
//! "Prime Minister Keir Starmer", "the dockworkers' union", "management"),
//! each with an id: the graph's, or one proposed from its words.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use crate::graph::Graph;
use crate::model::NodeKind;
use crate::resolve::{Names, normalise};

use super::lexicon;
use super::sentences::Word;

/// The most words a name of the graph is matched over.
const LONGEST_NAME: usize = 6;

/// A party the draft names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Party {
    /// Its id: the graph's, or proposed.
    pub id: String,
    /// Its label: the graph's, or its fullest name in the article.
    pub label: String,
    /// Whether the graph has it already.
    pub known: bool,
}

/// Where a sentence names a party.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The words naming it, in bytes of the article.
    pub span: Range<usize>,
    /// The party, by its place in [`Parties::list`].
    pub party: usize,
}

/// A position of the graph, by one of its names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownNode {
    /// Its id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// Its kind.
    pub kind: NodeKind,
}

/// The graph's names, looked up as the command line looks them up
/// ([`Names`], normalised); a name two nodes share names neither: the draft
/// never guesses.
#[derive(Default)]
pub struct KnownNames<'g> {
    names: Option<Names<'g>>,
}

impl<'g> KnownNames<'g> {
    /// Every name of every node of `graph`.
    pub fn of(graph: Option<&'g Graph>) -> KnownNames<'g> {
        KnownNames {
            names: graph.map(Names::new),
        }
    }

    /// The node `name` names, if exactly one.
    pub fn get(&self, name: &str) -> Option<KnownNode> {
        let names = self.names.as_ref()?;
        if normalise(name).is_empty() {
            return None;
        }
        let [n] = names.matching(name) else {
            return None;
        };
        let g = names.graph();
        Some(KnownNode {
            id: g.id(*n).to_owned(),
            label: g.label(*n).to_owned(),
            kind: g.kind(*n),
        })
    }
}

/// The parties named so far, each once.
#[derive(Debug, Default)]
pub struct Parties {
    /// In the order first named.
    pub list: Vec<Party>,
    by_key: BTreeMap<String, usize>,
    ids: HashSet<String>,
    /// When each party was last named (a count of mentions), for "the
    /// union": the union named last.
    last_named: Vec<usize>,
    mentions: usize,
}

impl Parties {
    /// The party called `name` (the article's words for it), added if new.
    fn party(&mut self, name: &str, known: &KnownNames<'_>) -> usize {
        let p = self.named(name, known);
        self.mentions += 1;
        self.last_named[p] = self.mentions;
        p
    }

    fn named(&mut self, name: &str, known: &KnownNames<'_>) -> usize {
        if let Some(node) = known.get(name).filter(|k| k.kind == NodeKind::Party) {
            return self.add(node.id.clone(), &node.label, true, node.id.clone());
        }
        let key = key_of(name);
        if let Some(&p) = self.by_key.get(&key) {
            return p;
        }
        // "Starmer" after "Prime Minister Keir Starmer", "the union" after
        // "the dockworkers' union": the same party.
        let last = key.rsplit(' ').next().unwrap_or_default().to_owned();
        if !key.contains(' ')
            && let Some(&p) = self.by_key.get(&format!("last {last}"))
        {
            return p;
        }
        if let Some(p) = self.coreferent(name, &key) {
            return p;
        }
        let id = self.fresh_id(&key);
        let label = label_of(name);
        let p = self.add(id, label, false, key.clone());
        if key.contains(' ') {
            self.by_key.entry(format!("last {last}")).or_insert(p);
        }
        p
    }

    /// "The union", "the bloc": a bare noun (no capital, no modifier but a
    /// number: "the 27-member bloc") stands for the party named last whose
    /// name holds a word of its kind (see [`lexicon::COREFERENTS`]).
    fn coreferent(&self, name: &str, key: &str) -> Option<usize> {
        if name.chars().any(char::is_uppercase) && !name.starts_with("The ") {
            return None;
        }
        let kinds = bare_kinds(key)?;
        self.list
            .iter()
            .enumerate()
            .filter(|(_, p)| proper_kind(p, kinds))
            .max_by_key(|(p, _)| self.last_named[*p])
            .map(|(p, _)| p)
    }

    /// For each party, the party it is: itself, or for a bare noun named
    /// before the one party of its kind ("their union rejected ..." before
    /// "The International Longshoremen's Association"), that party.
    pub fn merged(&self) -> Vec<usize> {
        (0..self.list.len())
            .map(|p| {
                let Some(kinds) = bare_kinds(&normalise(&self.list[p].label)) else {
                    return p;
                };
                let mut named = self
                    .list
                    .iter()
                    .enumerate()
                    .filter(|(q, other)| *q != p && proper_kind(other, kinds));
                match (named.next(), named.next()) {
                    (Some((q, _)), None) => q,
                    _ => p,
                }
            })
            .collect()
    }

    /// Another name for party `p` ("NZNO" for "New Zealand Nurses
    /// Organisation"), unless the name is taken.
    fn alias(&mut self, name: &str, p: usize) {
        self.by_key.entry(key_of(name)).or_insert(p);
    }

    fn add(&mut self, id: String, label: &str, known: bool, key: String) -> usize {
        if let Some(&p) = self.by_key.get(&key) {
            return p;
        }
        let p = self.list.len();
        self.last_named.push(0);
        self.ids.insert(id.clone());
        self.list.push(Party {
            id,
            label: label.to_owned(),
            known,
        });
        self.by_key.insert(key, p);
        p
    }

    fn fresh_id(&self, key: &str) -> String {
        let base = slug(key, 5);
        let base = if base.is_empty() {
            "party".to_owned()
        } else {
            base
        };
        unique(&base, &self.ids)
    }
}

/// The kinds of name a bare noun ("union", "the 9,000 union", "the
/// 27-member bloc": no modifier but a number) may stand for.
fn bare_kinds(key: &str) -> Option<&'static [&'static str]> {
    let mut words: Vec<&str> = key.split(' ').collect();
    let noun = words.pop()?;
    let plain = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_ascii_digit()) || matches!(*w, "nation" | "member" | "strong")
    });
    let (_, kinds) = lexicon::COREFERENTS.iter().find(|(n, _)| *n == noun)?;
    plain.then_some(*kinds)
}

/// Whether a party has a proper name ("International Longshoremen's
/// Association") holding a word of `kinds`, and is not a titled person.
fn proper_kind(party: &Party, kinds: &[&str]) -> bool {
    let label = normalise(&party.label);
    let person = label.split(' ').any(|w| lexicon::TITLES.contains(&w));
    // The id too: "U.S." is the party "united-states".
    let id = party.id.replace('-', " ");
    let of_kind = label
        .split(' ')
        .chain(id.split(' '))
        .any(|w| kinds.contains(&w));
    party.label.chars().any(char::is_uppercase) && !person && of_kind
}

/// `base`, or `base-2`, `base-3`, ... : the first not in `taken`.
pub fn unique(base: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .unwrap_or_default()
}

/// An id from words: lower-case ASCII letters and digits of the first
/// `most` words, joined by '-'. Empty when none is ASCII.
pub fn slug(words: &str, most: usize) -> String {
    normalise(words)
        .split(' ')
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(most)
        .collect::<Vec<_>>()
        .join("-")
}

/// A name without its title, article and possessive: what two mentions of
/// one party share. A capital or a seat of government is the country
/// ("Moscow", "the Kremlin": "russia"); "the Russian government" stays a
/// party of its own, as reports often tell the two apart.
fn key_of(name: &str) -> String {
    let key = plain_key(name);
    let country = |k: &str| {
        lexicon::COUNTRY_NAMES
            .iter()
            .find(|(n, _)| normalise(n) == k)
            .map(|(_, c)| (*c).to_owned())
    };
    if let Some(c) = country(&key) {
        return c;
    }
    // "Chinese officials", "Russian negotiators": the country's people at
    // the table ("the Russian government" stays a party of its own).
    if let Some((adjective, people)) = key.split_once(' ')
        && matches!(
            people,
            "officials" | "negotiators" | "delegation" | "diplomats"
        )
        && let Some(c) = country(adjective)
    {
        return c;
    }
    key
}

fn plain_key(name: &str) -> String {
    let mut key = normalise(name);
    for title in lexicon::TITLES {
        let title = normalise(title);
        if key.starts_with(&title) && key[title.len()..].starts_with(' ') {
            key.drain(..=title.len());
            break;
        }
    }
    key.strip_suffix(" s").map(str::to_owned).unwrap_or(key)
}

/// A name as a label: the article's words without a leading article or a
/// trailing possessive.
fn label_of(name: &str) -> &str {
    let name = name.trim();
    let name = ["the ", "The ", "a ", "A "]
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .unwrap_or(name);
    name.strip_suffix("'s")
        .or_else(|| name.strip_suffix("\u{2019}s"))
        .unwrap_or(name)
}

/// Capitalised words found inside sentences (not first): these are names
/// even where they open a sentence.
pub fn inner_capitals(sentences: &[Vec<Word>]) -> HashSet<String> {
    sentences
        .iter()
        .flat_map(|words| words.iter().skip(1))
        .filter(|w| w.capital)
        .map(|w| w.lower.clone())
        .collect()
}

/// Every party `words` (one sentence) names, in order, none overlapping.
pub fn mentions(
    text: &str,
    words: &[Word],
    known: &KnownNames<'_>,
    inner: &HashSet<String>,
    parties: &mut Parties,
) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    let mut free_from = 0;
    while i < words.len() {
        // "ILA President Harold Daggett", "EU trade chief Maros Sefcovic":
        // the person speaks for the organisation named first.
        if let Some((org_end, end)) = org_titled(words, i) {
            let span = words[i].span.start..words[end - 1].span.end;
            let org = words[i].span.start..words[org_end - 1].span.end;
            let party = parties.party(&text[org], known);
            // "Daggett" after "ILA President Harold Daggett": the ILA again.
            parties.alias(&words[end - 1].lower, party);
            out.push(Mention { span, party });
            i = end;
            free_from = end;
            continue;
        }
        let found = graph_name(text, words, i, known)
            .or_else(|| titled(words, i))
            .or_else(|| proper(words, i, inner))
            .map(|end| (i, end))
            .or_else(|| {
                // "union president Ana Ruiz": the person, with whom they speak for.
                let end = common(words, i)?;
                let end = titled(words, end).unwrap_or(end);
                Some((modifiers_start(words, i).max(free_from), end))
            });
        match found {
            Some((start, end)) => {
                let span = words[start].span.start..words[end - 1].span.end;
                let party = parties.party(&text[span.clone()], known);
                out.push(Mention { span, party });
                i = end;
                // "The New Zealand Nurses Organisation (NZNO)": the
                // acronym names the same party from here on.
                if let Some(acronym) = acronym_after(text, words, end) {
                    parties.alias(&words[acronym].lower, party);
                    // Its label keeps the acronym: "Nurses Organisation (NZNO)".
                    let named = &mut parties.list[party];
                    if !named.known && !named.label.contains('(') {
                        let full = &text[words[start].span.start..=words[acronym].span.end];
                        label_of(full).clone_into(&mut named.label);
                    }
                    out.push(Mention {
                        span: words[acronym].span.clone(),
                        party,
                    });
                    i = acronym + 1;
                }
                free_from = i;
            }
            None => i += 1,
        }
    }
    out
}

/// The word at `i`, when it is an acronym in brackets: "(NZNO)".
fn acronym_after(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let w = words.get(i)?;
    let before = &text[words[i - 1].span.end..w.span.start];
    let piece = &text[w.span.clone()];
    let upper = piece
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && piece.len() >= 2;
    (upper && before.trim() == "(" && text[w.span.end..].starts_with(')')).then_some(i)
}

/// The end (exclusive word index) of the longest graph party name at `i`.
fn graph_name(text: &str, words: &[Word], i: usize, known: &KnownNames<'_>) -> Option<usize> {
    (1..=LONGEST_NAME.min(words.len() - i))
        .rev()
        .find(|&n| {
            let span = words[i].span.start..words[i + n - 1].span.end;
            known
                .get(&text[span])
                .is_some_and(|k| k.kind == NodeKind::Party)
        })
        .map(|n| i + n)
}

/// How many words of the title at `i` ("prime minister"), if one is there.
fn title_at(words: &[Word], i: usize) -> Option<usize> {
    lexicon::TITLES
        .iter()
        .map(|t| t.trim_end_matches('.').split(' ').collect::<Vec<_>>())
        .filter(|t| {
            t.len() <= words.len() - i && t.iter().zip(&words[i..]).all(|(a, w)| w.lower == *a)
        })
        .map(|t| t.len())
        .max()
}

/// "ILA President Harold Daggett": a name (capitalised words, at most two),
/// at most one lower-case word ("trade"), a title, then a person's name.
/// The end of the organisation's name and of the whole, in words.
fn org_titled(words: &[Word], i: usize) -> Option<(usize, usize)> {
    let org = (0..capital_run(words, i).min(2))
        .take_while(|&k| title_at(words, i + k).is_none())
        .count();
    // A first word counts too: the title after it says it is a name.
    if org == 0 || lexicon::not_a_name(&words[i].lower) {
        return None;
    }
    let mut j = i + org;
    if title_at(words, j).is_none() && words.get(j).is_some_and(|w| !w.capital && w.spaced) {
        j += 1;
    }
    let after_title = titled(words, j)?;
    (words[j].spaced).then_some((i + org, after_title))
}

/// "Prime Minister Keir Starmer": a title, then capitalised words.
fn titled(words: &[Word], i: usize) -> Option<usize> {
    let n = title_at(words, i)?;
    let names = capital_run(words, i + n);
    (names > 0).then_some(i + n + names)
}

/// How many capitalised words (not sentence words such as "The") start at `i`.
fn capital_run(words: &[Word], i: usize) -> usize {
    let name_word = |w: &Word| w.capital && !lexicon::not_a_name(&w.lower);
    let mut n = 0;
    while let Some(w) = words.get(i + n) {
        let named = (n == 0 || w.spaced) && name_word(w);
        // "Ministry of Water Resources and Irrigation", not "Qatar and Egypt".
        let joining = n > 0
            && matches!(w.lower.as_str(), "of" | "and")
            && w.spaced
            && words
                .get(i + n + 1)
                .is_some_and(|next| next.spaced && name_word(next))
            && (w.lower == "of" || words[i..i + n].iter().any(|p| p.lower == "of"));
        if !(named || joining) {
            break;
        }
        n += 1;
    }
    n
}

/// A proper name: capitalised words, with a party noun after them if there
/// is one ("Israeli government"). A sentence's first word counts only if it
/// is capitalised inside some sentence too.
fn proper(words: &[Word], i: usize, inner: &HashSet<String>) -> Option<usize> {
    let mut n = capital_run(words, i);
    if n == 0 {
        return None;
    }
    // A sentence's first word is a name if it is one inside sentences, or
    // if a verb follows it ("Hamas rejected ...").
    let opener_is_name =
        inner.contains(&words[0].lower) || words.get(1).is_some_and(|w| verb_like(&w.lower));
    if i == 0 && n == 1 && !opener_is_name {
        return None;
    }
    if i == 0 && !opener_is_name {
        // "Union leaders": the opener is not part of the name.
        return proper(words, 1, inner).filter(|_| n > 1).map(|e| e.max(n));
    }
    let names_group = |w: &Word| {
        w.spaced
            && (lexicon::PARTY_NOUNS.contains(&w.lower.as_str())
                || matches!(w.lower.as_str(), "group" | "movement"))
    };
    match words.get(i + n) {
        Some(w) if lexicon::PARTY_NOUNS.contains(&w.lower.as_str()) && w.spaced => n += 1,
        // "the Hamas militant group": the name is the party, not a modifier.
        Some(w) if w.spaced && !w.capital && words.get(i + n + 1).is_some_and(names_group) => {}
        // "the Geneva consensus": a name used as a modifier, not a party.
        Some(w) if w.spaced && !w.capital && modifies(&w.lower) => return None,
        _ => {}
    }
    Some(i + n)
}

/// Whether a lower-case word after a name makes the name its modifier: not
/// a verb, a preposition or a joining word.
fn modifies(next: &str) -> bool {
    !(verb_like(next)
        || next.ends_with("ed")
        || lexicon::PREPOSITIONS.contains(&next)
        || matches!(
            next,
            "and"
                | "or"
                | "but"
                | "which"
                | "who"
                | "that"
                | "whose"
                | "as"
                | "if"
                | "when"
                | "while"
                | "itself"
                | "alone"
                | "too"
                | "first"
                | "last"
                | "now"
                | "again"
        ))
}

/// Whether a word is a verb that follows a subject: a cue's first word, a
/// verb of saying, an auxiliary.
fn verb_like(word: &str) -> bool {
    lexicon::verb_like(word)
}

/// A party named by a common noun: "the dockworkers' union", "management".
/// The name runs from after the article (at most three words back) to the noun.
fn common(words: &[Word], i: usize) -> Option<usize> {
    let is_noun = |w: &Word| lexicon::PARTY_NOUNS.contains(&w.lower.trim_end_matches("'s"));
    if !is_noun(&words[i]) {
        return None;
    }
    // "union leaders": the last noun names the party.
    let more = words[i + 1..].iter().take_while(|w| is_noun(w)).count();
    Some(i + 1 + more)
}

/// Widens a common-noun mention back to its modifiers: "the dockworkers'
/// union" rather than "union". Returns the first word of the name.
fn modifiers_start(words: &[Word], noun: usize) -> usize {
    let back = noun.saturating_sub(3);
    let determiner = (back..noun).rev().find(|&j| {
        matches!(
            words[j].lower.as_str(),
            "the" | "its" | "their" | "a" | "an"
        )
    });
    if let Some(j) = determiner {
        return j + 1;
    }
    // No article: capitalised words and party nouns before it ("Union
    // leaders", "union officials").
    let mut start = noun;
    while start > back {
        let w = &words[start - 1];
        let named = w.capital && !lexicon::not_a_name(&w.lower);
        if !(named || lexicon::PARTY_NOUNS.contains(&w.lower.as_str())) {
            break;
        }
        start -= 1;
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::sentences::{sentences, words};

    fn named(text: &str) -> Vec<(String, String)> {
        let known = KnownNames::default();
        let spans = sentences(text);
        let all: Vec<Vec<Word>> = spans.iter().map(|s| words(text, s.clone())).collect();
        let inner = inner_capitals(&all);
        let mut parties = Parties::default();
        let mut out = Vec::new();
        for w in &all {
            for m in mentions(text, w, &known, &inner, &mut parties) {
                out.push((text[m.span].to_owned(), parties.list[m.party].id.clone()));
            }
        }
        out
    }

    #[test]
    fn titles_names_and_surnames_are_one_party() {
        let got = named("Prime Minister Ada Lind met Hamas. Lind said no.");
        assert_eq!(
            got,
            [
                ("Prime Minister Ada Lind".into(), "ada-lind".into()),
                ("Hamas".into(), "hamas".into()),
                ("Lind".into(), "ada-lind".into()),
            ]
        );
    }

    #[test]
    fn governments_and_common_nouns_are_parties() {
        let got = named("The Norwegian government backed management.");
        let ids: Vec<&str> = got.iter().map(|(_, id)| id.as_str()).collect();
        assert_eq!(ids, ["norwegian-government", "management"]);
    }

    #[test]
    fn slugs_are_ascii_and_unique() {
        assert_eq!(slug("Türkiye's 30-day offer", 5), "trkiye-s-30-day-offer");
        let taken: HashSet<String> = ["a".to_owned(), "a-2".to_owned()].into();
        assert_eq!(unique("a", &taken), "a-3");
    }
}
