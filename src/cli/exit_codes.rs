//! The exit codes, in one place, as the README's table lists them.

use negograph::Error;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitCode {
    /// 0: success, including an empty answer ("nothing blocks X") and a
    /// reader that stopped reading (`| head`).
    Success,
    /// 1: the graph has errors: malformed JSON, a broken rule, a quote not found.
    GraphHasErrors,
    /// 2: a bad flag or date, an unknown or ambiguous name, a file that cannot
    /// be read or written (standard output included), a question `ask` does not
    /// understand.
    UsageOrIo,
}

impl ExitCode {
    /// The code for a failure: the graph's fault, or the request's and the
    /// system's.
    pub fn of(error: &Error) -> ExitCode {
        if error.is_graph_fault() {
            ExitCode::GraphHasErrors
        } else {
            ExitCode::UsageOrIo
        }
    }
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(code: ExitCode) -> std::process::ExitCode {
        std::process::ExitCode::from(match code {
            ExitCode::Success => 0,
            ExitCode::GraphHasErrors => 1,
            ExitCode::UsageOrIo => 2,
        })
    }
}
