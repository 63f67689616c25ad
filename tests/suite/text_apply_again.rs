//! A fragment that repeats what the graph records, as `convert` writes it
//! or as an analyst applies an edited draft a second time: accepted, with
//! nothing changed and the file left byte for byte; a repeated node or
//! source that changes a field is refused, naming the field.

use crate::common::{fails, negograph, run_ok};
use crate::text_format::{convert, fixtures, neg};

/// The graph's text as a fragment: without the lines only a whole graph
/// has (`negograph` and `title`).
fn as_fragment(text: &str) -> String {
    let mut fragment = String::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with("negograph ") && !l.starts_with("title "))
    {
        fragment.push_str(line);
        fragment.push('\n');
    }
    fragment
}

#[test]
fn every_fixture_applied_to_itself_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for (i, json) in fixtures(dir.path()).iter().enumerate() {
        let copy = dir.path().join(format!("{i}.copy.json"));
        std::fs::copy(json, &copy).unwrap();
        let text = dir.path().join(format!("{i}.neg"));
        convert(json, &text);
        let fragment = dir.path().join(format!("{i}.fragment.neg"));
        std::fs::write(
            &fragment,
            as_fragment(&std::fs::read_to_string(&text).unwrap()),
        )
        .unwrap();
        let said = run_ok(&copy, &["apply", fragment.to_str().unwrap()]);
        assert!(
            said.ends_with("no change: the file already says this\n"),
            "{}: {said}",
            json.display()
        );
        // Hand-formatted files too: nothing changed, nothing rewritten.
        assert_eq!(
            std::fs::read(&copy).unwrap(),
            std::fs::read(json).unwrap(),
            "{}",
            json.display()
        );
    }
}

#[test]
fn a_repeated_node_or_source_that_changes_a_field_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("talks.json");
    convert(&neg("talks.neg"), &json);
    let talks = std::fs::read_to_string(neg("talks.neg")).unwrap();
    let party = talks
        .lines()
        .find(|l| l.starts_with("party "))
        .expect("talks.neg defines a party");
    let source = talks
        .lines()
        .find(|l| l.starts_with("source "))
        .expect("talks.neg defines a source");
    let renamed = party.replace(" aka ", " aka \"someone else\" ");
    assert_ne!(renamed, party, "the party has aliases to change");
    let cases = [
        (format!("{renamed}\n"), "another `aka`"),
        (
            format!("{source}\n  url https://example.org/other\n"),
            "another value",
        ),
    ];
    let before = std::fs::read(&json).unwrap();
    for (k, (text, said)) in cases.iter().enumerate() {
        let fragment = dir.path().join(format!("change-{k}.neg"));
        std::fs::write(&fragment, text).unwrap();
        let err = fails(
            negograph().arg("-f").arg(&json).arg("apply").arg(&fragment),
            1,
        );
        assert!(err.contains(said), "{text}: {err}");
        assert!(err.contains(&format!("change-{k}.neg:")), "{err}");
        assert_eq!(std::fs::read(&json).unwrap(), before, "nothing written");
    }
}

#[test]
fn a_status_change_dated_by_a_weekday_applied_again_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("talks.json");
    negograph()
        .args(["new", json.to_str().unwrap(), "--title", "Trade talks"])
        .assert()
        .success();
    let fragment = dir.path().join("talks.neg");
    std::fs::write(
        &fragment,
        "source wire \"Talks ended\" 2025-06-28\n@wire\n\
         party a \"Country A\"\n\
         demand talks \"Trade talks\"\n  on Friday cancelled \"we are ending the talks\"\n\
         a rejects talks since Friday \"we are ending the talks\"\n",
    )
    .unwrap();
    let first = run_ok(&json, &["apply", fragment.to_str().unwrap()]);
    assert!(first.contains("added demand 'talks'"), "{first}");
    let recorded = std::fs::read(&json).unwrap();
    let again = run_ok(&json, &["apply", fragment.to_str().unwrap()]);
    assert!(
        again.ends_with("no change: the file already says this\n"),
        "{again}"
    );
    assert_eq!(std::fs::read(&json).unwrap(), recorded);
}
