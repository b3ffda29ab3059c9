//! The floating button that opens and closes the panel.

use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Launcher(
    /// Whether the panel is open (for aria-expanded).
    #[prop(into)]
    open: Signal<bool>,
    on_toggle: Callback<()>,
    node_ref: NodeRef<html::Button>,
    /// The accessible name ("Help", or the platform's own label).
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="sp-launcher"
            node_ref=node_ref
            aria-haspopup="dialog"
            aria-controls="sp-panel"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-label=move || label.get()
            on:click=move |_| on_toggle.run(())
        >
            <span class="sp-launcher-icon" aria-hidden="true">"?"</span>
        </button>
    }
}
