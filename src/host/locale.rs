//! locale: which language the panel speaks, and fetching its Fluent file.
//! Negotiation itself is `i18n::negotiate`; this gathers its inputs from the
//! page (URL parameter, saved choice, `navigator.languages`) and loads only
//! the negotiated files, so that adding a language costs no wasm bytes.

use super::{fetch, storage, warn};
use crate::i18n::{self, Localizer, Preferences, EN_US_FTL, REFERENCE_LOCALE};
use crate::pseudo;
use crate::ui::L10n;
use crate::widget::Widget;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// The storage key of the user's own choice (documented in the README).
pub const SAVED_KEY: &str = "signpost:locale";
const LOCALE_TIMEOUT_MS: u32 = 8_000;

thread_local! {
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
    /// The host's `setLocale`, the `?signpost-locale=` parameter, or the
    /// user's pick in the switcher during this visit.
    static EXPLICIT: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Locale files by tag, fetched or in flight (a promise of the text, or
    /// of null on failure): two negotiations at once (at mount and when the
    /// config arrives) share one request, and switching back is instant.
    static FILES: RefCell<HashMap<String, js_sys::Promise>> = RefCell::new(HashMap::new());
    /// Locale files that failed for a reason that may pass (network, time-out, 5xx).
    static FAILED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// Only the newest negotiation may apply its result.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    /// (locale, id) pairs already reported as falling back.
    static FELL_BACK: RefCell<std::collections::BTreeSet<(String, String)>> =
        const { RefCell::new(std::collections::BTreeSet::new()) };
    /// Fetch failures already reported: a file fetched again on each open
    /// that fails the same way is reported once.
    static REPORTED: RefCell<std::collections::BTreeSet<String>> = const { RefCell::new(std::collections::BTreeSet::new()) };
}

/// Warns once per message that the primary locale lacks; the view shows the
/// next locale's text, never the id.
pub fn note_fallback(l: &Localizer, id: &str) {
    if !l.missing_in_primary(id) {
        return;
    }
    let locale = l.primary_locale();
    if FELL_BACK.with(|f| f.borrow_mut().insert((locale.clone(), id.to_string()))) {
        let used = l.resolving_locale(id).unwrap_or_default();
        warn(&format!("the {locale} translation has no message \"{id}\"; showing the {used} text."));
    }
}

/// Remembers where the locale files are (`<base>locales/<tag>/signpost.ftl`)
/// and reads `?signpost-locale=` from the page URL.
pub fn init(base: &str) {
    BASE.with(|b| *b.borrow_mut() = base.to_string());
    let param = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("signpost-locale"));
    if let Some(tag) = param.filter(|t| !t.is_empty()) {
        EXPLICIT.with(|e| *e.borrow_mut() = Some(tag));
    }
}

/// The host page's explicit choice (`setLocale`).
pub fn set_explicit(tag: String) {
    EXPLICIT.with(|e| *e.borrow_mut() = Some(tag));
}

/// The user's pick in the language switcher: applies now and is remembered.
pub fn choose(tag: String) {
    storage::set(SAVED_KEY, &tag);
    set_explicit(tag);
}

/// What the user asked for, before the config says what it offers: the
/// host page's explicit choice, the choice saved from the switcher, and the
/// browser's languages. Negotiation and a large config's kept languages
/// both start from these.
struct Choices {
    explicit: Option<String>,
    saved: Option<String>,
    browser: Vec<String>,
}

impl Choices {
    fn read() -> Choices {
        Choices {
            explicit: EXPLICIT.with(|e| e.borrow().clone()),
            saved: storage::get(SAVED_KEY),
            browser: web_sys::window()
                .map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect())
                .unwrap_or_default(),
        }
    }
}

/// Every language the user may want the panel in before the config is
/// known: the choices, and the reference locale (`negotiate` picks among
/// these and the config's default).
pub fn wanted_languages() -> Vec<String> {
    let Choices { explicit, saved, mut browser } = Choices::read();
    browser.extend(explicit);
    browser.extend(saved);
    browser.push(REFERENCE_LOCALE.to_string());
    browser
}

/// The locales the panel speaks, best first, given what the platform offers.
fn negotiated(choices: &Choices, offered: &[String], default: Option<&str>) -> Vec<String> {
    if choices.explicit.as_deref() == Some(pseudo::TAG) {
        return vec![pseudo::TAG.to_string(), REFERENCE_LOCALE.to_string()];
    }
    let offered: Vec<&str> = offered.iter().map(String::as_str).collect();
    let prefs = Preferences {
        explicit: choices.explicit.as_deref(),
        saved: choices.saved.as_deref(),
        browser: &choices.browser,
        config_default: default,
    };
    i18n::negotiate(&prefs, &offered)
}

/// The locales the panel will speak once `config` is in place: which of
/// its FAQ translation files to fetch before showing it.
pub fn chain_for(config: &crate::config::Config) -> Vec<String> {
    chain_for_platform(&config.platform)
}

/// The same, from the platform alone (all it depends on in the config).
pub fn chain_for_platform(platform: &crate::config::Platform) -> Vec<String> {
    let offered = i18n::offered(&platform.locales);
    negotiated(&Choices::read(), &offered, platform.default_locale.as_deref())
}

/// Negotiates, fetches what is missing and switches the panel's language.
pub async fn apply(state: RwSignal<Widget>, l10n: L10n) {
    let generation = GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    });
    let (offered, default) = state.with_untracked(|s| (s.offered_locales(), s.default_locale().map(String::from)));
    let chain = negotiated(&Choices::read(), &offered, default.as_deref());
    crate::host::ensure_languages(state, &chain);

    let mut sources = Vec::with_capacity(chain.len());
    for tag in chain {
        let source = match tag.as_str() {
            REFERENCE_LOCALE => Some(EN_US_FTL.to_string()),
            t if t == pseudo::TAG => Some(pseudo::localize(EN_US_FTL)),
            t => file(t).await,
        };
        if let Some(source) = source {
            sources.push((tag, source));
        }
    }
    if GENERATION.with(Cell::get) != generation {
        return;
    }
    let overrides = state.with_untracked(|s| match &s.config {
        crate::widget::ConfigState::Ready(c) => c.messages.clone(),
        _ => Default::default(),
    });
    let (localizer, errors) = Localizer::new(sources);
    for e in errors {
        warn(&format!("the {} translation has a problem: {}", e.locale, e.message));
    }
    let localizer = localizer.with_overrides(&overrides);
    let primary = localizer.primary_locale();
    l10n.set(localizer);
    state.update(|s| s.locale = primary);
}

/// Negotiates again if a locale file could not be fetched last time (the
/// panel is being opened): the user's language comes back with the network.
pub fn retry_if_failed(state: RwSignal<Widget>, l10n: L10n) {
    let failed = FAILED.with(|f| std::mem::take(&mut *f.borrow_mut()));
    if !failed.is_empty() {
        FILES.with(|f| failed.iter().for_each(|tag| drop(f.borrow_mut().remove(tag))));
        leptos::task::spawn_local(apply(state, l10n));
    }
}

/// A locale file, fetched once. A failure is reported and the chain falls
/// back to the next locale (in the end the compiled-in en-US).
async fn file(tag: &str) -> Option<String> {
    let promise = FILES.with(|f| {
        f.borrow_mut()
            .entry(tag.to_string())
            .or_insert_with(|| wasm_bindgen_futures::future_to_promise(fetch_file(tag.to_string())))
            .clone()
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|v| v.as_string())
}

async fn fetch_file(tag: String) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    let url = fetch::absolute_url(&format!("{}locales/{tag}/signpost.ftl", BASE.with(|b| b.borrow().clone())));
    match fetch::text(&url, LOCALE_TIMEOUT_MS).await {
        Ok(text) => Ok(text.into()),
        Err(e) => {
            let message = format!("the {tag} translation at {url} {e}; showing the next language available.");
            if REPORTED.with(|r| r.borrow_mut().insert(message.clone())) {
                warn(&message);
            }
            if e.is_transient() {
                FAILED.with(|f| f.borrow_mut().push(tag));
            }
            Ok(wasm_bindgen::JsValue::NULL)
        }
    }
}
