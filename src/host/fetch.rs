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
pub enum Reply<B = String> {
    Body { text: B, etag: Option<String> },
    /// 304: what we have is still current.
    NotModified,
}

/// Fetches `url` as text, failing with `Timeout` after `timeout_ms`.
pub async fn text(url: &str, timeout_ms: u32) -> Result<String, LoadError> {
    match get(url, timeout_ms, None).await? {
        Reply::Body { text, .. } => Ok(text),
        Reply::NotModified => Err(not_modified()),
    }
}

/// Fetches `url`, leaving the body in JavaScript memory: a large document
/// is then read into wasm a piece at a time ([`JsBytes`]), since wasm
/// memory keeps its peak for as long as the page is open.
pub async fn js_bytes(url: &str, timeout_ms: u32) -> Result<js_sys::Uint8Array, LoadError> {
    match request(url, timeout_ms, None).await? {
        Reply::Body { text, .. } => Ok(text),
        Reply::NotModified => Err(not_modified()),
    }
}

fn not_modified() -> LoadError {
    LoadError::Status { code: 304, text: "Not Modified".into() }
}

/// GET with `If-None-Match: etag` when one is known, so an unchanged
/// document costs no body.
pub async fn get(url: &str, timeout_ms: u32, etag: Option<&str>) -> Result<Reply, LoadError> {
    Ok(match request(url, timeout_ms, etag).await? {
        Reply::Body { text, etag } => Reply::Body { text: crate::utf8::decode(text.to_vec()), etag },
        Reply::NotModified => Reply::NotModified,
    })
}

/// A request the loader made before the wasm ran (the config's, beside the
/// wasm's own): `{ url, response, controller }`.
struct Early {
    url: String,
    response: js_sys::Promise,
    controller: web_sys::AbortController,
}

thread_local! {
    static EARLY: std::cell::RefCell<Option<Early>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the loader's early request for the first GET of its URL.
pub fn started_early(value: &JsValue) {
    let get = |key: &str| js_sys::Reflect::get(value, &key.into()).ok();
    let early = (|| {
        Some(Early {
            url: get("url")?.as_string()?,
            response: get("response")?.dyn_into().ok()?,
            controller: get("controller")?.dyn_into().ok()?,
        })
    })();
    EARLY.with(|e| *e.borrow_mut() = early);
}

/// The loader's request for `url`, once.
fn take_early(url: &str) -> Option<Early> {
    EARLY.with(|e| {
        let mut early = e.borrow_mut();
        early.as_ref().is_some_and(|e| e.url == url).then(|| early.take()).flatten()
    })
}

async fn request(url: &str, timeout_ms: u32, etag: Option<&str>) -> Result<Reply<js_sys::Uint8Array>, LoadError> {
    // The time limit counts from here, as for a request of our own.
    let early = etag.is_none().then(|| take_early(url)).flatten();
    let controller = match &early {
        Some(early) => Some(early.controller.clone()),
        None => web_sys::AbortController::new().ok(),
    };
    // The controller's own `abort`, bound to it, not a Rust closure: one
    // made by `Closure::once_into_js` is freed only when it runs (not by the
    // garbage collector), and this timer is cleared whenever the request
    // ends in time (each status poll).
    let timer = controller.as_ref().and_then(|c| {
        let abort: js_sys::Function = js_sys::Reflect::get(c, &"abort".into()).ok()?.dyn_into().ok()?;
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(&abort.bind0(c), timeout_ms as i32)
            .ok()
    });
    let signal = controller.as_ref().map(|c| c.signal());
    let timed_out = || signal.as_ref().is_some_and(|s| s.aborted());
    let failed = |e: String| if timed_out() { timeout(timeout_ms) } else { LoadError::Network(e) };

    let result = async {
        let response: gloo_net::http::Response = match early {
            Some(early) => wasm_bindgen_futures::JsFuture::from(early.response)
                .await
                .map_err(|e| failed(js_error(e)))?
                .unchecked_into::<web_sys::Response>()
                .into(),
            None => {
                let mut request = Request::get(url).abort_signal(signal.as_ref());
                if let Some(tag) = etag {
                    request = request.header("If-None-Match", tag);
                }
                request.send().await.map_err(|e| failed(e.to_string()))?
            }
        };
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
        // Read as bytes: a body read as a JavaScript string and handed to
        // wasm is re-encoded through a buffer of up to three times its size.
        let body = web_sys::Response::from(response).array_buffer().map_err(|e| failed(js_error(e)))?;
        let body = wasm_bindgen_futures::JsFuture::from(body).await.map_err(|e| failed(js_error(e)))?;
        Ok(Reply::Body { text: js_sys::Uint8Array::new(&body), etag })
    }
    .await;

    if let (Some(id), Some(w)) = (timer, web_sys::window()) {
        w.clear_timeout_with_handle(id);
    }
    result
}

/// "TypeError: network error", as gloo-net words the errors of a request.
fn js_error(e: JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("{}: {}", String::from(e.name()), String::from(e.message())),
        None => format!("{e:?}"),
    }
}

fn timeout(ms: u32) -> LoadError {
    LoadError::Timeout { seconds: ms.div_ceil(1000) }
}

/// A body left in JavaScript memory, read into wasm a piece at a time.
pub struct JsBytes {
    bytes: js_sys::Uint8Array,
    at: u32,
}

impl JsBytes {
    pub fn new(bytes: js_sys::Uint8Array) -> JsBytes {
        JsBytes { bytes, at: 0 }
    }
}

impl std::io::Read for JsBytes {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = (self.bytes.length() - self.at).min(buf.len() as u32);
        self.bytes.subarray(self.at, self.at + n).copy_to(&mut buf[..n as usize]);
        self.at += n;
        Ok(n as usize)
    }
}
