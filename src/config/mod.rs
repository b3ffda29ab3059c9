//! config: the platform's JSON document, validated into the model the rest of
//! the widget reads.
//!
//! Parsing walks a `serde_json::Value` by hand instead of deriving
//! `Deserialize`, because a platform developer needs *every* problem at once,
//! each with its JSON path, and the widget must keep working with whatever is
//! valid: a bad entry is dropped with a warning, an unknown field (probably a
//! typo) warns, and only a document with nothing usable is refused.

mod pieces;
mod stream;
mod translations;
mod validate;

use crate::model::{Channel, ChecklistField, FaqEntry, Localized, Theme, Topic};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use validate::Validator;

pub use pieces::Pieces;
pub use translations::{translate, Translation};
pub use validate::{is_blank, parse_hex_colour, FORMATS};

/// A validated platform configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub platform: Platform,
    pub channels: Vec<Channel>,
    pub faq: Vec<FaqEntry>,
    /// What to have ready, per topic.
    pub checklists: BTreeMap<Topic, Vec<ChecklistField>>,
    /// Platform-specific items never to share, beyond the built-in ones.
    pub never_share: Vec<Localized>,
    pub theme: Theme,
    /// Overrides of Fluent messages: locale -> message id -> text.
    pub messages: BTreeMap<String, BTreeMap<String, String>>,
    /// Optional live status feed.
    pub status_url: Option<String>,
    /// FAQ translation files not merged in yet: language tag -> URL, as
    /// written (relative to the config) until the browser glue resolves it.
    pub faq_translations: BTreeMap<String, String>,
    /// Set when the FAQ holds only what this language chain shows
    /// ([`Config::keep_shown_faq`]): it is shown in this chain, whatever the
    /// panel speaks, until the config is read again for another.
    pub faq_shown_for: Option<Vec<String>>,
}

impl Config {
    /// Drops the FAQ texts `chain` never shows or searches (`faq::keep_shown`).
    pub fn keep_shown_faq(&mut self, chain: &[String]) {
        for e in &mut self.faq {
            crate::faq::keep_shown(e, chain);
        }
        self.faq_shown_for = Some(chain.to_vec());
    }
}

/// Who the platform is and where the widget may legitimately appear.
#[derive(Clone, Debug, PartialEq)]
pub struct Platform {
    pub name: String,
    /// Normalised origins (`https://host[:port]`).
    pub official_origins: Vec<String>,
    pub help_centre_url: Option<String>,
    /// Where users freeze their own account in an emergency.
    pub account_freeze_url: Option<String>,
    pub default_locale: Option<String>,
    pub locales: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The value was dropped (or, for a required value, the config refused).
    Error,
    /// The value was used or ignored, but is probably a mistake.
    Warning,
}

/// One problem found in a config, located by its JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub severity: Severity,
    /// JSON path, e.g. `channels[2].hours.weekly[0].open`.
    pub path: String,
    /// The offending value as JSON (shortened), when there is one.
    pub value: Option<String>,
    /// What was expected, phrased to follow the value.
    pub problem: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.value {
            Some(v) => write!(f, "{}: {} {}", self.path, v, self.problem),
            None => write!(f, "{}: {}", self.path, self.problem),
        }
    }
}

/// A config that could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// The text is not JSON.
    NotJson { line: usize, column: usize, message: String },
    /// The JSON is valid but has nothing usable; `issues` say why.
    Unusable(Vec<Issue>),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::NotJson { line, column, message } => {
                write!(f, "is not valid JSON (line {line}, column {column}: {message})")
            }
            ConfigError::Unusable(issues) => {
                write!(f, "has nothing usable")?;
                for issue in issues.iter().filter(|i| i.severity == Severity::Error) {
                    write!(f, "; {issue}")?;
                }
                Ok(())
            }
        }
    }
}

/// A usable config and the problems that were worked around.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub config: Config,
    pub issues: Vec<Issue>,
}

/// Parses and validates a config document.
pub fn parse(text: &str) -> Result<Loaded, ConfigError> {
    match stream::read(text) {
        Ok((root, faq)) => assemble(&root, faq),
        // Valid JSON of the wrong shape: the tree walk says what and where.
        Err(e) if e.is_data() => from_value(&serde_json::from_str(text).map_err(not_json)?),
        Err(e) => Err(not_json(e)),
    }
}

/// [`parse`], keeping only the FAQ texts in `keep`'s languages and the
/// platform's default language: for a large config that [`Pieces`] leaves
/// (it does the same a piece at a time, without the whole text in memory).
pub fn parse_keeping(text: &str, keep: &Keep) -> Result<Loaded, ConfigError> {
    let mut loaded = parse(text)?;
    let keep = keep.clone().with_default_of(&loaded.config);
    for e in &mut loaded.config.faq {
        keep.apply(e);
    }
    Ok(loaded)
}

/// The FAQ languages a large config keeps in memory ([`Pieces`],
/// [`parse_keeping`]): a text is kept when its tag's language (`zh` of
/// `zh-CN`) is one of these.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keep(std::collections::BTreeSet<String>);

impl Keep {
    /// The languages of these tags.
    pub fn of<S: AsRef<str>>(tags: impl IntoIterator<Item = S>) -> Keep {
        let mut keep = Keep::default();
        for t in tags {
            keep.add(t.as_ref());
        }
        keep
    }

    /// Adds `tag`'s language; whether it was new.
    pub fn add(&mut self, tag: &str) -> bool {
        self.0.insert(language(tag))
    }

    pub fn keeps(&self, tag: &str) -> bool {
        self.0.contains(&language(tag))
    }

    /// With the language `config` falls back to, its `default_locale`'s.
    pub fn with_default_of(mut self, config: &Config) -> Keep {
        if let Some(tag) = &config.platform.default_locale {
            self.add(tag);
        }
        self
    }

    /// Drops the entry's texts in other languages.
    pub fn apply(&self, e: &mut FaqEntry) {
        e.question.retain(&|tag| self.keeps(tag));
        e.answer.retain(&|tag| self.keeps(tag));
        e.keywords.retain(&|tag| self.keeps(tag));
    }
}

fn language(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase()
}

pub(super) fn not_json(e: serde_json::Error) -> ConfigError {
    ConfigError::NotJson { line: e.line(), column: e.column(), message: strip_position(&e.to_string()) }
}

/// serde_json appends " at line X column Y"; we report those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The top-level fields.
const TOP_LEVEL: &[&str] = &[
    "$schema", "platform", "channels", "faq", "faq_translations", "checklists", "never_share", "theme", "messages",
    "status_url",
];

/// Validates an already-parsed document (the JS API's `boot(config)` path).
pub fn from_value(value: &Value) -> Result<Loaded, ConfigError> {
    match value {
        Value::Object(root) => assemble(root, None),
        other => {
            let mut v = Validator::default();
            v.object("(root)", other);
            Err(ConfigError::Unusable(v.issues))
        }
    }
}

/// Validates the top-level object; `faq`, if given, was read apart from it
/// (`stream`) and stands for the object's own `faq`.
fn assemble(root: &serde_json::Map<String, Value>, faq: Option<validate::FaqReader>) -> Result<Loaded, ConfigError> {
    let mut v = Validator::default();
    v.unknown_fields("", root, TOP_LEVEL);
    let platform = match root.get("platform") {
        Some(p) => v.platform("platform", p),
        None => {
            v.missing("platform", "an object with at least a \"name\"");
            None
        }
    };
    let channels = root.get("channels").map(|c| v.channels("channels", c)).unwrap_or_default();
    let faq = match faq {
        Some(read) => v.faq_read("faq", read),
        None => root.get("faq").map(|f| v.faq("faq", f)).unwrap_or_default(),
    };
    let checklists = root.get("checklists").map(|c| v.checklists("checklists", c)).unwrap_or_default();
    let never_share = root.get("never_share").map(|n| v.never_share("never_share", n)).unwrap_or_default();
    let theme = root.get("theme").map(|t| v.theme("theme", t)).unwrap_or_default();
    let messages = root.get("messages").map(|m| v.messages("messages", m)).unwrap_or_default();
    let status_url = root.get("status_url").and_then(|s| v.web_link("status_url", s));
    let faq_translations =
        root.get("faq_translations").map(|t| v.faq_translations("faq_translations", t)).unwrap_or_default();

    let Some(platform) = platform else {
        return Err(ConfigError::Unusable(v.issues));
    };
    // A name alone helps nobody: the widget needs somewhere to send people.
    if channels.is_empty() && faq.is_empty() && platform.help_centre_url.is_none() {
        v.issues.push(Issue {
            severity: Severity::Error,
            path: "(root)".into(),
            value: None,
            problem: "has no usable channel, FAQ entry or help_centre_url, so there is no help to offer".into(),
        });
        return Err(ConfigError::Unusable(v.issues));
    }
    let config =
        Config { platform, channels, faq, checklists, never_share, theme, messages, status_url, faq_translations, faq_shown_for: None };
    Ok(Loaded { config, issues: v.issues })
}

/// Why a config could not be obtained from its URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request failed before any response (offline, DNS, CORS, blocked by CSP).
    Network(String),
    /// No response within the time limit.
    Timeout { seconds: u32 },
    /// A response other than 2xx.
    Status { code: u16, text: String },
    /// A response whose body is not a usable config.
    Invalid(ConfigError),
    /// Neither `data-config-url` nor `Signpost('boot', config)` gave one.
    NoneGiven,
}

impl LoadError {
    /// Worth one retry: the network or the server may recover in a moment.
    pub fn is_transient(&self) -> bool {
        match self {
            LoadError::Network(_) | LoadError::Timeout { .. } => true,
            LoadError::Status { code, .. } => *code >= 500 || *code == 429 || *code == 408,
            LoadError::Invalid(_) | LoadError::NoneGiven => false,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "could not be fetched ({e})"),
            LoadError::Timeout { seconds } => write!(f, "did not answer within {seconds} s"),
            LoadError::Status { code, text } if text.is_empty() => write!(f, "answered HTTP {code}"),
            LoadError::Status { code, text } => write!(f, "answered HTTP {code} {text}"),
            LoadError::Invalid(e) => e.fmt(f),
            LoadError::NoneGiven => write!(
                f,
                "was not given: add data-config-url=\"/path/to/signpost.json\" to the script tag, or call Signpost('boot', {{...}})"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::{Hours, TimeOfDay, Weekday};
    use crate::model::*;

    fn messages(issues: &[Issue]) -> Vec<String> {
        issues.iter().map(ToString::to_string).collect()
    }

    /// What a fixture produces, one line per issue: `E`/`W` then the message,
    /// or `UNUSABLE: ...` when the config is refused.
    fn outcome(text: &str) -> String {
        match parse(text) {
            Ok(loaded) => loaded
                .issues
                .iter()
                .map(|i| format!("{} {i}\n", if i.severity == Severity::Error { "E" } else { "W" }))
                .collect(),
            Err(e) => format!("UNUSABLE: the configuration {e}\n"),
        }
    }

    /// Every `tests/fixtures/config/*.json` has a `.expected` beside it with
    /// every message the platform developer is shown. Set SIGNPOST_BLESS=1 to
    /// write missing ones (then read them before committing).
    #[test]
    fn fixtures_give_exactly_the_expected_messages() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/config");
        let mut checked = 0;
        let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
            let text = std::fs::read_to_string(path).unwrap();
            let got = outcome(&text);
            let expected_path = path.with_extension("expected");
            match std::fs::read_to_string(&expected_path) {
                Ok(expected) => assert_eq!(got, expected, "{}", path.display()),
                Err(_) if std::env::var_os("SIGNPOST_BLESS").is_some() => std::fs::write(&expected_path, &got).unwrap(),
                Err(_) => panic!("{} has no .expected file", path.display()),
            }
            checked += 1;
        }
        assert!(checked >= 8, "fixtures found: {checked}");
    }

    #[test]
    fn text_of_only_invisible_characters_counts_as_missing() {
        let err = parse(r#"{"platform": {"name": "\u200b\u202e \u2066\ufeff", "help_centre_url": "https://help.example/"}}"#).unwrap_err();
        assert!(
            err.to_string().contains(r#"platform.name: "\u200b\u202e \u2066\ufeff" has no visible characters (expected some text)"#)
                || err.to_string().contains("platform.name: ") && err.to_string().contains("has no visible characters"),
            "{err}"
        );
        let ok = parse(r#"{"platform": {"name": "Nord\u200bwind \u2066X\u2069", "help_centre_url": "https://help.example/"}}"#).unwrap();
        assert_eq!(ok.config.platform.name, "Nord\u{200b}wind \u{2066}X\u{2069}", "visible text with marks is the platform's own");
    }

    #[test]
    fn a_full_config_becomes_the_model() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/config/valid-full.json")).unwrap();
        let loaded = parse(&text).unwrap();
        assert!(loaded.issues.is_empty(), "{:?}", messages(&loaded.issues));
        let c = loaded.config;
        assert_eq!(c.platform.official_origins, ["https://www.kestrel.example", "https://app.kestrel.example", "http://localhost:8080"]);
        assert_eq!(c.platform.locales, ["en-US", "zh-CN", "ar"]);
        assert_eq!(c.channels.len(), 5);
        let phone = &c.channels[2];
        assert_eq!(phone.address, Address::Phone("+442079460123".into()));
        assert_eq!(phone.mode, Mode::Voice, "phones default to voice");
        let Hours::Weekly { zone, slots, closed_dates } = &phone.hours else { panic!("weekly hours") };
        assert_eq!(zone, "Europe/London");
        assert_eq!(slots[0].days, [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri]);
        assert_eq!((slots[1].open, slots[1].close), (TimeOfDay(22 * 60), TimeOfDay(2 * 60)));
        assert_eq!(closed_dates[0].to_string(), "2026-12-25");
        assert_eq!(c.channels[1].address, Address::HostChat);
        assert_eq!(c.channels[0].summary_params.body.as_deref(), Some("m"));
        assert_eq!(c.channels[3].label.get(&["zh-CN"]), Some(("zh-CN", "邮件".into())));
        assert_eq!(c.faq.len(), 2);
        assert_eq!(c.faq[0].topic, Topic::AccountAccess);
        assert!(c.faq[0].needs_person);
        assert_eq!(c.faq[0].related, ["fees"]);
        let checklist = &c.checklists[&Topic::DepositWithdrawal];
        assert_eq!(checklist[0].kind, FieldKind::TransactionId);
        assert_eq!(checklist[0].formats, ["evm_tx_hash", "hex64"]);
        assert_eq!(c.theme.accent.as_deref(), Some("#ff00bb"));
        assert_eq!(c.theme.position, Position::BottomLeft);
        assert_eq!(c.theme.color_scheme, ColorScheme::Dark);
        assert_eq!(c.messages["zh-CN"]["launcher-open"], "客服");
        assert_eq!(c.status_url.as_deref(), Some("https://status.kestrel.example/signpost.json"));
    }

    #[test]
    fn invalid_entries_are_dropped_and_the_rest_kept() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/config/invalid-channels.json")).unwrap();
        let c = parse(&text).unwrap().config;
        let ids: Vec<&str> = c.channels.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["no-hours"], "only the valid channel is kept");
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/config/invalid-faq.json")).unwrap();
        let c = parse(&text).unwrap().config;
        let ids: Vec<&str> = c.faq.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["ok", "ok2"]);
        assert_eq!(c.faq[0].related, ["ok2"], "the unknown related id is dropped");
        assert_eq!(c.checklists[&Topic::DepositWithdrawal].len(), 1);
        assert_eq!(c.theme, Theme::default(), "every bad theme value falls back to the default");
    }

    #[test]
    fn not_json_names_the_position() {
        let err = parse("{\"platform\": ").unwrap_err();
        assert_eq!(err.to_string(), "is not valid JSON (line 1, column 13: EOF while parsing a value)");
        let err = parse("<!doctype html><h1>404</h1>").unwrap_err();
        assert_eq!(err.to_string(), "is not valid JSON (line 1, column 1: expected value)");
    }

    #[test]
    fn load_errors_read_as_sentences() {
        let table = [
            (LoadError::Network("TypeError: Failed to fetch".into()), "could not be fetched (TypeError: Failed to fetch)"),
            (LoadError::Timeout { seconds: 8 }, "did not answer within 8 s"),
            (LoadError::Status { code: 404, text: "Not Found".into() }, "answered HTTP 404 Not Found"),
            (LoadError::Status { code: 500, text: String::new() }, "answered HTTP 500"),
            (LoadError::Invalid(parse("nope").unwrap_err()), "is not valid JSON (line 1, column 2: expected ident)"),
        ];
        for (err, text) in table {
            assert_eq!(err.to_string(), text);
        }
        assert!(LoadError::NoneGiven.to_string().contains("data-config-url"));
        assert!(LoadError::Timeout { seconds: 8 }.is_transient());
        assert!(LoadError::Status { code: 503, text: String::new() }.is_transient());
        assert!(!LoadError::Status { code: 404, text: String::new() }.is_transient());
        assert!(!LoadError::Invalid(parse("x").unwrap_err()).is_transient());
    }

    #[test]
    fn long_values_are_shortened_in_messages() {
        let long = "x".repeat(500);
        let err = parse(&format!(r#"{{"platform": {{"name": "{long}"}}}}"#)).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("is too long (at most 80 characters)"), "{text}");
        assert!(text.len() < 200, "{text}");
    }

    #[test]
    fn the_demo_config_is_clean() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/demo/signpost.json")).unwrap();
        let loaded = parse(&text).unwrap();
        assert_eq!(messages(&loaded.issues), Vec::<String>::new());
    }

    /// The README's example must be a clean config.
    #[test]
    fn the_readme_example_is_clean() {
        let readme = include_str!("../../README.md");
        let section = &readme[readme.find("## Configuration").unwrap()..];
        let start = section.find("```json\n").unwrap() + 8;
        let end = start + section[start..].find("```").unwrap();
        let loaded = parse(&section[start..end]).unwrap();
        assert_eq!(messages(&loaded.issues), Vec::<String>::new());
        assert_eq!(loaded.config.channels.len(), 3);
    }

    #[test]
    fn faq_translations_are_kept_by_normalised_tag_as_written() {
        let text = r#"{ "platform": { "name": "P", "help_centre_url": "https://help.p.example/" },
            "faq_translations": { "zh-cn": "faq/zh-CN.json", "de": "https://cdn.p.example/de.json" } }"#;
        let loaded = parse(text).unwrap();
        assert_eq!(loaded.issues, vec![]);
        let files: Vec<(&str, &str)> =
            loaded.config.faq_translations.iter().map(|(t, u)| (t.as_str(), u.as_str())).collect();
        assert_eq!(files, [("de", "https://cdn.p.example/de.json"), ("zh-CN", "faq/zh-CN.json")]);
    }

    /// The shipped JSON Schema must describe what the validator accepts.
    #[test]
    fn the_json_schema_agrees_with_the_model() {
        let schema: Value =
            serde_json::from_str(include_str!("../../config.schema.json")).expect("config.schema.json is JSON");
        let enum_of = |pointer: &str| -> Vec<String> {
            schema.pointer(pointer).unwrap_or_else(|| panic!("{pointer}")).as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
        };
        let ids = |all: &[&str]| all.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(enum_of("/$defs/topic/enum"), ids(&Topic::ALL.iter().map(|t| t.id()).collect::<Vec<_>>()));
        assert_eq!(
            enum_of("/properties/channels/items/properties/kind/enum"),
            ids(&ChannelKind::ALL.iter().map(|k| k.id()).collect::<Vec<_>>())
        );
        assert_eq!(
            enum_of("/properties/checklists/additionalProperties/items/properties/field/enum"),
            ids(&FieldKind::ALL.iter().map(|k| k.id()).collect::<Vec<_>>())
        );
        assert_eq!(enum_of("/properties/checklists/additionalProperties/items/properties/formats/items/enum"), ids(FORMATS));
        let top: Vec<&str> = schema["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected = TOP_LEVEL.to_vec();
        expected.sort();
        let mut top_sorted = top.clone();
        top_sorted.sort();
        assert_eq!(top_sorted, expected);
    }

    /// `parse` reads the FAQ as a stream (`stream`); what it reports must be
    /// exactly what walking the whole JSON tree reports.
    fn same_as_the_tree_walk(text: &str) {
        let tree = serde_json::from_str::<Value>(text).map_err(|e| e.to_string()).map(|v| from_value(&v));
        match tree {
            Ok(walked) => assert_eq!(parse(text), walked, "{text}"),
            Err(_) => assert!(matches!(parse(text), Err(ConfigError::NotJson { .. })), "{text}"),
        }
    }

    /// `Pieces` fed `step` bytes at a time gives what `parse` gives, or
    /// leaves the document to it.
    fn same_in_pieces(text: &str, step: usize) -> bool {
        let mut p = Pieces::new(None);
        let mut fed = true;
        for chunk in text.as_bytes().chunks(step.max(1)) {
            fed = p.feed(chunk);
            if !fed {
                break;
            }
        }
        match p.finish() {
            Some(got) => {
                assert!(fed);
                assert_eq!(got, parse(text), "{text}");
                true
            }
            None => false,
        }
    }

    #[test]
    fn pieces_parse_like_the_whole_or_leave_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = vec![std::fs::read_to_string(root.join("demo/signpost.json")).unwrap()];
        for dir in ["tests/fixtures/config", "fuzz/corpus/config"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                texts.push(String::from_utf8_lossy(&std::fs::read(entry.unwrap().path()).unwrap()).into_owned());
            }
        }
        let mut taken = 0;
        for text in &texts {
            for step in [1, 7, 4096] {
                taken += usize::from(same_in_pieces(text, step));
            }
        }
        // Most real documents are read in pieces, not left to the whole parse.
        assert!(taken * 2 > texts.len() * 3, "{taken} of {}", texts.len() * 3);
        assert!(same_in_pieces(&texts[0], 3), "the demo config");
        // What pieces must not take for granted.
        let platform = r#""platform": {"name": "P", "help_centre_url": "https://h.p.example/"}"#;
        let entry = r#"{"id": "a", "topic": "fees", "question": {"en-US": "Q \"[{\\"}, "answer": {"en-US": "A"}}"#;
        for doc in [
            format!("{{{platform}}}"),
            format!(" {{ {platform} , \"faq\" : [ {entry} , {entry} ] , \"x\" : 1 , \"y\": [true, null, -1.5e3] }} "),
            format!("{{\"f\\u0061q\": [{entry}], {platform}}}"),
            format!("{{\"faq\": [{entry}], {platform}, \"faq\": []}}"),
            format!("{{\"faq\": [], {platform}, \"faq\": [{entry}]}}"),
            format!("{{{platform}, \"channels\": 3, \"theme\": \"x\"}}"),
            format!("{{{platform}, \"faq\": [1, \"two\", [], {{}}, null]}}"),
        ] {
            assert!(same_in_pieces(&doc, 1), "{doc}");
            assert!(same_in_pieces(&doc, 5), "{doc}");
        }
        // Left to the whole parse, which names the problem.
        for doc in [
            String::new(),
            "[]".into(),
            "{".into(),
            "{}{}".into(),
            format!("{{{platform},}}"),
            format!("{{{platform}, \"faq\": {{}}}}"),
            format!("{{{platform}, \"faq\": [1,]}}"),
            format!("{{{platform}, \"faq\": [{entry}], \"faq\": 3}}"),
            format!("{{{platform}, \"x\": tru}}"),
            format!("{{{platform}, \"x\": 1e999}}"),
            format!("{{{platform}, \"x\": {}1{}}}", "[".repeat(120), "]".repeat(120)),
            format!("{{{platform}}} x"),
            format!("{{{platform}\u{a0}}}"),
        ] {
            assert!(!same_in_pieces(&doc, 3), "{doc}");
        }
    }

    /// Up to seven bytes per read, so that characters and marks are cut.
    struct Trickle<'a>(&'a [u8]);

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(self.0.len()).min(7);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    /// What the browser glue does with a large config: `Pieces` through
    /// `utf8::Lossy`, fed a few bytes at a time; what it leaves, read whole.
    /// Also says whether it was read in pieces.
    fn large(bytes: &[u8], keep: &Keep) -> (Result<Loaded, ConfigError>, bool) {
        use std::io::Read;
        let mut pieces = Pieces::new(Some(keep.clone()));
        let mut reader = crate::utf8::Lossy::new(Trickle(bytes));
        let mut buf = [0; 11];
        loop {
            let n = reader.read(&mut buf).unwrap();
            if n == 0 || !pieces.feed(&buf[..n]) {
                break;
            }
        }
        match pieces.finish() {
            Some(loaded) => (loaded, true),
            None => (parse_keeping(&crate::utf8::decode(bytes.to_vec()), keep), false),
        }
    }

    fn kept(entry: &FaqEntry, keep: &Keep) -> FaqEntry {
        let mut e = entry.clone();
        keep.apply(&mut e);
        e
    }

    #[test]
    fn a_large_config_keeps_the_texts_of_the_users_languages_only() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/demo/signpost.json")).unwrap();
        let whole = parse(&text).unwrap();
        for langs in [&["en-US"][..], &["zh-TW", "en"], &["ar", "RU"]] {
            let keep = Keep::of(langs);
            let (part, in_pieces) = large(text.as_bytes(), &keep);
            let part = part.unwrap();
            assert!(in_pieces);
            // Every text was still checked.
            assert_eq!(part.issues, whole.issues);
            // The demo's default language (en-US) is kept as well.
            let expected: Vec<FaqEntry> = whole.config.faq.iter().map(|e| kept(e, &Keep::of(langs.iter().chain(&["en-US"])))).collect();
            assert_eq!(part.config.faq, expected);
            assert_eq!(Config { faq: Vec::new(), ..part.config }, Config { faq: Vec::new(), ..whole.config.clone() });
        }
        assert!(Keep::of(["zh-TW"]).keeps("zh-CN") && Keep::of(["RU"]).keeps("ru") && !Keep::of(["en"]).keeps("eo"));

        // A problem in a text that is dropped is reported all the same.
        let platform = |default: &str| format!(r#""platform": {{"name": "P", "help_centre_url": "https://h.p.example/", "default_locale": "{default}"}}"#);
        let faq = r#""faq": [{"id": "a", "topic": "fees", "question": {"en-US": "Fees?", "zh-CN": "费用？", "ru": "Комиссии?"},
            "answer": {"en-US": "Low.", "zh-CN": "[看](javascript:alert(1))", "ru": "Низкие."}}]"#;
        let only_en = Keep::of(["en"]);
        for doc in [format!("{{{}, {faq}}}", platform("en-US")), format!("{{{faq}, {}}}", platform("en-US"))] {
            let part = large(doc.as_bytes(), &only_en).0.unwrap();
            assert_eq!(part.issues, parse(&doc).unwrap().issues);
            assert!(part.issues.iter().any(|i| i.path == "faq[0].answer.zh-CN"), "{:?}", part.issues);
            assert_eq!(part.config.faq[0].question.get(&["en-US"]), Some(("en-US", "Fees?".into())));
            assert_eq!(part.config.faq[0].question.tags().count(), 1);
        }
        // The platform's default language is kept too, wherever the platform
        // stands in the document (after the FAQ, the document is read whole).
        for (doc, pieces) in [(format!("{{{}, {faq}}}", platform("ru")), true), (format!("{{{faq}, {}}}", platform("ru")), false)] {
            let (part, in_pieces) = large(doc.as_bytes(), &only_en);
            assert_eq!(in_pieces, pieces, "{doc}");
            let part = part.unwrap();
            assert_eq!(part.config.faq[0].question.iter().map(|(t, _)| t).collect::<Vec<_>>(), ["en-US", "ru"], "{doc}");
            assert_eq!(part.issues, parse(&doc).unwrap().issues);
        }
    }

    #[test]
    fn a_large_config_whose_platform_comes_first_keeps_what_its_chain_can_show() {
        let platform = r#""platform": {"name": "P", "help_centre_url": "https://h.p.example/", "locales": ["en-US", "zh-CN", "ru"]}"#;
        let faq = r#""faq": [
            {"id": "a", "topic": "fees", "question": {"en-US": "Fees?", "zh-CN": "费用？", "ru": "Комиссии?"},
             "answer": {"en-US": "Low.", "zh-CN": "很低。", "ru": "Низкие."}},
            {"id": "b", "topic": "fees", "question": {"en-US": "Limits?", "zh-CN": "限额？"}, "answer": {"en-US": "High.", "ru": "Высокие."}}]"#;
        let read = |doc: &str, chain: &'static [&'static str]| {
            let mut pieces = Pieces::new(Some(Keep::of(chain))).showing(Box::new(move |p| {
                assert_eq!(p.locales, ["en-US", "zh-CN", "ru"]);
                chain.iter().map(|l| l.to_string()).collect()
            }));
            doc.as_bytes().chunks(7).for_each(|c| assert!(pieces.feed(c)));
            let chain = pieces.chain().map(<[String]>::to_vec);
            (pieces.finish().unwrap().unwrap(), chain)
        };
        let texts = |l: &crate::model::Localized| l.iter().map(|(t, x)| (t.to_string(), x.to_string())).collect::<Vec<_>>();
        let first = format!("{{{platform}, {faq}}}");
        let whole = parse(&first).unwrap();
        for chain in [&["zh-CN", "en-US"][..], &["ru", "en-US"], &["en-US"]] {
            let (part, kept_to) = read(&first, chain);
            assert_eq!(kept_to.as_deref(), Some(&chain.iter().map(|l| l.to_string()).collect::<Vec<_>>()[..]));
            assert_eq!(part.issues, whole.issues);
            for (p, w) in part.config.faq.iter().zip(&whole.config.faq) {
                // Shown as the whole entry is, and no other question held.
                assert_eq!(crate::faq::shown(p, chain), crate::faq::shown(w, chain));
                assert!(p.question.iter().count() <= 1, "{:?}", texts(&p.question));
            }
            // Once translation files are merged (none here), pruned as the whole.
            let (mut p, mut w) = (part.config.clone(), whole.config.clone());
            let chain: Vec<String> = chain.iter().map(|l| l.to_string()).collect();
            p.keep_shown_faq(&chain);
            w.keep_shown_faq(&chain);
            assert_eq!(p, w);
        }
        // A zh-CN reader of "b" holds its Chinese question and English answer only.
        let (part, _) = read(&first, &["zh-CN", "en-US"]);
        assert_eq!(texts(&part.config.faq[1].question), [("zh-CN".to_string(), "限额？".to_string())]);
        assert_eq!(texts(&part.config.faq[1].answer), [("en-US".to_string(), "High.".to_string())]);

        // A platform after the FAQ is not known as it is read: the user's
        // languages are kept, as before.
        let (part, kept_to) = read(&format!("{{{faq}, {platform}}}"), &["zh-CN", "en-US"]);
        assert_eq!(kept_to, None);
        assert_eq!(part.config.faq[0].question.iter().map(|(t, _)| t).collect::<Vec<_>>(), ["en-US", "zh-CN"]);
    }

    #[test]
    fn a_document_read_in_pieces_is_decoded_as_a_whole_one() {
        let everything = Keep::of(["en", "zh", "ja", "ko", "es", "pt", "fr", "de", "ru", "tr", "vi", "id", "ar"]);
        let demo = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/demo/signpost.json")).unwrap();
        let text = crate::utf8::decode(demo.clone());
        for prefix in [&b""[..], b"\xEF\xBB\xBF"] {
            let bytes = [prefix, &demo[..]].concat();
            assert_eq!(large(&bytes, &everything), (parse(&text), true));
        }
        // Bytes that are not UTF-8 inside a text become U+FFFD, as in `decode`.
        let bad = b"{\"platform\": {\"name\": \"N\xFF\xE6\x96\", \"help_centre_url\": \"https://help.n.example/\"}}";
        let (loaded, in_pieces) = large(bad, &everything);
        assert!(in_pieces);
        assert_eq!(loaded.unwrap().config.platform.name, "N\u{FFFD}\u{FFFD}");
        // A syntax error is left to the whole parse, which places it.
        let broken = "{\n  \"platform\": {\"name\": \"提现\",}\n}";
        assert_eq!(large(broken.as_bytes(), &everything), (parse(broken), false));
        assert!(matches!(parse(broken), Err(ConfigError::NotJson { line: 2, .. })));
    }

    #[test]
    fn the_streamed_faq_reads_like_the_tree_walk() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["tests/fixtures/config", "fuzz/corpus/config"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                // (The fuzz corpus also holds bytes that are not UTF-8.)
                same_as_the_tree_walk(&String::from_utf8_lossy(&std::fs::read(entry.unwrap().path()).unwrap()));
            }
        }
        same_as_the_tree_walk(&std::fs::read_to_string(root.join("demo/signpost.json")).unwrap());
        let platform = r#""platform": {"name": "P", "help_centre_url": "https://help.p.example/"}"#;
        let entry = |id: &str, related: &str| {
            format!(r#"{{"id": "{id}", "topic": "security", "question": {{"en-US": "Q {id}"}}, "answer": {{"en-US": "A"}}, "related": [{related}]}}"#)
        };
        for faq in [
            "3".to_string(),
            "{}".to_string(),
            "[]".to_string(),
            "[1, null, []]".to_string(),
            format!(r#"[{}, {}, {}, {{"id": "x"}}, {{"id": "x"}}]"#, entry("a", r#""b""#), entry("b", r#""x", "zz""#), entry("a", "")),
        ] {
            same_as_the_tree_walk(&format!("{{{platform}, \"faq\": {faq}, \"thme\": 1}}"));
            same_as_the_tree_walk(&format!("{{\"faq\": {faq}, {platform}}}"));
            // A repeated key: the last one counts.
            same_as_the_tree_walk(&format!("{{\"faq\": [{}], {platform}, \"faq\": {faq}}}", entry("first", "")));
            same_as_the_tree_walk(&format!("{{{platform}, \"faq\": {faq}, \"faq\": [{}]}}", entry("last", "")));
        }
        for text in ["[]", "3", "\"faq\"", "{", "{} {}", "{\"faq\": [", "{\"faq\": [1,]}", ""] {
            same_as_the_tree_walk(text);
        }
    }

    /// A key made of the first text (or "k"), so that keys vary too.
    fn t0(texts: &[String]) -> String {
        texts.first().cloned().unwrap_or_else(|| "k".into())
    }

    proptest::proptest! {
        /// Any document serde_json writes, cut anywhere, is read in pieces
        /// exactly as `parse` reads it whole.
        #[test]
        fn pieces_read_what_serde_json_writes(
            name in "\\PC{0,20}",
            texts in proptest::collection::vec("[\\PC\"\\\\\\[\\]{},:]{0,12}", 0..6),
            step in 1usize..40,
            pretty in proptest::prelude::any::<bool>(),
        ) {
            let faq: Vec<Value> = texts.iter().enumerate().map(|(i, t)| serde_json::json!({
                "id": format!("e{i}"), "topic": "fees", "question": {"en-US": t, "x y": t}, "answer": {"en-US": t}, "keywords": {"en-US": [t, 1.5, null]},
            })).collect();
            let doc = serde_json::json!({"platform": {"name": name, "help_centre_url": "https://h.example/"}, "faq": faq, t0(&texts): [true, -0.0, {"k": texts}]});
            let text = if pretty { serde_json::to_string_pretty(&doc).unwrap() } else { doc.to_string() };
            proptest::prop_assert!(same_in_pieces(&text, step), "{}", text);
        }

        #[test]
        fn parse_never_panics(text in "\\PC*") {
            let _ = parse(&text);
        }

        #[test]
        fn parse_never_panics_on_json_shaped_input(
            name in proptest::option::of("\\PC{0,90}"),
            url in "\\PC{0,40}",
            kind in "[a-z_]{0,12}",
            open in "[0-9:]{0,6}",
        ) {
            let doc = serde_json::json!({
                "platform": {"name": name, "help_centre_url": url},
                "channels": [{"id": "c", "kind": kind, "url": url, "hours": {"time_zone": "UTC", "weekly": [{"days": ["mon"], "open": open, "close": "10:00"}]}}],
                "faq": [{"id": "f", "topic": kind, "question": {"en-US": name}, "answer": {"en-US": url}}],
            });
            let _ = from_value(&doc);
        }
    }
}
