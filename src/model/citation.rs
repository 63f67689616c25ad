//! The evidence for a claim: which source says it, in which words, and who
//! said it according to that source.

use schemars::JsonSchema;
use serde::Serialize;
use serde::ser::SerializeMap;

/// A source id as cited by an edge. Shared: a thousand edges citing one source
/// hold one string between them. A thin pointer (8 bytes; `Arc<str>` takes
/// 16), since every edge holds one.
pub type SourceRef = arcstr::ArcStr;

/// One citation of a claim.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Citation {
    /// The source's id. `None` only for a format 1 edge that has a quote but
    /// names no source, which validation refuses.
    pub source: Option<SourceRef>,
    /// The source's exact words.
    pub quote: Option<Box<str>>,
    /// Who said it, as the source puts it ("two Israeli officials").
    pub speaker: Option<Box<str>>,
    /// Anything a reader should know about this citation.
    pub note: Option<Box<str>>,
    /// Why the party took the stand, in the analyst's words ("the pension
    /// issue"), this citation's quote being the source's words that say so
    /// (format 1.2). A claim may cite the same source twice: once for the
    /// stand, once for its reason.
    pub reason: Option<Box<str>>,
}

impl Citation {
    /// A citation of `source`'s words `quote`.
    pub fn new(source: &str, quote: impl Into<Box<str>>) -> Citation {
        Citation {
            source: Some(SourceRef::from(source)),
            quote: Some(quote.into()),
            speaker: None,
            note: None,
            reason: None,
        }
    }

    /// Whether format 1's `source` and `quote` fields can say it all.
    pub fn is_plain(&self) -> bool {
        self.speaker.is_none() && self.note.is_none() && self.reason.is_none()
    }

    /// The citation, borrowed.
    pub fn as_ref(&self) -> CitationRef<'_> {
        CitationRef {
            source: self.source.as_ref(),
            quote: self.quote.as_deref(),
            speaker: self.speaker.as_deref(),
            note: self.note.as_deref(),
            reason: self.reason.as_deref(),
        }
    }
}

/// A citation borrowed from an edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CitationRef<'a> {
    /// The source's id.
    pub source: Option<&'a SourceRef>,
    /// The source's exact words.
    pub quote: Option<&'a str>,
    /// Who said it, per the source.
    pub speaker: Option<&'a str>,
    /// A note on this citation.
    pub note: Option<&'a str>,
    /// Why the party took the stand, which this citation's quote says (format 1.2).
    pub reason: Option<&'a str>,
}

impl CitationRef<'_> {
    /// An owned copy.
    pub fn to_owned(self) -> Citation {
        Citation {
            source: self.source.cloned(),
            quote: self.quote.map(Into::into),
            speaker: self.speaker.map(Into::into),
            note: self.note.map(Into::into),
            reason: self.reason.map(Into::into),
        }
    }
}

impl Serialize for CitationRef<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(source) = self.source {
            map.serialize_entry("source", &**source)?;
        }
        if let Some(quote) = self.quote {
            map.serialize_entry("quote", quote)?;
        }
        if let Some(speaker) = self.speaker {
            map.serialize_entry("speaker", speaker)?;
        }
        if let Some(note) = self.note {
            map.serialize_entry("note", note)?;
        }
        if let Some(reason) = self.reason {
            map.serialize_entry("reason", reason)?;
        }
        map.end()
    }
}

impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_ref().serialize(serializer)
    }
}

/// A citation as the file writes it, in an edge's `citations` list.
#[derive(JsonSchema)]
#[schemars(rename = "Citation", deny_unknown_fields)]
#[allow(dead_code)] // Only its schema is used.
pub(crate) struct CitationSchema {
    /// The id of a listed source.
    source: String,
    /// The source's exact words.
    quote: Option<String>,
    /// Who said it, as the source puts it ("two Israeli officials").
    speaker: Option<String>,
    /// Anything a reader should know about this citation.
    note: Option<String>,
    /// Why the party took the stand, in the analyst's words; the quote is
    /// the source's words that say so (format 1.2).
    reason: Option<String>,
}
