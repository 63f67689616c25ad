//! The map against the library on generated graphs, hostile labels,
//! answer maps and legibility at any window size.

use super::*;

/// The map's "what blocks this?" against the library's `blockers`, for every
/// position of seeded generated graphs (chains of preconditions, cycles back
/// to the target, met preconditions, blocks and rejections), all time.
pub(super) async fn blockers_match_the_library_on_generated_graphs(c: &Client, dir: &Path) {
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

pub(super) async fn a_hostile_map_stays_inert(c: &Client, dir: &Path) {
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
pub(super) async fn an_answer_map_opens_on_its_answer(c: &Client, dir: &Path) {
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
        "counter-offer: Russia (Putin) answered 30-day ceasefire in all theaters of conflict with Direct talks between Russia and Ukraine in Turkey instead",
        "opted not to reply directly to the requests for a ceasefire",
        "unmet precondition, set by Russia (Putin); to be delivered by Western allies, not agreed",
    ] {
        assert!(panel.contains(expected), "{expected} in {panel}");
    }
    assert!(has_class(c, ".node[data-id='ceasefire-30d']", "asked").await);
    // A threatened measure waits on its trigger, as `blockers` says: no
    // obstacle, and no party's agreement.
    let map = render_file(None, dir, "threat.html", &["--blockers", "new-sanctions"]);
    c.goto(&url_of(&map)).await.unwrap();
    let panel = text(c, "#panel").await;
    for expected in [
        "Nothing blocks it.",
        "It waits on (not obstacles: no party has to give anything up):",
        "a threat by European leaders against Russia (Putin), to follow if",
        "a trigger, not a precondition",
    ] {
        assert!(panel.contains(expected), "{expected} in {panel}");
    }
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
pub(super) async fn maps_open_legible_at_any_size(c: &Client, dir: &Path) {
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

pub(super) async fn issue31_case13_ids_named_like_object_members(c: &Client, dir: &Path) {
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
