//! The command-line arguments the library's messages, hints and `ask`'s
//! readings name, as types: a subcommand ([`Cmd`]), an option ([`Opt`]), a
//! whole command line ([`Line`]).
//!
//! The library never spells a flag. Whoever owns the arguments (the
//! `negograph` command, `src/cli/`) installs a [`Spelling`] once, and every
//! [`Opt`] and [`Line`] a message shows is written through it; so a flag is
//! named in one place, next to its declaration, and a test there parses
//! every line the program prints. Without one installed (a library user),
//! options read as their names (`as_of`) and lines as calls
//! (`blockers(ceasefire-30d, as_of 2025-05-10)`).

use std::fmt;
use std::sync::OnceLock;

use serde::{Serialize, Serializer};

/// A subcommand. Its name is vocabulary shared with the JSON answers
/// (`"command": "blockers"`), like a relation's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)] // each is the subcommand of its name
pub enum Cmd {
    Show,
    Blockers,
    Requires,
    Stance,
    Who,
    Responses,
    Path,
    Deadlocks,
    Conflicts,
    Compare,
    Issues,
    Unblock,
    Effects,
    Changes,
    Timeline,
    Ask,
    Check,
    New,
    Link,
    SetEdge,
    Status,
    Rename,
    Render,
    Set,
    Source,
    Draft,
    Apply,
    Convert,
}

impl Cmd {
    /// The subcommand's name.
    pub const fn name(self) -> &'static str {
        match self {
            Cmd::Show => "show",
            Cmd::Blockers => "blockers",
            Cmd::Requires => "requires",
            Cmd::Stance => "stance",
            Cmd::Who => "who",
            Cmd::Responses => "responses",
            Cmd::Path => "path",
            Cmd::Deadlocks => "deadlocks",
            Cmd::Conflicts => "conflicts",
            Cmd::Compare => "compare",
            Cmd::Issues => "issues",
            Cmd::Unblock => "unblock",
            Cmd::Effects => "effects",
            Cmd::Changes => "changes",
            Cmd::Timeline => "timeline",
            Cmd::Ask => "ask",
            Cmd::Check => "check",
            Cmd::New => "new",
            Cmd::Link => "link",
            Cmd::SetEdge => "set-edge",
            Cmd::Status => "status",
            Cmd::Rename => "rename",
            Cmd::Render => "render",
            Cmd::Set => "set",
            Cmd::Source => "source",
            Cmd::Draft => "draft",
            Cmd::Apply => "apply",
            Cmd::Convert => "convert",
        }
    }
}

impl fmt::Display for Cmd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Cmd {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// An option a message or a reading names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)] // each is the option of its name
pub enum Opt {
    MaxFileSize,
    AsOf,
    AllTime,
    Assume,
    Drop,
    From,
    To,
    Party,
    Relation,
    Side,
    AllChains,
    Undirected,
    All,
    MaxLen,
    Limit,
    Max,
    Size,
    Focus,
    Depth,
    PathView,
    Blockers,
    Requires,
    Unblock,
    Effects,
    Issue,
    Force,
    Cypher,
    Title,
    Edges,
    On,
    Source,
    Quote,
    Since,
    Until,
    By,
    Cascade,
    Sources,
    Examples,
    File,
}

impl Opt {
    /// Every option, for the test that each is spelled and parses.
    pub const ALL: [Opt; 39] = [
        Opt::MaxFileSize,
        Opt::AsOf,
        Opt::AllTime,
        Opt::Assume,
        Opt::Drop,
        Opt::From,
        Opt::To,
        Opt::Party,
        Opt::Relation,
        Opt::Side,
        Opt::AllChains,
        Opt::Undirected,
        Opt::All,
        Opt::MaxLen,
        Opt::Limit,
        Opt::Max,
        Opt::Size,
        Opt::Focus,
        Opt::Depth,
        Opt::PathView,
        Opt::Blockers,
        Opt::Requires,
        Opt::Unblock,
        Opt::Effects,
        Opt::Issue,
        Opt::Force,
        Opt::Cypher,
        Opt::Title,
        Opt::Edges,
        Opt::On,
        Opt::Source,
        Opt::Quote,
        Opt::Since,
        Opt::Until,
        Opt::By,
        Opt::Cascade,
        Opt::Sources,
        Opt::Examples,
        Opt::File,
    ];
}

/// What a message says was asked: a subcommand, or an option (a drawing
/// option such as `--party` takes a node too).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    /// A subcommand's argument (`stance X`).
    Cmd(Cmd),
    /// An option's value (`--party X`).
    Opt(Opt),
    /// A phrase of a question that took it ("the gap on").
    Words(&'static str),
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Cmd(c) => c.fmt(f),
            Arg::Opt(o) => o.fmt(f),
            Arg::Words(w) => f.write_str(w),
        }
    }
}

/// One word of a command line after its subcommand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Word {
    /// A positional argument (a node's id, a file): quoted for a shell when it needs it.
    Arg(String),
    /// An option with no value (`--all-time`).
    Flag(Opt),
    /// An option and its value (`--as-of 2025-05-10`).
    Valued(Opt, String),
    /// A placeholder the reader fills in (`NODE`, `...`), written as it is.
    Placeholder(&'static str),
}

/// A command line, typed: what the library suggests running, or what a
/// reading of a question runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The subcommand.
    pub cmd: Cmd,
    /// The words after it, in order.
    pub words: Vec<Word>,
}

impl Line {
    /// The subcommand alone.
    pub fn new(cmd: Cmd) -> Line {
        Line {
            cmd,
            words: Vec::new(),
        }
    }

    /// The subcommand with one positional argument.
    pub fn with_arg(cmd: Cmd, arg: impl Into<String>) -> Line {
        Line::new(cmd).arg(arg)
    }

    /// This line with one more positional argument.
    #[must_use]
    pub fn arg(mut self, arg: impl Into<String>) -> Line {
        self.words.push(Word::Arg(arg.into()));
        self
    }

    /// This line with one more option without a value.
    #[must_use]
    pub fn flag(mut self, opt: Opt) -> Line {
        self.words.push(Word::Flag(opt));
        self
    }

    /// This line with one more option and its value.
    #[must_use]
    pub fn valued(mut self, opt: Opt, value: impl Into<String>) -> Line {
        self.words.push(Word::Valued(opt, value.into()));
        self
    }

    /// This line with a placeholder the reader fills in.
    #[must_use]
    pub fn placeholder(mut self, word: &'static str) -> Line {
        self.words.push(Word::Placeholder(word));
        self
    }
}

/// How the owner of the arguments writes them. Installed once with
/// [`install`].
pub trait Spelling: Sync + Send {
    /// The option as typed (`--as-of`).
    fn option(&self, opt: Opt) -> &'static str;
    /// The whole line as typed (`negograph blockers ceasefire-30d --as-of 2025-05-10`).
    fn line(&self, line: &Line) -> String;
}

static SPELLING: OnceLock<&'static dyn Spelling> = OnceLock::new();

/// Installs the spelling every [`Opt`] and [`Line`] is shown with; the
/// first one installed stays.
pub fn install(spelling: &'static dyn Spelling) {
    let _ = SPELLING.set(spelling);
}

fn installed() -> Option<&'static dyn Spelling> {
    SPELLING.get().copied()
}

impl fmt::Display for Opt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match installed() {
            Some(s) => f.write_str(s.option(*self)),
            None => write!(f, "{}", neutral(*self)),
        }
    }
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(s) = installed() {
            return f.write_str(&s.line(self));
        }
        let words: Vec<String> = self
            .words
            .iter()
            .map(|w| match w {
                Word::Arg(a) => a.clone(),
                Word::Flag(o) => neutral(*o),
                Word::Valued(o, v) => format!("{} {v}", neutral(*o)),
                Word::Placeholder(p) => (*p).to_owned(),
            })
            .collect();
        write!(f, "{}({})", self.cmd, words.join(", "))
    }
}

impl Serialize for Line {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An option's name with no spelling installed: `AsOf` as `as_of`.
fn neutral(opt: Opt) -> String {
    let mut out = String::new();
    for (i, c) in format!("{opt:?}").chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unspelled_options_and_lines_read_as_names_and_calls() {
        // The library's own tests never install a spelling.
        assert_eq!(Opt::MaxFileSize.to_string(), "max_file_size");
        let line = Line::with_arg(Cmd::Blockers, "x").valued(Opt::AsOf, "2025-05-10");
        assert_eq!(line.to_string(), "blockers(x, as_of 2025-05-10)");
    }

    #[test]
    fn all_lists_every_option_once() {
        let mut seen = std::collections::BTreeSet::new();
        for o in Opt::ALL {
            assert!(seen.insert(o), "{o:?} twice");
        }
    }
}
