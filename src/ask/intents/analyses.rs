//! What it would take, what follows, what changed, and who must move first: unblock, effects, changes, timeline, deadlocks.
//! Part of the one table (see [`super`]); the order here is the order ties
//! are broken in.

use super::{Example, Intent, TRADE};
use crate::args::Cmd;
use crate::ask::slots::{changes, deadlocks, effects, timeline, unblock};

/// This group's intents, in the order ties are broken.
pub(super) static INTENTS: &[Intent] = &[
    Intent {
        command: Cmd::Unblock,
        about: "What it would take: the fewest concessions that clear a position, and who must act",
        cues: &[
            ("unblock/unblocking/unstick/unjam/untangle", 4),
            ("would * take", 4),
            // "What would it take for the union to accept the offer?", "what
            // would get Iran to sign the proposal?": what clears the
            // position, not the party's stance.
            (
                "would/could * take/get/persuade/convince/bring/make * accept/agree/sign/endorse/approve/back",
                5,
            ),
            (
                "break/breaking/resolve/resolving/overcome/clear/clearing/solve/solving/unlock * deadlock/deadlocks/stalemate/impasse/logjam/gridlock/standoff/knot",
                4,
            ),
            (
                "deadlock/deadlocks/stalemate/impasse/logjam/gridlock/standoff * break/broke/broken/resolved/overcome/cleared/solved",
                4,
            ),
            ("way forward/out", 3),
            (
                "move/moves/go/goes/act/acts/blink/blinks/cave/caves/fold/folds first",
                3,
            ),
            ("first move/step", 3),
            // Giving ground is what unblock answers, whatever else the
            // question needs ("who needs to budge for X to happen?").
            (
                "concession/concessions/concede/compromise/compromises/budge/yield/flexibility",
                6,
            ),
            ("give up/ground/way", 6),
            (
                "who * budge/concede/give/move/yield/compromise/act/blink/cave/fold/relent",
                4,
            ),
            ("how * get/reach/achieve/secure/make", 2),
            ("get/gets * moving/going/started/unstuck/track", 4),
            ("route/road/roadmap/path/way to <n>", 3),
            // "What would get Putin and Zelensky in the same room?"
            ("what would/could get", 3),
            // "What would get the port to accept the 12%?": what it takes
            // for a party to come round, not its response so far.
            (
                "would/could/will * get/persuade/convince/bring/push/move <n> to",
                4,
            ),
            ("same room/table", 2),
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
        command: Cmd::Effects,
        about: "What follows if a position happens: what it unlocks, the threats it sets off",
        cues: &[
            (
                "happen/happens/follow/follows/next/then * if/once/provided/assuming",
                4,
            ),
            (
                "happen/happens/follow/follows/come/comes * after/when/without",
                4,
            ),
            ("what if", 4),
            // "What happens on January 15?" of a position whose name
            // carries that day (see dated_names): what follows from it.
            // (the name takes the day's "on").
            ("what happen/happens/kick/kicks on/after/come <n>", 5),
            ("what happen/happens <n>", 5),
            // "What happens if they can't reach a deal?", "what if the two
            // sides fail to agree": an event said not to happen, whose
            // verb ("reach", "agree") is no question of its own.
            (
                "what/happen/happens/follow/follows * if * * not/never/fail/fails/failed",
                6,
            ),
            // "What happens if Iran rejects the proposal?": a refusal is an
            // event not happening (its refusal node, see failure), whatever
            // relation word says it; not the refuser's stance.
            (
                "what/happen/happens/follow/follows * if * * refuse/refuses/refused/reject/rejects/rejected/decline/declines/declined/spurn/spurns/spurned/rebuff/rebuffs/rebuffed",
                6,
            ),
            // "If Putin says no to the ceasefire, what happens?": the
            // question after its "if" clause.
            ("if * * * what happen/happens/follow/follows", 6),
            (
                "suppose/supposing/imagine * * * what happen/happens/follow/follows",
                6,
            ),
            // "If X, what then?", "..., what would follow?": the question
            // after its "if" clause.
            ("what/then then/next/what", 4),
            ("what would/will/could follow/happen/come", 4),
            // "If the strike goes on, what does the city do?": what X sets
            // off, the party's threats among it (see slots::effects).
            ("what do/does/will/would <n> do", 3),
            (
                "consequence/consequences/effect/effects/impact/implication/implications/fallout/repercussion/repercussions/outcome/result",
                3,
            ),
            ("unlock/unlocks/unlocked/enable/enables/trigger/triggers", 3),
            // "If the West froze its aid, what would that unlock?": "that"
            // is the clause's event, and what it unlocks is what follows,
            // whatever verb of the clause ("froze") says blocked.
            (
                "what would/will/could/might/does that/this/it unlock/enable/trigger/open/free",
                6,
            ),
            // "If B raises its quotas, does that break the logjam?": "that"
            // is the clause's event, and whether it clears the way is what
            // it unlocks (round 18 read what would unblock the event). Not
            // "end": a word of names ("end of the strike") is no cue word.
            (
                "does/do/would/will/could/might that/this/it * break/breaks/clear/clears/resolve/resolves/unlock/unlocks/unblock/unblocks/unstick/unsticks/ease/eases * deadlock/logjam/stalemate/impasse/standoff/gridlock",
                8,
            ),
            // "What kicks in if the strike drags on?": what follows.
            ("kick/kicks/kicked/kicking in", 4),
            // "When would the fines take effect?": of a threatened measure,
            // its trigger (see sets_off).
            (
                "when * <n> * kick/kicks/come/comes/take/takes in/into/effect/force",
                6,
            ),
            // "Would a safety review unblock the crane freeze?": what the
            // first sets off, the second among it.
            (
                "would/will/could/does/can <n> unblock/unlock/clear/free/enable <n>",
                5,
            ),
            ("set/sets off", 3),
            // "What would make the city impose its fines?": what sets off a
            // threatened measure (see slots::effects).
            (
                "make/makes/push/pushes/force/forces/get/gets <n> impose/use/enforce/apply/carry/deliver/resort/follow",
                3,
            ),
            // "If the strike goes on, what kicks in?": what it sets off.
            ("kick/kicks in", 3),
            ("open/opens/free/frees up", 3),
            ("pave way", 3),
            ("lead/leads to", 1),
            ("difference * make/makes/made", 5),
            ("set/sets/put/puts * motion", 3),
            ("bring/brings about", 3),
            // "If the strike goes past 15 May, who gets hurt?": who bears
            // what follows.
            (
                "who * hurt/hurts/affected/suffer/suffers/lose/loses/benefit/benefits/gain/gains/win/wins",
                4,
            ),
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
        command: Cmd::Changes,
        about: "What changed between two days: claims added and ended, statuses, new reports",
        cues: &[
            ("change/changes/changed/changing", 3),
            ("how * change/changed/shift/shifted", 2),
            // "Has Russia shifted its stance?": its changes, not its stance.
            (
                "change/changed/changing/shift/shifted/shifting/alter/altered/moved/budged/soften/softened/softening/harden/hardened/hardening/toughen/toughened/relax/relaxed/moderate/moderated * position/positions/stance/line/view/views/tune/demands",
                4,
            ),
            // A date after the verb is the window: "what has changed in
            // Russia's stance this month".
            ("change/changed/shift/shifted/new/happen/happened * <d>", 2),
            (
                "shift/shifts/shifted/shifting/moved/movement/development/developments/update/updates/updated",
                2,
            ),
            ("what * new", 2),
            ("latest/lately/recent/recently", 2),
            // "Which positions were given up, and by whom?": the claims
            // the record ended.
            ("give/gives/gave/given/giving up", 4),
            // "Has Russia budged at all?": a party's moves over the record.
            (
                "has/have/did <n> budge/budged/shift/shifted/move/moved/soften/softened/harden/hardened/change/changed",
                4,
            ),
            // "Did anyone give anything up in April?"
            ("give/gives/gave/given/giving * up", 3),
            (
                "abandon/abandoned/withdraw/withdrew/withdrawn/retract/retracted/concede/conceded/concession/concessions",
                3,
            ),
            ("back/backed/backing down", 3),
            // "How did Russia's position on the ceasefire move?": the
            // party's changes around it over the record, not its stance.
            (
                "position/positions/stance/stances/line on <n> * move/moved/moving/shift/shifted/change/changed/develop/developed/evolve/evolved",
                6,
            ),
            ("what * happen/happened", 1),
            // "Anything moved since Friday?", "has anything new come in
            // over the past week?", "anyone shifting ground?": the
            // record's changes (round 7).
            (
                "anything/something/anyone/anybody * new/moved/shifted/shifting/budged/changed",
                4,
            ),
            (
                "shift/shifting/shifted/give/giving/gave/gain/gaining ground",
                4,
            ),
            // "Has the employer's position on pay shifted?", "how has the
            // port's pay offer moved?": the party's changes, not its stance.
            (
                "position/positions/stance/line/offer/offers * move/moved/moving/shift/shifted/shifting/budge/budged",
                5,
            ),
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
        command: Cmd::Timeline,
        about: "Every dated change in date order, for one party or all",
        cues: &[
            (
                "timeline/timelines/chronology/chronological/history/evolution/sequence",
                4,
            ),
            ("evolve/evolved/evolving", 4),
            // "What has Ukraine said and done, in order?", "everything in
            // date order", "what's happened so far": the dated record from
            // its start, one party's when one is named ("so far" alone is
            // not: "what has been offered so far?" asks the positions).
            ("date/chronological/calendar order", 6),
            ("in order", 3),
            ("in * order * happened/came/occurred", 3),
            ("happen/happened/done/said/unfolded * so far", 5),
            ("from start/beginning", 3),
            ("blow by blow", 4),
            ("unfold/unfolded/unfolding/story/developments", 3),
            ("walk * through", 3),
            ("step by step", 3),
            ("how * change/changed/shift/shifted/develop/developed", 2),
            // "Has Russia budged?" of a record of one source day: its
            // timeline (see changes).
            (
                "has/have/did <n> budge/budged/shift/shifted/move/moved/soften/softened/harden/hardened",
                1,
            ),
            // "When did A stop backing the mission?": the day a party's
            // position changed, which its timeline dates.
            (
                "when did/has/have/was/were * stop/stopped/cease/ceased/quit/drop/dropped/abandon/abandoned/start/started/begin/began",
                5,
            ),
            // "When did the duties kick in?": the day a measure began, which
            // the timeline dates (not what would set it off, as "when
            // would the fines take effect?" asks); it outweighs effects'
            // three kick-in cues together (13). The gaps leave room for a
            // long name ("the duties on $200bn of Chinese goods").
            (
                "when did/has/have/had/was/were * * * kick/kicked/take/took/come/came in/into/effect/force",
                14,
            ),
            // "When did Moscow first tie a ceasefire to the aid pause?":
            // the first day of a party's move, which its timeline dates.
            (
                "when did/has/have/was/were <n> first/initially/originally",
                5,
            ),
            // "When did A go cold on the monitors?": the day its stance
            // cooled, which its timeline dates.
            (
                "go/goes/went/gone/going/turn/turns/turned/grow/grew/grown cold/cool/lukewarm/sour/soft on",
                5,
            ),
            ("cool/cools/cooled/cooling/sour/soured/souring on", 4),
            // "Russia's positions over time" ("over time" is read as a date).
            (
                "position/positions/stance/stances/demand/demands/line/lines/view/views * <ever>",
                4,
            ),
            // "Has Moscow's line shifted over time?": a change over the
            // whole record is the record's dated changes, not today's stance.
            (
                "change/changed/changing/shift/shifted/shifting/move/moved/moving/evolve/evolved/budge/budged * <ever>",
                5,
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
        command: Cmd::Deadlocks,
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
            // "Who's waiting on whom?", "each side waiting for the other":
            // each waits for another's move, a knot of preconditions.
            ("wait/waits/waiting on/for whom/other/others", 4),
            // "Anyone at loggerheads here, or any deadlock?": both asked,
            // and deadlocks shows the conflicts after the knots, so it
            // answers both (round 18 read the conflicts alone).
            (
                "loggerheads/odds/conflict/conflicts/clash/clashes/friction/disagreement/disagreements * or/and * deadlock/deadlocks/deadlocked/stalemate/stalemates/impasse/standoff/standoffs",
                6,
            ),
            (
                "deadlock/deadlocks/deadlocked/stalemate/stalemates/impasse/standoff/standoffs * or/and * loggerheads/odds/conflict/conflicts/clash/clashes/friction/disagreement/disagreements",
                6,
            ),
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
];
