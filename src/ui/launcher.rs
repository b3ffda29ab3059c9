//! The floating button that opens and closes the panel.

use super::L10n;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Launcher(
    /// Whether the panel is open (for aria-expanded).
    #[prop(into)]
    open: Signal<bool>,
    on_toggle: Callback<()>,
    node_ref: NodeRef<html::Button>,
    l10n: L10n,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="sp-launcher"
            node_ref=node_ref
            aria-haspopup="dialog"
            aria-controls="sp-panel"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-label=l10n.text("launcher-open")
            on:click=move |_| on_toggle.run(())
        >
            <span class="sp-launcher-icon" aria-hidden="true">"?"</span>
        </button>
    }
}
