//! Round 13: real wire prose and the eleventh hold-out (a bare "the
//! company" for a side named without the word, "expects", ultimatums,
//! "If not, ..."). Sentences written for these tests.

use super::*;

#[test]
fn expects_a_party_to_is_a_demand_and_expected_to_resume_is_none() {
    let got = read("Hamas expects Israel to release all prisoners.");
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 1, "{got:#?}");
    assert_eq!(demands[0].0, "hamas");
    assert_eq!(demands[0].2, "release all prisoners");
    assert!(demands[0].5, "{got:#?}");
    let got = read("Talks are expected to resume on Monday, Hamas said.");
    assert!(of(&got, "demands").is_empty(), "{got:#?}");
}

#[test]
fn if_not_makes_no_trigger_named_not() {
    let got = read(
        "Utopia demanded a ceasefire by Friday. If not, Utopia would resume strikes on the port.",
    );
    let threats = of(&got, "threatens");
    assert_eq!(threats.len(), 1, "{got:#?}");
    assert_eq!(threats[0].0, "utopia");
    assert_eq!(threats[0].2, "resume strikes on the port");
    assert_eq!(threats[0].3, "", "{got:#?}");
    // A trigger of more words than "not" is kept.
    let got = read("If talks fail, Utopia would resume strikes on the port.");
    assert_eq!(of(&got, "threatens")[0].3, "talks fail", "{got:#?}");
}

#[test]
fn the_company_is_the_side_named_most_when_no_name_says_company() {
    let article = "Skyrail presented a final offer to the drivers' union GDL. \
                   The union rejected the final offer. Skyrail said on Monday \
                   that the company would not agree to a 35-hour week.";
    let got = read(article);
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 2, "{got:#?}");
    assert_eq!(rejects[0].0, "gdl");
    assert_eq!(rejects[1].0, "skyrail", "{got:#?}");
    assert!(rejects[1].5, "{got:#?}");
    // "the ministry" is a third party, not a side.
    let got = read(
        "Skyrail presented a final offer to the drivers' union GDL. \
         A mediator from the ministry has been mediating between the two sides.",
    );
    assert!(
        got.iter().all(|c| c.1 != "mediates" || c.0 != "skyrail"),
        "{got:#?}"
    );
}

#[test]
fn an_ultimatum_is_a_threat_and_a_demand_by_the_one_setting_it() {
    let got = read("Utopia told Atlantis to agree to a ceasefire or face new strikes.");
    let threats = of(&got, "threatens");
    assert_eq!(threats.len(), 1, "{got:#?}");
    assert_eq!(threats[0].0, "utopia");
    assert_eq!(threats[0].2, "new strikes");
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 1, "{got:#?}");
    assert_eq!(demands[0].0, "utopia");
    assert_eq!(demands[0].2, "agree to a ceasefire");
    // No one "agrees to" the ultimatum.
    assert!(of(&got, "accepts").is_empty(), "{got:#?}");
    // Set by the speaker: "had two weeks to agree ... or face ...".
    let got =
        read("Atlantis had two weeks to agree to the truce or face a new offensive, Utopia said.");
    let threats = of(&got, "threatens");
    assert_eq!(threats.len(), 1, "{got:#?}");
    assert_eq!(threats[0].0, "utopia");
    assert_eq!(threats[0].2, "new offensive");
    assert!(of(&got, "accepts").is_empty(), "{got:#?}");
}

#[test]
fn ready_to_walk_off_the_job_if_and_refusing_to_work_unless_are_threats() {
    let got = read(
        "Unifor said its members were prepared to walk off the job on Monday if the talks failed.",
    );
    let threats = of(&got, "threatens");
    assert_eq!(threats.len(), 1, "{got:#?}");
    assert_eq!(threats[0].0, "unifor");
    assert_eq!(threats[0].2, "walk off the job");
    assert_eq!(threats[0].3, "talks failed");
    assert!(of(&got, "proposes").is_empty(), "{got:#?}");
    let got = read("Unifor said its members would also refuse to work unless a deal is reached.");
    let threats = of(&got, "threatens");
    assert_eq!(threats.len(), 1, "{got:#?}");
    assert_eq!(threats[0].2, "refuse to work");
    assert_eq!(threats[0].3, "deal is reached");
    assert!(of(&got, "rejects").is_empty(), "{got:#?}");
}

#[test]
fn port_louis_and_mauritian_are_mauritius() {
    let got = read(
        "Mauritian officials rejected the draft treaty. \
         Port Louis was seeking payments linked to inflation.",
    );
    let holders: Vec<_> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(holders, ["mauritius", "mauritius"], "{got:#?}");
}

#[test]
fn must_after_a_partys_demands_is_theirs() {
    // Said after: the speaker's demand, sure.
    let got = read(
        "Hamas demanded a full withdrawal. Israel must also release all prisoners, Hamas said.",
    );
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 2, "{got:#?}");
    assert_eq!(demands[1].0, "hamas");
    assert_eq!(demands[1].2, "Israel must also release all prisoners");
    assert!(demands[1].5, "{got:#?}");
    // No one says it: the party whose demands the paragraph lists, unsure.
    let got = read(
        "Utopia demanded a ceasefire on Monday. Atlantis must also commit to curbs on its army.",
    );
    let demands = of(&got, "demands");
    let curbs = demands
        .iter()
        .find(|c| c.2.contains("curbs"))
        .expect("{got:#?}");
    assert_eq!(curbs.0, "utopia", "{got:#?}");
    assert!(!curbs.5, "{got:#?}");
    // Never the party the demand is made of.
    let got = read("Atlantis demanded talks. Atlantis must also free the prisoners.");
    assert!(
        got.iter()
            .all(|c| !c.2.contains("free the prisoners") || c.0 != "atlantis"),
        "{got:#?}"
    );
}

#[test]
fn other_demands_included_are_the_last_demanders() {
    let got = read("Hamas demanded a full withdrawal. Other demands included a prisoner release.");
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 2, "{got:#?}");
    assert_eq!(demands[1].0, "hamas");
    assert_eq!(demands[1].2, "prisoner release");
    assert!(demands[1].5, "{got:#?}");
    let d = drafted("Hamas demanded a full withdrawal. Other demands included a prisoner release.");
    assert!(
        d.parties.iter().all(|p| p.label != "Other"),
        "{:#?}",
        d.parties
    );
}

#[test]
fn a_packages_terms_in_a_list_of_acts_are_each_a_term() {
    let got = read(
        "The army proposed a package. The package included cancelling martial law and holding elections.",
    );
    let terms: Vec<_> = of(&got, "part_of").iter().map(|c| c.2.clone()).collect();
    assert_eq!(
        terms,
        ["cancelling martial law", "holding elections"],
        "{got:#?}"
    );
}

#[test]
fn a_demand_by_a_party_for_something_is_theirs() {
    let got = read("Sudan rejected a demand by JEM for a vice-presidency.");
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 1, "{got:#?}");
    assert_eq!(demands[0].0, "jem");
    assert_eq!(demands[0].2, "vice-presidency");
}

#[test]
fn a_us_backed_plan_is_no_support() {
    // A guard: round 12 already reads "X-backed" as no stance; kept here
    // as this round's brief lists it among the misses to hold.
    let got = read(
        "Hamas rejected the U.S.-backed plan on Monday. The U.S.-backed plan calls for a truce.",
    );
    assert!(of(&got, "supports").is_empty(), "{got:#?}");
    assert_eq!(of(&got, "rejects").len(), 1, "{got:#?}");
}

#[test]
fn must_x_before_we_y_makes_x_a_precondition_of_y() {
    let got = read("Hamas said Israel must withdraw its troops before we sign any deal.");
    let conditions = of(&got, "conditions_on");
    assert_eq!(conditions.len(), 1, "{got:#?}");
    assert_eq!(conditions[0].0, "hamas");
    assert_eq!(conditions[0].2, "we sign any deal");
    assert_eq!(conditions[0].3, "Israel must withdraw its troops");
    // The demand stays.
    assert_eq!(of(&got, "demands").len(), 1, "{got:#?}");
}

#[test]
fn a_lawmaker_or_personnel_director_named_with_a_party_speaks_for_it() {
    let got = read(
        "Hezbollah rejected the plan. Hezbollah lawmaker Ali Mrad rejected any talks on its arsenal.",
    );
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 2, "{got:#?}");
    assert_eq!(rejects[1].0, "hezbollah", "{got:#?}");
    let got = read(
        "Skyrail tabled a final offer. Skyrail personnel director Ulrike Brandt \
         rejected a 35-hour week with full pay.",
    );
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert_eq!(rejects[0].0, "skyrail", "{got:#?}");
}

#[test]
fn a_note_in_capitals_above_the_headline_leaves_the_headline_undrafted() {
    let article = "FICTION: written as test input. Every name is invented.\n\n\
                   Utopia offers truce to Atlantis\n\n\
                   Utopia proposed a ceasefire on Monday.";
    let got = read(article);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].2, "ceasefire");
    // A first line that is a sentence with a colon in it is no note.
    let got = read("Utopia said: we proposed a ceasefire.\n\nUtopia proposed a truce on Monday.");
    assert!(got.iter().any(|c| c.2 == "truce"), "{got:#?}");
}
