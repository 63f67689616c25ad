//! Names in the text to nodes, once every node is read: an id always means
//! its node; otherwise a label or alias must name exactly one, as the
//! command line resolves names ([`crate::resolve`]).

use foldhash::{HashMap, HashMapExt};

use crate::model::{Node, NodeRef};
use crate::resolve::{closest, normalise};

use super::Fail;
use super::parse::{Parser, Ref, Slot};

/// Every node's names: ids exactly, labels and aliases normalised.
struct Index<'d> {
    nodes: &'d [Node],
    ids: HashMap<&'d str, usize>,
    names: Option<HashMap<String, Vec<usize>>>,
}

impl<'d> Index<'d> {
    fn new(nodes: &'d [Node]) -> Index<'d> {
        let mut ids = HashMap::with_capacity(nodes.len());
        for (i, n) in nodes.iter().enumerate() {
            ids.entry(n.id.as_str()).or_insert(i);
        }
        Index {
            nodes,
            ids,
            names: None,
        }
    }

    fn names(&mut self) -> &HashMap<String, Vec<usize>> {
        let nodes = self.nodes;
        self.names.get_or_insert_with(|| {
            let mut names: HashMap<String, Vec<usize>> = HashMap::with_capacity(nodes.len());
            for (i, n) in nodes.iter().enumerate() {
                for name in n.names() {
                    let entry = names.entry(normalise(name)).or_default();
                    if entry.last() != Some(&i) {
                        entry.push(i);
                    }
                }
            }
            names
        })
    }

    /// The node `r` names, `None` for an `=id` no node has, or why not.
    fn resolve(&mut self, r: &Ref) -> Result<Option<usize>, String> {
        if let Some(&i) = self.ids.get(r.name.as_str()) {
            return Ok(Some(i));
        }
        if r.exact {
            return Ok(None);
        }
        let nodes = self.nodes;
        let found = self
            .names()
            .get(&normalise(&r.name))
            .cloned()
            .unwrap_or_default();
        match found.as_slice() {
            [one] => Ok(Some(*one)),
            [] => {
                // `d sinse 2025-01-01`: a misspelt keyword taken into a name.
                let misspelt = r
                    .name
                    .split(' ')
                    .skip(1)
                    .take(super::parse::MAX_NAME_WORDS)
                    .find_map(|w| {
                        super::items::Key::ALL
                            .into_iter()
                            .map(super::items::Key::spelling)
                            .find(|k| crate::resolve::similarity(w, k) >= 0.85)
                            .map(|k| (w, k))
                    });
                if let Some((typed, key)) = misspelt {
                    return Err(format!(
                        "no node is named '{}'; is '{}' a misspelt `{key}`?",
                        crate::terminal::excerpt(&r.name),
                        crate::terminal::excerpt(typed)
                    ));
                }
                let keys = self
                    .names()
                    .iter()
                    .flat_map(|(k, v)| v.iter().map(move |&i| (k.as_str(), i)));
                let near: Vec<String> = closest(&r.name, keys, 3)
                    .into_iter()
                    .map(|i| describe(&nodes[i]))
                    .collect();
                let hint = if near.is_empty() {
                    "define it first (party ID \"LABEL\", demand ID \"LABEL\", ...)".to_owned()
                } else {
                    format!("did you mean {}?", near.join(", "))
                };
                Err(format!(
                    "no node is named '{}'; {hint}",
                    crate::terminal::excerpt(&r.name)
                ))
            }
            many => {
                let list: Vec<String> = many.iter().map(|&i| describe(&nodes[i])).collect();
                Err(format!(
                    "'{}' could be {}; write the id",
                    crate::terminal::excerpt(&r.name),
                    list.join(" or ")
                ))
            }
        }
    }
}

fn describe(node: &Node) -> String {
    format!(
        "'{}' ({})",
        crate::terminal::excerpt(&node.id),
        crate::terminal::excerpt(&node.label)
    )
}

/// Resolves every name the parser kept.
pub(super) fn resolve(p: &mut Parser) -> Result<(), Fail> {
    let refs = std::mem::take(&mut p.refs);
    let mut index = Index::new(&p.doc.nodes);
    let mut found = Vec::with_capacity(refs.len());
    for r in &refs {
        let at = index.resolve(r).map_err(|mut message| {
            let list = match r.slot {
                Slot::Actor(..) => Some("actor"),
                Slot::Disputed(..) => Some("disputed_by"),
                _ => None,
            };
            if let Some(key) = list {
                // Words that fit no node inside a list are most often the
                // claim's quote written after it: say that, not a guess at
                // a misspelt keyword among the quote's words.
                message = if r.name.contains(' ') {
                    format!(
                        "no node is named '{}': the names after `{key}` run to the next keyword, \
                         so this was read as one of them; if it is the quote, write it before `{key}`",
                        crate::terminal::excerpt(&r.name)
                    )
                } else {
                    message + " (a list of names runs to the next keyword: put a quote before it)"
                };
            }
            Fail {
                line: r.line,
                at: r.start,
                message,
            }
        })?;
        found.push(at);
    }
    for (r, at) in refs.iter().zip(found) {
        let node_ref = match at {
            Some(i) => NodeRef::Node(i as u32),
            None => NodeRef::from(r.name.as_str()),
        };
        let id = at.map_or_else(|| r.name.clone(), |i| p.doc.nodes[i].id.clone());
        p.fill(r.slot, node_ref, Some(id));
    }
    Ok(())
}
