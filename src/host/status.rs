//! status: polling the platform's status feed while the panel is open and
//! the tab visible. Parsing and every rule about the figures live in
//! `crate::status`; this only times the requests. The feed's reader is in
//! the status chunk (feature `split`, with the incident banners), so only a
//! platform with a feed fetches it, once the panel is open.

use super::chunk::{self, Unloaded};
use super::{fetch, now, warn};
use crate::status::Status;
use crate::widget::{ConfigState, Widget};
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;

/// Between polls while the panel is open.
const POLL_MS: u64 = 60_000;
const TIMEOUT_MS: u32 = 8_000;
/// Failures double the pause, up to this many times (16 minutes).
const MAX_BACKOFF_STEPS: u32 = 4;

#[derive(Default)]
struct Poll {
    etag: Option<String>,
    failures: u32,
    timer: Option<TimeoutHandle>,
    last_attempt: Option<crate::hours::Instant>,
}

thread_local! {
    static POLL: RefCell<Poll> = RefCell::new(Poll::default());
}

fn status_url(s: &Widget) -> Option<String> {
    match &s.config {
        ConfigState::Ready(c) => c.status_url.clone(),
        _ => None,
    }
}

/// Polls while the panel is open; stops when it closes.
pub fn watch(state: RwSignal<Widget>) {
    // Only opening, closing or a new feed URL restart the timing, not
    // every state change (each poll changes the state).
    let key = Memo::new(move |_| state.with(|s| (s.open, status_url(s))));
    Effect::new(move |_| {
        let (open, url) = key.get();
        cancel();
        if open && url.is_some() {
            // Reopening within a minute of the last poll waits out the minute.
            let since = POLL.with(|p| p.borrow().last_attempt).map(|t| (now() - t).max(0) as u64);
            schedule(state, since.map_or(0, |ms| POLL_MS.saturating_sub(ms)));
        }
    });
}

pub fn cancel() {
    if let Some(t) = POLL.with(|p| p.borrow_mut().timer.take()) {
        t.clear();
    }
}

/// One timer at a time, so polls never run in parallel chains.
fn schedule(state: RwSignal<Widget>, delay_ms: u64) {
    cancel();
    let run = move || leptos::task::spawn_local(poll(state));
    if let Ok(handle) = set_timeout_with_handle(run, std::time::Duration::from_millis(delay_ms)) {
        POLL.with(|p| p.borrow_mut().timer = Some(handle));
    }
}

fn hidden() -> bool {
    web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden())
}

async fn poll(state: RwSignal<Widget>) {
    let Some(url) = state.with_untracked(|s| s.open.then(|| status_url(s)).flatten()) else { return };
    // A background tab does not poll; the next tick looks again.
    if hidden() {
        schedule(state, POLL_MS);
        return;
    }
    let url = fetch::absolute_url(&url);
    let etag = POLL.with(|p| {
        let mut p = p.borrow_mut();
        p.last_attempt = Some(now());
        p.etag.clone()
    });
    let ok = match fetch::get(&url, TIMEOUT_MS, etag.as_deref()).await {
        Ok(fetch::Reply::NotModified) => {
            state.update(|s| s.status_confirmed(now()));
            true
        }
        Ok(fetch::Reply::Body { text, etag }) => match read(text).await {
            Ok(Ok((status, problems))) => {
                for p in problems {
                    warn(&format!("the status at {url}: {p}"));
                }
                POLL.with(|p| p.borrow_mut().etag = etag);
                state.update(|s| s.set_status(Arc::new(status), now()));
                true
            }
            Ok(Err(e)) => failed(&format!("the status at {url} {e}")),
            Err(Unloaded) => failed(&format!("the status at {url} could not be read (its reader did not load)")),
        },
        Err(e) => failed(&format!("the status at {url} {e}")),
    };
    if ok {
        POLL.with(|p| p.borrow_mut().failures = 0);
    } else {
        state.update(|s| s.status_failed(now()));
    }
    let failures = POLL.with(|p| p.borrow().failures);
    if state.with_untracked(|s| s.open) {
        schedule(state, POLL_MS << failures.min(MAX_BACKOFF_STEPS));
    }
}

/// What `crate::status::parse` gives: the status and its problems, or why it is unreadable.
type Read = Result<(Status, Vec<String>), String>;

/// The feed's text read by the status chunk, which then draws the incident
/// banners the moment the status is set.
async fn read(text: String) -> Result<Read, Unloaded> {
    let read = chunk::fetched(parse(text)).await?;
    crate::ui::incidents::ready().await?;
    Ok(read)
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(status, fallible))]
fn parse(text: String) -> Result<Read, Unloaded> {
    Ok(crate::status::parse(&text))
}

/// Reports the first failure of a run (not one per minute) and keeps the
/// last good status, which the panel shows with its age.
fn failed(message: &str) -> bool {
    let first = POLL.with(|p| {
        let mut p = p.borrow_mut();
        p.failures += 1;
        p.failures == 1
    });
    if first {
        warn(&format!("{message}; keeping the last status that loaded."));
    }
    false
}
