//! The nodes of a draft: the positions its candidates name, made as the
//! candidates are, and the parties they name, with the aliases the article
//! gives new ones.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use crate::model::{NodeKind, Relation};
use crate::resolve::normalise;

use super::lexicon;
use super::parties::{self, KnownNames, Parties};
use super::phrase::Found;
use super::{Candidate, DraftNode, naming};

/// Names the positions of the candidates as they are made.
pub(super) struct Builder<'a> {
    article: &'a str,
    known: &'a KnownNames<'a>,
    parties: &'a Parties,
    pub(super) positions: Vec<DraftNode>,
    by_key: BTreeMap<String, usize>,
    ids: HashSet<String>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(
        article: &'a str,
        known: &'a KnownNames<'a>,
        parties: &'a Parties,
    ) -> Builder<'a> {
        let ids = parties.list.iter().map(|p| p.id.clone()).collect();
        Builder {
            article,
            known,
            parties,
            positions: Vec::new(),
            by_key: BTreeMap::new(),
            ids,
        }
    }

    pub(super) fn candidate(&mut self, f: &Found) -> Candidate {
        let unsure = f.unsure.is_some();
        let (target_kind, other_kind) = kinds(f.relation);
        let target = f.target.as_ref().map(|t| {
            let kind =
                if target_kind == NodeKind::Demand && named_as_proposal(&self.article[t.clone()]) {
                    NodeKind::Proposal
                } else {
                    target_kind
                };
            self.position(t, kind, unsure)
        });
        let other = f
            .other
            .as_ref()
            .map(|t| self.position(t, other_kind, unsure));
        let quote = &self.article[f.quote.clone()];
        assert!(
            self.article.get(f.quote.clone()) == Some(quote),
            "a quote is the article's own text"
        );
        Candidate {
            holder: self.parties.list[f.holder].id.clone(),
            relation: f.relation,
            target,
            other,
            quote: quote.to_owned(),
            at: f.quote.start,
            speaker: f
                .speaker
                .as_ref()
                .map(|(span, _)| self.article[span.clone()].to_owned()),
            cue: f.cue.to_owned(),
            unsure: f.unsure.map(str::to_owned),
        }
    }

    /// The id of the position the article's words `span` name: the graph's,
    /// one named before in the draft, or a new one.
    fn position(&mut self, span: &Range<usize>, kind: NodeKind, unsure: bool) -> String {
        // 'a "highly competitive" 21% increase': the label keeps the quote
        // mark it closes.
        let mut span = span.clone();
        let inner = &self.article[span.clone()];
        if let Some(mark) = self.article[..span.start].chars().next_back()
            && matches!(mark, '"' | '\u{201c}')
            && inner.contains(['"', '\u{201d}'])
            && !inner.starts_with(['"', '\u{201c}'])
        {
            span.start -= mark.len_utf8();
        }
        let words = label_of(&self.article[span.clone()]);
        // A one-word name ("talks") is too loose a match to be sure of.
        let known = self
            .known
            .get(words)
            .filter(|k| k.kind.is_position() && (normalise(words).contains(' ') || k.id == words));
        if let Some(node) = known {
            return self.add(node.id.clone(), node.kind, &node.label, true, unsure);
        }
        let key = normalise(words);
        if let Some(&p) = self.by_key.get(&key) {
            let node = &mut self.positions[p];
            node.unsure_only &= unsure;
            return node.id.clone();
        }
        let base = naming::position_id(words);
        let base = if base.is_empty() {
            "position".to_owned()
        } else {
            base
        };
        let id = parties::unique(&base, &self.ids);
        self.by_key.insert(key, self.positions.len());
        self.add(id, kind, words, false, unsure)
    }

    fn add(
        &mut self,
        id: String,
        kind: NodeKind,
        label: &str,
        known: bool,
        unsure: bool,
    ) -> String {
        if let Some(node) = self.positions.iter_mut().find(|p| p.id == id) {
            node.unsure_only &= unsure;
            return id;
        }
        self.ids.insert(id.clone());
        self.positions.push(DraftNode {
            id: id.clone(),
            kind,
            label: label.to_owned(),
            known,
            unsure_only: unsure,
            aliases: Vec::new(),
        });
        id
    }

    /// The parties the candidates name, in the order first named.
    pub(super) fn parties(&self, claims: &[Candidate]) -> Vec<DraftNode> {
        let labels: Vec<String> = self
            .parties
            .list
            .iter()
            .map(|p| normalise(&p.label))
            .collect();
        self.parties
            .list
            .iter()
            .filter_map(|p| {
                let mut naming = claims
                    .iter()
                    .filter(|c| {
                        c.holder == p.id
                            || (c.relation == Some(Relation::MemberOf)
                                && c.target.as_ref() == Some(&p.id))
                    })
                    .peekable();
                naming.peek()?;
                let unsure_only = naming.all(|c| c.unsure.is_some() || c.relation.is_none());
                let free =
                    |name: &&String| {
                        let key = normalise(name);
                        self.known.get(name).is_none()
                            && !labels.contains(&key)
                            && !self.parties.list.iter().any(|q| {
                                q.id != p.id && q.names.iter().any(|n| normalise(n) == key)
                            })
                    };
                let aliases = if p.known {
                    Vec::new()
                } else {
                    // As the article spells it ("U.S." with its full stop).
                    p.names
                        .iter()
                        .filter(free)
                        .filter_map(|n| {
                            let plain = n.strip_suffix('.').unwrap_or(n);
                            [n.as_str(), plain]
                                .into_iter()
                                .find(|a| self.article.contains(a))
                                .map(str::to_owned)
                        })
                        .collect()
                };
                Some(DraftNode {
                    id: p.id.clone(),
                    kind: NodeKind::Party,
                    label: p.label.clone(),
                    known: p.known,
                    unsure_only,
                    aliases,
                })
            })
            .collect()
    }
}

/// The kinds of a candidate's two positions: conditions are what others
/// need and what sets a threat off; the rest are demands.
fn kinds(relation: Option<Relation>) -> (NodeKind, NodeKind) {
    match relation {
        Some(Relation::Threatens) => (NodeKind::Condition, NodeKind::Condition),
        Some(Relation::ConditionsOn) => (NodeKind::Demand, NodeKind::Condition),
        Some(Relation::PartOf) => (NodeKind::Demand, NodeKind::Proposal),
        _ => (NodeKind::Demand, NodeKind::Demand),
    }
}

/// Whether a position's words name a proposal by its noun before any
/// preposition ("the Egyptian plan", "a revised pay offer", "the
/// three-phase framework"; not "the release of prisoners"): declared a
/// proposal, not a demand.
fn named_as_proposal(phrase: &str) -> bool {
    phrase
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .take_while(|w| !lexicon::PREPOSITIONS.contains(&w.as_str()) && w != "that")
        .take(6)
        .any(|w| lexicon::PROPOSAL_NOUNS.contains(&w.as_str()))
}

/// A phrase as a label: without a leading article (still the article's words).
fn label_of(phrase: &str) -> &str {
    ["the ", "The ", "a ", "A ", "an ", "An "]
        .iter()
        .find_map(|a| phrase.strip_prefix(a))
        .unwrap_or(phrase)
}
