//! Round 14: the twelfth hold-out and real wire prose (a ministry or
//! minister with no country beside it, a two-city dateline, a condition's
//! joining words, a stance of the past). Sentences written for these tests.

use super::*;

#[test]
fn a_ministry_spokesman_speaks_for_the_country_the_sentence_before_opened_with() {
    let got = read(
        "Chile said the treaty has no clause for a pause. \"Water is no chip for \
         Peru to play,\" Foreign Office spokeswoman Mara Vell told reporters. \
         Vell said Chile was willing to hold talks within the commission.",
    );
    let members = of(&got, "member_of");
    assert_eq!(members.len(), 1, "{got:#?}");
    assert_eq!(members[0].2, "", "{got:#?}");
    let proposes = of(&got, "proposes");
    assert_eq!(proposes.len(), 1, "{got:#?}");
    assert_eq!(proposes[0].0, "chile", "{got:#?}");
    assert!(proposes[0].5, "{got:#?}");
    let d = drafted(
        "Chile said the treaty has no clause for a pause. \"Water is no chip for \
         Peru to play,\" Foreign Office spokeswoman Mara Vell told reporters.",
    );
    let member = d
        .claims
        .iter()
        .find(|c| c.relation == Some(crate::model::Relation::MemberOf))
        .expect("a member");
    // The quotation's "Peru" is not the one speaking.
    assert_eq!(member.target.as_deref(), Some("chile"), "{d:#?}");
}

#[test]
fn a_ministry_spokesman_is_a_member_of_the_country_not_of_a_party_called_ministry() {
    let member_target = |article: &str| {
        let d = drafted(article);
        d.claims
            .iter()
            .find(|c| c.relation == Some(crate::model::Relation::MemberOf))
            .and_then(|c| c.target.clone())
    };
    // The sentence before opened with Chile.
    let target = member_target(
        "Chile raised its duties on Peruvian grain. Ministry spokesman Li Ren said \
         Chile wanted Peru to remove its steel surtax.",
    );
    assert_eq!(target.as_deref(), Some("chile"));
    // "Chilean commerce ministry spokesman": the adjective names the country.
    let target = member_target(
        "Peru raised its duties. Chilean commerce ministry spokesman Li Ren said \
         Chile wanted Peru to remove its steel surtax.",
    );
    assert_eq!(target.as_deref(), Some("chile"));
}

#[test]
fn a_dateline_of_two_cities_names_no_party() {
    let d = drafted("SANTIAGO/LIMA, Sept 10 - Chile demanded that Peru lift its tariff.");
    // "SANTIAGO" is where the report was filed, not a name of Chile.
    assert!(
        d.parties
            .iter()
            .all(|p| p.aliases.iter().all(|a| a != "SANTIAGO")),
        "{:#?}",
        d.parties
    );
}

#[test]
fn a_condition_after_but_only_on_a_basis_is_unsure_and_a_lone_verb_drops_only() {
    let got = read(
        "Chile said it was ready to discuss a new treaty, but only on a \
         government-to-government basis and only if the text reflected its needs.",
    );
    let conditions = of(&got, "conditions_on");
    assert!(!conditions.is_empty(), "{got:#?}");
    assert!(conditions.iter().all(|c| !c.5), "{got:#?}");
    assert!(
        conditions.iter().all(|c| !c.2.ends_with(" and")),
        "{got:#?}"
    );
    let got = read("Chile said the price would apply only as long as Peru paid on time.");
    let conditions = of(&got, "conditions_on");
    assert!(
        conditions.iter().all(|c| c.2 != "apply only" && !c.5),
        "{got:#?}"
    );
}

#[test]
fn a_stance_for_years_is_of_the_past_and_left_unsure() {
    let got = read("For years Chile would accept only the arbitration court.");
    assert!(!got.is_empty(), "{got:#?}");
    assert!(got.iter().all(|c| !c.5), "{got:#?}");
    let got = read("Chile would accept the arbitration court.");
    assert!(got.iter().any(|c| c.1 == "accepts" && c.5), "{got:#?}");
}

#[test]
fn a_body_chaired_by_a_country_is_that_country_and_so_is_its_chair() {
    let got = read(
        "The U.S.-chaired committee overseeing the truce met on Monday. \
         Envoy Mara Vell, who chairs the committee, put forward a phased plan on Tuesday.",
    );
    assert!(got.iter().all(|c| !c.0.contains("chaired")), "{got:#?}");
    let proposes = of(&got, "proposes");
    assert_eq!(proposes.len(), 1, "{got:#?}");
    assert_eq!(proposes[0].0, "us", "{got:#?}");
    assert!(proposes[0].5, "{got:#?}");
}

#[test]
fn a_country_s_officials_are_the_country_and_unable_to_agree_is_no_acceptance() {
    let got = read("U.S. officials demanded that Iran halt enrichment.");
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 1, "{got:#?}");
    assert_eq!(demands[0].0, "us", "{got:#?}");
    assert!(demands[0].5, "{got:#?}");
    let got = read("U.S. negotiators were unable to agree to a mini-deal before the deadline.");
    assert!(got.iter().all(|c| !c.5), "{got:#?}");
}
