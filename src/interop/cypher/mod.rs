//! The Cypher query that answers a negograph question on an exported
//! database (`--cypher` on `blockers`, `requires`, `who`, `stance`, `path`),
//! in LadybugDB's dialect (which Kuzu 0.11 reads too) or Neo4j's, with
//! negograph's semantics. Each returns the node ids it finds in a column `id`.
//!
//! The schema both exports share ([`super::ladybug`], [`super::neo4j`]): nodes
//! are `Node` (in Neo4j also labelled by kind, `Party`, ...), keyed by `id`;
//! each relation is a relationship type in capitals (`CONDITIONS_ON`); every
//! relationship carries `claim` (the edge's position in the file),
//! `relation`, `by`, `holder`, `source`, `quote`, `speaker`,
//! `citation_note`, `citations`, `since`, `until`, `note`, `target`,
//! `trigger`, `counter_offer`, `disputed_by`, format 1.2's `addressee`,
//! `seq`, `stance`, `reason`, `reason_quote` and `reason_source` (the first
//! citation that gives a reason; every citation is in `citations`), and two
//! pairs of properties the queries need:
//!
//! - `visible_since` / `visible_until`: the days a query sees the edge, its
//!   own dates narrowed by its ends' and its holder's ([`super::visible_span`]),
//!   so that "as of D" is a test on the relationship alone;
//! - `to_id` / `to_settled` / `to_settled_all_time`: its `to` node's id and
//!   the days that node is settled (met or withdrawn, by its dated history or
//!   a newer position replacing it; [`super::timeline`]), because node
//!   predicates inside a `SHORTEST` recursive pattern are ignored by Kuzu
//!   0.11 and misapplied by LadybugDB 0.22 (which tests the last node
//!   too), while relationship predicates work in both; and "a settled
//!   precondition stops a chain" is a test on the node each step arrives at.
//!
//! Nodes carry the file's fields, format 1.2's `unnamed` and `scheduled`,
//! and the quantity read in full: `quantity_min`, `quantity_max` (doubles),
//! `quantity_unit`, `quantity_measure` (`count`, `currency`, `percent`),
//! `quantity_approximate`, `quantity_of`, `quantity_per`.
//! Nodes also carry `withdrawn` / `withdrawn_all_time` (the days a position
//! is withdrawn or replaced: it then blocks nothing) and `cancelled` /
//! `cancelled_all_time` (format 1.2: an obstacle with nothing below it);
//! each relationship `from_cancelled` / `from_cancelled_all_time`, so that
//! a chain never steps down from a cancelled node. Each `part_of` claim
//! is there twice: as `PART_OF` from the term, and as [`HAS_TERM`] from the
//! proposal, the way `blockers` and `requires` go down to a package's terms.
//!
//! The what-if knobs carry over: `--assume N` becomes `r.to_id <> 'N'` on the
//! steps of a chain (an assumed node stops it as a met one does), `--drop`
//! becomes `NOT r.claim IN [...]`. Dropping a `supersedes` claim would change
//! the days the databases were given; that is refused.
//!
//! Chains are searched breadth first (`SHORTEST` in LadybugDB, `ANY SHORTEST` in
//! Neo4j 5.21+), which visits each node once as negograph does; a plain
//! variable-length pattern would enumerate walks, exponentially many on the
//! cycles negotiation graphs have. LadybugDB stops recursive patterns at 30
//! steps unless told otherwise, so its queries start by raising that to the
//! number of nodes, the longest a shortest chain can be.
//!
//! Plain openCypher (the `opencypher` dialect, for FalkorDB, which reads
//! neither `ANY SHORTEST` nor quantified path patterns) has only that
//! variable-length pattern: its chains match every path whose steps all pass
//! the filter. The answers are the same (the tests compare them on the
//! bundled graphs and random ones), the cost is not: fine for hundreds of
//! claims, too slow for dense or big graphs, above all for a shortest
//! `path`, which is every path ordered by length.

mod paths;
mod sides;

use crate::args::Opt;
use std::fmt::Write;

use crate::error::Error;
use crate::graph::NodeIx;
use crate::model::{NodeKind, Relation};
use crate::query::settled::{self, Asked};
use crate::view::View;

/// Which engine's Cypher to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Dialect {
    /// LadybugDB and Kuzu 0.11 (embedded): `SHORTEST` recursive patterns
    ///
    /// Both read the same queries, with `(r, _ | WHERE ...)` filters on
    /// their steps. `kuzu` names this dialect too.
    #[default]
    #[cfg_attr(feature = "cli", value(alias = "kuzu"))]
    Ladybug,
    /// Neo4j 5.21 or newer: quantified path patterns with `ANY SHORTEST`.
    Neo4j,
    /// openCypher servers (FalkorDB) on the Neo4j export: variable-length paths
    ///
    /// For a server without Neo4j 5.21's path patterns: FalkorDB is the one
    /// tested (`tests/interop_engines/falkordb.rs`). Chains are
    /// variable-length patterns (`-[:A|B*1..N]->`) whose every step passes
    /// `all(r IN relationships(p) WHERE ...)`: the same answers, but the
    /// server enumerates paths instead of searching breadth first, which
    /// costs more with every cycle: for graphs of hundreds of claims, not
    /// of a million. `falkordb` names it too.
    #[cfg_attr(feature = "cli", value(name = "opencypher", alias = "falkordb"))]
    OpenCypher,
}

/// The relationship type of a relation: `conditions_on` is `CONDITIONS_ON`.
pub fn rel_type(relation: Relation) -> String {
    relation.as_str().to_ascii_uppercase()
}

/// What the Cypher form of `blockers` covers of negograph's obstacles; the
/// query opens with it as a comment.
pub const BLOCKERS_COVER: &str = "Covers: unmet preconditions (agreed or not), cancelled terms, refusals (rejects, counters, ignores) and blocks of X and of what X needs, nothing below a cancelled position. Not covered: actor agreement, refusals of a package reaching its terms, excludes. A refusal names the party it counts for (a member's, its party's).";

/// The relationship types of refusals: rejects, counters, ignores.
const REFUSALS: &str = "REJECTS|COUNTERS|IGNORES";

/// The relationship both exports add for each `part_of` claim, from the
/// proposal to its term (the claim's own runs from the term): a chain of
/// `blockers` or `requires` goes down from a package to its terms as it goes
/// down preconditions, and a recursive pattern can only follow relationships
/// one way. Same `claim` number; `to_id` and `to_settled` are the term's.
/// It is no claim of its own: paths and stances leave it out.
pub const HAS_TERM: &str = "HAS_TERM";

/// Every relation's relationship type, `A|B|...`: any claim, and not the
/// derived [`HAS_TERM`].
fn claim_types() -> String {
    let all: Vec<String> = Relation::ALL.iter().map(|&r| rel_type(r)).collect();
    all.join("|")
}

/// The Neo4j label of a node kind: `party` is `Party`.
pub fn kind_label(kind: NodeKind) -> String {
    let word = kind.as_str();
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// A Cypher string literal holding `text` exactly.
///
/// Neo4j reads backslash escapes (`\n`, `\uXXXX`, ...); LadybugDB and Kuzu
/// 0.11 read only `\\` and `\'`, and take any other character, a line break
/// included, as it is. Each gets the escapes it reads, so that no text can
/// end the literal.
pub fn string(text: &str, dialect: Dialect) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            c if dialect != Dialect::Ladybug && c.is_control() => match c {
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c => {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
            },
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Builds the Cypher of queries on one view (its day, assumptions and dropped edges).
pub struct QueryWriter<'v, 'g> {
    view: &'v View<'g>,
    dialect: Dialect,
}

impl<'v, 'g> QueryWriter<'v, 'g> {
    /// The writer for `view`; refused when the view drops a `supersedes`
    /// claim, whose effect on statuses the exported days already hold.
    ///
    /// # Errors
    ///
    /// [`Error::Usage`] when the view drops a `supersedes` claim.
    pub fn new(view: &'v View<'g>, dialect: Dialect) -> Result<QueryWriter<'v, 'g>, Error> {
        let g = view.graph;
        if let Some(&e) = view
            .dropped
            .iter()
            .find(|&&e| g.meta(e).relation == Relation::Supersedes)
        {
            let m = g.meta(e);
            return Err(Error::Usage(format!(
                "{} cannot drop '{}' supersedes '{}': the exported database counts \
                 the replaced position as withdrawn, whatever the query says; \
                 export a copy of the file without that claim instead",
                Opt::Cypher,
                g.id(m.from),
                g.id(m.to)
            )));
        }
        Ok(QueryWriter { view, dialect })
    }

    fn id(&self, n: NodeIx) -> String {
        string(self.view.graph.id(n), self.dialect)
    }

    /// The longest chain a query may need to follow: the number of nodes.
    fn depth(&self) -> usize {
        self.view.graph.node_count().max(1)
    }

    /// Raises LadybugDB's limit on recursive patterns to `steps` (Neo4j has none).
    fn preamble(&self, steps: usize) -> String {
        match self.dialect {
            Dialect::Ladybug => format!("CALL var_length_extend_max_depth={steps};\n"),
            Dialect::Neo4j | Dialect::OpenCypher => String::new(),
        }
    }

    /// Whether relationship `r` is there in this view: its day and the dropped edges.
    fn visible(&self, r: &str) -> Vec<String> {
        let mut terms = Vec::new();
        if let Some(day) = self.view.as_of {
            let day = format!("date('{day}')");
            terms.push(format!(
                "({r}.visible_since IS NULL OR {r}.visible_since <= {day})"
            ));
            terms.push(format!(
                "({r}.visible_until IS NULL OR {r}.visible_until >= {day})"
            ));
        }
        if !self.view.dropped.is_empty() {
            let mut claims: Vec<usize> = self.view.dropped.iter().map(|e| e.index()).collect();
            claims.sort_unstable();
            let list: Vec<String> = claims.iter().map(ToString::to_string).collect();
            terms.push(format!("NOT {r}.claim IN [{}]", list.join(", ")));
        }
        terms
    }

    /// [`Self::visible`] for a `MEMBER_OF` claim read to find whom a member
    /// speaks for: one round a circle of memberships is listed as any claim
    /// is, but no one speaks for another through it ([`crate::graph::Graph::is_circular`]),
    /// as the view reads memberships.
    fn membership(&self, mo: &str) -> Vec<String> {
        let mut terms = self.visible(mo);
        let circular: Vec<String> = self
            .view
            .graph
            .circular
            .iter()
            .filter(|&&e| self.view.graph.meta(e).relation == Relation::MemberOf)
            .map(|e| e.index().to_string())
            .collect();
        if !circular.is_empty() {
            terms.push(format!("NOT {mo}.claim IN [{}]", circular.join(", ")));
        }
        terms
    }

    /// Whether day spans (`FROM..UNTIL` strings, see [`super::timeline`])
    /// `list` hold the view's day; all time, the flag `all_time`.
    fn on_day(&self, list: &str, all_time: &str) -> String {
        match self.view.as_of {
            Some(day) => {
                format!("any(s IN {list} WHERE left(s, 10) <= '{day}' AND '{day}' < right(s, 10))")
            }
            None => all_time.to_owned(),
        }
    }

    /// Whether a chain may step along `r`: it is visible, leaves a node
    /// not cancelled on the day (nothing below a cancelled one counts) and
    /// arrives at a node neither settled (met or withdrawn) on the day nor
    /// assumed met.
    fn open_step(&self, r: &str) -> Vec<String> {
        let mut terms = self.visible(r);
        terms.push(format!(
            "NOT {}",
            self.on_day(
                &format!("{r}.from_cancelled"),
                &format!("{r}.from_cancelled_all_time")
            )
        ));
        terms.push(format!(
            "NOT {}",
            self.on_day(
                &format!("{r}.to_settled"),
                &format!("{r}.to_settled_all_time")
            )
        ));
        for &n in &self.view.assumed {
            terms.push(format!("{r}.to_id <> {}", self.id(n)));
        }
        terms
    }

    /// Whether node `z` still stands: not withdrawn on the day (nor
    /// replaced), or assumed met.
    fn standing(&self, z: &str) -> String {
        let withdrawn = self.on_day(
            &format!("{z}.withdrawn"),
            &format!("{z}.withdrawn_all_time"),
        );
        if self.view.assumed.is_empty() {
            format!("NOT {withdrawn}")
        } else {
            let ids: Vec<String> = self.view.assumed.iter().map(|&n| self.id(n)).collect();
            format!("(NOT {withdrawn} OR {z}.id IN [{}])", ids.join(", "))
        }
    }

    /// Whether node `y` is cancelled on the day.
    fn cancelled(&self, y: &str) -> String {
        self.on_day(
            &format!("{y}.cancelled"),
            &format!("{y}.cancelled_all_time"),
        )
    }

    /// The clauses after a match of claim `r` that name the party it counts
    /// for and the member who spoke, as `standing::counts_for` does: its
    /// holder (`by`, or the party it leaves), or, when the holder is a
    /// member, the party of its first membership in force on the day (the
    /// lowest `claim`), the holder then its `speaker` (else `NULL`). Ends
    /// with `WITH r, party, speaker`.
    fn counted_for(&self, r: &str) -> String {
        let mut member = vec![format!("h.id = {r}.holder")];
        member.extend(self.membership("m"));
        let member = Self::where_clause(&member);
        let own = format!("g IS NULL OR g.id = {r}.holder");
        format!(
            "OPTIONAL MATCH (h:Node)-[m:MEMBER_OF]->(g:Node){member}\n\
             WITH {r}, min(m.claim) AS first\n\
             OPTIONAL MATCH (h:Node)-[m:MEMBER_OF]->(g:Node)\n\
             WHERE h.id = {r}.holder AND m.claim = first\n\
             WITH {r}, CASE WHEN {own} THEN {r}.holder ELSE g.id END AS party, \
             CASE WHEN {own} THEN NULL ELSE {r}.holder END AS speaker\n"
        )
    }

    /// Whether node `n` is there in this view (for a path from a node to itself).
    fn node_visible(&self, n: &str) -> Vec<String> {
        match self.view.as_of {
            Some(day) => vec![
                format!("({n}.since IS NULL OR {n}.since <= date('{day}'))"),
                format!("({n}.until IS NULL OR {n}.until >= date('{day}'))"),
            ],
            None => Vec::new(),
        }
    }

    /// A chain of one or more steps along relationships of `types`
    /// (`A|B`) from `start` to `end`, each step passing `filter` on `r`,
    /// found breadth first (in plain openCypher, among every path). `arrow`
    /// is `->` or `-` (either way). Neo4j's and openCypher's bind the path
    /// as `p`; openCypher's ends with its `WHERE`.
    fn chain(&self, start: &str, types: &str, filter: &[String], arrow: &str, end: &str) -> String {
        let types = format!(":{types}");
        let depth = self.depth();
        match self.dialect {
            Dialect::Ladybug => {
                let filter = if filter.is_empty() {
                    String::new()
                } else {
                    format!(" (r, _ | WHERE {})", filter.join(" AND "))
                };
                format!("{start}-[e{types}* SHORTEST 1..{depth}{filter}]{arrow}{end}")
            }
            Dialect::Neo4j => {
                let filter = if filter.is_empty() {
                    String::new()
                } else {
                    format!(" WHERE {}", filter.join(" AND "))
                };
                format!("p = ANY SHORTEST {start}(()-[r{types}]{arrow}(){filter})+{end}")
            }
            Dialect::OpenCypher => format!(
                "p = {start}-[{types}*1..{depth}]{arrow}{end}{}",
                Self::every_step(filter)
            ),
        }
    }

    /// openCypher's filter on every step of path `p`, as a `WHERE` line.
    fn every_step(filter: &[String]) -> String {
        if filter.is_empty() {
            String::new()
        } else {
            format!(
                "\nWHERE all(r IN relationships(p) WHERE {})",
                filter.join(" AND ")
            )
        }
    }

    fn where_clause(terms: &[String]) -> String {
        if terms.is_empty() {
            String::new()
        } else {
            format!("\nWHERE {}", terms.join(" AND "))
        }
    }

    /// The steps `blockers` and `requires` go down: preconditions, and a
    /// proposal's terms.
    fn down() -> String {
        format!("{}|{HAS_TERM}", rel_type(Relation::ConditionsOn))
    }

    /// `blockers X`: the preconditions reached through unmet ones (and
    /// through a proposal's unsettled terms, which are not blockers
    /// themselves), and the nodes that block or parties that reject, counter
    /// or ignore X or any node reached; never X itself.
    ///
    /// It covers fewer obstacle kinds than `blockers` (see
    /// [`BLOCKERS_COVER`], which the query itself says in a comment): every
    /// unmet precondition is listed, whether or not its actor has agreed to
    /// deliver it (negograph lists those as pending steps); refusals of a
    /// package do not reach its terms; `excludes` is not read. A refusal
    /// names the party it counts for, as `blockers` does (a member's, its
    /// party's, its first membership in force on the day).
    pub fn blockers(&self, target: NodeIx) -> String {
        let x = self.id(target);
        // Met or cancelled: nothing is listed, in `blockers`' words.
        let status = self.view.status(target);
        if !settled::lists_after(status, Asked::Blockers) {
            let words = settled::status_words(status, self.view.graph.id(target), Asked::Blockers)
                .unwrap_or_default()
                // A comment ends at a line break: an id must not end it.
                .replace(['\n', '\r'], " ");
            return format!(
                "// {BLOCKERS_COVER}\n// {words}\nMATCH (x:Node {{id: {x}}})\nWHERE false\nRETURN x.id AS id;\n"
            );
        }
        let start = format!("(x:Node {{id: {x}}})");
        let chain = |end: &str| self.chain(&start, &Self::down(), &self.open_step("r"), "->", end);
        // A precondition is reached by a `conditions_on` step, straight from X
        // or from the end of a chain; a cancelled term by a term step.
        let mut step = self.open_step("c");
        step.push(format!("y.id <> {x}"));
        step.push(format!(
            "(c.relation = 'conditions_on' OR {})",
            self.cancelled("y")
        ));
        let step = Self::where_clause(&step);
        // Nothing stands on a cancelled node: it is an obstacle itself.
        let mut below = self.visible("b");
        below.push(format!("z.id <> {x}"));
        below.push(self.standing("z"));
        below.push(format!("NOT {}", self.cancelled("y")));
        let below = Self::where_clause(&below);
        let down = Self::down();
        // A withdrawn or replaced position blocks nothing (parties never are).
        let mut blocking = self.visible("b");
        blocking.push(format!("z.id <> {x}"));
        blocking.push(self.standing("z"));
        let blocking = Self::where_clause(&blocking);
        // A refusal names the party it counts for (a member's, its party's).
        let counted = self.counted_for("b");
        let mut q = self.preamble(self.depth());
        let _ = writeln!(q, "// {BLOCKERS_COVER}");
        let _ = write!(
            q,
            "MATCH {start}-[c:{down}]->(y:Node){step}\nRETURN y.id AS id\n\
             UNION\n\
             MATCH {}\nMATCH (w)-[c:{down}]->(y:Node){step}\nRETURN y.id AS id\n\
             UNION\n\
             MATCH {start}<-[b:BLOCKS]-(z:Node){blocking}\nRETURN z.id AS id\n\
             UNION\n\
             MATCH {start}<-[b:{REFUSALS}]-(z:Node){blocking}\n{counted}RETURN party AS id\n\
             UNION\n\
             MATCH {}\nMATCH (y)<-[b:BLOCKS]-(z:Node){below}\nRETURN z.id AS id\n\
             UNION\n\
             MATCH {}\nMATCH (y)<-[b:{REFUSALS}]-(z:Node){below}\n{counted}RETURN party AS id;\n",
            chain("(w:Node)"),
            chain("(y:Node)"),
            chain("(y:Node)"),
        );
        q
    }

    /// `requires X`: every node below X through `conditions_on` edges (and,
    /// from a proposal, its terms' `conditions_on` edges), met or not, and X
    /// itself when a chain leads back to it. Every node listed is the `to` of
    /// a `conditions_on` step, so a term reached only as a term is not.
    pub fn requires(&self, target: NodeIx) -> String {
        let x = self.id(target);
        let start = format!("(x:Node {{id: {x}}})");
        let visible = self.visible("r");
        let chain = |end: &str| self.chain(&start, &Self::down(), &visible, "->", end);
        let step = Self::where_clause(&self.visible("c"));
        let mut q = self.preamble(self.depth());
        let _ = write!(
            q,
            "MATCH {start}-[c:CONDITIONS_ON]->(y:Node){step}\nRETURN y.id AS id\n\
             UNION\n\
             MATCH {}\nMATCH (w)-[c:CONDITIONS_ON]->(y:Node){step}\nRETURN y.id AS id;\n",
            chain("(w:Node)"),
        );
        q
    }
}

/// The ids the Cypher form of `blockers target` returns, read off the same
/// tree `blockers` walks ([`crate::standing::Tree`]): every node the tree
/// reaches through a `conditions_on` step (an obstacle or a pending step),
/// a cancelled term, the parties refusing a node of the tree itself, and
/// what blocks one; nothing for a target met or cancelled already. Sorted, each once. The engine tests
/// compare it with what a database answers, so [`BLOCKERS_COVER`] stays true.
pub fn blockers_covered(view: &View, target: NodeIx) -> Vec<String> {
    use crate::standing::{ObstacleKind, StepKind, Tree};
    if view.is_met(target) || view.is_cancelled(target) {
        return Vec::new();
    }
    let g = view.graph;
    let tree = Tree::build(view, target);
    let mut ids = std::collections::BTreeSet::new();
    for v in 0..tree.nodes.len() as u32 {
        for step in tree.steps(v) {
            if step.kind == StepKind::Precondition && tree.nodes[step.to as usize] != target {
                ids.insert(g.id(tree.nodes[step.to as usize]).to_owned());
            }
        }
        for o in tree.obstacles(v) {
            match o.kind {
                ObstacleKind::Cancelled => {
                    ids.insert(g.id(o.node).to_owned());
                }
                // The party a refusal counts for (a member's, its party's).
                ObstacleKind::Refusal if o.package.is_none() => {
                    ids.extend(o.party.map(|p| g.id(p).to_owned()));
                }
                // What blocks: the node the claim comes from.
                ObstacleKind::Block if g.meta(o.edge).from != target => {
                    ids.insert(g.id(g.meta(o.edge).from).to_owned());
                }
                _ => {}
            }
        }
    }
    ids.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_ends_a_literal() {
        assert_eq!(string("it's", Dialect::Ladybug), "'it\\'s'");
        assert_eq!(string("a\\'b", Dialect::Neo4j), "'a\\\\\\'b'");
        assert_eq!(string("l1\nl2\u{7}", Dialect::Neo4j), "'l1\\nl2\\u0007'");
        assert_eq!(string("l1\nl2", Dialect::Ladybug), "'l1\nl2'");
    }

    #[test]
    fn names_follow_the_vocabulary() {
        assert_eq!(rel_type(Relation::ConditionsOn), "CONDITIONS_ON");
        assert_eq!(kind_label(NodeKind::Party), "Party");
        assert_eq!(kind_label(NodeKind::Condition), "Condition");
    }
}
