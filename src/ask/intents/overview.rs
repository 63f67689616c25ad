//! The graph itself, and one node of it: show.
//! Part of the one table (see [`super`]); the order here is the order ties
//! are broken in.

use super::{Example, Intent};
use crate::ask::slots::{detail, overview};

/// This group's intents, in the order ties are broken.
pub(super) static INTENTS: &[Intent] = &[
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
