//! The maps' panels and slider, checked against what negograph says.

use super::*;

pub(super) async fn the_bundled_map(c: &Client, dir: &Path) {
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
        // Two threats, and two ceasefires it is asked to deliver (its own
        // refusal, a threat's trigger nobody seeks, is no third: `who russia`).
        "Faces (4)",
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
    assert!(
        !panel.contains("starting from tomorrow · Putin does not acquiesce"),
        "{panel}"
    );
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
pub(super) async fn an_issues_chart_in_its_panel(c: &Client, dir: &Path) {
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
pub(super) async fn a_format_1_2_map(c: &Client, dir: &Path) {
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
    // All time, the ballot stands postponed: its day is the new one.
    assert!(panel.contains("Postponed to 2025-03-19"), "{panel}");
    assert!(!panel.contains("Scheduled for"), "{panel}");
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

/// The day a position is set for follows the slider: the ballot's first
/// day before its postponement, the new day after; a cancelled round has
/// none once cancelled.
pub(super) async fn a_postponement_on_the_slider(c: &Client, dir: &Path) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/format-1-2-every-field.json");
    let map = render_file(Some(&file), dir, "slider.html", &["--as-of", "2025-03-04"]);
    c.goto(&url_of(&map)).await.unwrap();
    let panel_of = |id: &'static str| async move {
        click(c, format!(".node[data-id='{id}']")).await;
        text(c, "#panel").await
    };
    let ballot = panel_of("ballot").await;
    assert!(ballot.contains("Scheduled for 2025-03-12"), "{ballot}");
    assert!(!ballot.contains("Postponed to"), "{ballot}");
    assert!(panel_of("round").await.contains("Scheduled for 2025-03-06"));
    slide_to(c, "2025-03-05").await;
    let ballot = panel_of("ballot").await;
    assert!(ballot.contains("Postponed to 2025-03-19"), "{ballot}");
    assert!(!ballot.contains("Scheduled for"), "{ballot}");
    let round = panel_of("round").await;
    assert!(!round.contains("Scheduled for"), "{round}");
    assert!(round.contains("cancelled"), "{round}");
}

pub(super) async fn a_format_1_1_map(c: &Client, dir: &Path) {
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
