//! The words by which a report names a person beside the party they speak
//! for ("Ida Roos, the guild's chief negotiator"): see
//! [`crate::draft`]'s apposition rule.

/// Words of a role that an apposition gives a person ("Ida Roos, the
/// guild's chief negotiator", "a spokesman for the rebels").
pub const ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "negotiator",
    "envoy",
    "representative",
    "head",
    "chief",
    "leader",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "minister",
    "secretary",
    "ambassador",
    "delegate",
    "official",
    "adviser",
    "advisor",
    "commander",
];

/// Verbs with which a person heads a party ("who heads the army's delegation").
pub const HEADS: &[&str] = &["heads", "leads", "led", "headed", "represents", "chairs"];

/// Lower-case words inside a person's name ("Ezra al-Vale", "Jan de Vries").
pub const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "de", "del", "da", "van", "von", "der", "la", "le",
];

/// Whether a lower-case word belongs inside a person's name: a particle
/// ("de") or one joined to a name ("al-safi").
pub fn name_particle(word: &str) -> bool {
    NAME_PARTICLES.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || (rest.len() > 1 && rest.starts_with('-')))
    })
}

/// Words of an organisation's name beyond [`super::PARTY_NOUNS`] ("Harbour
/// Guild", "Rapid Support Forces"): no person's name holds them.
pub const ORGANISATION_WORDS: &[&str] = &[
    "guild",
    "forces",
    "front",
    "movement",
    "group",
    "committee",
    "commission",
    "bank",
    "fund",
    "organisation",
    "organization",
    "party",
    "office",
    "department",
    "service",
    "agency",
    "board",
    "bureau",
    "league",
    "coalition",
    "states",
    "nations",
    "republic",
    "kingdom",
    "presidency",
];

/// Words that name a news outlet ("The Times of Israel", "Reuters", "Al
/// Jazeera", "Channel 12"): one that a source "told" reports the claim and
/// is never a party.
pub const NEWS_WORDS: &[&str] = &[
    "times",
    "post",
    "journal",
    "news",
    "press",
    "agency",
    "television",
    "tv",
    "radio",
    "channel",
    "reuters",
    "afp",
    "ap",
    "bbc",
    "cnn",
    "axios",
    "politico",
    "bloomberg",
    "jazeera",
    "arabiya",
    "guardian",
    "telegraph",
    "herald",
    "tribune",
    "gazette",
    "daily",
    "newspaper",
    "broadcaster",
    "kan",
    "haaretz",
    "ynet",
    "tass",
    "xinhua",
    "interfax",
];

/// Words of a union's or an organisation's numbered unit ("Machinists
/// Local 1005", "IAM District 751"): the number after them is of the name.
pub const UNIT_WORDS: &[&str] = &[
    "local", "district", "lodge", "chapter", "branch", "division", "region", "unit",
];
