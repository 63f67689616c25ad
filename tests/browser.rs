//! The interactive map in a real browser: headless Chromium, driven through
//! chromedriver (`WebDriver`) by fantoccini.
//!
//! One browser session runs every check in turn (starting Chromium is most of
//! the cost). Chromium and chromedriver are required: without them this test
//! fails, saying how to install them (CI installs them in .ci/run); it never
//! skips. `NEGOGRAPH_CHROMIUM` and `NEGOGRAPH_CHROMEDRIVER` point elsewhere.

mod common;

use std::collections::BTreeMap;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{negograph, render_file, talks_1_1, temp_file};
use fantoccini::{Client, ClientBuilder, Locator, key::Key};
use serde_json::{Value, json};

fn program(var: &str, default: &str) -> PathBuf {
    let path = std::env::var_os(var).map_or_else(|| PathBuf::from(default), PathBuf::from);
    assert!(
        path.exists(),
        "{} is missing: the browser tests need Chromium and chromedriver \
         (Debian: apt-get install chromium chromium-driver; .ci/run installs them), \
         or set {var}",
        path.display()
    );
    path
}

/// chromedriver on a free loopback port, killed when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start() -> Driver {
        let exe = program("NEGOGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(exe)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen in 20 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn url_of(path: &Path) -> String {
    format!("file://{}", path.display())
}

async fn js(c: &Client, script: &str) -> Value {
    c.execute(script, vec![]).await.expect("the script runs")
}

async fn text(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} is on the page: {e}"))
        .text()
        .await
        .expect("its text")
}

/// Clicks the element `css` selects, as a user would.
async fn click(c: &Client, css: impl AsRef<str>) {
    let css = css.as_ref();
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} is on the page: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{css} takes a click: {e}"));
}

async fn has_class(c: &Client, css: &str, class: &str) -> bool {
    let classes = c
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} is on the page: {e}"))
        .attr("class")
        .await
        .expect("an attribute read")
        .unwrap_or_default();
    classes.split_whitespace().any(|c| c == class)
}

/// The index of the map edge FROM RELATION TO.
async fn edge_index(c: &Client, from: &str, relation: &str, to: &str) -> u64 {
    let script = format!(
        "return JSON.parse(document.getElementById('negograph-data').textContent).edges\
         .findIndex(e => e.from === '{from}' && e.relation === '{relation}' && e.to === '{to}');"
    );
    let i = js(c, &script).await.as_i64().expect("a number");
    assert!(i >= 0, "the map has {from} {relation} {to}");
    i as u64
}

/// Moves the date slider with the keyboard until it shows `day`.
async fn slide_to(c: &Client, day: &str) {
    let slider = c.find(Locator::Id("date")).await.unwrap();
    for _ in 0..40 {
        let shown = text(c, "#date-label").await;
        if shown == day {
            return;
        }
        let key = if shown.as_str() < day {
            Key::Right
        } else {
            Key::Left
        };
        slider
            .send_keys(&char::from(key).to_string())
            .await
            .unwrap();
    }
    panic!("the slider never showed {day}");
}

/// The blocker ids `negograph blockers` gives.
fn cli_blockers(target: &str, as_of: &str) -> Vec<String> {
    let out = negograph()
        .args(["blockers", target, "--as-of", as_of, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut ids: Vec<String> = v["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

async fn map_blockers(c: &Client) -> Vec<String> {
    let v = js(
        c,
        "return [...document.querySelectorAll('#panel ol.blockers > li')].map(li => li.dataset.id);",
    )
    .await;
    let mut ids: Vec<String> = serde_json::from_value(v).unwrap();
    ids.sort();
    ids
}

async fn shown(c: &Client, css: &str) -> bool {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .is_displayed()
        .await
        .unwrap()
}

async fn the_bundled_map(c: &Client, dir: &Path) {
    let map = render_file(None, dir, "map.html", &["--as-of", "2025-05-12"]);
    c.goto(&url_of(&map)).await.unwrap();
    let counts = js(
        c,
        "return [document.querySelectorAll('.node').length, document.querySelectorAll('.edge').length, \
         performance.getEntriesByType('resource').length];",
    )
    .await;
    assert_eq!(
        counts,
        json!([12, 14, 0]),
        "every node and edge drawn; nothing fetched"
    );

    // Click a node: the panel shows it, its links, their quotes and source.
    click(c, ".node[data-id='western-aid-pause']").await;
    assert_eq!(
        text(c, "#panel h2").await,
        "The West pauses its military support for Ukraine"
    );
    let panel = text(c, "#panel").await;
    assert!(
        panel.contains("a cessation of hostilities would be contingent upon the West pausing its military support for Ukraine"),
        "{panel}"
    );
    assert!(
        panel.contains("Zelensky Willing to Meet Putin for Peace Talks Amid Ceasefire Demands")
    );
    assert!(
        panel.contains("per Russia (Putin)"),
        "the holder is named: {panel}"
    );

    // Threats are drawn with what sets them off: the trigger is not left
    // without links, and its panel counts its threats.
    let triggers = js(
        c,
        "return [...document.querySelectorAll('#map .trigger title')].map(t => t.textContent);",
    )
    .await;
    assert_eq!(
        triggers,
        json!([
            "if Putin does not acquiesce to the demands for a 30-day ceasefire happens, \
                European leaders and Ukraine (Zelensky) threaten Consequences for Russia, including new sanctions"
        ]),
    );
    click(c, ".node[data-id='russia-refuses-30d']").await;
    let panel = text(c, "#panel").await;
    assert!(panel.contains("Links (2)"), "{panel}");
    assert!(
        panel.contains(
            "Ukraine (Zelensky) threatens Consequences for Russia, including new sanctions"
        ),
        "{panel}"
    );

    // The article dates only one day: no slider to move, the day shown.
    assert!(!shown(c, "#date").await, "a one-day graph has no slider");
    assert_eq!(text(c, "#date-label").await, "2025-05-12");
    // What blocks this? The same blockers as `negograph blockers`, on the slider's day.
    // The article dates nothing in May, so one day shows it all; dated
    // claims are slid through on the format 1.1 map below.
    for day in ["2025-05-12"] {
        slide_to(c, day).await;
        click(c, ".node[data-id='direct-talks']").await;
        click(c, "#what-blocks").await;
        assert_eq!(
            map_blockers(c).await,
            cli_blockers("direct-talks", day),
            "{day}"
        );
        let cease = map_blockers(c).await.contains(&"ceasefire-30d".to_owned());
        assert_eq!(
            has_class(c, ".node[data-id='ceasefire-30d']", "blocker").await,
            cease,
            "blockers are highlighted on the map ({day})"
        );
        click(c, "#clear-blockers").await;
    }
    click(c, ".node[data-id='ceasefire-30d']").await;
    click(c, "#what-blocks").await;
    assert_eq!(
        map_blockers(c).await,
        cli_blockers("ceasefire-30d", "2025-05-12")
    );
    assert!(has_class(c, ".node[data-id='western-aid-pause']", "blocker").await);
    click(c, "#clear-blockers").await;

    // Search by alias: the match is highlighted, the others are not.
    let search = c.find(Locator::Id("search")).await.unwrap();
    search.send_keys("Moscow").await.unwrap();
    assert!(has_class(c, ".node[data-id='russia']", "match").await);
    assert!(!has_class(c, ".node[data-id='ukraine']", "match").await);
    assert_eq!(text(c, "#search-count").await, "1 match");
    search
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
    assert_eq!(text(c, "#panel h2").await, "Russia (Putin)");
    let panel = text(c, "#panel").await;
    // A party's panel: what it holds (the conditions it sets among them),
    // what it faces (the threats against it) and how it answered.
    for expected in [
        "Holds (3)",
        "30-day ceasefire in all theaters of conflict needs The West pauses its military support for Ukraine",
        "Faces (5)",
        "To deliver: 30-day ceasefire in all theaters of conflict · A full and lasting ceasefire",
        "European leaders threatens Consequences for Russia, including new sanctions",
        "Responses (1)",
        "Russia (Putin) counters 30-day ceasefire in all theaters of conflict",
    ] {
        assert!(
            panel.contains(expected),
            "{expected} in Russia's panel: {panel}"
        );
    }
    // The source's note once, in the source's entry; quotes name the source and date.
    let note = "Other reporting (not this article) dates these";
    assert_eq!(panel.matches(note).count(), 1, "{panel}");
    assert!(
        panel.contains("\u{2014} Zelensky Willing to Meet Putin for Peace Talks Amid Ceasefire Demands, 2025-05-12"),
        "{panel}"
    );
    assert!(panel.contains("Sources (1)"), "{panel}");
    search.clear().await.unwrap();

    // Party filter: Europe's positions stay, Ukraine's fade.
    click(c, "#party option[value='european-leaders']").await;
    assert!(!has_class(c, ".node[data-id='new-sanctions']", "filtered").await);
    assert!(!has_class(c, ".node[data-id='ceasefire-30d']", "filtered").await);
    assert!(has_class(c, ".node[data-id='ceasefire-full']", "filtered").await);
    click(c, "#party option[value='']").await;

    // Keyboard: a node takes focus, Enter opens it, Escape closes it.
    let node = c
        .find(Locator::Css(".node[data-id='ukraine']"))
        .await
        .unwrap();
    js(
        c,
        "document.querySelector(\".node[data-id='ukraine']\").focus();",
    )
    .await;
    node.send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
    assert_eq!(text(c, "#panel h2").await, "Ukraine (Zelensky)");
    node.send_keys(&char::from(Key::Escape).to_string())
        .await
        .unwrap();
    assert!(
        c.find(Locator::Css("#panel h2")).await.is_err(),
        "Escape closed the panel"
    );
    let legend = text(c, "#legend").await;
    assert!(legend.contains("conditions on"), "{legend}");
    assert!(
        legend.contains("sets off: a threat this triggers"),
        "{legend}"
    );
}

/// An issue's panel shows its chart (`render --issue`), one line a party.
async fn an_issues_chart_in_its_panel(c: &Client, dir: &Path) {
    let gaza = Path::new(env!("CARGO_MANIFEST_DIR")).join("graph/examples/gaza-2025-05-26.json");
    let map = render_file(Some(&gaza), dir, "gaza.html", &[]);
    c.goto(&url_of(&map)).await.unwrap();
    click(c, ".node[data-id='ceasefire-length']").await;
    let panel = text(c, "#panel").await;
    assert!(
        panel.contains("Length of the ceasefire: each party's figure over time"),
        "{panel}"
    );
    let lines = js(
        c,
        "return document.querySelectorAll('#panel figure.issue-chart svg polyline').length;",
    )
    .await;
    assert!(lines.as_u64().unwrap() >= 2, "a line per party: {lines}");
    let width = js(
        c,
        "return document.querySelector('#panel figure.issue-chart svg').getBoundingClientRect().width;",
    )
    .await;
    assert!(
        width.as_f64().unwrap() > 100.0,
        "the chart is drawn: {width}"
    );
}

/// Format 1.2 in the panels: a reason with its own quote, to whom a demand
/// is addressed, a stance, the day a position is scheduled for, a
/// postponement in its history, and a quantity read in full.
async fn a_format_1_2_map(c: &Client, dir: &Path) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/format-1-2-every-field.json");
    let map = render_file(Some(&file), dir, "every.html", &["--all-time"]);
    c.goto(&url_of(&map)).await.unwrap();
    let considers = edge_index(c, "union", "considers", "deal").await;
    click(c, format!(".edge[data-index='{considers}'] text")).await;
    let panel = text(c, "#panel").await;
    for expected in [
        "stance: declines to recommend",
        "#2 of the day",
        "The reason: the pension issue",
        "\u{201C}because of the pension issue\u{201D}",
        "said by a union spokesman",
    ] {
        assert!(panel.contains(expected), "{expected} in {panel}");
    }
    let demand = edge_index(c, "union", "demands", "pay").await;
    click(c, format!(".edge[data-index='{demand}'] text")).await;
    let panel = text(c, "#panel").await;
    assert!(panel.contains("demanded of The state mediator"), "{panel}");
    click(c, ".node[data-id='ballot']").await;
    let panel = text(c, "#panel").await;
    assert!(panel.contains("Scheduled for 2025-03-12"), "{panel}");
    assert!(
        panel.contains("2025-03-05: postponed to 2025-03-19"),
        "{panel}"
    );
    click(c, ".node[data-id='pay']").await;
    let panel = text(c, "#panel").await;
    assert!(panel.contains("Read as: 7000 · USD · currency"), "{panel}");
    // The looks of the static diagrams: a postponed position dotted and
    // not greyed, a cancelled one greyed and dashed.
    let look = |id: &str| {
        format!(
            "var g = document.querySelector(\".node[data-id='{id}']\"); \
             return [g.classList.contains('settled'), g.firstChild.getAttribute('stroke-dasharray')];"
        )
    };
    assert_eq!(js(c, &look("ballot")).await, json!([false, "2 3"]));
    assert_eq!(js(c, &look("round")).await, json!([true, "4 3"]));
}

async fn a_format_1_1_map(c: &Client, dir: &Path) {
    let text_of = serde_json::to_string(&talks_1_1()).unwrap();
    let (_keep, file) = temp_file("talks.json", text_of.as_bytes());
    let map = render_file(Some(&file), dir, "talks.html", &["--as-of", "2025-05-11"]);
    c.goto(&url_of(&map)).await.unwrap();
    // Every citation of a claim, with speaker, note, counter-offer and dispute.
    let counter = edge_index(c, "hamas", "counters", "deal").await;
    click(c, format!(".edge[data-index='{counter}'] text")).await;
    let panel = text(c, "#panel").await;
    for expected in [
        "Hamas counters Witkoff proposal",
        "\u{201C}Hamas asked for 70 days\u{201D}",
        "said by two officials",
        "\u{201C}a counter-offer of 70 days\u{201D}",
        "note: second report",
        "with 70-day truce",
        "disputed by Israel",
        "Hamas weighs truce offer · Reuters, 2025-05-11, date inferred from the text",
    ] {
        assert!(panel.contains(expected), "{expected} in {panel}");
    }
    let link = c
        .find(Locator::Css(
            "#panel a[href='https://example.org/reuters-0511']",
        ))
        .await
        .expect("a link to the source with a URL");
    assert_eq!(link.text().await.unwrap(), "Hamas weighs truce offer");
    // The proposal is drawn in a box with its terms.
    let boxes = js(
        c,
        "return [...document.querySelectorAll('rect.package')].map(r => r.dataset.proposal);",
    )
    .await;
    assert_eq!(boxes, json!(["deal"]), "one box, the deal's");
    // Actors, issue and quantity.
    click(c, ".node[data-id='truce-70']").await;
    let panel = text(c, "#panel").await;
    assert!(panel.contains("To be met by: Israel"), "{panel}");
    assert!(
        panel.contains("Issue: Length of the truce, 70 days"),
        "{panel}"
    );
    // Slide the date: the claim that the 70-day truce replaces the 60-day
    // one holds from 12 May, so it appears then; all time shows it too.
    // The slider's first stop is the day before the first change.
    let first = js(c, "const d = document.getElementById('date'); d.value = '0'; d.dispatchEvent(new Event('input')); return document.getElementById('date-label').textContent;").await;
    let data = js(
        c,
        "return JSON.parse(document.getElementById('negograph-data').textContent).answers.days;",
    )
    .await;
    assert_eq!(first, data[0], "the slider starts on the first day");
    let day = |v: &Value| {
        v.as_str()
            .unwrap()
            .parse::<negograph::model::Date>()
            .unwrap()
    };
    assert_eq!(
        day(&data[0]).plus_days(1),
        day(&data[1]),
        "the day before the first change"
    );
    slide_to(c, "2025-05-11").await;
    let replaced = edge_index(c, "truce-70", "supersedes", "truce-60").await;
    let edge = format!(".edge[data-index='{replaced}']");
    assert!(!shown(c, &edge).await, "not yet on 2025-05-11");
    slide_to(c, "2025-05-12").await;
    assert!(shown(c, &edge).await, "in force on 2025-05-12");
    // A link is clicked on its label (the middle of a curve may be empty space).
    click(c, format!("{edge} text")).await;
    assert!(text(c, "#panel").await.contains("now 70 days"));
    slide_to(c, "2025-05-11").await;
    assert!(!shown(c, &edge).await, "gone again on 2025-05-11");
    click(c, "#all-time").await;
    assert!(shown(c, &edge).await, "all time shows it");
    click(c, "#all-time").await;
    // Statuses follow the date: superseded from 12 May, rejected from 20 May.
    assert!(
        !has_class(c, ".node[data-id='truce-60']", "settled").await,
        "open on 11 May"
    );
    slide_to(c, "2025-05-12").await;
    assert!(
        has_class(c, ".node[data-id='truce-60']", "settled").await,
        "superseded"
    );
    assert!(!has_class(c, ".node[data-id='deal']", "settled").await);
    slide_to(c, "2025-05-20").await;
    assert!(
        has_class(c, ".node[data-id='deal']", "settled").await,
        "rejected on 20 May"
    );
    click(c, ".node[data-id='deal']").await;
    let panel = text(c, "#panel").await;
    assert!(panel.contains("proposal, rejected"), "{panel}");
    assert!(panel.contains("2025-05-20: rejected"), "{panel}");
    assert!(panel.contains("Israel rejected it"), "{panel}");
    // On each day, the map's blockers are the library's (superseded and
    // rejected positions are settled, and stop chains).
    let g = common::graph(&talks_1_1());
    for day in ["2025-05-11", "2025-05-12", "2025-05-20"] {
        slide_to(c, day).await;
        let spec = negograph::view::ViewSpec {
            when: negograph::view::When::On(day.parse().unwrap()),
            ..negograph::view::ViewSpec::default()
        };
        let view = negograph::view::View::new(&g, &spec).unwrap();
        assert_eq!(
            map_blockers_of_all(c).await,
            library_blockers_of_all(&view),
            "{day}"
        );
        let deal = js(c, "return window.negographMap.blockers('deal');").await;
        // Who rejects it is an obstacle; so is a term whose actor (Hamas,
        // which countered the deal) has not agreed to deliver it.
        assert!(
            deal.as_array().unwrap().contains(&json!("israel")),
            "{deal}"
        );
        assert!(
            deal.as_array().unwrap().contains(&json!("hostages-10")),
            "{deal}"
        );
        assert_eq!(
            deal.as_array().unwrap().contains(&json!("truce-60")),
            day == "2025-05-11",
            "the 60-day truce blocks the deal until it is superseded ({day})"
        );
    }
}

/// What blocks each position, by the map's script, in one round trip: id → sorted ids.
async fn map_blockers_of_all(c: &Client) -> BTreeMap<String, Vec<String>> {
    let v = js(
        c,
        "const d = JSON.parse(document.getElementById('negograph-data').textContent); \
         const out = {}; \
         for (const n of d.nodes) if (n.kind !== 'party') out[n.id] = window.negographMap.blockers(n.id).sort(); \
         return out;",
    )
    .await;
    serde_json::from_value(v).expect("a map of ids")
}

/// What blocks each position, by `query::blockers` in `view`: id → sorted ids.
fn library_blockers_of_all(view: &negograph::view::View) -> BTreeMap<String, Vec<String>> {
    let g = view.graph;
    g.node_indices()
        .filter(|&n| g.kind(n) != negograph::model::NodeKind::Party)
        .map(|n| {
            let mut ids: Vec<String> = negograph::query::blockers::blockers(view, n, false)
                .blockers
                .into_iter()
                .map(|b| b.id)
                .collect();
            ids.sort();
            (g.id(n).to_owned(), ids)
        })
        .collect()
}

/// The map's "what blocks this?" against the library's `blockers`, for every
/// position of seeded generated graphs (chains of preconditions, cycles back
/// to the target, met preconditions, blocks and rejections), all time.
async fn blockers_match_the_library_on_generated_graphs(c: &Client, dir: &Path) {
    use negograph::view::{View, ViewSpec};
    for seed in 1..=4 {
        let doc = negograph::synth::generate(160, seed);
        let text_of = negograph::load::to_canonical_json(&doc);
        let (_keep, file) = temp_file("g.json", text_of.as_bytes());
        let g = negograph::Graph::from_document("g", doc).expect("generated graphs are valid");
        let view = View::new(&g, &ViewSpec::all_time()).unwrap();
        let map = render_file(Some(&file), dir, &format!("g{seed}.html"), &["--all-time"]);
        c.goto(&url_of(&map)).await.unwrap();
        let want = library_blockers_of_all(&view);
        assert_eq!(map_blockers_of_all(c).await, want, "generated graph {seed}");
        let compared = want.values().filter(|b| !b.is_empty()).count();
        assert!(
            compared > 5,
            "graph {seed} has positions with blockers to compare"
        );
    }
}

/// Labels, quotes, notes, a title and a source link written to attack the page.
fn hostile_graph() -> Value {
    const ATTACKS: &[&str] = &[
        "<img src=x onerror=\"window.__pwned=1\">",
        "</script><script>window.__pwned=1</script>",
        "<!-- <script>window.__pwned=1</script>",
        "\u{2028}'\"});window.__pwned=1;//",
        "<svg onload=\"window.__pwned=1\"></svg> & &amp; &lt;",
    ];
    let mut nodes =
        vec![json!({"id": "p", "kind": "party", "label": ATTACKS[0], "note": ATTACKS[1]})];
    let mut edges = Vec::new();
    for (i, text) in ATTACKS.iter().enumerate() {
        nodes.push(json!({"id": format!("h{i}"), "kind": "demand", "label": text, "aliases": [text], "note": text}));
        edges.push(json!({"from": "p", "relation": "demands", "to": format!("h{i}"), "source": "src", "quote": text, "note": text}));
    }
    json!({
        "negograph": 1,
        "title": "</title><script>window.__pwned=1</script>",
        "sources": [{"id": "src", "title": "<b>bold</b>", "url": "javascript:window.__pwned=1"}],
        "nodes": nodes,
        "edges": edges,
    })
}

async fn a_hostile_map_stays_inert(c: &Client, dir: &Path) {
    let text_of = serde_json::to_string_pretty(&hostile_graph()).unwrap();
    let (_keep, file) = temp_file("hostile.json", text_of.as_bytes());
    let map = render_file(Some(&file), dir, "hostile.html", &["--all-time"]);
    c.goto(&url_of(&map)).await.unwrap();
    for n in ["p", "h0", "h1", "h2", "h3", "h4"] {
        click(c, format!(".node[data-id='{n}']")).await;
    }
    click(c, ".edge[data-index='1'] text").await;
    c.find(Locator::Id("search"))
        .await
        .unwrap()
        .send_keys("<script>")
        .await
        .unwrap();
    let state = js(
        c,
        "return [typeof window.__pwned, document.querySelectorAll('img, b, #map svg, a[href^=javascript]').length, \
         document.scripts.length, document.title];",
    )
    .await;
    assert_eq!(
        state,
        json!([
            "undefined",
            0,
            2,
            "</title><script>window.__pwned=1</script> (negograph map)"
        ]),
        "no script ran, no element was made from text"
    );
    click(c, ".node[data-id='h1']").await;
    assert_eq!(
        text(c, "#panel h2").await,
        "</script><script>window.__pwned=1</script>"
    );
    let panel = text(c, "#panel").await;
    assert!(
        panel.contains("<b>bold</b>"),
        "the source title is text: {panel}"
    );
    assert_eq!(
        text(c, "#title").await,
        "</title><script>window.__pwned=1</script>"
    );
}

/// Issue 31, case 13: the map keyed plain objects by node id, so the node
/// `constructor` (an id a file may have) found `Object.prototype`'s member:
/// "What blocks this?" answered "Nothing blocks it" where the CLI lists three
/// blockers, and every search highlighted it. (`__proto__` and `toString`
/// are not slugs, so no id can be them; they go in as labels and aliases.)
/// `render --blockers X -o map.html` opens with X's answer in the panel:
/// every obstacle, with what kind it is, who holds it and its quote.
async fn an_answer_map_opens_on_its_answer(c: &Client, dir: &Path) {
    let map = render_file(None, dir, "answer.html", &["--blockers", "ceasefire-30d"]);
    c.goto(&url_of(&map)).await.unwrap();
    assert_eq!(
        map_blockers(c).await,
        cli_blockers("ceasefire-30d", "2025-05-12")
    );
    let panel = text(c, "#panel").await;
    for expected in [
        "What blocks 30-day ceasefire in all theaters of conflict?",
        "2 obstacles",
        "refusal: Russia (Putin) answered 30-day ceasefire in all theaters of conflict with Direct talks between Russia and Ukraine in Turkey instead",
        "opted not to reply directly to the requests for a ceasefire",
        "unmet precondition, set by Russia (Putin); to be delivered by Western allies, not agreed",
    ] {
        assert!(panel.contains(expected), "{expected} in {panel}");
    }
    assert!(has_class(c, ".node[data-id='ceasefire-30d']", "asked").await);
}

/// What a reader sees when a map opens in a window of `width` x `height`:
/// the smallest drawn label's size on the screen (its font size times the
/// zoom), whether the page scrolls sideways, and the panel's text. Saves a
/// screenshot in `target/tmp/map-shots/NAME-WxH.png` to look at.
async fn opened_at(
    c: &Client,
    map: &Path,
    name: &str,
    width: u32,
    height: u32,
) -> (f64, bool, String) {
    // The page gets `width` x `height` (the window's frame around it taken
    // into account).
    c.set_window_size(width, height).await.unwrap();
    let inner = js(c, "return [window.innerWidth, window.innerHeight];").await;
    let frame = |outer: u32, inner: &Value| outer - u32::try_from(inner.as_u64().unwrap()).unwrap();
    c.set_window_size(
        width + frame(width, &inner[0]),
        height + frame(height, &inner[1]),
    )
    .await
    .unwrap();
    c.goto(&url_of(map)).await.unwrap();
    let inner = js(c, "return [window.innerWidth, window.innerHeight];").await;
    assert_eq!(inner, json!([width, height]), "the page's size");
    let smallest = js(
        c,
        "const texts = [...document.querySelectorAll('#map text')]\
           .filter(t => t.getClientRects().length > 0 && t.textContent.trim()); \
         return Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a));",
    )
    .await
    .as_f64()
    .expect("labels are drawn");
    let sideways = js(
        c,
        "return document.documentElement.scrollWidth > document.documentElement.clientWidth;",
    )
    .await
    .as_bool()
    .unwrap();
    let shot = c.screenshot().await.expect("a screenshot");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("map-shots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}-{width}x{height}.png")), shot).unwrap();
    (smallest, sideways, text(c, "#panel").await)
}

/// Whether node `id` is drawn wholly inside the canvas's visible area.
async fn in_sight(c: &Client, id: &str) -> bool {
    js(
        c,
        &format!(
            "const n = document.querySelector(\".node[data-id='{id}']\").getBoundingClientRect(); \
             const v = document.getElementById('canvas').getBoundingClientRect(); \
             return n.left >= v.left && n.right <= v.right && n.top >= v.top && n.bottom <= v.bottom;"
        ),
    )
    .await
    .as_bool()
    .unwrap()
}

/// Issue 30: the bundled map and an answer map open legible at 1400x900 and
/// 1024x768: no label under 11 px on the screen, no sideways scrolling, the
/// answer's panel open with its holder and quote, and the whole map one
/// button away.
async fn maps_open_legible_at_any_size(c: &Client, dir: &Path) {
    let whole = render_file(None, dir, "legible.html", &["--as-of", "2025-05-12"]);
    let answer = render_file(
        None,
        dir,
        "legible-answer.html",
        &["--blockers", "ceasefire-30d"],
    );
    for (width, height) in [(1400, 900), (1024, 768)] {
        let (smallest, sideways, _) = opened_at(c, &whole, "bundled", width, height).await;
        println!("bundled map at {width}x{height}: smallest label {smallest:.2} px");
        assert!(
            smallest >= 11.0,
            "bundled map at {width}x{height}: smallest label {smallest:.1} px"
        );
        assert!(
            !sideways,
            "bundled map at {width}x{height} scrolls sideways"
        );
        // The whole graph does not fit readable: it opens on its most
        // connected node (the 30-day ceasefire).
        let focus = js(
            c,
            "return JSON.parse(document.getElementById('negograph-data').textContent).focus;",
        )
        .await;
        assert_eq!(focus, json!("ceasefire-30d"));
        assert!(
            in_sight(c, "ceasefire-30d").await,
            "the most connected node is in sight at {width}x{height}"
        );
        // The whole map is one click away (its labels then smaller).
        click(c, "#zoom-fit").await;
        let fits = js(
            c,
            "const m = document.getElementById('map').getBoundingClientRect(), \
             v = document.getElementById('canvas'); \
             return m.width <= v.clientWidth + 1 && m.height <= v.clientHeight + 1;",
        )
        .await;
        assert_eq!(fits, json!(true), "whole map at {width}x{height}");

        let (smallest, sideways, panel) = opened_at(c, &answer, "answer", width, height).await;
        println!("answer map at {width}x{height}: smallest label {smallest:.2} px");
        assert!(
            smallest >= 11.0,
            "answer map at {width}x{height}: smallest label {smallest:.1} px"
        );
        assert!(!sideways, "answer map at {width}x{height} scrolls sideways");
        for expected in [
            "What blocks 30-day ceasefire in all theaters of conflict?",
            "set by Russia (Putin)",
            "opted not to reply directly to the requests for a ceasefire",
        ] {
            assert!(
                panel.contains(expected),
                "{expected} at {width}x{height} in {panel}"
            );
        }
        assert!(
            in_sight(c, "ceasefire-30d").await,
            "the answer is in sight at {width}x{height}"
        );
    }
    c.set_window_size(1400, 900).await.unwrap();
}

async fn issue31_case13_ids_named_like_object_members(c: &Client, dir: &Path) {
    let mut doc = common::doc(
        &[
            ("p", "party"),
            ("deal", "demand"),
            ("constructor", "demand"),
            ("c1", "condition"),
            ("c2", "condition"),
            ("c3", "condition"),
        ],
        vec![
            common::cond("deal", "constructor", "p"),
            common::cond("constructor", "c1", "p"),
            common::cond("constructor", "c2", "p"),
            common::cond("constructor", "c3", "p"),
        ],
    );
    doc["nodes"][3]["label"] = json!("__proto__");
    doc["nodes"][4]["aliases"] = json!(["toString", "hasOwnProperty"]);
    let text_of = serde_json::to_string_pretty(&doc).unwrap();
    let (_keep, file) = temp_file("proto.json", text_of.as_bytes());
    let map = render_file(Some(&file), dir, "proto.html", &["--all-time"]);
    c.goto(&url_of(&map)).await.unwrap();
    let g = common::graph(&doc);
    let view = negograph::view::View::new(&g, &negograph::view::ViewSpec::all_time()).unwrap();
    let want = library_blockers_of_all(&view);
    assert_eq!(want["deal"], ["c1", "c2", "c3", "constructor"]);
    assert_eq!(
        map_blockers_of_all(c).await,
        want,
        "the map's blockers, as the CLI's"
    );
    click(c, ".node[data-id='constructor']").await;
    c.find(Locator::Id("search"))
        .await
        .unwrap()
        .send_keys("Label of p")
        .await
        .unwrap();
    let matched = js(
        c,
        "return [...document.querySelectorAll('.node.match')].map(n => n.dataset.id);",
    )
    .await;
    assert_eq!(
        matched,
        json!(["p"]),
        "a search highlights only what it matches"
    );
}

#[test]
fn the_map_works_in_chromium() {
    let chromium = program("NEGOGRAPH_CHROMIUM", "/usr/bin/chromium");
    let driver = Driver::start();
    let profile = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1400,900",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&driver.url)
            .await
            .expect("a Chromium session");
        // Run the checks on their own task, so that a failed one still lets
        // the session close before the panic is passed on.
        let checks = {
            let c = client.clone();
            let dir = dir.path().to_owned();
            tokio::spawn(async move {
                the_bundled_map(&c, &dir).await;
                a_format_1_1_map(&c, &dir).await;
                a_format_1_2_map(&c, &dir).await;
                an_issues_chart_in_its_panel(&c, &dir).await;
                blockers_match_the_library_on_generated_graphs(&c, &dir).await;
                a_hostile_map_stays_inert(&c, &dir).await;
                issue31_case13_ids_named_like_object_members(&c, &dir).await;
                an_answer_map_opens_on_its_answer(&c, &dir).await;
                maps_open_legible_at_any_size(&c, &dir).await;
            })
        };
        let outcome = checks.await;
        let _ = client.close().await;
        if let Err(e) = outcome {
            std::panic::resume_unwind(e.into_panic());
        }
    });
}
