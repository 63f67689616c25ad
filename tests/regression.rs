//! One test per hostile input that once got through, in ripgrep's style: each
//! is named for its issue and case, and says what went wrong before.

mod common;

use std::time::Duration;

use common::{negograph, temp_file};

/// Long enough for a debug build on a loaded machine; a hang is minutes.
const PATIENCE: Duration = Duration::from_secs(20);

// Issue 31, case 1: `{"nodes": [x"}"]}` (17 bytes) hung every command, the
// locator adding list items without end (~0.85 GB/s), while it looked for
// where to point the parse error.
#[test]
fn issue31_case1_a_stray_brace_in_a_list_does_not_hang() {
    let (dir, file) = temp_file("hang.json", b"{\"nodes\": [x\"}\"]}\n");
    let out_path = dir.path().join("out.graphml");
    let out_path = out_path.to_str().unwrap();
    for args in [
        &["check"][..],
        &["show", "x"],
        &["blockers", "x"],
        &["add", "party", "p", "--label", "P"],
        &["export", "--format", "graphml", "-o", out_path],
    ] {
        let out = negograph()
            .arg("-f")
            .arg(&file)
            .args(args)
            .timeout(PATIENCE)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("hang.json:1:12"), "{args:?}: {err}");
    }
}
