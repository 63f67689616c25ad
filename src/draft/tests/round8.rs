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
