//! Round 10 of issue 25: the kinds of reading the development part of blind
//! round 10 (`tests/data/ask-blind-round10-dev.txt`, 44 questions by a writer
//! who saw no `ask` code) missed, each fixed as a kind and checked here on
//! sentences of our own, in other wordings and on other graphs.

use super::ask_blind::holds_its_floor;
use super::ask_readings::{GAZA, TRADE, has_note, reads, refused};

const HARBOUR: &str = "tests/data/harbour-strike.json";
const R06: &str = "tests/data/round5/r06.json";
const R10: &str = "tests/data/round6/r10.json";
const R12: &str = "tests/data/round6/r12.json";

#[test]
fn the_development_part_is_read_as_well_as_after_round_10() {
    // First try (main ea8d9b1): 30/44 by /work's scorer, 26/44 by this
    // harness, which compares commands word for word (no alternatives of
    // `changes --to` defaults); after this round's fixes 43/44 there,
    // 39/44 here.
    holds_its_floor("ask-blind-round10-dev.txt", 44, FLOOR);
}

const FLOOR: usize = 39;

#[test]
fn a_figure_or_detail_asked_with_no_phrase_is_refused_not_read_by_kinds() {
    for (graph, question, word) in [
        (
            Some(R10),
            "tariff rate the US slapped on european cars?",
            "'rate'",
        ),
        (None, "the size of trump's sanctions on russia?", "'size'"),
        (
            Some(GAZA),
            "exact number of hostages israel gets under the witkoff proposal",
            "'exact'",
        ),
        (
            None,
            "which sectors the european sanctions would hit",
            "'sectors'",
        ),
    ] {
        let error = refused(graph, question);
        assert!(
            error.contains("no figure or detail") && error.contains(word),
            "{question}: {error}"
        );
    }
    // With a phrase that says what it asks, the figure is in the answer's
    // labels ("what wage figure do the dockers want?": their demands).
    let (commands, _) = reads(Some(HARBOUR), "what wage figure do the dockers want?");
    assert_eq!(commands, ["negograph stance union"]);
}

#[test]
fn why_is_there_still_no_x_is_what_blocks_each_thing_x_may_be() {
    for question in [
        "why is there still no ceasefire",
        "how come there's still no ceasefire?",
        "why is there no ceasefire yet",
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(
            commands,
            [
                "negograph blockers ceasefire-30d",
                "negograph blockers ceasefire-full"
            ],
            "{question}"
        );
        assert!(has_note(&notes, "fits 2 nodes"), "{question}: {notes:?}");
    }
    let (commands, _) = reads(Some(HARBOUR), "why is there still no return to work");
    assert_eq!(commands, ["negograph blockers return-to-work"]);
    let (commands, _) = reads(Some(TRADE), "how come there's still no quota increase");
    assert_eq!(commands, ["negograph blockers quota-rise"]);
}

#[test]
fn who_mediates_with_no_name_is_the_overview_of_every_mediated_position() {
    for question in [
        "who's doing the mediating",
        "who are the go-betweens here?",
        "which parties are brokering stuff",
        "who mediates?",
    ] {
        let (commands, notes) = reads(Some(GAZA), question);
        assert_eq!(commands, ["negograph show"], "{question}");
        assert!(
            has_note(&notes, "lists who mediates each"),
            "{question}: {notes:?}"
        );
    }
    // Named talks still read their own mediators.
    let (commands, _) = reads(Some(GAZA), "who is mediating Witkoff's latest proposal?");
    assert_eq!(
        commands,
        ["negograph who witkoff-proposal --relation mediates"]
    );
    // One mediated position is no overview: its mediators.
    let (commands, _) = reads(Some(HARBOUR), "who's doing the mediating?");
    assert_eq!(
        commands,
        ["negograph who return-to-work --relation mediates"]
    );
}

#[test]
fn how_a_party_fits_into_a_position_is_the_path_between_them() {
    for question in [
        "how does Trump fit into the ceasefire question",
        "what part does Trump play in the ceasefire?",
    ] {
        let (commands, _) = reads(None, question);
        assert_eq!(
            commands,
            ["negograph path trump ceasefire-30d"],
            "{question}"
        );
    }
    let (commands, _) = reads(None, "what role has Trump got in the direct talks");
    assert_eq!(commands, ["negograph path trump direct-talks"]);
    let (commands, _) = reads(
        Some(HARBOUR),
        "how does the mediator fit in with the return to work",
    );
    assert_eq!(commands, ["negograph path mediator return-to-work"]);
}

#[test]
fn the_two_sides_sitting_down_unnamed_are_the_talks_of_the_two_most_involved_parties() {
    for question in [
        "who has to give ground first so the two sides can sit down face to face",
        "what would it take to get both sides to the table?",
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(commands, ["negograph unblock direct-talks"], "{question}");
        assert!(
            has_note(&notes, "read 'the two sides' as ukraine and russia"),
            "{question}: {notes:?}"
        );
        assert!(!has_note(&notes, "not used"), "{question}: {notes:?}");
    }
    let (commands, _) = reads(
        Some(HARBOUR),
        "what would it take to get the two sides to sit down together?",
    );
    assert_eq!(commands, ["negograph unblock return-to-work"]);
}

#[test]
fn how_a_partys_stance_shifted_over_a_season_is_its_timeline() {
    for (graph, question, party) in [
        (
            Some(HARBOUR),
            "how has managements stance shifted over the spring",
            "port-authority",
        ),
        (
            Some(HARBOUR),
            "how did the union's demands change over the months",
            "union",
        ),
        (
            Some(HARBOUR),
            "has the port authority's line moved during the spring?",
            "port-authority",
        ),
        (
            None,
            "how has russia's position shifted over the spring",
            "russia",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(
            commands,
            [format!("negograph timeline {party}")],
            "{question}"
        );
        assert!(!has_note(&notes, "not used"), "{question}: {notes:?}");
    }
}

#[test]
fn what_a_party_is_pressed_or_asked_to_do_is_the_pressure_on_it() {
    for (graph, question, party) in [
        (
            None,
            "what's russia being pressed to do, and by whom",
            "russia",
        ),
        (None, "what is being asked of russia?", "russia"),
        (None, "what is ukraine being pushed to do", "ukraine"),
        (
            Some(HARBOUR),
            "what are the dockers being urged to accept",
            "union",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [format!("negograph who {party}")], "{question}");
        assert!(
            has_note(&notes, "pressure on a party read as"),
            "{question}: {notes:?}"
        );
    }
}

#[test]
fn an_offer_named_by_figure_or_party_against_what_others_put_forward_is_compared() {
    for question in [
        "how does stellantis's 21% stack up against what ford and gm put forward",
        "stellantis's 21% vs what ford and gm offered?",
        "compare what ford proposed with stellantis's offer",
    ] {
        let (commands, notes) = reads(Some(R06), question);
        assert_eq!(
            commands,
            ["negograph compare public-offer-by-jeep 20-raises-over-four"],
            "{question}"
        );
        assert!(!has_note(&notes, "not used"), "{question}: {notes:?}");
    }
    // A figure a party owns names its offer, the term holding it said.
    let (_, notes) = reads(Some(R06), "stellantis's 21% vs what ford and gm offered?");
    assert!(
        has_note(
            &notes,
            "read '21' as the offer public-offer-by-jeep; union-highly-competitive-21 also holds the figure 21"
        ),
        "{notes:?}"
    );
}

#[test]
fn who_took_up_or_turned_down_a_partys_offer_is_every_answer_to_it() {
    for (graph, question, offer) in [
        (
            Some(R06),
            "who turned down the stellantis offer",
            "public-offer-by-jeep",
        ),
        (
            Some(R06),
            "which parties rejected stellantis's offer",
            "public-offer-by-jeep",
        ),
        (
            Some(HARBOUR),
            "did anyone take up the mediator's offer",
            "arbitration",
        ),
        (
            Some(HARBOUR),
            "has anybody accepted the mediator's proposal?",
            "arbitration",
        ),
        (
            Some(GAZA),
            "did anyone take up witkoff's offer?",
            "witkoff-proposal",
        ),
        (
            None,
            "who accepted zelensky's offer?",
            "zelensky-putin-meeting",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(
            commands,
            [format!("negograph responses {offer}")],
            "{question}"
        );
        assert!(
            has_note(&notes, "read the party's offer as what it put forward"),
            "{question}: {notes:?}"
        );
        assert!(!has_note(&notes, "not used"), "{question}: {notes:?}");
    }
}

#[test]
fn a_partys_terms_for_ending_the_war_are_the_preconditions_of_the_settlement() {
    for question in [
        "what are moscow's terms for ending the war",
        "russia's conditions for ending the war?",
        "what's the kremlin's price for a settlement",
        "moscows terms to end the war?",
    ] {
        let (commands, notes) = reads(Some(R12), question);
        assert_eq!(commands, ["negograph requires settlement"], "{question}");
        assert!(
            has_note(&notes, "the preconditions it sets on settlement"),
            "{question}: {notes:?}"
        );
    }
}

#[test]
fn a_name_fitting_several_positions_reads_those_the_asked_party_answered() {
    for question in [
        "how did Moscow answer the calls for a ceasefire",
        "how did russia respond to the ceasefire?",
        "what did putin say to the ceasefire",
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(
            commands,
            ["negograph responses ceasefire-30d --party russia"],
            "{question}"
        );
        assert!(
            has_note(
                &notes,
                "as the one russia answered; russia holds no answer to ceasefire-full"
            ),
            "{question}: {notes:?}"
        );
    }
    // A party that answered none of them: each, as before (and every
    // party's answers when it asks whether the party answered).
    let (commands, _) = reads(None, "how did trump react to the ceasefire?");
    assert_eq!(commands.len(), 2, "{commands:?}");
}

#[test]
fn who_is_behind_x_with_a_second_question_about_x_is_all_of_who_x() {
    for question in [
        "who's behind the sanctions threat, and what would set it off",
        "who is behind the new sanctions and why?",
    ] {
        let (commands, _) = reads(None, question);
        assert_eq!(commands, ["negograph who new-sanctions"], "{question}");
    }
    let (commands, _) = reads(
        Some(HARBOUR),
        "who backs arbitration, and when did they say so?",
    );
    assert_eq!(commands, ["negograph who arbitration"]);
    // Alone, who is behind it is its side.
    let (commands, _) = reads(None, "who's behind the sanctions threat?");
    assert_eq!(commands, ["negograph who new-sanctions --side for"]);
}

#[test]
fn whats_on_the_table_between_two_parties_is_what_they_propose_side_by_side() {
    for (graph, question, command) in [
        (
            Some(GAZA),
            "what's on the table between the US and Hamas?",
            "negograph compare witkoff-proposal hamas-version",
        ),
        (
            Some(HARBOUR),
            "what's on the table between the union and the port?",
            "negograph compare pay-offer-8 pay-offer-9",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [command], "{question}");
        assert!(
            has_note(
                &notes,
                "read as the proposals the parties named put forward"
            ),
            "{question}: {notes:?}"
        );
    }
    // With no name, the whole record, as before.
    let (commands, _) = reads(Some(GAZA), "whats on the table right now");
    assert_eq!(commands, ["negograph show"]);
}
