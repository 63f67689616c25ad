//! One party, one entry (`standing::one_entry_each`): a party that takes
//! the same stand on a position through several claims, its own and its
//! members', is one entry with every claim as evidence, in every answer.
//! Worked by hand, through the real binary.

use serde_json::{Value, json};

use crate::common;

/// Worked by hand. The employer proposes an offer, and so does its chief
/// executive (member) for it; the union rejects it, and so does its
/// president Fain for it, and Fain a second time. So:
/// - `who offer`: proposes: the employer, once (2 claims); rejects: the
///   union, once (3 claims);
/// - `conflicts`: the offer, for: the employer once; against: the union once;
/// - `responses offer`: put forward by the employer once; answered by the
///   union once;
/// - `stance union`: rejects the offer once; `stance employer`: proposes it once;
/// - `blockers offer`: 1 obstacle, the union's refusal, with 3 claims;
/// - `unblock offer`: 1 option, 1 move: the union accepts.
fn offer() -> Value {
    let nodes = [
        ("union", "party"),
        ("fain", "party"),
        ("employer", "party"),
        ("ceo", "party"),
        ("offer", "proposal"),
    ];
    let quoted = |from: &str, rel: &str, to: &str, quote: &str| {
        let mut e = common::edge(from, rel, to);
        e["quote"] = json!(quote);
        e
    };
    let edges = vec![
        quoted("fain", "member_of", "union", "union president Fain"),
        quoted(
            "ceo",
            "member_of",
            "employer",
            "the employer's chief executive",
        ),
        quoted("employer", "proposes", "offer", "the employer offered"),
        quoted(
            "ceo",
            "proposes",
            "offer",
            "the chief executive put it forward",
        ),
        quoted("fain", "rejects", "offer", "Fain rejected the offer"),
        quoted(
            "union",
            "rejects",
            "offer",
            "the union said it is not enough",
        ),
        quoted("fain", "rejects", "offer", "Fain: a no go"),
    ];
    common::doc(&nodes, edges)
}

fn claims(entry: &Value) -> Vec<(Value, String)> {
    std::iter::once(entry)
        .chain(entry["also"].as_array().into_iter().flatten())
        .map(|c| {
            (
                c["speaker"].clone(),
                c["link"]["quote"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_party_and_its_member_taking_one_stand_are_one_entry_everywhere() {
    let (_dir, file) = common::temp_file(
        "offer.json",
        serde_json::to_string_pretty(&offer()).unwrap().as_bytes(),
    );
    let union_claims = vec![
        (json!("fain"), "Fain rejected the offer".to_owned()),
        (Value::Null, "the union said it is not enough".to_owned()),
        (json!("fain"), "Fain: a no go".to_owned()),
    ];
    let employer_claims = vec![
        (Value::Null, "the employer offered".to_owned()),
        (
            json!("ceo"),
            "the chief executive put it forward".to_owned(),
        ),
    ];

    let who = common::json_ok(&file, &["who", "offer"]);
    let groups = who["groups"].as_array().unwrap();
    let group = |r: &str| groups.iter().find(|g| g["relation"] == r).unwrap()["parties"].clone();
    assert_eq!(group("proposes").as_array().unwrap().len(), 1, "{who}");
    assert_eq!(claims(&group("proposes")[0]), employer_claims, "{who}");
    assert_eq!(group("rejects").as_array().unwrap().len(), 1, "{who}");
    assert_eq!(group("rejects")[0]["id"], "union", "{who}");
    assert_eq!(claims(&group("rejects")[0]), union_claims, "{who}");

    let against = common::json_ok(&file, &["who", "offer", "--side", "against"]);
    assert_eq!(claims(&against["groups"][0]["parties"][0]), union_claims);
    assert_eq!(against["groups"][0]["parties"].as_array().unwrap().len(), 1);

    let conflicts = common::json_ok(&file, &["conflicts"]);
    let c = &conflicts["conflicts"][0];
    assert_eq!(c["for"].as_array().unwrap().len(), 1, "{conflicts}");
    assert_eq!(claims(&c["for"][0]), employer_claims);
    assert_eq!(c["against"].as_array().unwrap().len(), 1, "{conflicts}");
    assert_eq!(claims(&c["against"][0]), union_claims);

    let responses = common::json_ok(&file, &["responses", "offer"]);
    assert_eq!(
        responses["put_by"].as_array().unwrap().len(),
        1,
        "{responses}"
    );
    assert_eq!(claims(&responses["put_by"][0]), employer_claims);
    assert_eq!(responses["responses"].as_array().unwrap().len(), 1);
    assert_eq!(claims(&responses["responses"][0]), union_claims);

    let stance = common::json_ok(&file, &["stance", "union"]);
    let rejects: Vec<&Value> = stance["positions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["relation"] == "rejects")
        .collect();
    assert_eq!(rejects.len(), 1, "{stance}");
    assert_eq!(claims(rejects[0]), union_claims);

    let blockers = common::json_ok(&file, &["blockers", "offer"]);
    let list = blockers["blockers"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{blockers}");
    assert_eq!(list[0]["kind"], "refusal");
    assert_eq!(list[0]["holder"], "union");
    assert_eq!(claims(&list[0]), union_claims);
    let text = common::run_ok(&file, &["blockers", "offer"]);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("1 obstacle:"), "{text}");
    assert!(
        text.contains("refusal: Label of union rejects Label of offer"),
        "{text}"
    );

    let unblock = common::json_ok(&file, &["unblock", "offer"]);
    let options = unblock["options"].as_array().unwrap();
    assert_eq!(options.len(), 1, "{unblock}");
    assert_eq!(
        options[0]["moves"].as_array().unwrap().len(),
        1,
        "{unblock}"
    );

    // The text names the party once, and who spoke each claim.
    let text = common::run_ok(&file, &["who", "offer"]);
    assert_eq!(text.matches("Label of union [union]").count(), 1, "{text}");
    assert!(
        text.contains("and, through Label of ceo, for Label of employer:"),
        "{text}"
    );
}
