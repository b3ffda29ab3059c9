//! The split release build (feature `split`) needs the linker's relocations
//! in the wasm: wasm-split-cli reads them to cut it into chunks
//! (scripts/build-dist.sh). Only the widget binary gets them, so the standard
//! library and dependencies are not rebuilt for it.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bin=signpost-app=--emit-relocs");
    }
}
