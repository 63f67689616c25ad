//! Every example `--help` prints runs, as printed, on the graph it names; and
//! `man` shows no example `--help` does not, and refers to no page it cannot
//! write.
//!
//! The examples are the lines of a subcommand's help, after its `Example:`
//! or `Examples:` line, that begin with `negograph ` (or `then: negograph `);
//! two spaces end the command (what follows is its comment). Each
//! subcommand's examples run in order, in bash, in a scratch folder holding a
//! copy of `graph/`, so an example may name `graph/trade-talks.json` and edit
//! it, or read what an example before it wrote.

use crate::common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `negograph ARGS` with the environment made predictable: its standard output.
fn stdout(args: &[&str]) -> String {
    let out = common::negograph().args(args).output().unwrap();
    assert!(out.status.success(), "negograph {args:?} failed");
    String::from_utf8(out.stdout).unwrap()
}

/// The subcommands a help text lists under `Commands:` (without `help`).
fn subcommands(help: &str) -> Vec<String> {
    let Some(listed) = help.split("\nCommands:\n").nth(1) else {
        return Vec::new();
    };
    listed
        .split("\n\n")
        .next()
        .unwrap()
        .lines()
        // Continuation lines of wrapped descriptions are indented further.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .filter(|c| c != "help")
        .collect()
}

/// Every command path, the top level first (`[]`, `["check"]`, ...,
/// `["source", "add"]`), each with its `--help` text.
fn commands() -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let mut todo = vec![Vec::<String>::new()];
    while let Some(path) = todo.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = stdout(&args);
        for sub in subcommands(&help).into_iter().rev() {
            let mut next = path.clone();
            next.push(sub);
            todo.push(next);
        }
        out.push((path, help));
    }
    out
}

/// The command of an example line: up to two spaces outside quotes.
fn command_of(line: &str) -> Option<String> {
    let line = line.trim_start();
    let line = line.strip_prefix("then: ").unwrap_or(line);
    if !line.starts_with("negograph ") {
        return None;
    }
    let mut quote = None;
    let mut prev = 'x';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, ' ') if prev == ' ' => return Some(line[..i - 1].to_owned()),
            _ => {}
        }
        prev = c;
    }
    Some(line.trim_end().to_owned())
}

/// The examples of a help text (or of a man page's text). A line ending in
/// ` \\` goes on on the next line, as in a shell.
fn examples(help: &str) -> Vec<String> {
    let mut joined: Vec<String> = Vec::new();
    let mut open = false;
    for line in help.lines() {
        match joined.last_mut() {
            Some(last) if open => last.push_str(line.trim_start()),
            _ => joined.push(line.to_owned()),
        }
        let last = joined.last_mut().unwrap();
        open = last.ends_with(" \\");
        if open {
            last.pop();
        }
    }
    joined
        .iter()
        .skip_while(|l| !(l.starts_with("Example:") || l.starts_with("Examples:")))
        .filter_map(|l| command_of(l))
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Runs `commands` in order in a fresh scratch copy of `graph/`; the failures.
fn run_all(commands: &[String]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("graph"),
        &dir.path().join("graph"),
    );
    let bin: PathBuf = assert_cmd::cargo::cargo_bin("negograph");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut failed = Vec::new();
    for command in commands {
        let out = Command::new("bash")
            .args(["-o", "pipefail", "-c", command])
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("HOME", dir.path())
            .env("NO_COLOR", "1")
            .env_remove("NEGOGRAPH_FILE")
            .env_remove("NEGOGRAPH_MAX_FILE_SIZE")
            .output()
            .unwrap();
        if !out.status.success() {
            failed.push(format!(
                "`{command}` exited {:?}:\n{}{}",
                out.status.code(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    failed
}

/// The number of examples the help of every subcommand prints; the test
/// below checks it, so an example cannot go missing unnoticed.
const HELP_EXAMPLES: usize = 139;

#[test]
fn every_example_in_the_help_runs_on_the_graph_it_names() {
    let mut ran = 0;
    let mut failed = Vec::new();
    let mut without = Vec::new();
    for (path, help) in commands() {
        let found = examples(&help);
        if found.is_empty() {
            without.push(path.join(" "));
        }
        ran += found.len();
        failed.extend(run_all(&found));
    }
    assert!(
        without.is_empty(),
        "subcommands whose help shows no example: {without:?}"
    );
    assert!(
        failed.is_empty(),
        "{} of {ran} help examples failed:\n\n{}",
        failed.len(),
        failed.join("\n")
    );
    assert_eq!(
        ran, HELP_EXAMPLES,
        "help examples run (update HELP_EXAMPLES)"
    );
}

/// Roff as `clap_mangen` writes it, as text: escapes undone, requests dropped.
fn roff_text(page: &str) -> String {
    page.lines()
        .filter(|l| !l.starts_with('.') || l.starts_with(".."))
        .map(|l| {
            l.replace("\\-", "-")
                .replace("\\(aq", "'")
                .replace("\\(dq", "\"")
                .replace("\\*(Aq", "'")
                .replace("\\&", "")
                .replace("\\\\", "\\")
                .replace("\\e", "\\")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_man_pages_are_one_a_subcommand_and_show_only_the_help_examples() {
    let commands = commands();
    let help_examples: BTreeSet<String> = commands
        .iter()
        .flat_map(|(_, help)| examples(help))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let out = common::negograph()
        .arg("man")
        .arg("--dir")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let pages: BTreeSet<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    // One page a command: negograph.1, negograph-check.1, negograph-source-add.1.
    let expected: BTreeSet<String> = commands
        .iter()
        .map(|(path, _)| {
            let mut name = vec!["negograph".to_owned()];
            name.extend(path.iter().cloned());
            format!("{}.1", name.join("-"))
        })
        .collect();
    assert_eq!(pages, expected);
    let refs = regex::Regex::new(r"(negograph(?:-[a-z-]+)?)\(1\)").unwrap();
    let mut shown = 0;
    for page in &pages {
        let text = roff_text(&std::fs::read_to_string(dir.path().join(page)).unwrap());
        for example in examples(&text) {
            assert!(
                help_examples.contains(&example),
                "{page} shows `{example}`, which no --help shows (and so no test runs)"
            );
            shown += 1;
        }
        // Every page it refers to is one `man --dir` writes.
        for reference in refs.captures_iter(&text) {
            let file = format!("{}.1", &reference[1]);
            assert!(
                pages.contains(&file),
                "{page} refers to {}(1), which man does not write",
                &reference[1]
            );
        }
    }
    assert_eq!(
        shown, HELP_EXAMPLES,
        "the man pages show every help example"
    );
    // And one page on standard output, named as --dir names it.
    let page = stdout(&["man", "source", "add"]);
    assert!(page.contains(".TH negograph-source-add 1"), "{page}");
    common::negograph()
        .args(["man", "frobnicate"])
        .assert()
        .code(2);
}

#[test]
fn the_edit_helps_list_every_key_set_and_set_edge_take() {
    let set = stdout(&["set", "--help"]);
    for key in negograph::edit::NODE_KEYS {
        assert!(set.contains(key), "set --help does not name the key {key}");
    }
    let set_edge = stdout(&["set-edge", "--help"]);
    for key in negograph::edit::EDGE_KEYS {
        assert!(
            set_edge.contains(key),
            "set-edge --help does not name the key {key}"
        );
    }
}

#[test]
fn the_harness_reads_examples_as_printed() {
    let help = "Usage: x\n\nExamples:\n  negograph show                 the graph\n  \
                negograph ask \"a  b\" --json\n      then: negograph check  done\n\
                not negograph show\n  negograph dot \\\n      --json    on\n";
    assert_eq!(
        examples(help),
        [
            "negograph show",
            "negograph ask \"a  b\" --json",
            "negograph check",
            "negograph dot --json"
        ]
    );
    assert!(examples("negograph show\n").is_empty());
}

#[test]
fn every_subcommand_is_in_the_command_table() {
    let table =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/commands.md"))
            .unwrap();
    let rows: Vec<&str> = table.lines().filter(|l| l.starts_with("| `")).collect();
    let mut listed = 0;
    for (path, _) in commands().into_iter().filter(|(p, _)| !p.is_empty()) {
        let name = format!("`{}", path.join(" "));
        assert!(
            rows.iter().any(|row| row.contains(&name)),
            "docs/commands.md's table does not list {}",
            path.join(" ")
        );
        listed += 1;
    }
    assert!(listed >= 30, "{listed} subcommands");
}

/// The help of `who --side` and `conflicts` names every relation the
/// relation table puts against a position (and `excludes`, which puts its
/// holder against what it excludes): the help said "against (rejects,
/// counters)" while `who --side against` listed silences (`ignores`) too.
#[test]
fn the_help_names_every_relation_on_the_against_side() {
    use negograph::model::{Relation, Side};
    let against: Vec<&str> = Relation::ALL
        .iter()
        .filter(|r| r.side() == Some(Side::Against))
        .map(|r| r.as_str())
        .chain(["excludes"])
        .collect();
    assert!(against.contains(&"ignores"), "{against:?}");
    let flat = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let who = flat(stdout(&["who", "--help"]));
    let conflicts = flat(stdout(&["conflicts", "--help"]));
    for relation in &against {
        assert!(who.contains(relation), "who --help lacks {relation}: {who}");
        assert!(
            conflicts.contains(relation),
            "conflicts --help lacks {relation}: {conflicts}"
        );
    }
}
