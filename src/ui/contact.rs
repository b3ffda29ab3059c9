//! The way to a person: the advisor, then the hand-off. In the release build
//! (feature `split`) their code is a wasm chunk of its own, fetched once the
//! panel is open or a person is asked for, so the FAQ opens without paying
//! for it (scripts/build-dist.sh splits the wasm). This file owns the chunk's
//! state and draws the wait and a failed fetch; `draw` is the way in.

use super::advisor::Advisor;
use super::handoff::Handoff;
use super::panel::{help_centre_link, loading};
use super::{Drawing, L10n};
use crate::config::Config;
use crate::host::chunk::{self, Unloaded};
use crate::model::Channel;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the advisor's code is. One state for the whole instance, so the
/// prefetch and a panel waiting for it share one fetch and its outcome.
#[derive(Clone, Copy, PartialEq)]
enum Chunk {
    Absent,
    Fetching,
    Here,
    /// The last fetch failed; the next `fetch` tries again.
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    Failed,
}

thread_local! {
    // Not an arena signal: it must outlive any panel that first reads it.
    static CHUNK: ArcRwSignal<Chunk> =
        ArcRwSignal::new(if cfg!(feature = "split") { Chunk::Absent } else { Chunk::Here });
}

fn chunk() -> ArcRwSignal<Chunk> {
    CHUNK.with(Clone::clone)
}

#[component]
pub fn Contact(config: Arc<Config>, channel: Option<Channel>, state: Drawing, l10n: L10n) -> impl IntoView {
    fetch();
    let help_centre = config.platform.help_centre_url.clone();
    // What is in here changes as the chunk arrives; the slot stays, so focus
    // can wait in it (see `unloaded`).
    let slot = NodeRef::<html::Div>::new();
    // The chunk's state outlives this drawing: tracked through a relay.
    let chunk_changed = super::relay(&chunk());
    view! {
        <div class="sp-contact-slot" tabindex="-1" node_ref=slot>
            {move || match {chunk_changed.track(); chunk().get_untracked()} {
                Chunk::Here => draw_now(config.clone(), channel.clone(), state, l10n),
                Chunk::Absent | Chunk::Fetching => loading(l10n),
                Chunk::Failed => unloaded(help_centre.clone(), l10n, slot),
            }}
        </div>
    }
}

/// Fetches and links the chunk unless it is here or on its way: on opening
/// the panel, so it is there by the time the user asks for a person, and
/// when a person is asked for. A failure shows only where a person was
/// asked for (the chunk loader has told the console once).
pub fn fetch() {
    let chunk = chunk();
    if matches!(chunk.get_untracked(), Chunk::Here | Chunk::Fetching) {
        return;
    }
    chunk.set(Chunk::Fetching);
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async move {
        let fetched = preload_contact().await.is_ok();
        chunk.set(if fetched { Chunk::Here } else { Chunk::Failed });
    });
}

/// Draws from the chunk, which is here.
fn draw_now(config: Arc<Config>, channel: Option<Channel>, state: Drawing, l10n: L10n) -> AnyView {
    chunk::now(draw(config, channel, state, l10n)).expect("the contact chunk is here before it is drawn from")
}

/// Everything reached from here goes into the chunk: the advisor and hand-off
/// views, advice, hours, hand-off links, checklists and the secret detector.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(contact, fallible, preload(preload_contact)))]
fn draw(config: Arc<Config>, channel: Option<Channel>, state: Drawing, l10n: L10n) -> Result<AnyView, Unloaded> {
    Ok(match channel {
        Some(channel) => view! { <Handoff config channel state l10n/> }.into_any(),
        None => view! { <Advisor config state l10n/> }.into_any(),
    })
}

fn unloaded(help_centre: Option<String>, l10n: L10n, slot: NodeRef<html::Div>) -> AnyView {
    // The button goes as the fetch starts: focus moves to the slot rather
    // than falling out of the panel; Tab goes on from there.
    let retry = move |_| {
        if let Some(slot) = slot.get_untracked() {
            let _ = slot.focus();
        }
        fetch();
    };
    view! {
        <div class="sp-unloaded" role="alert">
            <p>{l10n.text("contact-unloaded")}</p>
            <button type="button" class="sp-button" on:click=retry>
                {l10n.text("contact-retry")}
            </button>
            {help_centre_link(help_centre, l10n)}
        </div>
    }
    .into_any()
}
