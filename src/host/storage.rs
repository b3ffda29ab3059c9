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

/// What the user typed in the hand-off step, for this tab only.
pub const DRAFT_KEY: &str = "signpost:draft";

fn local() -> Option<web_sys::Storage> {
    usable(web_sys::window()?.local_storage())
}

fn session() -> Option<web_sys::Storage> {
    usable(web_sys::window()?.session_storage())
}

fn usable(storage: Result<Option<web_sys::Storage>, wasm_bindgen::JsValue>) -> Option<web_sys::Storage> {
    match storage {
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
    write(local(), key, value);
}

fn write(storage: Option<web_sys::Storage>, key: &str, value: &str) {
    if let Some(s) = storage {
        if s.set_item(key, value).is_err() && !WARNED.replace(true) {
            warn("could not save to storage (full or blocked); nothing will be remembered.");
        }
    }
}

pub fn remove(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}

pub fn session_get(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

pub fn session_set(key: &str, value: &str) {
    write(session(), key, value);
}

pub fn session_remove(key: &str) {
    if let Some(s) = session() {
        let _ = s.remove_item(key);
    }
}

/// Removes every key Signpost wrote, in both storages (`shutdown()`).
pub fn forget_all() {
    for storage in [local(), session()].into_iter().flatten() {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with("signpost:"))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}
