//! The graph itself, and one node of it: show.
//! Part of the one table (see [`super`]); the order here is the order ties
//! are broken in.

use super::{Example, Intent};
use crate::args::Cmd;
use crate::ask::reason::reason_for;
use crate::ask::slots::{detail, overview};
use crate::ask::survey::{considering, mediators, taking_part, threats};

/// This group's intents, in the order ties are broken.
pub(super) static INTENTS: &[Intent] = &[
    Intent {
        command: Cmd::Show,
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
            // "What became of the employers' 50 percent offer?", "whatever
            // happened to the 8% offer?": its fate, which its node tells
            // whole (status, who answered it how), not only its responses.
            ("become/became of <n>", 6),
            ("fate of <n>", 6),
            // Not "what happened to": by stem it is "what happens to the
            // talks if ...", what follows.
            ("whatever happened to <n>", 6),
            // "Catch me up on the ceasefire", "fill me in on Russia".
            ("catch/caught/fill/speed * on/about <n>", 5),
            // "Where does the ceasefire stand?", "where's the deal at": a
            // position's state (a party's is its stance, which ranks first).
            ("where * <n> stand/stands/at", 2),
            ("where * things/matters stand/at with/on <n>", 3),
            (
                "include/includes/included/contain/contains/consist/consists/comprise/comprises/term/terms",
                2,
            ),
            ("what/who is <n>", 3),
            // "What's in the 70-day plan?": its terms, with the rest.
            ("what is in <n>", 3),
            // "Who are the mediators?" of a party so called; not "what are
            // the European leaders threatening?".
            ("who are <n>", 3),
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
        command: Cmd::Show,
        about: "Why a position was set: its node",
        // "Why did the union call the New Year strike?", "why is the truce
        // due to end on the 20th?": the reason for a position is in its
        // node (who set it, their words), not a party's answer to it.
        // Weak: "why" with a cue of its own ("why is it stuck?") reads
        // that; a question naming no position reads otherwise.
        cues: &[("why * <n>", 2)],
        needs: &[],
        bare_names: 0,
        forms: &["why did {party} call {position}?"],
        examples: &[Example {
            question: "why did Zelensky call for direct talks?",
            reads_as: &["negograph show direct-talks"],
            graph: None,
        }],
        build: reason_for,
    },
    Intent {
        command: Cmd::Show,
        about: "The parties with their positions, then every demand and condition",
        cues: &[
            ("party/parties/players/actors/sides/participants", 3),
            ("overview/summary/summarize/summarise/everything/list", 3),
            // "Summarise the dispute": the whole of it, not its conflicts.
            (
                "overview/summary/summarize/summarise/recap/rundown/brief/briefing",
                1,
            ),
            (
                "demand/demands/condition/conditions/proposal/proposals/position/positions",
                2,
            ),
            // "What preconditions has anyone set?": with no name, the
            // positions of every party (a name makes it `requires`).
            (
                "precondition/preconditions/prerequisite/prerequisites/requirement/requirements",
                2,
            ),
            ("on the table", 3),
            // "What's next?", "any deadlines coming up?": what is due (see
            // upcoming::AHEAD, which reads the same words).
            ("what/whats * next", 3),
            ("come/coming up", 3),
            ("upcoming/forthcoming/looming/approaching/impending", 3),
            ("what * ahead", 3),
            ("lie/lies/lay ahead", 3),
            ("on * horizon/calendar", 3),
            ("scheduled", 2),
            // "Where does everyone stand?" (not a name).
            ("everyone/everybody", 3),
            // "What has been offered?": every position put forward.
            ("what * offered/proposed/tabled/demanded", 2),
            // "Who wants what?": every party's positions.
            (
                "who want/wants/demand/demands/propose/proposes/oppose/opposes/reject/rejects/refuse/refuses/resist/resists/support/supports/accept/accepted/counter/countered/threaten/threatened/offer/offered/back/backs what",
                6,
            ),
            // "Who's refusing what?", "who has rejected what?"
            (
                "who is/are/has/have/had want/wanting/wanted/demand/demanding/demanded/propose/proposing/proposed/oppose/opposing/opposed/reject/rejecting/rejected/refuse/refusing/refused/resist/resisting/resisted/support/supporting/supported/accept/accepting/accepted/offer/offering/offered/back/backing/backed what",
                6,
            ),
            // "Has anything been agreed?"
            ("anything * agree/agreed/settled/accepted", 3),
            // "Which claims are disputed, and by whom?": the overview ends
            // with the disputed claims, each with who disputes it.
            (
                "claim/claims/report/reports/statement/statements * dispute/disputes/disputed/contest/contested/deny/denied/denies",
                6,
            ),
            (
                "dispute/disputes/disputed/contested/denied * claim/claims/report/reports/statement/statements",
                6,
            ),
            ("state of play", 3),
            // "What's the current state of the talks?", "what's still
            // unresolved?", "any common ground?", "what are the red lines?":
            // with no name, the whole record.
            ("current/overall state", 3),
            ("state of", 2),
            ("unresolved/outstanding/pending/unmet/unsettled", 3),
            ("common ground", 3),
            // "What did the two delegations agree on?", "did they find any
            // common ground?": with no name, the whole record (blind
            // rounds 6 and 7 read it so, not as what each accepted).
            ("find/found/finding/any common ground", 5),
            ("agree/agreed/agreeing/agrees on/upon", 5),
            ("red line/lines", 3),
            ("agree/agreed/agreement/agreements * so far", 3),
            ("who * agree/agrees/side/sides with whom", 4),
            // "Where will things stand next Monday?", "where does the
            // dispute stand?": with no name, the whole negotiation.
            ("where * stand/be", 4),
            // "Where are things at?", "where's it all at now": the same.
            ("where/wheres * things/everything/matters/it/all at", 4),
            // "How did things stand on May 10?": the whole record that day.
            ("how * things/matters/everything stand/stood/look/looked", 4),
            ("lay of land", 3),
            ("what * look/looks like", 3),
            ("big picture", 3),
            // "Catch me up", "fill me in": the whole negotiation. Not
            // "short version": a cue word is never a name's ("the version
            // Hamas put forward").
            ("catch/caught * up", 4),
            ("fill * in", 3),
            ("bring/get/getting/brought * up to speed", 4),
            ("up to speed", 4),
            ("gist/nutshell/tldr", 4),
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
    Intent {
        command: Cmd::Who,
        about: "Every threat: who makes it, against whom, on what trigger",
        cues: &[
            (
                "threat/threats/threaten/threatens/threatened/threatening",
                4,
            ),
            ("ultimatum/ultimatums", 4),
            ("who/whom/whose", 1),
            // Each threat's target and its making ("made against whom").
            ("against/made/make/issued/posed", 1),
            ("all/every/any/list", 1),
        ],
        needs: &[
            "threat/threats/threaten/threatens/threatened/threatening",
            "ultimatum/ultimatums",
        ],
        bare_names: 0,
        // No form: a question without names is offered the forms of
        // the intents above first (see help::closest_forms).
        forms: &[],
        examples: &[
            Example {
                question: "what threats have been made, and against whom?",
                reads_as: &["negograph who new-sanctions --relation threatens"],
                graph: None,
            },
            Example {
                question: "who is threatening whom?",
                reads_as: &["negograph show"],
                graph: None,
            },
        ],
        build: threats,
    },
    Intent {
        command: Cmd::Who,
        about: "Every mediator, with what they mediate",
        cues: &[
            (
                "mediator/mediators/mediate/mediates/mediating/mediation/broker/brokers/brokering/brokered/facilitator/facilitators/facilitate/facilitating/intermediary/intermediaries/host/hosts/hosting/hosted/peacemaker/peacemakers/referee/referees/refereeing/arbiter/arbiters/middleman/middlemen",
                4,
            ),
            ("go between", 4),
            // "Who's playing broker?", "is some third party helping them
            // talk?": the mediators.
            (
                "play/plays/playing/played * broker/mediator/peacemaker/referee/intermediary/middleman",
                5,
            ),
            ("third party/parties", 4),
            // "Is there a neutral party helping?", "an honest broker?"
            (
                "neutral/impartial/honest party/parties/country/countries/broker/brokers/side",
                4,
            ),
            ("who/whom/anyone/anybody/someone", 1),
            ("all/every/any/list", 1),
        ],
        needs: &[
            "go between",
            "third party/parties",
            "neutral/impartial/honest party/parties/country/countries/broker/brokers/side",
            "mediator/mediators/mediate/mediates/mediating/mediation/broker/brokers/brokering/brokered/facilitator/facilitators/facilitate/facilitating/intermediary/intermediaries/host/hosts/hosting/hosted/peacemaker/peacemakers/referee/referees/refereeing/arbiter/arbiters/middleman/middlemen",
        ],
        bare_names: 0,
        // No form: a question without names is offered the forms of
        // the intents above first (see help::closest_forms).
        forms: &[],
        examples: &[
            Example {
                question: "who is brokering anything?",
                reads_as: &["negograph show"],
                graph: super::GAZA,
            },
            Example {
                question: "is anyone mediating?",
                reads_as: &["negograph show"],
                graph: super::GAZA,
            },
        ],
        build: mediators,
    },
    Intent {
        command: Cmd::Who,
        about: "Every party taking part, with what in (format 1.2)",
        cues: &[
            ("take/takes/taking/took part", 4),
            (
                "participate/participates/participating/participant/participants/attend/attends/attending/attendee/attendees",
                4,
            ),
            ("who/whom/anyone/anybody", 1),
        ],
        needs: &[
            "take/takes/taking/took part",
            "participate/participates/participating/participant/participants/attend/attends/attending/attendee/attendees",
        ],
        bare_names: 0,
        forms: &[],
        examples: &[],
        build: taking_part,
    },
    Intent {
        command: Cmd::Who,
        about: "Every party weighing a position, neither agreeing nor refusing (format 1.2)",
        cues: &[
            (
                "undecided/weigh/weighing/mull/mulling/consider/considering/ponder/pondering/noncommittal",
                4,
            ),
            ("make/made up * mind", 4),
            ("who/whom/anyone/anybody", 1),
        ],
        needs: &[
            "undecided/weigh/weighing/mull/mulling/consider/considering/ponder/pondering/noncommittal",
            "make/made up * mind",
        ],
        bare_names: 0,
        forms: &[],
        examples: &[],
        build: considering,
    },
];
