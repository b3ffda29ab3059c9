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
use crate::widget::Widget;
use fluent::FluentValue;
use leptos::prelude::*;
use leptos::reactive::graph::{AnySource, Source, ToAnySource, ToAnySubscriber};

/// The active localizer, shared by every view. Fluent bundles are not
/// thread-safe, hence a local signal.
#[derive(Clone, Copy)]
pub struct L10n {
    localizer: RwSignal<Localizer, LocalStorage>,
    /// Tracked instead of the localizer within one drawing of a screen (see
    /// [`Drawing`]).
    changed: Option<Trigger>,
}

impl L10n {
    pub fn new(localizer: RwSignal<Localizer, LocalStorage>) -> L10n {
        L10n { localizer, changed: None }
    }

    /// Puts another language in place: every view reading one redraws.
    pub fn set(self, localizer: Localizer) {
        self.localizer.set(localizer);
    }

    /// Reads the localizer, tracked.
    pub fn with<R>(self, f: impl FnOnce(&Localizer) -> R) -> R {
        self.track();
        self.localizer.with_untracked(f)
    }

    fn track(self) {
        match self.changed {
            Some(changed) => changed.track(),
            None => self.localizer.track(),
        }
    }

    /// A reactive message with no variables.
    pub fn text(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || {
            self.with(|l| {
                crate::host::locale::note_fallback(l, id);
                l.text(id)
            })
        }
    }

    /// A message with variables, read now (call it inside a reactive closure).
    pub fn format(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.with(|l| {
            crate::host::locale::note_fallback(l, id);
            l.format(id, args)
        })
    }
}

/// The widget's state as one drawing of a screen reads it, with the
/// language. reactive_graph keeps an effect in the subscriber list of every
/// signal it tracked after the effect is dropped (a weak reference, which
/// keeps its block), so each screen drawn left its effects behind in the
/// state and the localizer, which live as long as the page: 40 to 50 blocks
/// each time a person went from one screen to another and back. A
/// drawing's effects track triggers of its own instead, dropped with it;
/// one effect for each, which leaves with the drawing, pulls them whenever
/// the state or the language changes.
#[derive(Clone, Copy)]
pub struct Drawing {
    state: RwSignal<Widget>,
    changed: Trigger,
}

impl Drawing {
    /// Called as the screen is drawn, so that the triggers and their effects
    /// belong to the drawing and go with it.
    pub fn new(state: RwSignal<Widget>, l10n: L10n) -> (Drawing, L10n) {
        let localizer = l10n.localizer;
        (Drawing { state, changed: relay(&state) }, L10n { localizer, changed: Some(relay(&localizer)) })
    }

    /// Reads the state, tracked.
    pub fn with<R>(self, f: impl FnOnce(&Widget) -> R) -> R {
        self.changed.track();
        self.state.with_untracked(f)
    }

    pub fn with_untracked<R>(self, f: impl FnOnce(&Widget) -> R) -> R {
        self.state.with_untracked(f)
    }

    pub fn update(self, f: impl FnOnce(&mut Widget)) {
        self.state.update(f);
    }
}

/// A trigger pulled whenever `source` (a signal that outlives the drawing)
/// changes, for as long as the drawing being made is there.
pub(super) fn relay(source: &impl ToAnySource) -> Trigger {
    relay_any(source.to_any_source())
}

// One copy for every kind of signal.
fn relay_any(source: AnySource) -> Trigger {
    let changed = Trigger::new();
    let tracked = source.clone();
    // A render effect: its first run, as it is made, tracks, so no change
    // after the drawing read the state is missed.
    let effect = RenderEffect::new(move |was: Option<()>| {
        tracked.track();
        if was.is_some() {
            changed.notify();
        }
    });
    // It leaves the source's subscriber list as the drawing goes, which
    // reactive_graph would not do.
    let subscriber = effect.to_any_subscriber();
    on_cleanup(move || {
        source.remove_subscriber(&subscriber);
        drop(effect);
    });
    changed
}
