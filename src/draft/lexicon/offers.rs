//! Words of offers spread over parties and options (see `draft::offers`).

/// Words that make a sentence one about offers: "offers of 9% from ...".
pub const OFFER_WORDS: &[&str] = &[
    "offer",
    "offers",
    "offered",
    "counteroffer",
    "counteroffers",
    "counter-offers",
    "bid",
    "bids",
    "proposal",
    "proposals",
    "proposed",
];

/// Words that number an option: "option one", "the second option".
pub const OPTION_ORDINALS: &[&str] = &[
    "one", "two", "three", "a", "b", "c", "1", "2", "3", "first", "second", "third",
];
