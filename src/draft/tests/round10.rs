//! Round 10: frictions a new user met drafting real reports (abbreviations
//! cut at their dot, a paper a source told taken for a party, the holder
//! of an exchange, labels cut at "and", verdicts said with "not
//! acceptable", plural pronouns, headlines above source notes, conditions
//! said with "refused to X before Y"). Sentences written for these tests.

use super::*;

/// The speaker of the one claim of `article`.
fn speaker_of(article: &str) -> Option<String> {
    let d = drafted(article);
    assert_eq!(d.claims.len(), 1, "{:#?}", d.claims);
    d.claims[0].speaker.clone()
}

#[test]
fn an_abbreviation_with_dots_is_one_word_of_the_speaker() {
    assert_eq!(
        speaker_of("Israel accepted the Egyptian proposal, according to U.S. officials.")
            .as_deref(),
        Some("U.S. officials")
    );
    assert_eq!(
        speaker_of(
            "U.S. Secretary of State Antony Blinken said Israel accepted the Egyptian proposal."
        )
        .as_deref(),
        Some("U.S. Secretary of State Antony Blinken")
    );
    assert_eq!(
        speaker_of(
            "Israel accepted the Egyptian proposal, U.K. Foreign Secretary David Lammy said."
        )
        .as_deref(),
        Some("U.K. Foreign Secretary David Lammy")
    );
}

#[test]
fn a_name_its_acronym_spells_runs_over_and() {
    let d = drafted("The Justice and Equality Movement (JEM) demanded a share of power.");
    assert_eq!(d.parties.len(), 1, "{:#?}", d.parties);
    assert_eq!(d.parties[0].label, "Justice and Equality Movement (JEM)");
    assert_eq!(d.claims[0].holder, d.parties[0].id);
    // The quote opens with the name, not "JEM) demanded".
    assert_eq!(
        d.claims[0].quote,
        "Justice and Equality Movement (JEM) demanded a share of power"
    );
    // Without an acronym to spell them, "and" joins two parties.
    let d =
        drafted("Talks between Qatar and Egypt ended. Qatar and Egypt demanded a truce in Gaza.");
    assert!(
        d.parties.iter().any(|p| p.label == "Egypt"),
        "{:#?}",
        d.parties
    );
}

#[test]
fn a_label_is_not_cut_inside_between_a_and_b() {
    let (_, relation, target, _, quote, _) =
        one("Hamas accepted a ceasefire between Israel and Hamas on Monday.");
    assert_eq!(relation, "accepts");
    assert_eq!(target, "ceasefire between Israel and Hamas");
    assert_eq!(quote, "Hamas accepted a ceasefire between Israel and Hamas");
    // A pair closed before the "and": the clause after is not the label's.
    let (_, _, target, _, _, _) =
        one("Hamas rejected talks between the two sides and said it would fight on.");
    assert_eq!(target, "talks between the two sides");
}

#[test]
fn a_news_outlet_a_source_told_is_no_party() {
    let d = drafted(
        "A senior Hamas official told The Times of Israel that the group rejected the Egyptian \
         plan. Hamas official Basem Naim told Reuters the group had rejected the Qatari plan.",
    );
    let ids: Vec<&str> = d.parties.iter().map(|p| p.id.as_str()).collect();
    assert!(
        !ids.iter()
            .any(|id| id.contains("times") || id.contains("reuters")),
        "{ids:?}"
    );
    // The group the official speaks for holds the claim, not the paper.
    assert_eq!(d.claims[0].holder, "hamas", "{:#?}", d.claims);
    assert_eq!(d.claims[0].speaker.as_deref(), Some("Hamas official"));
}

#[test]
fn the_party_offering_x_in_exchange_for_y_sets_the_condition() {
    let d = drafted(
        "Hamas offered to release ten hostages in exchange for a six-week pause in fighting, \
         Qatar said.",
    );
    let condition = d
        .claims
        .iter()
        .find(|c| c.relation == Some(Relation::ConditionsOn))
        .expect("a condition");
    assert_eq!(condition.holder, "hamas", "{:#?}", d.claims);
    assert_eq!(condition.speaker.as_deref(), Some("Qatar"));
}

#[test]
fn a_proposal_named_by_its_noun_is_one_proposal_with_its_terms() {
    let d = drafted(
        "Egypt put forward a three-phase plan on Monday. The plan calls for a six-week truce.",
    );
    let plan: Vec<&DraftNode> = d
        .positions
        .iter()
        .filter(|p| p.label.contains("plan"))
        .collect();
    assert_eq!(plan.len(), 1, "{:#?}", d.positions);
    assert_eq!(plan[0].kind, NodeKind::Proposal);
    let term = d
        .claims
        .iter()
        .find(|c| c.relation == Some(Relation::PartOf))
        .expect("a term");
    assert_eq!(term.other.as_deref(), Some(plan[0].id.as_str()));
    // A position named otherwise stays a demand.
    let d = drafted("Hamas demanded the release of all prisoners.");
    assert_eq!(d.positions[0].kind, NodeKind::Demand);
}

#[test]
fn a_verdict_of_not_acceptable_rejects() {
    let (holder, relation, target, _, quote, sure) =
        one("Hamas said the framework of the offer was not acceptable.");
    assert_eq!((holder.as_str(), relation.as_str()), ("hamas", "rejects"));
    assert_eq!(target, "framework of the offer");
    assert_eq!(
        quote,
        "Hamas said the framework of the offer was not acceptable"
    );
    assert!(sure);
    let got = read("The union said the offer was inadequate.");
    assert_eq!(of(&got, "rejects").len(), 1, "{got:#?}");
    // Not a verdict on a proposal: nothing rejected.
    assert!(read("Hamas said the delay was not acceptable.").is_empty());
}

#[test]
fn a_headline_above_or_below_source_notes_drafts_no_claim() {
    for article in [
        "Rebels reject truce terms\n# Title: Rebels reject truce terms\n# Date: 2024-05-01\n\n\
         The union demanded a 5% raise.",
        "# Title: Rebels reject truce terms\n# Date: 2024-05-01\n\nRebels reject truce terms\n\n\
         The union demanded a 5% raise.",
    ] {
        let d = drafted(article);
        assert_eq!(d.claims.len(), 1, "{:#?}", d.claims);
        assert_eq!(d.claims[0].relation, Some(Relation::Demands));
        assert_eq!(d.about.title.as_deref(), Some("Rebels reject truce terms"));
        assert_eq!(d.about.date.as_deref(), Some("2024-05-01"));
    }
}

#[test]
fn refusing_x_before_y_is_a_condition_of_the_refuser() {
    let got = read(
        "The Valdoria government refused to free prisoners before the signing of a ceasefire.",
    );
    assert!(of(&got, "rejects").is_empty(), "{got:#?}");
    let conditions = of(&got, "conditions_on");
    assert_eq!(conditions.len(), 1, "{got:#?}");
    assert_eq!(conditions[0].0, "valdoria-government");
    assert_eq!(conditions[0].2, "free prisoners");
    assert_eq!(conditions[0].3, "signing of a ceasefire");
    // Without a refusal "before" is a time, no condition.
    let got = read("The Valdoria government accepted the truce plan before the deadline.");
    assert!(of(&got, "conditions_on").is_empty(), "{got:#?}");
    assert!(of(&got, "accepts")[0].5, "{got:#?}");
}

#[test]
fn they_after_several_leaders_is_each_of_their_parties() {
    let got = read(
        "German Chancellor Olaf Scholz and French President Emmanuel Macron met on Monday. \
         They insisted that Russia must withdraw its troops.",
    );
    let holders: Vec<&str> = of(&got, "demands").iter().map(|c| c.0.as_str()).collect();
    assert_eq!(holders, ["germany", "france"], "{got:#?}");
    // One party before: "They" is that party alone.
    let got = read("Hamas rejected the Egyptian plan. They insisted that Israel must withdraw.");
    let holders: Vec<&str> = of(&got, "demands").iter().map(|c| c.0.as_str()).collect();
    assert_eq!(holders, ["hamas"], "{got:#?}");
}

#[test]
fn members_of_two_numbered_locals_each_hold_the_claim() {
    let got = read(
        "Members of the Machinists Local 1005 and the Machinists Local 1094 rejected the \
         contract offer on Sunday.",
    );
    let mut holders: Vec<&str> = of(&got, "rejects").iter().map(|c| c.0.as_str()).collect();
    holders.sort_unstable();
    assert_eq!(
        holders,
        ["machinists-local-1005", "machinists-local-1094"],
        "{got:#?}"
    );
    let got = read("Members of Unifor rejected the contract offer.");
    assert_eq!(of(&got, "rejects")[0].0, "unifor", "{got:#?}");
    // "and the" joins two named parties as "and" does.
    let got = read("The U.K. and the E.U. demanded a pause in fighting.");
    assert_eq!(of(&got, "demands").len(), 2, "{got:#?}");
}

#[test]
fn america_and_the_united_states_are_one_party() {
    let d = drafted(
        "America rejected the Egyptian proposal. The United States demanded a ceasefire in Gaza.",
    );
    assert_eq!(d.parties.len(), 1, "{:#?}", d.parties);
    assert!(d.claims.iter().all(|c| c.holder == "us"), "{:#?}", d.claims);
    // A longer name that holds the word is its own party.
    let d = drafted("Talks went on. Latin America rejected the Egyptian proposal.");
    assert_eq!(d.claims[0].holder, "latin-america");
}

#[test]
fn it_in_reference_to_a_demand_is_that_demand() {
    let got = read(
        "Amin Hassan said the government rejected it in reference to JEM's demand for a \
         vice-presidency.",
    );
    let rejects = of(&got, "rejects");
    assert_eq!(rejects.len(), 1, "{got:#?}");
    assert_eq!(rejects[0].0, "government");
    assert_eq!(rejects[0].2, "vice-presidency");
    // The demand is JEM's, not the speaker's.
    let demands = of(&got, "demands");
    assert_eq!(demands.len(), 1, "{got:#?}");
    assert_eq!(demands[0].0, "jem");
    let (_, _, target, _, quote, _) = one("Hamas rejected it, referring to the Egyptian plan.");
    assert_eq!(target, "Egyptian plan");
    assert_eq!(quote, "Hamas rejected it, referring to the Egyptian plan");
}
