//! Signpost: an embeddable help panel.
//!
//! Everything outside `ui` and `host` is plain Rust with no browser types, so
//! that the rules (config validation, links, messages, panel state) are
//! tested natively. `ui` holds the Leptos views; `host` is the glue to the
//! page (mounting into the shadow root, fetching, the JS API, the console).

pub mod advice;
pub mod checklist;
pub mod compact;
pub mod config;
pub mod faq;
pub mod handoff;
pub mod hours;
pub mod huffman;
pub mod i18n;
pub mod links;
pub mod markdown;
pub mod model;
pub mod pseudo;
pub mod secrets;
mod sort;
pub mod status;
pub mod theme;
mod unicode;
pub mod utf8;
pub mod widget;

#[cfg(target_arch = "wasm32")]
pub mod host;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Reported in hand-off summaries and console messages.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
