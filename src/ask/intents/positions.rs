//! What a party wants and what stands in the way: blockers, requires, who, responses, stance.
//! Part of the one table (see [`super`]); the order here is the order ties
//! are broken in.

use super::{Example, GAZA, Intent, WHO_WORDS};
use crate::args::Cmd;
use crate::ask::plan::ASKS_OF_ANOTHER;
use crate::ask::slots::{blockers, requires, responses, stance, who};
use crate::ask::survey::{MUST_DELIVER, OWES, pressure};

/// A party being pushed to act: "what's Russia being pressed to do?",
/// "what are the dockers being urged to accept?".
const PRESSED_TO: &str = "<n> * be/being/been/is/are/was/were press/pressed/pushed/urged/lobbied/nudged/told/asked/leaned * to";

/// What is put to a party: "what is being asked of the union?",
/// "what's expected of Hamas?".
const ASKED_OF: &str = "asked/demanded/expected/wanted/required of <n>";

/// This group's intents, in the order ties are broken.
pub(super) static INTENTS: &[Intent] = &[
    Intent {
        command: Cmd::Blockers,
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
            ("why * not/no/never/nobody/nothing", 3),
            // "Why can't the talks get going?", "how come the deal never
            // gets off the ground": what stands in the way, not what would
            // get it going (unblock's "get * going").
            (
                "why/come * not/never * get/gets/got * going/moving/started/underway/off/anywhere/done",
                5,
            ),
            ("how come * not/no/never/nobody/nothing", 3),
            ("why * fail/failed/failing/delayed", 3),
            ("what is wrong with", 2),
            ("delay/delayed/delaying", 2),
            // "Will it happen?", "will Zelensky and Putin meet?": what
            // stands in its way says.
            (
                "will/would * happen/occur/proceed/materialise/materialize/succeed",
                2,
            ),
            ("will/would <n> and <n>", 2),
            // "Could direct talks go ahead?", "is the deal dead?", "are
            // direct talks clear then?", "can
            // the crane freeze go through?": whether a position can come
            // about is what stands in its way.
            (
                "can/could/would/will/might/may/is/are * <n> * ahead/happen/start/begin/proceed/survive/possible/feasible/through/dead/doomed/collapse/succeed/resume/realistic/viable/clear/cleared/unblocked",
                3,
            ),
            // "When might the strike resume?" of a node named "the strike
            // resumes": the name holds the verb; when it can come about is
            // what stands in its way (or, threatened, its trigger).
            ("when can/could/might/may/will/would <n>", 2),
            ("would * take", 1),
            // "Is arbitration going anywhere?", "any progress on X?": how
            // far a position is from happening is what stands in its way.
            ("<n> * go/going/goes anywhere/nowhere", 3),
            ("progress/headway/movement on/with/toward/towards <n>", 3),
            ("<n> * progressing/stuck/moving/advancing", 2),
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
                question: "whats holding up the 30 day ceasfier?",
                reads_as: &["negograph blockers ceasefire-30d"],
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
        command: Cmd::Requires,
        about: "The preconditions below a position",
        cues: &[
            ("require/requirement/requirements/need/needs/needed", 3),
            // "What are Moscow's terms for a settlement?", "what is the
            // price of a settlement?": what it is conditioned on.
            ("term/terms/price/condition/conditions for/of/to * <n>", 5),
            (
                "depend/depends/dependent/precondition/preconditions/prerequisite/prerequisites/contingent/conditional/hinge/hinges",
                3,
            ),
            ("pre condition", 3),
            ("condition/conditions for/on/of/attached", 3),
            ("strings attached", 3),
            // "Did Moscow attach strings to the ceasefire?": the
            // preconditions set on it, not how the party answered it.
            (
                "attach/attaches/attached/attaching/tie/ties/tied/tying strings/conditions/terms to",
                4,
            ),
            ("must/has/have/need/needs/needed * happen", 3),
            ("happen * first/before", 3),
            ("before * can", 2),
            ("before <n>", 1),
            ("for <n> to happen/start/begin/proceed/succeed/resume", 3),
            ("under/on what condition/conditions/terms", 3),
            // "What does Putin want in return for a ceasefire?": what he
            // sets on it, not his stance.
            ("want/wants/ask/asks/demand/demands * for <n>", 4),
            // "What would Iran want before agreeing a deal?": what it sets
            // on the deal (see `terms::deal_terms`), tying stance's "want".
            ("want/wants/wanted/need/needs/needed * before", 4),
            // "What is Tehran insisting on before a new deal?", "what does
            // Moscow demand ahead of a ceasefire?": the same, other verbs.
            (
                "insist/insists/insisting/insisted/demand/demands/demanding/demanded/require/requires/requiring * on/upon * before/ahead <n>",
                5,
            ),
            ("insist/insists/insisting/insisted * before/ahead", 4),
            // "What does Russia demand before sitting down with Ukraine?":
            // what comes before the talks between them (see `slots::requires`).
            // Not "meet" or "talk": a cue's word is no name's, and those
            // name meetings and talks.
            ("before/ahead * sit/sitting down", 4),
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
        command: Cmd::Who,
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
            (crate::ask::who_side::BOTH_SIDES_WANT, 3),
            // "Who are Russia's allies?": those for what it is for (see
            // `who_side::who`).
            ("ally/allies/allied", 3),
            ("for and/or against", 2),
            // Read by who's side filter ("who is pushing for X?").
            (
                "push/pushes/pushing/pushed/call/calls/calling/called for",
                1,
            ),
            ("position/positions/views on", 1),
            // "Who is pushing Ukraine to take the offer?": who is for it
            // (read by who's side filter).
            (
                "who * push/pushes/pushing/pushed/press/presses/pressing/pressed/urge/urges/urging/urged <n> to",
                4,
            ),
            // Read by who's side filter ("who turned down X?").
            ("turn/turns/turned down", 1),
            ("say/says/said no", 1),
            ("knock/knocks/knocked back/down", 1),
            ("shoot/shoots/shot/vote/votes/voted down", 1),
            ("rebuff/rebuffed/spurn/spurned/snub/snubbed/nix/nixed", 1),
            // The verbs of `considers` and `takes_part_in` (who_filter
            // reads which): "who is weighing X?", "who takes part in X?".
            (
                "weigh/weighing/mull/mulling/consider/considering/ponder/pondering/undecided/participate/participating/attend/attending/attendees/participants",
                2,
            ),
            ("take/taking/takes part", 2),
            ("make/made up * mind", 2),
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
        command: Cmd::Who,
        about: "The pressure on a party: the threats against it (by whom, on what trigger) and the demands addressed to it",
        cues: &[
            (
                "pressure/pressures/pressured/pressuring/pressurise/pressurize/leverage/coerce/coercion/squeeze/squeezing/squeezed/intimidate/intimidating/bully/bullying/arm-twisting",
                4,
            ),
            ("lean/leans/leaning on", 4),
            ("who/whom", 1),
            (
                "measure/measures/threat/threats * against/over/facing/on <n>",
                4,
            ),
            ("against <n>", 1),
            // "What threats hang over the Kremlin?", "the sanctions threat
            // looming over Moscow": what hangs over a party presses on it.
            ("hang/hangs/hanging/loom/looms/looming over <n>", 4),
            // "What's Russia being pressed to do, and by whom?", "what is
            // being asked of the union?": what is put to a party.
            (PRESSED_TO, 5),
            (ASKED_OF, 5),
            (OWES, 5),
            (MUST_DELIVER, 5),
        ],
        needs: &[
            "pressure/pressures/pressured/pressuring/pressurise/pressurize/leverage/coerce/coercion/squeeze/squeezing/squeezed/intimidate/intimidating/bully/bullying/arm-twisting",
            "lean/leans/leaning on",
            "measure/measures/threat/threats * against/over/facing/on <n>",
            "hang/hangs/hanging/loom/looms/looming over <n>",
            PRESSED_TO,
            ASKED_OF,
            OWES,
            MUST_DELIVER,
        ],
        bare_names: 0,
        forms: &[
            "what pressure is there on {party}?",
            "who is putting pressure on whom?",
        ],
        examples: &[
            Example {
                question: "what pressure is there on Moscow?",
                reads_as: &["negograph who russia"],
                graph: None,
            },
            Example {
                question: "who is putting pressure on whom?",
                reads_as: &["negograph who russia"],
                graph: None,
            },
        ],
        build: pressure,
    },
    Intent {
        command: Cmd::Responses,
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
            // "Did the port ever get back to the mediator on arbitration?":
            // getting back to someone on a thing is answering it.
            ("get/gets/got/gotten/getting back to", 5),
            // "Did anyone take up the mediator's offer?"
            ("take/takes/took/taken/taking up", 3),
            // "Who accepted Zelensky's offer?", "which parties rejected
            // Stellantis's offer?": who answered a party's offer, not the
            // stance of the party that made it.
            (
                "who/whom/anyone/anybody/someone/somebody/nobody/which * accept/accepted/reject/rejected/refuse/refused/take/took/taken/turn/turned/welcome/welcomed/answer/answered/respond/responded/agree/agreed * <n> offer/offers/proposal/proposals/plan/idea/invitation/bid/package",
                4,
            ),
            ("agree/agreed to", 3),
            ("reject/rejected", 2),
            ("say/said to", 2),
            // "Has management said anything at all about X?", "has C
            // commented on X?": what the party said of it, its response.
            (
                "say/said/says/comment/commented/comments/remark/remarked/mention/mentioned/speak/spoken * about/on/regarding <n>",
                4,
            ),
            // "Did Hamas accept the US offer?": the answer to a party's
            // offer, not the answering party's stance ("offer" is a verb of
            // stance too).
            (
                "did/does/has/have/will <n> accept/accepted/reject/rejected/refuse/refused/take/took <n> offer/offers/proposal/plan/idea/invitation/bid/package",
                4,
            ),
            // "Did Hamas actually accept the US proposal or not?", "has
            // Kyiv ever really agreed to it": an adverb between the party
            // and its answer keeps it one.
            (
                "did/does/has/have/will <n> * accept/accepted/reject/rejected/refuse/refused/agree/agreed/sign/signed <n>",
                4,
            ),
            ("did/does/has/have <n> * say/said yes/no to * <n>", 4),
            // "Is Hamas for Witkoff's proposal?": every stand the party
            // took on it, not the shortest path between the two, which
            // can show one acceptance and hide a counter (a blind
            // tester's finding). "Does P back X?" stays P's stance, as
            // blind writers read it.
            ("is/are/was/were <n> for/against <n>", 4),
            ("is/are/was/were <n> opposed to <n>", 4),
            ("sign/signed/signs on to <n>", 3),
            // "Wheres Israel on the Witkoff plan?": how the party answered
            // it, as "where does Israel stand on it".
            ("where/wheres * <n> on/with <n>", 4),
            // "Has Putin said anything back on Zelensky's offer?"
            ("say/said/says * back", 4),
            // "What did Jerusalem make of the 70-day proposal?"
            ("what * make/makes/made of <n>", 4),
            // "What did the union make of the port's latest offer?": the
            // offer named by its maker, not the union's stance.
            (
                "what * make/makes/made of * offer/offers/proposal/proposals/plan/idea/demand/demands/call/calls/invitation/bid/package",
                4,
            ),
            // "Will Putin show up in Istanbul?": his answer to the meeting.
            ("show/shows/turn/turns up", 4),
            ("attend/attends/attending/attended", 3),
            // "Is the West prepared to pause its aid?": its answer to that.
            ("prepared/willing/ready/open/inclined to", 4),
            // "Is Upstream still undecided on X?", "is it weighing X?": its
            // answer so far (considers, format 1.2).
            (
                "undecided/weigh/weighing/mull/mulling/consider/considering/ponder/pondering/decided",
                3,
            ),
            // "What did the two sides settle on?", "what deal did they
            // reach?": what they accepted (`answered::settled`).
            ("settle/settled/settles/settling on/for", 4),
            // "What did the two delegations agree on?": what both accepted.
            ("agree/agreed/agreeing/agrees on/upon", 4),
            // Not "deal", "strike" or "end": words that name nodes must not
            // become cue words (`answered::SETTLED` reads the rest).
            ("reach/reached/reaching", 4),
            // "What did the port do with the demand?"
            ("what * do/did/does with", 4),
            // "How did Moscow answer Ukraine's offers?": a set of
            // positions, not the answering party's stance.
            (
                "respond/responded/answer/answered/react/reacted/reply/replied to * offer/offers/proposal/proposals/invitation/invitations/demand/demands/call/calls",
                4,
            ),
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
            Example {
                question: "did Hamas accept Witkoff's deal or not?",
                reads_as: &["negograph responses witkoff-proposal"],
                graph: GAZA,
            },
        ],
        build: responses,
    },
    Intent {
        command: Cmd::Stance,
        about: "Everything a party demands, proposes, supports, rejects or threatens",
        cues: &[
            (
                "want/wants/wanted/demand/demands/demanded/position/positions/stance/goal/goals/aim/aims/agenda/priority/priorities/insist/seek/seeking",
                3,
            ),
            ("stand/stands", 2),
            // "Where does Moscow stand on all this?": the party's stance,
            // not who stands on (threatens) it.
            ("where do/does/did <n> stand/stands", 3),
            // "Wheres Trump on all this?", "where's Kyiv in all of it?",
            // "where is the union at": the party's stance.
            ("where/wheres * <n> on/in * this/that/it/things", 4),
            ("where/wheres * <n> at", 4),
            // "Which side is the White House on?": where the party stands,
            // not who stands against it.
            ("which/what side * <n> on", 4),
            ("ask/asking/asked/push/pushing for", 3),
            (ASKS_OF_ANOTHER, 6),
            (
                "propose/proposed/proposal/proposals/offer/offered/offering",
                3,
            ),
            ("red line/lines", 3),
            // "What is the union holding out for?", "what did Ford put on
            // the table?": what the party wants or offers.
            ("hold/holds/holding/held out for", 4),
            ("fight/fights/fighting/angle/angling for", 4),
            ("put/puts/putting * on table", 4),
            // "Is Fain speaking for the union or for himself?": what the
            // member says, its stance (member of shows there).
            ("speak/speaks/speaking/spoke/talk/talking for", 4),
            ("represent/represents/representing/behalf", 4),
            ("role/interest/interests/objective/objectives", 3),
            // "Who is Europe threatening?": the party threatens, so its
            // stance says. Only "threaten": by stem "demanding" is also the
            // noun of "Ukraine's demands".
            ("<n> threaten/threatens/threatening/threatened", 3),
            // "What's Putin's line?": the party's stance.
            // Not "take": "what would it take" asks what clears a position.
            ("line/view/views/attitude/approach/thinking/outlook", 3),
            (
                "expect/expects/think/say/said/claim/claims/threaten/threatened/threats/support/supports/reject/rejects/oppose/opposes",
                1,
            ),
            // "Does Trump back the meeting?", "is Europe on board with it?":
            // the party's stance says.
            (
                "back/backs/behind/favour/favor/endorse/endorses/against/welcome/welcomes",
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
                question: "what is Ukraine holding out for?",
                reads_as: &["negograph stance ukraine"],
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
];
