//! `negograph ask` on the readings added for round 6 of issue 25 (branch
//! ask-25f), each a kind of question, not a phrasing: a typo inside a
//! longer name, a party refusing another, what it would take a party to
//! accept a position, what the sides settled on, what is in a party's
//! offer, two parties joined, when a threatened measure comes back, who
//! threatens whom, whether anyone mediates, an "if" clause naming nothing
//! the graph holds, how near an outcome is. Expected answers were worked
//! out by hand from the graphs' files (graph/istanbul-2025.json,
//! tests/data/harbour-strike.json, graph/examples/gaza-2025-05-26.json,
//! tests/data/round5/r04.json, r06.json, r08.json).

use super::ask_blind::holds_its_floor;
use super::ask_readings::{has_note, reads, refused};

const HARBOUR: &str = "tests/data/harbour-strike.json";
const GAZA: &str = "graph/examples/gaza-2025-05-26.json";
const R04: &str = "tests/data/round5/r04.json";
const R06: &str = "tests/data/round5/r06.json";
const R08: &str = "tests/data/round5/r08.json";

#[test]
fn the_engineers_round_6_check_is_read_as_well_as_after_its_fixes() {
    // Not blind: written after the round's fixes, 15/20 at its first try.
    holds_its_floor("ask-paraphrases-round6-eng-check.txt", 20, 19);
}

#[test]
fn a_typo_inside_a_longer_name_reads_that_name_and_says_so() {
    // "30-day" alone is inside two labels (the ceasefire and Russia's
    // refusal of it); with "ceasfire" corrected, the run is one name.
    let (commands, notes) = reads(None, "whats holding up the 30 day ceasfier?");
    assert_eq!(commands, ["negograph blockers ceasefire-30d"]);
    assert!(
        has_note(&notes, "read 'the 30 day ceasfier' as '30 day ceasefire'"),
        "{notes:?}"
    );
}

#[test]
fn a_party_refusing_another_reads_the_answers_to_what_the_other_put_forward() {
    // The UAW rejects Stellantis's 21% offer, the one thing Stellantis proposes.
    let (commands, notes) = reads(Some(R06), "why did the UAW turn down Stellantis?");
    assert_eq!(commands, ["negograph responses public-offer-by-jeep"]);
    assert!(has_note(&notes, "stellantis put forward"), "{notes:?}");
    // Of Witkoff's party's two proposals, the one named after him.
    let (commands, _) = reads(Some(GAZA), "did Hamas accept Witkoff's deal or not?");
    assert_eq!(commands, ["negograph responses witkoff-proposal"]);
    // Hamas puts nothing forward that Israel answered: Israel's stance, said.
    let (commands, notes) = reads(Some(GAZA), "why did Israel turn down Hamas?");
    assert_eq!(commands, ["negograph stance israel"]);
    assert!(has_note(&notes, "read as its stance"), "{notes:?}");
}

#[test]
fn what_it_would_take_a_party_to_accept_a_position_reads_unblock() {
    let (commands, _) = reads(
        Some(HARBOUR),
        "what would it take for the union to accept the 9% offer?",
    );
    assert_eq!(commands, ["negograph unblock pay-offer-9"]);
}

#[test]
fn what_the_sides_settled_on_reads_what_two_parties_accepted() {
    // The ILA and the employers both accept the 62% rise; nothing else has
    // two parties accepting it.
    for question in [
        "what did the two sides settle on?",
        "what deal did the ILA and the employers reach?",
    ] {
        let (commands, notes) = reads(Some(R08), question);
        assert_eq!(commands, ["negograph responses pay-62"], "{question}");
        assert!(
            has_note(&notes, "two parties or more accepted"),
            "{notes:?}"
        );
    }
}

#[test]
fn what_is_in_a_partys_offer_shows_its_proposal() {
    let (commands, notes) = reads(Some(R04), "what terms did the Americans offer Iran?");
    assert_eq!(commands, ["negograph show recent-u-s-nuclear"]);
    assert!(has_note(&notes, "proposals of united-states"), "{notes:?}");
    // A filler adverb does not stop a bare name being read.
    let (commands, _) = reads(Some(R04), "what's actually in the US offer?");
    assert_eq!(commands, ["negograph show recent-u-s-nuclear"]);
}

#[test]
fn two_parties_joined_read_both_stances() {
    let (commands, _) = reads(Some(R06), "What did Ford and GM put on the table?");
    assert_eq!(commands, ["negograph stance ford", "negograph stance gm"]);
}

#[test]
fn when_a_threatened_measure_comes_back_reads_its_trigger() {
    // The ILA threatens that the strike resumes, triggered by the deadline.
    let (commands, notes) = reads(Some(R08), "when could the walkout start again?");
    assert_eq!(commands, ["negograph effects deadline"]);
    assert!(has_note(&notes, "once deadline is met"), "{notes:?}");
}

#[test]
fn an_if_clause_naming_only_part_of_the_question_assumes_nothing() {
    let (commands, notes) = reads(
        None,
        "if Turkey pulls out as host, what still blocks the direct talks?",
    );
    assert_eq!(commands, ["negograph blockers direct-talks"]);
    assert!(has_note(&notes, "nothing is assumed"), "{notes:?}");
}

#[test]
fn how_close_an_outcome_is_is_a_forecast() {
    let error = refused(
        Some(HARBOUR),
        "how close are the dockers to going back to work?",
    );
    assert!(error.contains("forecast"), "{error}");
}

#[test]
fn a_link_read_the_way_the_links_run_when_a_chain_does() {
    // Trump supports the direct talks: a chain the way the link runs.
    let (commands, _) = reads(None, "how is Trump connected to the direct talks?");
    assert_eq!(commands, ["negograph path trump direct-talks"]);
    // None runs from Trump to the sanctions: either way.
    let (commands, _) = reads(None, "how are Trump and the sanctions connected?");
    assert_eq!(
        commands,
        ["negograph path trump new-sanctions --undirected"]
    );
}

#[test]
fn a_percentage_with_the_word_after_it_names_the_one_node_both_fit() {
    // "21%" is in two labels; "21% offer" only in "Stellantis's 21% offer".
    let (commands, notes) = reads(Some(R06), "what blocks the 21% offer?");
    assert_eq!(commands, ["negograph blockers public-offer-by-jeep"]);
    assert!(
        has_note(
            &notes,
            "read 'the 21% offer' as part of 'Stellantis's 21% offer'"
        ),
        "{notes:?}"
    );
}

#[test]
fn when_a_measure_named_with_its_own_verb_comes_back_reads_its_trigger() {
    // The node is "the strike resumes": the verb is in its name.
    let (commands, _) = reads(Some(R08), "when might the strike resume?");
    assert_eq!(commands, ["negograph effects deadline"]);
}

// Blind round 6's development part (branch ask-25g), a test per kind of
// miss. Expected answers worked out by hand from graph/istanbul-2025.json,
// graph/trade-talks.json and tests/data/round6/r05.json, r10.json, r12.json.

const TRADE: &str = "graph/trade-talks.json";
const R05: &str = "tests/data/round6/r05.json";
const R10: &str = "tests/data/round6/r10.json";
const R12: &str = "tests/data/round6/r12.json";

#[test]
fn an_if_clause_of_parties_paraphrasing_one_positions_label_reads_that_position() {
    // "The West pauses its military support for Ukraine" is the one
    // position whose label holds both 'West' and 'Ukraine'; without this
    // the clause's party made the reading fail (exit 2).
    for question in [
        "If the West stopped arming Ukraine, what would that unlock?",
        "if the West cut off Ukraine, what would follow?",
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(
            commands,
            ["negograph effects western-aid-pause"],
            "{question}"
        );
        assert!(
            has_note(
                &notes,
                "as 'The West pauses its military support for Ukraine'"
            ),
            "{notes:?}"
        );
    }
    // One party alone is inside too many labels: no paraphrase read.
    let (commands, _) = reads(
        None,
        "if Zelensky dropped his precondition, what would block direct talks?",
    );
    assert_eq!(
        commands,
        ["negograph blockers direct-talks --drop direct-talks:conditions_on:ceasefire-30d"]
    );
}

#[test]
fn a_clause_stating_a_position_met_reads_the_main_question() {
    // The ministers met on 2025-03-20 (ministerial-talks' status history):
    // what still blocks the deal is asked, with nothing more to assume.
    for question in [
        "now the ministers have met, whats still holding up the three-way deal",
        "now that the ministers have met, what stands in the way of the deal?",
    ] {
        let (commands, notes) = reads(Some(TRADE), question);
        assert_eq!(commands, ["negograph blockers trade-deal"], "{question}");
        assert!(
            has_note(&notes, "already records ministerial-talks as met"),
            "{notes:?}"
        );
    }
    // The harbour's safety review is recorded met (its status history).
    let (commands, _) = reads(
        Some(HARBOUR),
        "now the safety review is done, what blocks the crane freeze?",
    );
    assert_eq!(commands, ["negograph blockers automation-freeze"]);
    // An "if" still assumes it, as asked.
    let (commands, _) = reads(
        Some(TRADE),
        "if ministers met, would the three-way deal be possible?",
    );
    assert_eq!(
        commands,
        ["negograph blockers trade-deal --assume ministerial-talks"]
    );
}

#[test]
fn an_ordinal_day_alone_is_read_in_the_newest_sources_month_and_said() {
    // The trade talks' newest source is 2025-03-20.
    let (commands, notes) = reads(Some(TRADE), "anything move since the 10th?");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-03-10 --to 2025-03-20"]
    );
    assert!(
        has_note(&notes, "read 'the 10th' as 2025-03-10"),
        "{notes:?}"
    );
    // The 25th is still to come in March 2025: February's.
    let (commands, notes) = reads(Some(TRADE), "where did things stand on the 25th?");
    assert_eq!(commands, ["negograph show --as-of 2025-02-25"]);
    assert!(has_note(&notes, "the month before"), "{notes:?}");
}

#[test]
fn going_cold_on_a_position_is_the_partys_timeline_and_strings_are_preconditions() {
    let (commands, _) = reads(Some(TRADE), "when did country A go cold on the monitors?");
    assert_eq!(commands, ["negograph timeline country-a"]);
    for question in [
        "did moscow attach strings to the 30 day ceasefire?",
        "has Russia tied conditions to the 30-day ceasefire?",
    ] {
        let (commands, _) = reads(None, question);
        assert_eq!(commands, ["negograph requires ceasefire-30d"], "{question}");
    }
}

#[test]
fn nameless_pressure_and_counter_offers_read_the_whole_negotiation() {
    // "In the auto talks" names the negotiation, not the strike node whose
    // label holds 'Auto'; the one party pressed is the Big Three.
    let (commands, notes) = reads(Some(R05), "whos putting pressure on who in the auto talks");
    assert_eq!(commands, ["negograph who big3"]);
    assert!(has_note(&notes, "not used: 'auto'"), "{notes:?}");
    let (commands, _) = reads(None, "has anybody come back with a counter-offer?");
    assert_eq!(commands, ["negograph conflicts"]);
}

#[test]
fn what_two_delegations_agreed_and_how_far_parties_are_from_a_demand() {
    // Russia and Ukraine both accept the prisoner exchange and the return
    // of bodies; 'delegations' is no member's name. Read as the overview
    // since round 7: the blind writers who asked it (round 6's held-out
    // part, round 7's training set t2) accepted the overview or each
    // side's stance, never the answers to what both accepted.
    let (commands, _) = reads(Some(R12), "what did the two delegations agree on");
    assert_eq!(commands, ["negograph show"]);
    let (commands, _) = reads(
        Some(R05),
        "how far are Ford, GM and Stellantis from what the UAW wants on pay",
    );
    assert_eq!(commands, ["negograph issues"]);
}

#[test]
fn a_question_about_motives_is_refused() {
    for question in [
        "why won't putin give a straight answer on the ceasefire, what's he really after",
        "what are Russia's true aims?",
    ] {
        let why = refused(None, question);
        assert!(why.contains("not their motives"), "{question}: {why}");
    }
}

#[test]
fn a_named_responder_and_threats_with_triggers_are_read_as_asked() {
    // Changed in round 7 (see docs/ask.md, "Filters the default answer
    // already shows"): every blind writer of rounds 5 to 7 read "has P
    // responded to X?" of a P with no answer as every party's answers, and
    // "who threatens X and what would trigger them?" as plain `who X`.
    let (commands, notes) = reads(
        Some(R10),
        "has washington responded to the EU's offer to scrap tariffs on cars and industrial goods",
    );
    assert_eq!(commands, ["negograph responses zero-tariffs"]);
    assert!(has_note(&notes, "no answer by us"), "{notes:?}");
    let (commands, _) = reads(
        None,
        "who is threatening new sanctions and what would trigger them",
    );
    assert_eq!(commands, ["negograph who new-sanctions"]);
}
