//! The one table of what `ask` understands: for each intent, the phrases
//! that ask for it (by stem, see [`super::cues`]), the names it takes, the
//! query it becomes, the forms shown to someone whose question was not
//! understood, and example questions with the command each reads as.
//!
//! `negograph ask --examples` prints [`INTENTS`]' examples, the README
//! lists the same, and a test asks every one of them on the built-in graph
//! and checks it reads as its command and answers what the command answers.
//!
//! Scoring: an intent scores the sum of the weights of its cues found in
//! the question (an intent with `needs` scores nothing unless one of those
//! is found too). Intents are tried from the highest score down, table order
//! breaking ties; the first whose names are there (a party for `stance`, two
//! names for `path`, ...) is the reading.

use super::slots::{
    Frame, Plan, blockers, changes, compare, conflicts, deadlocks, detail, effects, issues,
    overview, path, requires, responses, stance, timeline, unblock, who,
};

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
    pub command: &'static str,
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
    "stand on",
    "stands on",
    "for and against",
    "for or against",
    "position/positions/views on",
];

/// Every intent, in the order ties are broken.
pub static INTENTS: &[Intent] = &[
    Intent {
        command: "blockers",
        about: "What stands in the way of a demand, condition or proposal",
        cues: &[
            ("block/blocker/blockers/blockage/blocking", 3),
            (
                "prevent/obstacle/obstruct/impede/impediment/hinder/hindrance/barrier/hurdle/roadblock/bottleneck/logjam/snag/thwart/stymie/derail",
                3,
            ),
            ("in the way", 3),
            ("stand/stands/standing/stood between", 3),
            ("hold/holding/held up/back", 3),
            (
                "holdup/stuck/stall/stalled/stalling/stop/stopping/stopped/frozen",
                3,
            ),
            ("sticking point", 3),
            ("keep/keeps/kept * from", 3),
            ("why * not/no/never", 3),
            ("why * fail/failed/failing/delayed", 3),
            ("what is wrong with", 2),
            ("delay/delayed/delaying", 2),
            ("would * take", 1),
            ("deadlock/deadlocked/stalemate/impasse", 1),
        ],
        needs: &[],
        bare_names: 0,
        forms: &["what blocks {position}?", "why can't {position} happen?"],
        examples: &[
            Example {
                question: "what blocks the 30-day ceasefire?",
                reads_as: &["negograph blockers ceasefire-30d"],
                graph: None,
            },
            Example {
                question: "why can't the talks resume?",
                reads_as: &["negograph blockers direct-talks"],
                graph: None,
            },
            Example {
                question: "what's holding up the Zelensky-Putin meeting?",
                reads_as: &["negograph blockers zelensky-putin-meeting"],
                graph: None,
            },
            Example {
                question: "what stands in the way of a ceasefire?",
                reads_as: &[
                    "negograph blockers ceasefire-30d",
                    "negograph blockers ceasefire-full",
                ],
                graph: None,
            },
            Example {
                question: "if the West pauses its aid, what still blocks the talks?",
                reads_as: &["negograph blockers direct-talks --assume western-aid-pause"],
                graph: None,
            },
            Example {
                question: "what stood in the way of the full ceasefire on 2025-05-10?",
                reads_as: &["negograph blockers ceasefire-full --as-of 2025-05-10"],
                graph: None,
            },
        ],
        build: blockers,
    },
    Intent {
        command: "requires",
        about: "The preconditions below a position",
        cues: &[
            ("require/requirement/requirements/need/needs/needed", 3),
            (
                "depend/depends/dependent/precondition/preconditions/prerequisite/prerequisites/contingent/conditional/hinge/hinges",
                3,
            ),
            ("pre condition", 3),
            ("condition/conditions for/on/of/attached", 3),
            ("strings attached", 3),
            ("must/has/have/need/needs/needed * happen", 3),
            ("happen * first/before", 3),
            ("before * can", 2),
            ("before <n>", 1),
            ("for <n> to happen/start/begin/proceed/succeed/resume", 3),
            ("under/on what condition/conditions/terms", 3),
            ("condition/conditions", 1),
        ],
        needs: &[],
        bare_names: 0,
        forms: &[
            "what does {position} depend on?",
            "what has to happen before {position}?",
        ],
        examples: &[
            Example {
                question: "what does the 30-day ceasefire depend on?",
                reads_as: &["negograph requires ceasefire-30d"],
                graph: None,
            },
            Example {
                question: "what has to happen before direct talks?",
                reads_as: &["negograph requires direct-talks"],
                graph: None,
            },
        ],
        build: requires,
    },
    Intent {
        command: "who",
        about: "The parties for or against a position, or threatening a party",
        cues: &[
            ("who/whom", 2),
            ("anyone/anybody/someone/somebody/nobody", 2),
            (
                "which/what party/parties/side/sides/country/countries/government/governments/leader/leaders/actor/actors/player/players/state/states/group/groups/nation/nations/camp",
                2,
            ),
            (
                "support/back/backing/favour/favor/endorse/behind/champion/advocate/want/like/welcome/agree/oppose/opposed/against/reject/resist/object/refuse/dismiss/demand/propose/suggest/threaten/threat/accept/mediate/broker/counter/involved",
                1,
            ),
            ("stand/stands on", 2),
            ("for and/or against", 2),
            ("position/positions/views on", 1),
        ],
        needs: WHO_WORDS,
        bare_names: 0,
        forms: &[
            "who supports {position}?",
            "who is against {position}?",
            "who threatens {party}?",
            "who mediates {position}?",
        ],
        examples: &[
            Example {
                question: "who supports direct talks?",
                reads_as: &["negograph who direct-talks --side for"],
                graph: None,
            },
            Example {
                question: "who is against the 30-day ceasefire?",
                reads_as: &["negograph who ceasefire-30d --side against"],
                graph: None,
            },
            Example {
                question: "who threatened sanctions?",
                reads_as: &["negograph who new-sanctions --relation threatens"],
                graph: None,
            },
            Example {
                question: "who is threatening Russia?",
                reads_as: &["negograph who russia"],
                graph: None,
            },
            Example {
                question: "which parties proposed the meeting with Putin?",
                reads_as: &["negograph who zelensky-putin-meeting --relation proposes"],
                graph: None,
            },
            Example {
                question: "who is mediating Witkoff's latest proposal?",
                reads_as: &["negograph who witkoff-proposal --relation mediates"],
                graph: GAZA,
            },
            Example {
                question: "did anyone accept the 70-day proposal?",
                reads_as: &["negograph who hamas-version --relation accepts"],
                graph: GAZA,
            },
        ],
        build: who,
    },
    Intent {
        command: "responses",
        about: "How parties answered a demand or proposal",
        cues: &[
            (
                "respond/responded/response/responses/reply/replied/react/reacted/reaction/reactions/answer/answered/receive/received/reception",
                3,
            ),
            (
                "counter/countered/counteroffer/counterproposal/accept/accepted/ignore/ignored",
                3,
            ),
            ("turn/turned down", 3),
            ("agree/agreed to", 3),
            ("reject/rejected", 2),
            ("say/said to", 2),
        ],
        needs: &[],
        bare_names: 0,
        forms: &[
            "how did {party} respond to {position}?",
            "how was {position} received?",
        ],
        examples: &[
            Example {
                question: "how did Russia respond to the 30-day ceasefire?",
                reads_as: &["negograph responses ceasefire-30d --party russia"],
                graph: None,
            },
            Example {
                question: "what were the reactions to the 30-day ceasefire?",
                reads_as: &["negograph responses ceasefire-30d"],
                graph: None,
            },
        ],
        build: responses,
    },
    Intent {
        command: "stance",
        about: "Everything a party demands, proposes, supports, rejects or threatens",
        cues: &[
            (
                "want/wants/wanted/demand/demands/demanded/position/positions/stance/goal/goals/aim/aims/agenda/priority/priorities/insist/seek/seeking",
                3,
            ),
            ("stand/stands", 2),
            ("ask/asking/asked/push/pushing for", 3),
            (
                "propose/proposed/proposal/proposals/offer/offered/offering",
                3,
            ),
            ("red line/lines", 3),
            ("role/interest/interests/objective/objectives", 3),
            (
                "view/views/line/expect/expects/think/say/said/claim/claims/threaten/threatened/threats/support/supports/reject/rejects/oppose/opposes",
                1,
            ),
            // "Does Trump back the meeting?", "is Europe on board with it?":
            // the party's stance says.
            (
                "back/backs/favour/favor/endorse/endorses/against/welcome/welcomes",
                1,
            ),
            ("on board", 1),
            ("accept/accepts/accepted/agree/agreed", 1),
            ("condition/conditions * set", 3),
            ("set * condition/conditions", 3),
            ("what about", 1),
        ],
        needs: &[],
        bare_names: 0,
        forms: &["what does {party} want?", "what is {party}'s position?"],
        examples: &[
            Example {
                question: "what are Russia's demands?",
                reads_as: &["negograph stance russia"],
                graph: None,
            },
            Example {
                question: "where does Europe stand?",
                reads_as: &["negograph stance european-leaders"],
                graph: None,
            },
            Example {
                question: "what did Zelensky want as of May 10?",
                reads_as: &["negograph stance ukraine --as-of 2025-05-10"],
                graph: None,
            },
            Example {
                question: "what has Ukraine ever demanded?",
                reads_as: &["negograph stance ukraine --all-time"],
                graph: None,
            },
        ],
        build: stance,
    },
    Intent {
        command: "compare",
        about: "Proposals side by side, issue by issue: where they overlap and the gap",
        cues: &[
            (
                "compare/compared/comparison/versus/vs/contrast/differ/differs/difference/differences/different/distinguish/gap/gaps/overlap/overlaps",
                3,
            ),
            // Outweighs "sides" and "proposals" asking for the overview.
            ("side by side", 6),
            ("stack up", 3),
            ("how far apart", 3),
            ("between * and", 1),
            // Not "deal" or "plan": words that name nodes ("the deal")
            // must not become cue words.
            ("proposal/proposals/offer/offers", 2),
        ],
        needs: &[
            "compare/compared/comparison/versus/vs/contrast/differ/differs/difference/differences/different/distinguish/gap/gaps/overlap/overlaps",
            "side by side",
            "stack up",
            "how far apart",
        ],
        bare_names: 0,
        forms: &[
            "how do {a} and {b} differ?",
            "how do the proposals differ?",
            "what is the gap on {issue}?",
        ],
        examples: &[
            Example {
                question: "how do the proposals differ?",
                reads_as: &["negograph compare witkoff-proposal hamas-version"],
                graph: GAZA,
            },
            Example {
                question: "compare Witkoff's proposal with Hamas's version",
                reads_as: &["negograph compare witkoff-proposal hamas-version"],
                graph: GAZA,
            },
            Example {
                question: "how far apart are they on the length of the ceasefire?",
                reads_as: &["negograph compare witkoff-proposal hamas-version"],
                graph: GAZA,
            },
        ],
        build: compare,
    },
    Intent {
        command: "issues",
        about: "Every issue, with every party's stated position on it over time",
        cues: &[
            ("issue/issues/topic/topics/subject/subjects", 3),
            ("at stake", 3),
            ("what * negotiate/negotiated/negotiating about/over/on", 2),
        ],
        needs: &[],
        bare_names: 0,
        forms: &["what are the issues?"],
        examples: &[Example {
            question: "what issues are being negotiated?",
            reads_as: &["negograph issues"],
            graph: GAZA,
        }],
        build: issues,
    },
    Intent {
        command: "conflicts",
        about: "Positions one party wants and another rejects or counters",
        cues: &[
            (
                "disagree/disagreement/disagreements/differ/difference/differences/conflict/conflicts/clash/clashes/contention/contested/dispute/disputes/disputed/friction/tension/tensions/diverge/incompatible/contradict/argue/quarrel",
                3,
            ),
            ("at odds", 3),
            ("at loggerheads", 3),
            ("fault line/lines", 3),
            ("split/divide/divided/division/divisions", 2),
            ("not agree", 3),
            ("fight/fighting over", 2),
            ("where * apart", 2),
            ("sticking point/points", 2),
            ("gap/gaps between <n> and <n>", 2),
            // "How do Russia's and Ukraine's positions differ?"
            (
                "proposal/proposals/position/positions/demand/demands/stance/stances",
                1,
            ),
            // "Compare Hamas and Israel": parties, which compare does not take.
            ("compare/comparison/versus/vs", 1),
        ],
        needs: &[],
        bare_names: 0,
        forms: &["where do {a} and {b} disagree?", "where are the conflicts?"],
        examples: &[
            Example {
                question: "where do Russia and Ukraine disagree?",
                reads_as: &["negograph conflicts --party russia --party ukraine"],
                graph: None,
            },
            Example {
                question: "what are the points of contention?",
                reads_as: &["negograph conflicts"],
                graph: None,
            },
        ],
        build: conflicts,
    },
    Intent {
        command: "path",
        about: "How one node is connected to another",
        cues: &[
            (
                "connect/connected/connection/connections/link/linked/links/relationship/relate/related/relation/tie/ties/tied/path/route/chain",
                3,
            ),
            ("lead to", 2),
            ("get from", 2),
            ("to do with", 3),
            ("bear/bears on", 2),
            ("affect/affects/influence/influences", 2),
            ("in common", 2),
            ("trace", 2),
            ("between <n> and <n>", 1),
        ],
        needs: &[],
        bare_names: 2,
        forms: &["how is {a} connected to {b}?", "path from {a} to {b}"],
        examples: &[
            Example {
                question: "how are Trump and the sanctions connected?",
                reads_as: &["negograph path trump new-sanctions --undirected"],
                graph: None,
            },
            Example {
                question: "path from Ukraine to the aid pause",
                reads_as: &["negograph path ukraine western-aid-pause"],
                graph: None,
            },
        ],
        build: path,
    },
    Intent {
        command: "unblock",
        about: "What it would take: the fewest concessions that clear a position, and who must act",
        cues: &[
            ("unblock/unblocking/unstick/unjam/untangle", 4),
            ("would * take", 4),
            (
                "break/breaking/resolve/resolving/overcome/clear/clearing/solve/solving/unlock * deadlock/deadlocks/stalemate/impasse/logjam/gridlock/standoff/knot",
                4,
            ),
            (
                "deadlock/deadlocks/stalemate/impasse/logjam/gridlock/standoff * break/broke/broken/resolved/overcome/cleared/solved",
                4,
            ),
            ("way forward/out", 3),
            ("move/moves/go/goes/act/acts first", 3),
            ("first move/step", 3),
            // Giving ground is what unblock answers, whatever else the
            // question needs ("who needs to budge for X to happen?").
            (
                "concession/concessions/concede/compromise/compromises/budge/yield/flexibility",
                6,
            ),
            ("give up/ground/way", 6),
            ("who * budge/concede/give/move/yield/compromise/act", 4),
            ("how * get/reach/achieve/secure/make", 2),
            ("get/gets * moving/going/started/unstuck/track", 4),
            ("route/road/roadmap/path/way to <n>", 3),
        ],
        needs: &[],
        bare_names: 0,
        forms: &[
            "what would it take to get {position}?",
            "who must move first for {position}?",
        ],
        examples: &[
            Example {
                question: "what would it take to get a 30-day ceasefire?",
                reads_as: &["negograph unblock ceasefire-30d"],
                graph: None,
            },
            Example {
                question: "how do we break the deadlock on direct talks?",
                reads_as: &["negograph unblock direct-talks"],
                graph: None,
            },
            Example {
                question: "who must move first for the Zelensky-Putin meeting?",
                reads_as: &["negograph unblock zelensky-putin-meeting"],
                graph: None,
            },
            Example {
                question: "what would it take to unblock the tariff cut?",
                reads_as: &["negograph unblock tariff-cut"],
                graph: TRADE,
            },
        ],
        build: unblock,
    },
    Intent {
        command: "effects",
        about: "What follows if a position happens: what it unlocks, the threats it sets off",
        cues: &[
            ("happen/happens/follow/follows/next/then * if", 4),
            ("happen/happens/follow/follows/come/comes * after/when", 4),
            ("what if", 4),
            (
                "consequence/consequences/effect/effects/impact/implication/implications/fallout/repercussion/repercussions/outcome/result",
                3,
            ),
            ("unlock/unlocks/unlocked/enable/enables/trigger/triggers", 3),
            ("set/sets off", 3),
            ("open/opens/free/frees up", 3),
            ("pave way", 3),
            ("lead/leads to", 1),
            ("difference * make/makes/made", 5),
            ("set/sets/put/puts * motion", 3),
            ("bring/brings about", 3),
            ("result/results in", 3),
            ("mean/means for", 2),
        ],
        needs: &[],
        bare_names: 0,
        forms: &[
            "what happens if {position}?",
            "what would {position} unlock?",
        ],
        examples: &[
            Example {
                question: "what follows if Russia refuses the 30-day ceasefire?",
                reads_as: &["negograph effects russia-refuses-30d"],
                graph: None,
            },
            Example {
                question: "what would a pause in Western aid unlock?",
                reads_as: &["negograph effects western-aid-pause"],
                graph: None,
            },
            Example {
                question: "what happens if ministers meet?",
                reads_as: &["negograph effects ministerial-talks"],
                graph: TRADE,
            },
        ],
        build: effects,
    },
    Intent {
        command: "changes",
        about: "What changed between two days: claims added and ended, statuses, new reports",
        cues: &[
            ("change/changes/changed/changing", 3),
            ("how * change/changed/shift/shifted", 2),
            // A date after the verb is the window: "what has changed in
            // Russia's stance this month".
            ("change/changed/shift/shifted/new/happen/happened * <d>", 2),
            (
                "shift/shifts/shifted/shifting/moved/movement/development/developments/update/updates/updated",
                2,
            ),
            ("what * new", 2),
            ("latest/lately/recent/recently", 2),
            ("what * happen/happened", 1),
        ],
        needs: &[],
        bare_names: 0,
        forms: &[
            "what changed since D?",
            "what has {party} changed between D1 and D2?",
        ],
        examples: &[
            Example {
                question: "what changed since May 10?",
                reads_as: &["negograph changes --from 2025-05-10 --to 2025-05-12"],
                graph: None,
            },
            Example {
                question: "what changed between March 1 and March 20?",
                reads_as: &["negograph changes --from 2025-03-01 --to 2025-03-20"],
                graph: TRADE,
            },
            Example {
                question: "what has Country B changed since March 1?",
                reads_as: &[
                    "negograph changes --from 2025-03-01 --to 2025-03-20 --party country-b",
                ],
                graph: TRADE,
            },
        ],
        build: changes,
    },
    Intent {
        command: "timeline",
        about: "Every dated change in date order, for one party or all",
        cues: &[
            (
                "timeline/timelines/chronology/chronological/history/evolution/sequence",
                4,
            ),
            ("evolve/evolved/evolving", 4),
            ("how * change/changed/shift/shifted/develop/developed", 2),
            // "Russia's positions over time" ("over time" is read as a date).
            (
                "position/positions/stance/stances/demand/demands * <ever>",
                4,
            ),
        ],
        needs: &[],
        bare_names: 0,
        forms: &[
            "timeline of {party}'s positions",
            "how did the positions evolve?",
        ],
        examples: &[
            Example {
                question: "timeline of Russia's positions",
                reads_as: &["negograph timeline russia"],
                graph: None,
            },
            Example {
                question: "how did the positions evolve?",
                reads_as: &["negograph timeline"],
                graph: TRADE,
            },
        ],
        build: timeline,
    },
    Intent {
        command: "deadlocks",
        about: "Knots of mutual preconditions (\"you move first\"), and conflicts",
        cues: &[
            (
                "deadlock/deadlocks/deadlocked/stalemate/impasse/gridlock/standoff/circle/circular/cycle/cycles/loop/loops/knot/knots",
                3,
            ),
            ("move/go/act/moves/goes/acts first", 3),
            ("chicken and egg", 3),
            ("catch 22", 3),
            ("each other", 2),
            ("mutual/mutually", 2),
            ("vicious", 2),
        ],
        needs: &[],
        bare_names: 0,
        forms: &["are there deadlocks?", "who has to move first?"],
        examples: &[
            Example {
                question: "is there a stalemate?",
                reads_as: &["negograph deadlocks"],
                graph: None,
            },
            Example {
                question: "who has to move first?",
                reads_as: &["negograph deadlocks"],
                graph: None,
            },
        ],
        build: deadlocks,
    },
    Intent {
        command: "show",
        about: "Everything about one node",
        cues: &[
            ("tell * about", 3),
            ("know about", 3),
            ("everything/all about", 3),
            (
                "detail/details/info/information/background/describe/explain/summary/summarize/summarise/overview",
                2,
            ),
            ("status of", 2),
            (
                "include/includes/included/contain/contains/consist/consists/comprise/comprises/term/terms",
                2,
            ),
            ("what/who is <n>", 3),
            ("show", 1),
        ],
        needs: &[],
        bare_names: 1,
        forms: &["tell me about {node}"],
        examples: &[Example {
            question: "tell me about the aid pause",
            reads_as: &["negograph show western-aid-pause"],
            graph: None,
        }],
        build: detail,
    },
    Intent {
        command: "show",
        about: "The parties with their positions, then every demand and condition",
        cues: &[
            ("party/parties/players/actors/sides/participants", 3),
            ("overview/summary/summarize/summarise/everything/list", 3),
            (
                "demand/demands/condition/conditions/proposal/proposals/position/positions",
                2,
            ),
            ("on the table", 3),
            ("state of play", 3),
            ("big picture", 3),
            ("going on", 3),
            ("involved", 2),
            ("show/open/all/status", 1),
        ],
        needs: &[],
        bare_names: 0,
        forms: &["who are the parties?", "what demands are still open?"],
        examples: &[
            Example {
                question: "who are the parties?",
                reads_as: &["negograph show"],
                graph: None,
            },
            Example {
                question: "what demands are still open?",
                reads_as: &["negograph show"],
                graph: None,
            },
        ],
        build: overview,
    },
];
