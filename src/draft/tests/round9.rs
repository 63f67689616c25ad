//! Round 9: general shapes from the table of misses over every spent
//! report folder (a demand said with "must", a rejection whose particle
//! follows its object, refusals in the first person or with "cannot", a
//! term in a follow-on clause). Sentences written for these tests.

use super::*;

#[test]
fn a_demand_said_with_must_is_the_sayers() {
    let got =
        read("The Valdoria government insisted the rebels must withdraw from the river crossings.");
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 1, "{got:#?}");
    assert_eq!(demands[0].0, "valdoria-government");
    assert!(
        demands[0]
            .2
            .starts_with("rebels must withdraw from the river crossings"),
        "{got:#?}"
    );
    assert!(demands[0].5, "{got:#?}");
    // "had to", after "and that", with the sayer named before.
    let got = read(
        "The Harbour Guild said it would keep talking and that any deal had to include back \
         pay for 2024.",
    );
    assert!(
        of(&got, "demands")
            .iter()
            .any(|c| c.0 == "harbour-guild" && c.2.contains("back pay")),
        "{got:#?}"
    );
}

#[test]
fn a_modal_of_need_without_a_sayer_or_in_a_condition_is_no_demand() {
    // No verb of saying: the report's own words, not a party's demand.
    let got = read("The Valdoria government and the rebels must meet again in May.");
    assert!(of(&got, "demands").is_empty(), "{got:#?}");
    // "should X fail": a condition.
    let got = read(
        "The Harbour Guild said it would strike, should the Port Board fail to pay by Friday.",
    );
    assert!(
        !of(&got, "demands").iter().any(|c| c.4.contains("should")),
        "{got:#?}"
    );
    // "what officials said was needed": no subject.
    let got = read("The Port Board offered what the Harbour Guild said was needed to settle.");
    assert!(
        !of(&got, "demands").iter().any(|c| c.4.contains("needed")),
        "{got:#?}"
    );
}

#[test]
fn an_object_between_turned_and_down_is_rejected() {
    let got =
        read("The Harbour Guild demanded a 9% raise. The Port Board turned that demand down.");
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert_eq!(rejects[0].0, "port-board");
    assert!(
        rejects[0].4.ends_with("turned that demand down"),
        "{got:#?}"
    );
    // "turned to", "turned the page": no "down", no rejection.
    let got = read("The Port Board turned to the courts on Monday.");
    assert!(of(&got, "rejects").is_empty(), "{got:#?}");
}

#[test]
fn we_will_not_in_a_quote_is_the_speakers_side_commented() {
    let got = read(
        "\"We will not sign anything that cuts our pensions,\" the Harbour Guild said in a statement.",
    );
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert_eq!(rejects[0].0, "harbour-guild");
    assert!(rejects[0].2.contains("cuts our pensions"), "{got:#?}");
    assert!(!rejects[0].5, "{got:#?}");
    // "We will not accept X" stays the negated acceptance, sure, once.
    let got =
        read("\"We will not accept a contract that cuts our pensions,\" the Harbour Guild said.");
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert!(rejects[0].5, "{got:#?}");
}

#[test]
fn cannot_is_a_refusal_commented_not_when_both_or_you() {
    let got = read("Norway cannot give away the cod its fishermen depend on, the minister said.");
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert_eq!(rejects[0].0, "norway");
    assert!(rejects[0].2.contains("cod"), "{got:#?}");
    assert!(!rejects[0].5, "{got:#?}");
    let got = read("\"You cannot sit at the table and set your own quota,\" Norway said.");
    assert!(of(&got, "rejects").is_empty(), "{got:#?}");
}

#[test]
fn a_follow_on_clause_with_would_is_one_more_term() {
    let got = read(
        "The Valdoria government proposed a swap on Monday. Under the plan, the rebels would \
         free 120 prisoners, while the government would release 300 fighters.",
    );
    let terms = of(&got, "part_of");
    assert_eq!(terms.len(), 2, "{got:#?}");
    assert!(terms[0].2.contains("120 prisoners"), "{got:#?}");
    assert!(
        terms[1]
            .2
            .starts_with("government would release 300 fighters"),
        "{got:#?}"
    );
    assert_eq!(terms[0].3, terms[1].3, "{got:#?}");
    // "and said it would": a verb in the subject, no term.
    let got = read(
        "The Valdoria government proposed a swap on Monday. Under the plan, the rebels would \
         free 120 prisoners, and officials said they would meet again.",
    );
    assert_eq!(of(&got, "part_of").len(), 1, "{got:#?}");
}

#[test]
fn the_company_is_the_party_the_report_called_a_company() {
    let got = read(
        "Pay talks resumed with ground services company Skyline Handling on Monday. The company \
         rejected the union's demand for a 6% raise.",
    );
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert_eq!(rejects[0].0, "skyline-handling");
}

#[test]
fn asking_a_party_to_act_is_a_demand_asking_alone_is_not() {
    let got =
        read("The Valdoria government is asking the Harbour Guild to drop its claim for back pay.");
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 1, "{got:#?}");
    assert_eq!(demands[0].0, "valdoria-government");
    assert!(demands[0].2.starts_with("drop its claim"), "{got:#?}");
    // No party and "to" after it: a question, not a demand.
    let got =
        read("The Valdoria government was asking whether the Harbour Guild would return soon.");
    assert!(of(&got, "demands").is_empty(), "{got:#?}");
}

#[test]
fn whom_a_source_told_is_not_who_spoke() {
    // A new user's real report: "two Arab diplomats told The Times of
    // Israel" made the paper the speaker of Egypt's proposal.
    let d = drafted(
        "Egypt proposed a 12-day truce, two Arab diplomats told The Daily Courier on Monday.",
    );
    let speakers: Vec<Option<&str>> = d.claims.iter().map(|c| c.speaker.as_deref()).collect();
    assert!(
        !speakers
            .iter()
            .any(|s| s.is_some_and(|s| s.contains("Courier"))),
        "{speakers:?}"
    );
    // "Said" with the name after it still names who spoke.
    let d = drafted("Egypt proposed a 12-day truce, said Qatar on Monday.");
    assert_eq!(d.claims[0].speaker.as_deref(), Some("Qatar"));
}
