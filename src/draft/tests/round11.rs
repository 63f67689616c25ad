//! Round 11: kinds of claims missed on real reports (countries named by
//! their adjective, titles "of" a country, passives, mediators named, "both
//! sides", possessives and proposals "from" a party). Sentences written for
//! these tests.

use super::*;

#[test]
fn a_minister_of_a_country_named_by_its_adjective_speaks_for_it() {
    let got = read("Malaysian Prime Minister Tan Wei Ming proposed a border truce on Monday.");
    let proposes = of(&got, "proposes");
    assert_eq!(proposes.len(), 1, "{got:#?}");
    assert_eq!(proposes[0].0, "malaysia");
    assert_eq!(proposes[0].2, "border truce");
    let d = drafted("Malaysian Prime Minister Tan Wei Ming proposed a border truce on Monday.");
    let member = d
        .claims
        .iter()
        .find(|c| c.relation == Some(Relation::MemberOf));
    let member = member.expect("the title makes the minister a member");
    assert_eq!(member.target.as_deref(), Some("malaysia"));
    assert_eq!(member.quote, "Malaysian Prime Minister Tan Wei Ming");
    let d = drafted("Cambodian officials rejected the border truce plan.");
    assert_eq!(d.claims[0].holder, "cambodia");
}

#[test]
fn an_acting_minister_of_a_country_speaks_for_it() {
    let d = drafted("Acting Cambodian Prime Minister Sok Dara rejected the border truce plan.");
    assert_eq!(d.claims[0].holder, "cambodia", "{:#?}", d.claims);
    assert_eq!(d.claims[0].relation, Some(Relation::Rejects));
}

#[test]
fn a_minister_of_a_country_named_after_the_name_speaks_for_it() {
    let d = drafted(
        "Foreign Minister Karim Hassan of Egypt rejected the truce plan on Sunday. \
         Hassan also demanded a halt to the shelling.",
    );
    let holders: Vec<_> = d
        .claims
        .iter()
        .filter(|c| c.relation != Some(Relation::MemberOf))
        .map(|c| c.holder.as_str())
        .collect();
    assert_eq!(holders, ["egypt", "egypt"], "{:#?}", d.claims);
    let member = d
        .claims
        .iter()
        .find(|c| c.relation == Some(Relation::MemberOf));
    let member = member.expect("the title makes the minister a member");
    assert_eq!(member.holder, "hassan");
    assert_eq!(member.target.as_deref(), Some("egypt"));
    assert_eq!(member.quote, "Foreign Minister Karim Hassan of Egypt");
    // An organisation not named before is no party yet: the person speaks.
    let d = drafted("Labour Secretary Ana Ruiz of the Workers Party proposed a wage freeze.");
    assert!(
        d.claims
            .iter()
            .all(|c| c.relation != Some(Relation::MemberOf)),
        "{:#?}",
        d.claims
    );
}

#[test]
fn a_passive_with_its_auxiliary_names_the_holder_after_by() {
    let got = read("The latest offer was rejected by the Dockers Union on Friday.");
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert_eq!(rejects[0].0, "dockers-union");
    assert_eq!(rejects[0].2, "latest offer");
    assert_eq!(
        rejects[0].4,
        "latest offer was rejected by the Dockers Union"
    );
    // "his offer": the possessive ends the position.
    let got = read("The talks went on, but his offer was rejected by the Dockers Union.");
    assert_eq!(of(&got, "rejects")[0].2, "offer", "{got:#?}");
}

#[test]
fn a_passive_inside_another_claims_position_is_a_claim_too_unsure() {
    let got = read("The Dockers Union rejected the pension terms proposed by the Port Authority.");
    let proposes = of(&got, "proposes");
    assert_eq!(proposes.len(), 1, "{got:#?}");
    assert_eq!(proposes[0].0, "port-authority");
    assert_eq!(proposes[0].2, "pension terms");
    assert!(!proposes[0].5, "read inside another position: unsure");
    assert_eq!(of(&got, "rejects")[0].0, "dockers-union");
}

#[test]
fn mediators_named_before_a_verb_of_passing_on_mediate_what_they_pass() {
    let got = read(
        "Mediators Norway and Oman have passed a new truce plan to the rebels, officials said.",
    );
    let mediates = of(&got, "mediates");
    let holders: Vec<_> = mediates.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(holders, ["norway", "oman"], "{got:#?}");
    assert!(mediates.iter().all(|c| c.2 == "new truce plan" && c.5));
    // Mediators who only speak pass nothing on.
    assert!(
        of(
            &read("Mediators Norway and Oman said the talks would resume."),
            "mediates"
        )
        .is_empty()
    );
}

#[test]
fn a_mediator_named_inside_an_agreement_mediates_the_talks() {
    let got = read(
        "The two governments agreed to a truce and to open talks on the river dispute \
         under the mediation of Kenya.",
    );
    let mediates = of(&got, "mediates");
    assert_eq!(mediates.len(), 1, "{got:#?}");
    assert_eq!(mediates[0].0, "kenya");
    assert_eq!(mediates[0].2, "talks on the river dispute");
    // Talks named by their subject keep their words.
    let got = read("The border talks were mediated by Qatar.");
    assert_eq!(of(&got, "mediates")[0].2, "border talks", "{got:#?}");
}

#[test]
fn a_possessive_after_a_plural_name_owns_its_demand() {
    let got =
        read("The talks stalled over Hamas\u{2019} demand for a full cessation of hostilities.");
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 1, "{got:#?}");
    assert_eq!(demands[0].0, "hamas");
    assert_eq!(demands[0].2, "full cessation of hostilities");
    let got = read("The deal fell short of the Teachers' demand for smaller classes.");
    assert_eq!(of(&got, "demands")[0].2, "smaller classes", "{got:#?}");
}

#[test]
fn both_sides_are_the_two_parties_last_named_together() {
    let d = drafted(
        "Malaysia has offered to host the talks, its foreign minister said. \
         Malaysian officials said they had spoken to the leaders of Thailand and Cambodia. \
         Malaysia will send observers, Malaysian officials said. \
         Both sides agreed to meet on Monday to negotiate a truce.",
    );
    let accepts: Vec<_> = d
        .claims
        .iter()
        .filter(|c| c.relation == Some(Relation::Accepts))
        .map(|c| c.holder.as_str())
        .collect();
    assert_eq!(accepts, ["thailand", "cambodia"], "{:#?}", d.claims);
}

#[test]
fn a_proposal_from_a_party_is_its_proposal() {
    let got = read(
        "The Dockers Union said it declined a proposal from the Port Authority to enter binding mediation.",
    );
    let proposes = of(&got, "proposes");
    assert_eq!(proposes.len(), 1, "{got:#?}");
    assert_eq!(proposes[0].0, "port-authority");
    assert_eq!(proposes[0].2, "enter binding mediation");
    assert_eq!(
        proposes[0].4,
        "proposal from the Port Authority to enter binding mediation"
    );
}
