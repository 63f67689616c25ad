//! "German Chancellor Olaf Scholz and French President Emmanuel Macron met
//! on Monday. They insisted that ...": a plural pronoun opening a sentence
//! stands for every party the sentence before opened with, joined by
//! "and", not for the first alone.

use super::parties::Mention;
use super::phrase::Found;
use super::reading::Sentence;

/// The parties a sentence opens with, joined by "and" or commas ("Qatar,
/// Egypt and the United States"), in order, each once; one or none when it
/// opens with one party or none.
pub(super) fn opening_group(text: &str, mentions: &[Mention]) -> Vec<usize> {
    let Some(first) = mentions.first() else {
        return Vec::new();
    };
    let mut group = vec![first.party];
    let mut end = first.span.end;
    for m in &mentions[1..] {
        let between = text[end..m.span.start].trim();
        if !matches!(between, "and" | "," | ", and" | "and the" | ", and the") {
            break;
        }
        if !group.contains(&m.party) {
            group.push(m.party);
        }
        end = m.span.end;
    }
    group
}

/// The claims `here` gives to the first of `group` through an opening
/// "They", given to each of the others too.
pub(super) fn for_each_of(s: &Sentence, group: &[usize], here: &[Found]) -> Vec<Found> {
    let opens_with_they = s.words.first().is_some_and(|w| w.lower == "they");
    let [first, others @ ..] = group else {
        return Vec::new();
    };
    if !opens_with_they || others.is_empty() {
        return Vec::new();
    }
    let pronoun = s.words[0].span.start;
    here.iter()
        .filter(|f| f.holder == *first && f.quote.start == pronoun)
        .flat_map(|f| {
            others.iter().map(|&p| Found {
                holder: p,
                ..f.clone()
            })
        })
        .collect()
}
