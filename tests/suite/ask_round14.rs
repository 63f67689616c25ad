//! Round 14 of issue 25: the kinds of reading the development part of blind
//! round 14 (`tests/data/ask-blind-round14-dev.txt`, 44 questions by a writer
//! who saw no `ask` code) and round 13's known misses showed, each fixed as
//! a kind and checked here on sentences of our own, in other wordings and
//! on other graphs.

use super::ask_blind::holds_its_floor;
use super::ask_readings::{GAZA, TRADE, has_note, reads};

const HARBOUR: &str = "tests/data/harbour-strike.json";
const R04: &str = "tests/data/round5/r04.json";
const R05: &str = "tests/data/round6/r05.json";
const R06: &str = "tests/data/round5/r06.json";
const R08: &str = "tests/data/round5/r08.json";
const R10: &str = "tests/data/round6/r10.json";

#[test]
fn the_development_part_is_read_as_well_as_after_round_14() {
    // First try (main 19622ae): 35/44 by /work's scorer; after this
    // round's fixes 40/44 there and by this harness.
    holds_its_floor("ask-blind-round14-dev.txt", 44, FLOOR);
}

const FLOOR: usize = 40;

#[test]
fn what_a_party_has_to_deliver_is_what_is_asked_of_it() {
    for (graph, question, want) in [
        (
            Some(R04),
            "what does Iran have to concede?",
            "negograph who iran",
        ),
        (
            Some(HARBOUR),
            "what must the union concede?",
            "negograph who union",
        ),
        (
            Some(TRADE),
            "does country C have to deliver anything?",
            "negograph who country-c",
        ),
        // The party that owes is the one before "have to", not the one
        // whose terms they are.
        (
            None,
            "what would the West need to hand over under Moscow's terms?",
            "negograph who western-allies",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
        assert!(
            has_note(
                &notes,
                "what a party has to deliver read as what is asked of it"
            ),
            "{question}: {notes:?}"
        );
    }
    // Pressure on a party is still read on the party named last.
    let (commands, _) = reads(None, "what leverage does the West have over Russia?");
    assert_eq!(commands, ["negograph who russia"]);
}

#[test]
fn a_condition_let_go_with_nothing_else_asked_is_what_then_blocks_its_position() {
    let note = "a condition let go, with nothing else asked";
    for (graph, question, want) in [
        (
            None,
            "what if Kyiv gave up its precondition for talks?",
            "negograph blockers direct-talks --drop direct-talks:conditions_on:ceasefire-30d",
        ),
        (
            None,
            "what happens if Zelensky drops his condition?",
            "negograph blockers direct-talks --drop direct-talks:conditions_on:ceasefire-30d",
        ),
        (
            Some(TRADE),
            "what if C dropped its condition?",
            "negograph blockers subsidy-removal --drop subsidy-removal:conditions_on:tariff-cut",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
        assert!(has_note(&notes, note), "{question}: {notes:?}");
    }
    // A question of its own after the clause keeps its reading.
    let (commands, notes) = reads(
        None,
        "if Zelensky dropped his precondition, what would block direct talks?",
    );
    assert_eq!(
        commands,
        ["negograph blockers direct-talks --drop direct-talks:conditions_on:ceasefire-30d"]
    );
    assert!(!has_note(&notes, note), "{notes:?}");
}

#[test]
fn when_a_threatened_measure_would_take_effect_is_its_trigger() {
    for (graph, question, want) in [
        (
            Some(HARBOUR),
            "when would the fines take effect?",
            "negograph show fines",
        ),
        (
            None,
            "when will the new sanctions come into effect?",
            "negograph show new-sanctions",
        ),
        (
            Some(R10),
            "when would the countermeasures kick in?",
            "negograph show countermeasures",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
        assert!(
            has_note(&notes, "what triggers or sets off a threatened measure"),
            "{question}: {notes:?}"
        );
    }
    // What kicks in if something happens is still what it sets off.
    let (commands, _) = reads(
        Some(HARBOUR),
        "what kicks in if the strike goes on past 15 May?",
    );
    assert_eq!(commands, ["negograph effects strike-past-may"]);
}

#[test]
fn what_became_of_a_position_is_all_about_it() {
    for (graph, question, want) in [
        (
            Some(HARBOUR),
            "what became of the port's 8% offer",
            "negograph show pay-offer-8",
        ),
        (
            Some(GAZA),
            "whatever happened to Hamas's version?",
            "negograph show hamas-version",
        ),
        (
            Some(R08),
            "what's the fate of the employers' 50 percent offer?",
            "negograph show employers-2",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
    }
    // "What happens to X if ..." is still what follows.
    let (commands, _) = reads(None, "what happens to the talks if the West pauses aid?");
    assert_eq!(commands, ["negograph effects western-aid-pause"]);
}

#[test]
fn how_far_apart_parties_are_is_what_each_puts_forward_side_by_side() {
    for (graph, question, want) in [
        (
            Some(R05),
            "how far apart are GM, Ford and Stellantis on pay?",
            "negograph compare ford-9 gm-10 stel-145",
        ),
        (
            Some(R06),
            "how far apart are Ford and Stellantis?",
            "negograph compare public-offer-by-jeep 20-raises-over-four",
        ),
        (
            Some(R06),
            "how far is the union's 40% from what Stellantis is offering?",
            "negograph compare public-offer-by-jeep 40-pay-increases",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
        assert!(
            has_note(&notes, "read each party as what it puts forward"),
            "{question}: {notes:?}"
        );
    }
    // Parties that put forward nothing compare can take are still read
    // by their conflicts.
    let (commands, _) = reads(None, "how far apart are kyiv and moscow");
    assert_eq!(
        commands,
        ["negograph conflicts --party ukraine --party russia"]
    );
}

/// A small graph of our own: a party with a refusal node, a threat whose
/// trigger it is, and a demand addressed to the other party.
const IRAN: &str = "title T\nsource s S 2025-06-01\nparty iran Iran\n\
    party us \"United States\" aka Washington\n\
    condition refusal \"Iran rejects the US proposal\" actor iran\n\
    us proposes proposal =deal \"US nuclear proposal\" @s \"the US proposal\"\n\
    iran rejects deal @s \"Iran rejects the proposal\"\n\
    us demands demand =zero \"Zero enrichment\" addressee iran @s \"zero enrichment\"\n\
    us threatens condition =strikes \"Military strikes\" target iran trigger refusal @s \"strikes if Iran says no\"\n";

#[test]
fn a_refusal_said_by_a_relation_word_is_the_refusal_node_not_a_stance() {
    let (_dir, path) = crate::common::temp_file("iran.neg", IRAN.as_bytes());
    let file = path.to_str().unwrap();
    for question in [
        "what happens if Iran rejects the proposal",
        "what would follow if Tehran rejected the US offer?",
    ] {
        let (commands, notes) = reads(Some(file), question);
        assert_eq!(
            commands,
            ["negograph effects refusal"],
            "{question}: {notes:?}"
        );
    }
    // On the bundled graph, Russia's refusal node.
    let (commands, _) = reads(None, "what happens if Russia rejects the 30-day ceasefire?");
    assert_eq!(commands, ["negograph effects russia-refuses-30d"]);
}

#[test]
fn what_one_party_asks_another_to_do_is_the_first_partys_stance() {
    let (_dir, path) = crate::common::temp_file("iran.neg", IRAN.as_bytes());
    let note = "read what one party asks of another as the first's stance";
    for (graph, question, want) in [
        (
            Some(path.to_str().unwrap()),
            "what is washington asking iran to do",
            "negograph stance us",
        ),
        (
            Some(HARBOUR),
            "what is the port authority pushing the union to accept?",
            "negograph stance port-authority",
        ),
        (
            None,
            "what are the Europeans urging Russia to do?",
            "negograph stance european-leaders",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
        assert!(has_note(&notes, note), "{question}: {notes:?}");
        assert!(!has_note(&notes, "not used"), "{question}: {notes:?}");
    }
}

#[test]
fn the_last_few_or_couple_of_days_is_a_window_ending_at_the_newest_source() {
    for (graph, question, want) in [
        (
            None,
            "what happened in the last couple of days",
            "negograph changes --from 2025-05-10 --to 2025-05-12",
        ),
        (
            Some(TRADE),
            "what changed over the past couple of weeks?",
            "negograph changes --from 2025-03-06 --to 2025-03-20",
        ),
        (
            Some(TRADE),
            "anything new in the last few days?",
            "negograph changes --from 2025-03-17 --to 2025-03-20",
        ),
    ] {
        let (commands, notes) = reads(graph, question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
        assert!(
            has_note(&notes, "the window ending at the graph's newest source"),
            "{question}: {notes:?}"
        );
    }
}

#[test]
fn a_party_holding_off_a_measure_it_threatens_is_its_demand_met() {
    let text = "title T\nsource s S 2025-06-01\nparty bma BMA aka \"British Medical Association\"\n\
        party scot \"Scottish Government\"\n\
        bma demands demand =restoration \"Full pay restoration for junior doctors\" addressee scot @s \"full pay restoration\"\n\
        condition refused \"The Scottish Government refuses pay restoration\" actor scot\n\
        bma threatens condition =strike \"Junior doctors strike in Scotland\" target scot trigger refused @s \"will strike unless\"\n";
    let (_dir, path) = crate::common::temp_file("bma.neg", text.as_bytes());
    let file = path.to_str().unwrap();
    for question in [
        "what would get the BMA to hold off on the strike in scotland",
        "what would it take for the BMA to call off the strike?",
    ] {
        let (commands, notes) = reads(Some(file), question);
        assert_eq!(
            commands,
            ["negograph unblock restoration"],
            "{question}: {notes:?}"
        );
        assert!(
            has_note(&notes, "a party holding off a measure it threatens"),
            "{question}: {notes:?}"
        );
    }
    // On the bundled graph: what the sanctions threat presses for.
    let (commands, _) = reads(
        None,
        "what would get Europe to hold off on the new sanctions?",
    );
    assert_eq!(
        commands,
        [
            "negograph unblock ceasefire-30d",
            "negograph unblock ceasefire-full"
        ]
    );
}

#[test]
fn who_brokers_a_position_nobody_mediates_is_the_mediators_in_the_graph() {
    let (commands, notes) = reads(Some(GAZA), "who's brokering the gaza deal");
    assert_eq!(
        commands,
        [
            "negograph who witkoff-proposal --relation mediates",
            "negograph who hamas-version --relation mediates"
        ]
    );
    assert!(
        has_note(&notes, "no party mediates hv-withdrawal"),
        "{notes:?}"
    );
    // A position with a mediator keeps its own.
    let (commands, _) = reads(Some(GAZA), "who mediated the 70-day version?");
    assert_eq!(
        commands,
        ["negograph who hamas-version --relation mediates"]
    );
}

#[test]
fn a_figure_that_fits_two_nodes_answers_both_and_never_one_inside_a_longer_number() {
    let text = "title T\nsource s S 2023-05-22\nparty gov Government\nparty bma BMA\n\
        gov proposes demand =raise \"5% pay rise\" @s \"a 5% pay rise\"\n\
        bma rejects raise @s \"rejected a 5% pay rise\"\n\
        party scot \"Scottish Government\"\n\
        scot proposes demand =pension \"5% pension uplift\" @s \"offered 5% on pensions\"\n\
        scot proposes demand =uplift \"14.5% pay uplift\" @s \"offered 14.5%\"\n";
    let (_dir, path) = crate::common::temp_file("five.neg", text.as_bytes());
    let file = path.to_str().unwrap();
    let (commands, notes) = reads(Some(file), "who is against the 5% offer");
    assert_eq!(
        commands,
        [
            "negograph who raise --side against",
            "negograph who pension --side against"
        ]
    );
    assert!(has_note(&notes, "fits 2 nodes"), "{notes:?}");
    // "The 5% pay" is the 5% pay rise, not the 14.5% pay uplift.
    let (commands, notes) = reads(Some(file), "who is against the 5% pay");
    assert_eq!(
        commands,
        ["negograph who raise --side against"],
        "{notes:?}"
    );
    let (commands, notes) = reads(Some(file), "who turned down the 14.5% offer?");
    assert_eq!(
        commands,
        ["negograph who uplift --side against"],
        "{notes:?}"
    );
}
