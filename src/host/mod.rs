//! host: the glue between the host page and the widget. It mounts the views
//! into the element the loader created inside its shadow root, fetches the
//! config, answers `Signpost(...)` calls and writes to the console. The rules
//! it applies all live in the pure modules.

pub mod chunk;
pub mod fetch;
pub mod locale;
mod status;
mod storage;
mod translations;
pub mod zones;

pub use zones::format_time;

use crate::config::{self, LoadError};
use crate::i18n::Localizer;
use crate::ui::{App, L10n};
use crate::widget::{ConfigState, Widget};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long a config fetch may take before it counts as failed.
const CONFIG_TIMEOUT_MS: u32 = 8_000;
/// The pause before the one retry of a failed config fetch.
const CONFIG_RETRY_MS: u32 = 1_500;
/// Configs up to this size are parsed whole and kept for the next visit.
const KEEP_MAX_BYTES: u32 = 1 << 20;

thread_local! {
    static MOUNTED: RefCell<Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>> =
        const { RefCell::new(None) };
    static PANICKED: Cell<bool> = const { Cell::new(false) };
    /// The loader's `onCrash`: it replaces the widget with a "help is not
    /// available, try again" box and can start a fresh instance.
    static ON_CRASH: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static L10N: Cell<Option<L10n>> = const { Cell::new(None) };
    /// Host page listeners registered with `on(event, fn)`.
    static LISTENERS: RefCell<Vec<(String, js_sys::Function)>> = const { RefCell::new(Vec::new()) };
    /// The element the app is mounted in (inside the shadow root).
    static ROOT: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
    /// What `shutdown()` undoes besides the views: listeners on the page.
    static CLEANUPS: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
    /// The last config failure reported on the console.
    static LAST_CONFIG_ERROR: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Counts shutdowns, so that work started before one stops after it.
    static EPOCH: Cell<u32> = const { Cell::new(0) };
    /// Counts configs given by `boot()`: a URL's answer arriving after one is dropped.
    static BOOTS: Cell<u32> = const { Cell::new(0) };
    /// An `openFaq` call made before the config arrived.
    static PENDING_FAQ: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The config shown, when it is a large one that keeps some languages only.
    static LARGE: RefCell<Option<Large>> = const { RefCell::new(None) };
    /// The URL of the config (None: given by `boot()`), which its relative
    /// paths are read against.
    static CONFIG_URL: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Counts configs to show: one that waited for its translations is not
    /// shown if another came meanwhile.
    static SHOWN: Cell<u32> = const { Cell::new(0) };
}

/// A config as fetched: a small one's text (kept for the next visit), or
/// what a large one kept.
enum Fetched {
    Small(String),
    Large(Large),
}

/// A large config (over `KEEP_MAX_BYTES`): where it is, and the language
/// chain whose FAQ texts alone it keeps: the one it was read again for, the
/// one its entries were kept to as it was read (its platform came before its
/// FAQ), or its translation files merged for (`None` when read first
/// without any of these: the chain negotiated when it is put in place).
#[derive(Clone)]
struct Large {
    url: String,
    chain: Option<Vec<String>>,
}

/// Logs one clear console error for a panic instead of a bare "unreachable".
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if !PANICKED.replace(true) {
            error(&format!("internal error ({info}). The help panel stopped and offers to start again."));
            // try_with and no unwrap: a panic here would abort without telling the loader.
            let on_crash = ON_CRASH.try_with(|c| c.try_borrow().ok().and_then(|c| c.clone())).ok().flatten();
            if let Some(f) = on_crash {
                let _ = f.call0(&JsValue::NULL);
            }
        }
    }));
}

pub fn error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("Signpost: {message}")));
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("Signpost: {message}")));
}

/// What the loader tells the widget when it mounts it.
struct Options {
    config_url: Option<String>,
    /// Called if the widget panics.
    on_crash: Option<js_sys::Function>,
    /// The directory the loader was served from, ending in `/`.
    base: String,
    /// The config's request, if the loader made it (`fetch::started_early`).
    early: JsValue,
}

impl Options {
    fn read(value: &JsValue) -> Options {
        let get = |key: &str| {
            js_sys::Reflect::get(value, &JsValue::from_str(key))
                .ok()
                .and_then(|v| v.as_string())
                .filter(|s| !s.is_empty())
        };
        let on_crash = js_sys::Reflect::get(value, &"onCrash".into()).ok().and_then(|f| f.dyn_into().ok());
        let early = js_sys::Reflect::get(value, &"early".into()).unwrap_or_default();
        Options { config_url: get("configUrl"), on_crash, base: get("base").unwrap_or_default(), early }
    }
}

/// Mounts the app into `root` and returns the dispatcher for host calls.
pub fn mount(root: web_sys::HtmlElement, options: JsValue) -> js_sys::Function {
    let options = Options::read(&options);
    ON_CRASH.with(|c| *c.borrow_mut() = options.on_crash.clone());
    fetch::started_early(&options.early);
    let state = RwSignal::new(Widget::default());
    let l10n = L10n::new(RwSignal::new_local(Localizer::reference()));
    locale::init(&options.base);
    let on_locale = Callback::new(move |tag: String| {
        locale::choose(tag);
        leptos::task::spawn_local(locale::apply(state, l10n));
    });

    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let draft = storage::session_get(storage::DRAFT_KEY).map(|t| crate::widget::Draft::from_json(&t)).unwrap_or_default();
    state.update(|s| {
        s.page = crate::widget::Page::new(&href);
        s.draft = draft;
    });

    ROOT.with(|r| *r.borrow_mut() = Some(root.clone()));
    let handle = leptos::mount::mount_to(root, move || view! { <App state l10n on_locale/> }.into_any());
    MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
    // Effects need the executor that mounting sets up.
    watch(state);
    status::watch(state);
    L10N.with(|l| l.set(Some(l10n)));
    leptos::task::spawn_local(locale::apply(state, l10n));

    if let Some(url) = options.config_url.clone() {
        retry_config_on_open(url, state);
    }
    // A translation that could not be fetched is fetched again on the next open.
    on_each_open(state, move || locale::retry_if_failed(state, l10n));
    on_each_open(state, move || retry_faq_translations(state));
    match options.config_url {
        Some(url) => leptos::task::spawn_local(load_from_url(url, state)),
        // The loader replays queued calls (a `boot` among them) right after
        // this returns; only if none gave a config is that an error.
        None => leptos::task::spawn_local(async move {
            if state.with_untracked(|s| s.config == ConfigState::Loading) {
                error(&format!("the configuration {}", LoadError::NoneGiven));
                state.update(|s| s.set_unavailable(None));
            }
        }),
    }

    let dispatch = move |method: String, args: js_sys::Array| -> JsValue {
        call(state, &method, &args);
        JsValue::UNDEFINED
    };
    Closure::<dyn Fn(String, js_sys::Array) -> JsValue>::new(dispatch)
        .into_js_value()
        .unchecked_into()
}

/// A config that could not be loaded (and had no saved copy) is fetched
/// again each time the panel is opened, so that the widget recovers when the
/// network comes back, without a reload of the page.
fn retry_config_on_open(url: String, state: RwSignal<Widget>) {
    on_each_open(state, move || {
        if state.with_untracked(|s| matches!(s.config, ConfigState::Unavailable { .. })) {
            state.update(|s| s.config = ConfigState::Loading);
            leptos::task::spawn_local(load_from_url(url.clone(), state));
        }
    });
}

/// Runs `f` each time the panel goes from closed to open (not at mount).
fn on_each_open(state: RwSignal<Widget>, f: impl Fn() + 'static) {
    Effect::new(move |was_open: Option<bool>| {
        let open = state.with(|s| s.open);
        if open && was_open == Some(false) {
            f();
        }
        open
    });
}

/// Keeps the draft in sessionStorage and tells the host page about opening,
/// closing and FAQ views.
fn watch(state: RwSignal<Widget>) {
    Effect::new(move |_| {
        let draft = state.with(|s| s.draft.clone());
        if draft.is_empty() {
            storage::session_remove(storage::DRAFT_KEY);
        } else {
            storage::session_set(storage::DRAFT_KEY, &draft.to_json());
        }
    });
    // Compared with the state at mount (closed, nothing viewed), so that an
    // `open` replayed from the queue before the first run is reported too.
    Effect::new(move |before: Option<bool>| {
        let open = state.with(|s| s.open);
        // On phones the open panel's host covers the screen (style/signpost.css).
        if let Some(host) = ROOT.with(|r| r.borrow().clone()).and_then(|root| root.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok()) {
            let _ = if open { host.host().set_attribute("data-open", "") } else { host.host().remove_attribute("data-open") };
        }
        if open != before.unwrap_or(false) {
            emit(if open { "open" } else { "close" }, &js_sys::Object::new());
        }
        open
    });
    Effect::new(move |before: Option<Option<String>>| {
        let viewed = state.with(|s| s.faq.open.clone());
        if let Some(id) = viewed.as_deref().filter(|id| before.as_ref().and_then(Option::as_deref) != Some(id)) {
            emit("faq_view", &object(&[("id", id.into())]));
        }
        viewed
    });
}

/// `target[name]` when it is a function (an API the browser may lack).
fn function(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(target, &name.into()).ok()?.dyn_into().ok()
}

/// A plain object for an event payload or an options argument.
fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in entries {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// One `Signpost(method, ...args)` call from the host page. Never throws:
/// a wrong call is reported on the console and ignored.
fn call(state: RwSignal<Widget>, method: &str, args: &js_sys::Array) {
    match method {
        "open" => state.update(Widget::open),
        "close" => state.update(Widget::close),
        "toggle" => state.update(Widget::toggle),
        "boot" => boot(state, &args.get(0)),
        "on" | "off" => listen(method, &args.get(0), &args.get(1)),
        "openAdvisor" => open_advisor(state, &args.get(0)),
        "identify" => identify(state, &args.get(0)),
        "openFaq" => match args.get(0).as_string() {
            Some(id) if state.with_untracked(|s| s.config == ConfigState::Loading) => {
                PENDING_FAQ.with(|p| *p.borrow_mut() = Some(id));
            }
            Some(id) => open_faq(state, &id),
            None => error("openFaq(id) expects the id of an FAQ entry as a string, for example Signpost('openFaq', 'withdrawal-failed')."),
        },
        "setLocale" => match args.get(0).as_string().filter(|t| t.parse::<unic_langid::LanguageIdentifier>().is_ok()) {
            Some(tag) => {
                locale::set_explicit(tag);
                relocalize(state);
            }
            None => error("setLocale(tag) expects a language tag such as \"zh-CN\", for example Signpost('setLocale', 'zh-CN')."),
        },
        "shutdown" => shutdown(state),
        other => error(&format!(
            "unknown method {other:?}. Known methods: boot(config), open(), close(), toggle(), openFaq(id), openAdvisor({{topic, urgency}}), setLocale(tag), identify({{accountId, email, name}}), on(event, fn), off(event, fn), shutdown()."
        )),
    }
}

/// Leaves nothing behind: the views and their effects, listeners on the
/// page, timers, polling, host listeners and every stored key. (The loader
/// removes the element it made.)
fn shutdown(state: RwSignal<Widget>) {
    // Closed first, so that nothing keeps polling the status feed.
    state.update(Widget::close);
    status::cancel();
    EPOCH.with(|e| e.set(e.get() + 1));
    // A timer still set finds nothing to report.
    SEARCH.with(|s| s.borrow_mut().take());
    for cleanup in CLEANUPS.with(|c| std::mem::take(&mut *c.borrow_mut())) {
        cleanup();
    }
    LISTENERS.with(|l| l.borrow_mut().clear());
    PENDING_FAQ.with(|p| p.borrow_mut().take());
    LARGE.with(|l| l.borrow_mut().take());
    CONFIG_URL.with(|u| u.borrow_mut().take());
    translations::forget_failed();
    MOUNTED.with(|m| m.borrow_mut().take());
    storage::forget_all();
}

fn boot(state: RwSignal<Widget>, config: &JsValue) {
    if !config.is_object() {
        error("boot(config) expects the configuration object as its argument, for example Signpost('boot', { platform: { name: 'Example' } }).");
        return;
    }
    match plain_json(config, 0) {
        Ok(value) => {
            BOOTS.with(|b| b.set(b.get() + 1));
            CONFIG_URL.with(|u| u.borrow_mut().take());
            apply(state, "passed to boot()", config::from_value(&value).map_err(LoadError::Invalid));
        }
        Err(e) => error(&format!("boot(config): the configuration {e}.")),
    }
}

/// Reads a plain JavaScript object as JSON by walking it, not with
/// `JSON.stringify`: a page's `Array.prototype.toJSON` (old libraries add
/// one) or a replaced `JSON` would change what it says. Only own enumerable
/// properties count, so a polluted `Object.prototype` adds nothing.
fn plain_json(v: &JsValue, depth: usize) -> Result<serde_json::Value, String> {
    use serde_json::Value;
    // Deeper than any config; a cycle would otherwise never end.
    if depth > 32 {
        return Err("is nested too deeply (does it contain a cycle?)".into());
    }
    if v.is_null() || v.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        // JavaScript has one number type; JSON text would say 1234, not 1234.0.
        if n.fract() == 0.0 && n.abs() < 9e15 {
            return Ok(Value::from(n as i64));
        }
        return serde_json::Number::from_f64(n).map(Value::Number).ok_or_else(|| format!("contains the number {n}, which JSON cannot hold"));
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if js_sys::Array::is_array(v) {
        let array: &js_sys::Array = v.unchecked_ref();
        return (0..array.length()).map(|i| plain_json(&array.get(i), depth + 1)).collect::<Result<_, _>>().map(Value::Array);
    }
    if v.is_object() && !v.is_function() {
        let mut map = serde_json::Map::new();
        for key in js_sys::Object::keys(v.unchecked_ref::<js_sys::Object>()).iter() {
            let value = js_sys::Reflect::get(v, &key).map_err(|_| "has a property that cannot be read".to_string())?;
            // JSON leaves out functions and undefined values; so does this.
            if value.is_function() || value.is_undefined() {
                continue;
            }
            map.insert(key.as_string().unwrap_or_default(), plain_json(&value, depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    Err("contains a value JSON cannot hold (a BigInt or a symbol)".into())
}

async fn load_from_url(url: String, state: RwSignal<Widget>) {
    let epoch = EPOCH.with(Cell::get);
    let boots = BOOTS.with(Cell::get);
    // Shut down meanwhile, or given a config by boot(): that wins.
    let superseded = move || EPOCH.with(Cell::get) != epoch || BOOTS.with(Cell::get) != boots;
    // Parsing is not added to the mount's task (the host page's main thread).
    sleep(0).await;
    // boot() may also have given a config before this task started.
    if superseded() || !state.with_untracked(|s| s.config == ConfigState::Loading) {
        return;
    }
    let absolute = fetch::absolute_url(&url);
    CONFIG_URL.with(|u| *u.borrow_mut() = Some(absolute.clone()));
    let origin = format!("at {absolute}");
    let key = storage::config_key(&absolute);
    // The last copy that loaded is shown at once, so a slow or broken
    // network costs the user nothing; the answer replaces it if it differs.
    let saved = storage::get(&key).and_then(|body| {
        show(state, config::parse(&body).ok()?.config, None);
        Some(body)
    });
    let fetch_once = || async {
        let bytes = fetch::js_bytes(&absolute, CONFIG_TIMEOUT_MS).await?;
        // A small config is parsed whole (faster) and kept for the next visit.
        if bytes.length() <= KEEP_MAX_BYTES {
            let body = crate::utf8::decode(bytes.to_vec());
            return config::parse(&body).map(|loaded| (loaded, Fetched::Small(body))).map_err(LoadError::Invalid);
        }
        // A large one is read from JavaScript memory in pieces, never whole
        // in wasm memory beside the config made from it (wasm memory keeps
        // its peak), and keeps the FAQ in the user's languages only; it is
        // not kept either: a copy would take much of the host site's storage.
        let keep = config::Keep::of(locale::wanted_languages());
        let (loaded, chain) = parse_large(&bytes, &keep, Box::new(locale::chain_for_platform)).await?;
        let large = Large { url: absolute.clone(), chain };
        Ok((loaded, Fetched::Large(large)))
    };
    let mut result = fetch_once().await;
    // Not after a time-out: the user has waited long enough for this open.
    if result.as_ref().is_err_and(|e| e.is_transient() && !matches!(e, LoadError::Timeout { .. })) {
        sleep(CONFIG_RETRY_MS).await;
        if superseded() {
            return;
        }
        result = fetch_once().await;
    }
    if superseded() {
        return;
    }
    match (result, saved) {
        (Ok((loaded, fetched)), saved) => {
            report_issues(&origin, &loaded);
            match fetched {
                Fetched::Small(body) if saved.as_ref() == Some(&body) => {}
                Fetched::Small(body) => {
                    storage::set(&key, &body);
                    show(state, loaded.config, None);
                }
                Fetched::Large(large) => {
                    if saved.is_some() {
                        storage::remove(&key);
                    }
                    show(state, loaded.config, Some(large));
                }
            }
        }
        (Err(e), Some(_)) => warn(&format!("the configuration {origin} {e}; using the last copy that loaded.")),
        (Err(e), None) => apply(state, &origin, Err(e)),
    }
}

/// The events a host page can listen to.
const EVENTS: &[&str] = &["open", "close", "faq_view", "search", "advice_shown", "handoff"];

fn listen(method: &str, event: &JsValue, handler: &JsValue) {
    let (Some(event), Some(handler)) = (event.as_string(), handler.dyn_ref::<js_sys::Function>()) else {
        error(&format!("{method}(event, fn) expects an event name and a function, for example Signpost('{method}', 'handoff', function (payload) {{ ... }})."));
        return;
    };
    if !EVENTS.contains(&event.as_str()) {
        error(&format!("{method}({event:?}, fn): unknown event. Events: {}.", EVENTS.join(", ")));
        return;
    }
    LISTENERS.with(|l| {
        let mut l = l.borrow_mut();
        if method == "on" {
            l.push((event, handler.clone()));
        } else {
            l.retain(|(e, f)| !(e == &event && f == handler));
        }
    });
}

/// Calls the host page's listeners; an exception in one is logged, not thrown.
pub fn emit(event: &str, payload: &JsValue) {
    let handlers: Vec<js_sys::Function> =
        LISTENERS.with(|l| l.borrow().iter().filter(|(e, _)| e == event).map(|(_, f)| f.clone()).collect());
    for f in handlers {
        if let Err(e) = f.call1(&JsValue::NULL, payload) {
            error(&format!("a listener for the {event:?} event threw: {}", describe(&e)));
        }
    }
}

fn describe(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &"message".into()).ok().and_then(|m| m.as_string()).or_else(|| e.as_string()).unwrap_or_else(|| format!("{e:?}"))
}

/// The user went to a channel (for a host-page chat, the host opens it
/// with the summary).
pub fn emit_handoff(state: &Widget, summary: &crate::handoff::Summary) {
    let Some(channel) = state.chosen_channel() else { return };
    emit(
        "handoff",
        &object(&[
            ("channel", channel.id.as_str().into()),
            ("kind", channel.kind.id().into()),
            ("topic", state.advisor.topic.id().into()),
            ("urgency", state.advisor.urgency.id().into()),
            ("subject", summary.subject.as_str().into()),
            ("summary", summary.text().into()),
        ]),
    );
}

/// The advisor showed its ranking (channel ids, best first).
pub fn emit_advice_shown(question: &crate::advice::Question, channels: &[String]) {
    let ids: js_sys::Array = channels.iter().map(|c| JsValue::from_str(c)).collect();
    emit(
        "advice_shown",
        &object(&[
            ("topic", question.topic.id().into()),
            ("urgency", question.urgency.id().into()),
            ("complexity", question.complexity.id().into()),
            ("preference", question.preference.id().into()),
            ("channels", ids.into()),
        ]),
    );
}

/// A `search` event waiting for the query to rest.
struct PendingSearch {
    query: String,
    results: usize,
    /// When it is reported, unless the query changes first.
    due: f64,
}

thread_local! {
    static SEARCH: RefCell<Option<PendingSearch>> = const { RefCell::new(None) };
    /// Whether a timer is set to look at `SEARCH`.
    static SEARCH_TIMER_SET: Cell<bool> = const { Cell::new(false) };
}

/// How long the query must rest before a `search` event: one per search,
/// not one per keystroke.
const SEARCH_EVENT_DELAY_MS: f64 = 600.0;

/// The user searched the FAQ; reported once typing pauses. One timer waits
/// for the query to rest, set again for what is left while it has not: a
/// timer cleared at each keystroke would leave a callback per keystroke
/// for the garbage collector to free.
pub fn emit_search(query: &str, results: usize) {
    let query = query.trim();
    let due = js_sys::Date::now() + SEARCH_EVENT_DELAY_MS;
    let pending = (!query.is_empty()).then(|| PendingSearch { query: query.to_string(), results, due });
    let waiting = pending.is_some();
    SEARCH.with(|s| *s.borrow_mut() = pending);
    if waiting && !SEARCH_TIMER_SET.with(|t| t.replace(true)) {
        report_search_after(SEARCH_EVENT_DELAY_MS);
    }
}

fn report_search_after(ms: f64) {
    let check = || {
        let due = SEARCH.with(|s| s.borrow().as_ref().map(|p| p.due));
        let left = due.map_or(0.0, |due| due - js_sys::Date::now());
        if left > 0.0 {
            return report_search_after(left);
        }
        SEARCH_TIMER_SET.with(|t| t.set(false));
        if let Some(PendingSearch { query, results, .. }) = SEARCH.with(|s| s.borrow_mut().take()) {
            emit("search", &object(&[("query", query.as_str().into()), ("results", (results as u32).into())]));
        }
    };
    leptos::prelude::set_timeout(check, std::time::Duration::from_millis(ms.ceil() as u64));
}

/// Whether the CSS media query matches, kept up to date as it changes.
pub fn media_query(query: &str) -> ReadSignal<bool> {
    let list = web_sys::window().and_then(|w| function(&w, "matchMedia")?.call1(&w, &query.into()).ok());
    let matches = |l: &JsValue| js_sys::Reflect::get(l, &"matches".into()).ok().and_then(|m| m.as_bool()).unwrap_or(false);
    let (get, set) = signal(list.as_ref().is_some_and(matches));
    if let Some(list) = list {
        let watched = list.clone();
        let on_change = Closure::<dyn Fn()>::new(move || {
            set.try_set(matches(&watched));
        });
        if let Some(add) = function(&list, "addEventListener") {
            let _ = add.call2(&list, &"change".into(), on_change.as_ref());
        }
        CLEANUPS.with(|c| {
            c.borrow_mut().push(Box::new(move || {
                if let Some(remove) = function(&list, "removeEventListener") {
                    let _ = remove.call2(&list, &"change".into(), on_change.as_ref());
                }
            }))
        });
    }
    get
}

/// Puts `text` on the clipboard; false when the browser refuses (no
/// Clipboard API, no permission, an insecure page).
pub async fn copy_text(text: &str) -> bool {
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| c.is_object());
    let Some(clipboard) = clipboard else { return false };
    let Some(promise) = function(&clipboard, "writeText").and_then(|f| f.call1(&clipboard, &text.into()).ok()).and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// "a, b or c" in the user's language (`Intl.ListFormat`), or "a / b / c".
pub fn format_list(items: &[String], locale: &str) -> String {
    let formatted = (|| {
        let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let list_format = function(&intl, "ListFormat")?;
        let options = object(&[("type", "disjunction".into())]);
        let args = js_sys::Array::of2(&locale.into(), &options);
        let formatter = js_sys::Reflect::construct(&list_format, &args).ok()?;
        let format = function(&formatter, "format")?;
        let list: js_sys::Array = items.iter().map(|i| JsValue::from_str(i)).collect();
        format.call1(&formatter, &list).ok()?.as_string()
    })();
    formatted.unwrap_or_else(|| items.join(" / "))
}

/// Runs `f` and records its duration as a User Timing measure named `name`
/// (`performance.getEntriesByName('signpost:search')`), so `make bench` and
/// platform developers' profilers see the widget's own work apart from rendering.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let start = performance_now();
    let result = f();
    measure(name, start);
    result
}

/// The page's `performance` object, if it has one.
fn performance() -> Option<JsValue> {
    web_sys::window().and_then(|w| js_sys::Reflect::get(&w, &"performance".into()).ok()).filter(|p| p.is_object())
}

/// `performance.now()`, if the page has it.
fn performance_now() -> Option<f64> {
    let p = performance()?;
    function(&p, "now")?.call0(&p).ok()?.as_f64()
}

/// A `performance.measure(name)` from `start` to now, for `make bench`.
fn measure(name: &str, start: Option<f64>) {
    if let (Some(p), Some(start), Some(end)) = (performance(), start, performance_now()) {
        if let Some(measure) = function(&p, "measure") {
            let _ = measure.call2(&p, &name.into(), &object(&[("start", start.into()), ("end", end.into())]));
        }
    }
}

/// Work done between other tasks is cut into slices of about this long, so
/// that the page never has a long task (over 50 ms) because of it.
const SLICE_MS: f64 = 8.0;

/// The FAQ index, built a slice of entries at a time with the page's own
/// work in between: for thousands of entries, building in one go would
/// freeze the host page for a good part of a second.
/// None if the widget was shut down meanwhile.
pub async fn build_index(entries: &[crate::model::FaqEntry], chain: &[String]) -> Option<crate::faq::Index> {
    let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
    let started = performance_now();
    let mut builder = crate::faq::IndexBuilder::new(&chain);
    in_slices(entries, &mut |_, e| builder.count(e)).await?;
    let mut writer = builder.writer();
    in_slices(entries, &mut |k, e| writer.add(k, e)).await?;
    let index = writer.finish();
    measure("signpost:index", started);
    Some(index)
}

/// `f` on each entry, yielding to the page every `SLICE_MS`.
/// None if the widget was shut down meanwhile.
async fn in_slices(entries: &[crate::model::FaqEntry], f: &mut dyn FnMut(usize, &crate::model::FaqEntry)) -> Option<()> {
    let epoch = EPOCH.with(Cell::get);
    let mut slice_start = js_sys::Date::now();
    for (k, e) in entries.iter().enumerate() {
        f(k, e);
        if js_sys::Date::now() - slice_start > SLICE_MS {
            sleep(0).await;
            if EPOCH.with(Cell::get) != epoch {
                return None;
            }
            slice_start = js_sys::Date::now();
        }
    }
    Some(())
}

/// Milliseconds since the epoch, now.
pub fn now() -> crate::hours::Instant {
    js_sys::Date::now() as crate::hours::Instant
}

fn open_advisor(state: RwSignal<Widget>, options: &JsValue) {
    const USAGE: &str = "openAdvisor({topic, urgency}) expects an object such as { topic: 'deposit_withdrawal', urgency: 'right_now' }";
    if !options.is_undefined() && !options.is_object() {
        error(&format!("{USAGE}."));
        return;
    }
    // An absent field is fine; a present one must be one of the ids.
    fn field<T>(options: &JsValue, name: &str, parse: fn(&str) -> Option<T>, ids: String) -> Result<Option<T>, String> {
        match js_sys::Reflect::get(options, &name.into()).ok().filter(|v| !v.is_undefined() && !v.is_null()) {
            None => Ok(None),
            Some(v) => v.as_string().and_then(|s| parse(&s)).map(Some).ok_or(format!("{USAGE}; {name} must be one of: {ids}.")),
        }
    }
    let parsed = field(options, "topic", crate::model::Topic::from_id, crate::model::Topic::ids())
        .and_then(|t| Ok((t, field(options, "urgency", crate::advice::Urgency::from_id, crate::advice::Urgency::ids())?)));
    match parsed {
        Ok((topic, urgency)) => state.update(|s| {
            s.talk(topic);
            if let Some(u) = urgency {
                s.advisor.urgency = u;
            }
        }),
        Err(message) => error(&message),
    }
}

/// `identify({accountId, email, name})`: prefills the hand-off summary. The
/// valid fields are used even when another one is wrong.
fn identify(state: RwSignal<Widget>, value: &JsValue) {
    const USAGE: &str = "identify({accountId, email, name}) expects an object of strings, for example Signpost('identify', { accountId: '12345678', email: 'ana@example.com', name: 'Ana' })";
    if !value.is_object() || js_sys::Array::is_array(value) {
        error(&format!("{USAGE}."));
        return;
    }
    const KNOWN: [&str; 3] = ["accountId", "email", "name"];
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter().filter_map(|k| k.as_string()) {
        if !KNOWN.contains(&key.as_str()) {
            error(&format!("identify(): {key:?} is not a known field and was ignored (known: {}).", KNOWN.join(", ")));
        }
    }
    let field = |name: &str| -> Option<String> {
        let v = js_sys::Reflect::get(value, &name.into()).ok().filter(|v| !v.is_undefined() && !v.is_null())?;
        match v.as_string().map(|s| s.trim().to_string()) {
            Some(s) if !s.is_empty() && s.chars().count() <= crate::checklist::MAX_LEN => Some(s),
            _ => {
                error(&format!("{USAGE}; {name} must be a non-empty string (of at most {} characters) and was ignored.", crate::checklist::MAX_LEN));
                None
            }
        }
    };
    let identity = crate::widget::Identity { account_id: field("accountId"), email: field("email"), name: field("name") };
    state.update(|s| s.identify(identity));
}

fn open_faq(state: RwSignal<Widget>, id: &str) {
    let mut found = false;
    state.update(|s| found = s.open_faq(id));
    if !found {
        error(&format!("openFaq({id:?}): no FAQ entry has this id in the configuration."));
    }
}

/// Warns about the parts of a config that were left out or are doubtful.
fn report_issues(origin: &str, loaded: &config::Loaded) {
    // A config loaded: a later failure is news again.
    LAST_CONFIG_ERROR.with(|l| l.borrow_mut().take());
    for issue in &loaded.issues {
        warn(&format!("the configuration {origin}: {issue}"));
    }
    // Only the browser can tell whether a time zone exists, and its first
    // Intl.DateTimeFormat with a zone costs tens of milliseconds (the zone
    // data): asked once the page is idle, not in the task that read the
    // config, which it could take past 50 ms on the host page.
    // (Named by id: dropped entries shifted the indices.)
    let weekly: Vec<(String, String)> = loaded
        .config
        .channels
        .iter()
        .filter_map(|c| match &c.hours {
            crate::hours::Hours::Weekly { zone, .. } => Some((c.id.clone(), zone.clone())),
            _ => None,
        })
        .collect();
    if weekly.is_empty() {
        return;
    }
    let origin = origin.to_string();
    when_idle(move || {
        for (id, zone) in weekly.iter().filter(|(_, zone)| !zones::is_known(zone)) {
            warn(&format!(
                "the configuration {origin}: the channel with id {id:?}: hours.time_zone: {zone:?} is not a time zone this browser knows; its hours are read as UTC"
            ));
        }
    });
}

/// Fetches again the FAQ translation files that failed for a reason that
/// may pass, into a copy of the config shown.
fn retry_faq_translations(state: RwSignal<Widget>) {
    let failed = translations::take_failed();
    if failed.is_empty() {
        return;
    }
    if let ConfigState::Ready(shown) = state.with_untracked(|s| s.config.clone()) {
        let mut config = (*shown).clone();
        config.faq_translations.extend(failed);
        show(state, config, LARGE.with(|l| l.borrow().clone()));
    }
}

/// Reads a large config a piece at a time (`config::Pieces`, see
/// [`feed_in_slices`]), with the chain its FAQ was kept to as it was read
/// (`chain_for` its platform, if that came first). A document `Pieces`
/// leaves (broken, or unusual) is read whole (`config::parse_keeping`),
/// which says what is wrong.
async fn parse_large(
    bytes: &js_sys::Uint8Array,
    keep: &config::Keep,
    chain_for: Box<dyn Fn(&config::Platform) -> Vec<String>>,
) -> Result<(config::Loaded, Option<Vec<String>>), LoadError> {
    let mut pieces = config::Pieces::new(Some(keep.clone())).showing(chain_for);
    feed_in_slices(bytes, &mut pieces).await;
    let chain = pieces.chain().map(<[String]>::to_vec);
    match pieces.finish() {
        Some(loaded) => loaded.map(|l| (l, chain)),
        None => config::parse_keeping(&crate::utf8::decode(bytes.to_vec()), keep).map(|l| (l, None)),
    }
    .map_err(LoadError::Invalid)
}

/// Feeds a document from JavaScript memory to `pieces`, in slices of about
/// `SLICE_MS` with the page's own work in between: read in one go, 15 MB
/// would block the page for half a second.
async fn feed_in_slices(bytes: &js_sys::Uint8Array, pieces: &mut config::Pieces) {
    use std::io::Read;
    let mut reader = crate::utf8::Lossy::new(fetch::JsBytes::new(bytes.clone()));
    let mut buf = vec![0; 1 << 15];
    let mut slice_start = js_sys::Date::now();
    loop {
        let n = reader.read(&mut buf).unwrap_or(0);
        if n == 0 || !pieces.feed(&buf[..n]) {
            break;
        }
        if js_sys::Date::now() - slice_start > SLICE_MS {
            sleep(0).await;
            slice_start = js_sys::Date::now();
        }
    }
}

/// When the panel is to speak another language (a choice in the language
/// switcher, or the host page's `setLocale`): a large config keeps only the
/// FAQ texts of the language chain it was shown in, so it is read again for
/// another (the browser has the body cached, as a rule), its FAQ shown as
/// it was until then; a config with a translation file for it gets that
/// file merged in.
pub(crate) fn ensure_languages(state: RwSignal<Widget>, chain: &[String]) {
    let shown_for = state.with_untracked(|s| match &s.config {
        ConfigState::Ready(c) => c.faq_shown_for.clone(),
        _ => None,
    });
    match LARGE.with(|l| l.borrow().clone()) {
        Some(large) if shown_for.is_some_and(|c| c != chain) => read_again(state, large, chain),
        large => {
            let pending = state.with_untracked(|s| match &s.config {
                ConfigState::Ready(c) if translations::wanted(c, chain) => Some((**c).clone()),
                _ => None,
            });
            if let Some(config) = pending {
                show(state, config, large);
            }
        }
    }
}

/// Reads a large config again for `chain`.
fn read_again(state: RwSignal<Widget>, mut large: Large, chain: &[String]) {
    let keep = config::Keep::of(chain);
    let chain = chain.to_vec();
    large.chain = Some(chain.clone());
    let epoch = EPOCH.with(Cell::get);
    let boots = BOOTS.with(Cell::get);
    leptos::task::spawn_local(async move {
        let read = match fetch::js_bytes(&large.url, CONFIG_TIMEOUT_MS).await {
            Ok(bytes) => parse_large(&bytes, &keep, Box::new(move |_| chain.clone())).await,
            Err(e) => Err(e),
        };
        // Shut down meanwhile, or given another config. A read for a language
        // changed again since is shown in that chain, which relocalizing
        // then finds is not the panel's: it is read again for the newer one.
        let current = LARGE.with(|l| l.borrow().as_ref().map(|l| l.url.clone()));
        if EPOCH.with(Cell::get) != epoch || BOOTS.with(Cell::get) != boots || current.as_ref() != Some(&large.url) {
            return;
        }
        match read {
            Ok((loaded, _)) => show(state, loaded.config, Some(large)),
            Err(e) => warn(&format!(
                "the configuration at {} could not be read again for the language just chosen ({e}); its FAQ stays in the languages it had.",
                large.url
            )),
        }
    });
}

/// Shows a config, once the FAQ translations of the languages the panel
/// will speak are merged into it (`translations`).
/// `large`: what a large config kept, so that another language reads it again.
fn show(state: RwSignal<Widget>, mut config: crate::config::Config, large: Option<Large>) {
    let shown = SHOWN.with(|s| {
        s.set(s.get() + 1);
        s.get()
    });
    // Negotiated here only when there are files to choose from: most
    // configs have none, and the panel negotiates again once it is shown.
    let chain = if config.faq_translations.is_empty() { Vec::new() } else { locale::chain_for(&config) };
    if !translations::wanted(&config, &chain) {
        return put_in_place(state, config, large);
    }
    let epoch = EPOCH.with(Cell::get);
    let base = CONFIG_URL.with(|u| u.borrow().clone()).unwrap_or_else(|| fetch::absolute_url(""));
    // A large config is kept to the chain its files are merged for, not to
    // one negotiated once they are (the last file is kept so as it is read).
    let large = large.map(|l| Large { chain: Some(l.chain.unwrap_or_else(|| chain.clone())), ..l });
    let prune = large.as_ref().is_some_and(|l| l.chain.as_ref() == Some(&chain));
    leptos::task::spawn_local(async move {
        translations::merge(&mut config, &chain, &base, prune).await;
        // Shut down meanwhile, or another config (or language) came.
        if EPOCH.with(Cell::get) == epoch && SHOWN.with(Cell::get) == shown {
            put_in_place(state, config, large);
        }
    });
}

/// Puts a config in place: theme, state, language, a waiting `openFaq`.
/// A large config keeps only the FAQ texts of the chain it was read for: it
/// is read again for others (`ensure_languages`).
fn put_in_place(state: RwSignal<Widget>, mut config: crate::config::Config, large: Option<Large>) {
    if let Some(large) = &large {
        config.keep_shown_faq(&large.chain.clone().unwrap_or_else(|| locale::chain_for(&config)));
    }
    LARGE.with(|l| *l.borrow_mut() = large);
    apply_theme(&config.theme);
    state.update(|s| s.set_config(config));
    relocalize(state);
    open_pending_faq(state);
}

/// Runs an `openFaq` that waited for the config.
fn open_pending_faq(state: RwSignal<Widget>) {
    if let Some(id) = PENDING_FAQ.with(|p| p.borrow_mut().take()) {
        open_faq(state, &id);
    }
}

/// Applies the config's theme: brand colour (with readable text colours
/// derived from it), forced light or dark scheme, corner and stacking order.
/// CSSOM, not style attributes in markup, so a strict CSP allows it.
fn apply_theme(theme: &crate::model::Theme) {
    use crate::model::{ColorScheme, Position};
    let Some(root) = ROOT.with(|r| r.borrow().clone()) else { return };
    let style = root.style();
    // A second boot may drop the accent or the z-index: undo the first.
    for name in crate::theme::ACCENT_PROPERTIES {
        let _ = style.remove_property(name);
    }
    for (name, value) in theme.accent.as_deref().map(crate::theme::accent_properties).unwrap_or_default() {
        let _ = style.set_property(name, &value);
    }
    let _ = match theme.color_scheme {
        ColorScheme::Auto => root.remove_attribute("data-scheme"),
        ColorScheme::Light => root.set_attribute("data-scheme", "light"),
        ColorScheme::Dark => root.set_attribute("data-scheme", "dark"),
    };
    let Some(host) = root.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().map(|s| s.host()) else { return };
    let _ = match theme.position {
        Position::BottomRight => host.remove_attribute("data-position"),
        Position::BottomLeft => host.set_attribute("data-position", "bottom-left"),
    };
    if let Some(host) = host.dyn_ref::<web_sys::HtmlElement>() {
        let _ = match theme.z_index {
            Some(z) => host.style().set_property("--sp-z-index", &z.to_string()),
            None => host.style().remove_property("--sp-z-index").map(drop),
        };
    }
}

/// Negotiates the language again (the config or an explicit choice changed).
fn relocalize(state: RwSignal<Widget>) {
    if let Some(l10n) = L10N.with(Cell::get) {
        leptos::task::spawn_local(locale::apply(state, l10n));
    }
}

/// Runs `f` once the page is idle (within two seconds at the latest), or
/// shortly where the browser has no `requestIdleCallback`.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let callback = Closure::once_into_js(f);
    let w: JsValue = w.into();
    match function(&w, "requestIdleCallback") {
        Some(idle) => {
            let _ = idle.call2(&w, &callback, &object(&[("timeout", 2000.into())]));
        }
        None => {
            if let Some(set_timeout) = function(&w, "setTimeout") {
                let _ = set_timeout.call2(&w, &callback, &200.into());
            }
        }
    }
}

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Puts a config (or the reason there is none) into the state, reporting
/// everything that was wrong with it.
fn apply(state: RwSignal<Widget>, origin: &str, result: Result<config::Loaded, LoadError>) {
    match result {
        Ok(loaded) => {
            report_issues(origin, &loaded);
            show(state, loaded.config, None);
        }
        Err(e) => {
            let message = format!("the configuration {origin} {e}. Help is shown as unavailable.");
            // Fetched again on each open until it loads: the same failure is reported once.
            if LAST_CONFIG_ERROR.with(|l| l.borrow_mut().replace(message.clone())).as_ref() != Some(&message) {
                error(&message);
            }
            state.update(|s| s.set_unavailable(None));
        }
    }
}
