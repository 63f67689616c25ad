//! A claim that declares its target where it names it (`bma rejects demand
//! "5% pay rise" "QUOTE"`): the node is declared once, named again the same
//! way, takes fields it lacks from a later mention and refuses a change, and
//! a fragment applied twice changes nothing the second time.

use std::path::PathBuf;

use crate::common::{self, fails, run_ok};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const HEAD: &str = "title T\nsource itv \"ITV\" 2023-05-22\nparty bma \"British Medical Association\" aka BMA\nparty government \"the government\"\n";

fn read(body: &str) -> negograph::model::Document {
    negograph::text::parse("t.neg", &format!("{HEAD}{body}")).unwrap_or_else(|e| panic!("{e}"))
}

fn refused(body: &str) -> String {
    negograph::text::parse("t.neg", &format!("{HEAD}{body}"))
        .err()
        .unwrap_or_else(|| panic!("read: {body}"))
        .to_string()
}

#[test]
fn a_claim_declares_its_target_once_and_names_it_again_by_label() {
    let doc = read(
        "BMA rejects demand \"5% pay rise\"  \"BMA rejected a 5% pay rise\"\n\
         government proposes demand \"5% PAY RISE\" quantity \"5%\"  \"their pay offer of 5%\"\n\
         bma demands demand a deal that restores pay  \"seeking a deal that restores pay\"\n",
    );
    let ids: Vec<&str> = doc.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "bma",
            "government",
            "5-pay-rise",
            "a-deal-that-restores-pay"
        ]
    );
    let raise = &doc.nodes[2];
    assert_eq!(raise.label, "5% pay rise");
    assert_eq!(raise.quantity(), Some("5%"), "the later mention gave it");
    let ends: Vec<(&str, String, &str)> = doc
        .edges
        .iter()
        .map(|e| {
            (
                doc.ref_id(e.from()),
                e.relation().to_string(),
                doc.ref_id(e.to()),
            )
        })
        .collect();
    assert_eq!(
        ends,
        [
            ("bma", "rejects".to_owned(), "5-pay-rise"),
            ("government", "proposes".to_owned(), "5-pay-rise"),
            ("bma", "demands".to_owned(), "a-deal-that-restores-pay"),
        ]
    );
    assert_eq!(doc.edges[1].quote(), Some("their pay offer of 5%"));
    // The canonical text declares every node on its own line, and reads
    // back as the same graph.
    let text = negograph::text::to_text(&doc);
    assert!(
        text.contains("demand 5-pay-rise \"5% pay rise\" quantity 5%\n"),
        "{text}"
    );
    let back = negograph::text::parse("t.neg", &text).unwrap();
    assert_eq!((back.nodes, back.edges), (doc.nodes, doc.edges));
}

#[test]
fn a_taken_id_gets_a_number_and_another_kind_is_another_node() {
    let doc = read(
        "demand 5-pay-rise \"Five per cent\"\n\
         bma rejects demand \"5% pay rise\"  \"q\"\n\
         bma threatens condition \"5% pay rise\" target government  \"q2\"\n",
    );
    let ids: Vec<&str> = doc.nodes[2..].iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["5-pay-rise", "5-pay-rise-2", "5-pay-rise-3"]);
    assert_eq!(doc.nodes[4].kind.to_string(), "condition");
}

#[test]
fn node_fields_go_to_the_node_and_claim_fields_to_the_claim() {
    let doc = read(
        "bma threatens condition \"72-hour walkout\" actor bma scheduled 2023-06-14 target government since 2023-05-20 note \"announced\"  \"will stage a 72-hour walkout\"\n",
    );
    let walkout = doc.nodes.last().unwrap();
    assert_eq!(walkout.actor(), ["bma"]);
    assert!(walkout.note.is_none());
    let claim = &doc.edges[0];
    // On a line that cites, `note` is the citation's, as on any claim line.
    assert_eq!(
        claim.citations().next().and_then(|c| c.note),
        Some("announced")
    );
    assert_eq!(
        claim.since().map(|d| d.to_string()).as_deref(),
        Some("2023-05-20")
    );
    assert_eq!(claim.target().map(|t| doc.ref_id(t)), Some("government"));
}

#[test]
fn a_changed_field_and_a_missing_label_are_refused_where_written() {
    let err = refused(
        "bma rejects demand \"5% pay rise\" quantity 5%  \"q\"\n\
         government proposes demand \"5% pay rise\" quantity 6%  \"q\"\n",
    );
    assert!(err.contains("t.neg:6:"), "{err}");
    assert!(
        err.contains("'5% pay rise' is declared already (id '5-pay-rise') with another `quantity`"),
        "{err}"
    );
    for line in ["bma rejects demand\n", "bma rejects demand @itv \"q\"\n"] {
        let err = refused(line);
        assert!(err.contains("t.neg:5:13:"), "{err}");
        assert!(err.contains("write its label next"), "{err}");
    }
    // Nor the aliases a node has (fields change with `set`).
    let err = refused(
        "party bma2 \"B2\"\nbma2 rejects party \"British Medical Association\" aka Whitehall  \"q\"\n",
    );
    assert!(err.contains("another `aka`"), "{err}");
}

#[test]
fn a_fragment_applied_twice_adds_nothing_the_second_time() {
    let (_dir, graph) = common::temp_file(
        "t.json",
        &std::fs::read(repo().join("graph/trade-talks.json")).unwrap(),
    );
    let fragment = repo().join("graph/fragments/trade-0325.neg");
    let first = run_ok(&graph, &["apply", fragment.to_str().unwrap()]);
    assert!(first.contains("added demand 'a-40-000-t-quota'"), "{first}");
    assert!(
        first.contains("linked country-b proposes a-40-000-t-quota"),
        "{first}"
    );
    let after = std::fs::read(&graph).unwrap();
    let again = run_ok(&graph, &["apply", fragment.to_str().unwrap()]);
    assert!(again.contains("no change"), "{again}");
    assert_eq!(std::fs::read(&graph).unwrap(), after, "byte for byte");
    // A mention that would change the node is refused whole, nothing written.
    let (_d, changed) = common::temp_file(
        "f.neg",
        b"\"Country C\" rejects demand \"A 40,000 t quota\" quantity \"45000 tonnes\"  \"q\"\n",
    );
    let err = fails(
        common::negograph()
            .arg("-f")
            .arg(&graph)
            .arg("apply")
            .arg(&changed),
        1,
    );
    assert!(err.contains("another `quantity`"), "{err}");
    assert_eq!(std::fs::read(&graph).unwrap(), after);
}

#[test]
fn an_id_given_with_the_kind_is_the_nodes_and_names_it_elsewhere() {
    let doc = read(
        "bma rejects demand =raise \"5% pay rise\"  \"q\"\n\
         government proposes raise  \"q2\"\n\
         bma demands demand =raise  @itv \"q3\"\n",
    );
    assert_eq!(doc.nodes[2].id, "raise");
    assert_eq!(doc.nodes[2].label, "5% pay rise");
    assert_eq!(doc.nodes.len(), 3, "one node, named three ways");
    assert!(doc.edges.iter().all(|e| doc.ref_id(e.to()) == "raise"));
    let err = refused(
        "bma rejects demand =raise \"5% pay rise\"  \"q\"\n\
         bma demands demand =raise \"A raise\"  \"q3\"\n",
    );
    assert!(
        err.contains("'raise' is declared already with the label '5% pay rise', not 'A raise': to name it again, write `raise` without its kind"),
        "{err}"
    );
    let err = refused("bma rejects condition =bma \"x\"  \"q\"\n");
    assert!(
        err.contains("'bma' is declared already as a party: give the new condition another id"),
        "{err}"
    );
}

/// Frictions a new user met encoding three real reports: a field added to a
/// node already applied was refused as "another" value; `demand =ID` on a
/// line of its own was refused; a quote after `aka` silently became an
/// alias and the error spoke of a missing source.
#[test]
fn apply_adds_a_field_a_node_lacks_and_says_so() {
    let (_dir, graph) = common::temp_file(
        "t.json",
        &std::fs::read(repo().join("graph/trade-talks.json")).unwrap(),
    );
    let (_d, fragment) = common::temp_file("f.neg", b"demand tariff-cut quantity \"25%\"\n");
    let said = run_ok(&graph, &["apply", fragment.to_str().unwrap()]);
    assert_eq!(
        said.trim(),
        "set demand 'tariff-cut': quantity (it had none)"
    );
    let written = std::fs::read_to_string(&graph).unwrap();
    assert!(written.contains("\"quantity\": \"25%\""), "{written}");
    let again = run_ok(&graph, &["apply", fragment.to_str().unwrap()]);
    assert!(again.contains("no change"), "{again}");
    // A field it has is still not changed here.
    let (_e, other) = common::temp_file("g.neg", b"demand tariff-cut quantity \"30%\"\n");
    let err = fails(
        common::negograph()
            .arg("-f")
            .arg(&graph)
            .arg("apply")
            .arg(&other),
        1,
    );
    assert!(err.contains("with another `quantity`"), "{err}");
    assert!(err.contains("give only fields it lacks"), "{err}");
}

#[test]
fn a_node_line_takes_an_id_written_as_a_claim_declares_it() {
    let doc = read("demand =raise \"5% pay rise\"\nbma rejects raise  \"q\"\n");
    assert_eq!(doc.nodes[2].id, "raise");
    assert_eq!(doc.nodes[2].label, "5% pay rise");
}

#[test]
fn a_quote_taken_for_an_alias_is_named_where_it_is() {
    let err = refused(
        "@itv\nbma rejects proposal =x \"X\" aka \"Cairo plan\" \"BMA rejected the Cairo plan\" speaker \"an official\"\n",
    );
    assert!(
        err.contains("t.neg:6:46: 'BMA rejected the Cairo plan' after `aka` is read as one more name, and this line's citation has no quote: if it is the quote, write it before `aka`"),
        "{err}"
    );
}
