//! config: the platform's JSON document, validated into the model the rest of
//! the widget reads.
//!
//! Parsing walks a `serde_json::Value` by hand instead of deriving
//! `Deserialize`, because a platform developer needs *every* problem at once,
//! each with its JSON path, and the widget must keep working with whatever is
//! valid: a bad entry is dropped with a warning, an unknown field (probably a
//! typo) warns, and only a document with nothing usable is refused.

use crate::links;
use serde_json::{Map, Value};
use std::fmt;

/// A validated platform configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub platform: Platform,
}

/// Who the platform is and where the widget may legitimately appear.
#[derive(Clone, Debug, PartialEq)]
pub struct Platform {
    pub name: String,
    /// Normalised origins (`https://host[:port]`).
    pub official_origins: Vec<String>,
    pub help_centre_url: Option<String>,
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
    let value: Value = serde_json::from_str(text).map_err(|e| ConfigError::NotJson {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    })?;
    from_value(&value)
}

/// serde_json appends " at line X column Y"; we report those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Validates an already-parsed document (the JS API's `boot(config)` path).
pub fn from_value(value: &Value) -> Result<Loaded, ConfigError> {
    let mut v = Validator::default();
    let Some(root) = v.object("(root)", value) else {
        return Err(ConfigError::Unusable(v.issues));
    };
    v.unknown_fields("", root, &["$schema", "platform"]);
    let platform = match root.get("platform") {
        Some(p) => v.platform("platform", p),
        None => {
            v.missing("platform", "an object with at least a \"name\"");
            None
        }
    };
    match platform {
        Some(platform) => Ok(Loaded { config: Config { platform }, issues: v.issues }),
        None => Err(ConfigError::Unusable(v.issues)),
    }
}

/// Collects issues while walking the document.
#[derive(Default)]
struct Validator {
    issues: Vec<Issue>,
}

const MAX_SHOWN_VALUE: usize = 60;

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

impl Validator {
    fn error(&mut self, path: &str, value: &Value, problem: impl Into<String>) {
        self.issues.push(Issue {
            severity: Severity::Error,
            path: path.to_string(),
            value: Some(show(value)),
            problem: problem.into(),
        });
    }

    fn missing(&mut self, path: &str, expected: &str) {
        self.issues.push(Issue {
            severity: Severity::Error,
            path: path.to_string(),
            value: None,
            problem: format!("is missing (expected {expected})"),
        });
    }

    fn unknown_fields(&mut self, path: &str, object: &Map<String, Value>, known: &[&str]) {
        for key in object.keys().filter(|k| !known.contains(&k.as_str())) {
            self.issues.push(Issue {
                severity: Severity::Warning,
                path: join(path, key),
                value: None,
                problem: format!("is not a known field and was ignored (known here: {})", known.join(", ")),
            });
        }
    }

    fn object<'a>(&mut self, path: &str, value: &'a Value) -> Option<&'a Map<String, Value>> {
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

    fn link(&mut self, path: &str, value: &Value) -> Option<String> {
        let url = value.as_str().or_else(|| {
            self.error(path, value, "is not a string (expected a URL)");
            None
        })?;
        match links::check(url) {
            Ok(_) => Some(url.to_string()),
            Err(e) => {
                self.error(path, value, format!("is not an allowed link: it {e}"));
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

    fn locale_tag(&mut self, path: &str, value: &Value) -> Option<String> {
        let tag = value.as_str().or_else(|| {
            self.error(path, value, "is not a string (expected a language tag such as \"en-US\")");
            None
        })?;
        match tag.parse::<unic_langid::LanguageIdentifier>() {
            Ok(id) => Some(id.to_string()),
            Err(_) => {
                self.error(path, value, "is not a language tag such as \"en-US\" or \"zh-CN\"");
                None
            }
        }
    }

    fn platform(&mut self, path: &str, value: &Value) -> Option<Platform> {
        let obj = self.object(path, value)?;
        self.unknown_fields(
            path,
            obj,
            &["name", "official_origins", "help_centre_url", "default_locale", "locales"],
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
                let item = format!("{p}[{i}]");
                match o.as_str().and_then(links::normalise_origin) {
                    Some(origin) if links::check(&origin).is_ok() => official_origins.push(origin),
                    _ => self.error(
                        &item,
                        o,
                        "is not an origin such as \"https://www.example.com\" (https, host and optional port, no path)",
                    ),
                }
            }
        }
        let help_centre_url = obj
            .get("help_centre_url")
            .and_then(|v| self.link(&join(path, "help_centre_url"), v));
        let default_locale = obj
            .get("default_locale")
            .and_then(|v| self.locale_tag(&join(path, "default_locale"), v));
        let mut locales = Vec::new();
        if let Some(list) = obj.get("locales") {
            let p = join(path, "locales");
            for (i, l) in self.array(&p, list).iter().enumerate() {
                if let Some(tag) = self.locale_tag(&format!("{p}[{i}]"), l) {
                    locales.push(tag);
                }
            }
        }
        Some(Platform { name: name?, official_origins, help_centre_url, default_locale, locales })
    }
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

    fn messages(issues: &[Issue]) -> Vec<String> {
        issues.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_minimal_config_loads() {
        let loaded = parse(r#"{"platform": {"name": "Northwind Exchange"}}"#).unwrap();
        assert_eq!(loaded.config.platform.name, "Northwind Exchange");
        assert!(loaded.issues.is_empty());
    }

    #[test]
    fn not_json_names_the_position() {
        let err = parse("{\"platform\": ").unwrap_err();
        assert_eq!(
            err.to_string(),
            "is not valid JSON (line 1, column 13: EOF while parsing a value)"
        );
        let err = parse("<!doctype html><h1>404</h1>").unwrap_err();
        assert_eq!(err.to_string(), "is not valid JSON (line 1, column 1: expected value)");
    }

    #[test]
    fn nothing_usable_is_refused_with_every_reason() {
        let err = parse("[]").unwrap_err();
        assert_eq!(err.to_string(), "has nothing usable; (root): [] is not an object");
        let err = parse("{}").unwrap_err();
        assert_eq!(
            err.to_string(),
            "has nothing usable; platform: is missing (expected an object with at least a \"name\")"
        );
        let err = parse(r#"{"platform": {"name": "  "}}"#).unwrap_err();
        assert_eq!(err.to_string(), "has nothing usable; platform.name: \"  \" is empty (expected some text)");
    }

    #[test]
    fn bad_values_are_dropped_and_reported_with_their_path() {
        let loaded = parse(
            r#"{"platform": {"name": "N", "nmae": 1,
                "official_origins": ["https://www.example.com", "https://x.example/path", 7],
                "help_centre_url": "javascript:alert(1)",
                "default_locale": "not a tag!", "locales": ["en-US", "zh-cn", ""]}}"#,
        )
        .unwrap();
        let p = &loaded.config.platform;
        assert_eq!(p.official_origins, vec!["https://www.example.com"]);
        assert_eq!(p.help_centre_url, None);
        assert_eq!(p.default_locale, None);
        assert_eq!(p.locales, vec!["en-US", "zh-CN"]);
        assert_eq!(
            messages(&loaded.issues),
            vec![
                "platform.nmae: is not a known field and was ignored (known here: name, official_origins, help_centre_url, default_locale, locales)",
                "platform.official_origins[1]: \"https://x.example/path\" is not an origin such as \"https://www.example.com\" (https, host and optional port, no path)",
                "platform.official_origins[2]: 7 is not an origin such as \"https://www.example.com\" (https, host and optional port, no path)",
                "platform.help_centre_url: \"javascript:alert(1)\" is not an allowed link: it uses the scheme \"javascript:\", which is not allowed (expected https:, mailto: or tel:)",
                "platform.default_locale: \"not a tag!\" is not a language tag such as \"en-US\" or \"zh-CN\"",
                "platform.locales[2]: \"\" is not a language tag such as \"en-US\" or \"zh-CN\"",
            ]
        );
        assert_eq!(loaded.issues[0].severity, Severity::Warning);
        assert_eq!(loaded.issues[1].severity, Severity::Error);
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
    }

    #[test]
    fn long_values_are_shortened_in_messages() {
        let long = "x".repeat(500);
        let err = parse(&format!(r#"{{"platform": {{"name": "{long}"}}}}"#)).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("is too long (at most 80 characters)"), "{text}");
        assert!(text.len() < 200, "{text}");
    }
}
