//! The Cypher of `path A B`: one shortest chain, or every simple path.

use super::{Dialect, QueryWriter, claim_types};
use crate::graph::NodeIx;
use crate::query::path::PathOptions;

impl QueryWriter<'_, '_> {
    /// `path A B`: one shortest chain, a row per node (`step`, `id`); with
    /// `all`, every simple path of at most `max_len` edges, shortest first, a
    /// row per path with its node ids as a list in `id`.
    pub fn path(&self, from: NodeIx, to: NodeIx, opts: PathOptions) -> String {
        let a = self.id(from);
        let b = self.id(to);
        let arrow = if opts.directed { "->" } else { "-" };
        let visible = self.visible("r");
        let (start, end) = (
            format!("(a:Node {{id: {a}}})"),
            format!("(b:Node {{id: {b}}})"),
        );
        if from == to {
            return format!(
                "MATCH {start}{}\nRETURN 0 AS step, a.id AS id;\n",
                Self::where_clause(&self.node_visible("a"))
            );
        }
        if opts.all {
            return self.all_paths(&start, &end, &visible, arrow, opts);
        }
        let chain = self.chain(&start, &claim_types(), &visible, arrow, &end);
        match self.dialect {
            Dialect::Ladybug => format!(
                "{}MATCH {chain}\nWITH [a.id] + properties(nodes(e), 'id') + [b.id] AS ids\n\
                 UNWIND range(1, size(ids)) AS step\nRETURN step - 1 AS step, ids[step] AS id;\n",
                self.preamble(self.depth())
            ),
            Dialect::Neo4j => format!(
                "MATCH {chain}\nUNWIND range(0, length(p)) AS step\n\
                 RETURN step, nodes(p)[step].id AS id;\n"
            ),
            Dialect::OpenCypher => format!(
                "MATCH {chain}\nWITH p ORDER BY length(p) LIMIT 1\n\
                 UNWIND range(0, length(p)) AS step\nRETURN step, nodes(p)[step].id AS id;\n"
            ),
        }
    }

    fn all_paths(
        &self,
        start: &str,
        end: &str,
        visible: &[String],
        arrow: &str,
        opts: PathOptions,
    ) -> String {
        let (max, limit) = (opts.max_len, opts.limit);
        match self.dialect {
            Dialect::Ladybug => {
                let filter = if visible.is_empty() {
                    String::new()
                } else {
                    format!(" (r, _ | WHERE {})", visible.join(" AND "))
                };
                // LadybugDB's ACYCLIC keeps the nodes inside a path apart but lets
                // a path pass through its own ends; simple paths need all apart.
                format!(
                    "{}MATCH {start}-[e:{}* ACYCLIC 1..{max}{filter}]{arrow}{end}\n\
                     WITH [a.id] + properties(nodes(e), 'id') + [b.id] AS id, length(e) AS length\n\
                     WHERE size(id) = size(list_distinct(id))\n\
                     RETURN id, length\nORDER BY length\nLIMIT {limit};\n",
                    self.preamble(max),
                    claim_types()
                )
            }
            Dialect::Neo4j => {
                let filter = if visible.is_empty() {
                    String::new()
                } else {
                    format!(" WHERE {}", visible.join(" AND "))
                };
                format!(
                    "MATCH p = {start}(()-[r:{}]{arrow}(){filter}){{1,{max}}}{end}\n\
                     WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))\n\
                     RETURN [n IN nodes(p) | n.id] AS id, length(p) AS length\n\
                     ORDER BY length\nLIMIT {limit};\n",
                    claim_types()
                )
            }
            Dialect::OpenCypher => {
                let steps = Self::every_step(visible);
                let simple = "all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))";
                let simple = if steps.is_empty() {
                    format!("\nWHERE {simple}")
                } else {
                    format!("{steps} AND {simple}")
                };
                format!(
                    "MATCH p = {start}-[:{}*1..{max}]{arrow}{end}{simple}\n\
                     RETURN [n IN nodes(p) | n.id] AS id, length(p) AS length\n\
                     ORDER BY length\nLIMIT {limit};\n",
                    claim_types()
                )
            }
        }
    }
}
