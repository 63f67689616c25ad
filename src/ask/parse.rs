//! A question as words, names, a date and an "if" clause, before an
//! intent is chosen ([`Parsed`]), and the cue vocabulary it is read with.

use std::collections::HashSet;
use std::ops::Range;

use super::cues::{DATE, EVER, NAME, Pattern};
use super::dates::{self, Asks};
use super::failure::FAILS;
use super::names::{self, Found, Mention};
use super::vocabulary::{cue_typo, vocabulary};
use super::words::{self, ARTICLES, IF_WORDS, Word, is_stopword, words};
use super::{days, figures, lexicon, phrasing, spelling};
use crate::graph::Graph;
use crate::model::Date;

/// Words that end a condition when no comma does: "what blocks X if Y is met".
const CLAUSE_ENDS: &[&str] = &[
    "what", "who", "which", "how", "would", "will", "does", "do", "is", "are", "can", "could",
    "was", "were", "has", "have",
];

/// The question as the intents see it, before one is chosen.
pub(super) struct Parsed<'q> {
    pub(super) words: Vec<Word>,
    pub(super) date: Option<dates::Dated>,
    pub(super) mentions: Vec<Mention>,
    /// Indices into `mentions` of the names in an "if" clause, and which
    /// of them is assumed met.
    pub(super) conditional: Vec<usize>,
    pub(super) assumed: Option<usize>,
    /// Whether the "if" clause says its event does not happen ("if C
    /// keeps refusing monitors"): what is assumed is that refusal, not the
    /// position it names (see `view::view_for`).
    pub(super) refused: bool,
    /// Cue words read through a typo: (as typed, as read).
    pub(super) cue_typos: Vec<(&'q str, String)>,
    /// What the reading should say of names read by their figures (see
    /// [`figures`]).
    pub(super) notes: Vec<String>,
    /// Phrases read as the graph's word for the same thing (see [`lexicon`]).
    pub(super) rewrites: Vec<lexicon::Rewrite>,
    /// Stems cues are matched on: names as [`NAME`], a date as [`DATE`]
    /// (all time as [`EVER`]), articles out.
    pub(super) frame: Vec<String>,
    /// [`Parsed::frame`] without the words of the "if" clause: what a
    /// reading that takes the clause as a condition is matched on.
    pub(super) main_frame: Vec<String>,
    /// The words of the "if" clause, its opening word out (empty when the
    /// question has none).
    pub(super) clause: Range<usize>,
}

pub(super) fn parse<'q>(question: &'q str, graph: &Graph) -> Parsed<'q> {
    let (ws, misspelt) = spelling::corrected(words(question), graph);
    let newest = graph.newest_source_date().unwrap_or_else(Date::today);
    // Words of a node's own name ("the Thursday meeting") are never a date.
    let date = days::since_begun(&ws, dates::find(question, &ws, newest), newest)
        .filter(|d| !days::names_a_node(graph, &ws, &d.words))
        .filter(|d| !days::names_a_later_day(graph, &ws, d, newest));
    // "Due to end on the 20th" of a node that "ends on January 20".
    let label_day = date
        .as_ref()
        .and_then(|d| super::label_day::in_a_label(graph, &ws, d, newest));
    let date = date.filter(|_| label_day.is_none());
    let (ws, date) = phrasing::as_the_graph_says(ws, graph, date);
    let (ws, date, rewrites) = lexicon::as_the_graph_names(question, &ws, graph, date);
    // "If the dockers are still out after May 15": the trigger so dated.
    let (trigger, date) = super::dated_names::split(question, &ws, graph, date, newest);
    let in_date = |i: usize| date.as_ref().is_some_and(|d| d.words.contains(&i));
    let vocabulary = vocabulary();
    let content = |i: usize| {
        !in_date(i) && !is_stopword(&ws[i].text) && !vocabulary.stems.contains(&ws[i].stem)
    };
    let mut mentions = names::find(question, &ws, graph, &content);
    super::dated_names::place(&mut mentions, trigger);
    // "Did any country back down?": a word inside several names after a
    // word that counts ("any", "every", "which") stands for all of them,
    // no one name; the reading covers every party without it.
    mentions.retain(|m| !counted(&ws, m, graph) && !names_the_talks(&ws, m, graph));
    // "The 70-day deal", "the 21% deal": a package, not its terms.
    let mut notes = figures::read_figures(question, &ws, graph, &mut mentions, &in_date);
    notes.extend(label_day);
    // "Before the ministers met": the day before the event's.
    let (date, mut mentions) = match date {
        None => days::before_event(graph, &ws, mentions),
        some => (some, mentions),
    };
    let in_date = |i: usize| date.as_ref().is_some_and(|d| d.words.contains(&i));

    let IfClause {
        conditional,
        assumed,
        refused,
        words: clause,
    } = if_clause(question, &ws, &mut mentions, graph);

    let mention_at = |i: usize| mentions.iter().position(|m| m.words.contains(&i));

    // The words cues are matched on, with typos of cue words read as meant.
    let mut frame = Vec::new();
    // The same without the "if" clause's words: what the main question
    // asks when the clause is read as a condition.
    let mut main_frame = Vec::new();
    let mut cue_typos: Vec<(&'q str, String)> = misspelt
        .into_iter()
        .map(|(span, meant)| (&question[span], meant))
        .collect();
    let mut i = 0;
    while i < ws.len() {
        let mut push = |stem: String, at: usize| {
            if !clause.contains(&at) {
                main_frame.push(stem.clone());
            }
            frame.push(stem);
        };
        if let Some(m) = mention_at(i) {
            push(NAME.to_owned(), i);
            i = mentions[m].words.end;
            continue;
        }
        // A date stands as one word: "what changed <d>", "positions <ever>".
        if in_date(i) && !(i > 0 && in_date(i - 1)) {
            let all_time = date.as_ref().is_some_and(|d| d.asks == Asks::AllTime);
            push(if all_time { EVER } else { DATE }.to_owned(), i);
        }
        if !in_date(i) && !ARTICLES.contains(&ws[i].text.as_str()) {
            let stem = match cue_typo(&ws[i]) {
                Some((spelt, stem)) => {
                    cue_typos.push((&question[ws[i].span.clone()], spelt.to_owned()));
                    stem.to_owned()
                }
                None => ws[i].stem.clone(),
            };
            push(stem, i);
        }
        i += 1;
    }
    set_aside_the_lesser_alternative(&mut frame);
    set_aside_the_lesser_alternative(&mut main_frame);

    Parsed {
        refused,
        words: ws,
        date,
        mentions,
        conditional,
        assumed,
        cue_typos,
        notes,
        rewrites,
        frame,
        main_frame,
        clause,
    }
}

/// "Any real conflicts, or just threats?": what follows "or just" is what
/// the asker expects to hear instead, not what is asked; its words are
/// left out of those cues are matched on (and so said as not used).
fn set_aside_the_lesser_alternative(frame: &mut Vec<String>) {
    let lesser = ["just", "only", "merely", "simply", "mere"].map(words::stem);
    if let Some(or) = (0..frame.len().saturating_sub(1))
        .find(|&k| frame[k] == "or" && lesser.contains(&frame[k + 1]))
        .filter(|&k| k > 0)
    {
        frame.truncate(or);
    }
}

/// What an "if" clause says: the indices into `mentions` of its names,
/// which of them is assumed met, whether its event is said not to happen,
/// and its words (what the main question's cues leave out).
struct IfClause {
    conditional: Vec<usize>,
    assumed: Option<usize>,
    refused: bool,
    words: Range<usize>,
}

/// The "if" clause: from the word to a comma or a word that starts the
/// main question. Its first position is assumed met.
fn if_clause(question: &str, ws: &[Word], mentions: &mut Vec<Mention>, graph: &Graph) -> IfClause {
    let mut conditional = Vec::new();
    let mut assumed = None;
    let mut refused = false;
    let mut clause = 0..0;
    if let Some(start) = (0..ws.len()).find(|&i| opens_if(ws, i)) {
        let end = clause_end(question, ws, mentions, start);
        conditional = (0..mentions.len())
            .filter(|&m| mentions[m].words.start > start && mentions[m].words.start < end)
            .collect();
        let position = |m: usize| {
            mentions[m]
                .nodes
                .iter()
                .any(|&n| graph.kind(n).is_position())
        };
        // "What if the talks make no progress": the clause names the node
        // that is the failure itself ("No tangible progress in the
        // talks"), which is what it assumes, not the talks.
        let names_a_failure = |m: usize| {
            let m: &Mention = &mentions[m];
            !m.nodes.is_empty()
                && m.nodes
                    .iter()
                    .all(|&n| super::failure::is_failure(graph, n))
        };
        assumed = conditional
            .iter()
            .copied()
            .find(|&m| position(m) && names_a_failure(m))
            .or_else(|| conditional.iter().copied().find(|&m| position(m)));
        // "If the West stopped arming Ukraine": parties only, every one
        // named in one position's label; that position, said so.
        if assumed.is_none()
            && let Some(whole) = paraphrased_position(question, ws, mentions, &conditional, graph)
        {
            let first = conditional[0];
            mentions.drain(first..=conditional[conditional.len() - 1]);
            mentions.insert(first, whole);
            conditional = vec![first];
            assumed = Some(first);
        }
        refused = said_not_to_happen(ws, start + 1..end, mentions);
        // "Say Russia agreed ...": the "say" that opens a supposition (and
        // a "let's" before it) is no cue of the main question ("what does
        // Russia say").
        let opener = if ws[start].text == "say" {
            0
        } else {
            start + 1
        };
        clause = opener..end;
    }

    IfClause {
        conditional,
        assumed,
        refused,
        words: clause,
    }
}

/// Where an "if" clause opened at word `start` ends: at a comma (or a
/// colon: "Suppose the West does pause aid: would ..."), or at a word that
/// starts the main question once the clause holds a name.
fn clause_end(question: &str, ws: &[Word], mentions: &[Mention], start: usize) -> usize {
    let mut end = start + 1;
    while end < ws.len() {
        // "Suppose, hypothetically, the West ...": a comma before the
        // clause has said anything does not end it; a semicolon does.
        let said_nothing = ws[start + 1..end].iter().all(|w| {
            matches!(
                w.text.as_str(),
                "hypothetically" | "just" | "then" | "for" | "argument" | "sake" | "the" | "of"
            )
        });
        let comma = words::between(question, &ws[end - 1], &ws[end]).contains([',', ';', ':'])
            && !said_nothing;
        let begins_question = CLAUSE_ENDS.contains(&ws[end].text.as_str())
            && !emphatic_do(ws, mentions, end)
            && mentions
                .iter()
                .any(|m| m.words.start > start && m.words.end <= end);
        if comma || begins_question {
            break;
        }
        end += 1;
    }
    end
}

/// Whether the "do" at word `at` stresses the verb after it ("if the West
/// does pause aid"), so goes on with the clause, rather than opening the
/// main question ("if Russia agrees, does the ceasefire hold": a name, an
/// article or a pronoun after it).
fn emphatic_do(ws: &[Word], mentions: &[Mention], at: usize) -> bool {
    let Some(next) = ws.get(at + 1) else {
        return false;
    };
    matches!(ws[at].text.as_str(), "do" | "does" | "did")
        && !ARTICLES.contains(&next.text.as_str())
        && !PRONOUNS.contains(&next.text.as_str())
        && !mentions.iter().any(|m| m.words.start == at + 1)
}

/// Words that, after a "do", make it open a question about someone.
const PRONOUNS: &[&str] = &[
    "i",
    "you",
    "he",
    "she",
    "it",
    "we",
    "they",
    "this",
    "that",
    "these",
    "those",
    "anyone",
    "anybody",
    "anything",
    "someone",
    "somebody",
    "something",
    "any",
    "either",
    "both",
];

/// Whether the words `clause` (an "if" clause) say its event does not
/// happen ("if C keeps refusing monitors", "if the talks fail"): a phrase
/// of [`FAILS`] among the words no name takes.
fn said_not_to_happen(ws: &[Word], clause: Range<usize>, mentions: &[Mention]) -> bool {
    // "If January 15 comes and goes without a deal": the named day or
    // deadline passes (it happens); the "without" is of the deal after it.
    let named_before = |i: usize| {
        mentions
            .iter()
            .any(|m| m.words.end <= i && m.words.start >= clause.start)
    };
    let passes = clause
        .clone()
        .find(|&i| super::failure::PASSES.contains(&ws[i].text.as_str()) && named_before(i));
    let clause = clause.start..passes.unwrap_or(clause.end);
    let loose: Vec<String> = clause
        .filter(|i| !mentions.iter().any(|m| m.words.contains(i)))
        .map(|i| ws[i].stem.clone())
        .collect();
    FAILS.iter().any(|p| Pattern::new(p).matches(&loose))
}

/// Words that count what follows: "any country", "every side".
const COUNTING: &[&str] = &["any", "every", "each", "all", "which", "no"];

/// Words before "no" that make it say a thing is not there ("there is
/// still no deal", "why no ceasefire"), not count.
const NOT_THERE: &[&str] = &["there", "still", "yet", "why", "is", "are", "s", "but"];

/// Whether a mention is one word that several names share, after a word
/// that counts ("any country" of Countries A, B and C, whose "Country A"
/// reads as "country" once its article-like "A" is set aside).
fn counted(ws: &[Word], m: &Mention, graph: &Graph) -> bool {
    if m.words.start == 0 {
        return false;
    }
    // "The two delegations": a plural found inside a name that holds the
    // singular ("head of Russia's delegation") stands for the sides.
    if m.found == Found::Partial
        && matches!(ws[m.words.start - 1].text.as_str(), "two" | "both")
        && ws[m.words.clone()]
            .last()
            .is_some_and(|w| w.text.ends_with('s'))
        && m.nodes
            .iter()
            .all(|&n| graph.kind(n) == crate::model::NodeKind::Party)
    {
        return true;
    }
    if !COUNTING.contains(&ws[m.words.start - 1].text.as_str()) {
        return false;
    }
    // "Why is there still no ceasefire?": "no" saying the thing is not
    // there yet, not counting ("no side wants it").
    if ws[m.words.start - 1].text == "no"
        && m.words.start >= 2
        && NOT_THERE.contains(&ws[m.words.start - 2].text.as_str())
    {
        return false;
    }
    if m.found == Found::Partial && m.nodes.len() > 1 {
        return true;
    }
    let [word] = &ws[m.words.clone()] else {
        return false;
    };
    let sharing = graph
        .node_indices()
        .filter(|&n| words(graph.label(n)).iter().any(|w| w.stem == word.stem))
        .take(2)
        .count();
    sharing > 1
}

/// Whether word `i` opens an "if" clause ("given" in "given up" does not),
/// or says an event has taken place ("now the ministers have met, what
/// still holds up the deal?": the meeting assumed met, as after "if").
pub(super) fn opens_if(ws: &[Word], i: usize) -> bool {
    if ws[i].text == "now" {
        return now_that_it_happened(ws, i);
    }
    // "Say the West did halt arms deliveries, would ...", "let's say":
    // "say" opens a supposition only where a question starts with it.
    let supposing_say = ws[i].text == "say"
        && (i == 0
            || (i <= 2
                && ws[..i]
                    .iter()
                    .all(|w| matches!(w.text.as_str(), "let" | "lets" | "us"))));
    supposing_say
        || IF_WORDS.contains(&ws[i].text.as_str())
            && !(ws[i].text == "given" && ws.get(i + 1).is_some_and(|w| w.text == "up"))
}

/// Whether the question's clause is "now (that) X has happened": a fact
/// stated, not a supposition (see `view::already_met`).
pub(super) fn states_it_happened(parsed: &Parsed) -> bool {
    let ws = &parsed.words;
    (0..ws.len())
        .find(|&i| opens_if(ws, i))
        .is_some_and(|i| ws[i].text == "now")
}

/// Verbs that, after "now (that) ... has/have/is", say an event took place.
const HAPPENED: &[&str] = &[
    "met",
    "happened",
    "agreed",
    "signed",
    "started",
    "begun",
    "ended",
    "finished",
    "held",
    "passed",
    "concluded",
    "done",
    "occurred",
    "convened",
    "over",
    "complete",
    "completed",
    "settled",
    "lifted",
];

/// "Now (that) X has/have/is <happened>": a clause stating X took place,
/// within the next six words.
fn now_that_it_happened(ws: &[Word], i: usize) -> bool {
    let near = || ws.iter().skip(i + 1).take(6);
    near().zip(near().skip(1)).any(|(a, b)| {
        matches!(
            a.text.as_str(),
            "has" | "have" | "had" | "is" | "are" | "was" | "were" | "s" | "ve"
        ) && HAPPENED.contains(&b.text.as_str())
    })
}

/// The mentions the intents see, as indices into `parsed.mentions`: all
/// but those of the "if" clause when it is read as a condition.
pub(super) fn names_for(parsed: &Parsed, with_if: bool) -> Vec<usize> {
    (0..parsed.mentions.len())
        .filter(|m| !(with_if && parsed.conditional.contains(m)))
        .collect()
}

/// Words that are none of: a name, a date, a stopword, a cue.
pub(super) fn content_left<'p>(parsed: &'p Parsed) -> impl Iterator<Item = usize> + 'p {
    let vocabulary = vocabulary();
    (0..parsed.words.len()).filter(move |&i| {
        let w = &parsed.words[i];
        !parsed.mentions.iter().any(|m| m.words.contains(&i))
            && !parsed.date.as_ref().is_some_and(|d| d.words.contains(&i))
            && !is_stopword(&w.text)
            && !vocabulary.stems.contains(&w.stem)
            && cue_typo(w).is_none()
    })
}

/// The one position whose label (or an alias) holds every name of an "if"
/// clause naming two parties or more, and nothing else ("if the West stopped arming Ukraine": 'The
/// West pauses its military support for Ukraine'), as one mention over the
/// clause's names and the words between them, marked fuzzy so the reading
/// says what it was read as; `None` when no position, or several, hold
/// them all.
fn paraphrased_position(
    question: &str,
    ws: &[Word],
    mentions: &[Mention],
    conditional: &[usize],
    graph: &Graph,
) -> Option<Mention> {
    let (&first, &last) = (conditional.first()?, conditional.last()?);
    // One party alone ("if Zelensky dropped his precondition") is inside
    // too many labels to say which position it paraphrases.
    if conditional.len() < 2 {
        return None;
    }
    let parties_only = conditional.iter().all(|&m| {
        mentions[m]
            .nodes
            .iter()
            .all(|&n| graph.kind(n) == crate::model::NodeKind::Party)
    });
    if !parties_only {
        return None;
    }
    let said: Vec<&str> = conditional
        .iter()
        .flat_map(|&m| ws[mentions[m].words.clone()].iter())
        .map(|w| w.stem.as_str())
        .filter(|s| !ARTICLES.contains(s))
        .collect();
    let holds_all = |name: &str| {
        let stems: HashSet<String> = words(name).into_iter().map(|w| w.stem).collect();
        said.iter().all(|s| stems.contains(*s))
    };
    let mut fits = graph.node_indices().filter(|&n| {
        graph.kind(n).is_position()
            && std::iter::once(graph.label(n))
                .chain(graph.node(n).aliases.iter().map(String::as_str))
                .any(holds_all)
    });
    let (one, None) = (fits.next()?, fits.next()) else {
        return None;
    };
    let span = mentions[first].words.start..mentions[last].words.end;
    // "If Iran refuses the US proposal" is no paraphrase of 'Iran accepts
    // the US deal': a clause that says something does not happen reads
    // only a position that is itself a refusal or failure.
    let refuses = ws[span.clone()]
        .iter()
        .any(|w| super::failure::says_not(&w.stem));
    if refuses && !super::failure::is_failure(graph, one) {
        return None;
    }
    let typed = ws[span.start].span.start..ws[span.end - 1].span.end;
    Some(Mention {
        words: span,
        text: question[typed].to_owned(),
        nodes: vec![one],
        found: Found::Fuzzy {
            name: graph.label(one).to_owned(),
        },
    })
}

/// Words for a negotiation as a whole: "in the auto talks".
const TALKS: &[&str] = &[
    "talks",
    "negotiation",
    "negotiations",
    "dispute",
    "fight",
    "row",
    "standoff",
    "bargaining",
    "process",
    "conflict",
];

/// Words of a label that make its node a meeting or talks of its own.
const MEETING: &[&str] = &[
    "talk",
    "talks",
    "meet",
    "meets",
    "meeting",
    "summit",
    "negotiations",
];

/// Whether a mention found only inside a longer label names the whole
/// negotiation, not that node: "who's pressing whom in the auto talks" of
/// 'Auto workers strike at the Big Three' (after "in"/"during"/"at" and
/// "the", before a word for talks), unless the node is itself a meeting or
/// talks. Its words are left for the reading to list as not used.
fn names_the_talks(ws: &[Word], m: &Mention, graph: &Graph) -> bool {
    let text = |k: usize| ws.get(k).map(|w| w.text.as_str());
    // The article may be inside the mention ("the auto") or before it.
    let the = match m.words.start {
        start if text(start) == Some("the") => start,
        start if start > 0 && text(start - 1) == Some("the") => start - 1,
        _ => return false,
    };
    let after_in = the > 0 && matches!(text(the - 1), Some("in" | "during" | "at" | "over"));
    let before_talks = text(m.words.end).is_some_and(|w| TALKS.contains(&w));
    after_in
        && before_talks
        && m.found == Found::Partial
        && m.nodes.iter().all(|&n| {
            !words(graph.label(n))
                .iter()
                .any(|w| MEETING.contains(&w.text.as_str()))
        })
}
