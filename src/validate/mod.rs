//! The format's rules. One pass over sources, nodes and edges collects every
//! error and warning (not just the first) and, when there are no errors, yields
//! the indexed [`Graph`].

use crate::adjacency::Adjacency;

use crate::diagnostic::{Diagnostic, JsonPath};
use crate::error::Error;
use crate::graph::{EdgeMeta, Graph, NodeFacts, NodeIx};
use crate::ids::IdIndex;
use crate::limits::{MAX_SUGGESTION_WORK, MAX_TEXT_CHARS};
use crate::load::{Parsed, Threads};
use crate::model::{Document, Edge, End, FormatVersion, Interval, NodeKind, Relation, Status};

mod circles;
mod duplicates;
mod edges;
mod fields;
mod lookalikes;
mod nodes;
mod positions;
mod schedule;
mod stances;

use duplicates::{duplicates, same_edge};
use edges::EdgeContext;
use positions::NodeContext;

/// From this many edges, node checks and each half of the edges are checked
/// on their own threads.
const PARALLEL_FROM_EDGES: usize = 20_000;

/// Validates `doc` and builds the graph, or returns every diagnostic found.
///
/// `ids` is the index of the nodes' ids and the nodes whose id an earlier one
/// has, when the loader built them while reading `doc`.
pub(crate) fn build(
    mut doc: Document,
    ids: Option<(IdIndex, Vec<usize>)>,
    warnings: WarningMode,
) -> Result<Graph, Vec<Diagnostic>> {
    crate::model::said::resolve_document(&mut doc);
    let mut v = Validator::new(0, warnings);
    let tables = v.run(&doc, Threads::BySize, ids, true);
    if v.out.iter().any(Diagnostic::is_error) {
        return Err(v.out);
    }
    let Tables {
        by_id,
        kinds,
        statuses,
        node_time,
        facts,
        net,
    } = tables;
    // Every end now names a node: store those given by id as positions too,
    // so that the graph's document never needs an id looked up again.
    if v.ends_by_name > 0 {
        let Document { nodes, edges, .. } = &mut doc;
        for edge in edges.iter_mut().filter(|e| e.has_named_end()) {
            edge.resolve_names(|id| by_id.find(nodes, id).map(|n| n as u32));
        }
    }
    let net = net.unwrap_or_else(|| adjacency(&doc, &by_id));
    let of_relation = |relation: Relation| -> Vec<crate::graph::EdgeIx> {
        (0..doc.edges.len())
            .filter(|&i| doc.edges[i].known_relation() == Some(relation))
            .map(crate::graph::EdgeIx::new)
            .collect()
    };
    // Claims round a circle are set aside by every query (circles.rs).
    let circular = circles::circular_edges(&doc, &by_id);
    let counted = |e: &crate::graph::EdgeIx| circular.binary_search(e).is_err();
    let supersedes = of_relation(Relation::Supersedes);
    let memberships = of_relation(Relation::MemberOf);
    let (supersedes, memberships) = (
        supersedes.into_iter().filter(counted).collect(),
        memberships.into_iter().filter(counted).collect(),
    );
    Ok(Graph {
        doc,
        net,
        supersedes,
        memberships,
        circular,
        by_id,
        kinds,
        statuses,
        node_time,
        facts,
        warning_count: v.warning_count,
        warnings: v.out,
    })
}

/// Graphs are made here, by validation: a graph is a document that passed
/// every rule, indexed.
impl Graph {
    /// Validates a document and indexes it. On any error, every error and warning
    /// found comes back in [`Error::Invalid`].
    /// Warnings are collected ([`Graph::warnings`]).
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] with every diagnostic, when a rule is broken.
    pub fn from_document(origin: &str, doc: Document) -> crate::Result<Graph> {
        Graph::build(origin, doc, WarningMode::Collect)
    }

    /// [`Graph::from_document`], doing with warnings what `warnings` says.
    ///
    /// # Errors
    ///
    /// As [`Graph::from_document`].
    pub fn build(origin: &str, doc: Document, warnings: WarningMode) -> crate::Result<Graph> {
        build(doc, None, warnings).map_err(|diagnostics| Error::Invalid {
            origin: origin.to_owned(),
            diagnostics,
        })
    }

    /// The graph of a document just read, for queries: the loader's node
    /// index is reused, and warnings are neither built nor looked for.
    ///
    /// # Errors
    ///
    /// As [`Graph::from_document`].
    pub fn from_parsed(origin: &str, parsed: Parsed) -> crate::Result<Graph> {
        Graph::from_parsed_with(origin, parsed, WarningMode::Skip)
    }

    /// [`Graph::from_parsed`], doing with warnings what `warnings` says.
    ///
    /// # Errors
    ///
    /// As [`Graph::from_document`].
    pub fn from_parsed_with(
        origin: &str,
        parsed: Parsed,
        warnings: WarningMode,
    ) -> crate::Result<Graph> {
        let (doc, ids, repeated) = parsed.into_parts();
        build(doc, Some((ids, repeated)), warnings).map_err(|diagnostics| Error::Invalid {
            origin: origin.to_owned(),
            diagnostics,
        })
    }
}

/// Every diagnostic for a document, errors first in file order, then warnings.
pub fn diagnose(doc: &Document) -> Vec<Diagnostic> {
    diagnose_with(doc, Threads::BySize)
}

#[doc(hidden)]
pub fn diagnose_with(doc: &Document, threads: Threads) -> Vec<Diagnostic> {
    let mut v = Validator::new(0, WarningMode::Collect);
    // Dates said in words ("Tuesday") are resolved as a graph resolves them;
    // only a file that has some is copied for it.
    let mut resolved = std::borrow::Cow::Borrowed(doc);
    if crate::model::said::has_words(doc) {
        crate::model::said::resolve_document(resolved.to_mut());
    }
    v.run(&resolved, threads, None, false);
    v.out
}

/// The edges of each node of a sound graph (every edge resolves): node `i`
/// is node `i` of the document and edge `j` is edge `j`.
fn adjacency(doc: &Document, by_id: &IdIndex) -> Adjacency {
    let node = |end| end_node(doc, by_id, end).map_or(0, |n| n.index() as u32);
    Adjacency::build(
        doc.nodes.len(),
        doc.edges.len(),
        |i| node(doc.edges[i].from()),
        |i| node(doc.edges[i].to()),
    )
}

/// The node an edge end names, found as the edge checks find it: by
/// position, else by id (when the edge was built in code).
fn end_node(doc: &Document, by_id: &IdIndex, end: End<'_>) -> Option<NodeIx> {
    doc.ref_node(end)
        .or_else(|| by_id.find(&doc.nodes, doc.ref_id(end)))
        .map(NodeIx::new)
}

/// An edge as queries will see it, its ends found as the edge checks find them.
fn resolved(doc: &Document, by_id: &IdIndex, edge: &Edge) -> Option<EdgeMeta> {
    EdgeMeta::resolve(edge, |end| end_node(doc, by_id, end))
}

struct Tables {
    by_id: IdIndex,
    kinds: Vec<NodeKind>,
    statuses: Vec<Status>,
    node_time: Vec<Interval>,
    facts: Vec<(u32, NodeFacts)>,
    /// The adjacency, when asked for and the edges are sound.
    net: Option<Adjacency>,
}

/// What validation does with warnings. Queries never show them, and on a
/// draft or an import every edge may draw one: a million diagnostics built
/// and never printed cost a big file 1.8x its size in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningMode {
    /// Every warning, as a diagnostic (`check`).
    Collect,
    /// How many there are, without building them (after an edit).
    Count,
    /// None: the passes that only find warnings are not run (queries).
    Skip,
}

struct Validator {
    out: Vec<Diagnostic>,
    warnings: WarningMode,
    /// Warnings found, whether built or only counted.
    warning_count: usize,
    /// Names scored by "did you mean" searches so far, and how many may be.
    suggestion_work: usize,
    suggestion_budget: usize,
    /// Edge ends given by id rather than position that resolved.
    ends_by_name: usize,
}

/// Where a finding is, cheap to pass around: it becomes a [`JsonPath`] (an
/// allocation) only when there is something to report. A million edges
/// without errors allocate no paths.
#[derive(Clone, Copy, Debug)]
enum Loc {
    Key(&'static str),
    Item(&'static str, usize, Option<&'static str>),
    Alias(usize, usize),
    /// A field of a node's status change.
    History(usize, usize, &'static str),
    Actor(usize, usize),
    /// A field of an edge's citation, in the list form.
    Citation(usize, usize, &'static str),
    Disputed(usize, usize),
}

impl Loc {
    fn path(self) -> JsonPath {
        match self {
            Loc::Key(key) => JsonPath::root().key(key),
            Loc::Item(list, i, field) => JsonPath::item(list, i, field),
            Loc::Alias(node, alias) => JsonPath::item("nodes", node, Some("aliases")).index(alias),
            Loc::History(node, h, field) => JsonPath::item("nodes", node, Some("status_history"))
                .index(h)
                .key(field),
            Loc::Actor(node, a) => JsonPath::item("nodes", node, Some("actor")).index(a),
            Loc::Citation(edge, c, field) => JsonPath::item("edges", edge, Some("citations"))
                .index(c)
                .key(field),
            Loc::Disputed(edge, d) => JsonPath::item("edges", edge, Some("disputed_by")).index(d),
        }
    }
}

pub(crate) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

impl Validator {
    fn new(suggestion_work: usize, warnings: WarningMode) -> Validator {
        Validator::with_budget(suggestion_work, MAX_SUGGESTION_WORK, warnings)
    }

    fn with_budget(
        suggestion_work: usize,
        suggestion_budget: usize,
        warnings: WarningMode,
    ) -> Validator {
        Validator {
            out: Vec::new(),
            warnings,
            warning_count: 0,
            suggestion_work,
            suggestion_budget,
            ends_by_name: 0,
        }
    }

    fn error(&mut self, code: &'static str, at: Loc, msg: String, help: Option<String>) {
        self.out
            .push(Diagnostic::error(code, at.path(), msg).with_help(help));
    }

    /// Whether another "did you mean" search over `names` names fits the
    /// budget: each is a pass over every name, so a file of a million typos
    /// must not get a million of them. Once a search does not fit, none after
    /// it runs either, so which typos get suggestions is simply the first ones.
    fn may_search(&mut self, names: usize) -> bool {
        self.suggestion_work = self.suggestion_work.saturating_add(names.max(1));
        self.suggestion_work <= self.suggestion_budget
    }

    /// A warning, its message made only when warnings are collected.
    fn warn(&mut self, code: &'static str, at: Loc, msg: impl FnOnce() -> String) {
        self.warn_built(code, at, msg, None);
    }

    fn warn_with_help(
        &mut self,
        code: &'static str,
        at: Loc,
        msg: impl FnOnce() -> String,
        help: &'static str,
    ) {
        self.warn_built(code, at, msg, Some(help));
    }

    fn warn_built(
        &mut self,
        code: &'static str,
        at: Loc,
        msg: impl FnOnce() -> String,
        help: Option<&'static str>,
    ) {
        self.warning_count += 1;
        if self.warnings == WarningMode::Collect {
            self.out.push(
                Diagnostic::warning(code, at.path(), msg()).with_help(help.map(str::to_owned)),
            );
        }
    }

    /// Warns when the file uses a field or relation of format 1.2 but
    /// declares less: this negograph reads it, but a reader of the declared
    /// version would refuse or misread it. (Files of 1 that use 1.1's fields
    /// were read without a word before 1.2, and still are.)
    fn declared_version(&mut self, doc: &Document) {
        let needed = doc.content_version();
        if needed <= doc.negograph || needed < FormatVersion::V1_2 {
            return;
        }
        let declared = doc.negograph;
        let first_edge = doc.edges.iter().position(|e| e.version_needed() > declared);
        let what = first_edge.map_or_else(
            || "fields".to_owned(),
            |i| {
                let e = &doc.edges[i];
                match e.known_relation() {
                    Some(r) if r.facts().version > declared => {
                        format!("the relation '{r}' (edges[{i}])")
                    }
                    _ => format!("fields of edges[{i}]"),
                }
            },
        );
        self.warn_with_help(
            "version-too-low",
            Loc::Key("negograph"),
            || {
                format!(
                    "the file declares format {declared} but uses {what}, which came in format {needed}; a reader of {declared} would refuse or misread it"
                )
            },
            "declare the version it names in \"negograph\"; negograph writes it when it saves the file",
        );
    }

    /// Checks the document; on several threads, node checks and the two halves
    /// of the edge list run on their own. The result is the same either way:
    /// diagnostics are joined in file order, and the one thing a later edge's
    /// findings depend on (how much "did you mean" work is left) is made exact
    /// by checking the second half again when it had errors.
    fn run(
        &mut self,
        doc: &Document,
        threads: Threads,
        ids: Option<(IdIndex, Vec<usize>)>,
        want_net: bool,
    ) -> Tables {
        let parallel = threads.several(doc.edges.len(), PARALLEL_FROM_EDGES);
        self.head(doc);
        let sources = self.sources(doc);
        let skip_warnings = self.warnings == WarningMode::Skip;
        let (by_id, repeated) = ids.unwrap_or_else(|| IdIndex::build(&doc.nodes));
        // An unknown kind is an error reported by the node checks; meanwhile
        // the edge checks treat the node as a condition, the loosest kind.
        let kinds: Vec<NodeKind> = doc
            .nodes
            .iter()
            .map(|n| n.kind.known().unwrap_or(NodeKind::Condition))
            .collect();
        let edge_hasher = foldhash::fast::RandomState::default();
        let ends = EdgeContext {
            budget: self.suggestion_budget,
            doc,
            kinds: &kinds,
            by_id: &by_id,
            sources: &sources,
            edge_hasher: &edge_hasher,
            hash_edges: !skip_warnings,
            warnings: self.warnings,
        };
        let node_cx = NodeContext {
            doc,
            by_id: &by_id,
            kinds: &kinds,
            sources: &sources,
        };
        let mode = self.warnings;
        let edge_count = doc.edges.len();
        let ((node_checks, node_tables), edge_checks) = if parallel {
            std::thread::scope(|scope| {
                let nodes = scope.spawn(|| Validator::new(0, mode).nodes(&node_cx, repeated));
                let mid = edge_count / 2;
                let second = scope.spawn(move || ends.check(mid..edge_count, 0));
                let first = ends.check(0..mid, 0);
                let mut second = second
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p));
                if second.out.iter().any(Diagnostic::is_error) {
                    second = ends.check(mid..edge_count, first.work);
                }
                let nodes = nodes
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p));
                (nodes, first.then(second))
            })
        } else {
            (
                Validator::new(0, mode).nodes(&node_cx, repeated),
                ends.check(0..edge_count, 0),
            )
        };
        let (node_out, node_warnings) = node_checks;
        self.out.extend(node_out);
        self.warning_count += node_warnings + edge_checks.warning_count;
        self.ends_by_name += edge_checks.ends_by_name;
        // Repeated edges are only warned about, but finding them takes a pass
        // over every edge: on a big file it runs beside the petgraph's building.
        let resolves = edge_checks.broken.is_empty();
        let sound = resolves
            && !self
                .out
                .iter()
                .chain(&edge_checks.out)
                .any(Diagnostic::is_error);
        let build_net = || (want_net && sound).then(|| adjacency(doc, &by_id));
        let find_repeats = || {
            let same = |i: u32, j: u32| {
                let meta = |i: u32| resolved(doc, &by_id, &doc.edges[i as usize]);
                meta(i).map(|m| same_edge(&m)) == meta(j).map(|m| same_edge(&m))
            };
            if skip_warnings {
                return Vec::new();
            }
            duplicates(&edge_checks.hashes, &edge_checks.broken, same)
        };
        let (repeats, net) = if parallel {
            std::thread::scope(|scope| {
                let repeats = scope.spawn(find_repeats);
                let net = build_net();
                let repeats = repeats
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p));
                (repeats, net)
            })
        } else {
            (find_repeats(), build_net())
        };
        self.merge_edge_checks(doc, edge_checks, repeats);
        if resolves && !skip_warnings {
            self.isolated(doc, &by_id);
            self.hidden_by_dates(doc, &by_id, &node_tables.1);
            self.scheduled_before_reported(doc, &by_id);
            self.contradicting_stances(doc, &by_id);
            self.circles(doc, &by_id);
            self.dated_after_sources(doc);
        }
        self.out.sort_by_key(|d| d.severity);
        let (statuses, node_time, facts) = node_tables;
        Tables {
            by_id,
            kinds,
            statuses,
            node_time,
            facts,
            net,
        }
    }

    /// The file's own fields: its title, and the version it declares.
    fn head(&mut self, doc: &Document) {
        if doc.title.trim().is_empty() {
            self.error(
                "empty-text",
                Loc::Key("title"),
                "the title is empty".into(),
                Some("say what negotiation this graph records".into()),
            );
        }
        self.text_len(Loc::Key("title"), "title", &doc.title, MAX_TEXT_CHARS);
        self.declared_version(doc);
    }
}

#[cfg(test)]
mod tests;
