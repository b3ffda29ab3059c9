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
    on_change: Callback<String>,
    l10n: L10n,
) -> impl IntoView {
    let options = move || {
        offered
            .get()
            .into_iter()
            .map(|tag| {
                let name = native_name(&tag).unwrap_or(tag.as_str()).to_string();
                let selected = tag == current.get();
                view! { <option value=tag.clone() lang=tag selected=selected>{name}</option> }
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
            >
                {options}
            </select>
        </label>
    }
}
