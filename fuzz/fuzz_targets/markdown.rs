//! The Markdown subset of FAQ answers: any text parses, the tree keeps the
//! module's promises (see signpost_fuzz::check_markdown).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    signpost_fuzz::check_markdown(&source);
});
