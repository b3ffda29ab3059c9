//! The way to a person: the advisor, then the hand-off. In the release build
//! (feature `split`) their code is a wasm chunk of its own, fetched when the
//! panel first needs it, so the FAQ opens without paying for it
//! (scripts/build-dist.sh splits the wasm). This file draws the wait and a
//! failed fetch; what is drawn once the chunk is there is `screen`.

use super::advisor::Advisor;
use super::handoff::Handoff;
use super::L10n;
use crate::config::Config;
use crate::model::Channel;
use crate::widget::Widget;
use leptos::prelude::*;
use std::sync::Arc;

/// Whether the advisor's code is here to draw with.
#[derive(Clone, Copy, PartialEq)]
enum Chunk {
    Fetching,
    Here,
    Failed,
}

#[component]
pub fn Contact(config: Arc<Config>, channel: Option<Channel>, state: RwSignal<Widget>, l10n: L10n) -> impl IntoView {
    let chunk = RwSignal::new(if here() { Chunk::Here } else { Chunk::Fetching });
    let fetch = move || {
        chunk.set(Chunk::Fetching);
        leptos::task::spawn_local(async move {
            let fetched = fetch().await;
            chunk.try_set(if fetched { Chunk::Here } else { Chunk::Failed });
        });
    };
    if chunk.get_untracked() == Chunk::Fetching {
        fetch();
    }
    let help_centre = config.platform.help_centre_url.clone();
    move || match chunk.get() {
        Chunk::Here => draw_now(config.clone(), channel.clone(), state, l10n),
        Chunk::Fetching => view! { <p class="sp-loading" aria-busy="true">{l10n.text("loading")}</p> }.into_any(),
        Chunk::Failed => unloaded(help_centre.clone(), fetch, l10n),
    }
}

/// Fetches the chunk without drawing anything from it, so it is there by the
/// time the user asks for a person. A failure is not reported here: asking
/// for a person fetches it again and says so if it still fails.
pub fn prefetch() {
    if !here() {
        leptos::task::spawn_local(async {
            fetch().await;
        });
    }
}

#[cfg(feature = "split")]
thread_local! {
    static HERE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn here() -> bool {
    #[cfg(feature = "split")]
    return HERE.with(std::cell::Cell::get);
    #[cfg(not(feature = "split"))]
    return true;
}

/// Fetches and links the chunk; false if the network failed (a failure is
/// not remembered: the next call fetches again).
async fn fetch() -> bool {
    #[cfg(feature = "split")]
    {
        let fetched = preload_contact().await.is_ok();
        HERE.with(|h| h.set(h.get() || fetched));
        fetched
    }
    #[cfg(not(feature = "split"))]
    true
}

/// Draws from the chunk, which is here: its wrapper's future is then ready
/// at the first poll, so the view is built now, under the caller's owner,
/// like any other.
fn draw_now(config: Arc<Config>, channel: Option<Channel>, state: RwSignal<Widget>, l10n: L10n) -> AnyView {
    #[cfg(feature = "split")]
    let drawn = {
        use std::future::Future;
        use std::task::{Context, Poll, Waker};
        let mut future = std::pin::pin!(draw(config, channel, state, l10n));
        match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(drawn) => drawn,
            Poll::Pending => unreachable!("the contact chunk is loaded before it is drawn from"),
        }
    };
    #[cfg(not(feature = "split"))]
    let drawn = draw(config, channel, state, l10n);
    drawn.unwrap_or_else(|Unloaded| unreachable!("the contact chunk is loaded before it is drawn from"))
}

/// The chunk could not be fetched.
pub struct Unloaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for Unloaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        Unloaded
    }
}

/// Everything reached from here goes into the chunk: the advisor and hand-off
/// views, advice, hours, hand-off links, checklists and the secret detector.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(contact, fallible, preload(preload_contact)))]
fn draw(config: Arc<Config>, channel: Option<Channel>, state: RwSignal<Widget>, l10n: L10n) -> Result<AnyView, Unloaded> {
    Ok(match channel {
        Some(channel) => view! { <Handoff config channel state l10n/> }.into_any(),
        None => view! { <Advisor config state l10n/> }.into_any(),
    })
}

fn unloaded(help_centre: Option<String>, retry: impl Fn() + Copy + Send + Sync + 'static, l10n: L10n) -> AnyView {
    let link = help_centre.map(|href| {
        view! {
            <a class="sp-link" href=href target="_blank" rel="noopener noreferrer">
                {l10n.text("unavailable-help-centre")}
            </a>
        }
    });
    view! {
        <div class="sp-unloaded" role="alert">
            <p>{l10n.text("contact-unloaded")}</p>
            <button type="button" class="sp-button" on:click=move |_| retry()>
                {l10n.text("contact-retry")}
            </button>
            {link}
        </div>
    }
    .into_any()
}
