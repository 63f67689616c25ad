//! The words `draft` reads: the cues that carry a claim, the words that
//! make a sentence unsure, the titles and nouns that name parties. All
//! lower case; multi-word cues are written with single spaces. Kept here,
//! in one table per job, so that a reader can see (and a test can check)
//! every word the rules use.

use crate::model::Relation;

mod countries;
mod doubts;
mod offers;
mod people;
pub use countries::{COUNTRIES, COUNTRY_NAMES, Country, LEADERS, country, leader_keys};
pub use doubts::{
    CLAUSE_BREAKS, READINESS, REFERRING, TIME_LEADS, TIME_TAIL_LEADS, TIMES_ALONE, WHEN_WORDS,
    is_determiner, is_time_word,
};
pub use offers::{OFFER_WORDS, OPTION_ORDINALS};
pub use people::{
    HEADS, NAME_PARTICLES, NEWS_WORDS, ORGANISATION_WORDS, ROLES, UNIT_WORDS, name_particle,
};

/// How a cue carries its claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// "X demands Y": the holder before the cue, the position after it.
    Stance(Relation),
    /// "A only if B": position A needs position B.
    Condition,
    /// "X threatened to Y", "X will Y if Z".
    Threat,
    /// "talks mediated by X": the mediator after the cue.
    MediatedBy,
    /// "X is mediating": the mediator before the cue.
    Mediating,
    /// "X countered with Y", "X instead proposed Y".
    Counter,
    /// "X dropped Y", "Y replaced Z": a position given up or replaced.
    Change,
    /// "The memorandum also calls for Y", "the offer covered Y", "under the
    /// plan, Y": Y is a term of a proposal named just before the cue.
    Term,
    /// "X has not responded to Y": X ignores Y (only after a "not").
    Ignore,
    /// "A replaces B", "A, up from B": A supersedes B.
    Supersede,
}

/// One cue: its words and what it carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The words, lower case, single-spaced.
    pub words: &'static str,
    /// What it carries.
    pub kind: CueKind,
}

const fn stance(words: &'static str, relation: Relation) -> Cue {
    Cue {
        words,
        kind: CueKind::Stance(relation),
    }
}

const fn cue(words: &'static str, kind: CueKind) -> Cue {
    Cue { words, kind }
}

mod cues;
use Relation::{Demands, Proposes};
pub use cues::CUES;

/// Nouns that name a proposal: "the memorandum calls for Y" makes Y one of
/// its terms, not a demand of the memorandum.
pub const PROPOSAL_NOUNS: &[&str] = &[
    "proposal",
    "plan",
    "offer",
    "memorandum",
    "framework",
    "deal",
    "package",
    "draft",
    "agreement",
    "initiative",
    "document",
    "text",
    "exchange",
    "compromise",
    "arrangement",
    "settlement",
    "options",
];

/// Verbs that propose only when their object is a proposal ("submitted a
/// proposed deal", "made an offer"; not "made clear").
pub const PROPOSING_VERBS: &[&str] = &[
    "submitted",
    "presented",
    "sent",
    "put",
    "delivered",
    "handed",
    "unveiled",
    "made",
];

/// The most words any cue has: matching looks no further ahead.
pub const LONGEST_CUE: usize = 4;

/// Words in a sentence that make its claim unsure: negation, hedging, a
/// hypothesis ("if Israel agreed to ..."), reported speech at second hand.
pub const UNSURE: &[&str] = &[
    "if",
    "unless",
    "not",
    "n't",
    "never",
    "may",
    "might",
    "could",
    "reportedly",
    "possibly",
    "perhaps",
    "considering",
    "consider",
    "unclear",
    "whether",
    "denied",
    "deny",
    "rumoured",
    "rumored",
    "speculated",
    // "would stop offering power": an offer ended, not made.
    "stop",
    "stops",
    "stopped",
    "cease",
    "ceased",
    "halt",
    "halted",
];

/// Words that introduce who said something: "X said", "said X".
pub const SAID: &[&str] = &[
    "said",
    "says",
    "told",
    "stated",
    "announced",
    "added",
    "declared",
    "wrote",
    "tweeted",
];

/// Verbs that follow a subject: "Hamas has ...", "Moscow would ...".
pub const AUXILIARIES: &[&str] = &[
    "has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "did",
    "does", "also", "again", "then", "later", "still", "must", "cannot",
];

/// Abbreviations after which a full stop does not end the sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cmdr", "adm", "sgt",
    "sen", "rep", "gov", "pres", "amb", "st", "jr", "sr", "rev", "hon", "no", "vs", "etc", "inc",
    "corp", "ltd", "co", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
];

/// Words that open a line of a web page that is no sentence of the report
/// ("Credit: PA", "Photo: Reuters", "Read more: ..."): said before a colon,
/// the line is skipped, so a picture agency never becomes a party.
pub const CAPTION_WORDS: &[&str] = &[
    "credit",
    "credits",
    "photo",
    "photograph",
    "photos",
    "picture",
    "image",
    "caption",
    "video",
    "watch",
    "read",
    "listen",
    "related",
    "advertisement",
    "source",
];

/// Titles that begin a person's name ("Prime Minister Keir Starmer").
pub const TITLES: &[&str] = &[
    "president",
    "prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "finance minister",
    "trade minister",
    "labour minister",
    "labor minister",
    "minister",
    "secretary of state",
    "secretary",
    "chancellor",
    "king",
    "queen",
    "envoy",
    "special envoy",
    "ambassador",
    "general",
    "gen.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "senator",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "chair",
    "commissioner",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "chief",
    "chief executive",
    "chief negotiator",
    "lead negotiator",
    "negotiator",
    "general secretary",
    "secretary-general",
    "ceo",
    // "Deutsche Bahn personnel director Ulrike Brandt", "Hezbollah
    // lawmaker Ali Mrad": a person named with the party they speak for.
    // Not a bare "director" ("director of the Serbian government's
    // office" is an apposition, read as such).
    "personnel director",
    "managing director",
    "executive director",
    "director general",
    "director-general",
    "lawmaker",
    "legislator",
];

/// Whether a name opens with a title (after "the"): "Special Envoy
/// Witkoff", "the foreign minister".
pub fn has_title(name: &str) -> bool {
    let key = crate::resolve::normalise(name);
    title_keys().iter().any(|t| {
        key.strip_prefix(t.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// [`TITLES`] as [`crate::resolve::normalise`] spells them, normalised once.
pub fn title_keys() -> &'static [String] {
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        TITLES
            .iter()
            .map(|t| crate::resolve::normalise(t))
            .collect()
    })
}

/// Nouns that name a party in lower case ("the dockworkers' union",
/// "management", "the Israeli government").
pub const PARTY_NOUNS: &[&str] = &[
    "government",
    "army",
    "military",
    "authority",
    "authorities",
    "city",
    "mediator",
    "union",
    "unions",
    "management",
    "ministry",
    "company",
    "employers",
    "employer",
    "airline",
    "workers",
    "council",
    "federation",
    "association",
    "delegation",
    "negotiators",
    "mediators",
    "administration",
    "cabinet",
    "parliament",
    "rebels",
    "militants",
    "alliance",
    "coalition",
    "bloc",
    "board",
    "leadership",
    "opposition",
    "allies",
    "leaders",
    "officials",
    "side",
    "committee",
    "investors",
    "bondholders",
    "creditors",
    "lenders",
    "automakers",
    "carmakers",
];

/// Whether a capitalised word is no name: one of [`NOT_NAMES`], a month
/// (in full or as a date abbreviates it, "Aug. 31") or a weekday (the
/// model's one list of each).
pub fn not_a_name(word: &str) -> bool {
    NOT_NAMES.contains(&word)
        || crate::model::month_number(word).is_some()
        || crate::model::month_abbreviation(word).is_some()
        || crate::model::weekday_number(word).is_some()
}

/// Capitalised words that are never a party on their own (sentence
/// openers, the pronoun "I"; months and weekdays: [`not_a_name`]).
pub const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
    "on",
    "in",
    "at",
    "by",
    "for",
    "of",
    "to",
    "with",
    "after",
    "before",
    "since",
    "while",
    "when",
    "if",
    "should",
    "under",
    "as",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "there",
    "earlier",
    "later",
    "last",
    "next",
    "previously",
    "meanwhile",
    "however",
    "according",
    "under",
    "despite",
    "talks",
    "negotiations",
    "passover",
    "christmas",
    "easter",
    "ramadan",
    "eid",
    "hanukkah",
    // Contractions and openers that start a quoted sentence ("We've said
    // no", "Not once ..."), and a number ("One official said").
    "we've",
    "we're",
    "we'll",
    "i'm",
    "i've",
    "it's",
    "they're",
    "not",
    "one",
    // What a title was or is for now ("Acting Thai Prime Minister ..."):
    // the country after it names the party.
    "acting",
    "interim",
    "outgoing",
    "former",
];

/// Cue words that are nouns as often as verbs ("a demand", "the offer"):
/// a claim only where a verb stands.
pub const NOUN_FORMS: &[&str] = &[
    "demand", "demands", "offer", "offers", "call", "calls", "back", "backs", "proposal", "threat",
    "seeks", "wants", "accept", "reject", "dismiss", "refuse", "propose", "urge", "insist",
    "press", "push",
];

/// Words that name a position already put forward: "rejected the demand"
/// means the demand named before.
pub const ANAPHORA: &[(&str, Relation)] = &[
    ("demand", Demands),
    ("demands", Demands),
    ("offer", Proposes),
    ("proposal", Proposes),
    ("plan", Proposes),
    ("proposals", Proposes),
    ("offers", Proposes),
    ("framework", Proposes),
    ("idea", Proposes),
    ("package", Proposes),
    ("deal", Proposes),
    ("suggestion", Proposes),
    ("counter-proposal", Proposes),
    ("counterproposal", Proposes),
    ("request", Demands),
    ("requests", Demands),
];

/// Words after which a party is not the subject: "an offer from employers".
pub const PREPOSITIONS: &[&str] = &[
    "from", "by", "of", "to", "with", "for", "against", "on", "at", "between", "in", "into",
    "over", "under", "among", "about", "behalf", "than",
];

/// Words that open a side remark about a party: "X, which represents ...,".
pub const ASIDES: &[&str] = &[
    "which",
    "who",
    "whose",
    "known",
    "including",
    "representing",
    "led",
    "whom",
];

/// Verbs of pressure that make "X would VERB ... if Y" a threat ("would
/// walk away", "could go to court", "would suspend the talks").
pub const THREAT_MEASURES: &[&str] = &[
    "walk",
    "stage",
    "suspend",
    "recall",
    "stop",
    "withdraw",
    "seek",
    "go",
    "close",
    "respond",
    "resume",
    "impose",
    "retaliate",
    "strike",
    "sue",
    "quit",
    "boycott",
    "expel",
    "halt",
    "act",
    "pull",
    "leave",
    "abandon",
    "block",
    "veto",
    "escalate",
    "shut",
    "freeze",
    "terminate",
    "cancel",
];

/// Bare nouns of [`COREFERENTS`] for a side of a labour dispute: with no
/// party of their kind named, they stand for the group named most of no
/// other kind ("the company" for "Deutsche Bahn").
pub const DISPUTE_SIDES: &[&str] = &["union", "company", "airline", "employer"];

/// Bare nouns that stand for a party named before ("the union" after "the
/// International Longshoremen's Association"), each with the words of a
/// name that it may stand for. The most recently named party whose name
/// holds one of them is meant.
pub const COREFERENTS: &[(&str, &[&str])] = &[
    (
        "union",
        &[
            "union",
            "association",
            "organisation",
            "organization",
            "guild",
            "workers",
        ],
    ),
    (
        "company",
        &["company", "corp", "corporation", "inc", "ltd", "plc"],
    ),
    ("airline", &["airline", "airlines", "air", "airways"]),
    (
        "employer",
        &["employer", "employers", "company", "corporation"],
    ),
    ("ministry", &["ministry"]),
    ("government", &["government"]),
    // In wire English "the administration" with no name is Washington's.
    ("administration", &["administration", "states"]),
    ("bloc", &["union", "bloc"]),
    ("alliance", &["alliance"]),
    ("committee", &["committee"]),
    ("federation", &["federation"]),
    ("council", &["council"]),
];

/// Cues that carry a demand only when a party and "to" follow them
/// ("asked Washington to reverse its decision", "pressing Beijing to speed
/// up licences"): alone they ask questions and press ahead.
pub const ASKED_TO: &[&str] = &[
    "asked", "asks", "asking", "ask", "pressing", "presses", "expects", "expected",
];

/// Words after a verb that say its object stood before it: "a demand the
/// M23 shot down outright", "an offer Kyiv accepted because ...".
pub const PHRASE_STOPS_AFTER_OBJECT: &[&str] = &[
    "outright", "because", "after", "before", "when", "while", "but", "and", "as", "earlier",
    "later", "again", "too",
];

/// Verbs that refuse, after "would not" ("would not rule out special
/// legislation"): the two negations cancel, no rejection is drafted.
pub const REFUSING_VERBS: &[&str] = &[
    "rule out",
    "reject",
    "oppose",
    "refuse",
    "exclude",
    "object",
    "block",
    "resist",
    "hesitate",
    "stand in the way",
];

/// Verbs a refusal ("would not accept X") takes before its position: the
/// position is what follows them.
pub const REFUSED_VERBS: &[&str] = &["accept", "agree", "sign", "back", "support", "endorse"];

/// Pronouns that stand for a party named before: the claim is then unsure.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we"];

/// Whether a word is a verb that follows a subject: a cue's first word, a
/// verb of saying, an auxiliary.
pub fn verb_like(word: &str) -> bool {
    is_said(word)
        || AUXILIARIES.contains(&word)
        || CUES.iter().any(|c| c.words.split(' ').next() == Some(word))
}

/// Whether a word says who spoke ("said", "told").
pub fn is_said(word: &str) -> bool {
    SAID.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_lower_case_and_single_spaced() {
        let all = CUES
            .iter()
            .map(|c| c.words)
            .chain(UNSURE.iter().copied())
            .chain(SAID.iter().copied())
            .chain(TITLES.iter().copied())
            .chain(PARTY_NOUNS.iter().copied())
            .chain(NOT_NAMES.iter().copied());
        for w in all {
            assert_eq!(w, w.to_lowercase(), "{w}");
            assert_eq!(w.split(' ').filter(|p| p.is_empty()).count(), 0, "{w:?}");
        }
    }

    #[test]
    fn no_cue_is_longer_than_the_look_ahead() {
        for c in CUES {
            assert!(c.words.split(' ').count() <= LONGEST_CUE, "{}", c.words);
        }
        let longest = CUES.iter().map(|c| c.words.split(' ').count()).max();
        assert_eq!(longest, Some(LONGEST_CUE));
    }
}
