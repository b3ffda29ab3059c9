//! The split release build (feature `split`) needs the linker's relocations
//! in the wasm: wasm-split-cli reads them to cut it into chunks
//! (scripts/build-dist.sh). Only the widget binary gets them, so the standard
//! library and dependencies are not rebuilt for it.
//!
//! The wasm's stack is 128 KiB, not rustc's 1 MiB: it is part of the memory
//! every host page keeps, and the deepest use measured is 39 KiB (a config
//! at serde_json's nesting limit; in a session of searching, advice and five
//! languages, 12 KiB). What could recurse without end is bounded: JSON at
//! 128 levels, `boot()` objects at 32, Fluent placeables at 10 (`i18n`),
//! Markdown (`markdown::MAX_DEPTH`). An overflow traps, as any panic does:
//! the stack lies first in memory, so it would run below address 0, over
//! no data.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if wasm {
        println!("cargo::rustc-link-arg=-zstack-size=131072");
    }
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bin=signpost-app=--emit-relocs");
    }
}
