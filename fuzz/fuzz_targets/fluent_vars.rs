//! Fluent messages of the compiled-in en-US bundle formatted with the input
//! as the value of their variables, and (mode 3) as a config's override of
//! a message.
//!
//! The first byte picks the mode, the rest is the text:
//! - 0: text variables ($platform, $channel…) get the text; selector
//!   variables ($count, $minutes…) an integer. The output must be the output
//!   for a placeholder with one value put in each of its places, each use
//!   between U+2068 and U+2069; that value must be the text, except that it
//!   may not break out of its isolate (isolates balanced, no paragraph
//!   separator), so only isolation marks and separators may differ.
//! - 1: the same, with the selector variables a float made from the text's
//!   bytes (NaN, infinities, negatives, subnormals).
//! - 2: every variable, selectors too, gets the text: no panic.
//! - 3: the second byte picks a message id, the rest is an override text: if
//!   `i18n::check_override` accepts it, it must parse and be the message used.
#![no_main]

use fluent::FluentValue;
use libfuzzer_sys::fuzz_target;
use signpost::i18n::{self, Localizer, FSI, PDI};
use std::collections::BTreeMap;

/// A private-use character the en-US messages never contain.
const PLACEHOLDER: &str = "\u{E000}";

struct Fixture {
    l10n: Localizer,
    ids: Vec<&'static str>,
    /// The ids whose text depends on the variables (the others are skipped in modes 0-2).
    var_ids: Vec<&'static str>,
    /// Variables used as a placeable only.
    text_vars: Vec<String>,
    /// Variables used as a selector somewhere (they get numbers).
    selector_vars: Vec<String>,
}

/// `$name`s of the en-US source (comments skipped), split by whether any
/// message selects on them.
fn variables() -> (Vec<String>, Vec<String>) {
    let mut text = Vec::new();
    let mut selector = Vec::new();
    for line in i18n::EN_US_FTL.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let mut rest = line;
        while let Some(i) = rest.find('$') {
            rest = &rest[i + 1..];
            let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(rest.len());
            let name = rest[..end].to_string();
            let is_selector = rest[end..].trim_start().starts_with("->");
            if name.is_empty() {
                continue;
            }
            if is_selector {
                text.retain(|t| t != &name);
                if !selector.contains(&name) {
                    selector.push(name);
                }
            } else if !selector.contains(&name) && !text.contains(&name) {
                text.push(name);
            }
        }
    }
    (text, selector)
}

thread_local! {
    static FIXTURE: Fixture = {
        let (text_vars, selector_vars) = variables();
        assert!(text_vars.iter().any(|v| v == "platform"), "no $platform found in en-US: {text_vars:?}");
        let mut f = Fixture {
            l10n: Localizer::reference(),
            ids: i18n::reference_ids().into_iter().collect(),
            var_ids: Vec::new(),
            text_vars,
            selector_vars,
        };
        f.var_ids = f
            .ids
            .iter()
            .copied()
            .filter(|id| {
                f.l10n.format(id, &args(&f, "a", Some(FluentValue::from(1))))
                    != f.l10n.format(id, &args(&f, "b", Some(FluentValue::from(2))))
            })
            .collect();
        assert!(f.var_ids.contains(&"panel-title"), "panel-title does not use $platform?");
        f
    };
}

fn args<'a>(f: &'a Fixture, text: &'a str, number: Option<FluentValue<'static>>) -> Vec<(&'a str, FluentValue<'a>)> {
    let mut out: Vec<(&str, FluentValue)> = f.text_vars.iter().map(|v| (v.as_str(), FluentValue::from(text))).collect();
    for v in &f.selector_vars {
        let value = match &number {
            Some(n) => n.clone(),
            None => FluentValue::from(text),
        };
        out.push((v.as_str(), value));
    }
    out
}

/// Isolate initiators (LRI, RLI, FSI).
const ISOLATES: [char; 3] = ['\u{2066}', '\u{2067}', FSI];

/// Bidi class B: the Unicode Bidirectional Algorithm starts a new paragraph
/// there, which ends every isolate.
fn paragraph_separator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{1c}'..='\u{1e}' | '\u{85}' | '\u{2029}')
}

/// The text without what containing it in an isolate may add, drop or change.
fn visible(s: &str) -> String {
    s.chars().filter(|&c| c != PDI && c != ' ' && !ISOLATES.contains(&c) && !paragraph_separator(c)).collect()
}

/// `value` (what went into the message for `text`) cannot leave its isolate.
fn check_contained(id: &str, text: &str, value: &str) {
    let mut open = 0usize;
    for c in value.chars() {
        if ISOLATES.contains(&c) {
            open += 1;
        } else if c == PDI {
            assert!(open > 0, "{id}: the value {value:?} closes the isolate around it");
            open -= 1;
        }
        assert!(!paragraph_separator(c), "{id}: the value {value:?} has a paragraph separator");
    }
    assert_eq!(open, 0, "{id}: the value {value:?} leaves an isolate open");
    if !text.contains(|c: char| c == PDI || ISOLATES.contains(&c) || paragraph_separator(c)) {
        assert_eq!(value, text, "{id}: a plain value was changed");
    }
    assert_eq!(visible(value), visible(text), "{id}: the value {value:?} lost or gained text");
}

fn substitution(f: &Fixture, text: &str, number: FluentValue<'static>) {
    let isolated_placeholder = format!("{FSI}{PLACEHOLDER}{PDI}");
    for id in &f.var_ids {
        let expected = f.l10n.format(id, &args(f, PLACEHOLDER, Some(number.clone())));
        let got = f.l10n.format(id, &args(f, text, Some(number.clone())));
        let uses = expected.matches(PLACEHOLDER).count();
        assert_eq!(
            expected.matches(&isolated_placeholder).count(),
            uses,
            "{id}: a variable is not isolated by U+2068/U+2069 in {expected:?}"
        );
        if uses == 0 {
            assert_eq!(got, expected, "{id}: a value changed a message that does not show it");
            continue;
        }
        // The same value in every place, and the rest of the message as it was.
        let parts: Vec<&str> = expected.split(PLACEHOLDER).collect();
        let fixed: usize = parts.iter().map(|p| p.len()).sum();
        assert!(got.len() >= fixed && (got.len() - fixed) % uses == 0, "{id}: {got:?} does not fit {expected:?}");
        let start = parts[0].len();
        let value = got
            .get(start..start + (got.len() - fixed) / uses)
            .unwrap_or_else(|| panic!("{id}: {got:?} does not fit {expected:?}"));
        assert_eq!(got, parts.join(value), "{id}: the message around the value changed, or the values differ");
        check_contained(id, text, value);
        assert!(got.contains(&format!("{FSI}{value}{PDI}")), "{id}: {got:?} lacks the isolated value");
    }
}

fn override_text(f: &Fixture, id: &str, text: &str) {
    if !i18n::check_override("fr", id, text).is_empty() {
        return;
    }
    let messages = BTreeMap::from([(id.to_string(), text.to_string())]);
    let (_, errors) = i18n::bundle_for("fr", &i18n::override_source(&messages));
    assert!(errors.is_empty(), "check_override accepted {text:?} for {id}, but it does not parse: {errors:?}");
    let overrides = BTreeMap::from([("fr".to_string(), messages)]);
    let (l10n, _) = Localizer::new(vec![("fr".to_string(), String::new())]);
    let l10n = l10n.with_overrides(&overrides);
    assert!(!l10n.missing_in_primary(id), "check_override accepted {text:?} for {id}, but the override is not used");
    let _ = l10n.format(id, &args(f, "Northwind", Some(FluentValue::from(3))));
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    FIXTURE.with(|f| match mode % 4 {
        0 => {
            let text = String::from_utf8_lossy(rest);
            let n = text.chars().count() as u32;
            substitution(f, &text, FluentValue::from(n));
        }
        1 => {
            let mut bytes = [0u8; 8];
            let k = rest.len().min(8);
            bytes[..k].copy_from_slice(&rest[..k]);
            let text = String::from_utf8_lossy(rest);
            substitution(f, &text, FluentValue::from(f64::from_le_bytes(bytes)));
        }
        2 => {
            let text = String::from_utf8_lossy(rest);
            for id in &f.var_ids {
                let _ = f.l10n.format(id, &args(f, &text, None));
            }
        }
        _ => {
            let Some((&pick, rest)) = rest.split_first() else { return };
            let id = f.ids[usize::from(pick) % f.ids.len()];
            override_text(f, id, &String::from_utf8_lossy(rest));
        }
    });
});
