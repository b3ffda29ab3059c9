//! translations: fetches the FAQ translation files (`faq_translations`) of
//! the languages the panel is about to speak and merges them into the config
//! before it is shown, so that a user downloads their own languages only.

use super::{fetch, warn, CONFIG_TIMEOUT_MS};
use crate::config::{self, Config, LoadError};
use crate::links::{self, LinkKind};

/// Whether `config` has a translation file still to fetch for a locale of `chain`.
pub fn wanted(config: &Config, chain: &[String]) -> bool {
    chain.iter().any(|tag| config.faq_translations.contains_key(tag))
}

/// Fetches the translation files of `chain`'s locales (`base` is the URL
/// that relative paths are read against: the config's own) and merges them
/// into `config`. Each one is then taken off `config.faq_translations`,
/// merged or not: a failure is reported, and the FAQ falls back to the next
/// language it has.
pub async fn merge(config: &mut Config, chain: &[String], base: &str) {
    for tag in chain {
        let Some(url) = config.faq_translations.remove(tag) else { continue };
        let resolved = web_sys::Url::new_with_base(&url, base).map(|u| u.href()).ok();
        let Some(resolved) = resolved.filter(|r| links::check(r) == Ok(LinkKind::Web)) else {
            warn(&format!(
                "the configuration: faq_translations.{tag}: {url:?} read against {base} is not an address the widget may fetch (expected https:); the FAQ is shown in the next language it has."
            ));
            continue;
        };
        let read = fetch::js_bytes(&resolved, CONFIG_TIMEOUT_MS).await.and_then(|bytes| {
            let text = crate::utf8::decode(bytes.to_vec());
            config::translate(&mut config.faq, tag, &text).map_err(LoadError::Invalid)
        });
        let origin = format!("the FAQ translation ({tag}) at {resolved}");
        match read {
            Ok(issues) => issues.iter().for_each(|issue| warn(&format!("{origin}: {issue}"))),
            Err(e) => warn(&format!("{origin} {e}; the FAQ is shown in the next language it has.")),
        }
    }
}
