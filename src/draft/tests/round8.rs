//! Hand-made sentences for issue 27's eighth round: shapes the reports
//! carried and no rule read ("could not both be on the table", "Union-
//! mediated talks", "union president Ana Ruiz" as a member).

use super::*;

#[test]
fn positions_that_cannot_stand_together_exclude_each_other() {
    let got = read(
        "The Harbour Guild said a pay freeze and new overtime rules could not both be on the table.",
    );
    let found = of(&got, "excludes");
    assert_eq!(found.len(), 1, "{got:#?}");
    assert_eq!(
        (
            found[0].0.as_str(),
            found[0].2.as_str(),
            found[0].3.as_str()
        ),
        ("harbour-guild", "pay freeze", "new overtime rules")
    );
    assert!(found[0].5, "said by the party itself: sure");
    let got =
        read("Lumeria said any deal capping its fleet could not coexist with its fishing rights.");
    let found = of(&got, "excludes");
    assert_eq!(found.len(), 1, "{got:#?}");
    assert_eq!(
        (
            found[0].0.as_str(),
            found[0].2.as_str(),
            found[0].3.as_str()
        ),
        (
            "lumeria",
            "any deal capping its fleet",
            "its fishing rights"
        )
    );
    // An inability alone excludes nothing.
    let got = read("The Harbour Guild said it could not accept the offer and would strike.");
    assert!(of(&got, "excludes").is_empty(), "{got:#?}");
}

#[test]
fn a_name_hyphened_to_mediated_is_the_mediator() {
    let got = read(
        "Lumeria and Nordavia ended a day of Arctic Council-mediated talks in Tromso on Friday.",
    );
    let found = of(&got, "mediates");
    assert_eq!(found.len(), 1, "{got:#?}");
    assert_eq!(found[0].0, "arctic-council");
    assert_eq!(found[0].2, "talks in Tromso");
    assert_eq!(found[0].4, "Arctic Council-mediated talks in Tromso");
    // A word that names no party mediates nothing: no other party is
    // taken for it.
    let got = read("Lumeria and Nordavia resumed church-brokered talks on Friday.");
    assert!(of(&got, "mediates").is_empty(), "{got:#?}");
}

#[test]
fn a_titled_person_after_a_bare_noun_is_a_member_of_its_party() {
    let got = read(
        "The Nordic Dockers Federation rejected the offer. \"We will keep going,\" \
         federation president Ida Roos told a rally.",
    );
    let members = of(&got, "member_of");
    assert_eq!(members.len(), 1, "{got:#?}");
    assert_eq!(members[0].4, "federation president Ida Roos");
    let d = drafted(
        "The Nordic Dockers Federation rejected the offer. \"We will keep going,\" \
         federation president Ida Roos told a rally.",
    );
    let member = d
        .claims
        .iter()
        .find(|c| c.relation == Some(crate::model::Relation::MemberOf))
        .unwrap();
    assert_eq!(member.target.as_deref(), Some("nordic-dockers-federation"));
    assert!(
        member.unsure.is_some(),
        "a member_of is left to the analyst"
    );
}

#[test]
fn agreed_with_a_time_or_place_before_its_to_is_an_acceptance() {
    let got = read("Lumeria agreed on Sunday to a 60-day truce.");
    let found = of(&got, "accepts");
    assert_eq!(found.len(), 1, "{got:#?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].2.as_str()),
        ("lumeria", "60-day truce")
    );
    let got = read("Lumeria agreed in Tromso last month to a 60-day truce.");
    assert_eq!(of(&got, "accepts").len(), 1, "{got:#?}");
    // "agreed" with no "to", or a verb before it, accepts nothing.
    let got = read("Lumeria agreed that the truce had failed.");
    assert!(of(&got, "accepts").is_empty(), "{got:#?}");
    let got = read("Lumeria agreed and said it wanted to sign.");
    assert!(of(&got, "accepts").is_empty(), "{got:#?}");
}

#[test]
fn a_no_until_or_unless_something_happens_is_a_condition() {
    let got =
        read("Lumeria said it would not sign the treaty unless Nordavia lifts its fishing ban.");
    let conditions = of(&got, "conditions_on");
    assert_eq!(conditions.len(), 1, "{got:#?}");
    assert_eq!(
        (
            conditions[0].0.as_str(),
            conditions[0].2.as_str(),
            conditions[0].3.as_str()
        ),
        (
            "lumeria",
            "sign the treaty",
            "Nordavia lifts its fishing ban"
        )
    );
    assert!(conditions[0].5, "{got:#?}");
    assert!(
        of(&got, "rejects").is_empty(),
        "the condition carries the no: {got:#?}"
    );
    // Without a no, "unless" sets off a threat, not a condition.
    let got = read("Lumeria would recall its envoy unless Nordavia lifts its fishing ban.");
    assert!(of(&got, "conditions_on").is_empty(), "{got:#?}");
    // "only once"; a bare noun before "would" is not vouched for.
    let got = read(
        "Lumeria said the government would return to the talks only once Nordavia lifts its ban.",
    );
    let conditions = of(&got, "conditions_on");
    assert_eq!(conditions.len(), 1, "{got:#?}");
    assert_eq!(conditions[0].3, "Nordavia lifts its ban");
    assert!(!conditions[0].5, "{got:#?}");
}

#[test]
fn terms_under_a_proposal_without_a_comma_or_after_a_participle() {
    let got = read(
        "Lumeria tabled a new offer. Under that offer the two regions would get elected assemblies.",
    );
    let terms = of(&got, "part_of");
    assert_eq!(terms.len(), 1, "{got:#?}");
    assert_eq!(terms[0].2, "two regions would get elected assemblies");
    let got = read(
        "Lumeria tabled a new plan. Under the plan, presented in Tromso on Wednesday, Nordavia \
         would cap its catch at 40,000 tonnes.",
    );
    let terms = of(&got, "part_of");
    assert_eq!(terms.len(), 1, "{got:#?}");
    assert!(
        terms[0].2.starts_with("Nordavia would cap its catch"),
        "{got:#?}"
    );
}

#[test]
fn hosting_talks_and_mediating_between_sides_is_mediation() {
    let got = read("Lumeria hosted the third round of talks in Tromso.");
    let found = of(&got, "mediates");
    assert_eq!(found.len(), 1, "{got:#?}");
    assert_eq!(found[0].0, "lumeria");
    // Not anything hosted: a dinner is no talks.
    let got = read("Lumeria hosted a dinner for both delegations.");
    assert!(of(&got, "mediates").is_empty(), "{got:#?}");
    let got = read("The Arctic Council sent a team to Tromso to mediate between the two sides.");
    let found = of(&got, "mediates");
    assert_eq!(found.len(), 1, "{got:#?}");
    assert_eq!(found[0].0, "arctic-council");
}

#[test]
fn a_threat_whose_trigger_comes_first() {
    let got = read("Should Nordavia extend the ban, Lumeria would recall its ambassador.");
    let threats = of(&got, "threatens");
    assert_eq!(threats.len(), 1, "{got:#?}");
    assert_eq!(
        (
            threats[0].0.as_str(),
            threats[0].2.as_str(),
            threats[0].3.as_str()
        ),
        (
            "lumeria",
            "recall its ambassador",
            "Nordavia extend the ban"
        )
    );
    assert!(
        threats[0].5,
        "a named party, a measure of pressure: {got:#?}"
    );
    // "we", after an "if": the speaker's side, to be checked.
    let got = read(
        "\"If there is no offer by Friday, we'll stay out,\" the Harbour Guild said in a statement.",
    );
    let threats = of(&got, "threatens");
    assert_eq!(threats.len(), 1, "{got:#?}");
    assert_eq!(threats[0].0, "harbour-guild");
    assert!(!threats[0].5, "{got:#?}");
    // An "if" inside a clause is no trigger of this kind.
    let got = read("Lumeria said it was unclear if talks would resume.");
    assert!(of(&got, "threatens").is_empty(), "{got:#?}");
}

#[test]
fn a_reported_block_is_drafted_commented_out() {
    let got = read("Lumeria has blocked a clause on fishing quotas since May.");
    let blocks = of(&got, "blocks");
    assert_eq!(blocks.len(), 1, "{got:#?}");
    assert_eq!(blocks[0].0, "lumeria");
    assert!(
        blocks[0].2.starts_with("clause on fishing quotas"),
        "{got:#?}"
    );
    assert!(!blocks[0].5, "{got:#?}");
}

#[test]
fn a_titled_members_surname_later_is_their_party() {
    let got = read(
        "The Nordic Dockers Federation struck on Monday. \"We will not move,\" federation \
         president Ida de Berg told a rally. De Berg rejected the new wage offer of 3%.",
    );
    let rejects = of(&got, "rejects");
    assert!(
        rejects
            .iter()
            .any(|c| c.0 == "nordic-dockers-federation" && c.4.starts_with("De Berg rejected")),
        "{got:#?}"
    );
}
