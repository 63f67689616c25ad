//! `key=value` changes to a node (`set`) or an edge (`set-edge`).

use crate::args::{Cmd, Line, Opt};
use crate::error::{Error, Result};
use crate::model::{Date, Edge, Lenient, Node, NodeRef, Quantity, Status};
use crate::resolve::Names;

/// The keys `set` takes.
pub const NODE_KEYS: &[&str] = &[
    "label",
    "status",
    "since",
    "until",
    "note",
    "aliases",
    "actor",
    "issue",
    "quantity",
    "unnamed",
    "scheduled",
];
/// The keys `set-edge` takes.
pub const EDGE_KEYS: &[&str] = &[
    "since",
    "until",
    "quote",
    "source",
    "speaker",
    "reason",
    "note",
    "by",
    "target",
    "trigger",
    "with",
    "addressee",
    "seq",
    "stance",
    "disputed_by",
];

/// Splits `key=value` arguments.
///
/// # Errors
///
/// [`Error::Usage`] for an argument without `=` or with a key not in `keys`
/// (naming the command that does change that key, for `id`, `kind`,
/// `status_history` and `citations`).
pub fn parse_changes(args: &[String], keys: &[&str]) -> Result<Vec<(String, String)>> {
    args.iter()
        .map(|arg| {
            let (key, value) = arg.split_once('=').ok_or_else(|| {
                Error::Usage(format!(
                    "'{arg}' is not key=value (keys: {})",
                    keys.join(", ")
                ))
            })?;
            let key = key.trim();
            if !keys.contains(&key) {
                return Err(Error::Usage(format!(
                    "cannot set '{key}' (keys: {}){}",
                    keys.join(", "),
                    match key {
                        "id" => format!(
                            "; to change an id use `{}`",
                            Line::new(Cmd::Rename).placeholder("OLD").placeholder("NEW")
                        ),
                        "kind" => "; to change a kind, remove the node and add it again".to_owned(),
                        "status_history" | "history" => format!(
                            "; to record a dated change use `{}`",
                            Line::new(Cmd::Status)
                                .placeholder("NODE")
                                .placeholder("STATUS")
                                .valued(Opt::On, "DATE")
                        ),
                        "citations" => format!(
                            "; to add a citation, `{}` the same claim with {} and {}",
                            Line::new(Cmd::Link),
                            Opt::Source,
                            Opt::Quote
                        ),
                        _ => String::new(),
                    }
                )));
            }
            Ok((key.to_owned(), value.to_owned()))
        })
        .collect()
}

pub(super) fn optional(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_owned())
}

pub(super) fn date(key: &str, value: &str) -> Result<Option<Lenient<Date>>> {
    if value.is_empty() {
        return Ok(None);
    }
    crate::model::said::written(value)
        .map(Some)
        .map_err(|e| Error::Usage(format!("{key}: {e}")))
}

/// A comma-separated list of names, each resolved to its node's id.
pub(super) fn ids(names: &Names, value: &str) -> Result<Vec<String>> {
    value
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(|name| names.resolve(name).map(|n| names.graph().id(n).to_owned()))
        .collect()
}

/// Checks a quantity as people write it, so a typo is refused at once.
pub(super) fn quantity(value: &str) -> Result<Option<String>> {
    if value.is_empty() {
        return Ok(None);
    }
    value.parse::<Quantity>().map_err(Error::Usage)?;
    Ok(Some(value.to_owned()))
}

pub(super) fn set_node(
    names: &Names,
    target: &mut Node,
    changes: &[(String, String)],
    said: &mut Vec<String>,
) -> Result<()> {
    for (key, value) in changes {
        match key.as_str() {
            "label" => target.label.clone_from(value),
            "status" => {
                target.status = match value.as_str() {
                    "" => None,
                    v => Some(v.parse::<Status>().map_err(Error::Usage)?.into()),
                }
            }
            "since" => target.since = date(key, value)?,
            "until" => target.until = date(key, value)?,
            "note" => target.note = optional(value),
            "aliases" => {
                target.aliases = value
                    .split(',')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(str::to_owned)
                    .collect();
            }
            "actor" => target.more_mut().actor = ids(names, value)?,
            "issue" => {
                target.more_mut().issue = match value.as_str() {
                    "" => None,
                    name => Some(names.graph().id(names.resolve(name)?).to_owned()),
                }
            }
            "quantity" => target.more_mut().quantity = quantity(value)?,
            "scheduled" => target.more_mut().scheduled = date(key, value)?,
            "unnamed" => {
                target.more_mut().unnamed = match value.as_str() {
                    "true" | "yes" => true,
                    "false" | "no" | "" => false,
                    other => {
                        return Err(Error::Usage(format!(
                            "unnamed is true or false, not '{}'",
                            crate::terminal::excerpt(other)
                        )));
                    }
                }
            }
            other => return Err(Error::Usage(format!("cannot set '{other}' on a node"))),
        }
        target.tidy();
        said.push(set_words(key, &format!("'{}'", target.id), value));
    }
    Ok(())
}

pub(super) fn set_edge(
    names: &Names,
    edge: &mut Edge,
    described: &str,
    changes: &[(String, String)],
    said: &mut Vec<String>,
) -> Result<()> {
    let mut target = edge.fields();
    let node = |value: &str| -> Result<Option<NodeRef>> {
        match value {
            "" => Ok(None),
            name => Ok(Some(NodeRef::Node(names.resolve(name)?.index() as u32))),
        }
    };
    for (key, value) in changes {
        // Citation keys change the first citation; a claim with several
        // citations has them changed in the file, where each can be seen.
        let first = || -> Result<usize> {
            match target.citations.len() {
                0 | 1 => Ok(0),
                n => Err(Error::Usage(format!(
                    "{described} has {n} citations; '{key}' would not say which to change, so edit the file's \"citations\" list"
                ))),
            }
        };
        match key.as_str() {
            "since" => target.since = date(key, value)?,
            "until" => target.until = date(key, value)?,
            "quote" | "source" | "speaker" | "reason" => {
                let at = first()?;
                if target.citations.is_empty() {
                    target.citations.push(Default::default());
                }
                let citation = &mut target.citations[at];
                let text = optional(value).map(Into::into);
                match key.as_str() {
                    "quote" => citation.quote = text,
                    "source" => citation.source = text.map(|s: Box<str>| s.as_ref().into()),
                    "reason" => citation.reason = text,
                    _ => citation.speaker = text,
                }
                if *citation == Default::default() {
                    target.citations.remove(at);
                }
            }
            "note" => target.note = optional(value).map(Into::into),
            "stance" => target.stance = optional(value).map(Into::into),
            "by" => target.by = node(value)?,
            "target" => target.target = node(value)?,
            "trigger" => target.trigger = node(value)?,
            "with" => target.with = node(value)?,
            "addressee" => target.addressee = node(value)?,
            "seq" => {
                target.seq = match optional(value) {
                    None => None,
                    Some(n) => Some(n.trim().parse::<u32>().map_err(|_| {
                        Error::Usage(format!(
                            "seq '{}' is not a whole number; write the claim's place within its day: 1, 2, ...",
                            crate::terminal::excerpt(&n)
                        ))
                    })?),
                }
            }
            "disputed_by" => {
                target.disputed_by = value
                    .split(',')
                    .map(str::trim)
                    .filter(|name| !name.is_empty())
                    .map(|name| node(name).map(|n| n.expect("not empty")))
                    .collect::<Result<_>>()?;
            }
            other => return Err(Error::Usage(format!("cannot set '{other}' on an edge"))),
        }
        said.push(set_words(key, described, value));
    }
    *edge = Edge::new(target);
    Ok(())
}

/// "set KEY of WHAT to VALUE", or "removed KEY of WHAT" for an empty value,
/// which removes the field (`speaker=`).
fn set_words(key: &str, what: &str, value: &str) -> String {
    if value.is_empty() {
        format!("removed {key} of {what}")
    } else {
        format!("set {key} of {what} to {value:?}")
    }
}
