//! The ids and labels a draft proposes for parties, the way analysts write
//! them: an organisation's acronym (`uaw`, `ila`), a country's short name
//! (`us`, `iran`), a person's surname (`witkoff`), else the first words of
//! the name (`port-authority`).

use crate::resolve::normalise;

use super::lexicon::{self, COUNTRIES};

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

/// Words a name's initials leave out: "Association of Mineworkers and
/// Construction Union" is AMCU.
const NOT_INITIALS: &[&str] = &["of", "and", "the", "for", "&", "de", "du", "des"];

/// The most words an organisation's proposed id takes.
const ID_WORDS: usize = 3;

/// What a name is: a country (by its name, capital, adjective or a
/// leader's surname), a person (a title, then a capitalised name), else a
/// group. `key` is the name as [`super::parties`] keys it.
pub fn nature(name: &str, key: &str) -> Nature {
    if let Some(country) = country_of_name(key) {
        return Nature::Country(country);
    }
    let name = name.trim();
    let name = ["the ", "The "]
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .unwrap_or(name);
    let titled = lexicon::has_title(name);
    let named = name
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    if titled && named {
        Nature::Person
    } else {
        Nature::Group
    }
}

/// The country `key` stands for: a country's name, its capital or seat of
/// government, its adjective, or a leader's surname ("netanyahu",
/// "benjamin netanyahu").
pub fn country_of_name(key: &str) -> Option<&'static str> {
    if key.is_empty() {
        return None;
    }
    lexicon::country(key).or_else(|| {
        lexicon::leader_keys()
            .iter()
            .find(|(n, _)| ends_with_name(key, n))
            .map(|(_, c)| *c)
    })
}

/// Whether `key` names a leader ("trump", "benjamin netanyahu"), not a
/// country itself.
pub fn is_leader(key: &str) -> bool {
    lexicon::leader_keys()
        .iter()
        .any(|(n, _)| ends_with_name(key, n))
}

/// Whether `key` is `name` or ends with it after a space ("benjamin
/// netanyahu" ends with "netanyahu").
fn ends_with_name(key: &str, name: &str) -> bool {
    key.strip_suffix(name)
        .is_some_and(|before| before.is_empty() || before.ends_with(' '))
}

/// A country's label: "United States", "Iran".
pub fn country_label(country: &str) -> String {
    if let Some(c) = COUNTRIES.iter().find(|c| c.key == country) {
        return c.label.to_owned();
    }
    country
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `label` is the label a country is given ("Russia", "Britain").
#[cfg(test)]
pub fn is_country_label(label: &str) -> bool {
    lexicon::COUNTRY_NAMES
        .iter()
        .chain(lexicon::LEADERS)
        .any(|(_, c)| country_label(c) == label)
}

/// Whether a name is an acronym: one word of two to six capitals ("UAW",
/// "NZNO"; not "U.S", which [`country_of_name`] reads).
pub fn is_acronym(name: &str) -> bool {
    (2..=6).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_uppercase())
        && !lexicon::not_a_name(&name.to_lowercase())
}

/// The initials of a name's capitalised words, less joining words and a
/// bracketed acronym: "International Longshore and Warehouse Union (ILWU)"
/// is "ILWU".
pub fn initials(name: &str) -> String {
    let name = name.split(" (").next().unwrap_or(name);
    let words: Vec<&str> = name
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && !NOT_INITIALS.contains(&w.to_lowercase().as_str()))
        .collect();
    if words.len() < 2 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return String::new();
    }
    words.iter().filter_map(|w| w.chars().next()).collect()
}

/// The id a draft proposes for a party the graph does not know (before it
/// is made unique).
pub fn base_id(nature: Nature, label: &str, acronym: Option<&str>) -> String {
    let id = match nature {
        Nature::Country(country) => COUNTRIES
            .iter()
            .find(|c| c.key == country)
            .map_or_else(|| words_id(country, 5), |c| c.id.to_owned()),
        Nature::Person => words_id(label.rsplit(' ').next().unwrap_or_default(), 1),
        Nature::Group => acronym.map_or_else(|| words_id(label, ID_WORDS), str::to_ascii_lowercase),
    };
    if id.is_empty() {
        "party".to_owned()
    } else {
        id
    }
}

/// Words a position's id leaves out: "cease all uranium enrichment" is
/// `cease-uranium-enrichment`.
const NOT_KEY_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "for", "by", "on", "in", "at", "and", "or", "its", "their",
    "his", "her", "our", "all", "any", "that", "this", "with", "from", "over", "into", "s", "be",
    "is", "are", "was", "will", "would", "could", "should",
];

/// The id a draft proposes for a position: its first three key words
/// ("12% wage rise over three years": `12-wage-rise`), before it is made
/// unique.
pub fn position_id(words: &str) -> String {
    let id = normalise(words)
        .split(' ')
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| w.len() > 1 && !NOT_KEY_WORDS.contains(&w.as_str()))
        .take(3)
        .collect::<Vec<_>>()
        .join("-");
    if id.is_empty() {
        words_id(words, 3)
    } else {
        id
    }
}

/// An id of the first `most` words of `name`: lower-case ASCII letters and
/// digits joined by '-', a possessive's lone "s" left out.
fn words_id(name: &str, most: usize) -> String {
    let name = name.split(" (").next().unwrap_or(name);
    normalise(name)
        .split(' ')
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty() && w != "s")
        .take(most)
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_leave_out_joining_words_and_brackets() {
        assert_eq!(initials("United Auto Workers"), "UAW");
        assert_eq!(
            initials("Association of Mineworkers and Construction Union"),
            "AMCU"
        );
        assert_eq!(initials("Nurses Organisation (NZNO)"), "NO");
        assert_eq!(initials("union"), "");
        assert!(is_acronym("ILWU") && !is_acronym("Iran") && !is_acronym("U.S"));
    }

    #[test]
    fn a_positions_id_is_its_first_key_words() {
        assert_eq!(
            position_id("cease all uranium enrichment"),
            "cease-uranium-enrichment"
        );
        assert_eq!(
            position_id("12% wage rise over three years"),
            "12-wage-rise"
        );
        assert_eq!(
            position_id("recent U.S. nuclear deal proposal"),
            "recent-nuclear-deal"
        );
        assert_eq!(position_id("8%"), "8");
    }

    #[test]
    fn countries_are_named_by_capitals_adjectives_and_leaders() {
        assert_eq!(country_of_name("kremlin"), Some("russia"));
        assert_eq!(country_of_name("iran"), Some("iran"));
        assert_eq!(country_of_name("benjamin netanyahu"), Some("israel"));
        assert_eq!(country_of_name("zelensky"), Some("ukraine"));
        assert_eq!(country_of_name("hamas"), None);
        assert_eq!(country_label("united states"), "United States");
        assert_eq!(country_label("saudi arabia"), "Saudi Arabia");
    }
}
