//! The graph a question sees: one day's positions (or all of them), with some
//! demands assumed met and some edges set aside, without touching the file.

use petgraph::Direction;

use crate::args::{Opt, Word};
use crate::error::{Error, Result};
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{Date, Memberships, Relation, Status};
use crate::resolve::Names;

/// Which day's graph to look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// The day of the newest dated source, or today when no source has a
    /// date: a graph about May 2025 is read as of May 2025, not as of the
    /// day someone opens it.
    Latest,
    /// Today (UTC).
    Today,
    /// A given day.
    On(Date),
    /// Every node and edge, whatever its dates.
    AllTime,
}

/// Why a view sees the day it sees: what answers say beside `as_of`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AsOfBasis {
    /// The day was asked for (`--as-of`).
    Given,
    /// The newest date among the graph's sources.
    NewestSource,
    /// Today: no source has a date.
    Today,
    /// All time (`--all-time`): dates are ignored.
    AllTime,
}

impl AsOfBasis {
    /// How a human header says it: "as of 2025-05-12, the newest source".
    pub fn describe(self, as_of: Option<Date>) -> String {
        // A month or year asked is read at its end, and said so.
        let d = as_of.map(|d| match d.is_day() {
            true => d.to_string(),
            false => format!("the end of {}", d.in_words()),
        });
        match (self, d) {
            (_, None) | (AsOfBasis::AllTime, _) => "all time".into(),
            (AsOfBasis::Given, Some(d)) => format!("as of {d}"),
            (AsOfBasis::NewestSource, Some(d)) => format!("as of {d}, the newest source"),
            (AsOfBasis::Today, Some(d)) => format!("as of {d}, today: no source has a date"),
        }
    }
}

/// What an analyst asks to change for one query: the what-if knobs.
///
/// The default is the graph as of its newest source, nothing assumed or
/// dropped. Names are resolved as people type them ([`Names`]) when the view
/// is built.
#[derive(Clone, Debug)]
pub struct ViewSpec {
    /// The day to look at.
    pub when: When,
    /// Names of nodes to treat as met.
    pub assume: Vec<String>,
    /// Edges to ignore, written `FROM:RELATION:TO`.
    pub drop: Vec<String>,
}

impl Default for ViewSpec {
    fn default() -> ViewSpec {
        ViewSpec {
            when: When::Latest,
            assume: Vec::new(),
            drop: Vec::new(),
        }
    }
}

impl ViewSpec {
    /// Every node and edge whatever its dates, nothing assumed or dropped.
    pub fn all_time() -> ViewSpec {
        ViewSpec {
            when: When::AllTime,
            ..ViewSpec::default()
        }
    }

    /// The options that ask for this view (`--as-of 2025-05-10`,
    /// `--assume western-aid-pause`), typed; none for the default view.
    pub fn words(&self) -> Vec<Word> {
        let mut words = Vec::new();
        match self.when {
            When::Latest => {}
            // A query sees today only when told to: the command line has
            // no option for it but the day itself.
            When::Today => words.push(Word::Valued(Opt::AsOf, Date::today().to_string())),
            When::On(d) => words.push(Word::Valued(Opt::AsOf, d.to_string())),
            When::AllTime => words.push(Word::Flag(Opt::AllTime)),
        }
        words.extend(
            self.assume
                .iter()
                .map(|n| Word::Valued(Opt::Assume, n.clone())),
        );
        words.extend(self.drop.iter().map(|e| Word::Valued(Opt::Drop, e.clone())));
        words
    }
}

/// `{"when": "latest" | "today" | "all-time" | "on", "date"?, "assume", "drop"}`.
impl serde::Serialize for ViewSpec {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        let when = match self.when {
            When::Latest => "latest",
            When::Today => "today",
            When::On(_) => "on",
            When::AllTime => "all-time",
        };
        map.serialize_entry("when", when)?;
        if let When::On(d) = self.when {
            map.serialize_entry("date", &d)?;
        }
        map.serialize_entry("assume", &self.assume)?;
        map.serialize_entry("drop", &self.drop)?;
        map.end()
    }
}

/// A graph seen on one day under some assumptions. Built in one pass over nodes
/// and edges; after that every visibility test is an array look-up.
///
/// Every query takes one. A node is visible when the day is within its
/// dates; an edge when the day is within its dates and its ends and holder
/// are visible, and it was not dropped.
///
/// ```
/// use negograph::request::GraphSource;
/// use negograph::view::{AsOfBasis, View, ViewSpec, When};
///
/// let graph = GraphSource::builtin().load()?;
/// let aid_pause = graph.find("western-aid-pause").unwrap();
///
/// // By default: the day of the newest source.
/// let today = View::new(&graph, &ViewSpec::default())?;
/// assert_eq!(today.as_of_basis, AsOfBasis::NewestSource);
/// assert_eq!(today.as_of.unwrap().to_string(), "2025-05-12");
/// assert!(!today.is_met(aid_pause));
///
/// // What if the West paused its aid, and Russia's counter-offer were set aside?
/// let what_if = View::new(&graph, &ViewSpec {
///     when: When::On("2025-05-12".parse()?),
///     assume: vec!["aid pause".to_owned()],
///     drop: vec!["russia:counters:ceasefire-30d".to_owned()],
/// })?;
/// assert!(what_if.is_met(aid_pause));
/// assert_eq!(what_if.dropped.len(), 1);
/// assert_eq!(what_if.visible_edges().count(), graph.edge_count() - 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct View<'g> {
    /// The graph seen.
    pub graph: &'g Graph,
    /// The day seen; `None` for all time.
    pub as_of: Option<Date>,
    /// Why that day.
    pub as_of_basis: AsOfBasis,
    /// Nodes treated as met for this view.
    pub assumed: Vec<NodeIx>,
    /// Edges set aside for this view.
    pub dropped: Vec<EdgeIx>,
    /// Moves taken for this view ([`View::take_moves`]): each (party,
    /// position) where the party has agreed to the position (accepted it, or
    /// agreed to deliver it), whatever the file says; a `None` party agrees
    /// for whoever must deliver a position whose actor the graph does not name.
    pub agreed: Vec<(Option<NodeIx>, NodeIx)>,
    /// The party each member speaks for on the view's day
    /// ([`Memberships::on`]), sorted by member.
    member_of: Vec<(NodeIx, NodeIx)>,
    node_on: Vec<bool>,
    edge_on: Vec<bool>,
    /// Each node's status on the day: its dated history applied, positions
    /// replaced by a newer one withdrawn, assumptions met.
    status: Vec<Status>,
    /// [`View::named_at_an_end`], read once per view: answers about every
    /// position of a day (the map) ask it of each.
    named_at_an_end: std::cell::OnceCell<foldhash::HashSet<NodeIx>>,
    /// [`View::countered_with`], read once per view: every side asked of
    /// a position looks its counter-offers up.
    countered_with: std::cell::OnceCell<foldhash::HashMap<NodeIx, Vec<EdgeIx>>>,
}

impl<'g> View<'g> {
    /// The view `spec` asks for. One pass over nodes and edges, plus a name
    /// look-up per `assume` and `drop`.
    ///
    /// # Errors
    ///
    /// Those of [`Names::resolve`] when an `assume` or `drop` name fits no
    /// node or several; [`Error::Usage`] when a `drop` is not written
    /// `FROM:RELATION:TO` or names no relation; [`Error::UnknownEdge`] when
    /// no such edge exists.
    pub fn new(graph: &'g Graph, spec: &ViewSpec) -> Result<View<'g>> {
        let (as_of, as_of_basis) = match spec.when {
            When::Latest => match graph.newest_source_date() {
                Some(d) => (Some(d), AsOfBasis::NewestSource),
                None => (Some(Date::today()), AsOfBasis::Today),
            },
            When::Today => (Some(Date::today()), AsOfBasis::Today),
            When::On(d) => (Some(d), AsOfBasis::Given),
            When::AllTime => (None, AsOfBasis::AllTime),
        };
        let names = (!spec.assume.is_empty() || !spec.drop.is_empty()).then(|| Names::new(graph));
        let mut assumed = Vec::new();
        for name in &spec.assume {
            let n = names.as_ref().expect("built when needed").resolve(name)?;
            if !assumed.contains(&n) {
                assumed.push(n);
            }
        }
        let mut dropped = Vec::new();
        for text in &spec.drop {
            for e in find_edges(graph, names.as_ref().expect("built when needed"), text)? {
                if !dropped.contains(&e) {
                    dropped.push(e);
                }
            }
        }

        let node_on: Vec<bool> = graph
            .node_indices()
            .map(|n| as_of.is_none_or(|d| graph.node_time(n).contains(d)))
            .collect();
        let mut edge_on: Vec<bool> = graph
            .edge_indices()
            .map(|e| {
                let m = graph.meta(e);
                node_on[m.from.index()]
                    && node_on[m.to.index()]
                    && m.by.is_none_or(|b| node_on[b.index()])
                    && as_of.is_none_or(|d| m.time.contains(d))
            })
            .collect();
        for e in &dropped {
            edge_on[e.index()] = false;
        }
        let mut status: Vec<Status> = graph.node_indices().map(|n| graph.status(n)).collect();
        for (n, facts) in graph.nodes_with_facts() {
            status[n.index()] = status_on(status[n.index()], &facts.history, as_of);
        }
        // A position replaced by a newer one counts as withdrawn from the
        // day the newer one holds (a superseded offer settled is still met).
        for &e in &graph.supersedes {
            let to = graph.ends(e).1.index();
            if edge_on[e.index()] && status[to] != Status::Met {
                status[to] = Status::Withdrawn;
            }
        }
        for n in &assumed {
            status[n.index()] = Status::Met;
        }
        let member_of = Memberships::new(
            graph
                .memberships
                .iter()
                .filter(|e| edge_on[e.index()])
                .map(|&e| {
                    let (member, party) = graph.ends(e);
                    (member, party, graph.meta(e).time)
                }),
        )
        .on(as_of);
        Ok(View {
            graph,
            as_of,
            as_of_basis,
            assumed,
            dropped,
            agreed: Vec::new(),
            member_of,
            node_on,
            edge_on,
            status,
            named_at_an_end: std::cell::OnceCell::new(),
            countered_with: std::cell::OnceCell::new(),
        })
    }

    /// The positions a visible claim names at another end, as a threat's
    /// `trigger` or a counter's offer (`with`), computed once per view (one
    /// pass over the claims) and read by [`crate::standing::applied_by`].
    pub fn named_at_an_end(&self) -> &foldhash::HashSet<NodeIx> {
        self.named_at_an_end.get_or_init(|| {
            let g = self.graph;
            self.visible_edges()
                .flat_map(|e| [g.edge(e).trigger(), g.edge(e).with()])
                .filter_map(|end| match end {
                    Some(crate::model::End::Node(i)) => Some(NodeIx::new(i as usize)),
                    _ => None,
                })
                .collect()
        })
    }

    /// The visible `counters` claims that offer `offer` in return (their
    /// `with`), in file order: `with` is not an end of the claim, so the
    /// claims are read once per view and indexed by their offer.
    pub fn countered_with(&self, offer: NodeIx) -> &[EdgeIx] {
        let index = self.countered_with.get_or_init(|| {
            let g = self.graph;
            let mut index: foldhash::HashMap<NodeIx, Vec<EdgeIx>> = Default::default();
            for e in self.visible_edges() {
                if g.meta(e).relation != crate::model::Relation::Counters {
                    continue;
                }
                if let Some(crate::model::End::Node(i)) = g.edge(e).with() {
                    index.entry(NodeIx::new(i as usize)).or_default().push(e);
                }
            }
            index
        });
        index.get(&offer).map_or(&[], Vec::as_slice)
    }

    /// Everything, all time, nothing assumed: the file as written.
    pub fn everything(graph: &'g Graph) -> View<'g> {
        View::new(graph, &ViewSpec::all_time()).expect("no names to resolve")
    }

    /// What a reader should know about this view before its answer, in
    /// words: on a day asked for (`--as-of`), the claims with no date of
    /// their own that are shown as holding though their first report came
    /// later (`issues` and `changes` date such a claim by its first report;
    /// the view cannot know when it began), said once, as a count; and the
    /// claims set aside (`--drop`), whatever the command, since an answer
    /// without them reads as fact once pasted into a note.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = self.dropped_note().into_iter().collect::<Vec<_>>();
        notes.extend(self.undated_note());
        notes.extend(self.after_the_record_note());
        notes
    }

    /// On a day asked for after the newest source: the graph cannot know
    /// what happened since, so a day scheduled in between reads as still
    /// to come ("scheduled for 22 May" on 30 May) only with this said.
    fn after_the_record_note(&self) -> Option<String> {
        let (Some(day), AsOfBasis::Given) = (self.as_of, self.as_of_basis) else {
            return None;
        };
        let newest = self.graph.newest_source_date()?;
        (newest.last_day() < day.first_day()).then(|| {
            format!(
                "{day} is after the newest source (dated {newest}): the graph records nothing \
                 since, so what was due in between may have happened or not"
            )
        })
    }

    /// The claims this view sets aside, each as FROM:RELATION:TO, the
    /// form `--drop` takes: what answers' JSON lists as `dropped`.
    pub fn dropped_claims(&self) -> Vec<String> {
        let g = self.graph;
        self.dropped
            .iter()
            .map(|&e| {
                let (from, to) = g.ends(e);
                format!("{}:{}:{}", g.id(from), g.meta(e).relation, g.id(to))
            })
            .collect()
    }

    /// "what if": the claims this view sets aside.
    fn dropped_note(&self) -> Option<String> {
        if self.dropped.is_empty() {
            return None;
        }
        let claims = self.dropped_claims();
        Some(format!(
            "what if: the answer sets aside {} ({}): it is not what the graph says",
            claims.join(", "),
            Opt::Drop
        ))
    }

    /// The undated claims shown as holding on a day asked for, before
    /// their first report.
    fn undated_note(&self) -> Option<String> {
        let g = self.graph;
        let (Some(day), AsOfBasis::Given) = (self.as_of, self.as_of_basis) else {
            return None;
        };
        let after = |d: &Date| day.last_day() < d.first_day();
        let first = g.oldest_source_date()?;
        let dated = g.dated_sources();
        // Each undated claim's first report (Graph::reports).
        let later: Vec<Date> = self
            .visible_edges()
            .filter(|&e| g.meta(e).time.since.is_none())
            .filter_map(|e| g.reports(e, &dated).first())
            .filter(after)
            .collect();
        let earliest = later.iter().copied().min()?;
        let claims = match later.len() {
            1 => "the one claim".to_owned(),
            n => format!("the {n} claims"),
        };
        if after(&first) {
            return Some(format!(
                "{day} is before every dated source (the first is dated {first}): {claims} with no \
                 date of their own are taken as holding on it, though no source had reported them yet"
            ));
        }
        // One claim or several: the verb, the pronoun and "its" agree.
        let (claims, them, own, are, report) = match later.len() {
            1 => (
                "1 claim".to_owned(),
                "it",
                "its",
                "is",
                "its first report came",
            ),
            n => (
                format!("{n} claims"),
                "them",
                "their",
                "are",
                "their first report came",
            ),
        };
        Some(format!(
            "{claims} with no date of {own} own {are} taken as holding on {day}, though {report} \
             later (the earliest on {earliest}); `changes` dates {them} by that report"
        ))
    }

    /// Whether node `n` holds on the view's day (always, for all time).
    pub fn node_on(&self, n: NodeIx) -> bool {
        self.node_on[n.index()]
    }
    /// Whether a query sees edge `e`: it holds on the day, so do its ends and
    /// its `by` party, and it was not dropped.
    pub fn edge_on(&self, e: EdgeIx) -> bool {
        self.edge_on[e.index()]
    }
    /// Whether claim `e` had not begun by the view's day: its own `since`,
    /// or that of one of its ends or its `by` party, is later. Such a claim
    /// was not yet made, which is not the same as no longer holding.
    pub fn not_yet(&self, e: EdgeIx) -> bool {
        let Some(day) = self.as_of else {
            return false;
        };
        let g = self.graph;
        let m = g.meta(e);
        let later = |since: Option<Date>| since.is_some_and(|s| s.first_day() > day.last_day());
        later(m.time.since)
            || [Some(m.from), Some(m.to), m.by]
                .into_iter()
                .flatten()
                .any(|n| later(g.node_time(n).since))
    }
    /// Met on the view's day, or assumed met for this query.
    pub fn is_met(&self, n: NodeIx) -> bool {
        self.status[n.index()] == Status::Met
    }
    /// Withdrawn on the view's day, or replaced by a newer position: it no
    /// longer stands in anyone's way, and no longer conflicts.
    pub fn is_withdrawn(&self, n: NodeIx) -> bool {
        self.status[n.index()] == Status::Withdrawn
    }
    /// Cancelled on the view's day: it will not take place as things stand.
    /// Not settled (whatever needs it cannot go ahead) and not pending
    /// (`standing` makes it an obstacle no party's agreement clears).
    pub fn is_cancelled(&self, n: NodeIx) -> bool {
        self.status[n.index()] == Status::Cancelled
    }
    /// Met or withdrawn: settled one way or the other, so a chain of
    /// preconditions stops there.
    pub fn is_settled(&self, n: NodeIx) -> bool {
        matches!(self.status[n.index()], Status::Met | Status::Withdrawn)
    }
    /// The status this view gives a node: its history on the day, newer
    /// positions, assumptions.
    pub fn status(&self, n: NodeIx) -> Status {
        self.status[n.index()]
    }

    /// Visible edges leaving (`Outgoing`) or entering (`Incoming`) a node, in
    /// petgraph's order (newest first); use [`edges_in_order`](Self::edges_in_order) for file order.
    pub fn edges(&self, n: NodeIx, dir: Direction) -> impl Iterator<Item = EdgeIx> + '_ {
        self.graph
            .edges_directed(n, dir)
            .filter(|&e| self.edge_on(e))
    }

    /// Visible edges of a node in file order, for listings people read.
    pub fn edges_in_order(&self, n: NodeIx, dir: Direction) -> Vec<EdgeIx> {
        let mut list: Vec<EdgeIx> = self.edges(n, dir).collect();
        list.reverse();
        list
    }

    /// [`edges_in_order`](Self::edges_in_order) into a buffer the caller reuses,
    /// for searches that visit every node and should not allocate per node.
    pub fn edges_in_order_into(&self, n: NodeIx, dir: Direction, buf: &mut Vec<EdgeIx>) {
        let start = buf.len();
        buf.extend(self.edges(n, dir));
        buf[start..].reverse();
    }

    /// Treats `n` as met from now on, as `--assume` does.
    pub fn assume_met(&mut self, n: NodeIx) {
        self.status[n.index()] = Status::Met;
        if !self.assumed.contains(&n) {
            self.assumed.push(n);
        }
    }

    /// The party that `member` speaks for (`member_of`), if it is a member.
    pub fn party_of_member(&self, member: NodeIx) -> Option<NodeIx> {
        self.member_of
            .binary_search_by_key(&member, |&(m, _)| m)
            .ok()
            .map(|i| self.member_of[i].1)
    }

    /// Sets edges aside and records agreements: what taking some moves
    /// (`standing::Move`) does to the view. Dropped edges are listed in
    /// [`View::dropped`].
    pub fn take_moves(&mut self, drop: &[EdgeIx], agree: &[(Option<NodeIx>, NodeIx)]) {
        for &e in drop {
            if self.edge_on[e.index()] {
                self.edge_on[e.index()] = false;
                self.dropped.push(e);
                // A claim set aside may have named a trigger or an offer.
                self.named_at_an_end.take();
                self.countered_with.take();
            }
        }
        for &pair in agree {
            if !self.agreed.contains(&pair) {
                self.agreed.push(pair);
            }
        }
    }

    /// The nodes that hold on the view's day, in file order.
    pub fn visible_nodes(&self) -> impl Iterator<Item = NodeIx> + '_ {
        self.graph.node_indices().filter(|&n| self.node_on(n))
    }
    /// The edges a query sees ([`edge_on`](Self::edge_on)), in file order.
    pub fn visible_edges(&self) -> impl Iterator<Item = EdgeIx> + '_ {
        self.graph.edge_indices().filter(|&e| self.edge_on(e))
    }
}

/// The edges `FROM:RELATION:TO` names (several when they differ only in holder or dates).
/// `FROM` and `TO` are names as people type them; `RELATION` is the
/// format's word (`conditions_on`).
///
/// # Errors
///
/// As [`View::new`] for a `drop`.
pub fn find_edges(graph: &Graph, names: &Names, text: &str) -> Result<Vec<EdgeIx>> {
    let parts: Vec<&str> = text.splitn(3, ':').collect();
    let [from, relation, to] = parts[..] else {
        return Err(Error::Usage(format!(
            "'{text}' is not an edge; write FROM:RELATION:TO, e.g. ceasefire-30d:conditions_on:western-aid-pause"
        )));
    };
    let relation: Relation = relation.trim().parse().map_err(Error::Usage)?;
    let from = names.resolve(from.trim())?;
    let to = names.resolve(to.trim())?;
    let found = graph.edges_between(from, to, Some(relation), None);
    if found.is_empty() {
        let existing: Vec<String> = graph
            .edges_between(from, to, None, None)
            .into_iter()
            .map(|e| graph.meta(e).relation.to_string())
            .collect();
        return Err(Error::UnknownEdge {
            spec: format!("'{}' {relation} '{}'", graph.id(from), graph.id(to)),
            hint: (!existing.is_empty())
                .then(|| format!("between them there is: {}", existing.join(", "))),
        });
    }
    Ok(found)
}

/// The status a node has on `day` by its dated history (in date order): the
/// latest change on or before the day, else `base`. For all time, the last
/// change. A change dated to a month or year counts from its first day; a
/// `day` that is a month or year is its last day (as views read them).
pub fn status_on(base: Status, history: &[(Date, Status)], day: Option<Date>) -> Status {
    let last = match day {
        None => history.last(),
        Some(day) => history
            .iter()
            .take_while(|&&(on, _)| on.first_day() <= day.last_day())
            .last(),
    };
    last.map_or(base, |&(_, status)| status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_is_written_back_as_the_options_that_ask_for_it() {
        let spec = ViewSpec {
            when: When::On("2025-05-10".parse().unwrap()),
            assume: vec!["western-aid-pause".into(), "the West's aid".into()],
            drop: vec!["a:blocks:b".into()],
        };
        assert_eq!(
            spec.words(),
            [
                Word::Valued(Opt::AsOf, "2025-05-10".into()),
                Word::Valued(Opt::Assume, "western-aid-pause".into()),
                Word::Valued(Opt::Assume, "the West's aid".into()),
                Word::Valued(Opt::Drop, "a:blocks:b".into()),
            ]
        );
        assert!(ViewSpec::default().words().is_empty());
        assert_eq!(ViewSpec::all_time().words(), [Word::Flag(Opt::AllTime)]);
    }

    #[test]
    fn a_dated_status_holds_from_its_day() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let history = [
            (d("2025-06-01"), Status::Met),
            (d("2025-07-01"), Status::Withdrawn),
        ];
        let at = |day: &str| status_on(Status::Open, &history, Some(d(day)));
        assert_eq!(at("2025-05-31"), Status::Open);
        assert_eq!(at("2025-06-01"), Status::Met);
        assert_eq!(at("2025-06-30"), Status::Met);
        assert_eq!(at("2025-07-01"), Status::Withdrawn);
        assert_eq!(status_on(Status::Open, &history, None), Status::Withdrawn);
        assert_eq!(
            status_on(Status::Rejected, &[], Some(d("2025-01-01"))),
            Status::Rejected
        );
    }
}
