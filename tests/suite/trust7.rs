//! What a blind tester found answers disagreeing on (round trust-7), on
//! small hand-made graphs worked out by hand, through the real binary:
//! `effects` of a package's term, `unblock` of a package, what is asked of
//! the actor of a term, a status change dated only to a month in a
//! `changes` window, and the wording of `requires`, `link` and `import`.

use serde_json::{Value, json};

use crate::common::{self, negograph, succeeds, temp_file};

/// A offers a package (`pkg`: A proposes it, and records its terms);
/// B must deliver both terms, `t1` and `t2`, and takes no stand. A also
/// offers `t3`, a term A itself must deliver.
///
/// Worked by hand, by the rules of `standing`:
/// - `blockers pkg`: `t1` and `t2` are obstacles (B has not agreed);
///   `t3` is none (A is for the package: it has agreed to its terms).
/// - `effects t1`: `pkg` needs it (a package needs its term) and still
///   waits for `t2`; assuming `t2` met, `t1` unlocks `pkg`.
/// - `unblock pkg`: one option, B agrees to deliver `t1` and `t2`; no move
///   on the package itself (B is not its actor).
/// - asked of B: `t1` and `t2` (terms another party offers); asked of A:
///   nothing (its own offer).
fn package(refused_by_b: bool) -> Value {
    let mut edges = vec![
        common::edge("a", "proposes", "pkg"),
        json!({"from": "t1", "relation": "part_of", "to": "pkg", "by": "a", "source": "src", "quote": "t1"}),
        json!({"from": "t2", "relation": "part_of", "to": "pkg", "by": "a", "source": "src", "quote": "t2"}),
        json!({"from": "t3", "relation": "part_of", "to": "pkg", "by": "a", "source": "src", "quote": "t3"}),
    ];
    if refused_by_b {
        edges.push(common::edge("b", "rejects", "pkg"));
    }
    let mut doc = common::doc(
        &[
            ("a", "party"),
            ("b", "party"),
            ("pkg", "proposal"),
            ("t1", "condition"),
            ("t2", "condition"),
            ("t3", "condition"),
        ],
        edges,
    );
    doc["negograph"] = json!(1.1);
    for n in doc["nodes"].as_array_mut().unwrap() {
        match n["id"].as_str().unwrap() {
            "t1" | "t2" => n["actor"] = json!("b"),
            "t3" => n["actor"] = json!("a"),
            _ => {}
        }
    }
    doc
}

fn ids(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .map(|l| {
            l.iter()
                .map(|x| x[key].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn effects_of_a_term_follow_blockers_of_its_package() {
    let (_dir, file) = temp_file("pkg.json", package(false).to_string().as_bytes());
    let blockers = common::json_ok(&file, &["blockers", "pkg"]);
    assert_eq!(ids(&blockers["blockers"], "id"), ["t1", "t2"], "{blockers}");

    let effects = common::json_ok(&file, &["effects", "t1"]);
    assert_eq!(ids(&effects["unlocked"], "id"), Vec::<String>::new());
    assert_eq!(ids(&effects["still_blocked"], "id"), ["pkg"], "{effects}");
    let waiting = &effects["still_blocked"][0];
    assert_eq!(ids(&waiting["obstacles"], "id"), ["t2"], "{effects}");
    assert_eq!(waiting["chain"][0]["relation"], "part_of");

    // With the other term met, t1 is the package's last obstacle.
    let last = common::json_ok(&file, &["effects", "t1", "--assume", "t2"]);
    assert_eq!(ids(&last["unlocked"], "id"), ["pkg"], "{last}");
    let clear = common::json_ok(
        &file,
        &["blockers", "pkg", "--assume", "t1", "--assume", "t2"],
    );
    assert_eq!(clear["blockers"], json!([]), "{clear}");
    let text = flat(&common::run_ok(&file, &["effects", "t1", "--assume", "t2"]));
    assert!(
        text.contains("It unlocks 1 position (nothing else stands in the way): • Label of pkg [pkg] needs it as one of its terms"),
        "{text}"
    );
    assert!(!text.contains("no position needs it"), "{text}");
}

#[test]
fn unblock_of_a_package_asks_its_terms_actors_to_deliver_the_terms_only() {
    let (_dir, file) = temp_file("pkg.json", package(false).to_string().as_bytes());
    let unblock = common::json_ok(&file, &["unblock", "pkg"]);
    let options = unblock["options"].as_array().unwrap();
    assert_eq!(options.len(), 1, "{unblock}");
    let moves: Vec<(String, String, String, String)> = options[0]["moves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap_or("").to_owned();
            (s("kind"), s("party"), s("from"), s("to"))
        })
        .collect();
    let deliver = |t: &str| ("deliver".into(), "b".into(), t.into(), t.into());
    assert_eq!(moves, [deliver("t1"), deliver("t2")], "{unblock}");
    let text = flat(&common::run_ok(&file, &["unblock", "pkg"]));
    assert!(text.contains("1 option"), "{text}");
    assert!(!text.contains("agree to deliver Label of pkg"), "{text}");

    // B refuses the package: accepting it withdraws the refusal and, being
    // for the package, agrees to its terms: one move, typed as acceptance.
    let (_dir, refused) = temp_file("pkg.json", package(true).to_string().as_bytes());
    let unblock = common::json_ok(&refused, &["unblock", "pkg"]);
    let options = unblock["options"].as_array().unwrap();
    assert_eq!(options.len(), 1, "{unblock}");
    let only = &options[0]["moves"];
    assert_eq!(only.as_array().unwrap().len(), 1, "{unblock}");
    assert_eq!(
        (&only[0]["kind"], &only[0]["party"], &only[0]["from"]),
        (&json!("accept"), &json!("b"), &json!("pkg")),
        "{unblock}"
    );
}

#[test]
fn a_term_another_party_offers_is_asked_of_its_actor_everywhere() {
    let (dir, file) = temp_file("pkg.json", package(false).to_string().as_bytes());
    let who_b = common::json_ok(&file, &["who", "b"]);
    let asked: Vec<&str> = who_b["to_deliver"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["position"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(asked, ["t1", "t2"], "{who_b}");
    let term_of = &who_b["to_deliver"][0]["term_of"][0];
    assert_eq!(term_of["package"]["id"], "pkg", "{who_b}");
    assert_eq!(term_of["offered_by"]["id"], "a", "{who_b}");
    let text = flat(&common::run_ok(&file, &["who", "b"]));
    assert!(
        text.contains("• Label of t1 [t1] a term of Label of pkg [pkg], offered by Label of a [a]"),
        "{text}"
    );
    assert!(
        text.contains("No party threatens Label of b or addresses a demand to it."),
        "{text}"
    );
    let stance_b = common::json_ok(&file, &["stance", "b"]);
    assert_eq!(stance_b["to_deliver"], 2, "{stance_b}");

    // A's own offer asks nothing of A.
    let who_a = common::json_ok(&file, &["who", "a"]);
    assert!(who_a.get("to_deliver").is_none(), "{who_a}");
    assert_eq!(common::json_ok(&file, &["stance", "a"])["to_deliver"], 0);

    // The map's party panel says the same.
    let map = common::render_file(Some(&file), dir.path(), "m.html", &[]);
    let data = crate::map::data_of(&std::fs::read_to_string(map).unwrap());
    let asked_on_map = |party: &str| -> Vec<String> {
        data["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == party)
            .map(|n| {
                let mut l: Vec<String> = n["asked_of"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap().to_owned())
                    .collect();
                l.sort();
                l
            })
            .unwrap()
    };
    assert_eq!(asked_on_map("b"), ["t1", "t2"]);
    assert_eq!(asked_on_map("a"), Vec::<String>::new());
}

/// A demand rejected "in April" (dated only to the month), and a claim
/// dated only to the year. Worked by hand: the window after 1 April up to
/// 8 May holds every April day but the 1st, so the rejection may fall in
/// it and is listed with the caveat, as the year-dated claim is; a window
/// from 1 May holds no April day, so it is not listed.
fn dated() -> Value {
    json!({
        "negograph": 1.2,
        "title": "Loose dates",
        "sources": [
            {"id": "monthly", "title": "Monthly review", "date": "2025-04"},
            {"id": "annual", "title": "Annual review", "date": "2025"}
        ],
        "nodes": [
            {"id": "us", "kind": "party", "label": "US"},
            {"id": "cap", "kind": "demand", "label": "Cap",
             "status_history": [{"status": "rejected", "on": "2025-04", "source": "monthly", "quote": "rejected in April"}]}
        ],
        "edges": [
            {"from": "us", "relation": "demands", "to": "cap", "since": "2025", "source": "annual", "quote": "a cap"}
        ]
    })
}

#[test]
fn a_status_change_dated_to_a_month_overlapping_the_window_is_kept_with_the_caveat() {
    let (_dir, file) = temp_file("dated.json", dated().to_string().as_bytes());
    let window = ["changes", "--from", "2025-04-01", "--to", "2025-05-08"];
    let changes = common::json_ok(&file, &window);
    let status = changes["status"].as_array().unwrap();
    assert_eq!(status.len(), 1, "{changes}");
    assert_eq!(
        (
            &status[0]["id"],
            &status[0]["from"],
            &status[0]["to"],
            &status[0]["on"]
        ),
        (
            &json!("cap"),
            &json!("open"),
            &json!("rejected"),
            &json!("2025-04")
        ),
        "{changes}"
    );
    let caveat = "may fall outside the window";
    assert!(
        status[0]["date_note"].as_str().unwrap().contains(caveat),
        "{changes}"
    );
    // The year-dated claim: kept, by the same rule, with the same caveat.
    let added = &changes["added"][0];
    assert!(
        added["date_note"].as_str().unwrap().contains(caveat),
        "{changes}"
    );
    let text = flat(&common::run_ok(&file, &window));
    assert!(text.contains("Cap [cap]: open → rejected"), "{text}");

    // No April day after 1 May: nothing to list.
    let later = common::json_ok(
        &file,
        &["changes", "--from", "2025-05-01", "--to", "2025-05-08"],
    );
    assert_eq!(later["status"], json!([]), "{later}");
    // A window that holds all of April lists it with no caveat.
    let wide = common::json_ok(
        &file,
        &["changes", "--from", "2025-03-31", "--to", "2025-05-08"],
    );
    let note = wide["status"][0]["date_note"].as_str().unwrap();
    assert!(!note.contains(caveat), "{wide}");
}

#[test]
fn requires_of_a_package_with_terms_points_to_them() {
    let (_dir, file) = temp_file("pkg.json", package(false).to_string().as_bytes());
    let text = flat(&common::run_ok(&file, &["requires", "pkg"]));
    assert!(
        text.contains("No preconditions. Its 3 terms are what it offers; who must deliver each: `blockers pkg`."),
        "{text}"
    );
    assert!(
        !text.contains("nothing is conditioned on anything"),
        "{text}"
    );
    let json = common::json_ok(&file, &["requires", "pkg"]);
    assert_eq!(json["terms"], json!(["t1", "t2", "t3"]), "{json}");
    // A position with neither says so as before.
    let none = flat(&common::run_ok(&file, &["requires", "t1"]));
    assert!(
        none.contains("nothing is conditioned on anything"),
        "{none}"
    );
}

#[test]
fn a_stand_on_a_withdrawn_position_says_the_position_is_withdrawn() {
    let mut doc = common::doc(
        &[("s", "party"), ("b", "party"), ("offer", "proposal")],
        vec![
            common::edge("s", "proposes", "offer"),
            common::edge("b", "rejects", "offer"),
        ],
    );
    doc["nodes"][2]["status"] = json!("withdrawn");
    let (_dir, file) = temp_file("w.json", doc.to_string().as_bytes());
    let text = flat(&common::run_ok(&file, &["blockers", "offer"]));
    assert!(
        text.contains("Label of b rejects Label of offer (a position now withdrawn)"),
        "{text}"
    );
    assert!(!text.contains("offer (withdrawn)"), "{text}");
}

#[test]
fn linking_a_source_already_cited_without_new_words_changes_nothing() {
    let doc = common::doc(
        &[("s", "party"), ("x", "demand")],
        vec![common::edge("s", "demands", "x")],
    );
    let (_dir, file) = temp_file("l.json", doc.to_string().as_bytes());
    let before = std::fs::read(&file).unwrap();
    let out = succeeds(
        negograph()
            .arg("-f")
            .arg(&file)
            .args(["link", "s", "demands", "x", "--source", "src"]),
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("no change"), "{said}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // New words from the same source are a second citation.
    let out = succeeds(negograph().arg("-f").arg(&file).args([
        "link",
        "s",
        "demands",
        "x",
        "--source",
        "src",
        "--quote",
        "more words",
    ]));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("(2 citations)"), "{said}");
}

#[test]
fn import_counts_one_source_in_the_singular() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let nodes = write("nodes.csv", "id,kind,label\na,party,A\nx,demand,X\n");
    let edges = write(
        "edges.csv",
        "from,relation,to,source,quote\na,demands,x,s,words\n",
    );
    let sources = write("sources.csv", "id,title\ns,S\n");
    let out = succeeds(
        negograph()
            .arg("import")
            .arg("--nodes")
            .arg(&nodes)
            .arg("--edges")
            .arg(&edges)
            .arg("--sources")
            .arg(&sources)
            .arg("-o")
            .arg(dir.path().join("g.json")),
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains("imported 2 nodes, 1 claim and 1 source into"),
        "{said}"
    );
}
