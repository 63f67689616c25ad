//! Names that deceive the eye: a label or alias that shows nothing (only
//! invisible characters, such as zero-width spaces), and names of two nodes
//! that look the same but are spelled differently (Cyrillic "а" for Latin
//! "a"), so that an analyst reading a diagram or an answer takes one node for
//! the other, and a name typed from the screen finds the wrong one.
//!
//! "Looks the same" is the Unicode confusable skeleton (UTS #39, section 4):
//! two strings are confusable when their skeletons are equal. It comes from
//! `unicode-security` (the unicode-rs crate that rustc's own
//! `confusable_idents` lint uses), with the Unicode data tables in it.

use std::hash::BuildHasher;

use foldhash::{HashMap, HashMapExt};

use crate::model::Document;
use crate::resolve::normalise_into;

use super::{Loc, Validator};

/// One name of a node, and where it is.
struct Named<'d> {
    node: usize,
    text: &'d str,
    at: Loc,
}

impl Named<'_> {
    fn what(&self) -> &'static str {
        match self.at {
            Loc::Alias(..) => "alias",
            _ => "label",
        }
    }
}

/// Whether `text` shows nothing: its skeleton, which drops default-ignorable
/// characters (zero-width spaces and joiners, bidi controls, variation
/// selectors, fillers) and folds blank look-alikes (U+2800 BRAILLE PATTERN
/// BLANK, U+3000 IDEOGRAPHIC SPACE ...) to a space, is only white space.
pub(super) fn shows_nothing(text: &str) -> bool {
    // A visible ASCII character shows, whatever else there is (its skeleton
    // is visible too): nearly every name is decided here, without the tables.
    !text.bytes().any(|b| b.is_ascii_graphic())
        && unicode_security::skeleton(text).all(|c| c.is_whitespace() || c.is_control())
}

/// The skeleton of a name as look-ups see it (case, articles and punctuation
/// aside), for comparing names of different nodes. Most names are ASCII: for
/// them the skeleton is each character's own, end to end, looked up in a
/// table made once.
fn skeleton_of(normalised: &str, out: &mut String) {
    out.clear();
    let table = ascii_skeletons();
    if normalised.is_ascii() && normalised.bytes().all(|b| table[usize::from(b)].is_some()) {
        for b in normalised.bytes() {
            out.push_str(table[usize::from(b)].unwrap_or_default());
        }
    } else {
        out.extend(unicode_security::skeleton(normalised));
    }
}

/// The skeleton of each ASCII character whose skeleton is ASCII too (all but
/// `%`, which is "°/₀"). A string of those has the skeleton their skeletons
/// make end to end: decomposing ASCII changes nothing, so the skeleton's
/// steps before and after the folding have nothing to do.
fn ascii_skeletons() -> &'static [Option<&'static str>; 128] {
    static TABLE: std::sync::OnceLock<[Option<&'static str>; 128]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [None; 128];
        for (b, slot) in (0u8..128).zip(table.iter_mut()) {
            let skeleton: String = unicode_security::skeleton(&char::from(b).to_string()).collect();
            if skeleton.is_ascii() {
                *slot = Some(&*Box::leak(skeleton.into_boxed_str()));
            }
        }
        table
    })
}

/// The characters of `text` a terminal acts on, as code points, each once:
/// "U+202E, U+0000".
fn acting_chars(text: &str) -> String {
    let mut seen: Vec<char> = Vec::new();
    for c in text
        .chars()
        .filter(|&c| crate::terminal::acts_on_terminal(c))
    {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    let codes: Vec<String> = seen
        .iter()
        .map(|&c| format!("U+{:04X}", u32::from(c)))
        .collect();
    codes.join(", ")
}

/// The characters of `text` outside ASCII, as code points, to say where two
/// names that look alike differ (the message cannot show it).
fn unusual_chars(text: &str) -> String {
    let mut seen: Vec<char> = Vec::new();
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    let mut listed: Vec<String> = seen
        .iter()
        .take(5)
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect();
    if seen.len() > 5 {
        listed.push("...".into());
    }
    listed.join(" ")
}

impl Validator {
    /// Warns of labels and aliases that show nothing, and of names of
    /// different nodes that look alike but do not match as typed. Each
    /// look-alike is reported once, against the first node (in file order)
    /// whose name it looks like. Only called when warnings are wanted.
    pub(super) fn lookalike_names(&mut self, doc: &Document) {
        let names =
            doc.nodes.iter().enumerate().flat_map(|(i, node)| {
                std::iter::once(Named {
                    node: i,
                    text: node.label.as_str(),
                    at: Loc::Item("nodes", i, Some("label")),
                })
                .chain(node.aliases.iter().enumerate().map(move |(a, alias)| {
                    Named {
                        node: i,
                        text: alias.as_str(),
                        at: Loc::Alias(i, a),
                    }
                }))
            });
        // The hash of a skeleton -> the first name that has it. A match is
        // confirmed on the texts before anything is reported.
        let state = foldhash::fast::RandomState::default();
        let names_count = doc.nodes.iter().map(|n| 1 + n.aliases.len()).sum();
        let mut first: HashMap<u64, Named<'_>> = HashMap::with_capacity(names_count);
        let mut normalised = String::new();
        let mut skeleton = String::new();
        let (mut earlier_normalised, mut earlier_skeleton) = (String::new(), String::new());
        for name in names {
            if name.text.trim().is_empty() {
                // An error already ("empty-text").
                continue;
            }
            if shows_nothing(name.text) {
                self.warn_with_help(
                    "invisible-name",
                    name.at,
                    || {
                        format!(
                            "{} of '{}' shows nothing: it is only invisible characters ({})",
                            name.what(),
                            doc.nodes[name.node].id,
                            unusual_chars(name.text)
                        )
                    },
                    "give it visible text, or remove it",
                );
                continue;
            }
            if name.text.contains(crate::terminal::acts_on_terminal) {
                self.warn_with_help(
                    "control-in-name",
                    name.at,
                    || {
                        format!(
                            "{} of '{}' holds characters an editor or terminal acts on ({}): \
                             a right-to-left override shows the text reversed, a line break splits it",
                            name.what(),
                            doc.nodes[name.node].id,
                            acting_chars(name.text)
                        )
                    },
                    "remove them, or write the text they stand for",
                );
            }
            normalise_into(name.text, &mut normalised);
            skeleton_of(&normalised, &mut skeleton);
            let key = state.hash_one(&skeleton);
            let Some(earlier) = first.get(&key) else {
                first.insert(key, name);
                continue;
            };
            if earlier.node == name.node {
                continue;
            }
            normalise_into(earlier.text, &mut earlier_normalised);
            skeleton_of(&earlier_normalised, &mut earlier_skeleton);
            if earlier_skeleton == skeleton && earlier_normalised != normalised {
                self.warn_with_help(
                    "confusable-name",
                    name.at,
                    || {
                        let mut differ = unusual_chars(name.text);
                        if differ.is_empty() {
                            differ = "characters that look alike".into();
                        }
                        format!(
                            "{} '{}' of '{}' looks like {} '{}' of '{}' but is spelled differently ({})",
                            name.what(),
                            name.text,
                            doc.nodes[name.node].id,
                            earlier.what(),
                            earlier.text,
                            doc.nodes[earlier.node].id,
                            differ
                        )
                    },
                    "a reader will take one for the other; spell both the same way, or make them differ visibly",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::WarningMode;

    #[test]
    fn invisible_text_shows_nothing() {
        for text in [
            "\u{200B}",
            "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}",
            "\u{202E}\u{2066}",
            " \u{3164} \u{115F}\u{2800}",
            "\u{FE0F}\u{E0041}",
        ] {
            assert!(shows_nothing(text), "{text:?}");
        }
        for text in ["a\u{200B}", "\u{200B}1", "·", "\u{0301}"] {
            assert!(!shows_nothing(text), "{text:?}");
        }
    }

    #[test]
    fn queries_skip_the_search_for_lookalikes() {
        let text = r#"{"negograph": 1, "title": "t", "sources": [{"id": "s", "title": "S"}],
            "nodes": [{"id": "p", "kind": "party", "label": "\u200b"},
                      {"id": "d", "kind": "demand", "label": "Alliance"},
                      {"id": "e", "kind": "demand", "label": "\u0410lliance"}],
            "edges": [{"from": "p", "relation": "demands", "to": "d", "source": "s"},
                      {"from": "p", "relation": "demands", "to": "e", "source": "s"}]}"#;
        let doc = || crate::load::parse_document("t", text).unwrap();
        let count = |mode| match super::super::build(doc(), None, mode) {
            Ok(graph) => (graph.warning_count(), graph.warnings().len()),
            Err(diagnostics) => panic!("{diagnostics:?}"),
        };
        assert_eq!(count(WarningMode::Collect), (2, 2));
        assert_eq!(count(WarningMode::Count), (2, 0));
        assert_eq!(count(WarningMode::Skip), (0, 0));
    }

    #[test]
    fn ascii_names_get_the_skeleton_the_standard_gives() {
        assert_eq!(ascii_skeletons().iter().filter(|s| s.is_none()).count(), 1);
        let mut fast = String::new();
        for text in [
            "modern 1 l i 0 o |",
            "ceasefire 30d",
            "w vv cl d",
            "50% \"x\" `y`",
            "!#$&'()*+,-./:;<=>?@[\\]^_{}~",
        ] {
            skeleton_of(text, &mut fast);
            let slow: String = unicode_security::skeleton(text).collect();
            assert_eq!(fast, slow, "{text}");
        }
        let every: String = (0u8..128).map(char::from).collect();
        skeleton_of(&every, &mut fast);
        assert_eq!(fast, unicode_security::skeleton(&every).collect::<String>());
    }

    #[test]
    fn unusual_characters_are_listed_once() {
        assert_eq!(unusual_chars("Аlliаnce"), "U+0410 U+0430");
        assert_eq!(unusual_chars("plain"), "");
    }
}
