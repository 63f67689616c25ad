//! Changes to a graph, as data: each [`Edit`] applies to a validated graph and
//! gives a new document plus a summary of what changed. Whether the result is
//! valid, and writing it, are [`store`](crate::store)'s business.
//!
//! Names on the command line resolve like queries do (id, label or alias). New
//! items are appended and nothing else moves, so diffs stay small.

mod changes;
mod claims;
mod nodes;

pub use changes::{EDGE_KEYS, NODE_KEYS, parse_changes};

use crate::args::Opt;
use crate::error::{Error, Result};
use crate::graph::{EdgeIx, Graph};
use crate::model::{Citation, Date, Document, Lenient, NodeKind, Relation, Source, Status};
use crate::resolve::Names;

/// A new node.
#[derive(Clone, Debug)]
pub struct NewNode {
    /// What it stands for.
    pub kind: NodeKind,
    /// Its id, a slug.
    pub id: String,
    /// The name people read.
    pub label: String,
    /// Other names people use.
    pub aliases: Vec<String>,
    /// Its status from its start.
    pub status: Option<Status>,
    /// The first day it exists (a day, month or year; words such as
    /// "Tuesday" are refused by validation: a node cites no source to date them).
    pub since: Option<Lenient<Date>>,
    /// The last day it exists, written as `since` is.
    pub until: Option<Lenient<Date>>,
    /// A note.
    pub note: Option<String>,
    /// Names of the parties who must act for it to be met.
    pub actor: Vec<String>,
    /// The name of the issue this term settles.
    pub issue: Option<String>,
    /// How much, as people write it ("45-60 days").
    pub quantity: Option<String>,
    /// The proposal the new node is a term of: a `part_of` claim is recorded
    /// from it, citing [`NewNode::citation`].
    pub part_of: Option<String>,
    /// For a new proposal, its terms: each the name of a demand or condition
    /// in the graph, or `ID=LABEL` for a new demand; a `part_of` claim is
    /// recorded from each, citing [`NewNode::citation`].
    pub terms: Vec<String>,
    /// The citation of the `part_of` claims.
    pub citation: Option<Citation>,
    /// A party the source does not name (format 1.2).
    pub unnamed: bool,
    /// The day a position is scheduled for (format 1.2).
    pub scheduled: Option<Date>,
}

impl NewNode {
    /// A node with only a kind, an id and a label.
    pub fn new(kind: NodeKind, id: impl Into<String>, label: impl Into<String>) -> NewNode {
        NewNode {
            kind,
            id: id.into(),
            label: label.into(),
            aliases: Vec::new(),
            status: None,
            since: None,
            until: None,
            note: None,
            actor: Vec::new(),
            issue: None,
            quantity: None,
            part_of: None,
            terms: Vec::new(),
            citation: None,
            unnamed: false,
            scheduled: None,
        }
    }
}

/// A claim to record, or a citation to add to the same claim already
/// recorded; node names are resolved when it is applied.
#[derive(Clone, Debug)]
pub struct NewEdge {
    /// The name of the node the edge leaves.
    pub from: String,
    /// How FROM and TO are joined.
    pub relation: Relation,
    /// The name of the node the edge enters.
    pub to: String,
    /// The party whose position the edge records.
    pub by: Option<String>,
    /// The id of the source of the quote.
    pub source: Option<String>,
    /// The source's exact words.
    pub quote: Option<String>,
    /// Who said it, as the source puts it.
    pub speaker: Option<String>,
    /// Why the party took the stand, which the quote says (format 1.2).
    pub reason: Option<String>,
    /// The first day the claim holds: a day, month or year, or the source's
    /// words ("Tuesday"), resolved from its date.
    pub since: Option<Lenient<Date>>,
    /// The last day the claim holds, written as `since` is.
    pub until: Option<Lenient<Date>>,
    /// A note on the claim.
    pub note: Option<String>,
    /// On `threatens`: the party threatened.
    pub target: Option<String>,
    /// On `threatens`: what sets the threat off.
    pub trigger: Option<String>,
    /// On `counters`: the counter-offer.
    pub with: Option<String>,
    /// On `demands`, `proposes` and `threatens`: the party it is addressed to (format 1.2).
    pub addressee: Option<String>,
    /// The claim's place among the claims of its first day (format 1.2).
    pub seq: Option<u32>,
    /// On `considers`: the shade of the answer (format 1.2).
    pub stance: Option<String>,
    /// Parties who dispute the claim.
    pub disputed_by: Vec<String>,
}

impl NewEdge {
    /// FROM RELATION TO, with nothing else.
    pub fn new(from: impl Into<String>, relation: Relation, to: impl Into<String>) -> NewEdge {
        NewEdge {
            from: from.into(),
            relation,
            to: to.into(),
            by: None,
            source: None,
            quote: None,
            speaker: None,
            reason: None,
            since: None,
            until: None,
            note: None,
            target: None,
            trigger: None,
            with: None,
            addressee: None,
            seq: None,
            stance: None,
            disputed_by: Vec::new(),
        }
    }
}

/// Which edges an edit is about: FROM RELATION TO, narrowed by `by`.
#[derive(Clone, Debug)]
pub struct EdgeSpec {
    /// The name of the node the edge leaves.
    pub from: String,
    /// How they are joined.
    pub relation: Relation,
    /// The name of the node the edge enters.
    pub to: String,
    /// The holder, when several edges differ only in it.
    pub by: Option<String>,
}

/// A dated change of a node's status, with its evidence.
#[derive(Clone, Debug)]
pub struct NewStatus {
    /// The name of the node.
    pub node: String,
    /// Its status from `on`.
    pub status: Status,
    /// The day of the change: a day, month or year, or the source's words
    /// ("Tuesday"), resolved from its date.
    pub on: Lenient<Date>,
    /// The source reporting it.
    pub source: Option<String>,
    /// The source's exact words.
    pub quote: Option<String>,
    /// A note on the change.
    pub note: Option<String>,
    /// The day the position is scheduled for from `on`: a postponement's
    /// new day (format 1.2).
    pub scheduled: Option<Date>,
}

/// One change to a graph file.
#[derive(Clone, Debug)]
pub enum Edit {
    /// Adds a node.
    AddNode(NewNode),
    /// Records a claim, or adds a citation to the same claim. Boxed: a
    /// claim's fields are most of an edit's size.
    Link(Box<NewEdge>),
    /// Removes the matching edge; several matches need `all`.
    Unlink {
        /// Which edge.
        edge: EdgeSpec,
        /// Remove every match rather than refuse when there are several.
        all: bool,
    },
    /// `key=value` changes to a node (see [`NODE_KEYS`]).
    SetNode {
        /// Which node.
        node: String,
        /// The changes, in order.
        changes: Vec<(String, String)>,
    },
    /// `key=value` changes to an edge (see [`EDGE_KEYS`]).
    SetEdge {
        /// Which edge.
        edge: EdgeSpec,
        /// The changes, in order.
        changes: Vec<(String, String)>,
    },
    /// Records a dated change of status.
    Status(NewStatus),
    /// Gives a node a new id, and every reference to it.
    Rename {
        /// The node's name now.
        old: String,
        /// Its new id.
        new: String,
    },
    /// Removes a node.
    Remove {
        /// Which node.
        node: String,
        /// Also remove the edges and references that name it.
        cascade: bool,
    },
    /// Adds a source.
    AddSource(Source),
    /// Merges a fragment in the text format (see [`crate::text::apply_fragment`]).
    Apply {
        /// Where the fragment came from, as messages name it.
        origin: String,
        /// Its text.
        text: String,
    },
}

pub(crate) fn describe(g: &Graph, e: EdgeIx) -> String {
    let m = g.meta(e);
    let mut text = format!("{} {} {}", g.id(m.from), m.relation, g.id(m.to));
    if let Some(by) = m.by {
        text.push_str(&format!(" (by {})", g.id(by)));
    }
    text
}

/// The edges an [`EdgeSpec`] names.
fn matching(g: &Graph, names: &Names, spec: &EdgeSpec) -> Result<Vec<EdgeIx>> {
    let from = names.resolve(&spec.from)?;
    let to = names.resolve(&spec.to)?;
    let by = spec.by.as_deref().map(|b| names.resolve(b)).transpose()?;
    let found = g.edges_between(from, to, Some(spec.relation), by);
    if found.is_empty() {
        let between: Vec<String> = g
            .edges_between(from, to, None, None)
            .into_iter()
            .map(|e| describe(g, e))
            .collect();
        return Err(Error::UnknownEdge {
            spec: format!("'{}' {} '{}'", g.id(from), spec.relation, g.id(to)),
            hint: (!between.is_empty())
                .then(|| format!("between them there is: {}", between.join("; "))),
        });
    }
    Ok(found)
}

fn one_edge(g: &Graph, found: &[EdgeIx]) -> Result<EdgeIx> {
    match found {
        [one] => Ok(*one),
        many => Err(Error::Usage(format!(
            "{} edges match: {}; narrow it with {} PARTY",
            many.len(),
            many.iter()
                .map(|&e| describe(g, e))
                .collect::<Vec<_>>()
                .join("; "),
            Opt::By
        ))),
    }
}

/// Applies an edit, returning the new document and one line per change.
/// `g` is left as it was; the document is not validated (make a [`Graph`]
/// of it, as [`store::edit_file`](crate::store::edit_file) does before
/// writing). Costs a copy of the document.
///
/// # Errors
///
/// Those of [`Names::resolve`] when a name fits no node or several;
/// [`Error::UnknownEdge`] when an edge spec matches no edge;
/// [`Error::Usage`] when it matches several where one is needed, or a
/// change is malformed (a bad date, status or quantity, a second status
/// change on one day).
///
/// ```
/// use negograph::Graph;
/// use negograph::edit::{Edit, NewEdge, NewNode, apply};
/// use negograph::model::{NodeKind, Relation};
/// use negograph::request::GraphSource;
///
/// let graph = GraphSource::builtin().load()?;
/// let mut turkey = NewNode::new(NodeKind::Party, "turkey", "Türkiye");
/// turkey.aliases.push("Erdogan".to_owned());
/// let (doc, said) = apply(&graph, &Edit::AddNode(turkey))?;
/// assert_eq!(said, ["added party 'turkey' (Türkiye)"]);
///
/// // The next edit applies to the new document, once it is a graph again.
/// let graph = Graph::from_document("edited", doc)?;
/// let support = NewEdge::new("Erdogan", Relation::Supports, "the Istanbul talks");
/// let (doc, said) = apply(&graph, &Edit::Link(Box::new(support)))?;
/// assert_eq!(said, ["linked turkey supports direct-talks"]);
/// assert_eq!(doc.edges.len(), graph.edge_count() + 1);
/// # Ok::<(), negograph::Error>(())
/// ```
pub fn apply(g: &Graph, edit: &Edit) -> Result<(Document, Vec<String>)> {
    let names = Names::new(g);
    let mut doc = g.document().clone();
    let mut said = Vec::new();
    match edit {
        Edit::AddNode(n) => {
            nodes::add(&names, &mut doc, n, &mut said)?;
            nodes::terms(&names, &mut doc, n, &mut said)?;
        }
        Edit::Link(e) => claims::link(g, &names, &mut doc, e, &mut said)?,
        Edit::Unlink { edge, all } => {
            let found = matching(g, &names, edge)?;
            let gone = if *all {
                found
            } else {
                vec![one_edge(g, &found)?]
            };
            for &e in gone.iter().rev() {
                said.push(format!("unlinked {}", describe(g, e)));
                doc.edges.remove(e.index());
            }
            said.reverse();
        }
        Edit::SetNode { node, changes } => {
            let n = names.resolve(node)?;
            changes::set_node(&names, &mut doc.nodes[n.index()], changes, &mut said)?;
        }
        Edit::SetEdge { edge, changes } => {
            let e = one_edge(g, &matching(g, &names, edge)?)?;
            let described = describe(g, e);
            changes::set_edge(
                &names,
                &mut doc.edges[e.index()],
                &described,
                changes,
                &mut said,
            )?;
        }
        Edit::Status(change) => nodes::status(&names, &mut doc, change, &mut said)?,
        Edit::Rename { old, new } => nodes::rename(g, &names, &mut doc, old, new, &mut said)?,
        Edit::Remove { node, cascade } => {
            nodes::remove(g, &names, &mut doc, node, *cascade, &mut said)?;
        }
        Edit::AddSource(source) => {
            said.push(format!("added source '{}' ({})", source.id, source.title));
            doc.sources.push(source.clone());
        }
        Edit::Apply { origin, text } => {
            let (merged, merged_said) = crate::text::apply_fragment(&doc, origin, text)?;
            doc = merged;
            said = merged_said;
        }
    }
    Ok((doc, said))
}
