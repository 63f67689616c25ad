//! `negograph ask` on the classes of question blind round 4's development
//! part missed at first (issue 25), each checked on phrasings of our own,
//! not the set's: a second party asked "and what about", what hangs over
//! a party, who waits on whom, a go-between, what kicks in "come Friday",
//! a party naming the offer it made, and a group the graph does not hold.

use crate::ask_readings::{GAZA, TRADE, has_note, reads, refused};

const HARBOUR: &str = "tests/data/harbour-strike.json";

#[test]
fn and_what_about_a_second_party_asks_its_stance_too() {
    let (commands, _) = reads(None, "What does Russia want, and how about Ukraine?");
    assert_eq!(
        commands,
        ["negograph stance russia", "negograph stance ukraine"]
    );
    let (commands, _) = reads(None, "where is Trump on this, and what about the West?");
    assert_eq!(
        commands,
        ["negograph stance trump", "negograph stance western-allies"]
    );
    // A second party without "what about" is whom the first wants it of.
    let (commands, notes) = reads(None, "what does Russia want from Ukraine?");
    assert_eq!(commands, ["negograph stance russia"]);
    assert!(has_note(&notes, "not used: 'Ukraine'"), "{notes:?}");
}

#[test]
fn what_hangs_over_a_party_is_the_pressure_on_it() {
    for question in [
        "what threats are looming over Moscow?",
        "what is hanging over Russia?",
    ] {
        let (commands, _) = reads(None, question);
        assert_eq!(commands, ["negograph who russia"], "{question}");
    }
}

#[test]
fn waiting_on_each_other_is_a_deadlock() {
    for question in [
        "who is waiting on whom?",
        "are the three of them waiting for each other?",
    ] {
        let (commands, _) = reads(Some(TRADE), question);
        assert_eq!(commands, ["negograph deadlocks"], "{question}");
    }
}

#[test]
fn a_go_between_is_a_mediator() {
    let (commands, _) = reads(
        Some(HARBOUR),
        "who is the go-between for the union and the port?",
    );
    assert_eq!(
        commands,
        ["negograph who return-to-work --relation mediates"]
    );
    let (commands, _) = reads(
        Some(HARBOUR),
        "who is passing messages between the dockers and management?",
    );
    assert_eq!(
        commands,
        ["negograph who return-to-work --relation mediates"]
    );
}

#[test]
fn what_kicks_in_come_a_weekday_is_what_follows_then() {
    let (commands, notes) = reads(
        Some(HARBOUR),
        "If the strike goes on come Friday, what kicks in?",
    );
    assert_eq!(commands, ["negograph effects strike-past-may"]);
    assert!(
        has_note(&notes, "as 2025-05-09, after the newest source"),
        "{notes:?}"
    );
    let (commands, notes) = reads(
        Some(HARBOUR),
        "what kicks in if the strike goes on come Friday the 16th?",
    );
    assert_eq!(commands, ["negograph effects strike-past-may"]);
    assert!(
        has_note(&notes, "as 2025-05-16, after the newest source"),
        "{notes:?}"
    );
}

#[test]
fn the_party_that_made_an_offer_names_it_and_filters_no_answers() {
    let (commands, _) = reads(
        None,
        "did anybody respond to Zelensky's proposal to meet Putin in person?",
    );
    assert_eq!(commands, ["negograph responses zelensky-putin-meeting"]);
    // Its day is the meeting's, not the day the record is read on.
    let (commands, _) = reads(
        None,
        "has anyone replied to Zelensky's offer to meet Putin in person on Thursday?",
    );
    assert_eq!(commands, ["negograph responses zelensky-putin-meeting"]);
    // Another party is whose answer is asked for; Russia gave none, so
    // every party's answers are read, and the note says so (round 7).
    let (commands, notes) = reads(
        None,
        "how did Russia respond to Zelensky's offer of a meeting?",
    );
    assert_eq!(commands, ["negograph responses zelensky-putin-meeting"]);
    assert!(has_note(&notes, "no answer by russia"), "{notes:?}");
    let (commands, _) = reads(Some(GAZA), "how did Hamas respond to Witkoff's offer?");
    assert_eq!(
        commands,
        ["negograph responses witkoff-proposal --party hamas"]
    );
}

#[test]
fn a_group_the_graph_does_not_hold_asked_its_opinion_is_refused() {
    for (question, group) in [
        (
            "what do farmers in Country C think about the subsidies?",
            "farmers",
        ),
        ("What do steelworkers in Country A want?", "steelworkers"),
    ] {
        let err = refused(Some(TRADE), question);
        assert!(
            err.contains(&format!("no party or node called '{group}'")),
            "{err}"
        );
    }
    // A party it holds is read.
    let (commands, _) = reads(Some(TRADE), "What does Country C think about the tariffs?");
    assert_eq!(commands, ["negograph stance country-c"]);
}

#[test]
fn if_a_party_says_no_what_happens_is_its_refusal_s_effects() {
    for question in [
        "If Putin says no to the ceasefire, what happens?",
        "if Russia rejects the ceasefire that Ukraine and Europe demand next week, what happens then?",
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(
            commands,
            ["negograph effects russia-refuses-30d"],
            "{question}"
        );
        assert!(has_note(&notes, "russia-refuses-30d"), "{notes:?}");
    }
}

#[test]
fn who_pushes_a_party_to_take_something_is_who_is_for_it() {
    for (question, command) in [
        (
            "who is urging Russia to accept the 30-day ceasefire?",
            "negograph who ceasefire-30d --side for",
        ),
        (
            "which countries are pressing Putin to agree to the Zelensky-Putin meeting?",
            "negograph who zelensky-putin-meeting --side for",
        ),
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(commands, [command], "{question}");
        assert!(has_note(&notes, "not used: '"), "{notes:?}");
    }
}

#[test]
fn when_a_party_stopped_or_started_something_reads_its_timeline() {
    for (question, command) in [
        (
            "when did Country B start opposing the tariff cut?",
            "negograph timeline country-b",
        ),
        (
            "When did B drop its demand for the quota rise?",
            "negograph timeline country-b",
        ),
    ] {
        let (commands, _) = reads(Some(TRADE), question);
        assert_eq!(commands, [command], "{question}");
    }
    let (commands, _) = reads(None, "when did Russia stop insisting on the aid pause?");
    assert_eq!(commands, ["negograph timeline russia"]);
}

#[test]
fn a_capital_letter_ending_one_party_s_name_is_that_party() {
    let (commands, notes) = reads(Some(TRADE), "is A at odds with B?");
    assert_eq!(
        commands,
        ["negograph conflicts --party country-a --party country-b"]
    );
    assert!(has_note(&notes, "read 'A' as 'country a'"), "{notes:?}");
    let (commands, _) = reads(Some(TRADE), "what does C want?");
    assert_eq!(commands, ["negograph stance country-c"]);
    // The article opening a question is no party.
    let (commands, _) = reads(Some(TRADE), "A cut in tariffs: who backs it?");
    assert_eq!(commands, ["negograph who tariff-cut --side for"]);
}

#[test]
fn since_an_event_began_in_a_month_runs_from_that_month_to_the_newest_source() {
    for (question, party) in [
        (
            "How has the port's stance shifted since the walkout began in March?",
            "port-authority",
        ),
        (
            "what has the union given up since the strike started in March?",
            "union",
        ),
    ] {
        let (commands, _) = reads(Some(HARBOUR), question);
        assert_eq!(
            commands,
            [format!(
                "negograph changes --from 2025-03-01 --to 2025-05-06 --party {party}"
            )],
            "{question}"
        );
    }
    // "In March" alone is the month.
    let (commands, _) = reads(Some(HARBOUR), "what changed in March?");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-02-28 --to 2025-03-31"]
    );
}

#[test]
fn a_name_narrowed_by_the_name_after_it_reads_the_node_both_fit() {
    for (question, command) in [
        (
            "Who's opposed to the 70-day version?",
            "negograph who hamas-version --side against",
        ),
        (
            "how did Israel respond to the 70-day version?",
            "negograph responses hamas-version --party israel",
        ),
    ] {
        let (commands, _) = reads(Some(GAZA), question);
        assert_eq!(commands, [command], "{question}");
    }
    // Nothing narrows "the 70-day thing": both, and said.
    let (commands, notes) = reads(Some(GAZA), "who is for the 70-day thing?");
    assert_eq!(commands.len(), 2, "{commands:?}");
    assert!(has_note(&notes, "fits 2 nodes"), "{notes:?}");
}

#[test]
fn a_party_s_offer_among_proposals_is_the_one_named_after_it() {
    for (question, party) in [
        ("how did hamas respond to witkoffs offer", "hamas"),
        ("how did Israel react to Witkoff's offer?", "israel"),
    ] {
        let (commands, notes) = reads(Some(GAZA), question);
        assert_eq!(
            commands,
            [format!(
                "negograph responses witkoff-proposal --party {party}"
            )],
            "{question}"
        );
        assert!(
            has_note(
                &notes,
                "named after us; also put forward by it: hamas-version"
            ),
            "{notes:?}"
        );
    }
}

#[test]
fn if_a_party_did_what_a_position_names_what_follows_is_its_effects() {
    for question in [
        "Suppose the West agreed to pause weapons shipments. What would that unlock?",
        "if the West paused its arms deliveries, what would follow?",
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(
            commands,
            ["negograph effects western-aid-pause"],
            "{question}"
        );
        assert!(
            has_note(&notes, "western-allies must act on it"),
            "{notes:?}"
        );
    }
}

#[test]
fn if_a_party_stopped_tying_one_thing_to_another_the_condition_is_dropped() {
    for (question, command) in [
        (
            "suppose C quit linking its subsidies to the tariff cut: is there still a stalemate?",
            "negograph deadlocks --drop subsidy-removal:conditions_on:tariff-cut",
        ),
        (
            "if C stopped tying its subsidies to A's tariffs, what would block the tariff cut?",
            "negograph blockers tariff-cut --drop subsidy-removal:conditions_on:tariff-cut",
        ),
    ] {
        let (commands, notes) = reads(Some(TRADE), question);
        assert_eq!(commands, [command], "{question}");
        assert!(
            has_note(
                &notes,
                "letting the condition subsidy-removal:conditions_on:tariff-cut go"
            ),
            "{notes:?}"
        );
        // The words that let it go are used, not listed as loose.
        assert!(
            !notes
                .iter()
                .any(|n| n.contains("'linking'") || n.contains("'stopped'")),
            "{notes:?}"
        );
    }
    // Met, not let go: assumed.
    let (commands, _) = reads(
        Some(TRADE),
        "if C removes its subsidies, what blocks the tariff cut?",
    );
    assert_eq!(
        commands,
        ["negograph blockers tariff-cut --assume subsidy-removal"]
    );
}

#[test]
fn going_back_to_work_is_the_graph_s_return_to_work() {
    for question in [
        "what is keeping the dockers from getting back to work?",
        "what stands in the way of the strikers going back to work?",
    ] {
        let (commands, notes) = reads(Some(HARBOUR), question);
        assert_eq!(
            commands,
            ["negograph blockers return-to-work"],
            "{question}"
        );
        assert!(has_note(&notes, "as 'return to work'"), "{notes:?}");
    }
}

#[test]
fn if_a_party_dropped_its_demand_its_conditions_are_dropped() {
    for (question, command) in [
        (
            "if Zelensky dropped his precondition, what would block direct talks?",
            "negograph blockers direct-talks --drop direct-talks:conditions_on:ceasefire-30d",
        ),
        (
            "Suppose Moscow waived its demand that the West stop supplying weapons: what blocks direct talks?",
            "negograph blockers direct-talks --drop ceasefire-30d:conditions_on:western-aid-pause --drop ceasefire-full:conditions_on:western-aid-pause",
        ),
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(commands, [command], "{question}");
        assert!(
            has_note(&notes, "read the 'if' clause as letting the condition"),
            "{notes:?}"
        );
        // The parties of the clause say whose demands: used.
        assert!(
            !notes
                .iter()
                .any(|n| n.contains("not used: 'Zelensky'") || n.contains("not used: 'Moscow'")),
            "{notes:?}"
        );
    }
}
