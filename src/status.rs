//! status: the platform's live status feed (incidents and live channel figures).
//! Owns the document's validation (bad parts dropped, each with a message naming
//! its JSON path), RFC 3339 timestamps, when live figures are fresh enough to
//! use, and which incidents concern a topic.

use crate::hours::{Date, Instant};
use crate::links::{self, LinkKind};
use crate::model::{Localized, Topic};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Display;

crate::model::id_enum! {
    /// How serious an incident is.
    Severity { Info = "info", Minor = "minor", Major = "major", Critical = "critical" }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Incident {
    pub id: String,
    pub severity: Severity,
    /// Empty: concerns every topic.
    pub topics: Vec<Topic>,
    pub assets: Vec<String>,
    pub title: Localized,
    pub body: Localized,
    pub started: Instant,
    pub updated: Option<Instant>,
    pub url: Option<String>,
}

/// A channel's live figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChannelLive {
    pub paused: bool,
    pub wait_minutes: Option<u32>,
    pub queue: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Status {
    pub generated: Option<Instant>,
    pub incidents: Vec<Incident>,
    pub channels: BTreeMap<String, ChannelLive>,
}

/// Live figures older than this are not used (the advisor falls back to typical reply times).
pub const FRESH_MS: Instant = 5 * 60 * 1000;

const MAX_WAIT_MINUTES: u64 = 43_200;
const MAX_SHOWN_VALUE: usize = 60;
const TOP_FIELDS: &[&str] = &["$schema", "generated_at", "incidents", "channels"];
const INCIDENT_FIELDS: &[&str] =
    &["id", "severity", "topics", "assets", "title", "body", "started_at", "updated_at", "url"];
const CHANNEL_FIELDS: &[&str] = &["state", "wait_minutes", "queue"];
const TIMESTAMP: &str = "an RFC 3339 timestamp such as \"2026-11-23T18:20:00Z\"";
const LEFT_OUT: &str = "; the incident was left out";
const IGNORED: &str = "; it was ignored";

/// Messages in the config validator's style: `path: value problem`.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn say(&mut self, path: &str, value: Option<&Value>, problem: impl Display) {
        self.0.push(match value {
            Some(v) => format!("{path}: {} {problem}", show(v)),
            None => format!("{path}: {problem}"),
        });
    }

    fn unknown(&mut self, path: &str, obj: &Map<String, Value>, known: &[&str]) {
        for key in obj.keys().filter(|k| !known.contains(&k.as_str())) {
            let at = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            self.say(&at, None, format_args!("is not a known field and was ignored (known here: {})", known.join(", ")));
        }
    }

    /// `read(value)`, or a message `is not {expected}{then}`.
    fn check<'v, T>(&mut self, at: &str, v: &'v Value, expected: &str, then: &str, read: impl FnOnce(&'v Value) -> Option<T>) -> Option<T> {
        let out = read(v);
        if out.is_none() {
            self.say(at, Some(v), format_args!("is not {expected}{then}"));
        }
        out
    }

    /// A field the incident cannot do without.
    fn need<T>(&mut self, path: &str, obj: &Map<String, Value>, key: &str, expected: &str, read: impl FnOnce(&Value) -> Option<T>) -> Option<T> {
        let at = format!("{path}.{key}");
        match obj.get(key) {
            Some(v) => self.check(&at, v, expected, LEFT_OUT, read),
            None => {
                self.say(&at, None, format_args!("is missing (expected {expected}){LEFT_OUT}"));
                None
            }
        }
    }

    fn array<'a>(&mut self, at: &str, v: &'a Value, then: &str) -> &'a [Value] {
        self.check(at, v, "an array", then, |v| v.as_array().map(Vec::as_slice)).unwrap_or_default()
    }

    /// Texts by language tag; bad entries are dropped one by one.
    fn localized(&mut self, at: &str, v: &Value, then: &str) -> Localized {
        let mut out = Vec::new();
        let Some(obj) = self.check(at, v, "an object of texts by language such as {\"en-US\": \"…\"}", then, Value::as_object) else {
            return Localized::default();
        };
        for (tag, text) in obj {
            let at = format!("{at}.{tag}");
            // Normalised as the config's locales are, so lookups by the locale chain match.
            match tag.parse::<unic_langid::LanguageIdentifier>() {
                Ok(id) if !tag.is_empty() && id.language.as_str() != "und" => {
                    if let Some(t) = self.check(&at, text, "a non-empty string", "; the text was left out", string) {
                        out.push((id.to_string(), t));
                    }
                }
                _ => self.say(&at, None, "is not a language tag such as \"en-US\" or \"zh-CN\"; the text was left out"),
            }
        }
        out.into_iter().collect()
    }
}

/// A JSON value as the platform's developer wrote it, cut short if long.
fn show(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(MAX_SHOWN_VALUE) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

fn string(v: &Value) -> Option<String> {
    v.as_str().map(str::trim).filter(|s| !s.is_empty()).map(String::from)
}

fn timestamp(v: &Value) -> Option<Instant> {
    v.as_str().and_then(parse_timestamp)
}

/// Parses and validates a status document. Err (with a sentence saying what
/// is wrong, e.g. "is not JSON: expected value at line 1 column 1" or "is not
/// a JSON object") only when nothing is usable; otherwise the usable status
/// and one message per problem.
pub fn parse(text: &str) -> Result<(Status, Vec<String>), String> {
    let root: Value = serde_json::from_str(text).map_err(|e| format!("is not JSON: {e}"))?;
    let Value::Object(root) = root else { return Err("is not a JSON object".into()) };
    // An error body such as {"error": "…"} must not replace the last good
    // status with an empty one; "all clear" is written `"incidents": []`.
    if !root.contains_key("incidents") && !root.contains_key("channels") {
        return Err("has neither \"incidents\" nor \"channels\" (an all-clear status is {\"incidents\": []})".into());
    }
    let mut p = Problems::default();
    p.unknown("", &root, TOP_FIELDS);
    let mut status = Status {
        generated: root.get("generated_at").and_then(|v| p.check("generated_at", v, TIMESTAMP, IGNORED, timestamp)),
        ..Status::default()
    };
    if let Some(v) = root.get("incidents") {
        let mut seen = BTreeSet::new();
        for (i, item) in p.array("incidents", v, "; no incident is shown").iter().enumerate() {
            if let Some(incident) = incident(&mut p, &format!("incidents[{i}]"), item, &mut seen) {
                status.incidents.push(incident);
            }
        }
    }
    if let Some(v) = root.get("channels") {
        let channels = p.check("channels", v, "an object of figures by channel id", "; no live figures are used", Value::as_object);
        for (id, figures) in channels.into_iter().flatten() {
            if let Some(live) = channel(&mut p, &format!("channels.{id}"), figures) {
                status.channels.insert(id.clone(), live);
            }
        }
    }
    Ok((status, p.0))
}

fn incident(p: &mut Problems, path: &str, value: &Value, seen: &mut BTreeSet<String>) -> Option<Incident> {
    let obj = p.check(path, value, "an object", LEFT_OUT, Value::as_object)?;
    p.unknown(path, obj, INCIDENT_FIELDS);
    let at = |key: &str| format!("{path}.{key}");
    // Only kept incidents claim their id, so a broken first copy does not hide a good second one.
    let id = p.need(path, obj, "id", "a non-empty string", string).filter(|id| {
        let taken = seen.contains(id);
        if taken {
            p.say(&at("id"), obj.get("id"), format_args!("is used twice (ids must be unique){LEFT_OUT}"));
        }
        !taken
    });
    let severity = p.need(path, obj, "severity", &format!("one of: {}", Severity::ids()), |v| v.as_str().and_then(Severity::from_id));
    let mut topics = Vec::new();
    if let Some(v) = obj.get("topics") {
        let items = p.array(&at("topics"), v, "; the incident concerns every topic");
        let expected = format!("one of: {}", Topic::ids());
        for (i, t) in items.iter().enumerate() {
            if let Some(t) = p.check(&format!("{path}.topics[{i}]"), t, &expected, "; it was skipped", |t| t.as_str().and_then(Topic::from_id)) {
                if !topics.contains(&t) {
                    topics.push(t);
                }
            }
        }
        if topics.is_empty() && !items.is_empty() {
            p.say(&at("topics"), None, "has no known topic left; the incident concerns every topic");
        }
    }
    let mut assets = Vec::new();
    if let Some(v) = obj.get("assets") {
        for (i, a) in p.array(&at("assets"), v, IGNORED).iter().enumerate() {
            assets.extend(p.check(&format!("{path}.assets[{i}]"), a, "a non-empty string", "; it was skipped", string));
        }
    }
    let title = match obj.get("title") {
        Some(v) => {
            let title = p.localized(&at("title"), v, LEFT_OUT);
            if title.is_empty() && v.is_object() {
                p.say(&at("title"), None, format_args!("has no usable text{LEFT_OUT}"));
            }
            Some(title).filter(|t| !t.is_empty())
        }
        None => {
            p.say(&at("title"), None, format_args!("is missing (expected texts by language such as {{\"en-US\": \"…\"}}){LEFT_OUT}"));
            None
        }
    };
    let body = obj.get("body").map(|v| p.localized(&at("body"), v, IGNORED)).unwrap_or_default();
    let started = p.need(path, obj, "started_at", TIMESTAMP, timestamp);
    let updated = obj.get("updated_at").and_then(|v| p.check(&at("updated_at"), v, TIMESTAMP, IGNORED, timestamp));
    let url = obj.get("url").and_then(|v| {
        let problem = match v.as_str().map(links::check) {
            Some(Ok(LinkKind::Web)) => return v.as_str().map(String::from),
            Some(Err(e)) => format!("is not an allowed link: it {e}"),
            _ => "is not a web address (expected an https: URL)".into(),
        };
        p.say(&at("url"), Some(v), format_args!("{problem}; the link was left out"));
        None
    });
    let id = id?;
    let incident = Incident { severity: severity?, topics, assets, title: title?, body, started: started?, updated, url, id };
    seen.insert(incident.id.clone());
    Some(incident)
}

fn channel(p: &mut Problems, path: &str, value: &Value) -> Option<ChannelLive> {
    // Without a readable state the channel might be paused, so none of its figures are trusted.
    const OUT: &str = "; the channel's live figures were left out";
    let obj = p.check(path, value, "an object", OUT, Value::as_object)?;
    p.unknown(path, obj, CHANNEL_FIELDS);
    let paused = match obj.get("state") {
        Some(v) => p.check(&format!("{path}.state"), v, "one of: open, paused", OUT, |v| match v.as_str()? {
            "open" => Some(false),
            "paused" => Some(true),
            _ => None,
        }),
        None => Some(false),
    };
    let mut count = |key: &str, expected: &str, max: u64| {
        let v = obj.get(key)?;
        p.check(&format!("{path}.{key}"), v, expected, IGNORED, |v| v.as_u64().filter(|n| *n <= max).map(|n| n as u32))
    };
    let wait_minutes = count("wait_minutes", &format!("a whole number of minutes from 0 to {MAX_WAIT_MINUTES}"), MAX_WAIT_MINUTES);
    let queue = count("queue", "a whole number of 0 or more", u64::from(u32::MAX));
    Some(ChannelLive { paused: paused?, wait_minutes, queue })
}

/// An RFC 3339 timestamp ("2026-11-23T18:20:00Z", "…T18:20:00.123+01:00", lower-case t/z accepted) in ms; None if malformed or impossible.
pub fn parse_timestamp(s: &str) -> Option<Instant> {
    let b = s.as_bytes();
    if b.len() < 20 || !matches!(b[10], b'T' | b't') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = Date::parse(s.get(..10)?)?;
    let (h, m, sec) = (two(&b[11..13])?, two(&b[14..16])?, two(&b[17..19])?);
    // RFC 3339 allows a leap second (:60); counting it as the next minute's first is close enough.
    if h > 23 || m > 59 || sec > 60 {
        return None;
    }
    let mut rest = &b[19..];
    let mut ms = 0;
    if let Some(frac) = rest.strip_prefix(b".") {
        let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        ms = frac[..n].iter().chain(b"00").take(3).fold(0, |a, d| a * 10 + i64::from(d - b'0'));
        rest = &frac[n..];
    }
    let offset = match *rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (oh, om) = (two(&[h1, h2])?, two(&[m1, m2])?);
            if oh > 23 || om > 59 {
                return None;
            }
            if sign == b'-' { -(oh * 60 + om) } else { oh * 60 + om }
        }
        _ => return None,
    };
    Some(((date.days_since_epoch() * 1440 + h * 60 + m - offset) * 60 + sec) * 1000 + ms)
}

fn two(b: &[u8]) -> Option<i64> {
    match *b {
        [a @ b'0'..=b'9', c @ b'0'..=b'9'] => Some(i64::from((a - b'0') * 10 + c - b'0')),
        _ => None,
    }
}

/// The live figures to use at `now`, given when the status was fetched: all of them while
/// `now - fetched_at <= FRESH_MS` (and, when `generated` is known, `now - generated <= FRESH_MS` too,
/// since a cache may serve an old document), otherwise none.
pub fn live_figures(status: &Status, fetched_at: Instant, now: Instant) -> BTreeMap<String, ChannelLive> {
    let fresh = |t: Instant| now.saturating_sub(t) <= FRESH_MS;
    if fresh(fetched_at) && status.generated.is_none_or(fresh) {
        status.channels.clone()
    } else {
        BTreeMap::new()
    }
}

/// The incidents that concern `topic` (None: every incident), most severe first, then newest first.
pub fn incidents_for(status: &Status, topic: Option<Topic>) -> Vec<&Incident> {
    let mut out: Vec<&Incident> = status
        .incidents
        .iter()
        .filter(|i| topic.is_none_or(|t| i.topics.is_empty() || i.topics.contains(&t)))
        .collect();
    // "Newest" by when it started: an update to an old incident does not make it news.
    crate::sort::sort_by_key(&mut out, |i| std::cmp::Reverse((i.severity, i.started)));
    out
}

/// Whole minutes from `since` to `now` (0 if in the future), for "started 40 minutes ago".
pub fn minutes_since(since: Instant, now: Instant) -> u32 {
    (now.saturating_sub(since).max(0) / 60_000).try_into().unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_demo_status_is_clean() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/demo/status.json")).unwrap();
        let (status, problems) = parse(&text).unwrap();
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!((status.incidents.len(), status.channels.len()), (1, 2));
    }

    use super::*;
    use serde_json::json;

    const FULL: &str = r#"{
      "generated_at": "2026-11-23T18:20:00Z",
      "incidents": [
        { "id": "btc-withdrawals-delayed", "severity": "major",
          "topics": ["deposit_withdrawal"], "assets": ["BTC"],
          "title": { "en-US": "Bitcoin withdrawals are delayed", "zh-CN": "比特币提现延迟" },
          "body": { "en-US": "Withdrawals are queued and will be processed; no action is needed." },
          "started_at": "2026-11-23T17:40:00Z", "updated_at": "2026-11-23T18:10:00+01:00",
          "url": "https://status.northwind.example/incidents/123" }
      ],
      "channels": { "chat": { "state": "open", "wait_minutes": 25, "queue": 140 },
                    "phone-europe": { "state": "paused" } }
    }"#;

    fn ts(s: &str) -> Instant {
        parse_timestamp(s).unwrap_or_else(|| panic!("{s} should parse"))
    }

    fn texts(pairs: &[(&str, &str)]) -> Localized {
        pairs.iter().map(|(l, t)| (l.to_string(), t.to_string())).collect()
    }

    /// A valid incident with one field replaced (or removed, with Null).
    fn with(key: &str, value: Value) -> Value {
        let mut doc: Value = serde_json::from_str(FULL).unwrap();
        let incident = doc["incidents"][0].as_object_mut().unwrap();
        if value.is_null() {
            incident.remove(key);
        } else {
            incident.insert(key.into(), value);
        }
        doc
    }

    #[test]
    fn full_document_parses() {
        let (status, problems) = parse(FULL).unwrap();
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(status.generated, Some(ts("2026-11-23T18:20:00Z")));
        assert_eq!(
            status.incidents,
            vec![Incident {
                id: "btc-withdrawals-delayed".into(),
                severity: Severity::Major,
                topics: vec![Topic::DepositWithdrawal],
                assets: vec!["BTC".into()],
                title: texts(&[("en-US", "Bitcoin withdrawals are delayed"), ("zh-CN", "比特币提现延迟")]),
                body: texts(&[("en-US", "Withdrawals are queued and will be processed; no action is needed.")]),
                started: ts("2026-11-23T17:40:00Z"),
                updated: Some(ts("2026-11-23T17:10:00Z")),
                url: Some("https://status.northwind.example/incidents/123".into()),
            }]
        );
        let live = |paused, wait_minutes, queue| ChannelLive { paused, wait_minutes, queue };
        assert_eq!(
            status.channels,
            BTreeMap::from([("chat".into(), live(false, Some(25), Some(140))), ("phone-europe".into(), live(true, None, None))])
        );
    }

    #[test]
    fn bad_parts_are_dropped_with_a_message() {
        let mut dup: Value = serde_json::from_str(FULL).unwrap();
        let copy = dup["incidents"][0].clone();
        dup["incidents"].as_array_mut().unwrap().push(copy);
        let long = format!("generated_at: \"{}… is not an RFC 3339 timestamp such as \"2026-11-23T18:20:00Z\"; it was ignored", "x".repeat(59));
        let cases: Vec<(Value, &str, usize, usize)> = vec![
            // (document, expected message, incidents kept, channels kept)
            (
                with("severity", json!("urgent")),
                "incidents[0].severity: \"urgent\" is not one of: info, minor, major, critical; the incident was left out",
                0,
                2,
            ),
            (
                with("title", Value::Null),
                "incidents[0].title: is missing (expected texts by language such as {\"en-US\": \"…\"}); the incident was left out",
                0,
                2,
            ),
            (
                with("title", json!({ "en-US": " " })),
                "incidents[0].title.en-US: \" \" is not a non-empty string; the text was left out\n\
                 incidents[0].title: has no usable text; the incident was left out",
                0,
                2,
            ),
            (
                with("started_at", json!("2026-02-30T10:00:00Z")),
                "incidents[0].started_at: \"2026-02-30T10:00:00Z\" is not an RFC 3339 timestamp such as \"2026-11-23T18:20:00Z\"; the incident was left out",
                0,
                2,
            ),
            (
                with("updated_at", json!("yesterday")),
                "incidents[0].updated_at: \"yesterday\" is not an RFC 3339 timestamp such as \"2026-11-23T18:20:00Z\"; it was ignored",
                1,
                2,
            ),
            (dup, "incidents[1].id: \"btc-withdrawals-delayed\" is used twice (ids must be unique); the incident was left out", 1, 2),
            (
                with("topics", json!(["deposit_withdrawal", "staking"])),
                "incidents[0].topics[1]: \"staking\" is not one of: account_access, security, deposit_withdrawal, payments, orders_refunds, verification, technical, fees, other; it was skipped",
                1,
                2,
            ),
            (
                with("url", json!("javascript:alert(1)")),
                "incidents[0].url: \"javascript:alert(1)\" is not an allowed link: it uses the scheme \"javascript:\", which is not allowed (expected https:, mailto: or tel:); the link was left out",
                1,
                2,
            ),
            (
                with("url", json!("mailto:ops@example.com")),
                "incidents[0].url: \"mailto:ops@example.com\" is not a web address (expected an https: URL); the link was left out",
                1,
                2,
            ),
            (
                json!({ "channels": { "chat": { "wait_minutes": -5, "queue": 3 } } }),
                "channels.chat.wait_minutes: -5 is not a whole number of minutes from 0 to 43200; it was ignored",
                0,
                1,
            ),
            (
                json!({ "channels": { "chat": { "state": "busy" }, "mail": {} } }),
                "channels.chat.state: \"busy\" is not one of: open, paused; the channel's live figures were left out",
                0,
                1,
            ),
            (
                with("colour", json!("red")),
                "incidents[0].colour: is not a known field and was ignored (known here: id, severity, topics, assets, title, body, started_at, updated_at, url)",
                1,
                2,
            ),
            (
                json!({ "incidnets": [], "channels": {} }),
                "incidnets: is not a known field and was ignored (known here: $schema, generated_at, incidents, channels)",
                0,
                0,
            ),
            (
                json!({ "channels": [1, 2], "incidents": serde_json::from_str::<Value>(FULL).unwrap()["incidents"] }),
                "channels: [1,2] is not an object of figures by channel id; no live figures are used",
                1,
                0,
            ),
            (json!({ "incidents": {} }), "incidents: {} is not an array; no incident is shown", 0, 0),
            (
                json!({ "generated_at": "x".repeat(100), "incidents": [] }),
                &long,
                0,
                0,
            ),
        ];
        for (doc, message, incidents, channels) in cases {
            let (status, problems) = parse(&doc.to_string()).unwrap();
            assert_eq!(problems.join("\n"), message, "{doc}");
            assert_eq!((status.incidents.len(), status.channels.len()), (incidents, channels), "{doc}");
        }
    }

    #[test]
    fn partly_bad_fields_keep_the_good_parts() {
        let (status, problems) = parse(&with("topics", json!(["staking"])).to_string()).unwrap();
        assert_eq!(status.incidents[0].topics, vec![]);
        assert_eq!(problems[1], "incidents[0].topics: has no known topic left; the incident concerns every topic");
        let (status, _) = parse(&with("url", json!("http://evil.example")).to_string()).unwrap();
        assert_eq!((status.incidents[0].url.as_deref(), status.incidents[0].id.as_str()), (None, "btc-withdrawals-delayed"));
        let (status, problems) = parse(r#"{"channels": {"chat": {"state": "paused", "queue": 1.5}}}"#).unwrap();
        assert_eq!(status.channels["chat"], ChannelLive { paused: true, wait_minutes: None, queue: None });
        assert_eq!(problems.len(), 1);
        let (status, _) = parse(&with("title", json!({ "en_us": "Hi", "!!": "x" })).to_string()).unwrap();
        assert_eq!(status.incidents[0].title, texts(&[("en-US", "Hi")]));
        // A broken first copy does not make a good second one a duplicate.
        let doc = json!({ "incidents": [
            { "id": "a", "severity": "bad" },
            { "id": "a", "severity": "info", "title": { "en": "t" }, "started_at": "2026-01-01T00:00:00Z" }
        ] });
        let (status, problems) = parse(&doc.to_string()).unwrap();
        assert_eq!((status.incidents.len(), problems.len()), (1, 3), "{problems:?}");
    }

    #[test]
    fn unusable_documents_are_errors() {
        assert_eq!(parse("").unwrap_err(), "is not JSON: EOF while parsing a value at line 1 column 0");
        assert_eq!(parse("<html>").unwrap_err(), "is not JSON: expected value at line 1 column 1");
        assert_eq!(parse("[]").unwrap_err(), "is not a JSON object");
        assert_eq!(parse("null").unwrap_err(), "is not a JSON object");
        assert!(parse(r#"{"error": "upstream timeout"}"#).unwrap_err().starts_with("has neither \"incidents\" nor \"channels\""));
        assert!(parse(r#"{"incidents": []}"#).is_ok(), "all clear");
        assert!(parse("{}").is_err());
    }

    #[test]
    fn timestamps() {
        assert_eq!(parse_timestamp("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_timestamp("2026-11-23T18:20:00Z"), Some(1_795_458_000_000));
        assert_eq!(parse_timestamp("2026-11-23t18:20:00z"), Some(1_795_458_000_000));
        assert_eq!(parse_timestamp("2026-11-23T19:20:00+01:00"), Some(1_795_458_000_000));
        assert_eq!(parse_timestamp("2026-11-23T13:50:00-04:30"), Some(1_795_458_000_000));
        assert_eq!(parse_timestamp("2026-11-23T18:20:00-00:00"), Some(1_795_458_000_000));
        assert_eq!(parse_timestamp("2026-11-23T18:20:00.123Z"), Some(1_795_458_000_123));
        assert_eq!(parse_timestamp("2026-11-23T18:20:00.5Z"), Some(1_795_458_000_500));
        assert_eq!(parse_timestamp("2026-11-23T18:20:00.987654321+00:00"), Some(1_795_458_000_987));
        assert_eq!(parse_timestamp("1969-12-31T23:59:59.999Z"), Some(-1));
        assert_eq!(parse_timestamp("2028-02-29T00:00:00Z").map(|t| t / 86_400_000), Some(Date::parse("2028-02-29").unwrap().days_since_epoch()));
        assert_eq!(parse_timestamp("2016-12-31T23:59:60Z"), parse_timestamp("2017-01-01T00:00:00Z"));
        for bad in [
            "",
            "2026-11-23",
            "2026-11-23T18:20Z",
            "2026-11-23T18:20:00",
            "2026-11-23 18:20:00Z",
            "2026-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-11-31T00:00:00Z",
            "2026-11-23T24:00:00Z",
            "2026-11-23T18:60:00Z",
            "2026-11-23T18:20:61Z",
            "2026-11-23T18:20:00.Z",
            "2026-11-23T18:20:00+0100",
            "2026-11-23T18:20:00+24:00",
            "2026-11-23T18:20:00+01:60",
            "2026-11-23T18:20:00ZZ",
            "+2026-11-23T18:20:00Z",
            "2026-11-23T1８:20:00Z",
            "２026-11-23T18:20:00Z",
        ] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }

    #[test]
    fn live_figures_only_while_fresh() {
        let mut status = parse(FULL).unwrap().0;
        let generated = status.generated.unwrap();
        assert_eq!(live_figures(&status, generated, generated + FRESH_MS).len(), 2);
        assert!(live_figures(&status, generated, generated + FRESH_MS + 1).is_empty(), "fetched too long ago");
        let fetched = generated + 60 * 60_000;
        assert!(live_figures(&status, fetched, fetched + 1000).is_empty(), "a cache served an hour-old document");
        status.generated = None;
        assert_eq!(live_figures(&status, fetched, fetched + FRESH_MS), status.channels);
        assert!(live_figures(&status, fetched, fetched + FRESH_MS + 1).is_empty());
        assert!(live_figures(&status, Instant::MIN, Instant::MAX).is_empty());
    }

    #[test]
    fn incidents_by_topic_and_order() {
        let incident = |id: &str, severity, topics: Vec<Topic>, started| Incident {
            id: id.into(),
            severity,
            topics,
            assets: vec![],
            title: texts(&[("en", id)]),
            body: Localized::default(),
            started,
            updated: None,
            url: None,
        };
        let status = Status {
            incidents: vec![
                incident("old-minor", Severity::Minor, vec![], 1),
                incident("fees", Severity::Critical, vec![Topic::Fees], 5),
                incident("new-minor", Severity::Minor, vec![Topic::Security, Topic::Fees], 9),
                incident("old-critical", Severity::Critical, vec![Topic::Security], 2),
                incident("info", Severity::Info, vec![], 10),
            ],
            ..Status::default()
        };
        let ids = |topic| incidents_for(&status, topic).iter().map(|i| i.id.as_str()).collect::<Vec<_>>();
        assert_eq!(ids(None), ["fees", "old-critical", "new-minor", "old-minor", "info"]);
        assert_eq!(ids(Some(Topic::Security)), ["old-critical", "new-minor", "old-minor", "info"]);
        assert_eq!(ids(Some(Topic::Payments)), ["old-minor", "info"]);
    }

    #[test]
    fn minutes_ago() {
        assert_eq!(minutes_since(0, 40 * 60_000 + 59_999), 40);
        assert_eq!(minutes_since(1000, 0), 0);
        assert_eq!(minutes_since(Instant::MIN, Instant::MAX), u32::MAX);
    }

    /// RFC 3339 text for `at` as seen at UTC offset `offset` minutes, with `digits` fraction digits.
    fn format_timestamp(at: Instant, offset: i64, digits: usize) -> String {
        let local = at + offset * 60_000;
        let date = Date::from_days_since_epoch(local.div_euclid(86_400_000));
        let ms = local.rem_euclid(86_400_000);
        let (h, m, s) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60);
        let frac = if digits == 0 { String::new() } else { format!(".{:0<w$.w$}", format!("{:03}", ms % 1000), w = digits) };
        let zone = match offset {
            0 => "Z".to_string(),
            o => format!("{}{:02}:{:02}", if o < 0 { '-' } else { '+' }, o.abs() / 60, o.abs() % 60),
        };
        format!("{date}T{h:02}:{m:02}:{s:02}{frac}{zone}")
    }

    fn json_ish() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let key = prop::sample::select(vec![
            "id", "severity", "topics", "assets", "title", "body", "started_at", "updated_at", "url", "incidents",
            "channels", "generated_at", "state", "wait_minutes", "queue", "en-US", "chat", "x",
        ]);
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            prop::sample::select(vec!["major", "open", "paused", "fees", "2026-11-23T18:20:00Z", "https://a.example", "", "javascript:x"])
                .prop_map(Value::from),
            ".{0,80}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 64, 8, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
                prop::collection::btree_map(key.clone().prop_map(String::from), inner, 0..8)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics_on_text(text in "\\PC{0,200}") {
            let _ = parse(&text);
        }

        #[test]
        fn parse_never_panics_on_json(value in json_ish()) {
            if let Ok((status, problems)) = parse(&value.to_string()) {
                for p in problems {
                    proptest::prop_assert!(p.contains(": "), "{}", p);
                }
                for i in &status.incidents {
                    proptest::prop_assert!(!i.id.is_empty() && !i.title.is_empty());
                }
            }
        }

        #[test]
        fn timestamps_round_trip(
            at in -62_135_596_800_000i64..253_370_764_800_000,
            offset in -1439i64..=1439,
            digits in 0usize..=5,
        ) {
            // Without fraction digits only whole seconds survive.
            let at = if digits == 0 { at - at.rem_euclid(1000) } else { at };
            let text = format_timestamp(at, offset, digits);
            let expected = if digits < 3 { at - at.rem_euclid(1000) + at.rem_euclid(1000) / 10i64.pow(3 - digits as u32) * 10i64.pow(3 - digits as u32) } else { at };
            proptest::prop_assert_eq!(parse_timestamp(&text), Some(expected), "{}", text);
        }
    }
}
