//! Candidate claims from one sentence: each cue of the lexicon that fires,
//! with the party that holds the claim, the words of its position, who said
//! it, and the shortest span of the sentence that carries it.

use std::ops::Range;

use crate::model::Relation;

use super::lexicon::{self, Cue, CueKind};
use super::parties::Mention;
use super::phrase::{Found, bytes, cue_of_kind_at, matches_at, phrase_after, quote};
use super::reading::{Sentence, boundary_before, holder, mention_after, speaker, word_at};
use super::sentences::Word;

/// Every candidate of `s`.
pub fn find(s: &Sentence) -> Vec<Found> {
    let speaker = speaker(s);
    let cues = cues(s.text, s.words);
    let mut out = Vec::new();
    // Words a position's phrase took: no cue there.
    let mut taken_until = 0;
    for (at, cue) in &cues {
        let cue_words = cue.words.split(' ').count();
        // ... unless a party's possessive owns it: "backed Egypt's call for
        // a binding deal" also says Egypt calls for one.
        let owned = *at > 0 && is_possessive(&s.words[*at - 1].lower);
        // ... or a passive names who holds it: "rejected the terms
        // proposed by the government" also says the government proposed them.
        let passive_by = s.words.get(*at + 1).is_some_and(|w| w.lower == "by");
        // ... or a mediator is named: "agreed to talks under the mediation
        // of Malaysia" also says Malaysia mediates them.
        let mediation = cue.kind == CueKind::MediatedBy;
        if *at < taken_until && !owned && !passive_by && !mediation {
            continue;
        }
        let Some(mut found) = by_kind(s, (*at, cue_words), cue, &cues, speaker.as_ref(), &out)
        else {
            continue;
        };
        if *at < taken_until && passive_by && !owned && !mediation {
            found.unsure = found.unsure.or(Some(
                "read inside the position of another claim: check who holds it",
            ));
        }
        // A cue inside a position's words ("rejected the demand for X")
        // is part of it, not a claim of its own.
        if let Some(target) = &found.target
            && found.relation != Some(Relation::Counters)
        {
            taken_until = s
                .words
                .iter()
                .take_while(|w| w.span.start < target.end)
                .count();
        }
        // "X rejected A and offered B": the second claim's quote starts at
        // its own verb, the holder already quoted with the first.
        if out
            .iter()
            .any(|f: &Found| f.quote.start == found.quote.start)
        {
            let cue_start = s.words[*at].span.start;
            // A counter's offer stays quoted ("offered 8% instead").
            let offer = found.other.as_ref().map(|o| o.start);
            let start = offer
                .filter(|&o| o >= found.quote.start)
                .map_or(cue_start, |o| o.min(cue_start));
            found.quote.start = start.min(found.quote.end);
        }
        found.cue = cue.words;
        found.speaker = found.speaker.or_else(|| speaker.clone());
        weigh(s, &mut found, cue, (*at, cue_words));
        // "a pay rise of 11.5% and a commitment to ratios": two positions.
        if let Some(second) = coordinated(s, &found) {
            out.push(first_of_two(s, &found, &second));
            found = second;
        }
        // "Qatar and Egypt brokered ...": a claim for each.
        let mut extra = Vec::new();
        for partner in partners(s, &found) {
            let mut theirs = found.clone();
            theirs.holder = partner.party;
            theirs.quote =
                theirs.quote.start.min(partner.span.start)..theirs.quote.end.max(partner.span.end);
            extra.push(theirs);
        }
        out.push(found);
        out.extend(extra);
    }
    after_the_cues(s, out)
}

/// The candidate the cue at word `at` (`n` words) makes, by its kind.
fn by_kind(
    s: &Sentence,
    (at, n): (usize, usize),
    cue: &Cue,
    cues: &[(usize, Cue)],
    speaker: Option<&(Range<usize>, usize)>,
    before: &[Found],
) -> Option<Found> {
    match cue.kind {
        CueKind::Stance(relation) => stance(s, at, n, relation),
        CueKind::Condition => super::conditions::condition(s, at, n, cues, speaker),
        CueKind::Threat => super::threats::threat(s, at, n),
        CueKind::MediatedBy => super::moves::mediated_by(s, at, n),
        CueKind::Mediating => super::moves::mediating(s, at, n),
        CueKind::Counter => super::moves::counter(s, at, n, before),
        CueKind::Change => super::moves::change(s, at, n),
        CueKind::Term => super::terms::term(s, at, n),
        CueKind::Ignore => super::changes::ignores(s, at, n),
        CueKind::Supersede => super::changes::supersedes(s, at, n, before),
    }
}

/// Whether the candidate of the cue at word `at` (`n` words) is unsure: a
/// block reported after the fact, a condition, a negation or a hedge before
/// the cue.
fn weigh(s: &Sentence, found: &mut Found, cue: &Cue, (at, n): (usize, usize)) {
    // A block reported after the fact: who blocked is often a member
    // for its group or a leader for her state (counted on the reports).
    if matches!(cue.words, "blocked" | "blocks") {
        found.unsure = found
            .unsure
            .or(Some("a block reported: is the holder the party meant?"));
    }
    if let Some(why) = on_a_condition(s, found, cue.words) {
        found.unsure = Some(why);
    }
    // Conditions, silences and replacements weigh their own words.
    let own_negation = matches!(
        found.relation,
        Some(Relation::ConditionsOn | Relation::Ignores | Relation::Supersedes)
    );
    if found.unsure.is_none() && !own_negation {
        // A refusal's own "not" does not make it unsure: only what
        // stands before it does ("said it may not accept").
        let flipped = matches!(cue.kind, CueKind::Stance(r) if Some(r) != found.relation);
        let refusing = matches!(
            s.words[at].lower.as_str(),
            "would" | "will" | "won't" | "cannot" | "can't"
        );
        let negation = (flipped || refusing)
            .then(|| super::refusals::negation_at(s, at))
            .flatten();
        found.unsure = unsure(s, negation.unwrap_or(at + n));
    }
}

/// The first of two positions joined by "and": its words and quote end
/// before the "and" that opens the `second`.
fn first_of_two(s: &Sentence, found: &Found, second: &Found) -> Found {
    let and = second.quote.start;
    let end = s
        .words
        .iter()
        .rev()
        .find(|w| w.span.end < and && w.lower != "and")
        .map_or(and, |w| w.span.end);
    let mut first = found.clone();
    first.target = first
        .target
        .map(|t| t.start..end.max(t.start + 1).min(t.end));
    first.quote.end = end.max(first.quote.start);
    first
}

/// What the sentence's candidates together say: a condition is not also
/// a refusal of its first half; threats implied and positions owned.
fn after_the_cues(s: &Sentence, mut out: Vec<Found>) -> Vec<Found> {
    // "refused to free prisoners before a ceasefire": the condition is
    // the claim, not a refusal of its first half.
    let refused_first: Vec<Range<usize>> = out
        .iter()
        .filter(|f| f.relation == Some(Relation::ConditionsOn) && f.cue == "before")
        .filter_map(|f| f.target.clone())
        .collect();
    out.retain(|f| {
        f.relation != Some(Relation::Rejects)
            || f.target.as_ref().is_none_or(|t| !refused_first.contains(t))
    });
    let implied = super::threats::implied(s, &out);
    out.extend(implied);
    let owned = super::owned::find(s, &out);
    out.extend(owned);
    out
}

/// Whether a word (lower case) is a name's possessive: "union's",
/// "Hamas'" (the curly apostrophe read as a straight one).
fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || (word.ends_with("s'") && word.len() > 2)
}

/// The parties named with the holder by "and" ("Qatar and Egypt"), when the
/// holder is named in the quote.
fn partners<'a>(s: &Sentence<'a>, found: &Found) -> Vec<&'a Mention> {
    let Some(named) = s.mentions.iter().find(|m| {
        m.party == found.holder
            && m.span.start >= found.quote.start.saturating_sub(60)
            && m.span.end <= found.quote.end + 60
    }) else {
        return Vec::new();
    };
    let joined = |a: &Mention, b: &Mention| {
        a.span.end <= b.span.start
            && matches!(
                s.text[a.span.end..b.span.start].trim(),
                "and" | "," | ", and" | "and the" | ", and the"
            )
    };
    s.mentions
        .iter()
        .filter(|m| m.party != found.holder && (joined(named, m) || joined(m, named)))
        .collect()
}

/// Why an acceptance or an offer is unsure for the condition set on it:
/// "Moscow would agree to a ceasefire only if ..." (the condition is the
/// claim, not an acceptance); "Oslo would be willing to look again at X if
/// Y" (a readiness on a condition, or a threat). An offer made ("offered X
/// if Y") stays one.
fn on_a_condition(s: &Sentence, found: &Found, cue: &str) -> Option<&'static str> {
    let conditioned = found.relation == Some(Relation::Accepts)
        && found.target.as_ref().is_some_and(|t| {
            // "would agree to X this year only if ...": the time said
            // after the position stands between.
            let after = s.words.iter().position(|w| w.span.start >= t.end);
            after.is_some_and(|j| {
                (j..s.words.len())
                    .take_while(|&k| k == j || super::phrase::says_when(&s.words[k - 1].lower))
                    // "accepted the deal before the deadline": a time.
                    .any(|k| {
                        cue_of_kind_at(s.words, k, CueKind::Condition)
                            && s.words[k].lower != "before"
                    })
            })
        });
    if conditioned {
        return Some("accepted only on a condition: the condition is the claim");
    }
    let readiness = lexicon::READINESS.contains(&cue);
    (found.relation == Some(Relation::Proposes) && readiness && offered_if(s))
        .then_some("offered on a condition (\"if\"): the condition is the claim")
}
/// Whether a sentence sets a condition with "if" or "unless" (not "even
/// if", "as if"; "only if" drafts a condition of its own).
fn offered_if(s: &Sentence) -> bool {
    s.words.iter().enumerate().any(|(j, w)| {
        let conditional = matches!(w.lower.as_str(), "if" | "unless");
        let concessive = j > 0 && matches!(s.words[j - 1].lower.as_str(), "even" | "as" | "only");
        conditional && !concessive
    })
}

/// A stance whose position joins two by "and a" ("a raise and a
/// commitment to ratios"): the first kept in `found`, the second returned.
fn coordinated(s: &Sentence, found: &Found) -> Option<Found> {
    let relation = found.relation?;
    let listed = relation.facts().stance || relation == Relation::PartOf;
    if !listed || relation == Relation::Threatens {
        return None;
    }
    let target = found.target.clone()?;
    let first = s.words.iter().position(|w| w.span.start == target.start)?;
    let last = s.words.iter().position(|w| w.span.end == target.end)?;
    let article = |w: &str| matches!(w, "a" | "an");
    // A term is a clause as often as a noun: "would give X and bring their
    // Y", "half would be freed ... and the rest once ...".
    let determiner = |w: &str| matches!(w, "the" | "its" | "their" | "his" | "her");
    let term = relation == Relation::PartOf;
    let and = (first + 1..last).find(|&j| {
        let next = s.words[j + 1].lower.as_str();
        let then = s.words.get(j + 2).map_or("", |w| w.lower.as_str());
        s.words[j].lower == "and"
            && (article(next) || (term && (determiner(next) || determiner(then))))
    })?;
    // The second position starts after its article ("and a commitment"),
    // at its verb or determiner otherwise ("and bring their", "and the rest").
    let skip = usize::from(article(s.words[and + 1].lower.as_str()));
    let mut second = found.clone();
    second.target = Some(s.words[and + 1 + skip].span.start..target.end);
    second.quote = s.words[and + 1].span.start..found.quote.end;
    Some(second).filter(|_| and + 1 + skip <= last)
}

/// The cues of `words`, each at its first word; the longest at a place wins.
fn cues(text: &str, words: &[Word]) -> Vec<(usize, Cue)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !a_verb_here(text, words, i) {
            i += 1;
            continue;
        }
        let best = lexicon::CUES
            .iter()
            .filter(|c| matches_at(words, i, c.words))
            .max_by_key(|c| c.words.len());
        match best {
            Some(c) => {
                out.push((i, *c));
                i += c.words.split(' ').count();
            }
            None => i += 1,
        }
    }
    out
}

/// Whether word `i` can be a cue's verb: not the end of a compound
/// adjective ("a U.N.-backed court" says who set the court up, no stance
/// of anyone's), nor "back" moving away ("backed away from an earlier
/// commitment" withdraws support, it gives none).
fn a_verb_here(text: &str, words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let hyphened = i > 0 && text[words[i - 1].span.end..w.span.start].ends_with('-');
    let glued = text[..w.span.start].ends_with('-');
    let backing = matches!(w.lower.as_str(), "back" | "backs" | "backed" | "backing");
    let away = words
        .get(i + 1)
        .is_some_and(|next| matches!(next.lower.as_str(), "away" | "down" | "off" | "out"));
    !(backing && (glued || hyphened || away))
}

fn stance(s: &Sentence, at: usize, n: usize, relation: Relation) -> Option<Found> {
    if matches!(
        s.words[at].lower.as_str(),
        "would" | "will" | "won't" | "cannot" | "can't"
    ) {
        return super::refusals::refusal(s, at, n);
    }
    // "The memorandum also calls for Y": a term of the memorandum.
    if relation == Relation::Demands
        && let Some(term) = super::terms::term(s, at, n)
    {
        return Some(term);
    }
    if let Some(found) = passive(s, at, n, relation) {
        return Some(found);
    }
    if let Some(found) = super::relatives::object_before(s, at, n, relation) {
        return Some(found);
    }
    let mut target = phrase_after(s, super::agreed::object_at(s, at, n)?)?;
    if n == 1 && lexicon::ASKED_TO.contains(&s.words[at].lower.as_str()) && !asks_party_to(s, at) {
        return None;
    }
    // "submitted a proposed nuclear deal", "put a revised pay offer to
    // striking miners": these verbs propose only a proposal, named within
    // a few words; the position ends with its noun.
    if n == 1 && lexicon::PROPOSING_VERBS.contains(&s.words[at].lower.as_str()) {
        // "put on hold a provisional deal": the object must open the phrase.
        let opens = matches!(
            s.words[target.start].lower.as_str(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "new" | "revised"
        );
        if !opens {
            return None;
        }
        let noun = (target.start..target.end.min(target.start + 6))
            .find(|&j| lexicon::PROPOSAL_NOUNS.contains(&s.words[j].lower.as_str()))?;
        target = target.start..noun + 1;
    }
    // "offered no comment", "sought no guarantee": nothing is put forward.
    if s.words[target.start].lower == "no" {
        return None;
    }
    if matches!(s.words[at].lower.as_str(), "want" | "wants" | "wanted") {
        target = super::phrase::wanted_done(s, target);
    }
    let previous = at.checked_sub(1).map(|j| s.words[j].lower.as_str());
    let possessive = previous
        .is_some_and(|p| matches!(p, "its" | "their" | "his" | "her" | "our") || is_possessive(p));
    let mut relation = relation;
    let (holder, holder_word, unsure) = if possessive {
        // "its demand for X", "the union's offer of X": a claim of the
        // possessor when the noun opens its object.
        // "call for" carries its own "for".
        let opens = n > 1
            || s.words
                .get(at + n)
                .is_some_and(|w| matches!(w.lower.as_str(), "for" | "to" | "of" | "that"));
        if !opens {
            return None;
        }
        let owner = s.mentions.iter().find(|m| {
            // "Hamas' demand": the name ends before its apostrophe.
            let word = &s.words[at - 1].span;
            m.span.end > word.start && m.span.end <= word.end
        });
        match owner {
            Some(m) => (m.party, word_at(s, m.span.start), None),
            None => holder(s, at, at + n)?,
        }
    } else {
        if !verb_position(s, at) {
            // "the demand", "an automation demand": a noun, no claim.
            return None;
        }
        // "with Washington pressing Beijing to ...": the party just before.
        let with_party = at.checked_sub(1).and_then(|j| {
            let m = s
                .mentions
                .iter()
                .find(|m| m.span.end == s.words[j].span.end)?;
            let first = word_at(s, m.span.start)?;
            (first > 0 && s.words[first - 1].lower == "with").then_some((
                m.party,
                Some(first),
                None,
            ))
        });
        match with_party {
            Some(h) => h,
            None => holder(s, at, at + n)?,
        }
    };
    // "... producers put a revised offer, but the union said ...": a verb
    // that proposes only a proposal needs its subject named, not guessed.
    if lexicon::PROPOSING_VERBS.contains(&s.words[at].lower.as_str())
        && holder_word.is_none_or(|h| h > at)
    {
        return None;
    }
    // "could not agree to X", "won't accept X": a refusal.
    if relation == Relation::Accepts && super::unless::negated_just_before(s, at) {
        relation = Relation::Rejects;
    }
    let from = holder_word.unwrap_or(at);
    Some(Found {
        holder,
        relation: Some(relation),
        quote: quote(s, from.min(at), &target),
        target: Some(bytes(s, &target)),
        other: None,
        speaker: None,
        cue: "",
        unsure,
    })
}

/// "The 77-percent increase sought by the union", "the 50-percent hike
/// earlier offered by the employers": the party after "by" holds the
/// position named just before the cue.
fn passive(s: &Sentence, at: usize, n: usize, relation: Relation) -> Option<Found> {
    if s.words.get(at + n)?.lower != "by"
        || !s.words[at].lower.ends_with("ed") && s.words[at].lower != "sought"
    {
        return None;
    }
    let m = mention_after(s, at + n + 1, 2)?;
    let mut end = at;
    // "the offer was rejected by the union", "has been turned down by":
    // the position stands before the auxiliaries.
    while end > 0
        && matches!(
            s.words[end - 1].lower.as_str(),
            "was" | "were" | "been" | "has" | "have" | "had" | "is" | "are"
        )
    {
        end -= 1;
    }
    while end > 0
        && matches!(
            s.words[end - 1].lower.as_str(),
            "earlier" | "first" | "previously" | "already" | "initially"
        )
    {
        end -= 1;
    }
    let auxiliary = end < at;
    let mut start = end;
    while start > 0 && end - start < 6 && !boundary_before(s, start) {
        let w = s.words[start - 1].lower.as_str();
        let stop = matches!(
            w,
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "this"
                | "that"
                | "and"
                | "or"
                | "but"
        ) || lexicon::PREPOSITIONS.contains(&w)
            // Before "was rejected by" stands a noun, even one that is
            // also a verb ("the offer").
            || (lexicon::verb_like(w) && !(auxiliary && start == end));
        if stop {
            break;
        }
        start -= 1;
    }
    if start == end {
        return None;
    }
    Some(Found {
        holder: m.party,
        relation: Some(relation),
        target: Some(bytes(s, &(start..end))),
        other: None,
        quote: s.words[start].span.start..m.span.end,
        speaker: None,
        cue: "",
        unsure: None,
    })
}

/// Whether a party and "to" follow word `at`: "asked Washington to".
fn asks_party_to(s: &Sentence, at: usize) -> bool {
    let next = at + 1;
    let Some(m) = mention_after(s, next, 1) else {
        return false;
    };
    s.words
        .iter()
        .find(|w| w.span.start > m.span.end)
        .is_some_and(|w| w.lower == "to")
}

/// Whether the cue at `at` stands where a verb does: a verb form no noun
/// shares ("demanded"), or after a subject, a pronoun, an auxiliary, "to".
fn verb_position(s: &Sentence, at: usize) -> bool {
    let cue = &s.words[at].lower;
    if !lexicon::NOUN_FORMS.contains(&cue.as_str()) {
        let previous = at.checked_sub(1).map(|j| s.words[j].lower.as_str());
        return !matches!(
            previous,
            Some("the" | "a" | "an" | "this" | "that" | "any" | "no")
        );
    }
    let Some(j) = at.checked_sub(1) else {
        return true;
    };
    let previous = s.words[j].lower.as_str();
    lexicon::PRONOUNS.contains(&previous)
        || lexicon::AUXILIARIES.contains(&previous)
        || matches!(previous, "to" | "and" | "not" | "who" | "which" | "also")
        || s.mentions.iter().any(|m| m.span.end == s.words[j].span.end)
}

/// Why the claim of a cue ending at word `end` is unsure: a negation or
/// hedge in its clause before it, or a question.
fn unsure(s: &Sentence, end: usize) -> Option<&'static str> {
    let start = (0..end.min(s.words.len()))
        .rev()
        .find(|&j| boundary_before(s, j))
        .unwrap_or(0);
    let hedged = s.words[start..end.min(s.words.len())]
        .iter()
        .any(|w| lexicon::UNSURE.contains(&w.lower.as_str()) || w.lower.ends_with("n't"));
    if hedged {
        return Some("negated or hedged");
    }
    let last = s.words.last()?;
    s.text[last.span.end..s.span.end]
        .trim_start()
        .starts_with('?')
        .then_some("a question")
}
