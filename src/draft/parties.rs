//! The parties a report names, each once however it names them ("UAW" and
//! "United Auto Workers", "Moscow" and "Russia", "Lind" after "Prime
//! Minister Ada Lind"), with the graph's id or one proposed (see
//! [`super::naming`]); [`super::mentions`] finds where a sentence names them.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use crate::graph::Graph;
use crate::model::NodeKind;
use crate::resolve::{Names, normalise};

use super::lexicon;
pub use super::naming::Nature;

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
#[derive(Clone, Debug, Default)]
pub struct Parties {
    /// In the order first named.
    pub list: Vec<Party>,
    by_key: BTreeMap<String, usize>,
    ids: HashSet<String>,
    /// When each party was last named (a count of mentions), for "the
    /// union": the union named last.
    last_named: Vec<usize>,
    /// How often each party was named, for "both sides": the two named most.
    times_named: Vec<usize>,
    /// Where a report says "both sides", and the second side (the first is
    /// the mention's party).
    pub(super) both: Vec<(usize, usize)>,
    /// The last two parties (no person) named side by side, "Thailand and
    /// Cambodia": the sides a later "both sides" means.
    pub(super) pair: Option<(usize, usize)>,
    mentions: usize,
    /// A person titled with the party they speak for ("UAW President Shawn
    /// Fain"): the person, the party, and the words naming both.
    pub members: Vec<(usize, usize, Range<usize>)>,
    /// Names that are another party's person ("Daggett") or bracketed
    /// acronym: not aliases of their own.
    surnames: HashSet<String>,
    /// A titled person's surname: the person.
    surname_of: BTreeMap<String, usize>,
    /// A person named beside the party they speak for ("Ida Roos, the
    /// guild's negotiator"): the party, which holds what they say.
    speaks_for: BTreeMap<usize, usize>,
    /// The common nouns a report puts before a party's name ("ground
    /// services company Skyline Handling"): kinds of name it has, for
    /// "the company" later.
    described: BTreeMap<usize, Vec<String>>,
    /// The party the sentence before opened with, for "his side".
    pub(super) opener: Option<usize>,
}

impl Parties {
    /// The party called `name` (the article's words for it), added if new.
    pub(super) fn party(&mut self, name: &str, known: &KnownNames<'_>) -> usize {
        let p = self.named(name, known);
        let p = self.speaks_for.get(&p).copied().unwrap_or(p);
        self.mentions += 1;
        self.last_named[p] = self.mentions;
        self.times_named[p] += 1;
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
            && let Some(&p) = self
                .by_key
                .get(&format!("last {last}"))
                .or_else(|| self.by_key.get(&format!("first {last}")))
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
        // "Mesfin rejected ..." after "Deputy Foreign Minister Mesfin
        // Abera": some reports name a person by their first name.
        if nature == Nature::Person
            && let Some((first, _)) = key.split_once(' ')
        {
            self.by_key.entry(format!("first {first}")).or_insert(p);
        }
        p
    }

    /// "company Skyline Handling": `noun` is a kind of name of party `p`.
    pub(super) fn describe(&mut self, p: usize, noun: &str) {
        let nouns = self.described.entry(p).or_default();
        if !nouns.iter().any(|n| n == noun) {
            nouns.push(noun.to_owned());
        }
    }

    /// Whether the report put a noun of `kinds` before party `p`'s name,
    /// and `p` has a proper name and is no person.
    fn described_as(&self, p: usize, kinds: &[&str]) -> bool {
        let party = &self.list[p];
        party.nature != Nature::Person
            && party.label.chars().any(char::is_uppercase)
            && self
                .described
                .get(&p)
                .is_some_and(|nouns| nouns.iter().any(|n| kinds.contains(&n.as_str())))
    }

    /// Whether party `p` is a person.
    pub(super) fn is_person(&self, p: usize) -> bool {
        self.list[p].nature == Nature::Person
    }

    /// Whether party `p` is a person whose party the report gives ("UAW
    /// President Shawn Fain", "Ida Roos, the guild's negotiator").
    pub(super) fn tied(&self, p: usize) -> bool {
        self.members.iter().any(|(person, ..)| *person == p)
    }

    /// "The union", "the bloc": a bare noun (no capital, no modifier but a
    /// number: "the 27-member bloc") stands for the party named last whose
    /// name holds a word of its kind (see [`lexicon::COREFERENTS`]).
    fn coreferent(&self, name: &str, key: &str) -> Option<usize> {
        // "Government spokesman X": a bare noun capitalised to open a
        // sentence is a bare noun still.
        if name.chars().any(char::is_uppercase) && !name.starts_with("The ") && name.contains(' ') {
            return None;
        }
        let kinds = bare_kinds(key)?;
        self.list
            .iter()
            .enumerate()
            .filter(|(q, p)| proper_kind(p, kinds) || self.described_as(*q, kinds))
            .max_by_key(|(p, _)| self.last_named[*p])
            .map(|(p, _)| p)
    }

    /// For each party, the party it is: itself, or for a bare noun named
    /// before any party of its kind ("their union rejected ..." before
    /// "The International Longshoremen's Association"), the first such
    /// party named after it.
    pub fn merged(&self) -> Vec<usize> {
        (0..self.list.len())
            .map(|p| {
                let Some(kinds) = bare_kinds(&normalise(&self.list[p].label)) else {
                    return p;
                };
                // The first named after it ("the 45,000 union members
                // walked out. ... the International Longshore Association").
                self.list
                    .iter()
                    .enumerate()
                    .find(|(q, other)| {
                        *q > p && (proper_kind(other, kinds) || self.described_as(*q, kinds))
                    })
                    .map(|(q, _)| q)
                    .or_else(|| self.of_no_other_kind(p, kinds))
                    .unwrap_or(p)
            })
            .collect()
    }

    /// "Deutsche Bahn personnel director Ulrike Brandt said the company
    /// would not agree": when no party's name or description is of the
    /// bare noun `p`'s kind, the noun stands for the group the report names
    /// most that is of no other kind (no union for "the company", no
    /// company for "the union"), neither a person nor a country. The most
    /// named, not the last: in a dispute of two sides, the side the report
    /// is about.
    fn of_no_other_kind(&self, p: usize, kinds: &[&str]) -> Option<usize> {
        // Only the nouns for a side of a labour dispute: "the ministry",
        // "the committee" with no name of their kind are a third party.
        let noun = normalise(&self.list[p].label);
        let noun = noun.rsplit(' ').next().unwrap_or_default();
        if !lexicon::DISPUTE_SIDES.contains(&noun) {
            return None;
        }
        let other_kind = |q: usize, party: &Party| {
            lexicon::COREFERENTS
                .iter()
                .filter(|(_, other)| !other.iter().any(|w| kinds.contains(w)))
                .any(|(_, other)| proper_kind(party, other) || self.described_as(q, other))
        };
        self.list
            .iter()
            .enumerate()
            .filter(|(q, party)| {
                *q != p
                    && party.nature == Nature::Group
                    && party.label.chars().any(char::is_uppercase)
                    && bare_kinds(&normalise(&party.label)).is_none()
                    && !other_kind(*q, party)
            })
            .max_by_key(|(q, _)| (self.times_named[*q], std::cmp::Reverse(*q)))
            .map(|(q, _)| q)
    }

    /// Another name for party `p` ("Daggett" for the ILA his title names),
    /// unless the name is taken.
    pub(super) fn alias(&mut self, name: &str, p: usize) {
        self.by_key.entry(key_of(name)).or_insert(p);
        self.surnames.insert(key_of(name));
    }

    /// Whether `name` names a party for sure: the graph's, one named
    /// before, an acronym or a country.
    pub(super) fn is_party_name(&self, name: &str, known: &KnownNames<'_>) -> bool {
        let key = key_of(name);
        let label = label_of(name);
        known.get(name).is_some_and(|k| k.kind == NodeKind::Party)
            || self.by_key.contains_key(&key)
            || super::naming::is_acronym(label)
            || super::naming::country_of_name(&key).is_some()
            || (!name.contains(' ') && self.coreferent(name, &key).is_some())
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
    pub(super) fn acronym(&mut self, name: &str, p: usize) {
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
    /// Its label is `title`, the person with their title ("UAW President
    /// Shawn Fain").
    pub(super) fn member(&mut self, name: &str, title: &str, group: usize, span: Range<usize>) {
        let key = format!("member {}", key_of(name));
        if self.by_key.contains_key(&key) {
            return;
        }
        let id = self.fresh_id(&key_of(name));
        let p = self.add(id, label_of(title), false, key);
        self.list[p].nature = Nature::Person;
        self.members.push((p, group, span));
        let surname = key_of(name)
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_owned();
        self.surname_of.entry(surname).or_insert(p);
    }

    /// "His side": the party of the person named just before in the
    /// sentence, else the one the sentence before opened with; named again.
    pub(super) fn side_of(&mut self, before: Option<usize>) -> Option<usize> {
        let p = before.or(self.opener)?;
        self.mentions += 1;
        self.last_named[p] = self.mentions;
        self.times_named[p] += 1;
        Some(p)
    }

    /// "Both sides", "the two delegations", when no two parties were named
    /// together before (see `pair`): the two parties (no person)
    /// named most so far, the first named first on a tie.
    pub(super) fn two_sides(&self) -> Option<(usize, usize)> {
        let mut sides: Vec<usize> = (0..self.list.len())
            .filter(|&p| self.list[p].nature != Nature::Person && self.times_named[p] > 0)
            .collect();
        sides.sort_by_key(|&p| (std::cmp::Reverse(self.times_named[p]), p));
        match sides[..] {
            [a, b, ..] => Some((a, b)),
            _ => None,
        }
    }

    /// Person `person` speaks for `group` (an apposition names them side by
    /// side at `span`): a member of it, and from here on, their name
    /// stands for it as the holder.
    pub(super) fn speaks_for(&mut self, person: usize, group: usize, span: Range<usize>) {
        if person == group || self.speaks_for.contains_key(&person) || self.list[person].known {
            return;
        }
        self.list[person].nature = Nature::Person;
        self.speaks_for.insert(person, group);
        self.members.push((person, group, span));
    }

    /// Body `body` acts for `steerer` ("the U.S.-chaired committee"): from
    /// here on its name stands for the steerer, with no member claim.
    pub(super) fn stands_for(&mut self, body: usize, steerer: usize) {
        if body != steerer && !self.list[body].known {
            self.speaks_for.entry(body).or_insert(steerer);
        }
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
            let base = super::naming::base_id(party.nature, &party.label, party.acronym.as_deref());
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
        self.times_named.push(0);
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
    crate::resolve::slug_of_words(normalise(words).split(' '), most)
}

/// A name without its title, article and possessive: what two mentions of
/// one party share. A capital or a seat of government is the country
/// ("Moscow", "the Kremlin": "russia"); "the Russian government" stays a
/// party of its own, as reports often tell the two apart.
pub(super) fn key_of(name: &str) -> String {
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
    for title in lexicon::title_keys() {
        if key.starts_with(title.as_str()) && key[title.len()..].starts_with(' ') {
            key.drain(..=title.len());
            break;
        }
    }
    key.strip_suffix(" s").map(str::to_owned).unwrap_or(key)
}

/// A name as a label: the article's words without a leading article or a
/// trailing possessive.
pub(super) fn label_of(name: &str) -> &str {
    let name = name.trim();
    let name = ["the ", "The ", "a ", "A "]
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .unwrap_or(name);
    name.strip_suffix("'s")
        .or_else(|| name.strip_suffix("\u{2019}s"))
        .unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_unique() {
        assert_eq!(slug("Türkiye's 30-day offer", 5), "trkiye-s-30-day-offer");
        let taken: HashSet<String> = ["a".to_owned(), "a-2".to_owned()].into();
        assert_eq!(unique("a", &taken), "a-3");
    }
}
