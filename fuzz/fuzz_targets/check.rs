//! Arbitrary bytes through `check`, as the command runs it: whatever the
//! file, the report comes back (no panic, no hang: issue 31's 17-byte file
//! looped in the locator while the report pointed at its parse error), and
//! its messages stay short whatever the values quoted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use negograph::{Input, check};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = Input::from_bytes("fuzz".into(), data.to_vec()) else {
        return;
    };
    let report = check::check(input, None, u64::MAX);
    for d in &report.diagnostics {
        assert!(d.message.chars().count() <= 1_000, "an unbounded message");
    }
});
