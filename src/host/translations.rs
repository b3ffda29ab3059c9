//! translations: fetches the FAQ translation files (`faq_translations`) of
//! the languages the panel is about to speak and merges them into the config
//! before it is shown, so that a user downloads their own languages only.

use super::{feed_in_slices, fetch, warn, CONFIG_TIMEOUT_MS, KEEP_MAX_BYTES};
use crate::config::{self, Config, ConfigError, Issue, LoadError, Pieces, Translation};
use crate::links::{self, LinkKind};
use crate::model::FaqEntry;
use std::cell::RefCell;

thread_local! {
    /// Files that failed for a reason that may pass (network, time-out,
    /// 5xx), as (tag, URL): fetched again when the panel is next opened.
    static FAILED: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Whether `config` has a translation file still to fetch for a locale of `chain`.
pub fn wanted(config: &Config, chain: &[String]) -> bool {
    chain.iter().any(|tag| config.faq_translations.contains_key(tag))
}

/// Fetches the translation files of `chain`'s locales (`base` is the URL
/// that relative paths are read against: the config's own) and merges them
/// into `config`. Each one is then taken off `config.faq_translations`,
/// merged or not: a failure is reported, and the FAQ falls back to the next
/// language it has. `prune`: the config is then kept to what `chain` shows
/// (a large one, `put_in_place`), so the last file, if large, is kept so
/// entry by entry as it is read.
pub async fn merge(config: &mut Config, chain: &[String], base: &str, prune: bool) {
    let last = chain.iter().rposition(|tag| config.faq_translations.contains_key(tag));
    for (i, tag) in chain.iter().enumerate() {
        let Some(url) = config.faq_translations.remove(tag) else { continue };
        let resolved = web_sys::Url::new_with_base(&url, base).map(|u| u.href()).ok();
        let Some(resolved) = resolved.filter(|r| links::check(r) == Ok(LinkKind::Web)) else {
            warn(&format!(
                "the configuration: faq_translations.{tag}: {url:?} read against {base} is not an address the widget may fetch (expected https:); the FAQ is shown in the next language it has."
            ));
            continue;
        };
        let fetched = fetch::js_bytes(&resolved, CONFIG_TIMEOUT_MS).await;
        if fetched.as_ref().is_err_and(LoadError::is_transient) {
            FAILED.with(|f| f.borrow_mut().push((tag.clone(), url.clone())));
        }
        let read = match fetched {
            Ok(bytes) => {
                let keep_shown = (prune && Some(i) == last).then_some(chain);
                read(&mut config.faq, tag, &bytes, keep_shown).await.map_err(LoadError::Invalid)
            }
            Err(e) => Err(e),
        };
        let origin = format!("the FAQ translation ({tag}) at {resolved}");
        match read {
            Ok(issues) => issues.iter().for_each(|issue| warn(&format!("{origin}: {issue}"))),
            Err(e) => warn(&format!("{origin} {e}; the FAQ is shown in the next language it has.")),
        }
    }
}

/// The files that failed for a reason that may pass, as (tag, URL), now
/// taken to be fetched again.
pub fn take_failed() -> Vec<(String, String)> {
    FAILED.with(|f| std::mem::take(&mut *f.borrow_mut()))
}

/// Forgets the failures (the widget shuts down).
pub fn forget_failed() {
    FAILED.with(|f| f.borrow_mut().clear());
}

/// Reads a translation file into `faq`: a large one a piece at a time in
/// slices, like a large config, and keeping only what `keep_shown` shows
/// if given (`Translation::keeping_shown`). A file `Pieces` leaves is read
/// again whole, which says what is wrong (and reports each entry once).
async fn read(faq: &mut Vec<FaqEntry>, tag: &str, bytes: &js_sys::Uint8Array, keep_shown: Option<&[String]>) -> Result<Vec<Issue>, ConfigError> {
    let whole = || crate::utf8::decode(bytes.to_vec());
    if bytes.length() <= KEEP_MAX_BYTES {
        return config::translate(faq, tag, &whole());
    }
    let mut translation = Translation::new(std::mem::take(faq), tag);
    if let Some(chain) = keep_shown {
        translation = translation.keeping_shown(chain);
    }
    let mut pieces = Pieces::translating(translation);
    feed_in_slices(bytes, &mut pieces).await;
    let (entries, issues) = match pieces.into_translation() {
        Ok(read) => read.finish(),
        Err(part) => {
            *faq = part.finish().0;
            return config::translate(faq, tag, &whole());
        }
    };
    *faq = entries;
    Ok(issues)
}
