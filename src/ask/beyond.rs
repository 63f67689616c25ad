//! Words of questions a record of what parties said cannot answer:
//! subjects it holds nothing about, and forecasts. `scope` refuses them;
//! `spelling` reads a typo of one as the word.

/// Subjects a graph of positions and claims records nothing about, as
/// `Pattern` alternatives: words that mean nothing else in a question
/// about talks (not "arms", which is also aid; not "economic", which is
/// also sanctions; not "opinion" or "approval", which are also stances; not
/// "cost", "price" or "loss", which are also concessions), as
/// each with what to call it in the refusal.
pub(super) const BEYOND: &[(&str, &str)] = &[
    (
        "die/died/dies/dead/death/deaths/kill/killed/killing/casualty/casualties/wounded/injured/fatality/fatalities/toll/victims",
        "casualties",
    ),
    (
        "troop/troops/soldier/soldiers/army/armies/battlefield/frontline/offensive/territory/territories/kilometres/kilometers/miles",
        "the fighting on the ground",
    ),
    (
        "money/dollar/dollars/euro/euros/gdp/inflation/budget/revenue/profit/profits",
        "money or the economy",
    ),
    (
        "poll/polls/polling/voter/voters/election/elections/popularity",
        "public opinion or elections",
    ),
    ("weather/rain/temperature", "the weather"),
];

/// Words that ask how likely something is: a forecast, which a record of
/// what parties said cannot give ("what are the odds Putin shows up?").
/// Matched on every word, cue or not ("odds" is also "at odds").
pub(super) const FORECAST: &[&str] = &[
    "odds",
    "likely",
    "unlikely",
    "likelihood",
    "probability",
    "probable",
    "probably",
    "chance",
    "chances",
    "predict",
    "prediction",
    "forecast",
    "bet",
    "bets",
];

/// The words of [`BEYOND`] and [`FORECAST`], for reading a typo of one.
pub(super) fn refusal_words() -> impl Iterator<Item = &'static str> {
    BEYOND
        .iter()
        .flat_map(|(words, _)| words.split('/'))
        .chain(FORECAST.iter().copied())
}
