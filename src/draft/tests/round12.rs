//! Round 12: a new user's first real reports (notes above the report, a
//! dateline naming a country, a name with its acronym, an object wanted
//! done, "backed" that backs nothing). Sentences written for these tests.

use super::*;

fn party_labels(d: &Draft) -> Vec<&str> {
    d.parties.iter().map(|p| p.label.as_str()).collect()
}

#[test]
fn notes_above_the_report_name_no_party() {
    let d = drafted(
        "# Title: Utopia Gives Atlantis a Month for a Deal\n\
         # Date: 2024-03-01\n\
         # URL: https://example.com/WorldHomePage/News/Border-Talks-Stall-123\n\n\
         The rebels would not sign a truce until the president stepped down.\n\n\
         Utopia met Atlantis on Monday. Both sides sought to avoid a collapse of the talks.",
    );
    let labels = party_labels(&d);
    assert!(
        labels
            .iter()
            .all(|l| !l.contains("HomePage") && !l.contains("Month")),
        "{labels:?}"
    );
    // The notes still fill the source line.
    assert_eq!(d.about.date.as_deref(), Some("2024-03-01"));
    assert!(
        d.about
            .url
            .as_deref()
            .is_some_and(|u| u.contains("WorldHomePage"))
    );
}

#[test]
fn the_country_of_a_dateline_is_no_party() {
    let d = drafted(
        "KORVALA, Utopia (Wire) - Atlantis's main rebel group rejected the border plan on Friday.",
    );
    assert!(
        d.claims.iter().all(|c| c.holder != "utopia"),
        "{:#?}",
        d.claims
    );
    // A country in the report's own sentences is still a party.
    let d = drafted("KORVALA, Utopia (Wire) - Utopia rejected the border plan on Friday.");
    assert_eq!(d.claims[0].holder, "utopia", "{:#?}", d.claims);
}

#[test]
fn a_name_spelled_by_its_acronym_is_one_party() {
    let d = drafted(
        "The Free Movement for Justice and Peace (FMJP) rejected the border plan. \
         The FMJP also rejected the truce offer.",
    );
    let holders: Vec<_> = d.claims.iter().map(|c| c.holder.as_str()).collect();
    assert_eq!(holders, ["fmjp", "fmjp"], "{:#?}", d.claims);
    assert_eq!(
        party_labels(&d),
        ["Free Movement for Justice and Peace (FMJP)"]
    );
}

#[test]
fn an_object_wanted_done_keeps_its_relative_clause_and_participle() {
    let got = read("Atlantis wants the sanctions, which date from the border war, lifted.");
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 1, "{got:#?}");
    assert_eq!(demands[0].0, "atlantis");
    assert_eq!(
        demands[0].2,
        "sanctions, which date from the border war, lifted"
    );
    // A relative clause not closed by a participle stays out.
    let got = read("Atlantis wants the sanctions, which date from the border war, to end soon.");
    assert_eq!(of(&got, "demands")[0].2, "sanctions");
}

#[test]
fn backing_away_and_a_backed_court_are_no_support() {
    let got = read(
        "Atlantis backed away from an earlier commitment to hold border talks. \
         Its leader was indicted by a U.N.-backed tribunal for war crimes.",
    );
    assert!(of(&got, "supports").is_empty(), "{got:#?}");
    let got = read("Utopia backed the border plan on Friday.");
    assert_eq!(of(&got, "supports").len(), 1, "{got:#?}");
}
