//! Kinds of reading fixed by branch ask-28 (issue 25), each checked on
//! sentences written for this file, not the blind sets' own: a typo of a
//! word that is no name nor cue (see also `ask_variants`), two parties'
//! distance, a change over the whole record, a supposition opened by
//! "say" or by "suppose" and a comma.

use super::ask_readings::{TRADE, has_note, reads};

#[test]
fn how_far_apart_two_parties_are_is_their_conflicts() {
    let (commands, _) = reads(None, "how far apart are ukraine and russia really?");
    assert_eq!(
        commands,
        ["negograph conflicts --party ukraine --party russia"]
    );
    let (commands, _) = reads(Some(TRADE), "how far apart are country a and country b");
    assert_eq!(
        commands,
        ["negograph conflicts --party country-a --party country-b"]
    );
    // Proposals named, or no two parties: not conflicts.
    let (commands, _) = reads(
        Some(super::ask_readings::GAZA),
        "how far apart are the two proposals?",
    );
    assert_eq!(
        commands,
        ["negograph compare witkoff-proposal hamas-version"]
    );
}

#[test]
fn a_partys_line_changing_over_time_is_its_timeline() {
    for (question, party) in [
        ("has the kremlin's view changed over time?", "russia"),
        ("have ukraine's demands evolved over time", "ukraine"),
    ] {
        let (commands, _) = reads(None, question);
        assert_eq!(
            commands,
            [format!("negograph timeline {party}")],
            "{question}"
        );
    }
}

#[test]
fn say_or_suppose_and_a_comma_open_a_supposition() {
    for question in [
        "say the west paused aid, what would still block direct talks",
        "let's say the West paused aid, what would still block direct talks?",
        "Suppose, for the sake of argument, the West paused aid; what would still block direct talks?",
    ] {
        let (commands, notes) = reads(None, question);
        assert_eq!(
            commands,
            ["negograph blockers direct-talks --assume western-aid-pause"],
            "{question}"
        );
        assert!(!has_note(&notes, "'say'"), "{notes:?}");
    }
    // "say" inside a question is what a party said.
    let (commands, _) = reads(None, "what did russia say about the 30-day ceasefire?");
    assert_eq!(
        commands,
        ["negograph responses ceasefire-30d --party russia"]
    );
}

const R06: &str = "tests/data/round5/r06.json";
const R08: &str = "tests/data/round5/r08.json";

#[test]
fn a_figure_names_the_offer_that_holds_it_and_a_package_not_its_term() {
    // r06: "Stellantis's 21% offer" (a proposal) and the union's "21% pay
    // increase" (a demand) both hold 21: "deal" names the offer, said so.
    let (commands, notes) = reads(Some(R06), "who is behind the 21% deal?");
    assert_eq!(commands, ["negograph who public-offer-by-jeep --side for"]);
    assert!(
        has_note(
            &notes,
            "union-highly-competitive-21 also holds the figure 21"
        ),
        "{notes:?}"
    );
    // r08: one node holds 77; an article before the figure names it.
    let (commands, notes) = reads(Some(R08), "who wants the 77%?");
    assert_eq!(commands, ["negograph who pay-77 --side for"]);
    assert!(
        has_note(&notes, "as part of '77-percent pay increase'"),
        "{notes:?}"
    );
    // Gaza: "70-day" is in Hamas's version and its 70-day ceasefire term;
    // the package is read, not the term, and said so.
    let (commands, notes) = reads(
        Some(super::ask_readings::GAZA),
        "what is blocking the 70-day deal?",
    );
    assert_eq!(commands, ["negograph blockers hamas-version"]);
    assert!(
        has_note(&notes, "the package, not its term hv-ceasefire"),
        "{notes:?}"
    );
    // A figure no name holds is no name.
    let why = super::ask_readings::refused(Some(R08), "who wants the 55% deal?");
    assert!(!why.contains("pay-"), "{why}");
}

const R10: &str = "tests/data/round6/r10.json";
const HARBOUR: &str = "tests/data/harbour-strike.json";

#[test]
fn ever_of_a_record_where_nothing_ended_is_the_newest_day_and_said() {
    let (commands, notes) = reads(
        Some(R10),
        "has the us ever answered the offer of zero tariffs?",
    );
    assert_eq!(commands, ["negograph responses zero-tariffs"]);
    assert!(
        has_note(&notes, "nothing in the record has ended"),
        "{notes:?}"
    );
    // The harbour record has ended claims: "ever" is all time there.
    let (commands, _) = reads(Some(HARBOUR), "what has the union ever rejected?");
    assert_eq!(commands, ["negograph stance union --all-time"]);
}

#[test]
fn a_word_no_cue_is_spelt_with_is_read_as_the_cue_it_means_and_said() {
    let (commands, notes) = reads(None, "any warnings against russia?");
    assert_eq!(commands, ["negograph who russia"]);
    assert!(
        has_note(&notes, "read 'warnings' as 'threats'"),
        "{notes:?}"
    );
    let (commands, notes) = reads(None, "anything fresh since tuesday?");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-05-05 --to 2025-05-12"]
    );
    assert!(has_note(&notes, "read 'fresh' as 'new'"), "{notes:?}");
    // "Package" is the graph's "deal" where its names say deal.
    let (commands, notes) = reads(Some(TRADE), "who is holding up the three-way package?");
    assert_eq!(commands, ["negograph blockers trade-deal"]);
    assert!(has_note(&notes, "read 'package' as 'deal'"), "{notes:?}");
}

#[test]
fn two_positions_named_by_figures_are_compared_as_they_are() {
    let (commands, notes) = reads(Some(R08), "compare the 62% deal with the 77%");
    assert_eq!(commands, ["negograph compare pay-62 pay-77"]);
    assert!(has_note(&notes, "none of them a proposal"), "{notes:?}");
}

#[test]
fn a_country_the_graph_does_not_hold_is_refused_however_it_is_typed() {
    // Lower case, the possessive without its apostrophe.
    let why = super::ask_readings::refused(None, "what is frances view on the ceasefire?");
    assert!(why.contains("'france'"), "{why}");
    let why = super::ask_readings::refused(Some(TRADE), "does the eu back the tariff cut?");
    assert!(why.contains("'eu'"), "{why}");
}

const R04: &str = "tests/data/round5/r04.json";

#[test]
fn how_a_party_received_an_offer_it_alone_answered_is_the_offers_reception() {
    for question in [
        "how did tehran react to the US offer?",
        "how has iran answered the nuclear deal proposal?",
    ] {
        let (commands, notes) = reads(Some(R04), question);
        assert_eq!(
            commands,
            ["negograph responses recent-u-s-nuclear"],
            "{question}"
        );
        assert!(has_note(&notes, "only iran answered it"), "{notes:?}");
    }
    // Where others answered too, the party's own answers.
    let (commands, _) = reads(
        Some(super::ask_readings::GAZA),
        "how did hamas react to witkoff's offer?",
    );
    assert_eq!(
        commands,
        ["negograph responses witkoff-proposal --party hamas"]
    );
}

#[test]
fn a_typo_of_a_one_word_name_with_a_bare_possessive_is_the_name() {
    let (commands, notes) = reads(
        Some(super::ask_readings::GAZA),
        "what does netanyhus government want",
    );
    assert_eq!(commands, ["negograph stance israel"]);
    assert!(
        has_note(&notes, "read 'netanyhus' as 'netanyahu'"),
        "{notes:?}"
    );
}
