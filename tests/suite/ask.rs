//! `negograph ask`: every example of `ask --examples` reads as its command
//! and answers what that command answers; the examples cover every query
//! the tool has; answers say how the question was read; names that fit two
//! nodes, typos and dates are handled in the open; questions it cannot read
//! get the closest forms, filled in with the names it recognised.

use crate::common;

use common::negograph;
use predicates::prelude::*;
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let out = negograph().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is only JSON")
}

fn json_of(args: &[String]) -> Value {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    json(&args)
}

/// `-f FILE` for an example asked of a shipped graph, nothing for the
/// built-in one.
fn on_graph(example: &Value) -> Vec<String> {
    match example["graph"].as_str() {
        Some(file) => vec!["-f".to_owned(), file.to_owned()],
        None => Vec::new(),
    }
}

fn examples() -> Vec<Value> {
    json(&["ask", "--examples", "--json"])
        .as_array()
        .expect("a list")
        .clone()
}

#[test]
fn every_example_reads_as_its_command_and_answers_what_it_answers() {
    for example in examples() {
        let question = example["question"].as_str().unwrap();
        let on = on_graph(&example);
        let with_graph = |args: &[&str]| -> Vec<String> {
            on.iter()
                .map(String::as_str)
                .chain(args.iter().copied())
                .map(str::to_owned)
                .collect()
        };
        let asked = json_of(&with_graph(&["ask", question, "--json"]));
        assert_eq!(asked["question"], question);
        let readings = asked["readings"].as_array().unwrap();
        let commands: Vec<&str> = readings
            .iter()
            .map(|r| r["command"].as_str().unwrap())
            .collect();
        let expected: Vec<&str> = example["reads_as"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        assert_eq!(commands, expected, "{question}");
        // The same query through the subcommand: the same answer.
        for (reading, command) in readings.iter().zip(&commands) {
            let mut args: Vec<&str> = command.split(' ').skip(1).collect();
            args.push("--json");
            assert_eq!(
                reading["answer"],
                json_of(&with_graph(&args)),
                "{question} -> {command}"
            );
        }
    }
}

/// The subcommands that answer questions: every command `negograph --help`
/// lists, less those that edit, draw, export or explain.
fn query_commands() -> Vec<String> {
    const NOT_QUERIES: &[&str] = &[
        "check",
        "export",
        "import",
        "schema",
        "ask",
        "dot",
        "render",
        "add",
        "link",
        "unlink",
        "set",
        "set-edge",
        "status",
        "rename",
        "remove",
        "source",
        "apply",
        "convert",
        "draft",
        "new",
        "completions",
        "man",
        "help",
    ];
    let out = negograph().arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let commands = help
        .split("Commands:")
        .nth(1)
        .expect("a list of commands")
        .split("Options:")
        .next()
        .unwrap();
    // A command starts its line, two spaces in; its description may wrap
    // onto lines indented further.
    commands
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| !NOT_QUERIES.contains(c))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_examples_cover_every_query_the_tool_has() {
    let examples = examples();
    assert!(examples.len() >= 25, "only {} examples", examples.len());
    let queries = query_commands();
    assert!(queries.contains(&"blockers".to_owned()), "{queries:?}");
    for query in &queries {
        let covered = examples.iter().any(|e| {
            e["reads_as"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c.as_str().unwrap().split(' ').nth(1) == Some(query))
        });
        assert!(covered, "no example of `ask` reads as `negograph {query}`");
    }
}

#[test]
fn the_examples_are_printed_for_people_with_their_commands() {
    let out = negograph().args(["ask", "--examples"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for example in examples() {
        assert!(text.contains(example["question"].as_str().unwrap()));
        for command in example["reads_as"].as_array().unwrap() {
            let command = command.as_str().unwrap();
            let command = match example["graph"].as_str() {
                Some(file) => command.replacen("negograph ", &format!("negograph -f {file} "), 1),
                None => command.to_owned(),
            };
            assert!(text.contains(&format!("→ {command}")), "{command}");
        }
    }
}

#[test]
fn the_answer_starts_with_the_command_the_question_was_read_as() {
    negograph()
        .args(["ask", "what blocked the talks on 2025-05-10?"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Reading this as: negograph blockers direct-talks --as-of 2025-05-10\n",
        ))
        .stdout(predicate::str::contains("What blocks Direct talks"));
}

#[test]
fn json_holds_the_query_as_a_structure() {
    let asked = json(&[
        "ask",
        "if the West pauses its aid, what still blocks the talks?",
        "--json",
    ]);
    let reading = &asked["readings"][0];
    assert_eq!(
        reading["command"],
        "negograph blockers direct-talks --assume western-aid-pause"
    );
    assert_eq!(
        reading["query"],
        serde_json::json!({"command": "blockers", "node": "direct-talks", "all_chains": false})
    );
    assert_eq!(
        reading["view"],
        serde_json::json!({"when": "latest", "assume": ["western-aid-pause"], "drop": []})
    );
    assert_eq!(
        reading["answer"]["assumed"],
        serde_json::json!(["western-aid-pause"])
    );
    let dated = json(&["ask", "who supported direct talks in 2024?", "--json"]);
    assert_eq!(
        dated["readings"][0]["view"],
        serde_json::json!({"when": "on", "date": "2024-12-31", "assume": [], "drop": []})
    );
}

#[test]
fn a_name_that_fits_two_nodes_is_answered_for_each_and_said() {
    negograph()
        .args(["ask", "who wants the ceasefire?"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Reading this as: negograph who ceasefire-30d --side for\n            and: negograph who ceasefire-full --side for\n",
        ))
        .stdout(predicate::str::contains(
            "note: 'the ceasefire' fits 2 nodes: ceasefire-30d (30-day ceasefire in all theaters of conflict), ceasefire-full (A full and lasting ceasefire, starting from tomorrow); answering for each",
        ))
        .stdout(predicate::str::contains("Who is for 30-day ceasefire"))
        .stdout(predicate::str::contains("Who is for A full and lasting ceasefire"));
    // Assuming a name met is never done for two nodes at once.
    negograph()
        .args(["ask", "if the ceasefire holds, what blocks the talks?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'the ceasefire' could mean any of",
        ));
}

#[test]
fn typos_are_read_as_the_nearest_name_and_said() {
    negograph()
        .args(["ask", "what does Zelenksy want?"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Reading this as: negograph stance ukraine\n",
        ))
        .stdout(predicate::str::contains(
            "note: read 'Zelenksy' as 'zelensky'",
        ));
    negograph()
        .args(["ask", "who suports direct talks?"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Reading this as: negograph who direct-talks --side for\n",
        ))
        .stdout(predicate::str::contains(
            "note: read 'suports' as 'supports'",
        ));
    // A plural's typo: the singular's, with its "s".
    assert_eq!(
        commands(&["ask", "what are the obstacels to direct talks"]),
        ["negograph blockers direct-talks"]
    );
}

#[test]
fn names_the_reading_leaves_out_are_said() {
    negograph()
        .args(["ask", "what does Russia think of Trump?"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Reading this as: negograph stance russia\n",
        ))
        .stdout(predicate::str::contains("note: not used: 'Trump'"));
}

#[test]
fn questions_it_cannot_read_get_the_closest_forms_with_their_names() {
    negograph()
        .args(["ask", "why is Russia so stubborn?"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "cannot understand the question \"why is Russia so stubborn?\"",
        ))
        .stderr(predicate::str::contains(
            "negograph ask \"what does Russia want?\"",
        ))
        .stderr(predicate::str::contains("negograph ask --examples"));
    for question in ["why is the sky blue?", "", "what does", "the"] {
        negograph()
            .args(["ask", question])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("cannot understand the question"))
            .stderr(predicate::str::contains("negograph ask \"what blocks X?\""));
    }
    // What the question asks most comes first, even without a name.
    negograph()
        .args(["ask", "what would it take?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "forms closest to it:\n  negograph ask \"what would it take to get X?\"\n",
        ));
    // "What happens if" something the graph does not hold is no question
    // about the record.
    negograph()
        .args(["ask", "what happens if the moon explodes?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no node called 'the moon explodes'",
        ));
}

#[test]
fn unknown_names_and_wrong_kinds_are_refused_not_guessed() {
    negograph()
        .args(["ask", "what blocks the moon?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no node called 'the moon'"));
    negograph()
        .args(["ask", "what blocks Russia?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'russia' is a party; blockers takes a demand, condition or proposal",
        ))
        .stderr(predicate::str::contains("negograph stance russia"));
}

#[test]
fn a_day_in_the_question_and_another_on_the_command_line_are_refused() {
    negograph()
        .args([
            "ask",
            "what blocked the talks on May 10?",
            "--as-of",
            "2025-05-11",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the question says 'on may 10'"));
    // The same day twice is no contradiction; the command line's day alone is used.
    negograph()
        .args(["ask", "what blocks the talks?", "--as-of", "2025-05-11"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Reading this as: negograph blockers direct-talks --as-of 2025-05-11\n",
        ));
}

#[test]
fn text_from_the_question_is_inert_on_the_terminal() {
    negograph()
        .args(["ask", "why is \u{1b}[31mRussia\u{202e} so stubborn?"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\u{1b}").not())
        .stderr(predicate::str::contains("\u{202e}").not());
}

#[test]
fn conflicts_between_parties_keep_those_that_set_them_against_each_other() {
    use common::{doc, edge, temp_file};
    // Worked out by hand: p wants d1, d2 and d3; q rejects d1 and wants d3;
    // r rejects d2 and d3.
    let graph = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("r", "party"),
            ("d1", "demand"),
            ("d2", "demand"),
            ("d3", "demand"),
        ],
        vec![
            edge("p", "demands", "d1"),
            edge("q", "rejects", "d1"),
            edge("p", "demands", "d2"),
            edge("r", "rejects", "d2"),
            edge("p", "demands", "d3"),
            edge("q", "demands", "d3"),
            edge("r", "rejects", "d3"),
        ],
    );
    let (_dir, path) = temp_file("g.json", graph.to_string().as_bytes());
    let targets = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["-f", path.to_str().unwrap(), "conflicts", "--json"];
        all.extend_from_slice(args);
        json(&all)["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["target"]["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(targets(&[]), ["d1", "d2", "d3"]);
    assert_eq!(targets(&["--party", "p", "--party", "q"]), ["d1"]);
    assert_eq!(targets(&["--party", "r"]), ["d2", "d3"]);
    assert_eq!(targets(&["--party", "q", "--party", "r"]), ["d3"]);
    assert_eq!(targets(&["--party", "q"]), ["d1", "d3"]);
    // And asked in words, the same.
    let f = path.to_str().unwrap();
    let asked = json(&["-f", f, "ask", "where do p and q disagree?", "--json"]);
    assert_eq!(
        asked["readings"][0]["command"],
        "negograph conflicts --party p --party q"
    );
    negograph()
        .args(["-f", f, "conflicts", "--party", "d1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'d1' is a demand; --party takes a party. Try: negograph who d1",
        ));
}

/// The commands a question reads as, on the built-in graph or `-f file`.
fn commands(args: &[&str]) -> Vec<String> {
    let mut all = args.to_vec();
    all.push("--json");
    json(&all)["readings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["command"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn questions_about_changes_take_their_window_from_the_date() {
    // The built-in graph's newest (and only) source date is Monday 2025-05-12.
    for (question, command) in [
        (
            "what changed since May 10?",
            "negograph changes --from 2025-05-10 --to 2025-05-12",
        ),
        (
            "what changed on May 10?",
            "negograph changes --from 2025-05-09 --to 2025-05-10",
        ),
        (
            "what's new since Sunday?",
            "negograph changes --from 2025-05-10 --to 2025-05-12",
        ),
        (
            "what changed between May 1 and May 8?",
            "negograph changes --from 2025-05-01 --to 2025-05-08",
        ),
        (
            "how has Russia's position changed since the start of May?",
            "negograph changes --from 2025-05-01 --to 2025-05-12 --party russia",
        ),
        // No date: the oldest source date to the newest.
        (
            "what changed?",
            "negograph changes --from 2025-05-12 --to 2025-05-12",
        ),
        // All time is the timeline.
        (
            "how have the positions changed over time?",
            "negograph timeline",
        ),
    ] {
        assert_eq!(commands(&["ask", question]), [command], "{question}");
    }
    // "Since D" runs to the view's day.
    assert_eq!(
        commands(&["ask", "what changed since May 1?", "--as-of", "2025-05-08"]),
        ["negograph changes --from 2025-05-01 --to 2025-05-08"]
    );
    // The trade graph's sources are dated 2025-03-01 and 2025-03-20.
    let trade = ["-f", "graph/trade-talks.json", "ask"];
    let on_trade = |q: &str| {
        let mut args = trade.to_vec();
        args.push(q);
        commands(&args)
    };
    assert_eq!(
        on_trade("what changed?"),
        ["negograph changes --from 2025-03-01 --to 2025-03-20"]
    );
    assert_eq!(
        on_trade("what changed in March?"),
        ["negograph changes --from 2025-02-28 --to 2025-03-31"]
    );
}

#[test]
fn what_happens_if_x_asks_for_the_effects_of_x() {
    for (question, command) in [
        (
            "what happens if the West pauses aid?",
            "negograph effects western-aid-pause",
        ),
        (
            "what happens to the talks if the West pauses aid?",
            "negograph effects western-aid-pause",
        ),
        (
            "what follows if Russia refuses the 30-day ceasefire?",
            "negograph effects russia-refuses-30d",
        ),
        // With a question of its own after the condition, X is assumed met.
        (
            "if the West pauses its aid, what still blocks the talks?",
            "negograph blockers direct-talks --assume western-aid-pause",
        ),
        (
            "what would it take to get a 30-day ceasefire?",
            "negograph unblock ceasefire-30d",
        ),
    ] {
        assert_eq!(commands(&["ask", question]), [command], "{question}");
    }
}

#[test]
fn proposals_are_compared_by_name_by_issue_or_by_the_parties_that_made_them() {
    let gaza = |q: &str| commands(&["-f", "graph/examples/gaza-2025-05-26.json", "ask", q]);
    let both = ["negograph compare witkoff-proposal hamas-version"];
    assert_eq!(gaza("how do the proposals differ?"), both);
    assert_eq!(gaza("how far apart are they on the living hostages?"), both);
    // The US (Witkoff) proposed both versions, as the reports tell it.
    assert_eq!(
        gaza("Witkoff vs Hamas: how do their proposals differ?"),
        both
    );
    // Parties without proposals: where they disagree.
    assert_eq!(
        gaza("compare Hamas and Israel"),
        ["negograph conflicts --party hamas --party israel"]
    );
    // "The 8% and 9% offers": two names sharing their last word.
    assert_eq!(
        commands(&[
            "-f",
            "tests/data/harbour-strike.json",
            "ask",
            "what's the difference between the 8% and 9% offers?"
        ]),
        ["negograph compare pay-offer-8 pay-offer-9"]
    );
    // "US" in capitals is the party, though "us" is a common word.
    assert_eq!(gaza("What does the US want?"), ["negograph stance us"]);
    negograph()
        .args(["-f", "graph/examples/gaza-2025-05-26.json"])
        .args(["ask", "what does us want?"])
        .assert()
        .code(2);
    // "Does P back X?": P's stance says.
    assert_eq!(
        commands(&["ask", "does Trump back the meeting?"]),
        ["negograph stance trump"]
    );
    assert_eq!(
        gaza("What does Hamas's version include?"),
        ["negograph show hamas-version"]
    );
}
