//! The help panel: a labelled dialog showing the platform's help, or why
//! help is unavailable.

use super::contact::Contact;
use super::incidents::Incidents;
use super::unofficial::Unofficial;
use super::faq::{BuiltIndex, Faq, IndexKey};
use super::{Drawing, L10n, LanguageSwitcher};
use crate::config::Config;
use crate::model::Topic;
use std::sync::Arc;
use crate::widget::{ConfigState, Screen, Widget};
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Panel(
    state: RwSignal<Widget>,
    on_close: Callback<()>,
    close_ref: NodeRef<html::Button>,
    l10n: L10n,
    on_locale: Callback<String>,
    /// The user wants to talk to someone (about this topic).
    on_talk: Callback<Option<Topic>>,
    /// A full-screen sheet that keeps focus (small screens).
    #[prop(into)]
    modal: Signal<bool>,
) -> impl IntoView {
    let current = Signal::derive(move || state.with(|s| s.locale.clone()));
    let offered = Signal::derive(move || state.with(Widget::offered_locales));
    let hidden = move || !state.with(|s| s.open);
    let title = move || match state.with(|s| s.platform_name().map(str::to_owned)) {
        Some(name) => l10n.format("panel-title", &[("platform", name.into())]),
        None if state.with(|s| matches!(s.config, ConfigState::Unavailable { .. })) => {
            l10n.text("unavailable-title")()
        }
        None => String::new(),
    };
    // The body is rebuilt only when the config itself changes (compared by
    // pointer), so typing in the search box never replaces the box.
    let config = Memo::new(move |_| state.with(|s| ByPointer(s.config.clone())));
    // Incidents about what is in view: the FAQ's topic, or the advisor's.
    let incident_topic = Signal::derive(move || {
        state.with(|s| match s.screen {
            Screen::Home => s.faq.topic,
            Screen::Advisor | Screen::Handoff => Some(s.advisor.topic),
        })
    });
    let screen = Memo::new(move |_| state.with(|s| (s.screen, s.channel.clone())));
    // The FAQ index: built in slices once the config or the language arrives
    // (so never in one long task), and kept across screens.
    let index = RwSignal::new(None::<BuiltIndex>);
    let wanted = StoredValue::new(None::<IndexKey>);
    Effect::new(move |_| {
        let ConfigState::Ready(c) = config.get().0 else { return };
        // A large config's FAQ holds one chain's texts until it is read again.
        let chain = c.faq_shown_for.clone().unwrap_or_else(|| l10n.with(|l| l.locales()));
        let key = IndexKey::new(&c, chain);
        if wanted.get_value().as_ref() == Some(&key) {
            return;
        }
        wanted.set_value(Some(key.clone()));
        leptos::task::spawn_local(async move {
            let Some(built) = crate::host::build_index(&c.faq, key.chain()).await else { return };
            // Unless a newer config or language has been asked for meanwhile.
            if wanted.try_get_value().flatten().as_ref() == Some(&key) {
                index.try_set(Some(BuiltIndex { key, config: c, index: Arc::new(built) }));
            }
        });
    });
    // Once the panel is open on an official site, and the page idle, the
    // advisor's code is fetched (in the split build), so asking for a person
    // does not wait for it, nor does opening the panel wait for it.
    let contact_wanted = Memo::new(move |_| {
        state.with(|s| s.open && matches!(s.config, ConfigState::Ready(_)) && s.is_official_site())
    });
    Effect::new(move |_| {
        if contact_wanted.get() {
            crate::host::when_idle(super::contact::fetch);
        }
    });
    let body = move || match config.get().0 {
        ConfigState::Ready(c) => {
            let official = state.with_untracked(Widget::is_official_site);
            let channel = state.with_untracked(|s| s.chosen_channel().cloned());
            let (state, l10n) = Drawing::new(state, l10n);
            match (screen.get().0, channel) {
                // A copycat site gets no contact details at all.
                (Screen::Advisor | Screen::Handoff, _) if !official => view! { <Unofficial config=c l10n/> }.into_any(),
                (Screen::Handoff, Some(channel)) => view! { <Contact config=c channel=Some(channel) state l10n/> }.into_any(),
                (Screen::Advisor | Screen::Handoff, _) => view! { <Contact config=c channel=None state l10n/> }.into_any(),
                (Screen::Home, _) => home(c, index, official, state, on_talk, l10n),
            }
        }
        ConfigState::Unavailable { help_centre_url } => view! {
            <p class="sp-unavailable">{l10n.text("unavailable-body")}</p>
            {help_centre_link(help_centre_url, l10n)}
        }
        .into_any(),
        ConfigState::Loading => loading(l10n),
    };
    view! {
        <div
            id="sp-panel"
            class="sp-panel"
            role="dialog"
            aria-modal=move || if modal.get() { "true" } else { "false" }
            aria-labelledby="sp-title"
            hidden=hidden
        >
            <header class="sp-header">
                <h2 id="sp-title" class="sp-title">{title}</h2>
                <button
                    type="button"
                    class="sp-close"
                    node_ref=close_ref
                    aria-label=l10n.text("panel-close")
                    on:click=move |_| on_close.run(())
                >
                    <span aria-hidden="true">"×"</span>
                </button>
            </header>
            <div class="sp-body">
                <Incidents state l10n topic=incident_topic/>
                {body}
            </div>
            <footer class="sp-footer">
                <LanguageSwitcher current offered shown=Signal::derive(move || !hidden()) on_change=on_locale l10n/>
            </footer>
        </div>
    }
}

/// "Loading help…", while the config or the advisor's code is on its way.
pub(super) fn loading(l10n: L10n) -> AnyView {
    view! { <p class="sp-loading" aria-busy="true">{l10n.text("loading")}</p> }.into_any()
}

/// The way to the official help centre when the panel cannot help itself.
pub(super) fn help_centre_link(href: Option<String>, l10n: L10n) -> impl IntoView {
    href.map(|href| {
        view! {
            <a class="sp-link" href=href target="_blank" rel="noopener noreferrer">
                {l10n.text("unavailable-help-centre")}
            </a>
        }
    })
}

/// The home screen: the FAQ, under the copycat warning on an unofficial site.
fn home(
    c: Arc<Config>,
    index: RwSignal<Option<BuiltIndex>>,
    official: bool,
    state: Drawing,
    on_talk: Callback<Option<Topic>>,
    l10n: L10n,
) -> AnyView {
    let warning = (!official).then(|| view! { <Unofficial config=c.clone() l10n/> });
    let intro = l10n.format("panel-intro", &[("platform", c.platform.name.clone().into())]);
    view! {
        {warning}
        <p class="sp-intro">{intro}</p>
        <Faq config=c index state on_talk l10n/>
    }
    .into_any()
}

/// A config state that compares equal when it is the same config, without
/// comparing every FAQ entry.
#[derive(Clone)]
struct ByPointer(ConfigState);

impl PartialEq for ByPointer {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (ConfigState::Ready(a), ConfigState::Ready(b)) => std::sync::Arc::ptr_eq(a, b),
            (a, b) => a == b,
        }
    }
}
