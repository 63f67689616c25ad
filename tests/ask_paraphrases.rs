//! How well `ask` reads questions as people type them: sets of
//! paraphrases, several per kind of question, on four graphs (the built-in
//! Istanbul graph, `tests/data/harbour-strike.json`, an invented harbour
//! strike, the shipped Gaza example for proposals and issues, and
//! `graph/trade-talks.json` for dated changes), each with the command it
//! should read as. They were written as journalists and analysts phrase
//! things, not from `ask`'s table of cues.
//!
//! Measured, each set before any change for it, then now (`cargo test
//! --test ask_paraphrases -- --nocapture` prints each set's count):
//!
//! | set | at first | now |
//! | --- | --- | --- |
//! | first (85) | 83 | 85 |
//! | second, held out (53) | 50 | 53 |
//! | third, compare/issues/who mediates (15) | 13 | 15 |
//! | fourth, unblock/effects/changes/timeline (21) | 15 | 20 |
//! | fifth, held out, every kind (32) | 24 | 28 |
//!
//! The share understood is measured and must stay at 90% or more; the test
//! prints the share and every question still read wrongly, so a change that
//! makes `ask` worse shows up here, and one that makes it better can move a
//! question from the misses to the hits.

mod common;

use std::path::{Path, PathBuf};

use common::negograph;

/// Which graph a question is asked of.
#[derive(Clone, Copy)]
enum On {
    /// The built-in Istanbul 2025 graph (newest source 2025-05-12).
    Istanbul,
    /// The invented harbour strike (newest source 2025-05-06).
    Harbour,
    /// The Gaza example, with proposals and issues (newest source 2025-05-26).
    Gaza,
    /// The trade talks example, with dated sources (2025-03-01, 2025-03-20).
    Trade,
}

fn harbour() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/harbour-strike.json")
}

fn trade() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/trade-talks.json")
}

fn gaza() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/examples/gaza-2025-05-26.json")
}

/// A graph, a question, and the commands it should read as.
type Paraphrase = (On, &'static str, &'static [&'static str]);

/// The first set, written before `ask` was tuned to it.
const FIRST: &[Paraphrase] = &[
    // What stands in the way.
    (
        On::Istanbul,
        "What's stopping a 30-day ceasefire?",
        &["negograph blockers ceasefire-30d"],
    ),
    (
        On::Istanbul,
        "why hasn't the 30-day ceasefire happened yet",
        &["negograph blockers ceasefire-30d"],
    ),
    (
        On::Istanbul,
        "what is preventing direct talks?",
        &["negograph blockers direct-talks"],
    ),
    (
        On::Istanbul,
        "Obstacles to the Istanbul talks?",
        &["negograph blockers direct-talks"],
    ),
    (
        On::Istanbul,
        "why are the peace talks stuck",
        &["negograph blockers direct-talks"],
    ),
    (
        On::Istanbul,
        "what stands between Ukraine and direct negotiations?",
        &["negograph blockers direct-talks"],
    ),
    (
        On::Istanbul,
        "what's in the way of the full ceasefire?",
        &["negograph blockers ceasefire-full"],
    ),
    (
        On::Istanbul,
        "What would still block the talks if the West paused military aid?",
        &["negograph blockers direct-talks --assume western-aid-pause"],
    ),
    (
        On::Istanbul,
        "blockers for the Zelensky-Putin meeting",
        &["negograph blockers zelensky-putin-meeting"],
    ),
    (
        On::Harbour,
        "What's blocking the return to work?",
        &["negograph blockers return-to-work"],
    ),
    (
        On::Harbour,
        "why can't the dockers go back to work?",
        &["negograph blockers return-to-work"],
    ),
    (
        On::Harbour,
        "What stands in the way of the crane freeze?",
        &["negograph blockers automation-freeze"],
    ),
    (
        On::Harbour,
        "what is holding up the pay rise?",
        &["negograph blockers wage-rise"],
    ),
    (
        On::Harbour,
        "if the safety review is done, what still blocks the automation freeze?",
        &["negograph blockers automation-freeze --assume safety-review"],
    ),
    (
        On::Harbour,
        "whats stopping the strike from ending",
        &["negograph blockers return-to-work"],
    ),
    // What a position needs first.
    (
        On::Istanbul,
        "What are the preconditions for direct talks?",
        &["negograph requires direct-talks"],
    ),
    (
        On::Istanbul,
        "what does a 30-day ceasefire hinge on",
        &["negograph requires ceasefire-30d"],
    ),
    (
        On::Istanbul,
        "Under what conditions would Russia agree to the full ceasefire?",
        &["negograph requires ceasefire-full"],
    ),
    (
        On::Istanbul,
        "what needs to happen before talks can start?",
        &["negograph requires direct-talks"],
    ),
    (
        On::Harbour,
        "what does the return to work depend on?",
        &["negograph requires return-to-work"],
    ),
    (
        On::Harbour,
        "What are the union's conditions for going back to work?",
        &["negograph requires return-to-work"],
    ),
    (
        On::Harbour,
        "What does the 9% offer need?",
        &["negograph requires pay-offer-9"],
    ),
    // A party's positions.
    (
        On::Istanbul,
        "What does Putin want?",
        &["negograph stance russia"],
    ),
    (
        On::Istanbul,
        "what's the Kremlin's position",
        &["negograph stance russia"],
    ),
    (On::Istanbul, "Trump's stance?", &["negograph stance trump"]),
    (
        On::Istanbul,
        "what is Europe asking for",
        &["negograph stance european-leaders"],
    ),
    (
        On::Istanbul,
        "What are the Western allies demanding?",
        &["negograph stance western-allies"],
    ),
    (
        On::Istanbul,
        "What does Zelenskyy want",
        &["negograph stance ukraine"],
    ),
    (
        On::Harbour,
        "What does the union want?",
        &["negograph stance union"],
    ),
    (
        On::Harbour,
        "what's management's position",
        &["negograph stance port-authority"],
    ),
    (
        On::Harbour,
        "What is the city demanding?",
        &["negograph stance city"],
    ),
    (
        On::Harbour,
        "what do the shipping companies want",
        &["negograph stance shipping-lines"],
    ),
    // Who is for, against, threatening.
    (
        On::Istanbul,
        "Who backs the 30-day ceasefire?",
        &["negograph who ceasefire-30d --side for"],
    ),
    (
        On::Istanbul,
        "which countries are in favour of direct talks",
        &["negograph who direct-talks --side for"],
    ),
    (
        On::Istanbul,
        "Who opposes the ceasefire in all theaters?",
        &["negograph who ceasefire-30d --side against"],
    ),
    (
        On::Istanbul,
        "who is threatening sanctions against Russia?",
        &["negograph who new-sanctions --relation threatens"],
    ),
    (
        On::Istanbul,
        "Who demanded a 30-day ceasefire?",
        &["negograph who ceasefire-30d --relation demands"],
    ),
    (
        On::Istanbul,
        "who has threatened Moscow?",
        &["negograph who russia"],
    ),
    (
        On::Istanbul,
        "Who suports direct talks?",
        &["negograph who direct-talks --side for"],
    ),
    (
        On::Harbour,
        "who supports the pay rise?",
        &["negograph who wage-rise --side for"],
    ),
    (
        On::Harbour,
        "Who is against the automation freeze?",
        &["negograph who automation-freeze --side against"],
    ),
    (
        On::Harbour,
        "who proposed arbitration",
        &["negograph who arbitration --relation proposes"],
    ),
    (
        On::Harbour,
        "who threatened the port?",
        &["negograph who port-authority"],
    ),
    (
        On::Harbour,
        "which side accepted binding arbitration?",
        &["negograph who arbitration --relation accepts"],
    ),
    (
        On::Harbour,
        "Who's pushing for a return to work?",
        &["negograph who return-to-work --side for"],
    ),
    (
        On::Harbour,
        "which parties mediate the return to work",
        &["negograph who return-to-work --relation mediates"],
    ),
    // How parties answered.
    (
        On::Istanbul,
        "How did the Kremlin react to the 30-day ceasefire proposal?",
        &["negograph responses ceasefire-30d --party russia"],
    ),
    (
        On::Istanbul,
        "did Russia accept the 30-day ceasefire?",
        &["negograph responses ceasefire-30d --party russia"],
    ),
    (
        On::Istanbul,
        "What was Moscow's answer to the call for a 30-day ceasefire?",
        &["negograph responses ceasefire-30d --party russia"],
    ),
    (
        On::Harbour,
        "How did the port respond to the wage demand?",
        &["negograph responses wage-rise --party port-authority"],
    ),
    (
        On::Harbour,
        "how did the union react to the 8% offer",
        &["negograph responses pay-offer-8 --party union"],
    ),
    (
        On::Harbour,
        "What were the responses to arbitration?",
        &["negograph responses arbitration"],
    ),
    (
        On::Harbour,
        "Did management agree to arbitration?",
        &["negograph responses arbitration --party port-authority"],
    ),
    // How two things are connected.
    (
        On::Istanbul,
        "What's the link between Trump and the sanctions?",
        &["negograph path trump new-sanctions --undirected"],
    ),
    (
        On::Istanbul,
        "how does the aid pause relate to the 30-day ceasefire?",
        &["negograph path western-aid-pause ceasefire-30d --undirected"],
    ),
    (
        On::Istanbul,
        "Is Trump connected to the aid pause?",
        &["negograph path trump western-aid-pause --undirected"],
    ),
    (
        On::Istanbul,
        "relationship between Europe and Russia",
        &["negograph path european-leaders russia --undirected"],
    ),
    (
        On::Harbour,
        "How is the city connected to the union?",
        &["negograph path city union --undirected"],
    ),
    (
        On::Harbour,
        "what's the connection between the fines and the port?",
        &["negograph path fines port-authority --undirected"],
    ),
    // Where parties disagree.
    (
        On::Istanbul,
        "Where do Ukraine and Russia clash?",
        &["negograph conflicts --party ukraine --party russia"],
    ),
    (
        On::Istanbul,
        "what are the disagreements?",
        &["negograph conflicts"],
    ),
    (
        On::Istanbul,
        "Is there any dispute between the West and Moscow?",
        &["negograph conflicts --party western-allies --party russia"],
    ),
    (
        On::Harbour,
        "where do the union and the port disagree?",
        &["negograph conflicts --party union --party port-authority"],
    ),
    (
        On::Harbour,
        "Where do the dockers and the carriers clash?",
        &["negograph conflicts --party union --party shipping-lines"],
    ),
    // Knots of mutual preconditions.
    (On::Istanbul, "any deadlocks?", &["negograph deadlocks"]),
    (
        On::Istanbul,
        "Is anyone waiting on each other?",
        &["negograph deadlocks"],
    ),
    (
        On::Istanbul,
        "chicken and egg situations?",
        &["negograph deadlocks"],
    ),
    (
        On::Harbour,
        "Is there a deadlock?",
        &["negograph deadlocks"],
    ),
    (
        On::Harbour,
        "who has to move first, the union or the port?",
        &["negograph deadlocks"],
    ),
    (
        On::Harbour,
        "are the union and the port in a standoff?",
        &["negograph deadlocks"],
    ),
    // Lists and one node.
    (On::Istanbul, "list the parties", &["negograph show"]),
    (On::Istanbul, "give me an overview", &["negograph show"]),
    (
        On::Istanbul,
        "what do we know about the sanctions threat?",
        &["negograph show new-sanctions"],
    ),
    (On::Istanbul, "who is Trump?", &["negograph show trump"]),
    (On::Harbour, "who are the players?", &["negograph show"]),
    (
        On::Harbour,
        "tell me about the mediator",
        &["negograph show mediator"],
    ),
    // Dates inside the question.
    (
        On::Istanbul,
        "What was Ukraine's position on May 10?",
        &["negograph stance ukraine --as-of 2025-05-10"],
    ),
    (
        On::Istanbul,
        "what blocked direct talks as of 2025-05-10?",
        &["negograph blockers direct-talks --as-of 2025-05-10"],
    ),
    (
        On::Istanbul,
        "who supported direct talks on May 11?",
        &["negograph who direct-talks --side for --as-of 2025-05-11"],
    ),
    (
        On::Istanbul,
        "has anyone ever opposed direct talks",
        &["negograph who direct-talks --side against --all-time"],
    ),
    (
        On::Harbour,
        "What did the port want on 1 April?",
        &["negograph stance port-authority --as-of 2025-04-01"],
    ),
    (
        On::Harbour,
        "who opposed the pay rise in March?",
        &["negograph who wage-rise --side against --as-of 2025-03-31"],
    ),
    (
        On::Harbour,
        "what blocked the crane freeze last week?",
        &["negograph blockers automation-freeze --as-of 2025-04-29"],
    ),
    (
        On::Harbour,
        "What has the union ever rejected?",
        &["negograph stance union --all-time"],
    ),
    (
        On::Harbour,
        "what was on the table a month ago?",
        &["negograph show --as-of 2025-04-06"],
    ),
];

/// A second set, written after the first was measured and before any
/// change for it: 50 of its 53 were read as meant at first.
const SECOND: &[Paraphrase] = &[
    (
        On::Istanbul,
        "Is Russia blocking the ceasefire?",
        &[
            "negograph blockers ceasefire-30d",
            "negograph blockers ceasefire-full",
        ],
    ),
    (
        On::Istanbul,
        "What are the sticking points for the talks?",
        &["negograph blockers direct-talks"],
    ),
    (
        On::Istanbul,
        "why no ceasefire yet?",
        &[
            "negograph blockers ceasefire-30d",
            "negograph blockers ceasefire-full",
        ],
    ),
    (
        On::Istanbul,
        "What's the hold-up on direct talks?",
        &["negograph blockers direct-talks"],
    ),
    (
        On::Istanbul,
        "what must the West do for the ceasefire to happen",
        &[
            "negograph requires ceasefire-30d",
            "negograph requires ceasefire-full",
        ],
    ),
    (
        On::Istanbul,
        "What is the ceasefire conditional on?",
        &[
            "negograph requires ceasefire-30d",
            "negograph requires ceasefire-full",
        ],
    ),
    (
        On::Istanbul,
        "Russia's conditions?",
        &["negograph stance russia"],
    ),
    (
        On::Istanbul,
        "Has the Kremlin responded to the ceasefire call?",
        &[
            "negograph responses ceasefire-30d --party russia",
            "negograph responses ceasefire-full --party russia",
        ],
    ),
    (
        On::Istanbul,
        "How did Zelensky react to Putin's offer of talks?",
        &["negograph responses direct-talks --party ukraine"],
    ),
    (
        On::Istanbul,
        "What's the connection between the meeting and the ceasefire?",
        &[
            "negograph path zelensky-putin-meeting ceasefire-30d --undirected",
            "negograph path zelensky-putin-meeting ceasefire-full --undirected",
        ],
    ),
    (
        On::Istanbul,
        "How are Europe and Trump linked?",
        &["negograph path european-leaders trump --undirected"],
    ),
    (
        On::Istanbul,
        "Do Ukraine and Russia disagree on anything?",
        &["negograph conflicts --party ukraine --party russia"],
    ),
    (
        On::Istanbul,
        "What do Europe and Russia disagree about?",
        &["negograph conflicts --party european-leaders --party russia"],
    ),
    (
        On::Istanbul,
        "Is there a standoff?",
        &["negograph deadlocks"],
    ),
    (
        On::Istanbul,
        "Are the parties stuck in a loop?",
        &["negograph deadlocks"],
    ),
    (
        On::Istanbul,
        "Summarize the negotiation",
        &["negograph show"],
    ),
    (On::Istanbul, "What's on the table?", &["negograph show"]),
    (
        On::Istanbul,
        "Who are the main players?",
        &["negograph show"],
    ),
    (
        On::Istanbul,
        "What did Russia propose?",
        &["negograph stance russia"],
    ),
    (
        On::Istanbul,
        "What is Trump's role?",
        &["negograph stance trump"],
    ),
    (
        On::Istanbul,
        "What blocked the talks a week ago?",
        &["negograph blockers direct-talks --as-of 2025-05-05"],
    ),
    (
        On::Istanbul,
        "who was for the 30-day ceasefire last month",
        &["negograph who ceasefire-30d --side for --as-of 2025-04-30"],
    ),
    (
        On::Istanbul,
        "Which parties oppose direct talks?",
        &["negograph who direct-talks --side against"],
    ),
    (
        On::Istanbul,
        "Who's behind the 30-day ceasefire?",
        &["negograph who ceasefire-30d --side for"],
    ),
    (
        On::Istanbul,
        "who is threatening consequences",
        &["negograph who new-sanctions --relation threatens"],
    ),
    (
        On::Istanbul,
        "What threats has Europe made?",
        &["negograph stance european-leaders"],
    ),
    (
        On::Harbour,
        "Why is the automation freeze stalled?",
        &["negograph blockers automation-freeze"],
    ),
    (
        On::Harbour,
        "what's standing in the way of arbitration?",
        &["negograph blockers arbitration"],
    ),
    (
        On::Harbour,
        "What has to happen before the dockworkers return?",
        &["negograph requires return-to-work"],
    ),
    (
        On::Harbour,
        "What does the port authority want?",
        &["negograph stance port-authority"],
    ),
    (
        On::Harbour,
        "What is the mayor asking for?",
        &["negograph stance city"],
    ),
    (
        On::Harbour,
        "what are the carriers' red lines?",
        &["negograph stance shipping-lines"],
    ),
    (
        On::Harbour,
        "Who wants the crane freeze?",
        &["negograph who automation-freeze --side for"],
    ),
    (
        On::Harbour,
        "Who rejected the 8% offer?",
        &["negograph who pay-offer-8 --side against"],
    ),
    (
        On::Harbour,
        "Who's against arbitration?",
        &["negograph who arbitration --side against"],
    ),
    (
        On::Harbour,
        "How did the shippers respond to the 9% offer?",
        &["negograph responses pay-offer-9 --party shipping-lines"],
    ),
    (
        On::Harbour,
        "Did the union accept the 8% offer?",
        &["negograph responses pay-offer-8 --party union"],
    ),
    (
        On::Harbour,
        "How is the mediator linked to the return to work?",
        &["negograph path mediator return-to-work --undirected"],
    ),
    (
        On::Harbour,
        "What connects the city and the fines?",
        &["negograph path city fines --undirected"],
    ),
    (
        On::Harbour,
        "What do the union and management disagree on?",
        &["negograph conflicts --party union --party port-authority"],
    ),
    (
        On::Harbour,
        "Where are the union and the shipping lines at odds?",
        &["negograph conflicts --party union --party shipping-lines"],
    ),
    (
        On::Harbour,
        "Is the pay rise deadlocked?",
        &["negograph blockers wage-rise"],
    ),
    (
        On::Harbour,
        "Is there a circular dependency?",
        &["negograph deadlocks"],
    ),
    (
        On::Harbour,
        "Who needs to move first?",
        &["negograph deadlocks"],
    ),
    (
        On::Harbour,
        "What's the state of play?",
        &["negograph show"],
    ),
    (
        On::Harbour,
        "What do we know about the fines?",
        &["negograph show fines"],
    ),
    (
        On::Harbour,
        "What was the union's position in March?",
        &["negograph stance union --as-of 2025-03-31"],
    ),
    (
        On::Harbour,
        "Who backed the pay rise on March 10?",
        &["negograph who wage-rise --side for --as-of 2025-03-10"],
    ),
    (
        On::Harbour,
        "what blocked the return to work on 2025-04-01",
        &["negograph blockers return-to-work --as-of 2025-04-01"],
    ),
    (
        On::Harbour,
        "If the pay rise is agreed, what blocks the return to work?",
        &["negograph blockers return-to-work --assume wage-rise"],
    ),
    (
        On::Harbour,
        "What does the city threaten?",
        &["negograph stance city"],
    ),
    (
        On::Harbour,
        "Who's threatening the port authority?",
        &["negograph who port-authority"],
    ),
    (
        On::Harbour,
        "What's the council's stance on the return to work?",
        &["negograph stance city"],
    ),
];

/// A third set, for the questions main's packages work added (compare,
/// issues, who mediates or accepts), asked of the Gaza example; written
/// before `ask` learnt them from the one table.
const THIRD: &[Paraphrase] = &[
    (
        On::Gaza,
        "What's the difference between the Witkoff proposal and the Hamas version?",
        &["negograph compare witkoff-proposal hamas-version"],
    ),
    (
        On::Gaza,
        "how does Hamas's version differ from Witkoff's?",
        &["negograph compare hamas-version witkoff-proposal"],
    ),
    (
        On::Gaza,
        "Witkoff proposal vs the 70-day proposal",
        &["negograph compare witkoff-proposal hamas-version"],
    ),
    (
        On::Gaza,
        "where do the two proposals overlap?",
        &["negograph compare witkoff-proposal hamas-version"],
    ),
    (
        On::Gaza,
        "how big is the gap on the living hostages?",
        &["negograph compare witkoff-proposal hamas-version"],
    ),
    (
        On::Gaza,
        "compare the two offers",
        &["negograph compare witkoff-proposal hamas-version"],
    ),
    (
        On::Gaza,
        "How far apart are the sides on the ceasefire length?",
        &["negograph compare witkoff-proposal hamas-version"],
    ),
    (
        On::Gaza,
        "put the two proposals side by side",
        &["negograph compare witkoff-proposal hamas-version"],
    ),
    (
        On::Gaza,
        "What are the key issues in the Gaza talks?",
        &["negograph issues"],
    ),
    (On::Gaza, "list the issues", &["negograph issues"]),
    (
        On::Gaza,
        "what's at stake in the negotiations?",
        &["negograph issues"],
    ),
    (
        On::Gaza,
        "where does each party stand on each issue?",
        &["negograph issues"],
    ),
    (
        On::Gaza,
        "Who is the mediator for Witkoff's proposal?",
        &["negograph who witkoff-proposal --relation mediates"],
    ),
    (
        On::Gaza,
        "who accepted Hamas's version?",
        &["negograph who hamas-version --relation accepts"],
    ),
    (
        On::Gaza,
        "has Israel accepted Witkoff's latest proposal?",
        &["negograph responses witkoff-proposal --party israel"],
    ),
];

/// A fourth set, for unblock, effects, changes and timeline (the analyses
/// work, #15), on the built-in graph and on `graph/trade-talks.json` (dated
/// sources of 2025-03-01 and 2025-03-20); written before the table's cues
/// for them were tried on it.
const FOURTH: &[Paraphrase] = &[
    (
        On::Istanbul,
        "What would it take to get a full ceasefire?",
        &["negograph unblock ceasefire-full"],
    ),
    (
        On::Istanbul,
        "how can the deadlock over the 30-day ceasefire be broken?",
        &["negograph unblock ceasefire-30d"],
    ),
    (
        On::Istanbul,
        "what concessions would unblock direct talks?",
        &["negograph unblock direct-talks"],
    ),
    (
        On::Istanbul,
        "Who has to make the first move for a Zelensky-Putin meeting?",
        &["negograph unblock zelensky-putin-meeting"],
    ),
    (
        On::Istanbul,
        "What happens if the West pauses aid?",
        &["negograph effects western-aid-pause"],
    ),
    (
        On::Istanbul,
        "What are the consequences if Russia refuses the 30-day ceasefire?",
        &["negograph effects russia-refuses-30d"],
    ),
    (
        On::Istanbul,
        "what would direct talks lead to?",
        &["negograph effects direct-talks"],
    ),
    (
        On::Istanbul,
        "What does a 30-day ceasefire unlock?",
        &["negograph effects ceasefire-30d"],
    ),
    (
        On::Istanbul,
        "What's changed since May 1?",
        &["negograph changes --from 2025-05-01 --to 2025-05-12"],
    ),
    (
        On::Istanbul,
        "any new developments in the last week?",
        &["negograph changes --from 2025-05-05 --to 2025-05-12"],
    ),
    (
        On::Istanbul,
        "How has Russia's position changed since the start of May?",
        &["negograph changes --from 2025-05-01 --to 2025-05-12 --party russia"],
    ),
    (
        On::Istanbul,
        "Show me the timeline of Ukraine's positions",
        &["negograph timeline ukraine"],
    ),
    (
        On::Istanbul,
        "chronology of the talks",
        &["negograph timeline"],
    ),
    (
        On::Trade,
        "what would it take to get the tariff cut?",
        &["negograph unblock tariff-cut"],
    ),
    (
        On::Trade,
        "how do we get a trade deal?",
        &["negograph unblock trade-deal"],
    ),
    (
        On::Trade,
        "what happens if ministers meet?",
        &["negograph effects ministerial-talks"],
    ),
    (
        On::Trade,
        "what changed in March?",
        &["negograph changes --from 2025-02-28 --to 2025-03-31"],
    ),
    (
        On::Trade,
        "What did Country B change between March 1 and March 20?",
        &["negograph changes --from 2025-03-01 --to 2025-03-20 --party country-b"],
    ),
    (
        On::Trade,
        "how did Country A's position evolve?",
        &["negograph timeline country-a"],
    ),
    (
        On::Trade,
        "what's the history of the negotiations?",
        &["negograph timeline"],
    ),
    (
        On::Trade,
        "What has shifted since March 1st?",
        &["negograph changes --from 2025-03-01 --to 2025-03-20"],
    ),
];

/// A fifth set, held out: written after the others were read as meant,
/// across every kind of question and all four graphs, and measured once
/// before any change for it.
const FIFTH: &[Paraphrase] = &[
    (
        On::Istanbul,
        "What's the main obstacle to a Putin-Zelensky summit?",
        &["negograph blockers zelensky-putin-meeting"],
    ),
    (
        On::Istanbul,
        "Why has there been no ceasefire?",
        &[
            "negograph blockers ceasefire-30d",
            "negograph blockers ceasefire-full",
        ],
    ),
    (
        On::Istanbul,
        "What are Kyiv's conditions?",
        &["negograph stance ukraine"],
    ),
    (
        On::Istanbul,
        "who is pushing for direct negotiations?",
        &["negograph who direct-talks --side for"],
    ),
    (
        On::Istanbul,
        "who rejected the 30-day ceasefire?",
        &["negograph who ceasefire-30d --side against"],
    ),
    (
        On::Istanbul,
        "How is the aid pause related to the ceasefire?",
        &[
            "negograph path western-aid-pause ceasefire-30d --undirected",
            "negograph path western-aid-pause ceasefire-full --undirected",
        ],
    ),
    (
        On::Istanbul,
        "Is there a circular dependency anywhere?",
        &["negograph deadlocks"],
    ),
    (
        On::Istanbul,
        "what are the preconditions for a full ceasefire?",
        &["negograph requires ceasefire-full"],
    ),
    (
        On::Istanbul,
        "What did Russia say in response to the ceasefire call?",
        &[
            "negograph responses ceasefire-30d --party russia",
            "negograph responses ceasefire-full --party russia",
        ],
    ),
    (
        On::Istanbul,
        "what do Trump and Russia disagree on?",
        &["negograph conflicts --party trump --party russia"],
    ),
    (
        On::Istanbul,
        "what's the state of play?",
        &["negograph show"],
    ),
    (
        On::Istanbul,
        "what would it take to get Putin to Istanbul?",
        &["negograph unblock zelensky-putin-meeting"],
    ),
    (
        On::Istanbul,
        "what does the 30-day ceasefire set in motion?",
        &["negograph effects ceasefire-30d"],
    ),
    (
        On::Istanbul,
        "what difference would a pause in Western aid make?",
        &["negograph effects western-aid-pause"],
    ),
    (
        On::Istanbul,
        "What has changed in Russia's stance this month?",
        &["negograph changes --from 2025-04-30 --to 2025-05-12 --party russia"],
    ),
    (
        On::Istanbul,
        "Give me a timeline of events",
        &["negograph timeline"],
    ),
    (
        On::Istanbul,
        "Who must act first to get a full ceasefire?",
        &["negograph unblock ceasefire-full"],
    ),
    (
        On::Trade,
        "what is stopping the trade deal?",
        &["negograph blockers trade-deal"],
    ),
    (
        On::Trade,
        "what does Country C want?",
        &["negograph stance country-c"],
    ),
    (
        On::Trade,
        "who opposes the quota rise?",
        &["negograph who quota-rise --side against"],
    ),
    (
        On::Trade,
        "what changed after March 1?",
        &["negograph changes --from 2025-03-01 --to 2025-03-20"],
    ),
    (
        On::Trade,
        "What happens if the monitoring mission goes ahead?",
        &["negograph effects monitoring"],
    ),
    (
        On::Trade,
        "what's the sequence of events for Country B?",
        &["negograph timeline country-b"],
    ),
    (
        On::Trade,
        "How do we get out of the deadlock on the tariff cut?",
        &["negograph unblock tariff-cut"],
    ),
    (
        On::Trade,
        "are the parties going round in circles?",
        &["negograph deadlocks"],
    ),
    (
        On::Harbour,
        "What would it take to end the strike?",
        &["negograph unblock return-to-work"],
    ),
    (
        On::Harbour,
        "compare the 8% and 9% offers",
        &["negograph compare pay-offer-8 pay-offer-9"],
    ),
    (
        On::Harbour,
        "What happens if the mediator's arbitration is accepted?",
        &["negograph effects arbitration"],
    ),
    (
        On::Harbour,
        "what has the union changed since May 1?",
        &["negograph changes --from 2025-05-01 --to 2025-05-06 --party union"],
    ),
    (
        On::Harbour,
        "how did management respond to the wage claim?",
        &["negograph responses wage-rise --party port-authority"],
    ),
    (
        On::Gaza,
        "How do the two sides' proposals compare on hostages?",
        &["negograph compare witkoff-proposal hamas-version"],
    ),
    (
        On::Gaza,
        "Did Israel accept the Witkoff proposal?",
        &["negograph responses witkoff-proposal --party israel"],
    ),
];

/// Every set.
const SETS: &[(&str, &[Paraphrase])] = &[
    ("first", FIRST),
    ("second (held out)", SECOND),
    ("third (packages)", THIRD),
    ("fourth (analyses)", FOURTH),
    ("fifth (held out)", FIFTH),
];

/// The commands `ask` read a question as, or why it did not read it.
fn read_as(on: On, question: &str) -> Result<Vec<String>, String> {
    let mut cmd = negograph();
    match on {
        On::Istanbul => {}
        On::Harbour => {
            cmd.arg("-f").arg(harbour());
        }
        On::Gaza => {
            cmd.arg("-f").arg(gaza());
        }
        On::Trade => {
            cmd.arg("-f").arg(trade());
        }
    }
    let out = cmd.args(["ask", question, "--json"]).output().unwrap();
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(err.lines().next().unwrap_or_default().to_owned());
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("ask --json prints JSON");
    Ok(v["readings"]
        .as_array()
        .expect("readings")
        .iter()
        .map(|r| r["command"].as_str().expect("command").to_owned())
        .collect())
}

#[test]
fn at_least_nine_in_ten_paraphrases_are_read_as_meant() {
    let all: Vec<&Paraphrase> = SETS.iter().flat_map(|(_, set)| set.iter()).collect();
    assert!(all.len() >= 60, "keep at least 60 paraphrases");
    let mut misses = Vec::new();
    for (name, set) in SETS {
        let mut missed = 0;
        for &(on, question, expected) in *set {
            match read_as(on, question) {
                Ok(got) if got == expected => continue,
                Ok(got) => {
                    misses.push(format!("{question:?}: read as {got:?}, meant {expected:?}"))
                }
                Err(e) => misses.push(format!("{question:?}: not read ({e}), meant {expected:?}")),
            }
            missed += 1;
        }
        println!(
            "{name} set: {} of {} read as meant",
            set.len() - missed,
            set.len()
        );
    }
    let understood = all.len() - misses.len();
    let share = 100.0 * understood as f64 / all.len() as f64;
    println!(
        "ask understood {understood} of {} paraphrases ({share:.1}%)",
        all.len()
    );
    for miss in &misses {
        println!("  missed: {miss}");
    }
    assert!(
        share >= 90.0,
        "only {share:.1}% understood:\n{}",
        misses.join("\n")
    );
}

#[test]
fn the_set_covers_every_kind_of_question_on_both_graphs() {
    for command in [
        "blockers",
        "requires",
        "stance",
        "who",
        "responses",
        "path",
        "conflicts",
        "deadlocks",
        "show",
    ] {
        for on in [On::Istanbul, On::Harbour] {
            let count = SETS
                .iter()
                .flat_map(|(_, set)| set.iter())
                .filter(|(o, _, expected)| {
                    std::mem::discriminant(o) == std::mem::discriminant(&on)
                        && expected[0].split(' ').nth(1) == Some(command)
                })
                .count();
            assert!(
                count >= 2,
                "{command}: only {count} paraphrases on one graph"
            );
        }
    }
}
