//! ui: the Leptos views. They render `Widget` state and turn user actions
//! into state transitions; no rule of the product is decided here.

mod advisor;
mod answer;
mod app;
mod contact;
mod faq;
mod handoff;
pub mod incidents;
mod language;
mod launcher;
mod never_share;
mod panel;
mod unofficial;

pub use app::App;
pub use language::LanguageSwitcher;
pub use launcher::Launcher;
pub use panel::Panel;

use crate::i18n::Localizer;
use fluent::FluentValue;
use leptos::prelude::*;

/// The active localizer, shared by every view. Fluent bundles are not
/// thread-safe, hence a local signal.
#[derive(Clone, Copy)]
pub struct L10n(pub RwSignal<Localizer, LocalStorage>);

impl L10n {
    /// A reactive message with no variables.
    pub fn text(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || {
            self.0.with(|l| {
                crate::host::locale::note_fallback(l, id);
                l.text(id)
            })
        }
    }

    /// A message with variables, read now (call it inside a reactive closure).
    pub fn format(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.0.with(|l| {
            crate::host::locale::note_fallback(l, id);
            l.format(id, args)
        })
    }
}
