//! Work and output stay bounded on long chains (issue #20): answers that
//! spelled out every chain grew with the square (JSON) or the cube (text)
//! of a chain's length; a 1,000-step chain printed 1.5 GB of blockers and a
//! 20,000-step path 1.8 GB of indentation.

use crate::common;

use common::{negograph, temp_file};
use serde_json::{Value, json};

/// c0 needs c1 needs ... needs c{n}, all held by p.
fn chain(n: usize) -> Value {
    let mut nodes: Vec<Value> = (0..=n)
        .map(|i| json!({"id": format!("c{i}"), "kind": "condition", "label": format!("C {i}")}))
        .collect();
    nodes.push(json!({"id": "p", "kind": "party", "label": "P"}));
    let edges: Vec<Value> = (0..n)
        .map(|i| {
            json!({"from": format!("c{i}"), "relation": "conditions_on",
                   "to": format!("c{}", i + 1), "by": "p"})
        })
        .collect();
    json!({"negograph": 1, "title": "a long chain", "nodes": nodes, "edges": edges})
}

/// Bytes printed by `negograph -f FILE ARGS`, which must succeed.
fn printed(file: &std::path::Path, args: &[&str]) -> usize {
    let out = negograph().arg("-f").arg(file).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout.len()
}

#[test]
fn blockers_of_a_1000_step_chain_print_in_linear_space() {
    let (_dir, file) = temp_file("chain.json", chain(1000).to_string().as_bytes());
    let text = printed(&file, &["blockers", "c0"]);
    let json = printed(&file, &["blockers", "c0", "--json"]);
    // About 180 bytes of text and 1.4 KB of JSON a blocker; was 1.5 GB.
    assert!(text < 400_000, "{text} bytes of text");
    assert!(json < 3_000_000, "{json} bytes of JSON");
    // Past the nearest hundred, a blocker is read through the one it hangs from.
    let out = negograph()
        .arg("-f")
        .arg(&file)
        .args(["blockers", "c0"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("via 999. C 999 (1000 steps from the target)"),
        "{}",
        &text[text.len() - 600..]
    );
}

#[test]
fn a_20000_step_path_and_its_preconditions_print_in_linear_space() {
    let (_dir, file) = temp_file("chain.json", chain(20_000).to_string().as_bytes());
    // Indentation stops growing after a few steps; later steps are numbered.
    let path = printed(&file, &["path", "c0", "c20000"]);
    assert!(path < 8_000_000, "{path} bytes for the path");
    let requires = printed(&file, &["requires", "c0"]);
    assert!(requires < 4_000_000, "{requires} bytes for requires");
    let out = negograph()
        .arg("-f")
        .arg(&file)
        .args(["requires", "c0"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("└─ [20000] needs C 20000 [c20000]"));
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest < 120, "lines stay narrow: {widest}");
}
