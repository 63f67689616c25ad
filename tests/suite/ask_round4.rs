//! `negograph ask` on the readings added for round 4 of issue 25: the words
//! a graph spells otherwise (a capital for its government, "truce" for
//! "ceasefire", "nine percent" for "9%"), the pressure on every party,
//! who considers a position and who takes part in talks (format 1.2), and
//! questions the graph cannot speak to. Expected answers were worked out by
//! hand from the graphs' files (tests/data/neg/summit.neg is the source of
//! tests/data/summit.json).

use super::ask_readings::{has_note, reads, refused};
use crate::common::negograph;

const HARBOUR: &str = "tests/data/harbour-strike.json";
const SUMMIT: &str = "tests/data/summit.json";

#[test]
fn a_capital_or_a_synonym_is_read_as_the_graphs_word_with_a_note() {
    let (commands, notes) = reads(None, "What is Kyiv asking for?");
    assert_eq!(commands, ["negograph stance ukraine"]);
    assert!(has_note(&notes, "read 'Kyiv' as 'ukraine'"), "{notes:?}");
    let (commands, notes) = reads(None, "what needs to happen first for a 30 day truce");
    assert_eq!(commands, ["negograph requires ceasefire-30d"]);
    assert!(has_note(&notes, "read 'truce' as 'ceasefire'"), "{notes:?}");
    // A word the graph holds is its own: Moscow is an alias of russia.
    let (_, notes) = reads(None, "what does Moscow want?");
    assert!(!has_note(&notes, "read 'Moscow'"), "{notes:?}");
}

#[test]
fn quantities_match_whichever_way_they_are_spelt() {
    for question in [
        "Who backs the nine percent offer?",
        "Who backs the 9 percent offer?",
        "who backs the 9 per cent offer",
    ] {
        let (commands, _) = reads(Some(HARBOUR), question);
        assert_eq!(
            commands,
            ["negograph who pay-offer-9 --side for"],
            "{question}"
        );
    }
}

#[test]
fn pressure_on_a_party_is_threats_against_it_and_demands_addressed_to_it() {
    let out = negograph()
        .args(["-f", SUMMIT, "who", "upstream", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let groups: Vec<(&str, usize)> = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["relation"].as_str().unwrap(),
                g["parties"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(groups, [("threatens", 1), ("demands", 2)]);
    let text = negograph()
        .args(["-f", SUMMIT, "who", "upstream"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.starts_with("Who threatens or makes demands of Upstream Republic"),
        "{text}"
    );
    assert!(
        text.contains("demands A five-year moratorium on new dams"),
        "{text}"
    );
    // Nameless: every party under pressure.
    let (commands, notes) = reads(Some(SUMMIT), "who is putting pressure on whom?");
    assert_eq!(commands, ["negograph who upstream"]);
    assert!(has_note(&notes, "for each party under any"), "{notes:?}");
    let (commands, _) = reads(None, "Who is putting pressure on whom?");
    assert_eq!(commands, ["negograph who russia"]);
    let (commands, _) = reads(Some(SUMMIT), "what pressure is Highcastle under");
    assert_eq!(commands, ["negograph who upstream"]);
}

#[test]
fn who_considers_and_who_takes_part_are_their_relations() {
    for (question, command) in [
        (
            "who is weighing the dam moratorium?",
            "negograph who dam-moratorium --relation considers",
        ),
        (
            "who hasn't made up their mind on the moratorium",
            "negograph who dam-moratorium --relation considers",
        ),
        (
            "who is taking part in the Geneva summit?",
            "negograph who summit --relation takes_part_in",
        ),
        (
            "which parties are attending the summit?",
            "negograph who summit --relation takes_part_in",
        ),
        (
            "who is at the talks",
            "negograph who summit --relation takes_part_in",
        ),
    ] {
        let (commands, _) = reads(Some(SUMMIT), question);
        assert_eq!(commands, [command], "{question}");
    }
}

#[test]
fn a_party_not_in_the_graph_is_refused_by_name() {
    let error = refused(
        Some("graph/trade-talks.json"),
        "What does the EU make of all this?",
    );
    assert!(error.contains("no party or node called 'EU'"), "{error}");
}

#[test]
fn a_question_the_graph_cannot_speak_to_is_refused_saying_why() {
    for (graph, question, what) in [
        (
            None,
            "how many people have died since the talks were proposed",
            "not casualties ('died')",
        ),
        (
            None,
            "how much territory does Russia hold?",
            "not the fighting on the ground ('territory')",
        ),
        (
            Some(HARBOUR),
            "how much money has the strike cost the port",
            "not money or the economy",
        ),
        (
            Some(SUMMIT),
            "how much water flows down the river each year",
            "no count or amount of 'water'",
        ),
    ] {
        let error = refused(graph, question);
        assert!(error.contains(what), "{question}: {error}");
        assert!(
            error.contains("negograph ask \""),
            "{question}: closest forms: {error}"
        );
    }
    // A word of that kind the graph names is a name: the dead hostages.
    let (commands, _) = reads(
        Some("graph/examples/gaza-2025-05-26.json"),
        "who proposed the release of the dead hostages?",
    );
    assert!(!commands.is_empty());
}

#[test]
fn every_partys_position_on_an_issue_reads_the_issues() {
    let gaza = Some("graph/examples/gaza-2025-05-26.json");
    for question in [
        "Lay out every party's position on each issue",
        "where does everyone stand on how long the ceasefire should last",
        "what are the issues on the table",
    ] {
        let (commands, _) = reads(gaza, question);
        assert_eq!(commands, ["negograph issues"], "{question}");
    }
    let (_, notes) = reads(
        gaza,
        "where does everyone stand on how long the ceasefire should last",
    );
    assert!(has_note(&notes, "read 'how long' as 'length'"), "{notes:?}");
}

#[test]
fn where_things_will_stand_if_nobody_moves_is_the_record_read_forward() {
    let (commands, notes) = reads(None, "Where will things stand next Monday if nobody moves?");
    assert_eq!(commands, ["negograph show"]);
    assert!(
        has_note(
            &notes,
            "read 'next monday' as 2025-05-19, after the newest source (2025-05-12)"
        ),
        "{notes:?}"
    );
    assert!(
        has_note(&notes, "read 'if nobody moves' as the record as it stands"),
        "{notes:?}"
    );
    let (commands, _) = reads(Some(HARBOUR), "where will the dispute stand tomorrow?");
    assert_eq!(commands, ["negograph show"]);
}

#[test]
fn the_question_after_an_if_clause_and_a_partys_line() {
    let (commands, notes) = reads(None, "if Moscow says no to the 30 day ceasefire what then");
    assert_eq!(commands, ["negograph effects russia-refuses-30d"]);
    assert!(
        has_note(&notes, "read as ceasefire-30d not happening"),
        "{notes:?}"
    );
    let (commands, _) = reads(None, "what's Putin's line");
    assert_eq!(commands, ["negograph stance russia"]);
    // "What would it take" is unblock's, not a party's take.
    let (commands, _) = reads(
        Some("graph/examples/gaza-2025-05-26.json"),
        "What would it take for Israel to accept Hamas's version?",
    );
    assert_eq!(commands, ["negograph unblock hamas-version"]);
    let (commands, _) = reads(
        Some("graph/trade-talks.json"),
        "walk me through how this unfolded",
    );
    assert_eq!(commands, ["negograph timeline"]);
}

#[test]
fn a_verb_after_a_name_is_a_noun_and_at_the_table_is_taking_part() {
    // "The arbitration offer": no proposer asked for; weighing it is.
    let (commands, _) = reads(Some(HARBOUR), "who is weighing the arbitration offer?");
    assert_eq!(commands, ["negograph who arbitration --relation considers"]);
    let (commands, _) = reads(Some(SUMMIT), "who is sitting at the table in Geneva?");
    assert_eq!(commands, ["negograph who summit --relation takes_part_in"]);
    let (commands, _) = reads(
        Some(SUMMIT),
        "is Upstream still undecided on the dam moratorium?",
    );
    assert_eq!(
        commands,
        ["negograph responses dam-moratorium --party upstream"]
    );
    let (commands, _) = reads(None, "who is Europe threatening?");
    assert_eq!(commands, ["negograph stance european-leaders"]);
    // "Arming" is aid, not a subject the graph cannot speak to.
    let error = refused(
        None,
        "if the West stopped arming Ukraine, what would that change?",
    );
    assert!(!error.contains("cannot answer"), "{error}");
}

#[test]
fn a_plan_is_the_graphs_proposal_and_the_first_of_march_is_a_day() {
    let (commands, notes) = reads(
        Some("graph/examples/gaza-2025-05-26.json"),
        "what's in the 70-day plan?",
    );
    assert_eq!(commands, ["negograph show hamas-version"]);
    assert!(has_note(&notes, "read 'plan' as 'proposal'"), "{notes:?}");
    let (commands, _) = reads(
        Some("graph/trade-talks.json"),
        "what has changed since the first of March?",
    );
    assert_eq!(
        commands,
        ["negograph changes --from 2025-03-01 --to 2025-03-20"]
    );
}

#[test]
fn who_takes_part_or_is_undecided_without_a_name_reads_every_such_claim() {
    let (commands, _) = reads(Some(SUMMIT), "who is taking part?");
    assert_eq!(commands, ["negograph who summit --relation takes_part_in"]);
    let (commands, _) = reads(Some(SUMMIT), "is anyone still undecided?");
    assert_eq!(
        commands,
        ["negograph who dam-moratorium --relation considers"]
    );
    // A graph with no such claim says so: "none" is the answer (round 5,
    // issue 25: exit 0 with a note over the whole record, not exit 2).
    let (commands, notes) = reads(None, "who is taking part?");
    assert_eq!(commands, ["negograph show"]);
    assert!(
        has_note(&notes, "no party takes part in anything"),
        "{notes:?}"
    );
    let (commands, _) = reads(None, "what threats are hanging over Moscow");
    assert_eq!(commands, ["negograph who russia"]);
}
