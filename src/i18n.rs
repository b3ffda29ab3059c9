//! i18n: every word the widget shows, looked up in Fluent bundles.
//!
//! One `FluentBundle` per locale, in the negotiated order; a message missing
//! from the first bundle is looked up in the next (falling back is our job,
//! not fluent's). en-US is compiled in and always last, so the widget can
//! speak even when no locale file can be fetched.

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The reference locale's messages, compiled into the wasm.
pub const EN_US_FTL: &str = include_str!("../locales/en-US/signpost.ftl");
pub const REFERENCE_LOCALE: &str = "en-US";

/// Formatted placeables carry these Unicode isolation marks so that
/// right-to-left text around a left-to-right name still reads correctly.
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

/// Looks messages up along a chain of locales.
pub struct Localizer {
    bundles: Vec<FluentBundle<FluentResource>>,
}

/// A problem in a locale file, located for a translator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlError {
    pub locale: String,
    pub message: String,
}

impl Localizer {
    /// The compiled-in reference locale alone.
    pub fn reference() -> Self {
        let mut bundles = Vec::new();
        let (bundle, errors) = bundle_for(REFERENCE_LOCALE, EN_US_FTL);
        debug_assert!(errors.is_empty(), "en-US must parse cleanly: {errors:?}");
        bundles.push(bundle);
        Localizer { bundles }
    }

    /// The locale whose bundle is asked first.
    pub fn primary_locale(&self) -> String {
        self.bundles[0].locales[0].to_string()
    }

    /// A message with no variables.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with variables. A message missing everywhere gives an
    /// empty string rather than its id: ids are never shown to users, and a
    /// native test keeps en-US complete for every id the code uses.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for bundle in &self.bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
        }
        String::new()
    }
}

/// Builds one bundle from FTL source, keeping whatever parses.
pub fn bundle_for(locale: &str, source: &str) -> (FluentBundle<FluentResource>, Vec<FtlError>) {
    let mut errors = Vec::new();
    let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, parse_errors)) => {
            errors.extend(parse_errors.into_iter().map(|e| FtlError {
                locale: locale.to_string(),
                message: e.to_string(),
            }));
            r
        }
    };
    if let Err(add_errors) = bundle.add_resource(resource) {
        errors.extend(add_errors.into_iter().map(|e| FtlError {
            locale: locale.to_string(),
            message: e.to_string(),
        }));
    }
    (bundle, errors)
}

/// The message ids of the reference locale (what a config may override).
pub fn reference_ids() -> std::collections::BTreeSet<&'static str> {
    EN_US_FTL
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()))
        .collect()
}

/// Removes the isolation marks, for comparing formatted text in tests and
/// for plain-text outputs such as an e-mail body.
pub fn strip_isolation(text: &str) -> String {
    text.chars().filter(|c| *c != FSI && *c != PDI).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_locale_parses_cleanly() {
        let (_, errors) = bundle_for(REFERENCE_LOCALE, EN_US_FTL);
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn formats_with_isolated_placeables() {
        let l = Localizer::reference();
        assert_eq!(l.text("launcher-open"), "Help");
        let title = l.format("panel-title", &[("platform", "Northwind".into())]);
        assert_eq!(title, "\u{2068}Northwind\u{2069} help");
        assert_eq!(strip_isolation(&title), "Northwind help");
    }

    #[test]
    fn a_missing_message_never_shows_its_id() {
        let l = Localizer::reference();
        assert_eq!(l.text("no-such-message"), "");
    }
}
