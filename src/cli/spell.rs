//! How the command line writes the library's typed arguments: each option
//! as its flag, a [`Line`] as a command a shell runs. Installed before
//! anything runs ([`install`]), so every message, hint and `ask` reading the
//! library makes is spelled here, next to the flags' declarations in
//! [`super::args`]; the tests below parse every such line back with the
//! real parser.

use negograph::args::{self, Line, Opt, Spelling, Word};

/// The command line's spelling.
struct Flags;

impl Spelling for Flags {
    fn option(&self, opt: Opt) -> &'static str {
        flag(opt)
    }

    fn line(&self, line: &Line) -> String {
        let mut out = format!("negograph {}", line.cmd.name());
        for word in &line.words {
            out.push(' ');
            match word {
                Word::Arg(a) => out.push_str(&shell_word(a)),
                Word::Flag(o) => out.push_str(flag(*o)),
                Word::Valued(o, v) => {
                    out.push_str(flag(*o));
                    out.push(' ');
                    out.push_str(&shell_word(v));
                }
                Word::Placeholder(p) => out.push_str(p),
            }
        }
        out
    }
}

/// Makes the library spell options and lines as this command line does.
pub fn install() {
    args::install(&Flags);
}

/// Each option's flag, as `args/` declares it.
fn flag(opt: Opt) -> &'static str {
    match opt {
        Opt::MaxFileSize => "--max-file-size",
        Opt::AsOf => "--as-of",
        Opt::AllTime => "--all-time",
        Opt::Assume => "--assume",
        Opt::Drop => "--drop",
        Opt::From => "--from",
        Opt::To => "--to",
        Opt::Party => "--party",
        Opt::Relation => "--relation",
        Opt::Side => "--side",
        Opt::AllChains => "--all-chains",
        Opt::Undirected => "--undirected",
        Opt::All => "--all",
        Opt::MaxLen => "--max-len",
        Opt::Limit => "--limit",
        Opt::Max => "--max",
        Opt::Size => "--size",
        Opt::Focus => "--focus",
        Opt::Depth => "--depth",
        Opt::PathView => "--path",
        Opt::Blockers => "--blockers",
        Opt::Requires => "--requires",
        Opt::Unblock => "--unblock",
        Opt::Effects => "--effects",
        Opt::Issue => "--issue",
        Opt::Force => "--force",
        Opt::Cypher => "--cypher",
        Opt::Title => "--title",
        Opt::Edges => "--edges",
        Opt::On => "--on",
        Opt::Source => "--source",
        Opt::Quote => "--quote",
        Opt::Since => "--since",
        Opt::Until => "--until",
        Opt::By => "--by",
        Opt::Cascade => "--cascade",
        Opt::Sources => "--sources",
        Opt::Examples => "--examples",
        Opt::File => "-f",
    }
}

/// A word as a shell reads it back: as it is when it is plain, else in
/// double quotes when nothing in it is special there, else in single quotes.
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '/'));
    if plain {
        word.to_owned()
    } else if !word.contains(['"', '$', '`', '\\', '!']) {
        format!("\"{word}\"")
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use clap::Parser;
    use negograph::error::{Error, Hint};
    use negograph::request::Action;
    use negograph::view::{ViewSpec, When};
    use negograph::{Graph, Input};

    use super::super::args::Cli;
    use super::super::config::{Config, Task};
    use super::*;

    /// Every long and short flag the parser declares, on any subcommand.
    fn declared() -> BTreeSet<String> {
        fn walk(c: &clap::Command, into: &mut BTreeSet<String>) {
            for a in c.get_arguments() {
                if let Some(l) = a.get_long() {
                    into.insert(format!("--{l}"));
                }
                if let Some(s) = a.get_short() {
                    into.insert(format!("-{s}"));
                }
            }
            for s in c.get_subcommands() {
                walk(s, into);
            }
        }
        let mut all = BTreeSet::new();
        walk(&super::super::config::declaration(), &mut all);
        all
    }

    #[test]
    fn every_option_the_library_names_is_a_declared_flag() {
        let declared = declared();
        for opt in Opt::ALL {
            assert!(
                declared.contains(flag(opt)),
                "{opt:?} is spelled {} but no subcommand declares it",
                flag(opt)
            );
        }
    }

    /// A line as a shell splits it, parsed by the real parser into the query it asks.
    fn parse(line: &str) -> (serde_json::Value, serde_json::Value) {
        let words = shlex::split(line).unwrap_or_else(|| panic!("a shell cannot split {line}"));
        let cli = Cli::try_parse_from(&words).unwrap_or_else(|e| panic!("{line}: {e}"));
        let config = Config::new(cli).unwrap_or_else(|e| panic!("{line}: {e}"));
        let Task::Run { request, .. } = config.task else {
            panic!("{line} is not a question");
        };
        match request.action {
            Action::Query { query, view } => (
                serde_json::to_value(&query).unwrap(),
                serde_json::to_value(&view).unwrap(),
            ),
            _ => panic!("{line} is not a question"),
        }
    }

    fn graph(file: Option<&str>) -> Graph {
        let input = match file {
            None => Input::builtin(),
            Some(f) => {
                Input::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join(f), u64::MAX).unwrap()
            }
        };
        Graph::from_document(&input.origin, input.parse().unwrap()).unwrap()
    }

    /// Every line `ask` prints as "Reading this as:" for its examples (and
    /// the shell-hostile names below) parses back into the very query and
    /// view it read.
    #[test]
    fn every_reading_ask_prints_parses_back_into_what_it_read() {
        install();
        let mut lines = 0;
        for (_, example) in negograph::ask::examples() {
            let g = graph(example.graph);
            let interpretation =
                negograph::ask::interpret(example.question, &g, &ViewSpec::default()).unwrap();
            for reading in &interpretation.readings {
                let line = negograph::ask::command_line(&g, reading).to_string();
                let (query, view) = parse(&line);
                assert_eq!(
                    query,
                    serde_json::to_value(reading.query.named(&g)).unwrap(),
                    "{line}"
                );
                if reading.view.when != When::Today {
                    assert_eq!(view, serde_json::to_value(&reading.view).unwrap(), "{line}");
                }
                lines += 1;
            }
        }
        assert!(lines > 50, "only {lines} readings");
        // Views with names a shell would split or expand.
        for name in [
            "the West's aid",
            "a \"quoted\" $name",
            "back\\slash!",
            "x y",
        ] {
            let spec = ViewSpec {
                when: When::On("2025-05-10".parse().unwrap()),
                assume: vec![name.to_owned()],
                drop: Vec::new(),
            };
            let mut line = Line::with_arg(args::Cmd::Blockers, "ceasefire-30d");
            line.words.extend(spec.words());
            let (_, view) = parse(&line.to_string());
            assert_eq!(view, serde_json::to_value(&spec).unwrap(), "{line}");
        }
    }

    /// The command a "Try:" hint or a suggestion names runs as written.
    #[test]
    fn every_hint_parses() {
        install();
        let g = graph(None);
        let hints = [
            negograph::query::Query::Blockers {
                node: "russia".to_owned(),
                all_chains: false,
            }
            .resolve(&g),
            negograph::query::Query::Stance("ceasefire-30d".to_owned()).resolve(&g),
        ];
        for refused in hints {
            let Err(Error::WrongKind {
                hint: Some(Hint::Run(line)),
                ..
            }) = refused
            else {
                panic!("expected a wrong-kind refusal with a command: {refused:?}");
            };
            let (query, _) = parse(&line.to_string());
            assert!(
                query["command"] == "stance" || query["command"] == "who",
                "{line}"
            );
        }
        let no_reading = negograph::ask::interpret("why?", &g, &ViewSpec::default());
        let Err(Error::Question { forms, .. }) = no_reading else {
            panic!("'why?' was read");
        };
        for form in forms {
            let line = Line::with_arg(args::Cmd::Ask, form).to_string();
            let words = shlex::split(&line).unwrap();
            Cli::try_parse_from(&words).unwrap_or_else(|e| panic!("{line}: {e}"));
        }
    }
}
