//! The widget root: launcher and panel, keyboard handling and focus moves.

use super::{L10n, Launcher, Panel};
use crate::widget::Widget;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn App(
    state: RwSignal<Widget>,
    l10n: L10n,
    /// The user picked a language in the switcher.
    #[prop(optional)]
    on_locale: Option<Callback<String>>,
) -> impl IntoView {
    provide_context(l10n);
    let launcher = NodeRef::<html::Button>::new();
    let close_button = NodeRef::<html::Button>::new();
    let root = NodeRef::<html::Div>::new();

    let open = Signal::derive(move || state.with(|s| s.open));
    let toggle = Callback::new(move |()| state.update(Widget::toggle));
    let close = Callback::new(move |()| state.update(Widget::close));

    // Focus follows the panel: into it when it opens, back to the launcher
    // when it closes, but only if focus was in the widget (or was lost with
    // the hidden panel): a host page input keeps its focus.
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        match (was_open, is_open) {
            (Some(false), true) | (None, true) => {
                request_animation_frame(move || {
                    if let Some(b) = close_button.get_untracked() {
                        let _ = b.focus();
                    }
                });
            }
            (Some(true), false) if focus_in_widget_or_lost(root) => {
                if let Some(b) = launcher.get_untracked() {
                    let _ = b.focus();
                }
            }
            _ => {}
        }
        is_open
    });

    // Under 480 px the open panel is a full-screen modal sheet: Tab cycles
    // inside it. Wider, it is a non-modal panel beside the page.
    let narrow = crate::host::media_query("(max-width: 479.98px)");
    let modal = Signal::derive(move || narrow.get() && open.get());
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.stop_propagation();
            close.run(());
        } else if ev.key() == "Tab" && modal.get_untracked() && wrap_focus(root, ev.shift_key()) {
            ev.prevent_default();
        }
    };

    let locale = move || state.with(|s| s.locale.clone());
    let dir = move || if crate::i18n::is_rtl(&locale()) { "rtl" } else { "ltr" };
    // The platform's own launcher label in the panel's language, or "Help"
    // translated (a platform label in another language does not replace it).
    let launcher_label = Signal::derive(move || {
        let primary = l10n.with(|l| l.primary_locale());
        let own = state.with(|s| match &s.config {
            crate::widget::ConfigState::Ready(c) => {
                c.theme.launcher_label.get(&[primary.as_str()]).map(|(_, t)| t.to_string())
            }
            _ => None,
        });
        own.unwrap_or_else(|| l10n.text("launcher-open")())
    });
    let on_locale = on_locale.unwrap_or_else(|| Callback::new(|_| {}));
    let on_talk = Callback::new(move |topic: Option<crate::model::Topic>| state.update(|s| s.talk(topic)));

    // The panel is drawn once the page is idle after the config arrived (or
    // at once when opened), not in the task that mounts the launcher or the
    // one that reads the config: together they would be a long task on the
    // host page. Once drawn it stays.
    let warm = RwSignal::new(false);
    let has_config = Memo::new(move |_| state.with(|s| !matches!(s.config, crate::widget::ConfigState::Loading)));
    Effect::new(move |_| {
        if has_config.get() && !warm.get_untracked() {
            crate::host::when_idle(move || {
                warm.try_set(true);
            });
        }
    });
    let drawn = Memo::new(move |was: Option<&bool>| was == Some(&true) || warm.get() || open.get());
    let panel = move || drawn.get().then(|| view! { <Panel state on_close=close close_ref=close_button l10n on_locale on_talk modal/> });

    view! {
        <div class="sp-widget" node_ref=root on:keydown=on_keydown dir=dir lang=locale>
            {panel}
            <Launcher open on_toggle=toggle node_ref=launcher label=launcher_label/>
        </div>
    }
}

/// At the first or last focusable control of the panel, moves focus round
/// to the other end and returns true (the caller then stops the Tab).
fn wrap_focus(root: NodeRef<html::Div>, backwards: bool) -> bool {
    const FOCUSABLE: &str = ".sp-panel a[href], .sp-panel button:not([disabled]), .sp-panel input, .sp-panel select, .sp-panel textarea";
    let Some(root) = root.get_untracked() else { return false };
    let Ok(list) = root.query_selector_all(FOCUSABLE) else { return false };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        // Hidden ones (in a [hidden] section) have no layout box.
        .filter(|e| e.get_client_rects().length() > 0)
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else { return false };
    let active = root.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().and_then(|s| s.active_element());
    let (at_edge, target) = if backwards { (first, last) } else { (last, first) };
    if active.as_ref() == Some(at_edge.unchecked_ref::<web_sys::Element>()) {
        let _ = target.focus();
        return true;
    }
    false
}

/// True when the document's focus is inside this widget's shadow tree, or
/// nowhere in particular (body), as after a focused element was hidden.
fn focus_in_widget_or_lost(root: NodeRef<html::Div>) -> bool {
    let Some(root) = root.get_untracked() else { return false };
    let Some(document) = root.owner_document() else { return false };
    let active = document.active_element();
    let in_shadow = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|shadow| shadow.active_element())
        .is_some();
    let lost = active.as_ref().is_none_or(|a| Some(a) == document.body().as_ref().map(AsRef::as_ref));
    in_shadow || lost
}
