//! Hand-made sentences for the rules of issue 27's fourth round: threats
//! that no word calls one.

use super::*;

#[test]
fn a_measure_of_pressure_on_a_condition_is_a_threat() {
    let got = read(
        "The Ferry Guild met Nordline Shipping on Monday. \
         The Ferry Guild would walk away from the talks if Nordline cut night crews.",
    );
    let threat = got
        .iter()
        .find(|c| c.1 == "threatens")
        .unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(threat.0, "ferry-guild");
    assert_eq!(threat.2, "walk away from the talks");
    assert_eq!(threat.3, "Nordline cut night crews");
    assert!(threat.5, "{threat:?}");
    // "might be forced to" leads to the measure.
    let got = read(
        "Talks with Nordline Shipping stalled. \
         Nordline Shipping might be forced to close two routes unless fuel prices fall.",
    );
    assert!(
        got.iter()
            .any(|c| c.1 == "threatens" && c.2 == "close two routes"),
        "{got:#?}"
    );
}

#[test]
fn an_offer_on_a_condition_or_a_concession_is_no_threat() {
    for article in [
        // An offer a party would make on a condition.
        "The Ferry Guild would sign the deal if Nordline Shipping paid 5%.",
        // "Only if" sets a condition; "even if" concedes.
        "The Ferry Guild would suspend the strike only if Nordline Shipping paid 5%.",
        "The Ferry Guild would resume talks even if Nordline Shipping cut crews.",
        // No condition: a plan, not a threat.
        "The Ferry Guild would suspend the strike on Friday.",
    ] {
        let got = read(article);
        assert!(
            got.iter().all(|c| c.1 != "threatens"),
            "{article}: {got:#?}"
        );
    }
}

#[test]
fn his_side_is_the_party_of_the_one_who_speaks() {
    let got = read(
        "Talks with Nordline Shipping stalled. The Ferry Guild's chief negotiator, Ida Roos, \
         told reporters his side demanded a 9% rise.",
    );
    let demand = got.iter().find(|c| c.1 == "demands");
    assert_eq!(
        demand.map(|c| c.0.as_str()),
        Some("ferry-guild"),
        "{got:#?}"
    );
    // Opening a sentence: the party the sentence before opened with.
    let got = read(
        "The Ferry Guild rejected the 4% offer from Nordline Shipping. \
         His side demanded a 9% rise instead, Roos said.",
    );
    let demand = got.iter().find(|c| c.1 == "demands");
    assert_eq!(
        demand.map(|c| c.0.as_str()),
        Some("ferry-guild"),
        "{got:#?}"
    );
}

#[test]
fn both_sides_are_the_two_parties_named_most() {
    let got = read(
        "The Ferry Guild met Nordline Shipping in Bergen, with the Coastal Board as host. \
         The Ferry Guild rejected a 4% offer. Nordline Shipping said the Ferry Guild wanted too \
         much. Both sides accepted a 30-day truce on Friday.",
    );
    let mut accepting: Vec<&str> = got
        .iter()
        .filter(|c| c.1 == "accepts")
        .map(|c| c.0.as_str())
        .collect();
    accepting.sort_unstable();
    assert_eq!(accepting, ["ferry-guild", "nordline-shipping"], "{got:#?}");
}
