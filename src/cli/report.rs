//! Errors and findings for people: a one-line message, and for problems inside a
//! graph file the file, line, column and a pointer into the source (miette).

use std::fmt;
use std::sync::Arc;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};
use negograph::diagnostic::{Diagnostic, Severity};
use negograph::locate::{Locator, offset_of};
use negograph::{Error, Input};

/// How many findings of each severity are drawn in full; `check --json` lists all.
const MAX_SHOWN: usize = 30;
/// Lines longer than this are not drawn (a minified file is one huge line).
const MAX_DRAWN_LINE: usize = 400;

/// The source of one file with an index of its lines and items, so that pointing
/// at any number of places in a large file stays linear.
#[derive(Clone)]
pub struct IndexedSource {
    name: String,
    locator: Arc<Locator>,
}

impl IndexedSource {
    pub fn new(input: &Input) -> IndexedSource {
        IndexedSource {
            name: input.origin.clone(),
            locator: Arc::new(Locator::new(input.text.clone())),
        }
    }

    pub fn locator(&self) -> &Locator {
        &self.locator
    }

    fn text(&self) -> &str {
        self.locator.text()
    }

    /// Whether the line holding `offset` is short enough to draw.
    fn drawable(&self, offset: usize) -> bool {
        self.locator.line_range(self.locator.line_of(offset)).len() <= MAX_DRAWN_LINE
    }
}

impl fmt::Debug for IndexedSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IndexedSource({})", self.name)
    }
}

impl SourceCode for IndexedSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let loc = &self.locator;
        let text = loc.text();
        let start = span.offset().min(text.len());
        let end = (span.offset() + span.len()).min(text.len());
        let first = loc.line_of(start).saturating_sub(context_lines_before);
        let last = (loc.line_of(end) + context_lines_after).min(loc.line_count() - 1);
        let from = loc.line_range(first).start;
        let to = loc.line_range(last).end;
        let column = text.get(from..start).map_or(0, |s| s.chars().count());
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &text.as_bytes()[from..to],
            SourceSpan::new(from.into(), to - from),
            first,
            column,
            last - first + 1,
        )))
    }
}

/// One finding, ready for miette to draw.
#[derive(Debug)]
struct Shown {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    source: Option<IndexedSource>,
    span: Option<SourceSpan>,
    label: String,
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Shown {}

impl miette::Diagnostic for Shown {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.span?;
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(self.label.clone()),
            span,
        ))))
    }
}

pub struct Reporter {
    handler: GraphicalReportHandler,
}

impl Reporter {
    pub fn new(color: bool) -> Reporter {
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        Reporter {
            handler: GraphicalReportHandler::new_themed(theme)
                .with_width(100)
                .with_links(false),
        }
    }

    fn draw(&self, shown: &Shown) -> String {
        let mut out = String::new();
        if self.handler.render_report(&mut out, shown).is_err() {
            out = format!("{}: {}\n", shown.code, shown.message);
        }
        out
    }

    /// Renders a finding about a graph file, pointing into the file where it can.
    pub fn diagnostic(&self, d: &Diagnostic, source: &IndexedSource) -> String {
        let loc = source.locator();
        let range = loc.locate(&d.path);
        let (line, column) = range.as_ref().map_or((1, 1), |r| loc.line_col(r.start));
        let drawable = range.as_ref().is_some_and(|r| source.drawable(r.start));
        // A long value (a whole edge object) is pointed at by its first line only.
        let span = range.filter(|_| drawable).map(|r| {
            let first_line_end = loc.line_range(loc.line_of(r.start)).end;
            let end = r
                .end
                .min(first_line_end)
                .max(r.start + 1)
                .min(loc.text().len());
            SourceSpan::new(r.start.into(), end - r.start)
        });
        let shown = Shown {
            message: format!("{}:{line}:{column}: {}", source.name, d.message),
            code: d.code.to_owned(),
            severity: match d.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
            },
            help: d.help.clone(),
            source: span.is_some().then(|| source.clone()),
            span,
            label: format!("at {}", d.path),
        };
        self.draw(&shown)
    }

    /// Renders findings, errors first, at most [`MAX_SHOWN`] of each severity.
    pub fn diagnostics(&self, all: &[Diagnostic], source: &IndexedSource) -> String {
        let mut out = String::new();
        for severity in [Severity::Error, Severity::Warning] {
            let of: Vec<&Diagnostic> = all.iter().filter(|d| d.severity == severity).collect();
            for d in of.iter().take(MAX_SHOWN) {
                out.push_str(&self.diagnostic(d, source));
            }
            if of.len() > MAX_SHOWN {
                out.push_str(&format!(
                    "... and {} more {}s (negograph check --json lists them all)\n\n",
                    of.len() - MAX_SHOWN,
                    if severity == Severity::Error {
                        "error"
                    } else {
                        "warning"
                    }
                ));
            }
        }
        out
    }

    /// Renders any error; parse errors and invalid graphs point into `source`.
    pub fn error(&self, err: &Error, source: Option<&IndexedSource>) -> String {
        match (err, source) {
            (
                Error::Invalid {
                    diagnostics,
                    origin,
                },
                Some(src),
            ) => {
                let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                format!(
                    "{}error: {origin}: the graph has {errors} error(s); nothing else was done\n",
                    self.diagnostics(diagnostics, src)
                )
            }
            (
                Error::Refused {
                    origin,
                    diagnostics,
                    after,
                },
                _,
            ) => {
                let input = Input {
                    origin: format!("{origin} (after the edit)"),
                    text: after.clone(),
                    builtin: false,
                };
                format!(
                    "{}error: {err}\n",
                    self.diagnostics(diagnostics, &IndexedSource::new(&input))
                )
            }
            (
                Error::Parse {
                    origin,
                    line,
                    column,
                    path,
                    message,
                },
                Some(src),
            ) => {
                let at = offset_of(src.text(), *line, *column);
                let drawable = src.drawable(at);
                let shown = Shown {
                    message: format!("{origin}:{line}:{column}: {message}"),
                    code: if path.is_some() {
                        "bad-value"
                    } else {
                        "bad-json"
                    }
                    .into(),
                    severity: miette::Severity::Error,
                    help: path.as_ref().map(|p| format!("at {p}")),
                    source: drawable.then(|| src.clone()),
                    span: drawable.then(|| SourceSpan::new(at.into(), 0)),
                    label: "here".into(),
                };
                self.draw(&shown)
            }
            _ => format!("error: {err}\n"),
        }
    }
}
