//! storage: localStorage and sessionStorage that never throw. Private modes,
//! sandboxed iframes and full quotas make every call fail in its own way;
//! the widget then simply works without persistence.

use crate::host::warn;
use std::cell::Cell;

thread_local! {
    static WARNED: Cell<bool> = const { Cell::new(false) };
}

/// The keys Signpost writes (documented in the README); nothing else is stored.
pub fn config_key(url: &str) -> String {
    format!("signpost:config:{url}")
}

fn local() -> Option<web_sys::Storage> {
    match web_sys::window()?.local_storage() {
        Ok(Some(s)) => Some(s),
        _ => {
            if !WARNED.replace(true) {
                warn("storage is not available here (private mode or blocked); nothing will be remembered.");
            }
            None
        }
    }
}

pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) {
    if let Some(s) = local() {
        if s.set_item(key, value).is_err() && !WARNED.replace(true) {
            warn("could not save to storage (full or blocked); nothing will be remembered.");
        }
    }
}
