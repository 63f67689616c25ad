//! Hand-made sentences for issue 27's seventh round: claims that unseen
//! text carried in shapes no rule read (a proposal's terms listed after
//! its noun, an inverted "should", a chair overseeing talks, an objection).

use super::*;

#[test]
fn terms_listed_after_a_proposals_noun_are_part_of_it() {
    let got = read(
        "Nordline tabled a three-point plan: a toll freeze for island residents, a new ferry \
         to the islands, and joint inspections of the cranes.",
    );
    let terms = of(&got, "part_of");
    let labels: Vec<_> = terms.iter().map(|c| c.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "toll freeze for island residents",
            "new ferry to the islands",
            "joint inspections of the cranes"
        ],
        "{got:#?}"
    );
    assert!(
        terms
            .iter()
            .all(|c| c.0 == "nordline" && c.3 == "three-point plan")
    );
    // "and" inside an item is not the list's last "and".
    let got = read(
        "Nordline tabled a draft built on a toll freeze, two routes from Tromso and the \
         northern islands, and a joint committee.",
    );
    let labels: Vec<_> = of(&got, "part_of").iter().map(|c| c.2.clone()).collect();
    assert_eq!(
        labels,
        [
            "toll freeze",
            "two routes from Tromso and the northern islands",
            "joint committee"
        ],
        "{got:#?}"
    );
    // One item is no list; an attribution ends one.
    let got = read("Nordline tabled a plan: a toll freeze until 2028.");
    assert!(of(&got, "part_of").is_empty(), "{got:#?}");
    let got = read(
        "Nordline tabled a plan including a toll freeze and a new ferry, a company official said.",
    );
    let labels: Vec<_> = of(&got, "part_of").iter().map(|c| c.2.clone()).collect();
    assert_eq!(labels, ["toll freeze", "new ferry"], "{got:#?}");
}

#[test]
fn a_measure_should_a_party_fail_is_a_threat() {
    let got = read(
        "The Harbour Guild would stage a 48-hour strike on May 2 should Nordline fail \
         to improve its wage offer.",
    );
    let threats = of(&got, "threatens");
    assert_eq!(threats.len(), 1, "{got:#?}");
    assert_eq!(threats[0].0, "harbour-guild");
    assert!(threats[0].2.contains("48-hour strike"), "{got:#?}");
    assert!(threats[0].3.contains("Nordline fail"), "{got:#?}");
    // "should" as a duty is no trigger.
    let got = read("The Harbour Guild would stage a strike and workers should stay home.");
    assert!(of(&got, "threatens").is_empty(), "{got:#?}");
}

#[test]
fn a_body_overseeing_talks_mediates_and_an_objection_rejects() {
    let got = read("The Arctic Council has been overseeing the ferry talks since June.");
    let mediates = of(&got, "mediates");
    assert_eq!(mediates.len(), 1, "{got:#?}");
    assert_eq!(mediates[0].0, "arctic-council");
    let got = read("Nordline has objected to a toll on foreign ferries.");
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert_eq!(rejects[0].2, "toll on foreign ferries");
}

#[test]
fn a_damning_verdict_on_a_proposal_rejects_it() {
    let got = read("The Harbour Guild called the toll offer \"an insult\" on Monday.");
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert_eq!(
        (rejects[0].0.as_str(), rejects[0].2.as_str()),
        ("harbour-guild", "toll offer")
    );
    assert!(rejects[0].5, "{got:#?}");
    // In a relative clause: the party between the proposal and the verb.
    let got = read("Nordline tabled a wage package the Harbour Guild described as \"a pay cut\".");
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert_eq!(rejects[0].0, "harbour-guild");
    // A verdict that does not damn is no rejection.
    let got = read("The Harbour Guild called the toll offer \"a good start\".");
    assert!(of(&got, "rejects").is_empty(), "{got:#?}");
    // "the offer" alone: which one is the reader's to check.
    let got = read("The Harbour Guild said the offer fell short of its demands.");
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert!(!rejects[0].5, "{got:#?}");
}

#[test]
fn a_side_remark_after_under_the_plan_is_not_its_term() {
    let got = read(
        "Nordline tabled a ferry plan on Monday. Under the plan, a copy of which was seen \
         by reporters, a joint commission would issue fishing permits to both fleets.",
    );
    let terms = of(&got, "part_of");
    assert_eq!(terms.len(), 1, "{got:#?}");
    assert!(
        terms[0].2.starts_with("joint commission would issue"),
        "{got:#?}"
    );
    // A clause with no "which", "who" or verb of saying is the term itself.
    let got = read(
        "Nordline tabled a ferry plan on Monday. Under the plan, fleets would share the \
         permits, and a commission would set the quota.",
    );
    let terms = of(&got, "part_of");
    assert!(
        terms.iter().any(|c| c.2.starts_with("fleets would share")),
        "{got:#?}"
    );
}
