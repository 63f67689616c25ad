//! Round 11 of issue 25: the kinds of reading the development part of blind
//! round 11 (`tests/data/ask-blind-round11-dev.txt`, 44 questions by a writer
//! who saw no `ask` code) missed, each fixed as a kind and checked here on
//! sentences of our own, in other wordings and on other graphs.

use super::ask_blind::holds_its_floor;
use super::ask_readings::{GAZA, TRADE, has_note, reads};

const R05: &str = "tests/data/round6/r05.json";
const R08: &str = "tests/data/round5/r08.json";
const R10: &str = "tests/data/round6/r10.json";
const R12: &str = "tests/data/round6/r12.json";

#[test]
fn the_development_part_is_read_as_well_as_after_round_11() {
    // First try (main 24f6ea2): 31/44 by /work's scorer; after this
    // round's fixes 38/44 there, 35/44 by this harness (no `changes --to`
    // defaults).
    holds_its_floor("ask-blind-round11-dev.txt", 44, FLOOR);
}

const FLOOR: usize = 35;

#[test]
fn an_if_clause_naming_the_failure_itself_asks_what_follows_from_it() {
    // r10 records "No tangible progress in the talks" (alias "no
    // progress") as a trigger: the clause names it, not the talks.
    for question in [
        "what happens if the negotiations make no progress?",
        "and if there's no progress?",
        "what if the eu-us talks get no progress",
        "if the talks go nowhere what then",
    ] {
        let (commands, _) = reads(Some(R10), question);
        assert_eq!(commands, ["negograph effects no-progress"], "{question}");
    }
}

#[test]
fn a_day_that_comes_and_goes_without_a_deal_is_the_day_passing() {
    // r08's trigger "the new strike deadline of January 15 is reached":
    // the "without" is of the deal, the day does pass.
    for question in [
        "what happens if the january 15 deadline passes with no deal",
        "if jan 15 goes by without an agreement, then what",
        "what happens if january 15 arrives with no deal",
    ] {
        let (commands, notes) = reads(Some(R08), question);
        assert_eq!(commands, ["negograph effects deadline"], "{question}");
        assert!(has_note(&notes, "January 15"), "{question}: {notes:?}");
    }
    // r05's trigger is itself the failure ("No deal by the contract
    // deadline"): the same question reads it.
    for question in [
        "what happens if thursday's deadline passes without a deal",
        "if the deadline expires with no agreement what then",
    ] {
        let (commands, _) = reads(Some(R05), question);
        assert_eq!(commands, ["negograph effects no-deal"], "{question}");
    }
}

#[test]
fn where_is_a_party_on_all_this_is_its_stance() {
    for (graph, question, party) in [
        (None, "where's zelensky in all of this", "ukraine"),
        (None, "where is putin at", "russia"),
        (None, "wheres the kremlin on all that?", "russia"),
        (Some(R08), "where's the union on all this", "union"),
        (
            Some(R08),
            "wheres the white house in all of this?",
            "white-house",
        ),
    ] {
        let (commands, _) = reads(graph, question);
        assert_eq!(
            commands,
            [format!("negograph stance {party}")],
            "{question}"
        );
    }
}

#[test]
fn what_the_sides_settled_for_on_an_issue_is_what_both_accepted_of_its_terms() {
    // r08: both sides accept "62-percent pay increase", a term of the
    // issue `pay`; an issue named narrows what was agreed, no refusal.
    for question in [
        "what did the union settle for on pay",
        "what did the dockers end up accepting on pay",
        "on pay, what did both sides agree to",
        "what pay deal did the union and employers reach",
    ] {
        let (commands, notes) = reads(Some(R08), question);
        assert_eq!(commands, ["negograph responses pay-62"], "{question}");
        assert!(
            has_note(&notes, "two parties or more accepted"),
            "{question}: {notes:?}"
        );
    }
}

#[test]
fn in_order_or_so_far_asks_the_timeline_of_the_party_named() {
    for (graph, question, wanted) in [
        (
            None,
            "what has russia done so far",
            "negograph timeline russia",
        ),
        (
            None,
            "trump's moves in the order they happened",
            "negograph timeline trump",
        ),
        (None, "list everything in date order", "negograph timeline"),
        (
            Some(TRADE),
            "what has happened so far?",
            "negograph timeline",
        ),
        (
            Some(R08),
            "what did the union say and do, in order",
            "negograph timeline union",
        ),
        (
            Some(R10),
            "the EU's statements in chronological order",
            "negograph timeline eu",
        ),
    ] {
        let (commands, _) = reads(graph, question);
        assert_eq!(commands, [wanted], "{question}");
    }
    // "In order to" is no order, and "so far" alone no timeline.
    for (question, wanted) in [
        ("what has been offered so far?", "negograph show"),
        (
            "what does russia need in order to sign",
            "negograph stance russia",
        ),
    ] {
        let (commands, _) = reads(None, question);
        assert_eq!(commands, [wanted], "{question}");
    }
}

#[test]
fn did_a_party_really_accept_an_offer_is_its_answer_not_its_stance() {
    for (graph, question, wanted) in [
        (
            Some(GAZA),
            "did hamas really say yes to the witkoff plan",
            "negograph responses witkoff-proposal --party hamas",
        ),
        (
            Some(GAZA),
            "has israel actually signed on to the witkoff proposal or not",
            "negograph responses witkoff-proposal --party israel",
        ),
        (
            None,
            "did russia ever actually agree to the 30-day ceasefire",
            "negograph responses ceasefire-30d --party russia",
        ),
    ] {
        let (commands, _) = reads(graph, question);
        assert_eq!(commands, [wanted], "{question}");
    }
}

#[test]
fn a_mediator_asked_in_other_words_on_a_graph_with_none_says_there_is_none() {
    for graph in [None, Some(R10), Some(R08)] {
        for question in [
            "who's playing peacemaker",
            "is some third party helping them talk",
            "is there a middleman?",
        ] {
            let (commands, notes) = reads(graph, question);
            assert_eq!(commands, ["negograph show"], "{question}");
            assert!(
                has_note(&notes, "records no mediator"),
                "{question}: {notes:?}"
            );
        }
    }
    // Where one party mediates one meeting, that meeting's mediators.
    let (commands, _) = reads(Some(R12), "who is playing referee?");
    assert_eq!(commands, ["negograph who trilateral --relation mediates"]);
}

#[test]
fn the_us_in_lower_case_is_the_country_not_the_pronoun() {
    let (commands, _) = reads(Some(R10), "what does the us want");
    assert_eq!(commands, ["negograph stance us"]);
    let (commands, notes) = reads(Some(R10), "is anyone mediating between the eu and the us");
    assert_eq!(commands, ["negograph show"]);
    assert!(
        has_note(&notes, "no mediator of any talks between eu and us"),
        "{notes:?}"
    );
}

#[test]
fn where_a_position_stands_or_things_are_at_is_its_state_not_a_refusal() {
    for (graph, question, wanted) in [
        (
            None,
            "where do the direct talks stand now",
            "negograph show direct-talks",
        ),
        (
            Some(R08),
            "where does the strike stand",
            "negograph show strike",
        ),
        (
            Some(R08),
            "where's the 62% deal at",
            "negograph show pay-62",
        ),
        (
            None,
            "where do things stand on the direct talks",
            "negograph show direct-talks",
        ),
        (None, "where are things at", "negograph show"),
        (Some(R10), "so wheres it all at now?", "negograph show"),
    ] {
        let (commands, _) = reads(graph, question);
        assert_eq!(commands, [wanted], "{question}");
    }
    // A party's is its stance, as before.
    let (commands, _) = reads(None, "where does russia stand");
    assert_eq!(commands, ["negograph stance russia"]);
}

#[test]
fn at_odds_is_where_the_sides_conflict_whatever_the_adverb() {
    for (graph, question, wanted) in [
        (
            None,
            "where are the sides openly at odds",
            "negograph conflicts",
        ),
        (
            Some(R08),
            "where are the union and the employers really at odds",
            "negograph conflicts --party union --party employers",
        ),
        (
            Some(R10),
            "where are brussels and washington at odds",
            "negograph conflicts --party eu --party us",
        ),
    ] {
        let (commands, _) = reads(graph, question);
        assert_eq!(commands, [wanted], "{question}");
    }
}

#[test]
fn what_happens_if_the_sides_cannot_reach_a_deal_is_the_failure_not_what_they_agreed() {
    // "Reach a deal" asks what was agreed, but not inside an "if" clause
    // that says it does not happen: r05's failure node is the event.
    for question in [
        "what if the uaw and the big three can't reach a deal by thursday",
        "what if the uaw and the big three fail to reach a deal",
        "what happens if they can't reach a deal",
    ] {
        let (commands, _) = reads(Some(R05), question);
        assert_eq!(commands, ["negograph effects no-deal"], "{question}");
    }
    let (commands, notes) = reads(
        Some(R10),
        "what happens if the eu and the us don't reach an agreement",
    );
    assert_eq!(commands, ["negograph effects no-progress"]);
    assert!(has_note(&notes, "not happening"), "{notes:?}");
}

#[test]
fn skipping_boycotting_or_walking_away_is_the_event_not_happening() {
    for question in [
        "if putin walks away from the ceasefire what then",
        "what if putin pulls out of the ceasefire",
    ] {
        let (commands, _) = reads(None, question);
        assert_eq!(
            commands,
            ["negograph effects russia-refuses-30d"],
            "{question}"
        );
    }
    // No node is Russia's refusal of the talks: refused, never the talks
    // happening.
    for question in [
        "what if putin skips istanbul",
        "what happens if russia boycotts the direct talks",
    ] {
        let error = super::ask_readings::refused(None, question);
        assert!(
            error.contains("no node for direct-talks failing or being refused by russia"),
            "{question}: {error}"
        );
    }
}

#[test]
fn suppose_then_what_happens_is_what_follows() {
    let (commands, _) = reads(
        None,
        "suppose the west stopped arming ukraine, what happens",
    );
    assert_eq!(commands, ["negograph effects western-aid-pause"]);
    let (commands, _) = reads(
        Some("tests/data/harbour-strike.json"),
        "suppose the strike goes on past may 15, what happens",
    );
    assert_eq!(commands, ["negograph effects strike-past-may"]);
}

#[test]
fn where_is_a_party_on_a_position_is_how_it_answered_it() {
    for (graph, question, wanted) in [
        (
            Some(GAZA),
            "wheres israel on the witkoff plan",
            "negograph responses witkoff-proposal --party israel",
        ),
        (
            None,
            "where's russia on the 30-day ceasefire",
            "negograph responses ceasefire-30d --party russia",
        ),
        (
            Some(R08),
            "wheres the union on automation",
            "negograph responses automation --party union",
        ),
    ] {
        let (commands, _) = reads(graph, question);
        assert_eq!(commands, [wanted], "{question}");
    }
    // "So far" after what a party agreed to is no timeline.
    let (commands, _) = reads(Some(GAZA), "what did hamas agree to so far");
    assert_eq!(commands, ["negograph stance hamas"]);
}

#[test]
fn catch_me_up_is_the_overview_or_everything_about_the_node_named() {
    for (graph, question) in [
        (None, "catch me up"),
        (None, "bring me up to speed"),
        (Some(TRADE), "whats the gist"),
        (Some(R10), "fill me in"),
    ] {
        let (commands, _) = reads(graph, question);
        assert_eq!(commands, ["negograph show"], "{question}");
    }
    for (question, wanted) in [
        ("fill me in on russia", "negograph show russia"),
        (
            "get me up to speed on the direct talks",
            "negograph show direct-talks",
        ),
    ] {
        let (commands, _) = reads(None, question);
        assert_eq!(commands, [wanted], "{question}");
    }
}

/// "What if P says no?" with no position of P's named: the refusal some
/// threat waits on that names P (the bundled graph's "Putin does not
/// acquiesce to the demands for a 30-day ceasefire"), said; where the graph
/// has none naming P, a refusal to guess, not P's stance, and never a
/// position that is merely negative ("Iran never obtains a nuclear bomb",
/// demanded of Iran, is no refusal by Iran).
#[test]
fn a_party_saying_no_is_the_refusal_a_threat_waits_on() {
    for question in [
        "what happens if russia says no",
        "what if putin says no?",
        "what would happen if the kremlin says no",
        "if putin said no, then what",
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(
            commands,
            ["negograph effects russia-refuses-30d"],
            "{question}"
        );
        assert!(
            has_note(&notes, "read as russia saying no"),
            "{question}: {notes:?}"
        );
    }
    for (graph, question, party) in [
        (
            "tests/data/round5/r04.json",
            "what happens if iran says no",
            "iran",
        ),
        (
            "tests/data/harbour-strike.json",
            "what if the port says no",
            "port-authority",
        ),
    ] {
        let err = crate::common::fails(
            crate::common::negograph().args(["-f", graph, "ask", question]),
            2,
        );
        assert!(
            err.contains(&format!("the graph has no node for {party} refusing")),
            "{question}: {err}"
        );
    }
}
