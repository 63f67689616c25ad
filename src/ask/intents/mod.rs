//! The one table of what `ask` understands: for each intent, the phrases
//! that ask for it (by stem, see [`super::cues`]), the names it takes, the
//! query it becomes, the forms shown to someone whose question was not
//! understood, and example questions with the command each reads as.
//!
//! `negograph ask --examples` prints the examples of [`all`] the intents,
//! `docs/ask.md` lists the same, and a test asks every one of them (on the
//! graph it names) and checks it reads as its command and answers what the
//! command answers. The table is kept in four groups, one file each:
//! positions, relations, analyses and the overview.
//!
//! Scoring: an intent scores the sum of the weights of its cues found in
//! the question (an intent with `needs` scores nothing unless one of those
//! is found too). Intents are tried from the highest score down, table order
//! breaking ties; the first whose names are there (a party for `stance`, two
//! names for `path`, ...) is the reading.

use super::slots::{Frame, Plan};

mod analyses;
mod overview;
mod positions;
mod relations;

/// One example question, and the command (or, for a name that fits two
/// nodes, commands) it reads as on the built-in graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// The question as a person would type it.
    pub question: &'static str,
    /// The command each reading runs.
    pub reads_as: &'static [&'static str],
    /// The graph file it is asked of, relative to the project's folder
    /// (`None`: the built-in graph, which has no proposals or issues).
    pub graph: Option<&'static str>,
}

/// The shipped example with proposals and issues: the Gaza talks of 26 May 2025.
pub const GAZA: Option<&str> = Some("graph/examples/gaza-2025-05-26.json");

/// The shipped example with dated sources: invented three-way trade talks.
pub const TRADE: Option<&str> = Some("graph/trade-talks.json");

/// One thing `ask` can be asked.
pub struct Intent {
    /// The subcommand it becomes.
    pub command: crate::args::Cmd,
    /// What it answers, for `ask --examples`.
    pub about: &'static str,
    /// Phrases that ask for it, with how strongly (1 to 3).
    pub cues: &'static [(&'static str, u8)],
    /// At least one of these must be in the question, if any are listed.
    pub needs: &'static [&'static str],
    /// A question of this many names and nothing else ("the aid pause?",
    /// "Trump and the sanctions?") reads as this intent; 0 for none.
    pub bare_names: usize,
    /// Question forms for help, `{position}`, `{party}`, `{issue}`,
    /// `{node}`, `{a}` and `{b}` standing for names (filled in with those
    /// the question holds).
    pub forms: &'static [&'static str],
    /// Example questions on the built-in graph.
    pub examples: &'static [Example],
    /// The query, given the question's names and cues; `None` when the
    /// names it needs are not there.
    pub build: fn(&Frame) -> Option<Plan>,
}

/// Words that make a question about parties ("who", "which countries").
const WHO_WORDS: &[&str] = &[
    "who",
    "whom",
    "anyone/anybody/someone/somebody/nobody",
    "which/what party/parties/side/sides/country/countries/government/governments/leader/leaders/actor/actors/player/players/state/states/group/groups/nation/nations/camp",
    // "Do both sides want to keep talking?": whether each party wants it
    // is who stands where on it, not a stance (which takes one party).
    super::who_side::BOTH_SIDES_WANT,
    "stand on",
    "stands on",
    "for and against",
    "for or against",
    "position/positions/views on",
];

/// The groups of the table, in the order ties are broken.
static GROUPS: [&[Intent]; 4] = [
    positions::INTENTS,
    relations::INTENTS,
    analyses::INTENTS,
    overview::INTENTS,
];

/// Every intent, in the order ties are broken.
pub fn all() -> impl Iterator<Item = &'static Intent> + Clone {
    GROUPS.iter().flat_map(|group| group.iter())
}
