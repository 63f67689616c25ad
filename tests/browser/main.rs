//! The interactive map in a real browser: headless Chromium, driven through
//! chromedriver (`WebDriver`) by fantoccini.
//!
//! One browser session runs every check in turn (starting Chromium is most of
//! the cost). Chromium and chromedriver are required: without them this test
//! fails, saying how to install them (CI installs them in .ci/run); it never
//! skips. `NEGOGRAPH_CHROMIUM` and `NEGOGRAPH_CHROMEDRIVER` point elsewhere.

mod checks;
#[path = "../common/mod.rs"]
mod common;
mod maps;

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
                maps::the_bundled_map(&c, &dir).await;
                maps::a_format_1_1_map(&c, &dir).await;
                maps::a_format_1_2_map(&c, &dir).await;
                maps::a_postponement_on_the_slider(&c, &dir).await;
                maps::an_issues_chart_in_its_panel(&c, &dir).await;
                checks::blockers_match_the_library_on_generated_graphs(&c, &dir).await;
                checks::a_hostile_map_stays_inert(&c, &dir).await;
                checks::issue31_case13_ids_named_like_object_members(&c, &dir).await;
                checks::an_answer_map_opens_on_its_answer(&c, &dir).await;
                checks::maps_open_legible_at_any_size(&c, &dir).await;
            })
        };
        let outcome = checks.await;
        let _ = client.close().await;
        if let Err(e) = outcome {
            std::panic::resume_unwind(e.into_panic());
        }
    });
}
