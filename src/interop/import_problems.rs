//! Where an import's findings are: a [`Problem`] is a finding placed in a
//! CSV file (file, line, column and its header name), and the helpers that
//! place one. Apart from [`super::import`], which reads the files, so that
//! each stays a size one reads whole.

use std::fmt;

use crate::args::Opt;
use crate::diagnostic::{Diagnostic, Severity};

/// A finding placed in a CSV file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file as given, or `None` for what no file holds (the title).
    pub file: Option<String>,
    /// 1-based line where the row starts.
    pub line: Option<usize>,
    /// 1-based position of the cell in its row.
    pub column: Option<usize>,
    /// The header of that column.
    pub column_name: Option<String>,
    /// What is wrong, as validation words it (its path is into the document
    /// the rows became).
    pub diagnostic: Diagnostic,
}

impl Problem {
    /// Whether the finding is an error (an import with one writes nothing).
    pub fn is_error(&self) -> bool {
        self.diagnostic.is_error()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.file {
            Some(file) => f.write_str(file)?,
            None => write!(f, "{}", Opt::Title)?,
        }
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        if let Some(name) = &self.column_name {
            write!(f, " ({name})")?;
        }
        let d = &self.diagnostic;
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {severity}[{}]: {}", d.code, d.message)?;
        if let Some(help) = &d.help {
            write!(f, "; {help}")?;
        }
        Ok(())
    }
}

/// The known column most like `typed`, for "did you mean".
pub(super) fn strsim_closest(typed: &str, known: &'static [&'static str]) -> Option<&'static str> {
    let typed = typed.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(&typed, k), *k))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// A problem found at `line` (and `column`, named `name`) of `file`.
pub(super) fn problem_at(
    file: &str,
    line: usize,
    column: Option<usize>,
    name: Option<&str>,
    diagnostic: Diagnostic,
) -> Problem {
    Problem {
        file: Some(file.to_owned()),
        line: Some(line),
        column,
        column_name: name.map(str::to_owned),
        diagnostic,
    }
}
