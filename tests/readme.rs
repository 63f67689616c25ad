//! Every command the README shows runs here, as written, so the README cannot
//! drift from the tool.
//!
//! - A ```` ```console ```` block is a session: each `$ negograph ...` line
//!   runs, and the lines after it up to the next `$` are its expected output,
//!   compared exactly (trailing spaces aside); a line `...` stands for any
//!   number of lines.
//! - A ```` ```sh ```` block is a script: its lines run in order, in one
//!   shell, so `export` carries from line to line. A trailing `# exits N`
//!   says a line is meant to fail with code N.
//! - Lines that run cargo, pip or python are not run here (CI runs
//!   `cargo test` itself, and the benchmarks take minutes); they must be one
//!   of [`NOT_RUN_HERE`], so a new command cannot slip past untested.
//!   `cargo run --release -- ARGS` runs as `negograph ARGS`.
//!
//! - A ```` ```json ```` block is a file-format example: `check` must read
//!   it without an error.
//!
//! Blocks run in the order they appear, all in one scratch folder holding a
//! copy of `graph/`, so later blocks see what earlier ones made.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// README lines the suite does not run, each with the reason.
const NOT_RUN_HERE: &[(&str, &str)] = &[
    ("cargo test", "CI runs the tests"),
    ("cargo bench", "minutes; run by hand"),
    ("cargo build --release", "the benchmarks' build"),
    (
        "cargo install --locked --path .",
        "a release build; CI builds and tests the same code",
    ),
    (
        "cargo fmt --all -- --check && cargo clippy --all-targets -- -D warnings",
        "CI runs them",
    ),
    ("bash .ci/run", "CI itself"),
    (
        "cargo doc --lib --no-deps --open",
        "opens a browser; CI builds the same docs with every doc lint denied",
    ),
    (
        "pip install -r benches/peers/requirements.txt",
        "the benchmarks' peers",
    ),
    (
        "target/release/negograph generate --edges 1000000 --seed 1 --compact -o /tmp/g1000000.json",
        "the benchmarks' 109 MiB input; `generate` itself is tested in src/synth.rs",
    ),
    (
        "python3 benches/peers/compare.py --runs 5 --negograph target/release/negograph /tmp/g1000000.json d25100",
        "the peer benchmark, minutes",
    ),
    (
        "python3 benches/peers/variants.py /tmp/g1000000.json",
        "the benchmarks' other two 1M-edge inputs, from the one above",
    ),
];

/// A fenced block of the README: its language, its first line's number, its lines.
struct Block {
    lang: String,
    line: usize,
    lines: Vec<String>,
}

fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in text.lines().enumerate() {
        if let Some(fence) = line.strip_prefix("```") {
            match open.take() {
                Some(block) => out.push(block),
                None => {
                    open = Some(Block {
                        lang: fence.trim().to_owned(),
                        line: i + 2,
                        lines: Vec::new(),
                    });
                }
            }
        } else if let Some(block) = &mut open {
            block.lines.push(line.to_owned());
        }
    }
    out
}

/// A shell line without its trailing `# comment` (a `#` inside quotes stays).
fn strip_comment(line: &str) -> (&str, Option<&str>) {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if prev.is_whitespace() => {
                return (line[..i].trim_end(), Some(line[i + 1..].trim()));
            }
            _ => {}
        }
        prev = c;
    }
    (line.trim_end(), None)
}

/// The folder the tests run the README in: a scratch copy of `graph/`.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("graph"),
        &dir.path().join("graph"),
    );
    dir
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

/// The folder holding the `negograph` binary under test, for PATH.
fn bin_dir() -> PathBuf {
    let bin = assert_cmd::cargo::cargo_bin("negograph");
    bin.parent().unwrap().to_owned()
}

fn shell(dir: &Path, script: &str) -> std::process::Output {
    let path = format!(
        "{}:{}",
        bin_dir().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .env_remove("NEGOGRAPH_FILE")
        .env_remove("NEGOGRAPH_MAX_FILE_SIZE")
        .output()
        .unwrap()
}

/// Whether `line` is a command this suite leaves to others.
fn left_to_others(command: &str) -> bool {
    NOT_RUN_HERE.iter().any(|(c, _)| *c == command)
}

/// The script for a `sh` block: each command checked for its exit code.
fn sh_script(block: &Block) -> Option<String> {
    let mut script = String::new();
    let mut any = false;
    for (k, raw) in block.lines.iter().enumerate() {
        let (command, comment) = strip_comment(raw);
        if command.is_empty() {
            continue;
        }
        let command = command
            .strip_prefix("cargo run --release -- ")
            .map_or_else(|| command.to_owned(), |rest| format!("negograph {rest}"));
        if left_to_others(&command) {
            continue;
        }
        let runs_here = command.starts_with("negograph ")
            || command.starts_with("export ")
            || command.starts_with("target/release/negograph ");
        assert!(
            runs_here,
            "README line {}: `{command}` is neither run by the suite nor listed in NOT_RUN_HERE",
            block.line + k
        );
        // The benchmarks' own build: the binary under test stands in for it.
        let command = command.replace("target/release/negograph ", "negograph ");
        let expected: i32 = comment
            .and_then(|c| c.strip_prefix("exits "))
            .and_then(|n| {
                let digits: String = n.chars().take_while(char::is_ascii_digit).collect();
                digits.parse().ok()
            })
            .unwrap_or(0);
        any = true;
        script.push_str(&format!(
            "{command}\nrc=$?; if [ $rc -ne {expected} ]; then echo \"README line {}: exit $rc, expected {expected}: {}\" >&2; exit 99; fi\n",
            block.line + k,
            command.replace('"', "'").replace('$', "")
        ));
    }
    any.then_some(script)
}

/// Expected output matches actual output, `...` standing for any lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => {
            actual
                .first()
                .is_some_and(|a| a.trim_end() == first.trim_end())
                && matches(rest, &actual[1..])
        }
    }
}

fn run_console(dir: &Path, block: &Block) {
    let mut k = 0;
    while k < block.lines.len() {
        let line = &block.lines[k];
        let Some(command) = line.strip_prefix("$ ") else {
            panic!(
                "README line {}: a console block line outside a command's output: {line}",
                block.line + k
            );
        };
        let at = block.line + k;
        k += 1;
        let mut expected = Vec::new();
        while k < block.lines.len() && !block.lines[k].starts_with("$ ") {
            expected.push(block.lines[k].clone());
            k += 1;
        }
        assert!(
            command.starts_with("negograph "),
            "README line {at}: console blocks show negograph commands"
        );
        let out = shell(dir, command);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let shown: Vec<&str> = stdout.lines().chain(stderr.lines()).collect();
        assert!(
            matches(&expected, &shown),
            "README line {at}: `{command}` printed\n{stdout}{stderr}\nbut the README shows\n{}",
            expected.join("\n")
        );
    }
}

#[test]
fn every_command_in_the_readme_runs_as_written() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let dir = scratch();
    let mut ran = 0;
    for block in blocks(&text) {
        match block.lang.as_str() {
            "console" => {
                run_console(dir.path(), &block);
                ran += 1;
            }
            "json" => {
                // A file-format example: it must be a graph negograph reads
                // without an error.
                let file = dir.path().join(format!("readme-{}.json", block.line));
                std::fs::write(&file, block.lines.join("\n")).unwrap();
                let out = shell(
                    dir.path(),
                    &format!("negograph -f {} check", file.display()),
                );
                assert!(
                    out.status.success(),
                    "README JSON at line {}:\n{}",
                    block.line,
                    String::from_utf8_lossy(&out.stderr)
                );
                ran += 1;
            }
            "sh" => {
                if let Some(script) = sh_script(&block) {
                    let out = shell(dir.path(), &script);
                    assert!(
                        out.status.success(),
                        "README block at line {}:\n{}{}",
                        block.line,
                        String::from_utf8_lossy(&out.stdout),
                        String::from_utf8_lossy(&out.stderr)
                    );
                    ran += 1;
                }
            }
            _ => {}
        }
    }
    assert!(ran >= 5, "only {ran} README blocks ran");
    // The pictures the README shows are the ones its commands draw now.
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("graph");
    let mut compared = 0;
    for entry in std::fs::read_dir(&shipped).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "svg") {
            let drawn = dir.path().join("graph").join(path.file_name().unwrap());
            let same = |p: &Path| -> Vec<String> {
                // Graphviz names its version in a comment; nothing else may differ.
                std::fs::read_to_string(p)
                    .unwrap()
                    .lines()
                    .filter(|l| !l.starts_with("<!-- Generated by graphviz"))
                    .map(str::to_owned)
                    .collect()
            };
            assert!(
                same(&path) == same(&drawn),
                "{} is not what the README's command draws now: run it again",
                path.display()
            );
            compared += 1;
        }
    }
    assert!(compared >= 3, "{compared} pictures compared");
}

#[test]
fn the_list_of_commands_left_to_others_is_exactly_what_the_readme_has() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let shown: Vec<String> = blocks(&text)
        .into_iter()
        .filter(|b| b.lang == "sh")
        .flat_map(|b| b.lines)
        .map(|l| strip_comment(&l).0.to_owned())
        .collect();
    for (command, why) in NOT_RUN_HERE {
        assert!(
            shown.iter().any(|l| l == command),
            "`{command}` ({why}) is no longer in the README: drop it from NOT_RUN_HERE"
        );
    }
}

#[test]
fn the_harness_reads_what_it_should() {
    assert_eq!(
        strip_comment(r#"negograph ask "what # is this" --json   # a comment"#),
        (
            r#"negograph ask "what # is this" --json"#,
            Some("a comment")
        )
    );
    let lines = |s: &[&str]| {
        s.iter()
            .map(std::string::ToString::to_string)
            .collect::<Vec<_>>()
    };
    assert!(matches(&lines(&["a", "...", "d"]), &["a", "b", "c", "d"]));
    assert!(!matches(&lines(&["a", "d"]), &["a", "b", "d"]));
    assert!(matches(&lines(&["a  "]), &["a"]));
}
