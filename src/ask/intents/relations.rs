//! How parties and proposals stand to each other: compare, issues, conflicts, path.
//! Part of the one table (see [`super`]); the order here is the order ties
//! are broken in.

use super::{Example, GAZA, Intent};
use crate::args::Cmd;
use crate::ask::slots::{conflicts, issues, path};
use crate::ask::terms::compare_unless_parties;

/// "What's on the table between A and B?"
const ON_THE_TABLE_BETWEEN: &str = "on table * between <n> and <n>";

/// This group's intents, in the order ties are broken.
pub(super) static INTENTS: &[Intent] = &[
    Intent {
        command: Cmd::Compare,
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
            // "How far apart are Witkoff's plan and the version Hamas
            // accepted?": two names either side of "and" (proposals;
            // parties are conflicts', see `compare`).
            ("how far apart * <n> * and * <n>", 4),
            ("between * and", 1),
            // "What's on the table between the union and the port?": what
            // the two put forward, side by side (see `proposals::compare`).
            (ON_THE_TABLE_BETWEEN, 7),
            // Not "deal" or "plan": words that name nodes ("the deal")
            // must not become cue words.
            ("proposal/proposals/offer/offers", 2),
        ],
        needs: &[
            "compare/compared/comparison/versus/vs/contrast/differ/differs/difference/differences/different/distinguish/gap/gaps/overlap/overlaps",
            "side by side",
            "stack up",
            "how far apart",
            ON_THE_TABLE_BETWEEN,
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
        build: compare_unless_parties,
    },
    Intent {
        command: Cmd::Issues,
        about: "Every issue, with every party's stated position on it over time",
        cues: &[
            ("issue/issues/topic/topics/subject/subjects", 5),
            ("at stake", 3),
            ("what * negotiate/negotiated/negotiating about/over/on", 2),
            // "Every party's position on each issue": the issues, not the
            // overview the parties and positions ask for.
            ("each/every/all/per issue/issues/topic/topics", 4),
            // "What issues are there, and where does everybody stand on
            // each?": each of them, issue by issue.
            ("stand/stands on each", 6),
            // "An issue by issue picture of who offered what."
            ("issue by issue", 6),
            (
                "stand/stands/position/positions/view/views on * issue/issues",
                4,
            ),
            // "Where does everyone stand on <an issue>?": read by `issues`
            // when the name is an issue's (see slots::issues).
            (
                "stand/stands/think/thinks/view/views/position/positions on/about <n>",
                2,
            ),
            (
                "everyone/everybody/each/every/all side/sides/party/parties",
                1,
            ),
            // "How far apart are the two sides on pay?": each party's
            // position on each issue (two proposals are compare's, see
            // `issues`).
            ("far apart", 4),
            // "How far are Ford, GM and Stellantis from what the UAW
            // wants on pay?": the positions on that issue, not one party's.
            ("how far", 5),
            // "Where does everyone stand on hostages?" of an issue named by
            // a word of its name, and "the spread of the pay numbers": read
            // by `issues` only when a word or name is an issue's (see
            // issue_words).
            ("stand/stands/position/positions/view/views on/about", 2),
            ("spread/range/gap", 3),
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
        command: Cmd::Conflicts,
        about: "Positions one party wants and another is against (rejects, counters, ignores, excludes)",
        cues: &[
            (
                "disagree/disagreement/disagreements/differ/difference/differences/conflict/conflicts/clash/clashes/contention/contested/dispute/disputes/disputed/friction/tension/tensions/diverge/incompatible/contradict/argue/quarrel",
                3,
            ),
            // "Where are the sides openly at odds?": the conflicts, over
            // "where * be" of the overview.
            ("at odds", 5),
            // "How far apart are Kyiv and Moscow?" (two parties; see issues).
            ("far apart", 3),
            // "On what are Ukraine and Russia on opposite sides?"
            ("opposite/opposing/different sides", 4),
            ("at loggerheads", 4),
            // "Has anybody come back with a counter-offer?": no one named,
            // so every position countered or rejected, by whom.
            (
                "anybody/anyone/somebody/someone/any/anything * come/comes/came/coming back",
                5,
            ),
            // "Who's squaring off against whom?", "locking horns".
            (
                "square/squares/squaring/squared/face/faces/facing/faced off",
                4,
            ),
            ("lock/locks/locking/locked/butt/butting horns/heads", 4),
            ("at loggerheads", 3),
            ("fault line/lines", 3),
            // A verb of dividing outweighs the nouns it divides ("which
            // positions split the parties?": conflicts, not the overview).
            (
                "split/splits/divide/divides/divided/division/divisions/separate/separates",
                4,
            ),
            ("part/parting ways", 4),
            ("for * against", 3),
            // "Who's for what, and who's against it?"
            ("for what * against", 4),
            ("not agree", 3),
            ("fight/fighting over", 2),
            ("where * apart", 2),
            // "How far apart are Israel and Hamas?": parties, which compare
            // does not take (it takes proposals).
            ("far apart", 2),
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
        command: Cmd::Path,
        about: "How one node is connected to another",
        cues: &[
            (
                "connect/connected/connection/connections/link/linked/links/relationship/relate/related/relation/tie/ties/tied/path/route/chain",
                3,
            ),
            // "How's Trump linked to the ceasefire demand?", "tied into
            // the ceasefire demand": two names
            // either side of the verb, whatever word follows ("demand").
            (
                "<n> connect/connected/link/linked/tie/tied/relate/related to/into/in/with <n>",
                3,
            ),
            // "How does Trump fit into the ceasefire question?", "what
            // role does Turkey play in the talks?", "where does the EU
            // come into it": a party's part in a position, the path between.
            ("<n> fit/fits/fitted/fitting * <n>", 3),
            ("<n> come/comes/came/figure/figures in/into <n>", 3),
            ("role/part/hand/stake * <n> * in/into/on <n>", 4),
            ("role/part/hand/stake * <n> * play/plays/played/playing", 1),
            ("role/part of <n> in/on <n>", 3),
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
                question: "how is Trump connected to the direct talks?",
                reads_as: &["negograph path trump direct-talks"],
                graph: None,
            },
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
];
