//! Every command the README and the pages of `docs/` show runs here, as
//! written, so the documentation cannot drift from the tool.
//!
//! - A ```` ```console ```` block is a session: each `$ negograph ...` line
//!   runs, and the lines after it up to the next `$` are its expected output,
//!   compared exactly (trailing spaces aside); a line `...` stands for any
//!   number of lines.
//! - A ```` ```sh ```` block is a script: its lines run in order, in one
//!   shell, so `export` carries from line to line. A trailing `# exits N`
//!   says a line is meant to fail with code N.
//! - Lines that run cargo, pip or python are not run here (CI runs the test
//!   command itself, and the benchmarks take minutes); they must be one of
//!   [`NOT_RUN_HERE`], so a new command cannot slip past untested.
//!   `cargo run --release -- ARGS` runs as `negograph ARGS`.
//!
//! - A ```` ```json ```` block is a file-format example: `check` must read
//!   it without an error.
//!
//! The README runs first, then the pages in the order `docs/README.md`
//! lists them, all in one scratch folder holding a copy of `graph/`, so
//! later blocks see what earlier ones made. Their links must lead somewhere,
//! and the README and `.ci/run` must name the same test command.

//! The harness (`harness.rs`) reads and runs the blocks.
//! `NEGOGRAPH_BLESS=1 cargo test --test readme` writes what each
//! `console` command prints now into the page instead of failing, keeping
//! a block's `...`, and draws the pictures the pages show again: for
//! refreshing the pages after a change of output.

#[path = "../common/mod.rs"]
mod common;
mod harness;

use std::path::{Path, PathBuf};
use std::process::Command;

use harness::{Block, blocks, matches, repo, run_block, scratch, strip_comment};

/// The one command that runs the tests: the README shows it on its first
/// screen, and CI runs it.
const TEST_COMMAND: &str = "bash tests/run.sh";

/// Documentation lines the suite does not run, each with the reason.
pub(crate) const NOT_RUN_HERE: &[(&str, &str)] = &[
    (TEST_COMMAND, "the tests themselves; CI runs it"),
    (
        "bash tests/run.sh --test readme",
        "the tests themselves, this one",
    ),
    (
        "bash tests/run.sh --test suite changes::",
        "the tests themselves, one module of them",
    ),
    ("cargo bench", "minutes; run by hand"),
    (
        "bash benches/render.sh 3",
        "the render benchmark, a minute of Graphviz on a release build",
    ),
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

/// The pages, in the order they run: the README, then those
/// `docs/README.md` links to, in its order (a line in an HTML comment is a
/// slot, not a link), then `docs/README.md` itself.
fn documents() -> Vec<String> {
    let index = std::fs::read_to_string(repo().join("docs/README.md")).unwrap();
    let link = regex::Regex::new(r"\]\(([a-z0-9-]+\.md)\)").unwrap();
    let mut pages = vec!["README.md".to_owned()];
    for line in index
        .lines()
        .filter(|l| !l.trim_start().starts_with("<!--"))
    {
        for page in link.captures_iter(line) {
            let page = format!("docs/{}", &page[1]);
            if !pages.contains(&page) {
                pages.push(page);
            }
        }
    }
    pages.push("docs/README.md".to_owned());
    pages
}

/// Every fenced block of every page, in running order.
fn all_blocks() -> Vec<Block> {
    documents()
        .iter()
        .flat_map(|page| {
            let text = std::fs::read_to_string(repo().join(page))
                .unwrap_or_else(|e| panic!("{page}: {e}"));
            blocks(page, &text)
        })
        .collect()
}

#[test]
fn every_command_in_the_readme_and_docs_runs_as_written() {
    let dir = scratch();
    let mut ran = 0;
    let mut fixes = Vec::new();
    for block in all_blocks() {
        ran += run_block(dir.path(), &block, &mut fixes);
    }
    harness::apply(&fixes);
    println!("{ran} commands of the README and docs/ ran");
    // 87 when the README was split into docs/ (13 in the README, 74 in
    // docs/; 76 before, in the README alone): fewer means a command was
    // dropped.
    assert!(ran >= 87, "only {ran} commands of the README and docs/ ran");
    // The pictures the pages show are the ones their commands draw now.
    let mut compared = 0;
    for entry in std::fs::read_dir(repo().join("graph")).unwrap() {
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
            if harness::blessing() && same(&path) != same(&drawn) {
                std::fs::copy(&drawn, &path).unwrap();
                println!("drew {} again", path.display());
            }
            assert!(
                same(&path) == same(&drawn),
                "{} is not what the docs' command draws now: run it again",
                path.display()
            );
            compared += 1;
        }
    }
    assert!(compared >= 3, "{compared} pictures compared");
    // PNGs: pixels may differ by a Graphviz or cairo version, the size not.
    let mut pngs = 0;
    for entry in std::fs::read_dir(repo().join("graph")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "png") {
            let drawn = dir.path().join("graph").join(path.file_name().unwrap());
            let size = |p: &Path| -> (u32, u32) {
                let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                assert!(
                    bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
                    "{} is a PNG",
                    p.display()
                );
                let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
                (word(16), word(20))
            };
            if harness::blessing()
                && std::fs::read(&path).unwrap() != std::fs::read(&drawn).unwrap()
            {
                std::fs::copy(&drawn, &path).unwrap();
                println!("drew {} again", path.display());
            }
            assert_eq!(
                size(&path),
                size(&drawn),
                "{} is not what the docs' command draws now: run it again",
                path.display()
            );
            pngs += 1;
        }
    }
    assert!(pngs >= 4, "{pngs} PNG pictures compared");
}

#[test]
fn the_list_of_commands_left_to_others_is_exactly_what_the_docs_have() {
    let shown: Vec<String> = all_blocks()
        .into_iter()
        .filter(|b| b.lang == "sh")
        .flat_map(|b| b.lines)
        .map(|l| strip_comment(&l).0.to_owned())
        .collect();
    for (command, why) in NOT_RUN_HERE {
        assert!(
            shown.iter().any(|l| l == command),
            "`{command}` ({why}) is no longer in the README or docs/: drop it from NOT_RUN_HERE"
        );
    }
}

#[test]
fn every_page_of_docs_is_in_its_index() {
    let listed = documents();
    for entry in std::fs::read_dir(repo().join("docs")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") {
            let page = format!("docs/{name}");
            assert!(
                listed.contains(&page),
                "{page} is not linked from docs/README.md"
            );
        }
    }
    assert!(listed.len() >= 10, "{listed:?}");
}

/// A heading's anchor as GitHub makes it: lower case, punctuation dropped,
/// spaces as `-`.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

#[test]
fn every_link_in_the_readme_and_docs_leads_somewhere() {
    let link = regex::Regex::new(r"\]\(([^)\s]+)\)").unwrap();
    let anchors = |page: &Path| -> Vec<String> {
        let text = std::fs::read_to_string(page).unwrap();
        let mut fenced = false;
        text.lines()
            .filter(|l| {
                fenced ^= l.starts_with("```");
                !fenced && l.starts_with('#')
            })
            .map(|l| anchor(l.trim_start_matches('#')))
            .collect()
    };
    let mut checked = 0;
    for page in documents() {
        let path = repo().join(&page);
        // A line in an HTML comment is a slot for a page to come.
        let text: String = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("<!--"))
            .collect::<Vec<_>>()
            .join("\n");
        for target in link.captures_iter(&text).map(|c| c[1].to_owned()) {
            if target.starts_with("http://") || target.starts_with("https://") {
                continue;
            }
            let (file, fragment) = target.split_once('#').unwrap_or((&target, ""));
            let file = if file.is_empty() {
                path.clone()
            } else {
                path.parent().unwrap().join(file)
            };
            assert!(
                file.exists(),
                "{page}: the link ({target}) leads to no file"
            );
            if !fragment.is_empty() {
                assert!(
                    anchors(&file).iter().any(|a| a == fragment),
                    "{page}: the link ({target}) leads to no heading"
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "{checked} links checked");
}

/// The lines of `text`'s `sh` blocks, comments stripped.
fn sh_lines(text: &str) -> Vec<String> {
    blocks("", text)
        .into_iter()
        .filter(|b| b.lang == "sh")
        .flat_map(|b| b.lines)
        .map(|l| strip_comment(&l).0.to_owned())
        .collect()
}

#[test]
fn the_readme_shows_the_test_command_ci_runs_on_its_first_screen() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(
        lines < 350,
        "README.md has {lines} lines: move some to docs/"
    );
    let first_screen: String = readme.lines().take(30).collect::<Vec<_>>().join("\n");
    let shown = sh_lines(&first_screen);
    assert!(
        shown.iter().any(|l| l == TEST_COMMAND),
        "the README's first 30 lines do not show `{TEST_COMMAND}`"
    );
    assert!(
        shown
            .iter()
            .any(|l| l.starts_with("cargo run --release -- ")),
        "the README's first 30 lines do not show how to run it"
    );
    // CI runs the same command, and runs the tests no other way.
    let ci = std::fs::read_to_string(repo().join(".ci/run")).unwrap();
    let steps: Vec<&str> = ci
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .collect();
    assert!(
        steps.contains(&TEST_COMMAND),
        ".ci/run does not run `{TEST_COMMAND}`, the README's test command"
    );
    assert!(
        !steps.iter().any(|l| l.starts_with("cargo test")),
        ".ci/run runs cargo test itself, besides the README's command"
    );
}

/// The folder of `program` on PATH.
fn which(program: &str) -> PathBuf {
    std::env::split_paths(&std::env::var_os("PATH").unwrap())
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{program} is not on PATH"))
}

/// Runs the test command with `path` as PATH, installing nothing.
fn test_command(path: &std::ffi::OsStr, args: &[&str]) -> std::process::Output {
    Command::new(which("bash"))
        .arg(repo().join("tests/run.sh"))
        .args(args)
        .env("PATH", path)
        .env("NEGOGRAPH_NO_INSTALL", "1")
        // Python and its venv are looked for only without this.
        .env("NEGOGRAPH_ENGINES_PYTHON", which("true"))
        .output()
        .unwrap()
}

#[test]
fn the_test_command_says_in_one_line_what_a_fresh_machine_lacks() {
    // A PATH with the shell's tools and nothing else: no dot, no cargo.
    let bare = tempfile::tempdir().unwrap();
    for tool in ["bash", "dirname", "tr", "id"] {
        std::os::unix::fs::symlink(which(tool), bare.path().join(tool)).unwrap();
    }
    let out = Command::new(which("bash"))
        .arg(repo().join("tests/run.sh"))
        .env("PATH", bare.path())
        .env("NEGOGRAPH_NO_INSTALL", "1")
        .env("NEGOGRAPH_ENGINES_PYTHON", which("true"))
        .env("NEGOGRAPH_CHROMIUM", bare.path().join("chromium"))
        .env("NEGOGRAPH_CHROMEDRIVER", bare.path().join("chromedriver"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(out.stdout.is_empty(), "it went on: {out:?}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("apt-get install graphviz chromium chromium-driver"),
        "{stderr}"
    );
    // Given everything, it runs cargo test with its arguments.
    let fake = tempfile::tempdir().unwrap();
    let cargo = fake.path().join("cargo");
    std::fs::write(&cargo, "#!/bin/sh\necho cargo \"$@\"\n").unwrap();
    std::fs::set_permissions(&cargo, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let mut path = vec![fake.path().to_owned()];
    path.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap()));
    let out = test_command(&std::env::join_paths(path).unwrap(), &["--test", "readme"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "cargo test --locked --test readme\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
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

#[test]
fn the_license_files_are_the_ones_cargo_toml_names_and_there_is_a_changelog() {
    let read = |f: &str| std::fs::read_to_string(repo().join(f)).unwrap();
    assert!(
        read("Cargo.toml").contains("\nlicense = \"MIT OR Apache-2.0\"\n"),
        "Cargo.toml's license changed: change the LICENSE files with it"
    );
    assert!(read("LICENSE-MIT").contains("Permission is hereby granted, free of charge"));
    let apache = read("LICENSE-APACHE");
    assert!(apache.contains("Apache License") && apache.contains("Version 2.0, January 2004"));
    let stops = read("CHANGELOG.md")
        .lines()
        .filter(|l| l.starts_with("## "))
        .count();
    assert!(stops >= 20, "CHANGELOG.md has {stops} entries");
}
