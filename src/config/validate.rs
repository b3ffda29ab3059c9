//! The walk over the JSON document: every field checked, every problem
//! recorded with its path, every usable part kept.

use super::{Issue, Platform, Severity};
use crate::hours::{Date, Hours, Slot, TimeOfDay, Weekday};
use crate::links::{self, LinkKind};
use crate::model::*;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Collects issues while walking the document.
#[derive(Default)]
pub(super) struct Validator {
    pub issues: Vec<Issue>,
}

/// FAQ entries validated one at a time, in document order, so that a large
/// FAQ need not be held as one JSON tree (`config::stream`).
#[derive(Default)]
pub(super) struct FaqReader {
    v: Validator,
    /// Every id met, kept or not.
    seen: BTreeSet<String>,
    /// The ids of entries left out (each first met on such an entry): not
    /// ones `related` may name. Rarely any, so the kept ids need no set.
    left_out: BTreeSet<String>,
    /// Kept entries with their index in the array.
    entries: Vec<(usize, FaqEntry)>,
    next: usize,
    /// The languages whose texts are kept once validated (None: all).
    keep: Option<super::Keep>,
    /// The chain the FAQ is shown in, if known as it is read: only what it
    /// can show is kept (`faq::keep_showable`).
    chain: Option<Vec<String>>,
}

impl FaqReader {
    pub fn new(keep: Option<super::Keep>, chain: Option<Vec<String>>) -> FaqReader {
        FaqReader { keep, chain, ..FaqReader::default() }
    }

    pub fn keep(&self) -> Option<&super::Keep> {
        self.keep.as_ref()
    }

    pub fn chain(&self) -> Option<&[String]> {
        self.chain.as_deref()
    }

    /// The next element of the array at `path`.
    pub fn add(&mut self, path: &str, value: &Value) {
        let i = self.next;
        self.next += 1;
        let p = index(path, i);
        let ids = self.seen.len();
        let mut entry = self.v.faq_entry(&p, value, &mut self.seen);
        if entry.is_none() && self.seen.len() > ids {
            self.left_out.extend(value.get("id").and_then(Value::as_str).map(str::to_string));
        }
        self.v.note_left_out(&p, value, entry.is_none());
        if let (Some(e), Some(keep)) = (&mut entry, &self.keep) {
            keep.apply(e);
        }
        if let (Some(e), Some(chain)) = (&mut entry, &self.chain) {
            crate::faq::keep_showable(e, chain);
        }
        if let Some(e) = entry {
            // Grown by an eighth, not doubled: with thousands of entries the
            // room left over at the end (up to as much again) and the old
            // lists left behind are holes in wasm memory, which never shrinks.
            if self.entries.len() == self.entries.capacity() {
                self.entries.reserve_exact(self.entries.len() / 8 + 8);
            }
            self.entries.push((i, e));
        }
    }
}

/// An FAQ entry's texts in one language, from a translation file.
pub(super) struct Translated {
    pub question: Option<String>,
    pub answer: Option<String>,
    pub keywords: Option<Vec<String>>,
}

const MAX_SHOWN_VALUE: usize = 60;
const MAX_REPLY_MINUTES: u64 = 60 * 24 * 30;
/// Names a checklist field may use for its accepted formats.
pub const FORMATS: &[&str] = &["evm_tx_hash", "hex64", "base58", "digits", "email"];

/// A JSON value as a platform developer would recognise it, cut short if long.
fn show(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() <= MAX_SHOWN_VALUE {
        return text;
    }
    let cut: String = text.chars().take(MAX_SHOWN_VALUE).collect();
    format!("{cut}…")
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// Whether `text` would show nothing: only white space and characters that
/// draw nothing by themselves. Such a text counts as missing.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// Characters that draw nothing by themselves: format and direction
/// controls, joiners, variation selectors, fillers, tags.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}' | '\u{FFA0}' | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

impl Validator {
    pub fn error(&mut self, path: &str, value: &Value, problem: impl Into<String>) {
        self.push(Severity::Error, path, Some(value), problem);
    }

    pub fn warning(&mut self, path: &str, value: Option<&Value>, problem: impl Into<String>) {
        self.push(Severity::Warning, path, value, problem);
    }

    fn push(&mut self, severity: Severity, path: &str, value: Option<&Value>, problem: impl Into<String>) {
        self.issues.push(Issue {
            severity,
            path: path.to_string(),
            value: value.map(show),
            problem: problem.into(),
        });
    }

    /// Says that a whole entry was dropped, so its errors are not mistaken
    /// for warnings about a single field.
    fn note_left_out(&mut self, path: &str, value: &Value, left_out: bool) {
        if left_out && value.is_object() {
            self.warning(path, None, "was left out because of the errors above");
        }
    }

    pub fn missing(&mut self, path: &str, expected: &str) {
        self.issues.push(Issue {
            severity: Severity::Error,
            path: path.to_string(),
            value: None,
            problem: format!("is missing (expected {expected})"),
        });
    }

    pub fn unknown_fields(&mut self, path: &str, object: &Map<String, Value>, known: &[&str]) {
        for key in object.keys().filter(|k| !known.contains(&k.as_str())) {
            self.warning(
                &join(path, key),
                None,
                format!("is not a known field and was ignored (known here: {})", known.join(", ")),
            );
        }
    }

    pub fn object<'a>(&mut self, path: &str, value: &'a Value) -> Option<&'a Map<String, Value>> {
        match value {
            Value::Object(map) => Some(map),
            other => {
                self.error(path, other, "is not an object");
                None
            }
        }
    }

    /// A non-empty string of at most `max` characters, trimmed.
    fn text(&mut self, path: &str, value: &Value, max: usize) -> Option<String> {
        match value.as_str().map(str::trim) {
            Some("") => {
                self.error(path, value, "is empty (expected some text)");
                None
            }
            // A name of zero-width and direction marks looks empty, or like
            // whatever surrounds it.
            Some(s) if is_blank(s) => {
                self.error(path, value, "has no visible characters (expected some text)");
                None
            }
            Some(s) if s.chars().count() > max => {
                self.error(path, value, format!("is too long (at most {max} characters)"));
                None
            }
            Some(s) => Some(s.to_string()),
            None => {
                self.error(path, value, "is not a string");
                None
            }
        }
    }

    fn link(&mut self, path: &str, value: &Value) -> Option<(String, LinkKind)> {
        let Some(url) = value.as_str() else {
            self.error(path, value, "is not a string (expected a URL)");
            return None;
        };
        match links::check(url) {
            Ok(kind) => Some((url.to_string(), kind)),
            Err(e) => {
                self.error(path, value, format!("is not an allowed link: it {e}"));
                None
            }
        }
    }

    pub fn web_link(&mut self, path: &str, value: &Value) -> Option<String> {
        match self.link(path, value)? {
            (url, LinkKind::Web) => Some(url),
            _ => {
                self.error(path, value, "is not a web address (expected an https: URL)");
                None
            }
        }
    }

    fn array<'a>(&mut self, path: &str, value: &'a Value) -> &'a [Value] {
        match value {
            Value::Array(items) => items,
            other => {
                self.error(path, other, "is not an array");
                &[]
            }
        }
    }

    fn boolean(&mut self, path: &str, value: &Value) -> Option<bool> {
        value.as_bool().or_else(|| {
            self.error(path, value, "is not true or false");
            None
        })
    }

    fn locale_tag(&mut self, path: &str, value: &Value) -> Option<String> {
        let Some(tag) = value.as_str() else {
            self.error(path, value, "is not a string (expected a language tag such as \"en-US\")");
            return None;
        };
        self.tag_str(path, value, tag)
    }

    fn tag_str(&mut self, path: &str, value: &Value, tag: &str) -> Option<String> {
        match tag.parse::<unic_langid::LanguageIdentifier>() {
            Ok(id) if !tag.is_empty() && id.language.as_str() != "und" => Some(id.to_string()),
            _ => {
                self.error(path, value, "is not a language tag such as \"en-US\" or \"zh-CN\"");
                None
            }
        }
    }

    fn tags(&mut self, path: &str, value: &Value) -> Vec<String> {
        let items = self.array(path, value);
        items
            .iter()
            .enumerate()
            .filter_map(|(i, l)| self.locale_tag(&index(path, i), l))
            .collect()
    }

    fn enum_value<T>(&mut self, path: &str, value: &Value, parse: fn(&str) -> Option<T>, ids: &str) -> Option<T> {
        match value.as_str().and_then(parse) {
            Some(v) => Some(v),
            None => {
                self.error(path, value, format!("is not one of: {ids}"));
                None
            }
        }
    }

    /// `{ "en-US": "text", "zh-CN": "文本" }`; bad locales or texts are dropped.
    fn localized(&mut self, path: &str, value: &Value, max: usize) -> Localized {
        self.texts(path, value, max).into_iter().collect()
    }

    /// The same as texts by normalised tag (of a tag given twice, the last
    /// text), as [`Localized`] holds them, before they are packed: an
    /// answer's links are checked here, not decoded from the packed form.
    fn texts(&mut self, path: &str, value: &Value, max: usize) -> BTreeMap<String, String> {
        let mut texts = BTreeMap::new();
        let Some(obj) = self.object(path, value) else { return texts };
        for (key, text) in obj {
            let p = join(path, key);
            let Some(tag) = self.tag_str(&p, &Value::String(key.clone()), key) else { continue };
            if let Some(t) = self.text(&p, text, max) {
                texts.insert(tag, t);
            }
        }
        texts
    }

    /// An id that must be unique among `seen`.
    fn unique_id(&mut self, path: &str, value: Option<&Value>, seen: &mut BTreeSet<String>) -> Option<String> {
        let Some(value) = value else {
            self.missing(path, "an id of lower-case letters, digits, - and _");
            return None;
        };
        match value.as_str() {
            Some(id) if is_id(id) => {
                if seen.insert(id.to_string()) {
                    Some(id.to_string())
                } else {
                    self.error(path, value, "is used twice (ids must be unique)");
                    None
                }
            }
            _ => {
                self.error(path, value, "is not an id (lower-case letters, digits, - and _, at most 64)");
                None
            }
        }
    }

    pub fn platform(&mut self, path: &str, value: &Value) -> Option<Platform> {
        let obj = self.object(path, value)?;
        self.unknown_fields(
            path,
            obj,
            &["name", "official_origins", "help_centre_url", "account_freeze_url", "default_locale", "locales"],
        );
        let name = match obj.get("name") {
            Some(v) => self.text(&join(path, "name"), v, 80),
            None => {
                self.missing(&join(path, "name"), "the platform's display name");
                None
            }
        };
        let mut official_origins = Vec::new();
        if let Some(origins) = obj.get("official_origins") {
            let p = join(path, "official_origins");
            for (i, o) in self.array(&p, origins).iter().enumerate() {
                match o.as_str().and_then(links::normalise_origin) {
                    Some(origin) if links::check(&origin).is_ok() => official_origins.push(origin),
                    _ => self.error(
                        &index(&p, i),
                        o,
                        "is not an origin such as \"https://www.example.com\" (https, host and optional port, no path)",
                    ),
                }
            }
        }
        let help_centre_url = obj.get("help_centre_url").and_then(|v| self.web_link(&join(path, "help_centre_url"), v));
        let account_freeze_url =
            obj.get("account_freeze_url").and_then(|v| self.web_link(&join(path, "account_freeze_url"), v));
        let default_locale = obj.get("default_locale").and_then(|v| self.locale_tag(&join(path, "default_locale"), v));
        let locales = obj.get("locales").map(|v| self.tags(&join(path, "locales"), v)).unwrap_or_default();
        Some(Platform {
            name: name?,
            official_origins,
            help_centre_url,
            account_freeze_url,
            default_locale,
            locales,
        })
    }

    pub fn channels(&mut self, path: &str, value: &Value) -> Vec<Channel> {
        let mut seen = BTreeSet::new();
        let items = self.array(path, value);
        items
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let channel = self.channel(&index(path, i), c, &mut seen);
                self.note_left_out(&index(path, i), c, channel.is_none());
                channel
            })
            .collect()
    }

    fn channel(&mut self, path: &str, value: &Value, seen: &mut BTreeSet<String>) -> Option<Channel> {
        let obj = self.object(path, value)?;
        self.unknown_fields(
            path,
            obj,
            &[
                "id", "kind", "label", "url", "host_chat", "phone", "email", "mode", "languages", "reply_minutes",
                "attachments", "hours", "summary_params",
            ],
        );
        let id = self.unique_id(&join(path, "id"), obj.get("id"), seen);
        let kind = match obj.get("kind") {
            Some(k) => self.enum_value(&join(path, "kind"), k, ChannelKind::from_id, &ChannelKind::ids()),
            None => {
                self.missing(&join(path, "kind"), &format!("one of: {}", ChannelKind::ids()));
                None
            }
        };
        let label = obj.get("label").map(|l| self.localized(&join(path, "label"), l, 60)).unwrap_or_default();
        let address = kind.and_then(|k| self.address(path, obj, k));
        let mode = match obj.get("mode") {
            Some(m) => self.enum_value(&join(path, "mode"), m, Mode::from_id, &Mode::ids()),
            None => Some(if kind == Some(ChannelKind::Phone) { Mode::Voice } else { Mode::Text }),
        };
        let languages = obj.get("languages").map(|l| self.tags(&join(path, "languages"), l)).unwrap_or_default();
        let reply_minutes = obj.get("reply_minutes").and_then(|r| match r.as_u64() {
            Some(m) if m <= MAX_REPLY_MINUTES => Some(m as u32),
            _ => {
                self.error(
                    &join(path, "reply_minutes"),
                    r,
                    format!("is not a whole number of minutes from 0 to {MAX_REPLY_MINUTES}"),
                );
                None
            }
        });
        let attachments = obj.get("attachments").and_then(|a| self.boolean(&join(path, "attachments"), a)).unwrap_or(false);
        let hours = match obj.get("hours") {
            Some(h) => self.hours(&join(path, "hours"), h)?,
            None => {
                self.warning(&join(path, "hours"), None, "is missing; the channel is shown as always open");
                Hours::Always
            }
        };
        let summary_params = obj
            .get("summary_params")
            .map(|s| self.summary_params(&join(path, "summary_params"), s))
            .unwrap_or_default();
        Some(Channel {
            id: id?,
            kind: kind?,
            label,
            address: address?,
            mode: mode?,
            languages,
            reply_minutes,
            attachments,
            hours,
            summary_params,
        })
    }

    /// Exactly one of `url`, `host_chat`, `phone`, `email`, fitting the kind.
    fn address(&mut self, path: &str, obj: &Map<String, Value>, kind: ChannelKind) -> Option<Address> {
        let given: Vec<&str> = ["url", "host_chat", "phone", "email"].into_iter().filter(|k| obj.contains_key(*k)).collect();
        let expected = match kind {
            ChannelKind::Phone => "\"phone\" (a number in E.164 form, such as \"+442079460123\")",
            ChannelKind::Email => "\"email\" (an address such as \"support@example.com\")",
            ChannelKind::LiveChat => "\"url\" (an https: chat page) or \"host_chat\": true (the page opens its own chat)",
            _ => "\"url\" (an https: page)",
        };
        let [field] = given.as_slice() else {
            if given.is_empty() {
                self.missing(&join(path, "url"), &format!("for a {} channel, {expected}", kind.id()));
            } else {
                self.error(
                    path,
                    &Value::String(given.join(", ")),
                    format!("gives more than one address; a {} channel needs exactly {expected}", kind.id()),
                );
            }
            return None;
        };
        let p = join(path, field);
        let value = &obj[*field];
        let address = match *field {
            "url" => self.web_link(&p, value).map(Address::Url),
            "host_chat" => match value.as_bool() {
                Some(true) => Some(Address::HostChat),
                _ => {
                    self.error(&p, value, "must be true when given");
                    None
                }
            },
            "phone" => match value.as_str().map(|s| s.replace([' ', '-'], "")) {
                Some(n) if n.starts_with('+') && (8..=15).contains(&(n.len() - 1)) && n[1..].bytes().all(|b| b.is_ascii_digit()) => {
                    Some(Address::Phone(n))
                }
                _ => {
                    self.error(&p, value, "is not a phone number in E.164 form (+ and 8 to 15 digits)");
                    None
                }
            },
            _ => match value.as_str() {
                Some(e) if is_email(e) => Some(Address::Email(e.to_string())),
                _ => {
                    self.error(&p, value, "is not an e-mail address");
                    None
                }
            },
        }?;
        let fits = matches!(
            (kind, &address),
            (ChannelKind::Phone, Address::Phone(_))
                | (ChannelKind::Email, Address::Email(_))
                | (ChannelKind::LiveChat, Address::Url(_) | Address::HostChat)
                | (
                    ChannelKind::Ticket | ChannelKind::Social | ChannelKind::Community | ChannelKind::HelpCentre,
                    Address::Url(_)
                )
        );
        if fits {
            Some(address)
        } else {
            self.error(&p, value, format!("does not fit a {} channel (expected {expected})", kind.id()));
            None
        }
    }

    fn summary_params(&mut self, path: &str, value: &Value) -> SummaryParams {
        let mut out = SummaryParams::default();
        let Some(obj) = self.object(path, value) else { return out };
        self.unknown_fields(path, obj, &["subject", "body"]);
        for (key, slot) in [("subject", &mut out.subject), ("body", &mut out.body)] {
            if let Some(v) = obj.get(key) {
                match v.as_str() {
                    Some(name) if !name.is_empty() && name.len() <= 40 && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') => {
                        *slot = Some(name.to_string())
                    }
                    _ => self.error(&join(path, key), v, "is not a query parameter name (letters, digits, _ and -)"),
                }
            }
        }
        out
    }

    /// `"always"` or `{ "time_zone", "weekly": [slots], "closed_on": [dates] }`.
    /// `None` (the channel is dropped) when the hours cannot be understood at all,
    /// since showing a channel as open when it is not misleads users.
    fn hours(&mut self, path: &str, value: &Value) -> Option<Hours> {
        if value.as_str() == Some("always") {
            return Some(Hours::Always);
        }
        let Value::Object(obj) = value else {
            self.error(path, value, "is not \"always\" or an object with time_zone and weekly slots");
            return None;
        };
        self.unknown_fields(path, obj, &["time_zone", "weekly", "closed_on"]);
        let zone = match obj.get("time_zone") {
            Some(z) => match z.as_str() {
                Some(name) if crate::hours::looks_like_zone(name) => Some(name.to_string()),
                _ => {
                    self.error(&join(path, "time_zone"), z, "is not an IANA time zone such as \"Europe/London\"");
                    None
                }
            },
            None => {
                self.missing(&join(path, "time_zone"), "an IANA time zone such as \"Europe/London\"");
                None
            }
        };
        let mut slots = Vec::new();
        match obj.get("weekly") {
            Some(w) => {
                let p = join(path, "weekly");
                for (i, s) in self.array(&p, w).iter().enumerate() {
                    if let Some(slot) = self.slot(&index(&p, i), s) {
                        slots.push(slot);
                    }
                }
            }
            None => self.missing(&join(path, "weekly"), "an array of {\"days\", \"open\", \"close\"} slots"),
        }
        let mut closed_dates = Vec::new();
        if let Some(c) = obj.get("closed_on") {
            let p = join(path, "closed_on");
            for (i, d) in self.array(&p, c).iter().enumerate() {
                match d.as_str().and_then(Date::parse) {
                    Some(date) => closed_dates.push(date),
                    None => self.error(&index(&p, i), d, "is not a date YYYY-MM-DD"),
                }
            }
        }
        if slots.is_empty() && obj.get("weekly").is_some_and(|w| w.as_array().is_some_and(|a| !a.is_empty())) {
            self.warning(path, None, "has no valid slot left; the channel is shown as closed");
        }
        Some(Hours::Weekly { zone: zone?, slots, closed_dates })
    }

    fn slot(&mut self, path: &str, value: &Value) -> Option<Slot> {
        let obj = self.object(path, value)?;
        self.unknown_fields(path, obj, &["days", "open", "close"]);
        let mut days = Vec::new();
        match obj.get("days") {
            Some(d) => {
                let p = join(path, "days");
                for (i, day) in self.array(&p, d).iter().enumerate() {
                    match day.as_str().and_then(Weekday::from_id) {
                        Some(w) if !days.contains(&w) => days.push(w),
                        Some(_) => self.warning(&index(&p, i), Some(day), "is listed twice"),
                        None => self.error(&index(&p, i), day, "is not a day (mon, tue, wed, thu, fri, sat, sun)"),
                    }
                }
            }
            None => self.missing(&join(path, "days"), "an array of days such as [\"mon\", \"tue\"]"),
        }
        let mut time = |key: &str| match obj.get(key) {
            Some(t) => match t.as_str().and_then(TimeOfDay::parse) {
                Some(time) => Some(time),
                None => {
                    self.error(&join(path, key), t, "is not a time of day HH:MM");
                    None
                }
            },
            None => {
                self.missing(&join(path, key), "a time of day HH:MM");
                None
            }
        };
        let (open, close) = (time("open")?, time("close")?);
        if open == close || (open == TimeOfDay::END_OF_DAY) {
            self.error(
                path,
                value,
                "opens and closes at the same time (use \"00:00\" to \"24:00\" for a whole day)",
            );
            return None;
        }
        if days.is_empty() {
            return None;
        }
        Some(Slot { days, open, close })
    }

    pub fn faq(&mut self, path: &str, value: &Value) -> Vec<FaqEntry> {
        let mut reader = FaqReader::default();
        for entry in self.array(path, value) {
            reader.add(path, entry);
        }
        self.faq_read(path, reader)
    }

    /// The entries `reader` kept, once related ids can be checked: they
    /// must name an entry that was kept, not one left out.
    pub fn faq_read(&mut self, path: &str, reader: FaqReader) -> Vec<FaqEntry> {
        let FaqReader { v, seen, left_out, mut entries, .. } = reader;
        self.issues.extend(v.issues);
        for (i, entry) in &mut entries {
            let p = join(&index(path, *i), "related");
            entry.related.retain(|r| {
                let known = seen.contains(r) && !left_out.contains(r);
                if !known {
                    let problem = if seen.contains(r) {
                        "is the id of an FAQ entry that was left out, and was ignored"
                    } else {
                        "is not the id of another FAQ entry and was ignored"
                    };
                    self.issues.push(Issue {
                        severity: Severity::Warning,
                        path: p.clone(),
                        value: Some(show(&Value::String(r.clone()))),
                        problem: problem.into(),
                    });
                }
                known
            });
        }
        let mut faq: Vec<FaqEntry> = entries.into_iter().map(|(_, e)| e).collect();
        // Collected where it lies, the list keeps the room it grew to (up to
        // an eighth more than it holds) and that of each entry's position in
        // the array, now dropped: room the search index can use instead.
        faq.shrink_to_fit();
        faq
    }

    fn faq_entry(&mut self, path: &str, value: &Value, seen: &mut BTreeSet<String>) -> Option<FaqEntry> {
        let obj = self.object(path, value)?;
        self.unknown_fields(path, obj, &["id", "topic", "question", "answer", "keywords", "related", "needs_person"]);
        let id = self.unique_id(&join(path, "id"), obj.get("id"), seen);
        let topic = match obj.get("topic") {
            Some(t) => self.enum_value(&join(path, "topic"), t, Topic::from_id, &Topic::ids()),
            None => {
                self.missing(&join(path, "topic"), &format!("one of: {}", Topic::ids()));
                None
            }
        };
        let mut text = |key: &str, max: usize| match obj.get(key) {
            Some(v) => {
                let t = self.texts(&join(path, key), v, max);
                if t.is_empty() {
                    self.error(&join(path, key), v, "has no usable text in any language");
                    None
                } else {
                    Some(t)
                }
            }
            None => {
                self.missing(&join(path, key), "texts by language, such as {\"en-US\": \"...\"}");
                None
            }
        };
        let question = text("question", 300).map(Localized::from_iter);
        let answer = text("answer", 20_000);
        if let Some(answer) = &answer {
            for (locale, source) in answer {
                self.answer_links(&join(&join(path, "answer"), locale), source);
            }
        }
        let answer = answer.map(Localized::from_iter);
        let keywords = obj.get("keywords").map(|k| self.keywords(&join(path, "keywords"), k)).unwrap_or_default();
        let related = match obj.get("related") {
            Some(r) => {
                let p = join(path, "related");
                let items = self.array(&p, r);
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| match v.as_str() {
                        Some(s) if is_id(s) => Some(s.to_string()),
                        _ => {
                            self.error(&index(&p, i), v, "is not an FAQ entry id");
                            None
                        }
                    })
                    .collect()
            }
            None => Vec::new(),
        };
        let needs_person = obj.get("needs_person").and_then(|n| self.boolean(&join(path, "needs_person"), n)).unwrap_or(false);
        Some(FaqEntry { id: id?, topic: topic?, question: question?, answer: answer?, keywords, related, needs_person })
    }

    /// Links inside Markdown answers follow the same allow-list; a refused
    /// link is reported here and rendered as plain text by the view.
    fn answer_links(&mut self, path: &str, source: &str) {
        let mut rest = source;
        while let Some(start) = rest.find("](") {
            let after = &rest[start + 2..];
            let end = after.find(')').unwrap_or(after.len());
            let url = after[..end].trim();
            if let Err(e) = links::check(url) {
                self.error(path, &Value::String(url.to_string()), format!("is a link that is not allowed and is shown as text: it {e}"));
            }
            rest = &after[end..];
        }
    }

    /// `{ "zh-CN": "faq/zh-CN.json" }`: where the FAQ's texts in more
    /// languages are, fetched only for users who read them.
    pub fn faq_translations(&mut self, path: &str, value: &Value) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let Some(obj) = self.object(path, value) else { return out };
        for (key, url) in obj {
            let p = join(path, key);
            let Some(tag) = self.tag_str(&p, &Value::String(key.clone()), key) else { continue };
            let Some(text) = url.as_str() else {
                self.error(&p, url, "is not a string (expected a path such as \"faq/zh-CN.json\" or an https: URL)");
                continue;
            };
            if links::is_relative_path(text) {
                out.insert(tag, text.to_string());
            } else if links::check(text) == Err(links::LinkError::NoScheme) {
                self.error(&p, url, "is neither a path such as \"faq/zh-CN.json\" (which may not start with // or hold a \\) nor an https: URL");
            } else if let Some(web) = self.web_link(&p, url) {
                out.insert(tag, web);
            }
        }
        out
    }

    /// One entry of a translation file: `{ "question", "answer", "keywords" }`
    /// in the file's language, each optional (the others stay in the
    /// languages the config has).
    pub fn translated_entry(&mut self, path: &str, value: &Value) -> Option<Translated> {
        let obj = self.object(path, value)?;
        self.unknown_fields(path, obj, &["question", "answer", "keywords"]);
        let question = obj.get("question").and_then(|q| self.text(&join(path, "question"), q, 300));
        let answer = obj.get("answer").and_then(|a| self.text(&join(path, "answer"), a, 20_000));
        if let Some(answer) = &answer {
            self.answer_links(&join(path, "answer"), answer);
        }
        let keywords = obj.get("keywords").map(|k| self.words(&join(path, "keywords"), k));
        if question.is_none() && answer.is_none() && keywords.is_none() {
            self.warning(path, None, "has no usable question, answer or keywords and was ignored");
            return None;
        }
        Some(Translated { question, answer, keywords })
    }

    /// Search words: an array of short texts.
    fn words(&mut self, path: &str, value: &Value) -> Vec<String> {
        let items = self.array(path, value);
        items.iter().enumerate().filter_map(|(i, w)| self.text(&index(path, i), w, 80)).collect()
    }

    fn keywords(&mut self, path: &str, value: &Value) -> Keywords {
        let mut out = Vec::new();
        let Some(obj) = self.object(path, value) else { return Keywords::default() };
        for (key, list) in obj {
            let p = join(path, key);
            let Some(tag) = self.tag_str(&p, &Value::String(key.clone()), key) else { continue };
            let words = self.words(&p, list);
            out.push((tag, words));
        }
        out.into_iter().collect()
    }

    pub fn checklists(&mut self, path: &str, value: &Value) -> BTreeMap<Topic, Vec<ChecklistField>> {
        let mut out = BTreeMap::new();
        let Some(obj) = self.object(path, value) else { return out };
        for (key, list) in obj {
            let p = join(path, key);
            let Some(topic) = Topic::from_id(key) else {
                self.error(&p, &Value::String(key.clone()), format!("is not a topic (expected one of: {})", Topic::ids()));
                continue;
            };
            let mut fields: Vec<ChecklistField> = Vec::new();
            for (i, f) in self.array(&p, list).iter().enumerate() {
                let fp = index(&p, i);
                let Some(fo) = self.object(&fp, f) else { continue };
                self.unknown_fields(&fp, fo, &["field", "formats"]);
                let Some(kind) = (match fo.get("field") {
                    Some(k) => self.enum_value(&join(&fp, "field"), k, FieldKind::from_id, &FieldKind::ids()),
                    None => {
                        self.missing(&join(&fp, "field"), &format!("one of: {}", FieldKind::ids()));
                        None
                    }
                }) else {
                    continue;
                };
                if fields.iter().any(|f| f.kind == kind) {
                    self.warning(&join(&fp, "field"), fo.get("field"), "is listed twice in this checklist; the first is used");
                    continue;
                }
                let mut formats = Vec::new();
                if let Some(list) = fo.get("formats") {
                    let lp = join(&fp, "formats");
                    for (j, name) in self.array(&lp, list).iter().enumerate() {
                        match name.as_str().filter(|n| FORMATS.contains(n)) {
                            Some(n) => formats.push(n.to_string()),
                            None => self.error(&index(&lp, j), name, format!("is not a known format (expected one of: {})", FORMATS.join(", "))),
                        }
                    }
                }
                fields.push(ChecklistField { kind, formats });
            }
            out.insert(topic, fields);
        }
        out
    }

    pub fn never_share(&mut self, path: &str, value: &Value) -> Vec<Localized> {
        let items = self.array(path, value);
        items
            .iter()
            .enumerate()
            .map(|(i, item)| self.localized(&index(path, i), item, 120))
            .filter(|l| !l.is_empty())
            .collect()
    }

    pub fn theme(&mut self, path: &str, value: &Value) -> Theme {
        let mut theme = Theme::default();
        let Some(obj) = self.object(path, value) else { return theme };
        self.unknown_fields(path, obj, &["accent", "color_scheme", "position", "z_index", "launcher_label"]);
        if let Some(a) = obj.get("accent") {
            match a.as_str().and_then(parse_hex_colour) {
                Some(c) => theme.accent = Some(c),
                None => self.error(&join(path, "accent"), a, "is not a colour #rrggbb or #rgb"),
            }
        }
        if let Some(s) = obj.get("color_scheme") {
            if let Some(v) = self.enum_value(&join(path, "color_scheme"), s, ColorScheme::from_id, &ColorScheme::ids()) {
                theme.color_scheme = v;
            }
        }
        if let Some(p) = obj.get("position") {
            if let Some(v) = self.enum_value(&join(path, "position"), p, Position::from_id, &Position::ids()) {
                theme.position = v;
            }
        }
        if let Some(z) = obj.get("z_index") {
            match z.as_i64() {
                Some(n) if (0..=i64::from(i32::MAX)).contains(&n) => theme.z_index = Some(n as i32),
                _ => self.error(&join(path, "z_index"), z, "is not a whole number from 0 to 2147483647"),
            }
        }
        if let Some(l) = obj.get("launcher_label") {
            theme.launcher_label = self.localized(&join(path, "launcher_label"), l, 40);
        }
        theme
    }

    /// Per-locale overrides of Fluent messages; ids must exist in en-US.
    pub fn messages(&mut self, path: &str, value: &Value) -> BTreeMap<String, BTreeMap<String, String>> {
        let mut out = BTreeMap::new();
        let Some(obj) = self.object(path, value) else { return out };
        let known = crate::i18n::reference_ids();
        for (locale, messages) in obj {
            let lp = join(path, locale);
            let Some(tag) = self.tag_str(&lp, &Value::String(locale.clone()), locale) else { continue };
            let Some(mo) = self.object(&lp, messages) else { continue };
            let mut kept = BTreeMap::new();
            for (id, text) in mo {
                let p = join(&lp, id);
                if !known.contains(id.as_str()) {
                    self.warning(&p, None, "is not a message id of the widget and was ignored (see locales/en-US/signpost.ftl)");
                    continue;
                }
                if let Some(t) = self.text(&p, text, 2_000) {
                    let problems = crate::i18n::check_override(&tag, id, &t);
                    if problems.is_empty() {
                        kept.insert(id.clone(), t);
                    } else {
                        self.error(&p, text, format!("is not a usable translation: {}", problems.join("; ")));
                    }
                }
            }
            out.insert(tag, kept);
        }
        out
    }
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && s.len() <= 254
        && s.chars().all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '\\' | ',' | ';' | ':' | '(' | ')' | '[' | ']'))
        && !domain.contains('@')
}

/// `#rgb` or `#rrggbb`, returned as lower-case `#rrggbb`.
pub fn parse_hex_colour(s: &str) -> Option<String> {
    let hex = s.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    match hex.len() {
        6 => Some(format!("#{}", hex.to_ascii_lowercase())),
        3 => Some(format!("#{}", hex.chars().flat_map(|c| [c, c]).collect::<String>().to_ascii_lowercase())),
        _ => None,
    }
}
