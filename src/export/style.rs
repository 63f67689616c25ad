//! The visual grammar shared by the DOT writer and its legend: how each
//! kind and relation looks, and the DOT pieces (escaped text, attributes)
//! both build from. Kept apart so that the legend and the drawing read the
//! same table rather than each other.

use graphviz_rust::dot_structures::{Attribute, Id};

use crate::model::{Date, NodeKind, Relation, Status};

/// Text made safe inside a DOT double-quoted string. Graphviz decodes
/// character references in text (`&#1;` becomes U+0001, which no XML may
/// hold; `&amp;amp;` showed as `&amp;`), so `&` is written `&amp;` and the
/// text shows as typed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn quoted(text: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape(text)))
}

pub(crate) fn plain(text: &str) -> Id {
    Id::Plain(text.to_owned())
}

pub(crate) fn attr(key: &str, value: Id) -> Attribute {
    Attribute(plain(key), value)
}

/// An attribute whose value is one of our own words (never user text).
pub(crate) fn word(key: &str, value: &str) -> Attribute {
    attr(key, quoted(value))
}

pub(crate) const FONT: &str = "Helvetica";
pub(crate) const FADED: &str = "#b8b8b8";
/// The colour of the line from a party to a condition it sets.
pub(crate) const HOLDER: &str = "#2b6cb0";

/// The colour of an edge an option gives up (unblock views).
pub(crate) const CONCESSION: &str = "#b83280";
/// The colour of a claim that began to hold in the window (changes views).
pub(crate) const ADDED: &str = "#2f855a";
/// The colour of a claim that stopped holding in the window (changes views).
pub(crate) const REMOVED: &str = "#c53030";
/// The colour of the line from a node to a threat it sets off (effects views).
pub(crate) const TRIGGER: &str = "#dd6b20";

/// Node appearance by kind: (shape, fill, border).
pub(crate) fn kind_style(kind: NodeKind) -> (&'static str, &'static str, &'static str) {
    match kind {
        NodeKind::Party => ("box", "#dbe9f6", "#2b6cb0"),
        NodeKind::Demand => ("ellipse", "#fff3d1", "#b7791f"),
        NodeKind::Condition => ("hexagon", "#e3f4e8", "#2f855a"),
        NodeKind::Proposal => ("folder", "#efe5fb", "#6b46c1"),
        NodeKind::Issue => ("note", "#f1f1f1", "#4a5568"),
    }
}

/// How a position's standing looks: greyed or not, its border, and the
/// words under its label. The one table the DOT, the Mermaid and the legend
/// read for statuses and format 1.2's events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct StatusLook {
    /// Greyed out: settled (met, rejected, withdrawn) or cancelled, so
    /// nothing is pending on it.
    pub greyed: bool,
    /// The border: `solid`, `dashed` (dropped or cancelled) or `dotted`
    /// (postponed: still pending, put off).
    pub border: &'static str,
    /// The line under the label: "(met)", "(postponed to 2025-05-20)",
    /// "(scheduled for 2025-05-16)"; none for an open position with no day.
    pub note: Option<String>,
}

/// The look of a position with `status` on the day drawn, `scheduled` the
/// day it is set for then (format 1.2).
pub(crate) fn status_look(status: Status, scheduled: Option<Date>) -> StatusLook {
    let (greyed, border) = match status {
        Status::Open => (false, "solid"),
        Status::Postponed => (false, "dotted"),
        Status::Met => (true, "solid"),
        Status::Rejected | Status::Withdrawn | Status::Cancelled => (true, "dashed"),
    };
    let note = match (status, scheduled) {
        (Status::Open, None) => None,
        (Status::Open, Some(day)) => Some(format!("(scheduled for {day})")),
        (Status::Postponed, Some(day)) => Some(format!("(postponed to {day})")),
        (s, _) => Some(format!("({s})")),
    };
    StatusLook {
        greyed,
        border,
        note,
    }
}

/// What a drawing needs of a node's standing on the day drawn: its status,
/// and the names of the actors applying it when it is a measure in force
/// ([`crate::standing::applied_by`]), which `show` calls "in force, applied
/// by ..." though its status may read `open`.
#[derive(Clone, Debug)]
pub struct Standing {
    /// The node's status on the day.
    pub status: Status,
    /// The labels of the actors applying it, when it is a measure in force.
    pub applied_by: Vec<String>,
}

impl Standing {
    /// Node `n`'s standing in `view`.
    pub fn of(view: &crate::view::View, n: crate::graph::NodeIx) -> Standing {
        Standing {
            status: view.status(n),
            applied_by: crate::standing::applied_by(view, n)
                .into_iter()
                .map(|a| view.graph.label(a).to_owned())
                .collect(),
        }
    }

    /// Its look, `scheduled` the day it is set for: a measure in force that
    /// is not met says so, and who applies it, under its label.
    pub(crate) fn look(&self, scheduled: Option<Date>) -> StatusLook {
        let mut look = status_look(self.status, scheduled);
        if !self.applied_by.is_empty() && self.status != Status::Met {
            look.note = Some(format!(
                "(in force, applied by {})",
                self.applied_by.join(", ")
            ));
        }
        look
    }
}

/// What the legend says of each look that is not plain, in the order it
/// lists them: (statuses, fill, border colour, words).
pub(crate) const STATUS_LEGEND: &[(&[Status], &str)] = &[
    (&[Status::Met], "met"),
    (
        &[Status::Rejected, Status::Withdrawn],
        "rejected or withdrawn (dashed)",
    ),
    (
        &[Status::Postponed],
        "postponed: still pending, to the day shown (dotted)",
    ),
    (
        &[Status::Cancelled],
        "cancelled: will not take place (dashed)",
    ),
];

/// Edge appearance by relation: (colour, style, arrowhead), from the one
/// relation table ([`Relation::facts`]).
pub(crate) fn relation_style(r: Relation) -> (&'static str, &'static str, &'static str) {
    let style = r.facts().style;
    (style.colour, style.line, style.arrow)
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn ampersands_are_written_as_references() {
        assert_eq!(escape("Party &#1; here"), "Party &amp;#1; here");
        assert_eq!(escape("&amp;amp;"), "&amp;amp;amp;");
    }
}
