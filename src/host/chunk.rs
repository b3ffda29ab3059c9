//! chunk: what the wasm chunks of the split release build share (feature
//! `split`; scripts/build-dist.sh cuts them out). A function marked
//! `#[wasm_split(name, fallible)]` is, in that build, an `async` wrapper that
//! fetches its chunk first; without the feature it is the plain function.
//! These two calls take either, so a call site is written once.

/// A chunk could not be fetched (the chunk loader has told the console once).
pub struct Unloaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for Unloaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        Unloaded
    }
}

/// The result of calling into a chunk that is already here. The wrapper's
/// future is then ready at its first poll, so the result (a view, say) is
/// made now, under the caller's reactive owner, like any other. `None` if
/// the chunk was not here after all.
#[cfg(feature = "split")]
pub fn now<T>(call: impl std::future::Future<Output = Result<T, Unloaded>>) -> Option<T> {
    use std::task::{Context, Poll, Waker};
    match std::pin::pin!(call).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(result) => result.ok(),
        Poll::Pending => None,
    }
}

#[cfg(not(feature = "split"))]
pub fn now<T>(call: Result<T, Unloaded>) -> Option<T> {
    call.ok()
}

/// The result of calling into a chunk, fetching it first if it is not here.
#[cfg(feature = "split")]
pub async fn fetched<T>(call: impl std::future::Future<Output = Result<T, Unloaded>>) -> Result<T, Unloaded> {
    call.await
}

#[cfg(not(feature = "split"))]
pub async fn fetched<T>(call: Result<T, Unloaded>) -> Result<T, Unloaded> {
    call
}
