//! fetch: GET requests with a time limit, errors mapped to `LoadError`.

use crate::config::LoadError;
use gloo_net::http::Request;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `url` resolved against the page, as it appears in console messages.
pub fn absolute_url(url: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    web_sys::Url::new_with_base(url, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_string())
}

/// What a conditional GET brought back.
pub enum Reply {
    Body { text: String, etag: Option<String> },
    /// 304: what we have is still current.
    NotModified,
}

/// Fetches `url` as text, failing with `Timeout` after `timeout_ms`.
pub async fn text(url: &str, timeout_ms: u32) -> Result<String, LoadError> {
    match get(url, timeout_ms, None).await? {
        Reply::Body { text, .. } => Ok(text),
        Reply::NotModified => Err(LoadError::Status { code: 304, text: "Not Modified".into() }),
    }
}

/// GET with `If-None-Match: etag` when one is known, so an unchanged
/// document costs no body.
pub async fn get(url: &str, timeout_ms: u32, etag: Option<&str>) -> Result<Reply, LoadError> {
    let controller = web_sys::AbortController::new().ok();
    let timer = controller.as_ref().and_then(|c| {
        let c = c.clone();
        let abort = Closure::once_into_js(move || c.abort());
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.unchecked_ref(),
                timeout_ms as i32,
            )
            .ok()
    });
    let signal = controller.as_ref().map(|c| c.signal());
    let timed_out = || signal.as_ref().is_some_and(|s| s.aborted());

    let result = async {
        let mut request = Request::get(url).abort_signal(signal.as_ref());
        if let Some(tag) = etag {
            request = request.header("If-None-Match", tag);
        }
        let response = request
            .send()
            .await
            .map_err(|e| if timed_out() { timeout(timeout_ms) } else { LoadError::Network(e.to_string()) })?;
        if response.status() == 304 {
            return Ok(Reply::NotModified);
        }
        if !response.ok() {
            return Err(LoadError::Status {
                code: response.status(),
                text: response.status_text(),
            });
        }
        let etag = response.headers().get("etag");
        let bytes = response
            .binary()
            .await
            .map_err(|e| if timed_out() { timeout(timeout_ms) } else { LoadError::Network(e.to_string()) })?;
        Ok(Reply::Body { text: utf8(bytes), etag })
    }
    .await;

    if let (Some(id), Some(w)) = (timer, web_sys::window()) {
        w.clear_timeout_with_handle(id);
    }
    result
}

/// The body decoded as `Response.text()` would (BOM dropped, bad bytes
/// replaced), from bytes: a string handed over from JavaScript is encoded
/// into wasm memory through a buffer of up to three times its size, and wasm
/// memory keeps its peak (a large config is megabytes).
fn utf8(mut bytes: Vec<u8>) -> String {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn timeout(ms: u32) -> LoadError {
    LoadError::Timeout { seconds: ms.div_ceil(1000) }
}
