//! Words that make a sure-looking candidate unsure (see `draft::trust`).

/// What opens a new clause between a party and a cue: the party named
/// before it is then another clause's subject ("... resumed talks, but a
/// fresh row threatened to stall ...", "X said the presidency ... urged").
pub const CLAUSE_BREAKS: &[&str] = &[
    ", but ", "; ", " said ", " says ", " told ", ", with ", ", while ",
];

/// Words that stand, after a clause break, for the party named before it:
/// "Hamas said it rejected ...", "the alliance's envoy said the group would
/// accept ...".
pub const REFERRING: &[&str] = &[
    "it ",
    "they ",
    "he ",
    "she ",
    "we ",
    "its ",
    "their ",
    "the group ",
    "the union ",
    "the bloc ",
    "the coalition ",
    "the alliance ",
    "the movement ",
];

/// First words of a short phrase (up to four words) that says when, not
/// what: "put forward in December", "tabled on the opening day".
pub const TIME_LEADS: &[&str] = &["in", "on", "at", "last", "yesterday", "today", "previously"];

/// First words of a phrase that says when or how long at any length:
/// "refused throughout the talks to restore it".
pub const TIMES_ALONE: &[&str] = &["throughout", "during", "since"];

/// Cues of a readiness rather than an offer made: "prepared to X if Y" is
/// the condition's claim.
pub const READINESS: &[&str] = &["prepared to", "willing to", "ready to"];

/// Words of a phrase that names a time: "the opening day", "last week",
/// "in principle" (a manner, no more a position than a time); the names of
/// days and months are the model's ([`is_time_word`]).
const TIME_WORDS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "opening",
    "next",
    "this",
    "weekend",
    "morning",
    "evening",
    "night",
    "principle",
    "time",
    "past",
    "hour",
    "hours",
    "spring",
    "summer",
    "autumn",
    "winter",
];

/// Words that open a time said after a position ("accepted the freeze on
/// Friday evening", "had not responded to it by Monday evening", "within
/// hours", "since December", "in late 2020"): the position ends before
/// them when only a time follows ([`is_time_word`]).
pub const TIME_TAIL_LEADS: &[&str] = &[
    "on",
    "by",
    "within",
    "since",
    "in",
    "at",
    "last",
    "this",
    "next",
    "during",
    "throughout",
    "over",
    "early",
    "late",
    "until",
];

/// Words that say when on their own, at a position's end: "rejected the
/// plan yesterday".
pub const WHEN_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "earlier",
    "later",
];

/// Whether a lower-case word names a time: one of `TIME_WORDS`, or a
/// weekday or month named in full (the model's one list of each).
pub fn is_time_word(word: &str) -> bool {
    TIME_WORDS.contains(&word)
        || crate::model::weekday_number(word).is_some()
        || crate::model::month_number(word).is_some()
}

/// Words that only point at a noun: "the", "any", "its" ("the
/// counter-offer" is one word of content).
pub fn is_determiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "that"
            | "this"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "any"
            | "our"
    )
}
