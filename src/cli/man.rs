//! `negograph man`: the man pages, rendered from the argument declarations
//! by `clap_mangen`: negograph(1), and negograph-COMMAND(1) for each subcommand.

use std::io;
use std::path::Path;

use negograph::terminal::inert;

use super::config;
use super::exit_codes::ExitCode;
use super::output::{self, eprint};

/// The declaration as the pages see it: built, so each subcommand is named
/// `negograph-COMMAND`, and without clap's `help` subcommand.
fn declaration() -> clap::Command {
    let mut cmd = config::declaration().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// Prints the page of the subcommand `path` names (none: negograph(1)), or
/// writes every page into `dir`. Errors other than standard output's are
/// reported here.
pub fn man(path: &[String], dir: Option<&Path>) -> io::Result<ExitCode> {
    let cmd = declaration();
    if let Some(dir) = dir {
        let written =
            std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(cmd, dir));
        return match written {
            Ok(()) => output::human(&format!(
                "wrote the man pages into {}\n",
                inert(&dir.display().to_string())
            ))
            .map(|()| ExitCode::Success),
            Err(e) => {
                eprint(&format!(
                    "error: cannot write the man pages into {}: {e}\n",
                    inert(&dir.display().to_string())
                ));
                Ok(ExitCode::UsageOrIo)
            }
        };
    }
    let mut page = cmd;
    for name in path {
        let Some(sub) = page.find_subcommand(name).cloned() else {
            eprint(&format!(
                "error: {} has no subcommand '{}' (see {} --help)\n",
                page.get_display_name().unwrap_or("negograph"),
                inert(name),
                page.get_display_name()
                    .unwrap_or("negograph")
                    .replace('-', " "),
            ));
            return Ok(ExitCode::UsageOrIo);
        };
        page = sub;
    }
    let mut text = Vec::new();
    // Rendering into memory cannot fail; writing it out can.
    clap_mangen::Man::new(page)
        .render(&mut text)
        .and_then(|()| output::bytes(&text))
        .map(|()| ExitCode::Success)
}
