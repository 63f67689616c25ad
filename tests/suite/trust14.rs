//! A blind tester's findings (round 14), each worked by hand on a small
//! graph: the failing answer before the fix, in words.

use crate::common;

/// A payment plan of two instalments (its terms) that the payer accepts only
/// once the price is agreed (its precondition), and a discount that needs
/// the plan. `unblock discount` planned the two payments before the price
/// agreed, the order the payer's quote rules out ("agreed first before it
/// starts making any payments"): a package's own preconditions come before
/// its terms, which deliver it.
const PLAN: &str = "\
negograph 1.2
title Payments after the price

source s1 \"Report\" 2014-05-29

party ru \"Russia\"
party ua \"Ukraine\"
proposal plan \"Pay $2bn, then $500m\" actor ua
  demand first \"Pay $2bn by 30 May\" actor ua
  demand second \"Pay $500m by 7 June\" actor ua
condition price \"The price agreed first\" actor ru
demand discount \"A price discount\" actor ru

@s1
ru proposes plan \"Moscow proposed that Kiev pay\"
ua accepts plan \"Kiev will pay\"
plan conditions_on price by ua \"the price should be agreed first before it starts making any payments\"
discount conditions_on plan by ru \"as a precondition for a discount\"
";

#[test]
fn unblock_delivers_a_packages_preconditions_before_its_terms() {
    let (_dir, file) = common::temp_file("plan.neg", PLAN.as_bytes());
    let answer = common::json_ok(&file, &["unblock", "discount"]);
    let plans: Vec<Vec<&str>> = answer["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            o["then"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["id"].as_str().unwrap())
                .collect()
        })
        .collect();
    let with_price: Vec<_> = plans.iter().filter(|p| p.contains(&"price")).collect();
    assert!(!with_price.is_empty(), "{answer}");
    for plan in with_price {
        let at = |id: &str| plan.iter().position(|&s| s == id).unwrap();
        assert!(at("price") < at("first"), "{plan:?}");
        assert!(at("price") < at("second"), "{plan:?}");
        assert!(at("plan") < at("discount"), "{plan:?}");
    }
}

/// `deadlocks --assume X` printed "No deadlocks" with no word that X was
/// only assumed met (the bundled graph's deadlock is gone once the West's
/// aid pause is taken as met): every answer that does not list its
/// assumptions itself says them on standard error; `blockers`, which
/// prints "assuming met:", does not say them twice.
#[test]
fn an_assume_what_if_is_said_in_every_answer() {
    let file = common::builtin_graph_path();
    let assume = ["--assume", "western-aid-pause"];
    let stderr = |args: &[&str]| {
        let out = common::succeeds(common::negograph().arg("-f").arg(&file).args(args));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let note = "note: what if: the answer takes western-aid-pause as met (--assume)";
    for args in [
        &["deadlocks"][..],
        &["conflicts"][..],
        &["stance", "russia"][..],
        &["who", "ceasefire-30d"][..],
        &["deadlocks", "--json"][..],
    ] {
        let with: Vec<&str> = args.iter().chain(&assume).copied().collect();
        assert!(stderr(&with).contains(note), "{args:?}");
        assert!(!stderr(args).contains("what if"), "{args:?}");
    }
    let blockers = stderr(&["blockers", "ceasefire-30d", assume[0], assume[1]]);
    assert!(!blockers.contains("what if"), "{blockers}");
}

/// `link` of a claim already recorded, with no citation, wrote a second,
/// unsourced copy (exit 0) that `check` then warned was recorded twice and
/// `stance` printed as an empty "and, directly:". It is refused, saying how
/// to cite it again; the file is untouched.
#[test]
fn link_of_a_recorded_claim_without_a_citation_is_refused() {
    let (_dir, file) = common::temp_file(
        "g.json",
        &std::fs::read(common::builtin_graph_path()).unwrap(),
    );
    let before = std::fs::read(&file).unwrap();
    let err = common::fails(
        common::negograph().arg("-f").arg(&file).args([
            "link",
            "ukraine",
            "demands",
            "ceasefire-30d",
        ]),
        2,
    );
    assert!(
        err.contains(
            "ukraine demands ceasefire-30d is already recorded; to cite it again give --source"
        ),
        "{err}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

/// A position whose status is `rejected` ("rejected in April") was answered
/// "Nothing blocks" with no word of the status, while `show` and `who` said
/// it was rejected and a withdrawn one got a sentence. `blockers`, `unblock`
/// and `effects` say the reported status first, then answer as of an open
/// position (docs/semantics.md: a status settles nothing); before April,
/// when it was open, nothing is said.
#[test]
fn a_rejected_status_is_said_before_every_answer_about_the_position() {
    let file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/examples/dated-talks.json");
    for command in ["blockers", "unblock", "effects"] {
        let said = common::run_ok(&file, &[command, "cap"]);
        assert!(
            said.contains("is rejected (its status, as a source reports it)"),
            "{command}: {said}"
        );
        let before = common::run_ok(&file, &[command, "cap", "--as-of", "2025-03-01"]);
        assert!(!before.contains("is rejected"), "{command}: {before}");
    }
    let json = common::json_ok(&file, &["blockers", "cap"]);
    assert_eq!(json["rejected"], true, "{json}");
}
