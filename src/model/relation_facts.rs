//! Everything the program knows about each relation, in one table: its
//! side, whether a party takes a position through it, the format version
//! that brought it, its words, how it is drawn, the verbs `ask` reads for it
//! and its help line. [`Relation::facts`] is an exhaustive `match`: a new
//! relation does not compile until it has its row here, and every consumer
//! (the obstacles, `who`, the diagrams, the map, Mermaid, `ask`, the CLI's
//! help, the format version check) reads the row.

use super::version::FormatVersion::{self, V1_1, V1_2};
use super::vocabulary::{NodeKind, Relation, Side};

/// How an edge of a relation is drawn: colour, Graphviz line style
/// (`solid`, `dashed`, `dotted`, `bold`) and arrowhead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EdgeStyle {
    /// The line's colour.
    pub colour: &'static str,
    /// The line's style, as Graphviz names it.
    pub line: &'static str,
    /// The arrowhead, as Graphviz names it.
    pub arrow: &'static str,
}

/// One relation's row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelationFacts {
    /// The side of its `to` a party holding it is on, if any.
    pub side: Option<Side>,
    /// A party takes a position on a demand, condition or proposal through
    /// it (`who` lists it).
    pub stance: bool,
    /// A party makes the position its own through it (the diagrams' party boxes).
    pub holds: bool,
    /// It answers a position put to a party (`responses`).
    pub response: bool,
    /// The format version that brought it: a file using it declares at least this.
    pub version: FormatVersion,
    /// The kinds its `from` may be.
    pub from: &'static [NodeKind],
    /// The kinds its `to` may be.
    pub to: &'static [NodeKind],
    /// A phrase for it in running text and on drawn edges ("needs").
    pub phrase: &'static str,
    /// Its line in a legend.
    pub legend: &'static str,
    /// How it is drawn.
    pub style: EdgeStyle,
    /// The verbs (stems, `/`-separated) by which `ask` reads a question as
    /// asking about this relation alone ("who proposed X?"); empty when
    /// none does.
    pub ask_verbs: &'static [&'static str],
    /// One line for the command line's help: what a claim of it says.
    pub help: &'static str,
    /// The file format's fields it takes beyond `from`, `to` and the
    /// citations (`by` first when a claim of it must name its party).
    pub fields: &'static [&'static str],
}

const PARTY: &[NodeKind] = &[NodeKind::Party];
const POSITION: &[NodeKind] = NodeKind::POSITIONS;
const TERM: &[NodeKind] = &[NodeKind::Demand, NodeKind::Condition];
const PROPOSAL: &[NodeKind] = &[NodeKind::Proposal];
const ACTOR_OR_POSITION: &[NodeKind] = &[
    NodeKind::Party,
    NodeKind::Demand,
    NodeKind::Condition,
    NodeKind::Proposal,
];

const fn style(colour: &'static str, line: &'static str, arrow: &'static str) -> EdgeStyle {
    EdgeStyle {
        colour,
        line,
        arrow,
    }
}

/// A party's stand on a position, of format 1.
const fn stand(side: Option<Side>, phrase: &'static str, style: EdgeStyle) -> RelationFacts {
    RelationFacts {
        side,
        stance: true,
        holds: matches!(side, Some(Side::For)),
        response: false,
        version: FormatVersion::V1,
        from: PARTY,
        to: POSITION,
        phrase,
        legend: phrase,
        style,
        ask_verbs: &[],
        help: "",
        fields: &[],
    }
}

const FOR: Option<Side> = Some(Side::For);
const AGAINST: Option<Side> = Some(Side::Against);

// The rows, one per relation, in the order of `Relation`.

const DEMANDS: RelationFacts = RelationFacts {
    ask_verbs: &["demand/insist"],
    help: "a party wants a position to happen",
    fields: &["addressee"],
    ..stand(FOR, "demands", style("#2b6cb0", "solid", "normal"))
};

const PROPOSES: RelationFacts = RelationFacts {
    ask_verbs: &[
        // Not "table" alone ("at the table" is taking part) nor
        // "offer" after a name ("the arbitration offer" is a noun):
        // see ask's who_filter.
        "propose/suggest/offer/offered/wrote/write/author/authored/drafted",
        "table/tabled <n>",
        "put forward",
        "come/came/comes up with",
    ],
    help: "a party puts a position or package forward",
    // To whom the offer is put ("sent the proposal to Iran").
    fields: &["addressee"],
    ..stand(FOR, "proposes", style("#4c6ef5", "solid", "empty"))
};

const SUPPORTS: RelationFacts = RelationFacts {
    help: "a party backs a position another put forward",
    ..stand(FOR, "supports", style("#2f855a", "solid", "normal"))
};

const REJECTS: RelationFacts = RelationFacts {
    response: true,
    help: "a party refuses a position",
    ..stand(AGAINST, "rejects", style("#c53030", "solid", "tee"))
};

const THREATENS: RelationFacts = RelationFacts {
    holds: true,
    ask_verbs: &["threaten/threat/threatens/threatening"],
    help: "a party threatens a measure",
    fields: &["target", "trigger", "addressee"],
    ..stand(None, "threatens", style("#dd6b20", "bold", "diamond"))
};

const CONDITIONS_ON: RelationFacts = RelationFacts {
    stance: false,
    from: POSITION,
    legend: "needs (per the party holding it)",
    help: "FROM happens only if TO, per a party",
    fields: &["by"],
    ..stand(None, "needs", style("#4a5568", "dashed", "normal"))
};

const BLOCKS: RelationFacts = RelationFacts {
    stance: false,
    from: ACTOR_OR_POSITION,
    help: "a party or position stands in the way of a position",
    ..stand(None, "blocks", style("#c53030", "bold", "tee"))
};

const MEMBER_OF: RelationFacts = RelationFacts {
    stance: false,
    to: PARTY,
    help: "a party belongs to (speaks for) another",
    ..stand(
        None,
        "is a member of",
        style("#718096", "dotted", "onormal"),
    )
};

const ACCEPTS: RelationFacts = RelationFacts {
    response: true,
    version: V1_1,
    ask_verbs: &["accept/accepted"],
    help: "a party agrees to a position put to it",
    ..stand(FOR, "accepts", style("#2f855a", "bold", "normal"))
};

const COUNTERS: RelationFacts = RelationFacts {
    response: true,
    version: V1_1,
    ask_verbs: &["counter/countered/counteroffer"],
    help: "a party answers a position with another offer",
    fields: &["with"],
    ..stand(AGAINST, "counters", style("#b7791f", "solid", "odiamond"))
};

const IGNORES: RelationFacts = RelationFacts {
    response: true,
    version: V1_1,
    ask_verbs: &["ignore/ignored"],
    help: "a party has not answered a position put to it",
    ..stand(AGAINST, "ignores", style("#a0aec0", "dashed", "odot"))
};

const MEDIATES: RelationFacts = RelationFacts {
    version: V1_1,
    ask_verbs: &[
        "mediate/broker/brokered/brokering/facilitate/host/hosts/hosted/hosting",
        // A go-between: "who carries messages between A and B?"
        "carry/carries/carried/carrying/pass/passes/passed/passing/relay/relays/relayed/relaying/ferry/ferrying messages",
        "go between/betweens",
        "go-between/intermediary/intermediaries/middleman/messenger/messengers",
        "peacemaker/peacemakers/referee/referees/refereeing/arbiter/arbiters",
    ],
    help: "a party mediates or brokers a position, package or talks",
    ..stand(None, "mediates", style("#6b46c1", "solid", "dot"))
};

const SUPERSEDES: RelationFacts = RelationFacts {
    stance: false,
    version: V1_1,
    from: POSITION,
    help: "FROM replaces TO from its date; TO then counts as withdrawn",
    ..stand(None, "supersedes", style("#4a5568", "dotted", "empty"))
};

const PART_OF: RelationFacts = RelationFacts {
    stance: false,
    version: V1_1,
    from: TERM,
    to: PROPOSAL,
    help: "a term (FROM) of a proposal (TO)",
    ..stand(None, "is part of", style("#6b46c1", "dotted", "odiamond"))
};

const EXCLUDES: RelationFacts = RelationFacts {
    stance: false,
    version: V1_1,
    from: POSITION,
    legend: "cannot hold together with (per the party saying so)",
    help: "FROM and TO cannot both hold, per a party",
    fields: &["by"],
    ..stand(
        None,
        "cannot hold together with",
        style("#c53030", "dashed", "none"),
    )
};

// No side: a party that considers or defers has not agreed (so
// it is an obstacle wherever its agreement is needed), and it
// has not refused (so it is no refusal). See crate::standing.
const CONSIDERS: RelationFacts = RelationFacts {
    response: true,
    ask_verbs: &[
        "consider/considering/weigh/weighing/weighs/mull/mulling/mulls/ponder/pondering/undecided/noncommittal/defer/deferring/deferred/hesitate/hesitating/hesitant",
        "make/made/making up * mind",
        "not/yet decided",
        "on fence",
    ],
    version: V1_2,
    help: "a party neither accepts nor rejects a position put to it (considers, defers, declines to endorse)",
    fields: &["stance"],
    ..stand(None, "considers", style("#d69e2e", "dashed", "obox"))
};

const TAKES_PART_IN: RelationFacts = RelationFacts {
    version: V1_2,
    ask_verbs: &[
        "take/takes/taking/took part",
        "participate/participates/participating/participated/participant/participants/attend/attends/attending/attended/attendee/attendees/present/delegation/delegations",
        "who/anyone/anybody is/are at",
        "at/around table",
        "sit/sits/sitting/sat/seated at/around",
    ],
    help: "a party takes part in talks or a position worked out among several",
    ..stand(None, "takes part in", style("#4a5568", "dotted", "inv"))
};

impl Relation {
    /// This relation's row of the table: an exhaustive `match`, so a new
    /// relation does not compile until it has its row above.
    pub const fn facts(self) -> RelationFacts {
        match self {
            Relation::Demands => DEMANDS,
            Relation::Proposes => PROPOSES,
            Relation::Supports => SUPPORTS,
            Relation::Rejects => REJECTS,
            Relation::Threatens => THREATENS,
            Relation::ConditionsOn => CONDITIONS_ON,
            Relation::Blocks => BLOCKS,
            Relation::MemberOf => MEMBER_OF,
            Relation::Accepts => ACCEPTS,
            Relation::Counters => COUNTERS,
            Relation::Ignores => IGNORES,
            Relation::Mediates => MEDIATES,
            Relation::Supersedes => SUPERSEDES,
            Relation::PartOf => PART_OF,
            Relation::Excludes => EXCLUDES,
            Relation::Considers => CONSIDERS,
            Relation::TakesPartIn => TAKES_PART_IN,
        }
    }
}

impl Relation {
    /// The words before a claim's addressee where a claim is shown (the
    /// diagrams, the map): "demanded of the mediators", "put to
    /// Iran" (an offer), "addressed to ..." (a threat).
    pub const fn addressee_words(self) -> &'static str {
        match self {
            Relation::Demands => "demanded of",
            Relation::Proposes => "put to",
            _ => "addressed to",
        }
    }
}

/// The relations that take a file field, said for a message: "a 'demands'
/// or 'threatens' edge"; "another edge" when none does.
pub fn edges_taking(field: &str) -> String {
    let names: Vec<String> = Relation::ALL
        .iter()
        .filter(|r| r.facts().fields.contains(&field))
        .map(|r| format!("'{r}'"))
        .collect();
    match names.split_last() {
        None => "another edge".to_owned(),
        Some((last, [])) => format!("a {last} edge"),
        Some((last, rest)) => format!("a {} or {last} edge", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_relation_has_a_help_line_and_a_phrase() {
        for r in Relation::ALL {
            let f = r.facts();
            assert!(!f.help.is_empty() && !f.phrase.is_empty(), "{r}");
        }
    }

    #[test]
    fn a_field_names_every_relation_that_takes_it() {
        assert_eq!(
            edges_taking("addressee"),
            "a 'demands', 'proposes' or 'threatens' edge"
        );
        assert_eq!(edges_taking("no such field"), "another edge");
    }
}
