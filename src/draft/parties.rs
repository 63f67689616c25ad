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
    /// What it is, for its id: see [`super::naming`].
    pub nature: Nature,
    /// Its acronym, when the article gives one ("UAW", "(NZNO)").
    pub acronym: Option<String>,
    /// The other names the article gives it (the graph's aliases-to-be).
    pub names: Vec<String>,
}

/// What a party is, for the id a draft proposes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nature {
    /// An organisation or a group: an id of its words.
    Group,
    /// A person with a title ("Special Envoy Witkoff"): their surname.
    Person,
    /// A country: its short name (`us`, `iran`).
    Country(&'static str),
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
    /// A person titled with the party they speak for ("UAW President Shawn
    /// Fain"): the person, the party, and the words naming both.
    pub members: Vec<(usize, usize, Range<usize>)>,
    /// Names that are another party's person ("Daggett") or bracketed
    /// acronym: not aliases of their own.
    surnames: HashSet<String>,
    /// A titled person's surname: the person.
    surname_of: BTreeMap<String, usize>,
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
            self.also_named(p, name);
            // "Fain said": the name the person goes by, an alias of theirs.
            if let Some(&person) = self.surname_of.get(&key) {
                let label = label_of(name).to_owned();
                let names = &mut self.list[person].names;
                if !names.contains(&label) {
                    names.push(label);
                }
            }
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
        // "UAW" after "United Auto Workers", and the other way round.
        if let Some(p) = self.by_initials(name) {
            self.by_key.insert(key, p);
            self.also_named(p, name);
            return p;
        }
        let id = self.fresh_id(&key);
        let label = label_of(name);
        let p = self.add(id, label, false, key.clone());
        let nature = super::naming::nature(name, &key);
        self.list[p].nature = nature;
        if super::naming::is_acronym(label) {
            self.list[p].acronym = Some(label.to_owned());
        }
        if let Nature::Country(country) = nature {
            self.list[p].label = super::naming::country_label(country);
            self.also_named(p, name);
        }
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

    /// Another name for party `p` ("Daggett" for the ILA his title names),
    /// unless the name is taken.
    fn alias(&mut self, name: &str, p: usize) {
        self.by_key.entry(key_of(name)).or_insert(p);
        self.surnames.insert(key_of(name));
    }

    /// Whether `name` names a party for sure: the graph's, one named
    /// before, an acronym or a country.
    fn is_party_name(&self, name: &str, known: &KnownNames<'_>) -> bool {
        let key = key_of(name);
        let label = label_of(name);
        known.get(name).is_some_and(|k| k.kind == NodeKind::Party)
            || self.by_key.contains_key(&key)
            || super::naming::is_acronym(label)
            || super::naming::country_of_name(&key).is_some()
            || {
                let initials = super::naming::initials(label);
                !initials.is_empty()
                    && self
                        .list
                        .iter()
                        .any(|p| p.acronym.as_deref() == Some(initials.as_str()))
            }
    }

    /// The acronym the article gives party `p` in brackets: "(NZNO)".
    fn acronym(&mut self, name: &str, p: usize) {
        self.alias(name, p);
        self.surnames.insert(key_of(name));
        let party = &mut self.list[p];
        if party.acronym.is_none() && !party.known && !matches!(party.nature, Nature::Country(_)) {
            party.acronym = Some(name.to_owned());
        }
    }

    /// Records `name` as one more name of party `p` when it is a proper
    /// name of its own (not "the union", not a surname), for its aliases.
    fn also_named(&mut self, p: usize, name: &str) {
        let label = label_of(name);
        // "U.S" is a word of "U.S.": the name keeps its full stop.
        let dotted = format!("{label}.");
        let label = if label.contains('.') {
            dotted.as_str()
        } else {
            label
        };
        let party = &mut self.list[p];
        let key = key_of(label);
        let proper = label.starts_with(char::is_uppercase)
            && !lexicon::has_title(label)
            && !self.surnames.contains(&key)
            && !super::naming::is_leader(&normalise(label));
        if proper
            && normalise(label) != normalise(&party.label)
            && !party.names.iter().any(|n| normalise(n) == normalise(label))
        {
            party.names.push(label.to_owned());
        }
        if party.acronym.is_none() && super::naming::is_acronym(label) {
            party.acronym = Some(label.to_owned());
        }
    }

    /// The party an acronym names ("UAW": "United Auto Workers"), or that a
    /// full name's initials name ("United Auto Workers": "UAW").
    fn by_initials(&mut self, name: &str) -> Option<usize> {
        let label = label_of(name);
        let found = if super::naming::is_acronym(label) {
            self.list
                .iter()
                .position(|p| super::naming::initials(&p.label) == label)
        } else {
            let initials = super::naming::initials(label);
            (initials.len() >= 2)
                .then(|| {
                    self.list
                        .iter()
                        .position(|p| p.acronym.as_deref() == Some(initials.as_str()))
                })
                .flatten()
        };
        let p = found?;
        if !super::naming::is_acronym(label) && !self.list[p].known {
            // The full name is the better label.
            label.clone_into(&mut self.list[p].label);
        }
        Some(p)
    }

    /// A person titled with the party they speak for: a party of their own,
    /// a member of `group`, named by `span`.
    /// Its label is the whole title ("UAW President Shawn Fain").
    fn member(&mut self, name: &str, text: &str, group: usize, span: Range<usize>) {
        let key = format!("member {}", key_of(name));
        if self.by_key.contains_key(&key) {
            return;
        }
        let id = self.fresh_id(&key_of(name));
        let p = self.add(id, label_of(&text[span.clone()]), false, key);
        self.list[p].nature = Nature::Person;
        self.members.push((p, group, span));
        let surname = key_of(name)
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_owned();
        self.surname_of.entry(surname).or_insert(p);
    }

    /// Gives every party the graph does not know its id: an acronym, a
    /// country's short name, a person's surname, else its first words
    /// (see [`super::naming::base_id`]); unique, in the order first named.
    pub fn settle_ids(&mut self) {
        let mut taken: HashSet<String> = self
            .list
            .iter()
            .filter(|p| p.known)
            .map(|p| p.id.clone())
            .collect();
        for party in self.list.iter_mut().filter(|p| !p.known) {
            let base = super::naming::base_id(party);
            party.id = unique(&base, &taken);
            taken.insert(party.id.clone());
        }
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
            nature: Nature::Group,
            acronym: None,
            names: Vec::new(),
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
    let country = |k: &str| super::naming::country_of_name(k).map(str::to_owned);
    // "U.S" before its possessive "s" is taken off.
    if let Some(c) = country(&key).or_else(|| country(&normalise(name))) {
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
        if let Some((org_end, title, end, named)) = org_titled(text, words, i) {
            let span = words[i].span.start..words[end - 1].span.end;
            let org = words[i].span.start..words[org_end - 1].span.end;
            // "Health Minister Simeon Brown": a portfolio, not a party.
            if !parties.is_party_name(&text[org.clone()], known) {
                let person = words[title].span.start..span.end;
                let party = parties.party(&text[person], known);
                out.push(Mention { span, party });
                i = end;
                free_from = end;
                continue;
            }
            let party = parties.party(&text[org], known);
            if named {
                // "Daggett" after "ILA President Harold Daggett": the ILA again.
                parties.alias(&words[end - 1].lower, party);
                let person = &text[words[title].span.start..span.end];
                if super::naming::country_of_name(&key_of(person)).is_none() {
                    parties.member(person, text, party, span.clone());
                }
            }
            out.push(Mention { span, party });
            i = end;
            free_from = end;
            continue;
        }
        // "The president of the United Auto Workers": the union speaks.
        if let Some((first, end)) = title_of(words, i) {
            let span = words[i].span.start..words[end - 1].span.end;
            let org = words[first].span.start..words[end - 1].span.end;
            let party = parties.party(&text[org], known);
            out.push(Mention { span, party });
            i = end;
            free_from = end;
            continue;
        }
        // "Jeep parent company Stellantis": the name is the party.
        if let Some(noun_end) = common(words, i)
            && words.get(noun_end).is_some_and(|w| w.spaced)
            && capital_run(words, noun_end) > 0
        {
            let end = noun_end + capital_run(words, noun_end);
            let start = modifiers_start(words, i).max(free_from);
            let span = words[start].span.start..words[end - 1].span.end;
            let name = words[noun_end].span.start..words[end - 1].span.end;
            let party = parties.party(&text[name], known);
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
                    parties.acronym(&text[words[acronym].span.clone()], party);
                    // Its label keeps the acronym: "Nurses Organisation (NZNO)".
                    let named = &mut parties.list[party];
                    let country = matches!(named.nature, Nature::Country(_));
                    if !named.known && !country && !named.label.contains('(') {
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
/// "The Iranian foreign minister" (a country, a title, no name) ends after
/// the title. The end of the organisation's name, where the title starts,
/// the end of the whole, and whether a person's name ends it.
fn org_titled(text: &str, words: &[Word], i: usize) -> Option<(usize, usize, usize, bool)> {
    let org = (0..capital_run(words, i).min(3))
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
    if !words.get(j)?.spaced {
        return None;
    }
    if let Some(end) = titled(words, j) {
        return Some((i + org, j, end, true));
    }
    let n = title_at(words, j)?;
    let org_name = &text[words[i].span.start..words[i + org - 1].span.end];
    super::naming::country_of_name(&normalise(org_name)).map(|_| (i + org, j, j + n, false))
}

/// "The president of the United Auto Workers": a title, "of", a proper
/// name. The first and end word of the organisation's name.
fn title_of(words: &[Word], i: usize) -> Option<(usize, usize)> {
    let n = title_at(words, i)?;
    let mut first = i + n;
    if words.get(first)?.lower != "of" {
        return None;
    }
    first += 1;
    if words.get(first)?.lower == "the" {
        first += 1;
    }
    let names = capital_run(words, first);
    (names > 0 && words[first].spaced).then_some((first, first + names))
}

/// "Prime Minister Keir Starmer": a title, then capitalised words.
fn titled(words: &[Word], i: usize) -> Option<usize> {
    let n = title_at(words, i)?;
    if !words.get(i + n)?.spaced {
        return None;
    }
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
