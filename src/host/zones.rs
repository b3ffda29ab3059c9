//! zones: the browser's time-zone and clock-time knowledge, through `Intl`,
//! so that no time-zone database or date formatting is compiled into the wasm.

use crate::hours::{Instant, ZoneOffsets};
use js_sys::{Array, Date, Intl, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsValue;

/// Offsets change only on quarter-hour boundaries (UTC) in every real zone,
/// so one `Intl` call per zone and quarter hour is exact.
const QUARTER_HOUR_MS: i64 = 15 * 60_000;

thread_local! {
    static OFFSETS: RefCell<HashMap<(String, i64), i32>> = RefCell::new(HashMap::new());
    static FORMATTERS: RefCell<HashMap<String, Option<Intl::DateTimeFormat>>> = RefCell::new(HashMap::new());
    static TIME_FORMATS: RefCell<HashMap<String, Option<Intl::DateTimeFormat>>> = RefCell::new(HashMap::new());
}

/// `Intl`-backed offsets; an unknown zone counts as UTC (it was reported at load).
pub struct BrowserZones;

/// An `Intl.DateTimeFormat`, or None where the browser refuses the locale or
/// options. The constructor throws a RangeError for a zone or locale it does
/// not know; `Reflect.construct` turns that into an Err, not a trap.
fn date_format(locale: &str, options: &[(&str, &str)]) -> Option<Intl::DateTimeFormat> {
    let o = Object::new();
    for (k, v) in options {
        Reflect::set(&o, &(*k).into(), &(*v).into()).ok()?;
    }
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: js_sys::Function = Reflect::get(&intl, &"DateTimeFormat".into()).ok()?.into();
    let made = Reflect::construct(&ctor, &Array::of2(&locale.into(), &o)).ok()?;
    (!made.is_null()).then(|| made.into())
}

/// Made once per key: a formatter costs far more to build than to use
/// (`Date.toLocaleString` builds one per call, 3.6 ms per redraw of 50 channels).
fn cached(
    cache: &'static std::thread::LocalKey<RefCell<HashMap<String, Option<Intl::DateTimeFormat>>>>,
    key: &str,
    make: impl FnOnce() -> Option<Intl::DateTimeFormat>,
) -> Option<Intl::DateTimeFormat> {
    cache.with(|c| c.borrow_mut().entry(key.to_string()).or_insert_with(make).clone())
}

fn formatter(zone: &str) -> Option<Intl::DateTimeFormat> {
    cached(&FORMATTERS, zone, || date_format("en-US", &[("timeZone", zone), ("timeZoneName", "longOffset")]))
}

/// A moment as a short weekday and clock time in the user's zone and the
/// panel's language ("Tue 09:00").
pub fn format_time(at: Instant, locale: &str) -> String {
    const OPTIONS: [(&str, &str); 3] = [("weekday", "short"), ("hour", "2-digit"), ("minute", "2-digit")];
    let date = Date::new(&JsValue::from_f64(at as f64));
    let f = cached(&TIME_FORMATS, locale, || date_format(locale, &OPTIONS).or_else(|| date_format("en-US", &OPTIONS)));
    f.and_then(|f| f.format().call1(&JsValue::UNDEFINED, &date).ok()?.as_string())
        .unwrap_or_else(|| date.to_iso_string().into())
}

/// Whether the browser knows this IANA zone.
pub fn is_known(zone: &str) -> bool {
    formatter(zone).is_some()
}

/// Parses "GMT", "GMT+8", "GMT+05:30", "GMT-03:00" into minutes.
fn parse_gmt_offset(text: &str) -> Option<i32> {
    let rest = text.strip_prefix("GMT")?;
    if rest.is_empty() {
        return Some(0);
    }
    let sign = match rest.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m) = rest[1..].split_once(':').unwrap_or((&rest[1..], "0"));
    Some(sign * (h.parse::<i32>().ok()? * 60 + m.parse::<i32>().ok()?))
}

impl ZoneOffsets for BrowserZones {
    fn offset_minutes(&self, zone: &str, at: Instant) -> i32 {
        let bucket = at.div_euclid(QUARTER_HOUR_MS);
        if let Some(cached) = OFFSETS.with(|o| o.borrow().get(&(zone.to_string(), bucket)).copied()) {
            return cached;
        }
        let offset = intl_offset(zone, bucket * QUARTER_HOUR_MS);
        OFFSETS.with(|o| {
            let mut o = o.borrow_mut();
            // A bound on memory for very long sessions.
            if o.len() > 4096 {
                o.clear();
            }
            o.insert((zone.to_string(), bucket), offset);
        });
        offset
    }
}

fn intl_offset(zone: &str, at: Instant) -> i32 {
    let Some(f) = formatter(zone) else { return 0 };
    let parts: Array = f.format_to_parts(&Date::new(&JsValue::from_f64(at as f64)));
    parts
        .iter()
        .find(|p| Reflect::get(p, &"type".into()).ok().and_then(|t| t.as_string()).as_deref() == Some("timeZoneName"))
        .and_then(|p| Reflect::get(&p, &"value".into()).ok()?.as_string())
        .and_then(|v| parse_gmt_offset(&v))
        .unwrap_or(0)
}
