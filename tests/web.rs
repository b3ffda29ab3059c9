//! Browser tests of the views, in headless Chromium (wasm-bindgen-test).
//! Each test mounts the app into its own element inside its own shadow root,
//! as the loader does, and drives it with real DOM events.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use signpost::config;
use counting::BLOCKS;
use std::sync::atomic::Ordering::Relaxed;
use signpost::i18n::Localizer;
use signpost::ui::{App, L10n};
use signpost::widget::Widget;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

// Counts the heap blocks alive, for the tests that what a user does keeps
// no memory for good.
#[allow(dead_code)]
#[path = "support/counting.rs"]
mod counting;

struct Mounted {
    shadow: ShadowRoot,
    state: RwSignal<Widget>,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn mount_in_shadow(widget: Widget) -> Mounted {
    let host = document().create_element("signpost-widget").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    shadow.append_child(&root).unwrap();
    let state = RwSignal::new(widget);
    let l10n = L10n::new(RwSignal::new_local(Localizer::reference()));
    let handle = leptos::mount::mount_to(root, move || view! { <App state l10n/> }.into_any());
    Mounted { shadow, state, _handle: handle }
}

fn ready(name: &str) -> Widget {
    let mut w = Widget::default();
    let loaded = config::parse(&format!(r#"{{"platform":{{"name":"{name}","help_centre_url":"https://help.example.com/"}}}}"#)).unwrap();
    w.set_config(loaded.config);
    w
}

fn find(shadow: &ShadowRoot, selector: &str) -> HtmlElement {
    shadow
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

/// Lets effects and animation-frame callbacks run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn active_in(shadow: &ShadowRoot) -> Option<Element> {
    shadow.active_element()
}

#[wasm_bindgen_test]
async fn clicking_the_launcher_inside_a_shadow_root_opens_the_dialog() {
    let m = mount_in_shadow(ready("Northwind"));
    let launcher = find(&m.shadow, ".sp-launcher");
    // Drawn only when the page is idle or the user opens it, so that mounting
    // costs the host page as little as possible.
    assert!(m.shadow.query_selector("[role=dialog]").unwrap().is_none(), "the panel is not drawn at mount");
    assert_eq!(launcher.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert_eq!(launcher.get_attribute("aria-label").as_deref(), Some("Help"));

    // A real click event, dispatched inside the shadow root: the handler must
    // fire although the event is retargeted at the shadow boundary.
    launcher.click();
    settle().await;
    let panel = find(&m.shadow, "[role=dialog]");
    assert!(!panel.hidden(), "the click drew and opened the panel");
    assert!(m.state.get_untracked().open);
    assert_eq!(launcher.get_attribute("aria-expanded").as_deref(), Some("true"));
    let close = find(&m.shadow, ".sp-close");
    assert_eq!(active_in(&m.shadow).as_ref(), Some(close.unchecked_ref::<Element>()), "focus moved into the panel");

    launcher.click();
    settle().await;
    assert!(panel.hidden(), "a second click closed it");
}

#[wasm_bindgen_test]
async fn the_dialog_is_labelled_with_the_platform_name() {
    let m = mount_in_shadow(ready("Northwind Exchange"));
    m.state.update(Widget::open);
    settle().await;
    let panel = find(&m.shadow, "[role=dialog]");
    let label_id = panel.get_attribute("aria-labelledby").unwrap();
    let title = m.shadow.get_element_by_id(&label_id).unwrap();
    let text = signpost::i18n::strip_isolation(&title.text_content().unwrap());
    assert_eq!(text, "Northwind Exchange help");
}

#[wasm_bindgen_test]
async fn escape_closes_and_returns_focus_to_the_launcher() {
    let m = mount_in_shadow(ready("Northwind"));
    find(&m.shadow, ".sp-launcher").click();
    settle().await;
    let close = find(&m.shadow, ".sp-close");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    init.set_composed(true);
    let esc = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    close.dispatch_event(&esc).unwrap();
    settle().await;
    assert!(!m.state.get_untracked().open, "Escape closed the panel");
    assert!(find(&m.shadow, "[role=dialog]").hidden());
    let launcher = find(&m.shadow, ".sp-launcher");
    assert_eq!(active_in(&m.shadow).as_ref(), Some(launcher.unchecked_ref::<Element>()));
}

#[wasm_bindgen_test]
async fn unavailable_help_says_so_and_offers_the_official_link() {
    let mut w = Widget::default();
    w.set_unavailable(Some("https://help.example.com/".into()));
    w.open();
    let m = mount_in_shadow(w);
    settle().await;
    let title = find(&m.shadow, "#sp-title").text_content().unwrap();
    assert_eq!(title, "Help is unavailable right now");
    let link = find(&m.shadow, ".sp-body a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://help.example.com/"));
}

#[wasm_bindgen_test]
fn the_browser_supplies_time_zone_offsets() {
    use signpost::hours::{self, Hours, Slot, TimeOfDay, Weekday, ZoneOffsets};
    use signpost::host::zones::{is_known, BrowserZones};
    // 2026-07-01T12:00Z and 2026-01-15T12:00Z.
    let july = 1_782_907_200_000;
    let january = 1_768_478_400_000;
    assert_eq!(BrowserZones.offset_minutes("Asia/Shanghai", july), 480);
    assert_eq!(BrowserZones.offset_minutes("Europe/London", july), 60);
    assert_eq!(BrowserZones.offset_minutes("Europe/London", january), 0);
    assert_eq!(BrowserZones.offset_minutes("America/New_York", january), -300);
    assert_eq!(BrowserZones.offset_minutes("Asia/Kolkata", january), 330);
    assert!(is_known("Europe/London"));
    assert!(!is_known("Mars/Olympus_Mons"));
    // A weekday 09:00–18:00 London slot is open at 12:00 UTC in January (12:00 local)
    // and closed at 17:30 UTC in July (18:30 local).
    let hours = Hours::Weekly {
        zone: "Europe/London".into(),
        slots: vec![Slot { days: Weekday::ALL[..5].to_vec(), open: TimeOfDay(540), close: TimeOfDay(1080) }],
        closed_dates: vec![],
    };
    assert!(hours::availability(&hours, &BrowserZones, january).is_open());
    assert!(!hours::availability(&hours, &BrowserZones, july + 5 * 3_600_000 + 1_800_000).is_open());
}

#[wasm_bindgen_test]
fn clock_times_are_formatted_by_the_browser_in_the_panel_language() {
    use signpost::host::format_time;
    let at = 1_782_907_200_000; // 2026-07-01T12:00Z, a Wednesday
    let expected = |locale: &str| {
        let options = js_sys::Object::new();
        for (k, v) in [("weekday", "short"), ("hour", "2-digit"), ("minute", "2-digit")] {
            js_sys::Reflect::set(&options, &k.into(), &v.into()).unwrap();
        }
        String::from(js_sys::Date::new(&(at as f64).into()).to_locale_string(locale, &options))
    };
    for locale in ["en-US", "de", "zh-CN", "ar"] {
        // Twice: the second call uses the formatter the first one made.
        assert_eq!(format_time(at, locale), expected(locale), "{locale}");
        assert_eq!(format_time(at, locale), expected(locale), "{locale}, again");
    }
    // A tag the browser refuses falls back to English instead of trapping.
    assert_eq!(format_time(at, "not a tag!"), expected("en-US"));
}

fn type_into(el: &HtmlElement, value: &str) {
    js_sys::Reflect::set(el, &"value".into(), &value.into()).unwrap();
    el.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn the_hand_off_step_checks_fields_and_stops_a_recovery_phrase() {
    let mut w = Widget::default();
    let loaded = config::parse(
        r#"{"platform":{"name":"Northwind","help_centre_url":"https://help.example.com/"},
            "channels":[{"id":"mail","kind":"email","email":"help@example.com","hours":"always"}],
            "checklists":{"deposit_withdrawal":[{"field":"transaction_id","formats":["evm_tx_hash"]}]}}"#,
    )
    .unwrap();
    w.set_config(loaded.config);
    w.talk(Some(signpost::model::Topic::DepositWithdrawal));
    w.choose_channel("mail");
    let m = mount_in_shadow(w);
    settle().await;

    let field = find(&m.shadow, "#sp-field-transaction_id");
    type_into(&field, "0x12");
    field.dispatch_event(&web_sys::Event::new("blur").unwrap()).unwrap();
    settle().await;
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    let message_id = field.get_attribute("aria-describedby").unwrap();
    let message = m.shadow.get_element_by_id(&message_id).unwrap().text_content().unwrap();
    assert!(signpost::i18n::strip_isolation(&message).starts_with("This does not look right. Expected: 0x followed by 64"), "{message}");
    type_into(&field, &format!("0x{}", "a".repeat(64)));
    settle().await;
    assert_eq!(field.get_attribute("aria-invalid"), None, "the message goes as soon as the value is right");

    let actions = find(&m.shadow, ".sp-handoff > .sp-actions");
    assert!(!actions.hidden());
    let description = find(&m.shadow, "#sp-description");
    type_into(&description, "abandon ability able about above absent absorb abstract absurd abuse access accident");
    settle().await;
    assert!(m.shadow.query_selector(".sp-secret[role=alert]").unwrap().is_some(), "the warning is announced");
    assert!(actions.hidden(), "nothing can be sent while the phrase is there");
    find(&m.shadow, ".sp-secret .sp-button").click();
    settle().await;
    assert_eq!(m.state.get_untracked().draft.description, "");
    assert!(!actions.hidden());
}

/// Every keystroke draws the results again. An effect a row drew stays in
/// the subscriber list of each signal it read after the row is gone
/// (reactive_graph keeps a weak reference, and with it the effect's block),
/// so rows that read the widget's state kept about eight blocks each per
/// keystroke, for as long as the page was open.
#[wasm_bindgen_test]
async fn typing_in_the_search_keeps_no_memory_for_good() {
    let faq: Vec<String> = (0..30)
        .map(|i| {
            format!(
                r#"{{"id":"w{i}","topic":"deposit_withdrawal","needs_person":{},"question":{{"en-US":"Why did withdrawal {i} fail?"}},"answer":{{"en-US":"Check the address of withdrawal {i}."}}}}"#,
                i % 2 == 0
            )
        })
        .collect();
    let mut w = Widget::default();
    let text = format!(r#"{{"platform":{{"name":"Northwind","help_centre_url":"https://help.example.com/"}},"faq":[{}]}}"#, faq.join(","));
    w.set_config(config::parse(&text).unwrap().config);
    let m = mount_in_shadow(w);
    m.state.update(Widget::open);
    settle().await;
    let input = find(&m.shadow, "#sp-q");
    let query = "withdrawal fail";
    let round = || async {
        for end in 0..=query.len() {
            type_into(&input, &query[..end]);
            settle().await;
        }
    };
    round().await;
    assert_eq!(m.shadow.query_selector_all(".sp-entry").unwrap().length(), 20, "a full page of rows is drawn");
    let kept = kept_by(3, round).await;
    // Kept for good, about 8 blocks a row: 20 rows x 16 keystrokes x 3 rounds x 8.
    assert!(kept < 100, "three rounds of typing kept {kept} more blocks");
}

/// Runs the JavaScript garbage collector (the browser is started with
/// `--expose-gc`, see webdriver.json), then lets the finalizers it queued run:
/// wasm-bindgen frees a callback that JavaScript no longer holds in one.
async fn collect_garbage() {
    let gc: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"gc".into())
        .unwrap()
        .dyn_into()
        .expect("the browser exposes gc() (webdriver.json: --js-flags=--expose-gc)");
    gc.call0(&JsValue::NULL).unwrap();
    settle().await;
}

/// Blocks alive after `rounds` of `round`, beyond those after one round
/// (which grows what is reused to its size). Garbage is collected before
/// each count, so a callback JavaScript let go of is not counted.
async fn kept_by<F: std::future::Future<Output = ()>>(rounds: usize, round: impl Fn() -> F) -> isize {
    round().await;
    collect_garbage().await;
    let before = BLOCKS.load(Relaxed);
    for _ in 0..rounds {
        round().await;
    }
    collect_garbage().await;
    BLOCKS.load(Relaxed) as isize - before as isize
}

/// Each request sets a timer that aborts it when its time is up, cleared
/// when it ends in time. A callback made by `Closure::once_into_js` is freed
/// only when it runs, not when the garbage collector takes the function, so
/// every request (a status poll each minute) kept two blocks for as long as
/// the page was open.
#[wasm_bindgen_test]
async fn a_request_that_ends_in_time_keeps_no_memory() {
    let url = r#"data:application/json,{"ok":true}"#;
    let kept = kept_by(20, || async {
        match signpost::host::fetch::get(url, 8_000, None).await {
            Ok(signpost::host::fetch::Reply::Body { text, .. }) => assert_eq!(text, r#"{"ok":true}"#),
            _ => panic!("the data URL was not read"),
        }
    })
    .await;
    assert!(kept < 10, "20 requests kept {kept} more blocks");
}

/// Each screen drawn left its effects in the subscriber lists of the
/// widget's state and the localizer, which live as long as the page (see
/// `ui::Drawing`): about 50 blocks each time a person went from the advisor
/// to the hand-off and back, 40 from the FAQ to the advisor and back.
#[wasm_bindgen_test]
async fn going_between_screens_keeps_no_memory_for_good() {
    let mut w = Widget::default();
    let loaded = config::parse(
        r#"{"platform":{"name":"Northwind","help_centre_url":"https://help.example.com/"},
            "channels":[{"id":"mail","kind":"email","email":"help@example.com","hours":"always"},
                        {"id":"phone","kind":"phone","phone":"+15550100","hours":"always"}],
            "faq":[{"id":"late","topic":"deposit_withdrawal","question":{"en-US":"Why is my withdrawal late?"},"answer":{"en-US":"Check its status."}}]}"#,
    )
    .unwrap();
    w.set_config(loaded.config);
    w.open();
    let m = mount_in_shadow(w);
    settle().await;
    let round = || async {
        m.state.update(|s| s.talk(Some(signpost::model::Topic::DepositWithdrawal)));
        settle().await;
        find(&m.shadow, ".sp-channel .sp-button").click();
        settle().await;
        type_into(&find(&m.shadow, "#sp-description"), "my withdrawal has not arrived");
        settle().await;
        find(&m.shadow, ".sp-back").click();
        settle().await;
        assert!(m.shadow.query_selector(".sp-advisor").unwrap().is_some(), "back at the advisor");
        m.state.update(Widget::back);
        settle().await;
        assert!(m.shadow.query_selector(".sp-faq").unwrap().is_some(), "back at the FAQ");
    };
    let kept = kept_by(3, round).await;
    // 3 rounds x 3 screens drawn: before, 291 blocks.
    assert!(kept < 10, "three rounds through the screens kept {kept} more blocks");
}

/// The incident banners are drawn again whenever the incidents shown
/// change (a status poll each minute may bring a change); their texts
/// tracked the localizer, which lives as long as the page.
#[wasm_bindgen_test]
async fn new_incidents_keep_no_memory_for_good() {
    let m = mount_in_shadow(ready("Northwind"));
    m.state.update(Widget::open);
    settle().await;
    let status = |id: &str| {
        let text = format!(
            r#"{{"incidents":[{{"id":"{id}","severity":"major","title":{{"en-US":"Withdrawals {id} are delayed"}},"started_at":"2026-11-23T09:20:00Z","url":"https://status.example.com/{id}"}}]}}"#
        );
        std::sync::Arc::new(signpost::status::parse(&text).unwrap().0)
    };
    let round = || async {
        for id in ["a", "b"] {
            m.state.update(|s| s.set_status(status(id), signpost::host::now()));
            settle().await;
            let title = find(&m.shadow, ".sp-incident-title").text_content().unwrap();
            assert_eq!(title, format!("Withdrawals {id} are delayed"));
        }
    };
    let kept = kept_by(3, round).await;
    assert!(kept < 6, "six new incidents kept {kept} more blocks");
}
