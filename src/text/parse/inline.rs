//! A claim that declares its target where it names it: `bma rejects demand
//! "5% pay rise" "BMA rejected a 5% pay rise"`. Reading a report, most
//! positions first appear as what a party demands, rejects or proposes; a
//! line of their own for each was a quarter of the typing (measured: 20 of the 78
//! lines of three real reports encoded by hand; parties were 13 more).
//!
//! `KIND LABEL` after the relation names the node of that kind with that
//! label (case aside), the graph's or one read above, and declares it when
//! there is none, with an id made from the label. So a position declared
//! this way is named again the same way, and applying a fragment twice adds
//! nothing the second time.

use crate::model::{EdgeFields, Lenient, Node, NodeKind, NodeRef, Relation};

use super::super::items::{EDGE_KEYS, Items, Key, items, joined, name_end, reserved};
use super::super::lex::{Mark, Word};
use super::{Block, Parser, Slot, Step, UNSET};

/// The node fields a claim line may give its declared target. `since`,
/// `until` and `note` stay the claim's, as on any claim line.
const INLINE_NODE_KEYS: &[Key] = &[
    Key::Aka,
    Key::Actor,
    Key::Status,
    Key::Issue,
    Key::Quantity,
    Key::Unnamed,
    Key::Scheduled,
];

/// How many words of a label its id is made of.
const ID_WORDS: usize = 6;

impl Parser {
    /// `FROM RELATION KIND LABEL [fields] [citation]`; `ws[kind_at]` is the kind word.
    pub(super) fn inline_claim(
        &mut self,
        from: &Word,
        relation: Lenient<Relation>,
        kind: NodeKind,
        ws: &[Word],
        kind_at: usize,
    ) -> Step {
        // `KIND =ID LABEL`: the id as given; `KIND LABEL`: one made of it.
        let exact = ws.get(kind_at + 1).filter(|w| w.mark == Mark::Exact);
        let label_at = kind_at + 1 + usize::from(exact.is_some());
        let names_label = ws.get(label_at).is_some_and(|w| {
            w.bare().is_some_and(|b| !reserved(b)) || (w.quoted && w.mark == Mark::Plain)
        });
        let (label, label_end) = match (names_label, exact) {
            (true, _) => {
                let end = name_end(ws, label_at);
                (joined(&ws[label_at..end]), end)
            }
            // An id alone is its label too, as on a node's line.
            (false, Some(id)) => (id.clone(), label_at),
            (false, None) => {
                let kind_word = &ws[kind_at];
                return Err(self.fail(
                    kind_word.start,
                    format!(
                        "`{kind}` after the relation declares the claim's target: write its label next (`rejects {kind} \"5% pay rise\" \"QUOTE\"`), or quote a name that is the word '{}'",
                        kind_word.text
                    ),
                ));
            }
        };
        let mut allowed = EDGE_KEYS.to_vec();
        allowed.extend_from_slice(INLINE_NODE_KEYS);
        let found = items(&ws[label_end..], &allowed, true).map_err(|(at, m)| self.fail(at, m))?;
        let (node_part, edge_part) = split(found);
        let target = self.declared(kind, &label, names_label, exact, &node_part)?;
        let index = self.edges.len();
        let mut fields = EdgeFields::new(UNSET, Relation::Demands, NodeRef::Node(target as u32));
        fields.relation = relation;
        self.spans.edges.push(self.line);
        self.edges.push(fields);
        self.name_ref(Slot::From(index), from);
        self.edge_fields(index, &edge_part)?;
        self.block = Block::Edge(index);
        Ok(())
    }

    /// The node of `kind` labelled `label` (case aside), or with the id
    /// `exact` when given, the graph's or one read above, or a new one with
    /// the fields given. Fields given for a node already declared must be
    /// the ones it has.
    fn declared(
        &mut self,
        kind: NodeKind,
        label: &Word,
        label_given: bool,
        exact: Option<&Word>,
        fields: &Items,
    ) -> Result<usize, super::Fail> {
        let kind = Lenient::Known(kind);
        let existing = match exact {
            Some(id) => self.ids.get(id.text.as_str()).map(|&i| i as usize),
            None => self.doc.nodes.iter().position(|n| {
                n.kind == kind && n.label.trim().eq_ignore_ascii_case(label.text.trim())
            }),
        };
        if let Some(i) = existing {
            let given_label = (exact.is_some() && label_given).then_some(label.text.as_str());
            let Some(field) = self.merge_fields(i, &kind, given_label, fields)? else {
                return Ok(i);
            };
            let node = &self.doc.nodes[i];
            let message = if field == "kind" {
                format!(
                    "'{}' is declared already as a {}: give the new {kind} another id",
                    node.id, node.kind
                )
            } else if field == "label" {
                format!(
                    "'{}' is declared already with the label '{}', not '{}': to name it again, write `{}` without its kind",
                    node.id,
                    crate::terminal::excerpt(&node.label),
                    crate::terminal::excerpt(&label.text),
                    node.id
                )
            } else {
                format!(
                    "'{}' is declared already (id '{}') with another {field}: give a field of a node once",
                    crate::terminal::excerpt(&label.text),
                    node.id
                )
            };
            return Err(self.fail(label.start, message));
        }
        let id = match exact {
            Some(id) => id.text.clone(),
            None => self.free_id(&label.text, &kind),
        };
        let mut node = Node {
            kind,
            ..Node::new(id, NodeKind::Party, label.text.clone())
        };
        let index = self.doc.nodes.len();
        self.node_items(&mut node, Some(index), fields)?;
        self.spans.nodes.push(self.line);
        self.doc.nodes.push(node);
        self.node_read(index);
        Ok(index)
    }

    /// An id made of the label's first words that no node read so far has.
    fn free_id(&self, label: &str, kind: &Lenient<NodeKind>) -> String {
        let mut base = id_words(label);
        if base.is_empty() {
            base = kind.to_string();
        }
        std::iter::once(base.clone())
            .chain((2..).map(|n| format!("{base}-{n}")))
            .find(|id| !self.ids.contains_key(id.as_str()))
            .unwrap_or(base)
    }
}

/// Lower-case ASCII letters and digits of a label's first words, joined by '-'.
fn id_words(label: &str) -> String {
    crate::resolve::slug_of_words(label.split(|c: char| !c.is_alphanumeric()), ID_WORDS)
}

/// A line's fields split into the declared node's and the claim's.
fn split(found: Items) -> (Items, Items) {
    let of_node = |key: &Key| INLINE_NODE_KEYS.contains(key);
    let (node_singles, singles) = found.singles.into_iter().partition(|(k, _)| of_node(k));
    let (node_lists, lists) = found.lists.into_iter().partition(|(k, _)| of_node(k));
    let node = Items {
        singles: node_singles,
        lists: node_lists,
        ..Items::default()
    };
    let edge = Items {
        singles,
        lists,
        cite: found.cite,
    };
    (node, edge)
}

#[cfg(test)]
mod tests {
    use super::id_words;

    #[test]
    fn ids_are_the_labels_first_words() {
        assert_eq!(id_words("5% pay rise"), "5-pay-rise");
        assert_eq!(id_words("Türkiye's 30-day offer"), "trkiye-s-30-day-offer");
        assert_eq!(id_words("a b c d e f g h"), "a-b-c-d-e-f");
        assert_eq!(id_words("«»"), "");
    }
}
