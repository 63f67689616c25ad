//! Reading a page's fenced blocks and running them (see `main.rs`).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::NOT_RUN_HERE;

/// A fenced block of a page: its page, language, first line's number, lines.
pub(crate) struct Block {
    pub(crate) file: String,
    pub(crate) lang: String,
    pub(crate) line: usize,
    pub(crate) lines: Vec<String>,
}

pub(crate) fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn blocks(file: &str, text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in text.lines().enumerate() {
        if let Some(fence) = line.strip_prefix("```") {
            match open.take() {
                Some(block) => out.push(block),
                None => {
                    open = Some(Block {
                        file: file.to_owned(),
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
pub(crate) fn strip_comment(line: &str) -> (&str, Option<&str>) {
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
pub(crate) fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("graph"), &dir.path().join("graph"));
    dir
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
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
pub(crate) fn bin_dir() -> PathBuf {
    let bin = assert_cmd::cargo::cargo_bin("negograph");
    bin.parent().unwrap().to_owned()
}

pub(crate) fn shell(dir: &Path, script: &str) -> std::process::Output {
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
pub(crate) fn left_to_others(command: &str) -> bool {
    NOT_RUN_HERE.iter().any(|(c, _)| *c == command)
}

/// The script for a `sh` block, each command checked for its exit code,
/// and how many commands it runs.
pub(crate) fn sh_script(block: &Block) -> Option<(String, usize)> {
    let mut script = String::new();
    let mut commands = 0;
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
            "{} line {}: `{command}` is neither run by the suite nor listed in NOT_RUN_HERE",
            block.file,
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
        commands += 1;
        script.push_str(&format!(
            "{command}\nrc=$?; if [ $rc -ne {expected} ]; then echo \"{} line {}: exit $rc, expected {expected}: {}\" >&2; exit 99; fi\n",
            block.file,
            block.line + k,
            command.replace('"', "'").replace('$', "")
        ));
    }
    (commands > 0).then_some((script, commands))
}

/// Expected output matches actual output, `...` standing for any lines.
pub(crate) fn matches(expected: &[String], actual: &[&str]) -> bool {
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

/// Lines of a page to replace: `count` lines from line `line` by `with`.
pub(crate) struct Fix {
    file: String,
    line: usize,
    count: usize,
    with: Vec<String>,
}

/// Whether to write what commands print into the pages (`NEGOGRAPH_BLESS=1`).
pub(crate) fn blessing() -> bool {
    std::env::var_os("NEGOGRAPH_BLESS").is_some_and(|v| v == "1")
}

/// `actual` in the shape of `expected`: as many lines before and after a
/// lone `...` as it has. Several `...` are left for a person to place.
fn reshaped(expected: &[String], actual: &[&str]) -> Option<Vec<String>> {
    let dots: Vec<usize> = (0..expected.len())
        .filter(|&i| expected[i] == "...")
        .collect();
    let all = || actual.iter().map(|l| l.trim_end().to_owned()).collect();
    match dots[..] {
        [] => Some(all()),
        [at] => {
            let (head, tail) = (at, expected.len() - at - 1);
            if head + tail >= actual.len() {
                return Some(all());
            }
            let mut lines: Vec<String> = all();
            lines.drain(head..actual.len() - tail);
            lines.insert(head, "...".to_owned());
            Some(lines)
        }
        _ => None,
    }
}

/// Writes the fixes into their pages.
pub(crate) fn apply(fixes: &[Fix]) {
    let mut files: Vec<&str> = fixes.iter().map(|f| f.file.as_str()).collect();
    files.dedup();
    for file in files {
        let path = repo().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        // From the bottom up, so the line numbers above stay right.
        for fix in fixes.iter().rev().filter(|f| f.file == file) {
            lines.splice(fix.line - 1..fix.line - 1 + fix.count, fix.with.clone());
        }
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
        println!("wrote the output of today's commands into {file}");
    }
}

/// Runs a session, blessing what differs into `fixes` when asked to; the
/// number of commands in it.
pub(crate) fn run_console(dir: &Path, block: &Block, fixes: &mut Vec<Fix>) -> usize {
    let mut k = 0;
    let mut commands = 0;
    while k < block.lines.len() {
        let line = &block.lines[k];
        let Some(command) = line.strip_prefix("$ ") else {
            panic!(
                "{} line {}: a console block line outside a command's output: {line}",
                block.file,
                block.line + k
            );
        };
        let at = format!("{} line {}", block.file, block.line + k);
        k += 1;
        let mut expected = Vec::new();
        let first = k;
        while k < block.lines.len() && !block.lines[k].starts_with("$ ") {
            expected.push(block.lines[k].clone());
            k += 1;
        }
        assert!(
            command.starts_with("negograph "),
            "{at}: console blocks show negograph commands"
        );
        let out = shell(dir, command);
        commands += 1;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let shown: Vec<&str> = stdout.lines().chain(stderr.lines()).collect();
        if matches(&expected, &shown) {
            continue;
        }
        if let Some(with) = reshaped(&expected, &shown).filter(|_| blessing()) {
            fixes.push(Fix {
                file: block.file.clone(),
                line: block.line + first,
                count: expected.len(),
                with,
            });
            continue;
        }
        panic!(
            "{at}: `{command}` printed\n{stdout}{stderr}\nbut the page shows\n{}",
            expected.join("\n")
        );
    }
    commands
}

/// Runs one block in `dir`; the number of commands it ran.
pub(crate) fn run_block(dir: &Path, block: &Block, fixes: &mut Vec<Fix>) -> usize {
    let at = format!("{} line {}", block.file, block.line);
    match block.lang.as_str() {
        "console" => run_console(dir, block, fixes),
        "json" => {
            // A file-format example: it must be a graph negograph reads
            // without an error.
            let file = dir.join(format!("example-{}.json", block.line));
            std::fs::write(&file, block.lines.join("\n")).unwrap();
            let out = shell(dir, &format!("negograph -f {} check", file.display()));
            assert!(
                out.status.success(),
                "{at}: the JSON example:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
            1
        }
        "sh" => sh_script(block).map_or(0, |(script, commands)| {
            let out = shell(dir, &script);
            assert!(
                out.status.success(),
                "{at}:\n{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            commands
        }),
        _ => 0,
    }
}
