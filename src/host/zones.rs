//! zones: the browser's time-zone knowledge, through `Intl`, so that no
//! time-zone database is compiled into the wasm.

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
}

/// `Intl`-backed offsets; an unknown zone counts as UTC (it was reported at load).
pub struct BrowserZones;

fn formatter(zone: &str) -> Option<Intl::DateTimeFormat> {
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(zone.to_string())
            .or_insert_with(|| {
                let options = Object::new();
                Reflect::set(&options, &"timeZone".into(), &zone.into()).ok()?;
                Reflect::set(&options, &"timeZoneName".into(), &"longOffset".into()).ok()?;
                // The constructor throws a RangeError for a zone it does not
                // know; Reflect.construct turns that into an Err, not a trap.
                let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
                let ctor: js_sys::Function = Reflect::get(&intl, &"DateTimeFormat".into()).ok()?.into();
                let made = Reflect::construct(&ctor, &Array::of2(&"en-US".into(), &options)).ok()?;
                (!made.is_null()).then(|| made.into())
            })
            .clone()
    })
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
