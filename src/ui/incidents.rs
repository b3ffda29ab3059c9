//! Incident banners from the platform's status feed: the ones that concern
//! what the user is looking at, most severe first, each dismissible, in one
//! polite status region (a change is announced once, not as an alert storm).
//! The banners are drawn from the status chunk (feature `split`), which is
//! here once there is a status: only its reader, in the same chunk, makes
//! one, and it makes `ready` first.

use super::{Drawing, L10n};
use crate::host::chunk::{self, Unloaded};
use crate::model::Topic;
use crate::status::{self, Incident};
use crate::widget::Widget;
use fluent::FluentValue;
use leptos::prelude::*;

#[component]
pub fn Incidents(
    state: RwSignal<Widget>,
    l10n: L10n,
    /// The topic in view (None: every incident).
    #[prop(into)]
    topic: Signal<Option<Topic>>,
) -> impl IntoView {
    let fed = Memo::new(move |_| state.with(|s| s.status.is_some()));
    // The region is there from the start, so that banners arriving later are announced.
    view! {
        <div class="sp-incidents" role="status" aria-live="polite">
            {move || fed.get().then(|| chunk::now(banners(state, l10n, topic)))}
        </div>
    }
}

/// Makes the way into the banners' chunk ready (each split function has its
/// own, even into a chunk already here), so that they can be drawn at once.
pub async fn ready() -> Result<(), Unloaded> {
    #[cfg(feature = "split")]
    preload_banners().await?;
    Ok(())
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(status, fallible, preload(preload_banners)))]
fn banners(state: RwSignal<Widget>, l10n: L10n, topic: Signal<Option<Topic>>) -> Result<AnyView, Unloaded> {
    let shown = Memo::new(move |_| {
        let topic = topic.get();
        state.with(|s| s.incidents(topic))
    });
    let stale = Memo::new(move |_| state.with(|s| s.status_age_if_stale(crate::host::now())));
    let list = move || {
        let chain = l10n.with(|l| l.locales());
        let refs: Vec<&str> = chain.iter().map(String::as_str).collect();
        // Drawn again whenever the incidents shown change: their texts track
        // triggers of this drawing, not the localizer (see `Drawing`).
        let (state, l10n) = Drawing::new(state, l10n);
        shown.get().into_iter().map(|i| incident_view(i, &refs, state, l10n)).collect_view()
    };
    let stale_note = move || {
        stale.get().filter(|_| shown.with(|s| !s.is_empty())).map(|minutes| {
            view! { <p class="sp-incident-age">{l10n.format("status-stale", &[("minutes", FluentValue::from(minutes))])}</p> }
        })
    };
    Ok((list, stale_note).into_any())
}

fn incident_view(incident: Incident, chain: &[&str], state: Drawing, l10n: L10n) -> impl IntoView {
    let title = incident.title.get(chain).map(|(_, t)| t.to_string()).unwrap_or_default();
    let body = incident.body.get(chain).map(|(_, t)| t.to_string());
    let minutes = status::minutes_since(incident.started, crate::host::now());
    let started = if minutes < 120 {
        l10n.format("incident-started", &[("minutes", FluentValue::from(minutes))])
    } else {
        l10n.format("incident-started-hours", &[("hours", FluentValue::from(minutes / 60))])
    };
    let link = incident.url.clone().map(|href| {
        view! {
            <a class="sp-link" href=href target="_blank" rel="noopener noreferrer">{l10n.text("incident-details")}</a>
        }
    });
    let id = incident.id.clone();
    view! {
        <div class="sp-incident" data-severity=incident.severity.id()>
            <p class="sp-incident-title">{title}</p>
            {body.map(|b| view! { <p>{b}</p> })}
            <p class="sp-incident-time">{started}</p>
            <div class="sp-actions">
                {link}
                <button type="button" class="sp-link-button" on:click=move |_| state.update(|s| s.dismiss_incident(&id))>
                    {l10n.text("incident-dismiss")}
                </button>
            </div>
        </div>
    }
}
