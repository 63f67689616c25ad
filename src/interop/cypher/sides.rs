//! The Cypher of `who` and `stance`: the claims on a position by side or
//! relation, the pressure on a party, and a party's own stands, with whom
//! each member speaks for.

use super::{Dialect, QueryWriter, rel_type};
use crate::graph::NodeIx;
use crate::model::{NodeKind, Relation};
use crate::query::who::Side;

impl QueryWriter<'_, '_> {
    /// `who X [--relation R | --side S]`: the parties with a stance edge to
    /// X (those of one side, or one relation), and the relation: a row per
    /// claim, `id` the party it counts for and `speaker` the member who
    /// spoke for it (`NULL` when the party spoke itself), as `who` names
    /// them. Unlike `who --side against`, it does not count a party holding
    /// a position that `excludes` X as against it. For a party
    /// X: the pressure on it, as `who` lists it: the parties threatening it
    /// (`threatens` claims whose `target` or `addressee` it is, or one of its
    /// members is) and those whose demands are addressed to it (or to one).
    pub fn who(&self, target: NodeIx, only: Option<Relation>, side: Option<Side>) -> String {
        let g = self.view.graph;
        let x = self.id(target);
        let mut visible = self.visible("r");
        // Withdrawn or replaced on the view's day, no stand on it holds
        // (`standing::stands_hold`): asked by side, the form returns none.
        if side.is_some() && !crate::standing::stands_hold(self.view, target) {
            visible.insert(0, "1 = 0".to_owned());
        }
        if g.kind(target) == NodeKind::Party {
            // The pressure on a party, as `standing::pressed` reads it:
            // threats whose target or addressee it is, demands addressed to
            // it; then those that name one of its members (one whose first
            // membership in force is its) and not the party itself, each
            // claim once.
            // coalesce(): a claim naming no addressee must fail the test,
            // not make it NULL (which NOT keeps NULL, dropping the claim).
            let presses = |v: &str| {
                let (target, addressee) = ("coalesce(r.target, '')", "coalesce(r.addressee, '')");
                format!(
                    "((r.relation = 'threatens' AND ({target} = {v} OR {addressee} = {v})) \
                     OR (r.relation = 'demands' AND {addressee} = {v}))"
                )
            };
            let mut terms = vec![presses(&x)];
            if let Some(r) = only {
                terms.push(format!("r.relation = '{}'", r.as_str()));
            }
            terms.extend(visible);
            let mut via_member = terms.clone();
            via_member[0] = format!("{} AND NOT {}", presses("h.id"), presses(&x));
            let first = Self::where_clause(&self.membership("mo"));
            return format!(
                "MATCH (p:Node)-[r:THREATENS|DEMANDS]->(:Node){}\nRETURN r.relation AS relation, p.id AS id\n\
                 UNION ALL\n\
                 MATCH (h:Node)-[mo:MEMBER_OF]->(:Node){first}\n\
                 WITH h, min(mo.claim) AS first\n\
                 MATCH (h)-[mo:MEMBER_OF]->(x:Node {{id: {x}}})\n\
                 WHERE mo.claim = first AND h.id <> {x}\n\
                 MATCH (p:Node)-[r:THREATENS|DEMANDS]->(:Node){}\n\
                 WITH DISTINCT r.claim AS claim, r.relation AS relation, p.id AS id\n\
                 RETURN relation, id;\n",
                Self::where_clause(&terms),
                Self::where_clause(&via_member),
            );
        }
        let relations: Vec<Relation> = match side {
            Some(side) => Relation::ALL
                .iter()
                .copied()
                .filter(|r| r.side() == Some(side))
                .collect(),
            None => Relation::stances().collect(),
        };
        let types: Vec<String> = relations
            .iter()
            .filter(|r| only.is_none_or(|o| o == **r))
            .map(|&r| rel_type(r))
            .collect();
        let stands = format!(
            "MATCH (p:Node)-[r:{}]->(x:Node {{id: {x}}}){}\n{}\
             RETURN r.relation AS relation, party AS id, speaker",
            types.join("|"),
            Self::where_clause(&visible),
            self.counted_for("r"),
        );
        if side == Some(Side::For) && only.is_none_or(|o| o == Relation::Counters) {
            // A counter-offer's offerer is for it (`standing::stands`): its
            // `counters` claim points at what it answers, the offer is its
            // `counter_offer`. A claim countering X with X itself offers
            // nothing new (the set-aside rule, `Edge::counter_offer`, which
            // `standing::claim_sides` reads): read once, above.
            let mut offered = visible.clone();
            offered.insert(0, format!("r.counter_offer = {x} AND answered.id <> {x}"));
            return format!(
                "{stands}\nUNION ALL\n\
                 MATCH (p:Node)-[r:COUNTERS]->(answered:Node){}\n{}\
                 RETURN r.relation AS relation, party AS id, speaker;\n",
                Self::where_clause(&offered),
                self.counted_for("r"),
            );
        }
        if only.is_some() || side.is_some() {
            return format!("{stands};\n");
        }
        // Asked whole, `who X` names too the positions that need X, per the
        // party holding the condition (`query::who`'s `needed_by`): one row
        // per `conditions_on` claim into X, the party it counts for as `id`.
        format!(
            "{stands}\nUNION ALL\n\
             MATCH (y:Node)-[r:CONDITIONS_ON]->(x:Node {{id: {x}}}){}\n{}\
             RETURN r.relation AS relation, party AS id, speaker;\n",
            Self::where_clause(&visible),
            self.counted_for("r"),
        )
    }

    /// `stance P`: P's own edges, the memberships in it, and the edges
    /// between other nodes held `by` P; then, as `stance` lists them for P,
    /// the stands its members took (a claim with a side) and the claims
    /// held `by` them, a member being one whose first membership in force
    /// on the day is P's. One row per edge: `id` the node at its other end
    /// (for a held edge, its `to`), `speaker` the member who spoke for P
    /// (`NULL` for P's own).
    pub fn stance(&self, party: NodeIx) -> String {
        let p = self.id(party);
        let visible = Self::where_clause(&self.visible("r"));
        let mut held = self.visible("r");
        held.insert(0, format!("r.by = {p} AND a.id <> {p}"));
        let mut member_held = self.visible("r");
        member_held.insert(0, "r.by = m.id AND a.id <> m.id".to_owned());
        let sided: Vec<String> = Relation::ALL
            .iter()
            .filter(|r| r.side().is_some())
            .map(|&r| rel_type(r))
            .collect();
        // P's members: their first membership in force is P's.
        let first = Self::where_clause(&self.membership("mo"));
        let members = format!(
            "MATCH (m:Node)-[mo:MEMBER_OF]->(:Node){first}\n\
             WITH m, min(mo.claim) AS first\n\
             MATCH (m)-[mo:MEMBER_OF]->(p:Node {{id: {p}}})\n\
             WHERE mo.claim = first AND m.id <> {p}\n"
        );
        // LadybugDB types a bare NULL as ANY, which a UNION with strings refuses.
        let none = match self.dialect {
            Dialect::Ladybug => "CAST(NULL AS STRING)",
            Dialect::Neo4j | Dialect::OpenCypher => "NULL",
        };
        // `id` and `speaker` repeat an end through coalesce(), never as the
        // same property twice: Kuzu 0.11 and LadybugDB 0.22 mix up the
        // columns of UNION ALL branches that project one property in two
        // places (each its own way).
        format!(
            "MATCH (p:Node {{id: {p}}})-[r]->(t:Node){visible}\n\
             RETURN r.relation AS relation, p.id AS from_id, t.id AS to_id, coalesce(t.id, '') AS id, {none} AS speaker\n\
             UNION ALL\n\
             MATCH (p:Node {{id: {p}}})<-[r:MEMBER_OF]-(m:Node){visible}\n\
             RETURN r.relation AS relation, m.id AS from_id, p.id AS to_id, coalesce(m.id, '') AS id, {none} AS speaker\n\
             UNION ALL\n\
             MATCH (a:Node)-[r]->(b:Node){}\n\
             RETURN r.relation AS relation, a.id AS from_id, b.id AS to_id, coalesce(b.id, '') AS id, {none} AS speaker\n\
             UNION ALL\n\
             {members}MATCH (m)-[r:{}]->(t:Node){visible}\n\
             RETURN r.relation AS relation, m.id AS from_id, t.id AS to_id, coalesce(t.id, '') AS id, coalesce(m.id, '') AS speaker\n\
             UNION ALL\n\
             {members}MATCH (a:Node)-[r]->(b:Node){}\n\
             RETURN r.relation AS relation, a.id AS from_id, b.id AS to_id, coalesce(b.id, '') AS id, m.id AS speaker;\n",
            Self::where_clause(&held),
            sided.join("|"),
            Self::where_clause(&member_held),
        )
    }
}
