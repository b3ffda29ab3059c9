//! i18n: every word the widget shows, looked up in Fluent bundles.
//!
//! One `FluentBundle` per locale, in the negotiated order; a message missing
//! from the first bundle is looked up in the next (falling back is our job,
//! not fluent's). en-US is compiled in and always last, so the widget can
//! speak even when no locale file can be fetched.

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The reference locale's messages, compiled into the wasm.
pub const EN_US_FTL: &str = include_str!("../locales/en-US/signpost.ftl");
pub const REFERENCE_LOCALE: &str = "en-US";

/// Formatted placeables carry these Unicode isolation marks so that
/// right-to-left text around a left-to-right name still reads correctly.
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

/// Looks messages up along a chain of locales.
pub struct Localizer {
    bundles: Vec<FluentBundle<FluentResource>>,
}

/// A problem in a locale file, located for a translator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlError {
    pub locale: String,
    pub message: String,
}

impl Localizer {
    /// The compiled-in reference locale alone.
    pub fn reference() -> Self {
        let mut bundles = Vec::new();
        let (bundle, errors) = bundle_for(REFERENCE_LOCALE, EN_US_FTL);
        debug_assert!(errors.is_empty(), "en-US must parse cleanly: {errors:?}");
        bundles.push(bundle);
        Localizer { bundles }
    }

    /// The locale whose bundle is asked first.
    pub fn primary_locale(&self) -> String {
        self.bundles[0].locales[0].to_string()
    }

    /// A message with no variables.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with variables. A message missing everywhere gives an
    /// empty string rather than its id: ids are never shown to users, and a
    /// native test keeps en-US complete for every id the code uses.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                FluentValue::String(text) => fluent_args.set(*name, FluentValue::from(contained(text))),
                other => fluent_args.set(*name, other.clone()),
            }
        }
        for bundle in &self.bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
        }
        String::new()
    }
}

/// A text variable made safe to sit inside the FSI…PDI that Fluent puts
/// around it: a PDI that closes nothing the text opened is dropped (it would
/// end the isolate early and let the rest of the text, an override say, run
/// into the message), isolates the text leaves open are closed (they would
/// swallow the rest of the message), and bidi paragraph separators become
/// spaces (a new paragraph ends every isolate). A name, label or number
/// never needs any of these; the text is otherwise untouched.
fn contained(text: &str) -> std::borrow::Cow<'_, str> {
    const ISOLATES: [char; 3] = ['\u{2066}', '\u{2067}', FSI];
    // Bidi class B: what the Unicode Bidirectional Algorithm splits paragraphs at.
    let separator = |c: char| matches!(c, '\n' | '\r' | '\u{1c}'..='\u{1e}' | '\u{85}' | '\u{2029}');
    if !text.contains(|c: char| c == PDI || ISOLATES.contains(&c) || separator(c)) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 3);
    let mut open = 0usize;
    for c in text.chars() {
        match c {
            PDI if open == 0 => {}
            PDI => {
                open -= 1;
                out.push(c);
            }
            c if ISOLATES.contains(&c) => {
                open += 1;
                out.push(c);
            }
            c if separator(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out.extend(std::iter::repeat_n(PDI, open));
    out.into()
}

/// Placeables nested deeper than this make their entry unusable. Parsing
/// and resolving recurse once per level, with about 600 bytes of wasm stack
/// each: a file nesting thousands deep overflowed the stack and stopped the
/// widget. Real messages nest two or three deep.
const MAX_NESTING: usize = 10;

/// `source` with each entry that nests placeables more than [`MAX_NESTING`]
/// deep blanked out (every byte but line ends made a space, so that the
/// positions of everything else stay put), and where those entries start.
fn without_deep_entries(source: &str) -> (std::borrow::Cow<'_, str>, Vec<usize>) {
    // An entry or comment starts at column 0; its other lines are indented.
    let starts_entry = |line: &str| !line.starts_with([' ', '\t', '\r', '\n']);
    let mut deep = Vec::new();
    let (mut offset, mut entry, mut depth, mut too_deep, mut prev) = (0, 0, 0usize, false, ' ');
    for line in source.split_inclusive('\n') {
        if starts_entry(line) {
            if too_deep {
                deep.push(entry);
            }
            (entry, depth, too_deep, prev) = (offset, 0, false, ' ');
        }
        offset += line.len();
        if line.starts_with('#') {
            continue;
        }
        let mut string = false;
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' if string => {
                    chars.next();
                }
                '"' if string => string = false,
                _ if string => {}
                '{' => {
                    depth += 1;
                    too_deep |= depth > MAX_NESTING;
                }
                '}' => depth = depth.saturating_sub(1),
                // A string literal where an expression may start; elsewhere a quote is text.
                '"' if depth > 0 && matches!(prev, '{' | '(' | ',' | ':') => string = true,
                _ => {}
            }
            if !c.is_whitespace() {
                prev = c;
            }
        }
    }
    if too_deep {
        deep.push(entry);
    }
    if deep.is_empty() {
        return (source.into(), deep);
    }
    // Indented lines before the first entry are counted as one at offset 0.
    let (mut out, mut offset, mut blank) = (String::with_capacity(source.len()), 0, deep.contains(&0));
    for line in source.split_inclusive('\n') {
        if starts_entry(line) {
            blank = deep.contains(&offset);
        }
        offset += line.len();
        if !blank {
            out.push_str(line);
            continue;
        }
        for c in line.chars() {
            match c {
                '\n' | '\r' => out.push(c),
                _ => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            }
        }
    }
    (out.into(), deep)
}

/// What is said of an entry [`without_deep_entries`] blanked.
fn too_deep_message(source: &str, at: usize) -> String {
    let line = source[at..].lines().next().unwrap_or_default();
    let id = line.split_once('=').map_or(line, |(id, _)| id).trim();
    let kind = if id.starts_with('-') { "term" } else { "message" };
    format!("{kind} \"{id}\" nests placeables more than {MAX_NESTING} deep, so it is not used")
}

/// Builds one bundle from FTL source, keeping whatever parses.
pub fn bundle_for(locale: &str, source: &str) -> (FluentBundle<FluentResource>, Vec<FtlError>) {
    let mut errors = Vec::new();
    let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    let (usable, deep) = without_deep_entries(source);
    errors.extend(deep.iter().map(|&at| FtlError {
        locale: locale.to_string(),
        message: format!("line {}: {}", line_col(source, at).0, too_deep_message(source, at)),
    }));
    let resource = match FluentResource::try_new(usable.into_owned()) {
        Ok(r) => r,
        Err((r, parse_errors)) => {
            errors.extend(parse_errors.into_iter().map(|e| FtlError {
                locale: locale.to_string(),
                message: e.to_string(),
            }));
            r
        }
    };
    if let Err(add_errors) = bundle.add_resource(resource) {
        errors.extend(add_errors.into_iter().map(|e| FtlError {
            locale: locale.to_string(),
            message: e.to_string(),
        }));
    }
    (bundle, errors)
}

/// The message ids of the reference locale (what a config may override).
pub fn reference_ids() -> std::collections::BTreeSet<&'static str> {
    let mut ids = std::collections::BTreeSet::new(); // not collect(): see `crate::sort`
    ids.extend(
        EN_US_FTL
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim())),
    );
    ids
}

/// FTL source for override texts: `id = text`, continuation lines indented.
pub fn override_source(messages: &std::collections::BTreeMap<String, String>) -> String {
    messages
        .iter()
        .map(|(id, text)| format!("{id} = {}\n", text.replace('\n', "\n    ")))
        .collect()
}

/// What is wrong with a config's override of message `id` in `locale`:
/// Fluent syntax errors, and variables the widget does not pass.
pub fn check_override(locale: &str, id: &str, text: &str) -> Vec<String> {
    let source = override_source(&std::collections::BTreeMap::from([(id.to_string(), text.to_string())]));
    check_locale(EN_US_FTL, locale, &source)
        .into_iter()
        .filter(|f| f.severity == Severity::Error && !f.message.ends_with("is missing"))
        .map(|f| f.message)
        .collect()
}

/// Removes the isolation marks, for comparing formatted text in tests and
/// for plain-text outputs such as an e-mail body.
pub fn strip_isolation(text: &str) -> String {
    text.chars().filter(|c| *c != FSI && *c != PDI).collect()
}


impl Localizer {
    /// One bundle per locale, in the given order; the compiled-in en-US is
    /// appended last unless the chain already names en-US. Whatever parses
    /// is kept; the problems are returned for the host to log.
    pub fn new(chain: Vec<(String, String)>) -> (Localizer, Vec<FtlError>) {
        let mut bundles = Vec::new();
        let mut errors = Vec::new();
        let mut has_reference = false;
        for (locale, source) in chain {
            if same_tag(&locale, REFERENCE_LOCALE) {
                has_reference = true;
            }
            let (bundle, errs) = bundle_for(&locale, &source);
            errors.extend(errs);
            bundles.push(bundle);
        }
        if !has_reference {
            let (bundle, errs) = bundle_for(REFERENCE_LOCALE, EN_US_FTL);
            errors.extend(errs);
            bundles.push(bundle);
        }
        (Localizer { bundles }, errors)
    }

    /// Applies a platform's per-locale message overrides (from its config)
    /// on top of the translations; locales not in the chain are ignored.
    pub fn with_overrides(mut self, overrides: &std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>) -> Localizer {
        for bundle in &mut self.bundles {
            let locale = bundle.locales[0].to_string();
            let Some(messages) = overrides.get(&locale) else { continue };
            if let Ok(resource) = FluentResource::try_new(override_source(messages)) {
                bundle.add_resource_overriding(resource);
            }
        }
        self
    }

    /// The locales asked, in order.
    pub fn locales(&self) -> Vec<String> {
        self.bundles.iter().map(|b| b.locales[0].to_string()).collect()
    }

    /// True when the first locale lacks this message (it falls back), so the
    /// host can warn once per such message.
    pub fn missing_in_primary(&self, id: &str) -> bool {
        self.bundles[0].get_message(id).and_then(|m| m.value()).is_none()
    }

    /// The locale whose bundle supplies this message's value, if any.
    pub fn resolving_locale(&self, id: &str) -> Option<String> {
        self.bundles
            .iter()
            .find(|b| b.get_message(id).and_then(|m| m.value()).is_some())
            .map(|b| b.locales[0].to_string())
    }
}

// ---------------------------------------------------------------------------
// Negotiation

/// What the page and the user ask for, strongest first.
#[derive(Clone, Debug, Default)]
pub struct Preferences<'a> {
    /// The host's `setLocale` or `?signpost-locale=`.
    pub explicit: Option<&'a str>,
    /// The user's saved choice.
    pub saved: Option<&'a str>,
    /// `navigator.languages`.
    pub browser: &'a [String],
    /// The config's `default_locale`.
    pub config_default: Option<&'a str>,
}

/// The locales the panel offers: the platform's list (only those Signpost
/// ships), or every shipped locale when it gives none; always the
/// reference locale, which it can always speak.
pub fn offered(platform: &[String]) -> Vec<String> {
    let mut out: Vec<String> = if platform.is_empty() {
        SHIPPED.iter().map(|l| l.to_string()).collect()
    } else {
        platform.iter().filter(|l| SHIPPED.contains(&l.as_str())).cloned().collect()
    };
    if !out.iter().any(|l| l == REFERENCE_LOCALE) {
        out.push(REFERENCE_LOCALE.into());
    }
    out
}

/// The locales Signpost ships translations for.
pub const SHIPPED: &[&str] = &[
    "en-US", "zh-CN", "zh-TW", "ja", "ko", "es", "pt-BR", "fr", "de", "ru", "tr", "vi", "id", "ar",
];

fn same_tag(a: &str, b: &str) -> bool {
    a.replace('_', "-").eq_ignore_ascii_case(&b.replace('_', "-"))
}

fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag.trim();
    if tag.is_empty() {
        return None;
    }
    let id: LanguageIdentifier = tag.parse().ok()?;
    if id.language.is_empty() {
        return None; // "und" and friends name no language
    }
    Some(id)
}

/// Han script of a Chinese tag: written, or implied by its region.
fn han_script(id: &LanguageIdentifier) -> &'static str {
    match id.script.as_ref().map(|s| s.as_str()) {
        Some(s) if s.eq_ignore_ascii_case("Hant") => "Hant",
        Some(_) => "Hans",
        None => match id.region.as_ref().map(|r| r.as_str()) {
            Some("TW") | Some("HK") | Some("MO") => "Hant",
            _ => "Hans",
        },
    }
}

/// The best available locale for one requested tag.
fn best_match(tag: &str, available: &[(usize, LanguageIdentifier)]) -> Option<usize> {
    let req = parse_tag(tag)?;
    if req.language.as_str() == "zh" {
        // Script matters more than region for Chinese, and fluent-langneg
        // is built without CLDR likely-subtags: match by script ourselves.
        let script = han_script(&req);
        let default_region = if script == "Hant" { "TW" } else { "CN" };
        let same_script: Vec<&(usize, LanguageIdentifier)> = available
            .iter()
            .filter(|(_, a)| a.language.as_str() == "zh" && han_script(a) == script)
            .collect();
        let region_is = |a: &LanguageIdentifier, r: Option<&str>| {
            a.region.as_ref().map(|x| x.as_str()) == r
        };
        let req_region = req.region.as_ref().map(|r| r.as_str());
        return same_script
            .iter()
            .find(|(_, a)| req_region.is_some() && region_is(a, req_region))
            .or_else(|| same_script.iter().find(|(_, a)| region_is(a, Some(default_region))))
            .or_else(|| same_script.first())
            .map(|(i, _)| *i);
    }
    // A bare language prefers its usual region when several are shipped.
    let mut requested = Vec::new();
    if req.region.is_none() && req.script.is_none() {
        let usual = match req.language.as_str() {
            "pt" => Some("pt-BR"),
            "en" => Some("en-US"),
            _ => None,
        };
        if let Some(u) = usual.and_then(|u| u.parse::<LanguageIdentifier>().ok()) {
            if available.iter().any(|(_, a)| *a == u) {
                requested.push(u);
            }
        }
    }
    requested.push(req);
    let ids: Vec<&LanguageIdentifier> = available.iter().map(|(_, a)| a).collect();
    let matched = fluent_langneg::negotiate::filter_matches(
        &requested,
        &ids,
        fluent_langneg::NegotiationStrategy::Filtering,
    );
    let first = *matched.first()?;
    available.iter().find(|(_, a)| std::ptr::eq(a, *first)).map(|(i, _)| *i)
}

/// The locale chain to load, best first, always ending with "en-US", no
/// duplicates, only from `available` (plus the compiled-in en-US).
///
/// Order: explicit, then saved, then each browser language, then the config
/// default, then en-US. Each step contributes its single best match
/// (fluent-langneg filtering, plus script-aware matching for Chinese), so
/// "zh-Hant-HK" → "zh-TW", "pt" → "pt-BR", "es-MX" → "es", "zh" → "zh-CN",
/// "en-GB" → "en-US". Invalid tags are skipped. Nothing follows en-US, since
/// it has every message.
pub fn negotiate(prefs: &Preferences, available: &[&str]) -> Vec<String> {
    let parsed: Vec<(usize, LanguageIdentifier)> = available
        .iter()
        .enumerate()
        .filter_map(|(i, a)| parse_tag(a).map(|id| (i, id)))
        .collect();
    let requests = prefs
        .explicit
        .into_iter()
        .chain(prefs.saved)
        .chain(prefs.browser.iter().map(String::as_str))
        .chain(prefs.config_default);
    let mut chain: Vec<String> = Vec::new();
    for tag in requests {
        let Some(i) = best_match(tag, &parsed) else { continue };
        let name = available[i].to_string();
        if chain.iter().any(|c| same_tag(c, &name)) {
            continue;
        }
        let is_reference = same_tag(&name, REFERENCE_LOCALE);
        chain.push(if is_reference { REFERENCE_LOCALE.to_string() } else { name });
        if is_reference {
            return chain;
        }
    }
    chain.push(REFERENCE_LOCALE.to_string());
    chain
}

/// Whether a locale is written right to left (sets `dir="rtl"`).
pub fn is_rtl(locale: &str) -> bool {
    let Some(id) = parse_tag(locale) else { return false };
    if let Some(script) = id.script.as_ref() {
        return matches!(
            script.as_str(),
            "Arab" | "Hebr" | "Thaa" | "Syrc" | "Nkoo" | "Adlm" | "Rohg" | "Mand" | "Samr"
        );
    }
    matches!(
        id.language.as_str(),
        "ar" | "he" | "iw" | "fa" | "ur" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb" | "syr"
            | "ks" | "prs" | "arz" | "ary"
    )
}

/// Each shipped locale named in itself, for the language switcher.
pub fn native_name(locale: &str) -> Option<&'static str> {
    let id = parse_tag(locale)?;
    Some(match id.to_string().as_str() {
        "en-US" => "English",
        "zh-CN" => "简体中文",
        "zh-TW" => "繁體中文",
        "ja" => "日本語",
        "ko" => "한국어",
        "es" => "Español",
        "pt-BR" => "Português (Brasil)",
        "fr" => "Français",
        "de" => "Deutsch",
        "ru" => "Русский",
        "tr" => "Türkçe",
        "vi" => "Tiếng Việt",
        "id" => "Bahasa Indonesia",
        "ar" => "العربية",
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Checking a translation against the reference (the l10n-check tool)

/// How bad a finding is: errors fail the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem in a locale file; `file_line_col` is 1-based (column in
/// characters), `None` when the problem has no place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub file_line_col: Option<(usize, usize)>,
    pub message: String,
}

impl Finding {
    fn new(severity: Severity, at: Option<(usize, usize)>, message: String) -> Self {
        Finding { severity, file_line_col: at, message }
    }
}

/// 1-based line and character column of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut off = offset.min(source.len());
    while !source.is_char_boundary(off) {
        off -= 1;
    }
    let before = &source[..off];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, source[line_start..off].chars().count() + 1)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// A top-level entry found by scanning lines: (id, byte offset, is a term).
fn scan_entries(source: &str) -> Vec<(String, usize, bool)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let (is_term, rest) = match line.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, line),
        };
        if let Some((id, _)) = rest.split_once('=') {
            let id = id.trim_end();
            if is_identifier(id) {
                out.push((id.to_string(), offset, is_term));
            }
        }
        offset += line.len();
    }
    out
}

/// Variables referenced anywhere in a pattern (placeables, selectors, call
/// arguments), read from the AST's debug form: fluent does not re-export
/// fluent-syntax's AST types, so they cannot be matched on by name here.
const VARIABLE: &str = "VariableReference { id: Identifier { name: \"";
const MESSAGE: &str = "MessageReference { id: Identifier { name: \"";

/// The names after `mark` (one of the two above) in a pattern's debug form.
fn pattern_names(pattern_debug: &str, mark: &str, out: &mut Vec<String>) {
    let mut rest = pattern_debug;
    while let Some(i) = rest.find(mark) {
        rest = &rest[i + mark.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        let name = rest[..end].to_string();
        if !out.contains(&name) {
            out.push(name);
        }
    }
}

struct Parsed {
    bundle: FluentBundle<FluentResource>,
    /// Messages (not terms) that parsed, first definition: id → offset.
    messages: Vec<(String, usize)>,
    /// Ids of entries lost to syntax errors.
    junk_ids: Vec<String>,
    findings: Vec<Finding>,
}

impl Parsed {
    fn offset_of(&self, id: &str) -> Option<usize> {
        self.messages.iter().find(|(m, _)| m == id).map(|(_, o)| *o)
    }

    fn variables(&self, id: &str) -> Vec<String> {
        self.names(id, VARIABLE)
    }

    /// The messages that message `id` refers to (`{ other-message }`).
    fn references(&self, id: &str) -> Vec<String> {
        self.names(id, MESSAGE)
    }

    fn names(&self, id: &str, mark: &str) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(msg) = self.bundle.get_message(id) {
            if let Some(v) = msg.value() {
                pattern_names(&format!("{v:?}"), mark, &mut names);
            }
            for attr in msg.attributes() {
                pattern_names(&format!("{:?}", attr.value()), mark, &mut names);
            }
        }
        names
    }

    fn attributes(&self, id: &str) -> Vec<String> {
        self.bundle
            .get_message(id)
            .map(|m| m.attributes().map(|a| a.id().to_string()).collect())
            .unwrap_or_default()
    }

    fn has_value(&self, id: &str) -> bool {
        self.bundle.get_message(id).and_then(|m| m.value()).is_some()
    }
}

fn parse_for_check(locale: &str, source: &str) -> Parsed {
    let mut findings = Vec::new();
    let entries = scan_entries(source);
    let mut junk: Vec<std::ops::Range<usize>> = Vec::new();
    let mut junk_ids = Vec::new();
    let (usable, deep) = without_deep_entries(source);
    for at in deep {
        findings.push(Finding::new(Severity::Error, Some(line_col(source, at)), too_deep_message(source, at)));
        junk_ids.extend(entries.iter().find(|(_, o, _)| *o == at).map(|(id, _, t)| if *t { format!("-{id}") } else { id.clone() }));
        junk.push(at..at + 1);
    }
    let resource = match FluentResource::try_new(usable.into_owned()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let range = e.slice.clone().unwrap_or(e.pos.clone());
                let id = entries
                    .iter()
                    .find(|(_, o, _)| range.contains(o))
                    .map(|(id, _, t)| if *t { format!("-{id}") } else { id.clone() });
                let message = match (&id, format!("{:?}", e.kind).as_str()) {
                    (Some(id), "MissingDefaultVariant") => format!(
                        "message \"{id}\" has a select expression without a default variant; mark one variant with *, e.g. *[other]"
                    ),
                    (None, "MissingDefaultVariant") => {
                        "select expression without a default variant; mark one variant with *, e.g. *[other]".to_string()
                    }
                    (Some(id), _) => format!("syntax error in message \"{id}\": {e}"),
                    (None, _) => format!("syntax error: {e}"),
                };
                findings.push(Finding::new(Severity::Error, Some(line_col(source, e.pos.start)), message));
                junk_ids.extend(id);
                junk.push(range);
            }
            r
        }
    };
    let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    if let Err(errors) = bundle.add_resource(resource) {
        for e in errors {
            if let fluent::FluentError::Overriding { kind, id } = &e {
                let name = id.trim_start_matches('-');
                let at = entries
                    .iter()
                    .filter(|(i, o, _)| i == name && !junk.iter().any(|r| r.contains(o)))
                    .nth(1)
                    .map(|(_, o, _)| line_col(source, *o));
                findings.push(Finding::new(Severity::Error, at, format!("{kind} \"{id}\" is defined more than once")));
            } else {
                findings.push(Finding::new(Severity::Error, None, e.to_string()));
            }
        }
    }
    let mut messages: Vec<(String, usize)> = Vec::new();
    for (id, offset, is_term) in entries {
        if is_term || junk.iter().any(|r| r.contains(&offset)) || messages.iter().any(|(m, _)| *m == id) {
            continue;
        }
        if bundle.get_message(&id).is_some() {
            messages.push((id, offset));
        }
    }
    Parsed { bundle, messages, junk_ids, findings }
}

/// Where `$var` is used inside the entry starting at `start` (up to the next
/// top-level line).
fn variable_position(source: &str, start: usize, var: &str) -> usize {
    let rest = &source[start..];
    let end = rest
        .split_inclusive('\n')
        .scan(0usize, |acc, line| {
            let at = *acc;
            *acc += line.len();
            Some((at, line))
        })
        .skip(1)
        .find(|(_, l)| !l.starts_with([' ', '\t', '\n', '\r']))
        .map_or(rest.len(), |(at, _)| at);
    let block = &rest[..end];
    let needle = format!("${var}");
    let mut from = 0;
    while let Some(i) = block[from..].find(&needle) {
        let after = from + i + needle.len();
        let next = block[after..].chars().next();
        if !matches!(next, Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            return start + from + i;
        }
        from = after;
    }
    start
}

fn list_vars(vars: &[String]) -> String {
    if vars.is_empty() {
        "no variables".to_string()
    } else {
        vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
    }
}

/// Checks one locale's FTL source against the reference (en-US) source:
/// syntax errors, missing (error) and obsolete (warning) messages,
/// variables the reference does not pass (error), select expressions
/// without a default variant (error), missing value or attributes (error),
/// extra attributes (warning). Findings come in file order, then the
/// missing messages in reference order.
pub fn check_locale(reference: &str, locale: &str, source: &str) -> Vec<Finding> {
    let reference = parse_for_check(REFERENCE_LOCALE, reference);
    let translation = parse_for_check(locale, source);
    let mut findings = translation.findings.clone();
    let is_reference = same_tag(locale, REFERENCE_LOCALE);
    let at = |offset: usize| Some(line_col(source, offset));

    for (id, offset) in &translation.messages {
        if reference.offset_of(id).is_none() {
            if !is_reference && !reference.junk_ids.contains(id) {
                findings.push(Finding::new(
                    Severity::Warning,
                    at(*offset),
                    format!("message \"{id}\" is obsolete: {REFERENCE_LOCALE} no longer has it"),
                ));
            }
            continue;
        }
        // Fluent would show the reference's braces to the user.
        for r in translation.references(id) {
            if reference.offset_of(&r).is_none() && translation.offset_of(&r).is_none() {
                findings.push(Finding::new(
                    Severity::Error,
                    at(*offset),
                    format!("message \"{id}\" refers to message \"{r}\", which does not exist"),
                ));
            }
        }
        if is_reference {
            continue;
        }
        let passed = reference.variables(id);
        for var in translation.variables(id) {
            if !passed.contains(&var) {
                findings.push(Finding::new(
                    Severity::Error,
                    at(variable_position(source, *offset, &var)),
                    format!(
                        "message \"{id}\" uses ${var}, which {REFERENCE_LOCALE} does not pass (it passes: {})",
                        list_vars(&passed)
                    ),
                ));
            }
        }
        if reference.has_value(id) && !translation.has_value(id) {
            findings.push(Finding::new(
                Severity::Error,
                at(*offset),
                format!("message \"{id}\" has no value, but {REFERENCE_LOCALE} has one"),
            ));
        }
        let ref_attrs = reference.attributes(id);
        let attrs = translation.attributes(id);
        for a in ref_attrs.iter().filter(|a| !attrs.contains(a)) {
            findings.push(Finding::new(
                Severity::Error,
                at(*offset),
                format!("message \"{id}\" is missing attribute .{a}"),
            ));
        }
        for a in attrs.iter().filter(|a| !ref_attrs.contains(a)) {
            findings.push(Finding::new(
                Severity::Warning,
                at(*offset),
                format!("message \"{id}\" has attribute .{a}, which {REFERENCE_LOCALE} does not have"),
            ));
        }
    }
    if !is_reference {
        for (id, _) in &reference.messages {
            if translation.offset_of(id).is_none() && !translation.junk_ids.contains(id) {
                findings.push(Finding::new(Severity::Error, None, format!("message \"{id}\" is missing")));
            }
        }
    }
    // File order; findings without a place (missing messages) last.
    crate::sort::sort_by_key(&mut findings, |f| f.file_line_col.unwrap_or((usize::MAX, 0)));
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_variable_cannot_break_out_of_its_isolation() {
        let l10n = Localizer::reference();
        let title = |name: &str| l10n.format("panel-title", &[("platform", name.into())]);
        let table = [
            ("Northwind", "\u{2068}Northwind\u{2069} help"),
            // A stray PDI would close the isolate and let the override reverse " help".
            ("\u{2069}\u{202e}evil", "\u{2068}\u{202e}evil\u{2069} help"),
            // An unclosed isolate would keep " help" inside the name's.
            ("\u{2067}\u{2067}evil", "\u{2068}\u{2067}\u{2067}evil\u{2069}\u{2069}\u{2069} help"),
            // Balanced isolates and embeddings are the text's own business.
            ("\u{2066}a\u{2069} \u{202b}b\u{202c}", "\u{2068}\u{2066}a\u{2069} \u{202b}b\u{202c}\u{2069} help"),
            // A paragraph separator ends every isolate.
            ("one\u{2029}two\nthree\r\nfour", "\u{2068}one two three  four\u{2069} help"),
        ];
        for (name, expected) in table {
            assert_eq!(title(name), expected, "{name:?}");
        }
        assert_eq!(l10n.format("faq-results", &[("count", 3.into())]), "\u{2068}3\u{2069} articles match your search.");
    }

    #[test]
    fn reference_locale_parses_cleanly() {
        let (_, errors) = bundle_for(REFERENCE_LOCALE, EN_US_FTL);
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn formats_with_isolated_placeables() {
        let l = Localizer::reference();
        assert_eq!(l.text("launcher-open"), "Help");
        let title = l.format("panel-title", &[("platform", "Northwind".into())]);
        assert_eq!(title, "\u{2068}Northwind\u{2069} help");
        assert_eq!(strip_isolation(&title), "Northwind help");
    }

    #[test]
    fn a_missing_message_never_shows_its_id() {
        let l = Localizer::reference();
        assert_eq!(l.text("no-such-message"), "");
    }

    fn chain(explicit: Option<&str>, saved: Option<&str>, browser: &[&str], default: Option<&str>) -> Vec<String> {
        let browser: Vec<String> = browser.iter().map(|s| s.to_string()).collect();
        let prefs = Preferences { explicit, saved, browser: &browser, config_default: default };
        negotiate(&prefs, SHIPPED)
    }

    #[test]
    fn negotiation_table() {
        type Row<'a> = (Option<&'a str>, Option<&'a str>, &'a [&'a str], Option<&'a str>, &'a [&'a str]);
        let rows: &[Row] = &[
            // explicit wins
            (Some("ja"), Some("ko"), &["fr"], Some("de"), &["ja", "ko", "fr", "de", "en-US"]),
            (Some("ja"), None, &[], None, &["ja", "en-US"]),
            // saved beats browser
            (None, Some("ko"), &["fr", "de"], None, &["ko", "fr", "de", "en-US"]),
            // browser list order
            (None, None, &["de", "fr", "ja"], None, &["de", "fr", "ja", "en-US"]),
            // region fallbacks
            (None, None, &["zh-Hant-HK"], None, &["zh-TW", "en-US"]),
            (None, None, &["zh-HK"], None, &["zh-TW", "en-US"]),
            (None, None, &["pt"], None, &["pt-BR", "en-US"]),
            (None, None, &["pt-PT"], None, &["pt-BR", "en-US"]),
            (None, None, &["es-MX"], None, &["es", "en-US"]),
            (None, None, &["zh"], None, &["zh-CN", "en-US"]),
            (None, None, &["zh-SG"], None, &["zh-CN", "en-US"]),
            (None, None, &["zh-Hans"], None, &["zh-CN", "en-US"]),
            (None, None, &["en-GB", "ja"], None, &["en-US"]),
            (None, None, &["fr-CA", "en-GB", "ja"], None, &["fr", "en-US"]),
            // unknown everything
            (Some("xx"), Some("qq-ZZ"), &["nl", "sv"], Some("pl"), &["en-US"]),
            (None, None, &[], None, &["en-US"]),
            // config default used when the browser has nothing available
            (None, None, &["nl", "sv"], Some("ru"), &["ru", "en-US"]),
            // duplicates removed
            (Some("ja"), Some("ja-JP"), &["ja", "es-ES", "es"], Some("ja"), &["ja", "es", "en-US"]),
            // invalid tags skipped
            (Some("!!"), Some(""), &["not a tag", "und", "ko-KR"], Some("1234567890"), &["ko", "en-US"]),
            // case and underscores
            (Some("PT_br"), None, &[], None, &["pt-BR", "en-US"]),
            (None, None, &["AR-eg"], None, &["ar", "en-US"]),
        ];
        for (explicit, saved, browser, default, want) in rows {
            let got = chain(*explicit, *saved, browser, *default);
            assert_eq!(got, *want, "explicit={explicit:?} saved={saved:?} browser={browser:?} default={default:?}");
        }
    }

    #[test]
    fn chinese_matching_does_not_depend_on_available_order() {
        let browser = vec!["zh".to_string(), "zh-Hant".to_string()];
        let prefs = Preferences { browser: &browser, ..Default::default() };
        assert_eq!(negotiate(&prefs, &["zh-TW", "zh-CN"]), ["zh-CN", "zh-TW", "en-US"]);
        // en-US need not be listed as available: it is compiled in.
        let prefs = Preferences { explicit: Some("fr"), ..Default::default() };
        assert_eq!(negotiate(&prefs, &["fr"]), ["fr", "en-US"]);
    }

    #[test]
    fn rtl_and_native_names() {
        for l in ["ar", "ar-EG", "he", "fa", "ur", "az-Arab"] {
            assert!(is_rtl(l), "{l}");
        }
        for l in ["en-US", "zh-TW", "tr", "az", "not a tag"] {
            assert!(!is_rtl(l), "{l}");
        }
        for l in SHIPPED {
            assert!(native_name(l).is_some(), "{l}");
        }
        assert_eq!(native_name("pt-br"), Some("Português (Brasil)"));
        assert_eq!(native_name("zh-TW"), Some("繁體中文"));
        assert_eq!(native_name("ar"), Some("العربية"));
        assert_eq!(native_name("nl"), None);
    }

    #[test]
    fn localizer_chain_falls_back_and_reports() {
        let ja = "launcher-open = ヘルプ\npanel-title = { $platform } ヘルプ\nbroken = { \n".to_string();
        let (l, errors) = Localizer::new(vec![("ja".into(), ja)]);
        assert_eq!(l.locales(), ["ja", "en-US"]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].locale, "ja");
        assert_eq!(l.primary_locale(), "ja");
        assert_eq!(l.text("launcher-open"), "ヘルプ");
        assert!(!l.missing_in_primary("launcher-open"));
        assert_eq!(l.text("panel-close"), "Close");
        assert!(l.missing_in_primary("panel-close"));
        assert_eq!(l.resolving_locale("panel-close").as_deref(), Some("en-US"));
        assert_eq!(l.resolving_locale("no-such-message"), None);
        // An explicit en-US is not appended twice.
        let (l, errors) = Localizer::new(vec![("en-US".into(), EN_US_FTL.into())]);
        assert!(errors.is_empty());
        assert_eq!(l.locales(), ["en-US"]);
    }

    const REF: &str = "hello = Hello, { $name }!\n\
count = { $n ->\n    [one] One item for { $user }\n   *[other] { $n } items\n}\n\
button = Go\n    .title = Go now\n    .aria-label = Go, { $where }\n\
gone = Old\n";

    fn messages(findings: &[Finding]) -> Vec<(Severity, Option<(usize, usize)>, &str)> {
        findings.iter().map(|f| (f.severity, f.file_line_col, f.message.as_str())).collect()
    }

    #[test]
    fn a_complete_translation_has_no_findings() {
        let ja = "hello = こんにちは、{ $name }！\ncount = { $n }件（{ $user }）\nbutton = 行く\n    .title = 今すぐ\n    .aria-label = { $where }へ\ngone = 古い\n";
        assert_eq!(check_locale(REF, "ja", ja), vec![]);
        assert_eq!(check_locale(REF, "en-US", REF), vec![]);
    }

    #[test]
    fn check_reports_missing_and_obsolete() {
        let src = "hello = Hallo, { $name }!\ncount = { $n }\nbutton = Los\n    .title = Jetzt\n    .aria-label = Los\nextra = Mehr\n";
        assert_eq!(
            messages(&check_locale(REF, "de", src)),
            [
                (Severity::Warning, Some((6, 1)), "message \"extra\" is obsolete: en-US no longer has it"),
                (Severity::Error, None, "message \"gone\" is missing"),
            ]
        );
    }

    #[test]
    fn check_reports_references_to_messages_that_do_not_exist() {
        let src = "hello = { count } and { helo }\ncount = { $n }\nbutton = Los\n    .title = { button }\n    .aria-label = { nope }\ngone = Weg\n";
        assert_eq!(
            messages(&check_locale(REF, "de", src)),
            [
                (Severity::Error, Some((1, 1)), "message \"hello\" refers to message \"helo\", which does not exist"),
                (Severity::Error, Some((3, 1)), "message \"button\" refers to message \"nope\", which does not exist"),
            ]
        );
        // A platform's override stands alone: it may use the widget's messages, and nothing else.
        assert_eq!(check_override("de", "panel-close", "{ panel-back }"), Vec::<String>::new());
        assert_eq!(
            check_override("de", "panel-close", "Zu { panel-closed }"),
            ["message \"panel-close\" refers to message \"panel-closed\", which does not exist"]
        );
    }

    #[test]
    fn check_reports_unknown_variables_with_position() {
        let src = "hello = Hola, { $nombre }!\ncount = { $n ->\n    [one] { $count }\n   *[other] { $n }\n}\nbutton = Ir\n    .title = { $name }\n    .aria-label = Ir\ngone = Viejo\n";
        assert_eq!(
            messages(&check_locale(REF, "es", src)),
            [
                (Severity::Error, Some((1, 17)), "message \"hello\" uses $nombre, which en-US does not pass (it passes: $name)"),
                (Severity::Error, Some((3, 13)), "message \"count\" uses $count, which en-US does not pass (it passes: $n, $user)"),
                (Severity::Error, Some((7, 16)), "message \"button\" uses $name, which en-US does not pass (it passes: $where)"),
            ]
        );
        let src = "hello = { $name }\ncount = { $n }\nbutton = x\n    .title = y\n    .aria-label = z\ngone = { $who }\n";
        assert_eq!(
            messages(&check_locale(REF, "fr", src)),
            [(Severity::Error, Some((6, 10)), "message \"gone\" uses $who, which en-US does not pass (it passes: no variables)")]
        );
    }

    #[test]
    fn check_reports_a_select_without_default_variant() {
        let src = "hello = { $name }\ncount = { $n ->\n    [one] Eins\n    [other] Viele\n}\nbutton = x\n    .title = y\n    .aria-label = z\ngone = w\n";
        let got = check_locale(REF, "de", src);
        assert_eq!(
            messages(&got),
            [(
                Severity::Error,
                Some((5, 1)),
                "message \"count\" has a select expression without a default variant; mark one variant with *, e.g. *[other]"
            )]
        );
    }

    #[test]
    fn check_reports_syntax_errors_with_line_and_column() {
        let src = "hello = { $name }\ncount = { $n }\nbutton = x\n    .title = y\n    .aria-label = z\ngone = { \"unterminated }\n";
        assert_eq!(
            messages(&check_locale(REF, "tr", src)),
            [(Severity::Error, Some((6, 25)), "syntax error in message \"gone\": Unterminated string literal")]
        );
        let src = "hello = { $name }\ncount = { $n }\nbutton = x\n    .title = y\n    .aria-label = z\ngone = w\nhello = again\n";
        assert_eq!(
            messages(&check_locale(REF, "tr", src)),
            [(Severity::Error, Some((7, 1)), "message \"hello\" is defined more than once")]
        );
    }

    #[test]
    fn check_reports_attribute_and_value_mismatches() {
        let src = "hello = { $name }\ncount = { $n }\nbutton =\n    .title = y\n    .tooltip = t\ngone = w\n";
        assert_eq!(
            messages(&check_locale(REF, "vi", src)),
            [
                (Severity::Error, Some((3, 1)), "message \"button\" has no value, but en-US has one"),
                (Severity::Error, Some((3, 1)), "message \"button\" is missing attribute .aria-label"),
                (Severity::Warning, Some((3, 1)), "message \"button\" has attribute .tooltip, which en-US does not have"),
            ]
        );
    }

    fn nested(depth: usize) -> String {
        format!("{}\"x\"{}", "{ ".repeat(depth), " }".repeat(depth))
    }

    #[test]
    fn a_message_nesting_too_deep_is_left_out_and_named_with_its_line() {
        let ten = nested(MAX_NESTING);
        let src = format!("hello = {ten}\n# 日本\ncount = {}\n  and more\nbutton = after\n", nested(MAX_NESTING + 1));
        let (bundle, errors) = bundle_for("tr", &src);
        assert_eq!(
            errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>(),
            ["line 3: message \"count\" nests placeables more than 10 deep, so it is not used"]
        );
        let text = |id: &str| {
            let pattern = bundle.get_message(id).and_then(|m| m.value())?;
            Some(bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
        };
        assert_eq!((text("hello"), text("count"), text("button")), (Some("x".into()), None, Some("after".into())));
        // Translators are told where, and the message is not also called missing.
        let found = check_locale("hello = a\ncount = b\nbutton = c\n", "tr", &src);
        assert_eq!(messages(&found), [(Severity::Error, Some((3, 1)), "message \"count\" nests placeables more than 10 deep, so it is not used")]);
    }

    #[test]
    fn thousands_of_levels_do_not_overflow_the_stack() {
        let (_, errors) = bundle_for("tr", &format!("-deep = {}\n", nested(100_000)));
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("term \"-deep\""), "{errors:?}");
    }

    #[test]
    fn deep_indented_lines_before_any_entry_are_blanked_as_reported() {
        let src = format!("  {}\nok = fine\n", "{".repeat(11));
        let (out, deep) = without_deep_entries(&src);
        assert_eq!((out.as_ref(), deep), (format!("{}\nok = fine\n", " ".repeat(13)).as_str(), vec![0]));
    }

    #[test]
    fn braces_in_string_literals_and_quotes_in_text_are_not_nesting() {
        let literal = format!("{{ \"{}\" }}", "{".repeat(20));
        let src = format!("a = {literal}\nb = {{ $n ->\n    [one] \"{{ $n }}\" {{ $x }}\n   *[other] {{ FN(\"{{{{\", k: \"}}}}\") }}\n}}\n");
        assert_eq!(without_deep_entries(&src).1, Vec::<usize>::new());
    }

    proptest::proptest! {
        /// Blanking keeps every byte position: same length, same line ends,
        /// and the lines of the entries kept unchanged.
        #[test]
        fn blanking_keeps_positions(src in "([a-c]{1,3} = |  |#)[{}\" a日\\\\]{0,40}\n{0,2}") {
            let (out, deep) = without_deep_entries(&src);
            proptest::prop_assert_eq!(out.len(), src.len());
            for (a, b) in src.split_inclusive('\n').zip(out.split_inclusive('\n')) {
                proptest::prop_assert!(a == b || (b.trim().is_empty() && a.len() == b.len()));
            }
            proptest::prop_assert_eq!(out == src, deep.is_empty());
        }
    }

    #[test]
    fn the_real_reference_checks_clean() {
        assert_eq!(check_locale(EN_US_FTL, REFERENCE_LOCALE, EN_US_FTL), vec![]);
        assert_eq!(line_col("ab\nc日d", 7), (2, 3));
    }
}
