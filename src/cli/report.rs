//! Errors and findings for people: a one-line message, and for problems inside a
//! graph file the file, line, column and a pointer into the source (miette).
//!
//! Messages, help and the lines of the file drawn under them are made inert
//! ([`inert`]) first: a file can hold carriage returns, bidi controls and
//! escape sequences, and none of them may act on the terminal.

use std::fmt;
use std::sync::Arc;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};
use negograph::diagnostic::{Diagnostic, Severity};
use negograph::locate::{Locator, offset_of};
use negograph::terminal::inert;
use negograph::{Error, Input};

/// How many findings of each severity are drawn in full; `check --json` lists all.
const MAX_SHOWN: usize = 30;
/// Lines longer than this are not drawn (a minified file is one huge line).
const MAX_DRAWN_LINE: usize = 400;
/// Lines drawn before and after the line pointed at.
const CONTEXT_LINES: usize = 1;

/// The source of one file with an index of its lines and items, so that pointing
/// at any number of places in a large file stays linear.
#[derive(Clone)]
pub struct IndexedSource {
    name: String,
    locator: Arc<Locator>,
    /// For a file in the text format, where its items are: its findings'
    /// paths name items, not places in JSON.
    spans: Option<Arc<negograph::text::Spans>>,
}

impl IndexedSource {
    pub fn new(input: &Input) -> IndexedSource {
        IndexedSource {
            name: input.origin.clone(),
            locator: Arc::new(Locator::new(input.text.clone())),
            spans: negograph::text::is_text_path(&input.origin)
                .then(|| Arc::new(negograph::text::Spans::of(&input.text))),
        }
    }

    /// The bytes `path` names: for the text format, the line of its item.
    fn locate(&self, path: &negograph::diagnostic::JsonPath) -> Option<std::ops::Range<usize>> {
        match &self.spans {
            Some(spans) => {
                let (line, _) = spans.position(path);
                let range = self.locator.line_range(line - 1);
                (!range.is_empty()).then_some(range)
            }
            None => self.locator.locate(path),
        }
    }

    pub fn locator(&self) -> &Locator {
        &self.locator
    }

    fn text(&self) -> &str {
        self.locator.text()
    }

    /// Whether a 0-based line is short enough to draw.
    fn drawable_line(&self, line: usize) -> bool {
        self.locator.line_range(line).len() <= MAX_DRAWN_LINE
    }

    /// Whether the line holding `offset` is short enough to draw.
    fn drawable(&self, offset: usize) -> bool {
        self.drawable_line(self.locator.line_of(offset))
    }
}

impl fmt::Debug for IndexedSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IndexedSource({})", self.name)
    }
}

/// The lines of a file around the place a finding points at, made inert, with
/// the place's span moved to match: what miette draws.
#[derive(Debug)]
struct Snippet {
    name: String,
    /// The lines, each made inert, joined by `\n`.
    text: String,
    /// The 0-based number of the first line.
    first_line: usize,
    /// The place pointed at, within `text`.
    span: SourceSpan,
    /// Where the place starts in the file: 0-based line, and column in characters.
    line: usize,
    column: usize,
}

impl Snippet {
    /// The drawable lines around `start..end` (byte offsets on one line of
    /// `source`; `end` may be `start`).
    fn new(source: &IndexedSource, start: usize, end: usize) -> Snippet {
        let loc = source.locator();
        let line = loc.line_of(start);
        let mut first = line;
        while first > 0 && line - first < CONTEXT_LINES && source.drawable_line(first - 1) {
            first -= 1;
        }
        let mut last = line;
        while last + 1 < loc.line_count()
            && last - line < CONTEXT_LINES
            && source.drawable_line(last + 1)
        {
            last += 1;
        }
        let mut text = String::new();
        let (mut from, mut to) = (0, 0);
        for n in first..=last {
            let range = loc.line_range(n);
            let raw = &loc.text()[range.clone()];
            // The carriage return of a CRLF line ending ends the line; any
            // other one is shown.
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if n == line {
                let at = |offset: usize| {
                    let mut cut = offset.saturating_sub(range.start).min(raw.len());
                    while !raw.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    text.len() + inert(&raw[..cut]).len()
                };
                (from, to) = (at(start), at(end.max(start)));
            }
            text.push_str(&inert(raw));
            if n < last {
                text.push('\n');
            }
        }
        let (_, column) = loc.line_col(start);
        Snippet {
            name: inert(&source.name).into_owned(),
            text,
            first_line: first,
            span: SourceSpan::new(from.into(), to - from),
            line,
            column: column - 1,
        }
    }
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        _span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        if context_lines_before == 0 && context_lines_after == 0 {
            // Asked for the place itself, for the line and column in the
            // header: the file's, not the snippet's.
            let at = self.span.offset();
            let start = self.text[..at].rfind('\n').map_or(0, |p| p + 1);
            let end = self.text[at..]
                .find('\n')
                .map_or(self.text.len(), |p| at + p);
            return Ok(Box::new(MietteSpanContents::new_named(
                self.name.clone(),
                &self.text.as_bytes()[start..end],
                SourceSpan::new(start.into(), end - start),
                self.line,
                self.column,
                1,
            )));
        }
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            SourceSpan::new(0.into(), self.text.len()),
            self.first_line,
            0,
            self.text.split('\n').count(),
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
    snippet: Option<Snippet>,
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
        self.snippet.as_ref().map(|s| s as &dyn SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.snippet.as_ref()?.span;
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
        let range = source.locate(&d.path);
        let (line, column) = range.as_ref().map_or((1, 1), |r| loc.line_col(r.start));
        // A long value (a whole edge object) is pointed at by its first line only.
        let snippet = range.filter(|r| source.drawable(r.start)).map(|r| {
            let first_line_end = loc.line_range(loc.line_of(r.start)).end;
            let end = r.end.min(first_line_end).max(r.start + 1);
            Snippet::new(source, r.start, end)
        });
        let shown = Shown {
            message: format!(
                "{}:{line}:{column}: {}",
                inert(&source.name),
                inert(&d.message)
            ),
            code: d.code.to_owned(),
            severity: match d.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
            },
            help: d.help.as_deref().map(|h| inert(h).into_owned()),
            snippet,
            label: format!("at {}", inert(&d.path.to_string())),
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
                    "{}error: {}: the graph has {errors} error(s); nothing else was done\n",
                    self.diagnostics(diagnostics, src),
                    inert(origin)
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
                let shown = Shown {
                    message: format!("{}:{line}:{column}: {}", inert(origin), inert(message)),
                    code: if path.is_some() {
                        "bad-value"
                    } else if negograph::text::is_text_path(origin) {
                        "bad-text"
                    } else {
                        "bad-json"
                    }
                    .into(),
                    severity: miette::Severity::Error,
                    help: path.as_ref().map(|p| format!("at {}", inert(p))),
                    snippet: src.drawable(at).then(|| Snippet::new(src, at, at)),
                    label: "here".into(),
                };
                self.draw(&shown)
            }
            _ => format!("error: {err}\n"),
        }
    }
}
