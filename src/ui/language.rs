//! The language switcher: every offered language named in itself.

use super::L10n;
use crate::i18n::native_name;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitcher(
    /// The locale in use.
    #[prop(into)]
    current: Signal<String>,
    /// The locales to offer.
    #[prop(into)]
    offered: Signal<Vec<String>>,
    /// Whether the panel is shown.
    #[prop(into)]
    shown: Signal<bool>,
    on_change: Callback<String>,
    l10n: L10n,
) -> impl IntoView {
    // Each name in its own script sends the browser looking for fonts: laying
    // out the other options took about 10 ms of a first open's 30 (headless
    // Chromium, demo page). So the select holds only the current language
    // until the panel has been drawn (then at the page's next idle moment),
    // or until the user reaches for it.
    let all = RwSignal::new(false);
    Effect::new(move |_| {
        if shown.get() && !all.get_untracked() {
            crate::host::when_idle(move || {
                all.try_set(true);
            });
        }
    });
    // One place per offered language, empty until needed: an option is never
    // reused for another language, which would move the selection with it.
    let options = move || {
        let current = current.get();
        let offered = offered.get();
        let all = all.get() || !offered.contains(&current);
        offered
            .into_iter()
            .map(|tag| {
                let selected = tag == current;
                (all || selected).then(|| {
                    let name = native_name(&tag).unwrap_or(&tag).to_string();
                    view! { <option value=tag.clone() lang=tag selected=selected>{name}</option> }
                })
            })
            .collect_view()
    };
    view! {
        <label class="sp-language">
            <span class="sp-language-label">{l10n.text("language-label")}</span>
            <select
                class="sp-language-select"
                prop:value=move || current.get()
                on:change=move |ev| on_change.run(event_target_value(&ev))
                on:focus=move |_| all.set(true)
                on:pointerdown=move |_| all.set(true)
            >
                {options}
            </select>
        </label>
    }
}
