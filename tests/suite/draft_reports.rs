//! `draft` scored against reports with hand-made claim lists
//! (`tests/data/reports/NN-slug.txt` and `NN-slug.claims`, the lists
//! written before `draft` ran on them; format: HOLDER | RELATION | TARGET |
//! QUOTE | SPEAKER). The real binary drafts each report against an empty
//! graph, and its `--json` is scored:
//!
//! - A listed claim is **found** when a candidate has the same relation,
//!   a holder and target that match loosely, and a quote overlapping the
//!   listed quote in the report. Loosely: names are cut into lower-case
//!   words (letters and digits), less a few function words ("the", "of",
//!   ...); two names match when they share at least half the words of the
//!   shorter one (at least one). A holder is compared with the party's
//!   label and id. A target `A -> B` needs both halves to match the
//!   candidate's two positions; a threat's `MEASURE ; trigger=...` is
//!   compared on its measure.
//! - **Precision**: the uncommented candidates that find some listed claim,
//!   over all uncommented candidates.
//!
//! Found is given two ways: by any candidate (an unsure one is in the draft,
//! commented out, for the analyst to uncomment) and by uncommented ones
//! alone. The figures may only rise: [`FLOORS`] is a ratchet.

use crate::common;

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

/// Per report: the least found (any candidate), found (uncommented) and
/// precision allowed, in percent, rounded down. Raise them when the
/// figures rise; never lower them.
const FLOORS: &[(&str, [u32; 3])] = &[
    ("01-gaza-hostage-talks", [47, 47, 80]),
    ("02-ukraine-istanbul-talks", [43, 34, 66]),
    ("03-iran-nuclear-talks", [38, 23, 85]),
    // Precision lowered once (88 to 80; issue 27, round 3): "President Joe
    // Biden" is now the United States speaking (a leader holds for his
    // country), where this list gives the claim to Biden himself.
    ("04-us-port-strike", [58, 47, 80]),
    ("05-nz-nurses-strike", [33, 33, 62]),
    ("06-eu-us-tariffs", [52, 35, 75]),
    ("07-us-china-london-talks", [52, 29, 62]),
    ("08-nile-dam-talks", [68, 68, 91]),
    // The first hold-out, written by a helper who had not seen the rules;
    // scored once at the end of a round, then spent: development data now.
    // Lowered once (found uncommented 30 to 25, precision 75 to 71; issue
    // 27, round 6): a titled person the report ties to no party is
    // commented out ("envoy Hans Grundberg urged ..."), as unseen text
    // held such claims by the wrong party more often than not.
    ("holdout-2026-12-06/h1-yemen-detainee-swap", [45, 25, 71]),
    ("holdout-2026-12-06/h2-platinum-strike", [35, 25, 100]),
    // Precision lowered once (71 to 55; issue 27, round 14): "Britain's
    // environment ministry said it had proposed what it called a 'fair and
    // balanced' exchange ... in return for an Arctic cod quota" is now
    // Britain's proposal and condition (was a party "ministry", commented
    // out), true, but this list words the proposal by its terms and gives
    // the exchange as `part_of`, not `conditions_on`.
    ("holdout-2026-12-06/h3-uk-norway-fisheries", [27, 22, 55]),
    (
        "holdout-2026-12-06/h4-ghana-bond-restructuring",
        [23, 14, 100],
    ),
    // The second hold-out, spent the same way.
    ("holdout-2026-12-06b/h5-drc-m23-doha", [25, 20, 71]),
    ("holdout-2026-12-06b/h6-boeing-machinists", [14, 14, 100]),
    // Precision lowered once (100 to 66; issue 27, round 7): "official
    // creditors ... objected to a preliminary deal" is now their rejection,
    // true, but this list gives the sentence only as their `blocks` claim.
    ("holdout-2026-12-06b/h7-zambia-debt", [30, 15, 75]),
    (
        "holdout-2026-12-06b/h8-cop29-climate-finance",
        [19, 14, 100],
    ),
    // The third hold-out (round 3 of issue 27), spent the same way.
    ("holdout-2026-12-07/h9-sudan-jeddah", [48, 36, 64]),
    ("holdout-2026-12-07/h10-actors-contract", [21, 17, 57]),
    ("holdout-2026-12-07/h11-serbia-kosovo", [30, 13, 37]),
    // Precision lowered once (66 to 57; issue 27, round 6): "the 90-day
    // extension Bogota put forward in December" is now Colombia's proposal,
    // true, but this list names it only inside the `supersedes` claim.
    ("holdout-2026-12-07/h12-colombia-eln", [44, 24, 66]),
    // The fourth hold-out (round 4 of issue 27), spent the same way.
    ("holdout-2026-12-07b/h13-sierra-ceasefire", [14, 10, 42]),
    // Precision lowered once (81 to 78; issue 27, round 9): "The company
    // tabled that offer" is now AeroServe's proposal ("ground services
    // company AeroServe Australia" named it a company), true, but this
    // list gives the sentence only as its `supersedes` claim.
    ("holdout-2026-12-07b/h14-airport-strike", [56, 44, 84]),
    // Precision lowered once (87 to 84; issue 27, round 10): "They
    // demanded" after "Norway, Britain and the EU proposed" is now each of
    // the three's demand, true (this list names the three as its holder),
    // but the word match of the score does not find "the EU" in "European
    // Union eu".
    ("holdout-2026-12-07b/h15-mackerel-quota", [76, 57, 84]),
    ("holdout-2026-12-07b/h16-plastics-treaty", [48, 44, 80]),
    // The fifth hold-out (round 5 of issue 27), scored blind at the start
    // and the end of the round, then spent the same way.
    ("holdout-2026-12-07c/h17-fashaga-border", [53, 39, 68]),
    (
        "holdout-2026-12-07c/h18-montreal-transit-strike",
        [25, 12, 30],
    ),
    (
        "holdout-2026-12-07c/h19-nepal-india-power-price",
        [33, 22, 60],
    ),
    // The eleventh hold-out (h41-h44, round 13 of issue 27), scored blind
    // before it was spent (15/6/25, 24/18/54, 37/22/54, 17/14/41 at that
    // score), raised at the end of the round.
    (
        "holdout-2026-12-07d/h41-lebanon-hilltops-ceasefire",
        [28, 12, 50],
    ),
    (
        "holdout-2026-12-07d/h42-german-rail-drivers-strike",
        [33, 24, 72],
    ),
    (
        "holdout-2026-12-07d/h43-australia-china-wine-duties",
        [48, 22, 66],
    ),
    (
        "holdout-2026-12-07d/h44-chagos-sovereignty-deal",
        [31, 22, 72],
    ),
    // The twelfth hold-out (h45-h48, round 14 of issue 27), scored blind
    // before it was spent (17/11/30, 13/13/57, 35/30/66, 23/20/62), raised
    // where round 14 raised the figures.
    ("holdout-2026-12-08/h45-myanmar-lashio-talks", [17, 11, 30]),
    ("holdout-2026-12-08/h46-samsung-union-strike", [13, 13, 57]),
    (
        "holdout-2026-12-08/h47-canada-china-canola-duties",
        [35, 30, 66],
    ),
    ("holdout-2026-12-08/h48-indus-waters-treaty", [30, 20, 62]),
];

/// The least found, found uncommented and precision allowed over all the
/// reports together, in percent, rounded down: a ratchet as [`FLOORS`].
/// Lowered twice, by adding reports, not by worse drafts: the third
/// hold-out (96 claims, 11% found at its one blind score) joined the total,
/// then the fourth (106 claims, 30% found, precision 48%). Raised in round
/// 5, when lines the rules cannot vouch for were commented out; lowered a
/// third time by adding three reports of the fifth hold-out (79 claims, 26%
/// found, precision 34% at its blind score). Raised in rounds 6, 7, 8, 9 and 10.
/// Lowered a fourth time by adding h41-h44 (127 claims, 22% found,
/// precision 45% at their blind score); raised in round 13. Lowered a
/// fifth time by adding h45-h48 (114 claims, 24 found, precision 18/34 at
/// main 1add476, before round 14 changed anything); raised in round 14.
const TOTAL_FLOORS: [u32; 3] = [36, 26, 68];

const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "for", "in", "on", "and", "its", "their", "with", "by", "s",
    "from", "at", "that", "be", "is", "are", "any", "all",
];

struct Listed {
    holder: String,
    relation: String,
    target: String,
    quote: String,
}

fn listed(claims: &str) -> Vec<Listed> {
    claims
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let cols: Vec<&str> = l.split('|').map(str::trim).collect();
            assert!(cols.len() >= 4, "a claim line has 5 columns: {l}");
            Listed {
                holder: cols[0].to_owned(),
                relation: cols[1].to_owned(),
                target: cols[2].to_owned(),
                quote: cols[3].to_owned(),
            }
        })
        .collect()
}

fn words(name: &str) -> BTreeSet<String> {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FUNCTION_WORDS.contains(w))
        .map(str::to_owned)
        .collect()
}

/// The loose match of two names (see the module's doc).
fn alike(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    let shared = a.intersection(&b).count();
    let shorter = a.len().min(b.len());
    shared >= 1 && 2 * shared >= shorter
}

/// A drafted candidate, its ids replaced by labels.
struct Drafted {
    holder: String,
    relation: String,
    target: String,
    other: String,
    quote: std::ops::Range<usize>,
    sure: bool,
}

fn drafted(report: &Path, empty_graph: &Path) -> Vec<Drafted> {
    let out = common::negograph()
        .arg("-f")
        .arg(empty_graph)
        .arg("draft")
        .arg(report)
        .args(["--source", "report", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "draft failed on {}", report.display());
    let draft: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut labels = std::collections::BTreeMap::new();
    for node in draft["parties"]
        .as_array()
        .unwrap()
        .iter()
        .chain(draft["positions"].as_array().unwrap())
    {
        let id = node["id"].as_str().unwrap().to_owned();
        let label = node["label"].as_str().unwrap();
        labels.insert(id.clone(), format!("{label} {}", id.replace('-', " ")));
    }
    let name = |v: &Value| {
        v.as_str()
            .map(|id| labels.get(id).cloned().unwrap_or_default())
            .unwrap_or_default()
    };
    draft["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let at = usize::try_from(c["at"].as_u64().unwrap()).unwrap();
            Drafted {
                holder: name(&c["holder"]),
                relation: c["relation"].as_str().unwrap_or("change").to_owned(),
                target: name(&c["target"]),
                other: name(&c["other"]),
                quote: at..at + c["quote"].as_str().unwrap().len(),
                sure: c["unsure"].is_null() && !c["relation"].is_null(),
            }
        })
        .collect()
}

fn finds(c: &Drafted, l: &Listed, text: &str) -> bool {
    if c.relation != l.relation || !alike(&c.holder, &l.holder) {
        return false;
    }
    let target_ok = match l.target.split_once("->") {
        Some((a, b)) => alike(&c.target, a) && alike(&c.other, b),
        None => alike(&c.target, l.target.split(';').next().unwrap_or_default()),
    };
    let Some(start) = text.find(&l.quote) else {
        return false;
    };
    target_ok && c.quote.start < start + l.quote.len() && start < c.quote.end
}

/// (found by any, found by uncommented, listed, correct uncommented, uncommented).
fn score(slug: &str, empty_graph: &Path) -> [usize; 5] {
    let dir = Path::new("tests/data/reports");
    let text = std::fs::read_to_string(dir.join(format!("{slug}.txt"))).unwrap();
    let claims = listed(&std::fs::read_to_string(dir.join(format!("{slug}.claims"))).unwrap());
    for l in &claims {
        assert!(
            text.contains(&l.quote),
            "{slug}: quote not in the report: {}",
            l.quote
        );
    }
    let candidates = drafted(&dir.join(format!("{slug}.txt")), empty_graph);
    let found = claims
        .iter()
        .filter(|l| candidates.iter().any(|c| finds(c, l, &text)))
        .count();
    let found_sure = claims
        .iter()
        .filter(|l| candidates.iter().any(|c| c.sure && finds(c, l, &text)))
        .count();
    let sure: Vec<&Drafted> = candidates.iter().filter(|c| c.sure).collect();
    let correct = sure
        .iter()
        .filter(|c| claims.iter().any(|l| finds(c, l, &text)))
        .count();
    [found, found_sure, claims.len(), correct, sure.len()]
}

fn percent(part: usize, whole: usize) -> u32 {
    if whole == 0 {
        return 0;
    }
    u32::try_from(100 * part / whole).unwrap()
}

#[test]
fn draft_finds_the_listed_claims_and_the_figures_only_rise() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.json");
    std::fs::write(&empty, r#"{"negograph": 1, "title": "empty"}"#).unwrap();
    let mut below = Vec::new();
    let mut totals = [0; 5];
    println!("report                                          found  found-uncommented  precision");
    for (slug, floors) in FLOORS {
        let s = score(slug, &empty);
        for (t, v) in totals.iter_mut().zip(s) {
            *t += v;
        }
        let figures = [
            percent(s[0], s[2]),
            percent(s[1], s[2]),
            percent(s[3], s[4]),
        ];
        println!(
            "{slug:<47} {:>2}/{:<2} {:>3}%   {:>2}/{:<2} {:>3}%   {:>2}/{:<2} {:>3}%",
            s[0], s[2], figures[0], s[1], s[2], figures[1], s[3], s[4], figures[2]
        );
        if figures.iter().zip(floors).any(|(f, floor)| f < floor) {
            below.push(format!("{slug}: {figures:?} < {floors:?}"));
        }
    }
    println!(
        "all                                             {}/{} {}%   {}/{} {}%   {}/{} {}%",
        totals[0],
        totals[2],
        percent(totals[0], totals[2]),
        totals[1],
        totals[2],
        percent(totals[1], totals[2]),
        totals[3],
        totals[4],
        percent(totals[3], totals[4])
    );
    let total = [
        percent(totals[0], totals[2]),
        percent(totals[1], totals[2]),
        percent(totals[3], totals[4]),
    ];
    if total.iter().zip(&TOTAL_FLOORS).any(|(f, floor)| f < floor) {
        below.push(format!("all: {total:?} < {TOTAL_FLOORS:?}"));
    }
    assert!(
        below.is_empty(),
        "figures fell below the ratchet: {below:#?}"
    );
}

#[test]
fn the_loose_match_is_as_documented() {
    assert!(alike("the ILA", "ILA ila"));
    assert!(alike(
        "30-day ceasefire",
        "a 30-day ceasefire in all theaters"
    ));
    assert!(!alike("30-day ceasefire", "direct talks"));
    assert!(!alike("", "anything"));
}
