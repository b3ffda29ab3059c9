//! The wasm entry point. The loader (loader/signpost.js) imports the glue,
//! instantiates the wasm and calls `mount` with the element it created inside
//! its shadow root.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Mounts the widget into `root` and returns the function the loader forwards
/// `Signpost(method, ...args)` calls to.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn mount(root: web_sys::HtmlElement, options: JsValue) -> js_sys::Function {
    signpost::host::mount(root, options)
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    signpost::host::install_panic_hook();
}
