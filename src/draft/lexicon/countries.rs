//! Countries as reports name them: capitals, seats of government,
//! adjectives, leaders by surname; and the id and label a draft gives each.

/// Names that stand for a country in news reports: its capital, its seat
/// of government, its adjective before a party noun ("Russian officials").
/// Each maps to the country's name, which keys (and proposes the id of) the
/// party, so that "Moscow", "the Kremlin" and "Russia" are one party.
pub const COUNTRY_NAMES: &[(&str, &str)] = &[
    ("moscow", "russia"),
    ("kremlin", "russia"),
    ("russian", "russia"),
    ("kyiv", "ukraine"),
    ("kiev", "ukraine"),
    ("ukrainian", "ukraine"),
    ("washington", "united states"),
    ("white house", "united states"),
    ("u.s", "united states"),
    ("us", "united states"),
    ("american", "united states"),
    ("america", "united states"),
    ("usa", "united states"),
    ("u.s.a", "united states"),
    ("united states of america", "united states"),
    ("beijing", "china"),
    ("chinese", "china"),
    ("tehran", "iran"),
    ("iranian", "iran"),
    ("jerusalem", "israel"),
    ("israeli", "israel"),
    ("berlin", "germany"),
    ("german", "germany"),
    ("paris", "france"),
    ("french", "france"),
    ("london", "united kingdom"),
    ("british", "united kingdom"),
    ("britain", "united kingdom"),
    ("u.k", "united kingdom"),
    ("uk", "united kingdom"),
    ("brussels", "european union"),
    ("eu", "european union"),
    ("e.u", "european union"),
    ("european commission", "european union"),
    ("cairo", "egypt"),
    ("egyptian", "egypt"),
    ("addis ababa", "ethiopia"),
    ("ethiopian", "ethiopia"),
    ("khartoum", "sudan"),
    ("sudanese", "sudan"),
    ("doha", "qatar"),
    ("qatari", "qatar"),
    ("ankara", "turkey"),
    ("turkish", "turkey"),
    ("riyadh", "saudi arabia"),
    ("saudi", "saudi arabia"),
    ("tokyo", "japan"),
    ("japanese", "japan"),
    ("seoul", "south korea"),
    ("pyongyang", "north korea"),
    ("new delhi", "india"),
    ("indian", "india"),
    ("islamabad", "pakistan"),
    ("pakistani", "pakistan"),
    ("ottawa", "canada"),
    ("canadian", "canada"),
    ("mexico city", "mexico"),
    ("mexican", "mexico"),
    ("damascus", "syria"),
    ("syrian", "syria"),
    ("beirut", "lebanon"),
    ("lebanese", "lebanon"),
    ("baghdad", "iraq"),
    ("iraqi", "iraq"),
    ("kabul", "afghanistan"),
    ("caracas", "venezuela"),
    ("havana", "cuba"),
    ("taipei", "taiwan"),
    ("minsk", "belarus"),
    ("warsaw", "poland"),
    ("polish", "poland"),
    ("rome", "italy"),
    ("italian", "italy"),
    ("madrid", "spain"),
    ("spanish", "spain"),
    ("wellington", "new zealand"),
    ("canberra", "australia"),
    ("australian", "australia"),
    ("brasilia", "brazil"),
    ("brazilian", "brazil"),
    ("pretoria", "south africa"),
    ("nairobi", "kenya"),
    ("oslo", "norway"),
    ("muscat", "oman"),
    ("omani", "oman"),
    ("norwegian", "norway"),
    ("bogota", "colombia"),
    ("bogot\u{e1}", "colombia"),
    ("colombian", "colombia"),
    ("belgrade", "serbia"),
    ("serbian", "serbia"),
    ("pristina", "kosovo"),
    ("kosovar", "kosovo"),
    ("reykjavik", "iceland"),
    ("icelandic", "iceland"),
    ("kinshasa", "congo"),
    ("congolese", "congo"),
    ("kigali", "rwanda"),
    ("rwandan", "rwanda"),
    ("baku", "azerbaijan"),
    ("azerbaijani", "azerbaijan"),
    ("accra", "ghana"),
    ("ghanaian", "ghana"),
    ("lusaka", "zambia"),
    ("zambian", "zambia"),
    ("torshavn", "faroe islands"),
    ("faroese", "faroe islands"),
    ("faroes", "faroe islands"),
    ("copenhagen", "denmark"),
    ("danish", "denmark"),
    ("dublin", "ireland"),
    ("irish", "ireland"),
    ("the hague", "netherlands"),
    ("dutch", "netherlands"),
    ("stockholm", "sweden"),
    ("swedish", "sweden"),
    ("helsinki", "finland"),
    ("finnish", "finland"),
    ("vienna", "austria"),
    ("austrian", "austria"),
    ("bern", "switzerland"),
    ("swiss", "switzerland"),
    ("athens", "greece"),
    ("greek", "greece"),
    ("lisbon", "portugal"),
    ("portuguese", "portugal"),
    ("budapest", "hungary"),
    ("hungarian", "hungary"),
    ("amman", "jordan"),
    ("jordanian", "jordan"),
    ("abu dhabi", "united arab emirates"),
    ("emirati", "united arab emirates"),
    ("sanaa", "yemen"),
    ("yemeni", "yemen"),
    ("tripoli", "libya"),
    ("libyan", "libya"),
    ("algiers", "algeria"),
    ("algerian", "algeria"),
    ("rabat", "morocco"),
    ("moroccan", "morocco"),
    ("abuja", "nigeria"),
    ("nigerian", "nigeria"),
    ("juba", "south sudan"),
    ("mogadishu", "somalia"),
    ("somali", "somalia"),
    ("hanoi", "vietnam"),
    ("vietnamese", "vietnam"),
    ("bangkok", "thailand"),
    ("thai", "thailand"),
    ("jakarta", "indonesia"),
    ("indonesian", "indonesia"),
    ("manila", "philippines"),
    ("dhaka", "bangladesh"),
    ("buenos aires", "argentina"),
    ("argentine", "argentina"),
    ("argentinian", "argentina"),
    ("lima", "peru"),
    ("peruvian", "peru"),
    ("quito", "ecuador"),
    ("venezuelan", "venezuela"),
    ("cuban", "cuba"),
    ("armenian", "armenia"),
    ("yerevan", "armenia"),
    ("tbilisi", "georgia"),
    ("u.n", "united nations"),
];

/// Leaders and ministers named by surname, each with the country they
/// speak for: "Zelensky said" is Ukraine speaking (the person is the
/// speaker, the country the holder).
pub const LEADERS: &[(&str, &str)] = &[
    ("zelensky", "ukraine"),
    ("zelenskiy", "ukraine"),
    ("zelenskyy", "ukraine"),
    ("sybiha", "ukraine"),
    ("yermak", "ukraine"),
    ("umerov", "ukraine"),
    ("putin", "russia"),
    ("lavrov", "russia"),
    ("peskov", "russia"),
    ("medinsky", "russia"),
    ("ushakov", "russia"),
    ("trump", "united states"),
    ("biden", "united states"),
    ("rubio", "united states"),
    ("blinken", "united states"),
    ("bessent", "united states"),
    ("greer", "united states"),
    ("lutnick", "united states"),
    ("netanyahu", "israel"),
    ("katz", "israel"),
    ("macron", "france"),
    ("barrot", "france"),
    ("starmer", "united kingdom"),
    ("lammy", "united kingdom"),
    ("merz", "germany"),
    ("scholz", "germany"),
    ("meloni", "italy"),
    ("erdogan", "turkey"),
    ("fidan", "turkey"),
    ("jinping", "china"),
    ("wang yi", "china"),
    ("he lifeng", "china"),
    ("araqchi", "iran"),
    ("araghchi", "iran"),
    ("pezeshkian", "iran"),
    ("khamenei", "iran"),
    ("baghaei", "iran"),
    ("sisi", "egypt"),
    ("el-sisi", "egypt"),
    ("abdelatty", "egypt"),
    ("abiy", "ethiopia"),
    ("modi", "india"),
    ("sharif", "pakistan"),
    ("carney", "canada"),
    ("sheinbaum", "mexico"),
    ("lula", "brazil"),
    ("ramaphosa", "south africa"),
    ("tshisekedi", "congo"),
    ("kagame", "rwanda"),
    ("von der leyen", "european union"),
    ("sefcovic", "european union"),
    ("kallas", "european union"),
];

/// A country's id and label in a draft: the short name analysts write
/// (`us`, `uk`, `eu`) and the name a label gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country {
    /// The country as [`COUNTRY_NAMES`] and [`LEADERS`] name it, lower case.
    pub key: &'static str,
    /// Its id.
    pub id: &'static str,
    /// Its label.
    pub label: &'static str,
}

const fn country_row(key: &'static str, id: &'static str, label: &'static str) -> Country {
    Country { key, id, label }
}

/// Countries whose id or label is not their name in lower case with '-'
/// for spaces (those are made from the name: "saudi arabia" is
/// `saudi-arabia`, "Saudi Arabia").
pub const COUNTRIES: &[Country] = &[
    country_row("united states", "us", "United States"),
    country_row("united kingdom", "uk", "Britain"),
    country_row("european union", "eu", "European Union"),
];

/// The country `key` (a name in lower case, as [`crate::resolve::normalise`]
/// spells it) stands for: itself when it is a country's name, the country
/// of a capital, an adjective or a leader's surname.
pub fn country(key: &str) -> Option<&'static str> {
    let names = NAMES.get_or_init(|| {
        let mut names = std::collections::HashMap::new();
        for (name, country) in COUNTRY_NAMES.iter().chain(LEADERS) {
            names
                .entry(crate::resolve::normalise(name))
                .or_insert(*country);
            names.entry((*country).to_owned()).or_insert(*country);
        }
        names
    });
    names.get(key).copied()
}

/// [`LEADERS`]' names as [`crate::resolve::normalise`] spells them, with
/// their country: the one place they are normalised (a draft looks them up
/// for every name it reads).
pub fn leader_keys() -> &'static [(String, &'static str)] {
    LEADER_KEYS.get_or_init(|| {
        LEADERS
            .iter()
            .map(|(n, c)| (crate::resolve::normalise(n), *c))
            .collect()
    })
}

static NAMES: std::sync::OnceLock<std::collections::HashMap<String, &'static str>> =
    std::sync::OnceLock::new();
static LEADER_KEYS: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
