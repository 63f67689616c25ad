//! No silent reading (issue 25): for every example of `ask --examples` and
//! every paraphrase of `tests/data/ask-paraphrases.txt`, each content word
//! of the question is accounted for by the answer itself: it is a word of a
//! node the reading names, a word of the phrases of the kind of question
//! read (the table of intents), a date word, or it is named in a note
//! ("not used: ..."). And a node read whose name the question does not
//! hold whole (a word inside a longer label, a typo) carries a note.

use crate::common;

use std::collections::HashSet;
use std::path::Path;

use common::negograph;
use negograph::ask::cues::Pattern;
use negograph::ask::words::{is_stopword, stem, words};
use negograph::ask::{IF_WORDS, failure::FAILS, intents, sets::MEETING, slots::PUT_WORDS};
use negograph::model::Relation;
use serde_json::Value;

/// Words a date reader takes; dates have their own tests (src/ask/dates.rs).
const DATE_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "tomorrow",
    "yesterday",
    "now",
    "currently",
    "presently",
    "since",
    "ago",
    "last",
    "past",
    "next",
    "week",
    "weeks",
    "month",
    "months",
    "day",
    "days",
    "year",
    "years",
    "ever",
    "historically",
    "time",
    "until",
    "till",
    "before",
    "after",
    "between",
    "during",
    "right",
    "point",
    "th",
    "st",
    "nd",
    "rd",
    "few",
    "fortnight",
    "coming",
    "start",
    "beginning",
    "end",
    "early",
    "late",
    "mid",
    "middle",
];

fn stems_of(phrase: &str) -> Vec<String> {
    Pattern::new(phrase).stems().map(str::to_owned).collect()
}

/// The stems of the phrases of every intent with this command, and of the
/// words every reading may use (if, failure, offers, the relations' verbs).
fn phrase_stems(command: &str) -> HashSet<String> {
    let mut stems: HashSet<String> = intents::all()
        .filter(|i| i.command.name() == command)
        .flat_map(|i| {
            i.cues
                .iter()
                .map(|(p, _)| *p)
                .chain(i.needs.iter().copied())
        })
        .flat_map(stems_of)
        .collect();
    let shared = IF_WORDS
        .iter()
        .chain(FAILS)
        .chain(PUT_WORDS.iter().map(|(p, _)| p))
        .chain(std::iter::once(&MEETING))
        .chain(Relation::ALL.iter().flat_map(|r| r.facts().ask_verbs));
    stems.extend(shared.flat_map(|p| stems_of(p)));
    stems
}

/// Every node of a graph file: id, and the stems of its id, label and aliases.
fn nodes(file: &str) -> Vec<(String, Vec<String>, HashSet<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            let id = n["id"].as_str().unwrap().to_owned();
            let mut names = vec![
                id.replace('-', " "),
                n["label"].as_str().unwrap().to_owned(),
            ];
            if let Some(aliases) = n["aliases"].as_array() {
                names.extend(aliases.iter().map(|a| a.as_str().unwrap().to_owned()));
            }
            let stems = names
                .iter()
                .flat_map(|t| words(t))
                .map(|w| w.stem)
                .collect();
            let runs = names.iter().map(|t| run_of(t).join(" ")).collect();
            (id, runs, stems)
        })
        .collect()
}

/// What is wrong with how a question is accounted for, if anything.
fn unaccounted(graph: Option<&str>, question: &str) -> Option<String> {
    let file = graph.unwrap_or("graph/istanbul-2025.json");
    let mut cmd = negograph();
    if let Some(file) = graph {
        cmd.args(["-f", file]);
    }
    let out = cmd.args(["ask", question, "--json"]).output().unwrap();
    if !out.status.success() {
        return None; // refused: nothing was read
    }
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let notes: Vec<String> = v["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_lowercase())
        .collect();
    let commands: Vec<String> = v["readings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["command"].as_str().unwrap().to_owned())
        .collect();
    let graph_nodes = nodes(file);
    let named: Vec<&(String, Vec<String>, HashSet<String>)> = graph_nodes
        .iter()
        .filter(|(id, ..)| {
            commands
                .iter()
                .any(|c| c.split([' ', ':']).any(|t| t == id))
        })
        .collect();
    let command = commands[0].split(' ').nth(1).unwrap();
    let cues = phrase_stems(command);
    let lower = question.to_lowercase();
    let asked = format!(" {} ", run_of(question).join(" "));
    let mut problems = Vec::new();
    for w in words(question) {
        let accounted = is_stopword(&w.text)
            || !w.text.chars().any(char::is_alphabetic)
            || w.text.chars().any(|c| c.is_ascii_digit())
            || DATE_WORDS.contains(&w.text.as_str())
            || cues.contains(&w.stem)
            || cues.contains(&stem(&w.text))
            || named.iter().any(|(_, _, stems)| stems.contains(&w.stem))
            || notes.iter().any(|n| n.contains(&w.text));
        if !accounted {
            problems.push(format!("'{}' neither used nor said", w.text));
        }
    }
    // A node read whose name is not in the question whole: said.
    for (id, names, _) in &named {
        let whole = names.iter().any(|n| asked.contains(&format!(" {n} ")));
        let said = notes
            .iter()
            .any(|n| n.contains("read ") || n.contains("fits"));
        let from_set = notes
            .iter()
            .any(|n| n.contains("not happening") || n.contains("no party"));
        if !whole && !said && !from_set && question_names_it(&lower, id) {
            problems.push(format!("{id} read from part of its name without a note"));
        }
    }
    (!problems.is_empty()).then(|| format!("{question:?} → {commands:?}: {}", problems.join("; ")))
}

/// A text's stems, articles and possessive endings aside.
fn run_of(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .filter(|w| !matches!(w.text.as_str(), "the" | "a" | "an" | "s" | "'s"))
        .map(|w| w.stem.trim_end_matches("'s").to_owned())
        .collect()
}

/// Whether the question holds a word of the node's id (so the node was
/// read from the question's words, not derived from another).
fn question_names_it(lower: &str, id: &str) -> bool {
    id.split('-')
        .filter(|p| p.len() > 3)
        .any(|p| lower.contains(p))
}

fn examples() -> Vec<(Option<String>, String)> {
    let out = negograph()
        .args(["ask", "--examples", "--json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["graph"].as_str().map(str::to_owned),
                e["question"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The questions of the paraphrase sets (the first, round 4's with its
/// held-out part and check, round 5's and its checks) and of blind round
/// 5's development part, with the graph each is asked of.
fn paraphrases() -> Vec<(Option<String>, String)> {
    [
        "ask-paraphrases.txt",
        "ask-paraphrases-round4.txt",
        "ask-paraphrases-round4-held.txt",
        "ask-paraphrases-round4-check.txt",
        "ask-paraphrases-round5-eng.txt",
        "ask-paraphrases-round5-eng-check.txt",
        "ask-paraphrases-round5-eng-check2.txt",
        "ask-paraphrases-round5-eng-check3.txt",
        "ask-blind-round5-dev.txt",
        "ask-paraphrases-round6-eng.txt",
        "ask-paraphrases-round6-eng-check.txt",
    ]
    .iter()
    .flat_map(|file| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(file);
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    })
    .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    .map(|l| {
        let fields: Vec<&str> = l.split(" | ").map(str::trim).collect();
        let graph = match fields[0] {
            "istanbul" | "bundled" => None,
            "summit" => Some("tests/data/summit.json".to_owned()),
            "harbour" => Some("tests/data/harbour-strike.json".to_owned()),
            "gaza" => Some("graph/examples/gaza-2025-05-26.json".to_owned()),
            "trade" => Some("graph/trade-talks.json".to_owned()),
            "r04" | "r06" | "r08" => Some(format!("tests/data/round5/{}.json", fields[0])),
            other => panic!("unknown graph {other}"),
        };
        (graph, fields[1].to_owned())
    })
    .collect()
}

#[test]
fn every_content_word_of_every_example_and_paraphrase_is_used_or_said() {
    let questions: Vec<(Option<String>, String)> =
        examples().into_iter().chain(paraphrases()).collect();
    assert!(questions.len() >= 200, "only {} questions", questions.len());
    let problems: Vec<String> = questions
        .iter()
        .filter_map(|(graph, q)| unaccounted(graph.as_deref(), q))
        .collect();
    assert!(
        problems.is_empty(),
        "{} of {} questions:\n{}",
        problems.len(),
        questions.len(),
        problems.join("\n")
    );
}
