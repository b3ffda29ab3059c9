//! Hostile content (issue #11, point 3): every string of
//! `tests/fixtures/naughty-strings.txt`, and two of 100 KB, put wherever a
//! config has free text or a URL, searched for, formatted into messages and
//! carried into hand-off links. Nothing may panic, no link may leave the
//! allow-list, Markdown must keep markup as text, Fluent must isolate the
//! value, search highlights must fall on character boundaries, and mailto:
//! links must stay well-formed.
//!
//! Each test runs every string and reports all failures at once, naming
//! the string, rather than stopping at the first.

use fluent::FluentValue;
use serde_json::{json, Value};
use signpost::config::{self, Config, ConfigError, Severity};
use signpost::faq::{self, Index};
use signpost::handoff::{self, Summary};
use signpost::i18n::{self, Localizer, FSI, PDI};
use signpost::links::{self, LinkKind};
use signpost::markdown::{self, Block, Inline};
use signpost::model::{Address, ChecklistField, FaqEntry, FieldKind, SummaryParams};
use signpost::widget::{Draft, Page, Widget};
use signpost::{checklist, secrets};
use std::ops::Range;
use std::panic::{catch_unwind, AssertUnwindSafe};

// ---------------------------------------------------------------- the corpus

/// Decodes the escapes the corpus file documents: `\u{HEX}`, `\n`, `\r`,
/// `\t` and `\\`; any other backslash stays.
fn decode(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let simple = match after.chars().next() {
            Some('n') => Some('\n'),
            Some('r') => Some('\r'),
            Some('t') => Some('\t'),
            Some('\\') => Some('\\'),
            _ => None,
        };
        if let Some(c) = simple {
            out.push(c);
            rest = &after[1..];
        } else if after.starts_with("u{") {
            let close = after.find('}').unwrap_or_else(|| panic!("unclosed \\u{{ in {line:?}"));
            let code = u32::from_str_radix(&after[2..close], 16).unwrap_or_else(|_| panic!("bad \\u{{}} in {line:?}"));
            out.push(char::from_u32(code).unwrap_or_else(|| panic!("not a scalar value in {line:?}")));
            rest = &after[close + 1..];
        } else {
            out.push('\\');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The corpus strings, then the two 100 KB strings.
fn corpus() -> Vec<String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/naughty-strings.txt")).unwrap();
    let mut out: Vec<String> =
        text.split('\n').filter(|l| !l.is_empty() && !l.starts_with('#')).map(decode).collect();
    out.push(hundred_kb_mixed());
    out.push("a".repeat(100 * 1024));
    out
}

/// 100 KB of markup, Markdown, bidi controls, marks, CJK and emoji.
fn hundred_kb_mixed() -> String {
    let chunk = "<script>window.pwned=1</script>[x](javascript:window.pwned=1) \u{202e}\u{2069}漢字👨‍👩‍👧‍👦 e\u{301}\u{302} **_`[ ";
    let mut s = String::new();
    while s.len() < 100 * 1024 {
        s.push_str(chunk);
    }
    s
}

/// A short name for a string in failure messages.
fn show(s: &str) -> String {
    let short: String = s.chars().take(40).collect();
    if short.len() < s.len() {
        format!("{short:?}… ({} bytes)", s.len())
    } else {
        format!("{short:?}")
    }
}

/// Runs `check` on every corpus string, catching panics, and fails with
/// every problem found.
fn each_string(what: &str, mut check: impl FnMut(&str, &mut Vec<String>)) {
    let strings = corpus();
    let mut failures = Vec::new();
    for s in &strings {
        let mut problems = Vec::new();
        if catch_unwind(AssertUnwindSafe(|| check(s, &mut problems))).is_err() {
            problems.push("panicked".to_string());
        }
        failures.extend(problems.into_iter().map(|p| format!("{}: {p}", show(s))));
    }
    assert!(failures.is_empty(), "{what}: {} problem(s):\n{}", failures.len(), failures.join("\n"));
}

/// `s` cut to at most `max` chars and trimmed, or a stand-in when nothing
/// is left: a text the validator accepts, so the rest of the config can be
/// checked whatever `s` is.
fn fit(s: &str, max: usize) -> String {
    let cut: String = s.chars().take(max).collect();
    match cut.trim() {
        t if config::is_blank(t) => "stand-in".to_string(),
        t => t.to_string(),
    }
}

// ---------------------------------------------------------------- configs

/// A config with `s` in every free-text field (cut to each field's limit)
/// and, raw, in every URL, address, id, enum and locale position.
fn config_with(s: &str) -> Value {
    let answer = if s.chars().count() <= 20_000 { s.to_string() } else { fit(s, 20_000) };
    json!({
        "platform": {
            "name": fit(s, 80),
            "official_origins": [s, "https://help.example.com"],
            "help_centre_url": s,
            "account_freeze_url": s,
            "default_locale": s,
            "locales": [s, "en-US"],
        },
        "channels": [
            {"id": "safe", "kind": "email", "email": "support@example.com", "hours": "always",
             "label": {"en-US": fit(s, 60), "ar": fit(s, 60)}, "languages": [s, "en-US"]},
            {"id": "web", "kind": "live_chat", "url": s, "hours": "always", "label": {"en-US": fit(s, 60)},
             "summary_params": {"subject": s, "body": "m"}},
            {"id": "mail", "kind": "email", "email": s, "hours": "always", "label": {"en-US": s}},
            {"id": "tel", "kind": "phone", "phone": s, "hours": "always"},
            {"id": "ticket", "kind": "ticket", "url": "https://help.example.com/ticket", "summary_params": {"subject": "s", "body": "b"},
             "hours": {"time_zone": s, "weekly": [{"days": [s, "mon"], "open": s, "close": "10:00"}], "closed_on": [s]}},
            {"id": s, "kind": s, "url": "https://help.example.com/", "hours": "always", "mode": s, "reply_minutes": s},
        ],
        "faq": [
            {"id": "hostile", "topic": "other", "question": {"en-US": fit(s, 300)}, "answer": {"en-US": answer},
             "keywords": {"en-US": [fit(s, 80), "hostile"]}, "related": [s, "plain"]},
            {"id": "plain", "topic": "other", "question": {"en-US": "How do I reset my password?"},
             "answer": {"en-US": format!("Read this first.\n\n{answer}\n\n- [help](https://help.example.com/)")}},
            {"id": "raw", "topic": s, "question": {"en-US": s, s: s}, "answer": {"en-US": s}},
        ],
        "checklists": {
            "other": [{"field": "account_id", "formats": [s, "digits"]}, {"field": "error_text"}, {"field": s}],
            s: [{"field": "amount"}],
        },
        "never_share": [{"en-US": fit(s, 120)}, {s: s}],
        "theme": {"accent": s, "position": s, "color_scheme": s, "z_index": s, "launcher_label": {"en-US": fit(s, 40)}},
        "messages": {"en-US": {"panel-title": fit(s, 2000), "panel-intro": format!("{} {{ $platform }}", fit(s, 1000))}, s: {"panel-title": s}},
        "status_url": s,
    })
}

fn parse_value(v: &Value) -> Result<config::Loaded, ConfigError> {
    // Through the text parser, as a fetched config goes.
    config::parse(&v.to_string())
}

/// Whether `host` is a loopback host name or a 127.x.y.z literal.
fn strictly_loopback(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    if host == "localhost" || host.ends_with(".localhost") || host == "[::1]" {
        return true;
    }
    // An IPv4 literal (127.0.0.1, or 127.1 as browsers also read it), not a name that starts with "127.".
    let parts: Vec<&str> = host.split('.').collect();
    (2..=4).contains(&parts.len()) && parts[0] == "127" && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A link the widget may show or open: https:, http: on loopback only,
/// mailto: with an address, tel: with a number; never a space or control.
fn url_problem(url: &str) -> Option<String> {
    if let Err(e) = links::check(url) {
        return Some(format!("{url:?} fails links::check: {e}"));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some(format!("{url:?} has a space or control character"));
    }
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("mailto:") || lower.starts_with("tel:") {
        return None;
    }
    if let Some(rest) = lower.strip_prefix("http://") {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = if authority.starts_with('[') {
            authority.split_inclusive(']').next().unwrap_or("")
        } else {
            authority.split(':').next().unwrap_or("")
        };
        if strictly_loopback(host) {
            return None;
        }
        return Some(format!("{url:?} is http: on a host that is not loopback ({host:?})"));
    }
    Some(format!("{url:?} is not https:, mailto: or tel:"))
}

/// Every URL a parsed config keeps, with where it came from.
fn urls_of(c: &Config) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let p = &c.platform;
    out.extend(p.official_origins.iter().map(|o| ("platform.official_origins".to_string(), o.clone())));
    out.extend(p.help_centre_url.iter().map(|u| ("platform.help_centre_url".to_string(), u.clone())));
    out.extend(p.account_freeze_url.iter().map(|u| ("platform.account_freeze_url".to_string(), u.clone())));
    out.extend(c.status_url.iter().map(|u| ("status_url".to_string(), u.clone())));
    for ch in &c.channels {
        let where_ = format!("channels[{}]", ch.id);
        match &ch.address {
            Address::Url(u) => out.push((where_, u.clone())),
            Address::Email(e) => out.push((where_, handoff::mailto(e, &Summary::default(), ""))),
            Address::Phone(n) => out.push((where_, handoff::tel(n))),
            Address::HostChat => {}
        }
    }
    for e in &c.faq {
        for (locale, answer) in e.answer.iter() {
            for href in hrefs(&markdown::parse(&answer)) {
                out.push((format!("faq[{}].answer.{locale}", e.id), href));
            }
        }
    }
    out
}

#[test]
fn the_corpus_is_read_as_documented() {
    let strings = corpus();
    let from_file = strings.len() - 2;
    assert!((150..=300).contains(&from_file), "{from_file} strings in the file");
    assert_eq!(decode(r"a\u{202e}b\tc\\u{41}\n\x"), "a\u{202e}b\tc\\u{41}\n\\x");
    let has = |c: char| strings.iter().any(|s| s.contains(c));
    for c in ['\0', '\t', '\n', '\r', '\u{202e}', '\u{2066}', '\u{2069}', '\u{200b}', '\u{feff}', '\u{200d}', '<', '漢'] {
        assert!(has(c), "the corpus has no {c:?}");
    }
    for needle in ["<script>", "onerror=", "javascript:", "JaVaScRiPt:", "java\tscript:", "data:text/html", "vbscript:", "<svg", "<iframe srcdoc", "expression(", "](javascript:", "![", "{ $x }", "{ -brand }", "%s%n{0}{{x}}", "__proto__", "NaN"] {
        assert!(strings.iter().any(|s| s.contains(needle)), "the corpus has no {needle:?}");
    }
    assert!(strings.iter().filter(|s| s.len() >= 100 * 1024).count() == 2);
    assert!(strings.iter().any(|s| s.starts_with('#')), "\\u{{23}} makes a string start with #");
}

#[test]
fn a_hostile_platform_name_is_kept_verbatim_or_refused_with_its_path() {
    each_string("platform.name", |s, problems| {
        let doc = json!({"platform": {"name": s, "help_centre_url": "https://help.example.com/"}});
        let trimmed = s.trim();
        let acceptable = !config::is_blank(trimmed) && trimmed.chars().count() <= 80;
        match (parse_value(&doc), acceptable) {
            (Ok(loaded), true) => {
                if loaded.config.platform.name != trimmed {
                    problems.push(format!("name became {:?}", loaded.config.platform.name));
                }
                if !loaded.issues.is_empty() {
                    problems.push(format!("unexpected issues: {:?}", loaded.issues));
                }
            }
            (Err(ConfigError::Unusable(issues)), false) => {
                if !issues.iter().any(|i| i.path == "platform.name" && i.severity == Severity::Error) {
                    problems.push(format!("refused without naming platform.name: {issues:?}"));
                }
                let message = ConfigError::Unusable(issues).to_string();
                // The value is shortened in messages: a 100 KB name does not flood the console.
                if message.chars().count() > 400 {
                    problems.push(format!("the error message is {} chars long", message.chars().count()));
                }
            }
            (Ok(loaded), false) => problems.push(format!("accepted as {:?}", loaded.config.platform.name)),
            (Err(e), _) => problems.push(format!("refused: {e}")),
        }
    });
}

#[test]
fn a_config_full_of_hostile_strings_keeps_texts_verbatim_and_only_allowed_links() {
    each_string("config", |s, problems| {
        let loaded = match parse_value(&config_with(s)) {
            Ok(l) => l,
            Err(e) => return problems.push(format!("the config was refused: {e}")),
        };
        for issue in &loaded.issues {
            let _ = issue.to_string();
            if issue.value.as_ref().is_some_and(|v| v.chars().count() > 61) {
                problems.push(format!("{}: the value shown is not shortened", issue.path));
            }
        }
        let c = &loaded.config;
        for (where_, url) in urls_of(c) {
            if let Some(p) = url_problem(&url) {
                problems.push(format!("{where_}: {p}"));
            }
        }
        // Free text is kept exactly as given (trimmed), never escaped or stripped.
        if c.platform.name != fit(s, 80) {
            problems.push(format!("platform.name became {:?}", c.platform.name));
        }
        let safe = c.channels.iter().find(|ch| ch.id == "safe");
        match safe.map(|ch| ch.label.get(&["en-US"])) {
            Some(Some((_, label))) if label == fit(s, 60) => {}
            other => problems.push(format!("channels[safe].label is {other:?}")),
        }
        match c.faq.iter().find(|e| e.id == "hostile") {
            Some(e) => {
                if e.question.get(&["en-US"]).map(|(_, q)| q).as_deref() != Some(fit(s, 300).as_str()) {
                    problems.push(format!("faq[hostile].question is {:?}", e.question.get(&["en-US"])));
                }
                if e.keywords.get("en-US").iter().next() != Some(fit(s, 80).as_str()) {
                    problems.push(format!("faq[hostile].keywords is {:?}", e.keywords.get("en-US").iter().collect::<Vec<_>>()));
                }
                if s.chars().count() <= 20_000 && !config::is_blank(s) && e.answer.get(&["en-US"]).map(|(_, a)| a).as_deref() != Some(s.trim()) {
                    problems.push("faq[hostile].answer is not the string".to_string());
                }
            }
            None if !config::is_blank(s) => problems.push("faq[hostile] was dropped".to_string()),
            None => {}
        }
        if c.never_share.first().and_then(|n| n.get(&["en-US"])).map(|(_, t)| t).as_deref() != Some(fit(s, 120).as_str()) {
            problems.push(format!("never_share[0] is {:?}", c.never_share.first()));
        }
        if c.theme.launcher_label.get(&["en-US"]).map(|(_, t)| t).as_deref() != Some(fit(s, 40).as_str()) {
            problems.push(format!("theme.launcher_label is {:?}", c.theme.launcher_label));
        }
        if let Some(accent) = &c.theme.accent {
            if !(accent.len() == 7 && accent.starts_with('#') && accent[1..].bytes().all(|b| b.is_ascii_hexdigit())) {
                problems.push(format!("theme.accent kept as {accent:?}"));
            }
        }
        // Ids only ever hold id characters (they end up in element ids and Fluent ids).
        let ids = c.channels.iter().map(|ch| &ch.id).chain(c.faq.iter().map(|e| &e.id)).chain(c.faq.iter().flat_map(|e| &e.related));
        for id in ids {
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_') {
                problems.push(format!("an id was kept as {id:?}"));
            }
        }
        for l in c.platform.locales.iter().chain(c.platform.default_locale.iter()) {
            if !l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                problems.push(format!("a locale was kept as {l:?}"));
            }
        }
        // Kept message overrides format without panicking.
        let l10n = Localizer::reference().with_overrides(&c.messages);
        let _ = l10n.format("panel-title", &[("platform", FluentValue::from(c.platform.name.as_str()))]);
        let _ = l10n.format("panel-intro", &[("platform", FluentValue::from(c.platform.name.as_str()))]);
        // And the model reaches the rest of the widget.
        let mut w = Widget::default();
        w.set_config(c.clone());
        w.page = Page::new(s);
        let _ = w.is_official_site();
        let _ = w.offered_locales();
    });
}

// ---------------------------------------------------------------- Markdown

fn all_inlines(blocks: &[Block]) -> Vec<&Inline> {
    let mut out = Vec::new();
    signpost::markdown::each_inline(blocks, &mut |i| out.push(i));
    out
}

fn hrefs(blocks: &[Block]) -> Vec<String> {
    all_inlines(blocks)
        .into_iter()
        .filter_map(|i| match i {
            Inline::Link { href, .. } => Some(href.clone()),
            _ => None,
        })
        .collect()
}

/// `s` without its link destinations (`](` up to the first `)`), which the
/// renderer drops whether it keeps the link or not.
fn without_destinations(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("](") {
        out.push_str(&rest[..i + 1]);
        let after = &rest[i + 2..];
        rest = after.find(')').map_or("", |j| &after[j + 1..]);
    }
    out.push_str(rest);
    out
}

/// The tree as the view draws it: elements for the subset, everything else
/// as escaped text. Used to state "no raw HTML" in terms of HTML.
fn to_html(blocks: &[Block]) -> String {
    fn esc(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    }
    fn inl(out: &mut String, items: &[Inline]) {
        for i in items {
            match i {
                Inline::Text { text, .. } => out.push_str(&esc(text)),
                Inline::Code { text, .. } => out.push_str(&format!("<code>{}</code>", esc(text))),
                Inline::Strong(c) => (out.push_str("<strong>"), inl(out, c), out.push_str("</strong>")).1,
                Inline::Emphasis(c) => (out.push_str("<em>"), inl(out, c), out.push_str("</em>")).1,
                Inline::Link { href, children } => {
                    out.push_str(&format!("<a href=\"{}\">", esc(href)));
                    inl(out, children);
                    out.push_str("</a>");
                }
            }
        }
    }
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Paragraph(c) => (out.push_str("<p>"), inl(&mut out, c), out.push_str("</p>")).1,
            Block::List { ordered, items, .. } => {
                let tag = if *ordered { "ol" } else { "ul" };
                out.push_str(&format!("<{tag}>"));
                for item in items {
                    out.push_str("<li>");
                    inl(&mut out, item);
                    out.push_str("</li>");
                }
                out.push_str(&format!("</{tag}>"));
            }
        }
    }
    out
}

#[test]
fn markdown_keeps_hostile_markup_as_text_and_links_within_the_allow_list() {
    each_string("markdown", |s, problems| {
        let blocks = markdown::parse(s);
        if blocks != markdown::parse(s) {
            problems.push("parsing is not deterministic".into());
        }
        for i in all_inlines(&blocks) {
            match i {
                Inline::Text { text, source: Some(r) } | Inline::Code { text, source: Some(r) }
                    if s.get(r.clone()) != Some(text.as_str()) =>
                {
                    problems.push(format!("text {text:?} does not come from {r:?}"));
                }
                Inline::Link { href, children } => {
                    if let Some(p) = url_problem(href) {
                        problems.push(format!("link: {p}"));
                    }
                    if children.is_empty() {
                        problems.push(format!("link to {href:?} has no text"));
                    }
                }
                _ => {}
            }
        }
        // No markup disappears or becomes structure: every "<" outside link
        // destinations is still in the visible text.
        let plain = markdown::plain_text(&blocks);
        let lt = |t: &str| t.matches('<').count();
        if lt(&plain) < lt(&without_destinations(s)) || lt(&plain) > lt(s) {
            problems.push(format!("{} '<' in the source ({} outside links), {} in the text", lt(s), lt(&without_destinations(s)), lt(&plain)));
        }
        // In HTML terms: only the subset's elements, only href attributes, only allowed hrefs.
        let html = to_html(&blocks);
        let mut rest = html.as_str();
        while let Some(i) = rest.find('<') {
            let tag_end = rest[i..].find('>').map_or(rest.len(), |j| i + j);
            let tag = &rest[i + 1..tag_end];
            let name = tag.trim_start_matches('/').split(' ').next().unwrap_or("");
            if !["p", "ul", "ol", "li", "strong", "em", "code", "a"].contains(&name) {
                problems.push(format!("element <{name}> in the rendered answer"));
            }
            if tag.contains(' ') && !(name == "a" && tag.starts_with("a href=\"") && tag.matches('"').count() == 2) {
                problems.push(format!("attributes in <{tag}>"));
            }
            rest = &rest[tag_end..];
        }
    });
}

// ---------------------------------------------------------------- Fluent

/// Messages and the variables they take, as the views pass them.
const MESSAGES: &[(&str, &[&str])] = &[
    ("panel-title", &["platform"]),
    ("panel-intro", &["platform"]),
    ("home-contact-hint", &["platform"]),
    ("never-share-body", &["platform"]),
    ("unofficial-site-title", &["platform"]),
    ("unofficial-help-centre", &["platform"]),
    ("secret-phrase", &["platform"]),
    ("secret-key", &["platform"]),
    ("summary-subject", &["platform", "topic", "urgency"]),
    ("advisor-updated", &["channel"]),
    ("escalate", &["channel"]),
    ("advisor-continue", &["channel"]),
    ("handoff-title", &["channel"]),
    ("handoff-open", &["channel"]),
    ("handoff-done", &["channel"]),
    ("handoff-call", &["number"]),
    ("language-changed", &["language"]),
    ("field-invalid-format", &["formats"]),
];

/// Every shipped locale, each alone in front of the compiled-in en-US.
fn localizers() -> Vec<(String, Localizer)> {
    i18n::SHIPPED
        .iter()
        .map(|l| {
            let path = format!("{}/locales/{l}/signpost.ftl", env!("CARGO_MANIFEST_DIR"));
            let source = std::fs::read_to_string(path).unwrap();
            let (localizer, errors) = Localizer::new(vec![(l.to_string(), source)]);
            assert!(errors.is_empty(), "{l}: {errors:?}");
            (l.to_string(), localizer)
        })
        .collect()
}

/// The char index of the PDI that closes the isolate opened at `open`
/// (an FSI, LRI or RLI), as the Unicode Bidirectional Algorithm (BD9)
/// matches them; `None` if it stays open to the end of the text.
fn matching_pdi(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, c) in chars.iter().enumerate().skip(open + 1) {
        match c {
            '\u{2066}' | '\u{2067}' | '\u{2068}' => depth += 1,
            '\u{2069}' if depth == 0 => return Some(k),
            '\u{2069}' => depth -= 1,
            c if is_paragraph_separator(*c) => return None,
            _ => {}
        }
    }
    None
}

/// Bidi class B: where the Unicode Bidirectional Algorithm ends a paragraph (and every isolate).
fn is_paragraph_separator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{1c}'..='\u{1e}' | '\u{85}' | '\u{2029}')
}

/// What a message shows of a variable, isolation marks aside: the text,
/// with paragraph separators read as spaces.
fn as_in_a_message(s: &str) -> String {
    i18n::strip_isolation(s).chars().map(|c| if is_paragraph_separator(c) { ' ' } else { c }).collect()
}

#[test]
fn fluent_isolates_hostile_variables_in_every_locale() {
    let localizers = localizers();
    each_string("fluent", |s, problems| {
        let plain_s = as_in_a_message(s);
        // Every string in the reference locale and in a right-to-left one; in
        // the other translations (where only the words around the variable
        // differ) the short strings with bidi controls, separators or Fluent syntax.
        let tricky = s.len() < 10_000 && s.chars().any(|c| is_paragraph_separator(c) || matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '{' | '}' | '$'));
        for (locale, l10n) in localizers.iter().filter(|(l, _)| tricky || l == "en-US" || l == "ar") {
            for (id, vars) in MESSAGES {
                let args: Vec<(&str, FluentValue)> = vars.iter().map(|v| (*v, FluentValue::from(s))).collect();
                let out = l10n.format(id, &args);
                if out.is_empty() {
                    problems.push(format!("{locale} {id}: empty"));
                    continue;
                }
                // The value is there, untouched: "{ $x }" in it is not a placeable.
                let stripped = i18n::strip_isolation(&out);
                if !stripped.contains(&plain_s) {
                    problems.push(format!("{locale} {id}: the value is not in {}", show(&out)));
                    continue;
                }
                // Each occurrence is wrapped in FSI…PDI, and that isolate
                // closes exactly where the value ends: the value cannot close
                // it early (a stray PDI) or keep it open past its end.
                let chars: Vec<char> = out.chars().collect();
                let mut isolated = 0;
                for (k, c) in chars.iter().enumerate() {
                    if *c != FSI {
                        continue;
                    }
                    let Some(end) = matching_pdi(&chars, k) else {
                        problems.push(format!("{locale} {id}: an isolate is never closed in {}", show(&out)));
                        break;
                    };
                    let inside: String = chars[k + 1..end].iter().collect();
                    if i18n::strip_isolation(&inside) == plain_s {
                        isolated += 1;
                    }
                }
                if isolated < vars.len().min(1) && !out.is_empty() {
                    problems.push(format!("{locale} {id}: the value is not isolated in {}", show(&out)));
                }
            }
        }
    });
}

// ---------------------------------------------------------------- search

/// Marks are sorted, apart, non-empty, inside `text` and on char boundaries.
fn marks_problem(text: &str, marks: &[Range<usize>]) -> Option<String> {
    let mut last_end = None;
    for m in marks {
        if m.start >= m.end || m.end > text.len() || !text.is_char_boundary(m.start) || !text.is_char_boundary(m.end) {
            return Some(format!("bad mark {m:?} in a text of {} bytes", text.len()));
        }
        if last_end.is_some_and(|e| m.start <= e) {
            return Some(format!("marks overlap or touch: {marks:?}"));
        }
        last_end = Some(m.end);
    }
    None
}

/// The hits for `query`, each with the marks of its question.
fn search_problems(faq: &[FaqEntry], index: &Index, query: &str, problems: &mut Vec<String>) -> Vec<(faq::Hit, Vec<Range<usize>>)> {
    let found = index.search(query, None);
    let mut hits = Vec::new();
    for hit in &found.hits {
        let Some(shown) = faq.get(hit.entry).and_then(|e| index.show(e)) else {
            problems.push(format!("hit for entry {} that is not shown", hit.entry));
            continue;
        };
        let marks = index.question_marks(&found, &shown.question);
        if let Some(p) = marks_problem(&shown.question, &marks) {
            problems.push(format!("query {}: question marks: {p}", show(query)));
        }
        if let Some(p) = marks_problem(&shown.answer, &index.answer_marks(&found, &shown.answer)) {
            problems.push(format!("query {}: answer marks: {p}", show(query)));
        }
        hits.push((hit.clone(), marks));
    }
    hits
}

fn demo_config() -> Config {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/demo/signpost.json")).unwrap();
    config::parse(&text).unwrap().config
}

#[test]
fn faq_search_with_hostile_queries_and_entries_highlights_on_char_boundaries() {
    let demo = demo_config();
    let demo_index = Index::build(&demo.faq, &["en-US"]);
    each_string("search", |s, problems| {
        // A hostile query against the platform's real FAQ, and as it is being typed.
        search_problems(&demo.faq, &demo_index, s, problems);
        let mut typed = 0;
        for (k, _) in s.char_indices().skip(1).take(48) {
            search_problems(&demo.faq, &demo_index, &s[..k], problems);
            typed += 1;
        }
        let _ = typed;
        // Hostile entries, searched for by themselves and by ordinary words.
        let Ok(loaded) = parse_value(&config_with(s)) else {
            return problems.push("the config was refused".into());
        };
        let faq = &loaded.config.faq;
        for chain in [&["en-US"][..], &["ar", "en-US"][..]] {
            let index = Index::build(faq, chain);
            let hits = search_problems(faq, &index, s, problems);
            for q in ["password", "reset", "hostile", "read this", "x", "script", "javascript"] {
                search_problems(faq, &index, q, problems);
            }
            // An entry whose question is the query is found, with its words marked.
            let hostile = faq.iter().position(|e| e.id == "hostile");
            let has_words = faq::fold(s).chars().any(char::is_alphanumeric);
            if let (Some(h), true, true) = (hostile, has_words, s.chars().count() <= 300) {
                match hits.iter().find(|(hit, _)| hit.entry == h) {
                    None => problems.push(format!("{chain:?}: searching for the question does not find it")),
                    Some((_, marks)) if marks.is_empty() => {
                        problems.push(format!("{chain:?}: nothing marked in the question"))
                    }
                    Some(_) => {}
                }
            }
        }
    });
}

// ---------------------------------------------------------------- hand-off

fn percent_decode(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3).ok_or("a % without two hex digits")?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| format!("%{hex} is not hexadecimal"))?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "not UTF-8 once decoded".to_string())
}

/// The query parameters of a link, decoded.
fn query_params(link: &str) -> Result<Vec<(String, String)>, String> {
    let query = link.split_once('?').map_or("", |(_, q)| q);
    let query = query.split('#').next().unwrap_or("");
    query
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').ok_or(format!("{kv:?} has no ="))?;
            Ok((percent_decode(k)?, percent_decode(v)?))
        })
        .collect()
}

/// Whether `got` is `full`, or a prefix of it followed by the truncation note.
fn same_or_cut(got: &str, full: &str, note: &str) -> bool {
    if got == full {
        return true;
    }
    let tail = format!("\n\n{note}");
    let head = got.strip_suffix(tail.as_str()).unwrap_or(got);
    full.starts_with(head)
}

fn mailto_problems(link: &str, address: &str, summary: &Summary, note: &str, problems: &mut Vec<String>) {
    let expected_start = format!("mailto:{}?", address.replace('+', "%2B"));
    if !link.starts_with(&expected_start) && link != format!("mailto:{address}") {
        problems.push(format!("mailto starts {:?}", link.chars().take(60).collect::<String>()));
    }
    match links::check(link) {
        Ok(LinkKind::Mail) => {}
        other => problems.push(format!("mailto link is {other:?}")),
    }
    if link.len() > handoff::MAX_MAILTO_LEN {
        problems.push(format!("mailto link is {} bytes", link.len()));
    }
    if let Some(c) = link.chars().find(|c| !(c.is_ascii_alphanumeric() || "-._~%@?=&:".contains(*c))) {
        problems.push(format!("mailto link has a raw {c:?}"));
    }
    match query_params(link) {
        Err(e) => problems.push(format!("mailto query: {e}")),
        Ok(params) => {
            for (k, v) in &params {
                match k.as_str() {
                    "subject" => {
                        if v.contains(['\r', '\n']) {
                            problems.push(format!("the subject header has a line break: {v:?}"));
                        }
                        let one_line: String = summary.subject.chars().map(|c| if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') { ' ' } else { c }).collect();
                        if !one_line.starts_with(v.as_str()) {
                            problems.push(format!("subject {v:?} is not the summary's {:?}", summary.subject));
                        }
                    }
                    "body" => {
                        if v.replace("\r\n", "").contains(['\r', '\n']) {
                            problems.push("a line break in the body is not CRLF".into());
                        }
                        if !same_or_cut(&v.replace("\r\n", "\n"), &summary.text(), note) {
                            problems.push("the body is not the summary text".into());
                        }
                    }
                    other => problems.push(format!("unexpected parameter {other:?}")),
                }
            }
        }
    }
}

#[test]
fn handoff_links_built_from_hostile_text_are_valid() {
    let note = "(shortened)";
    let l10n = Localizer::reference();
    each_string("handoff", |s, problems| {
        let Ok(loaded) = parse_value(&config_with(s)) else {
            return problems.push("the config was refused".into());
        };
        let c = loaded.config;
        let mut w = Widget::default();
        w.set_config(c.clone());
        w.page = Page::new(&format!("https://help.example.com/{s}"));
        w.choose_channel("safe");
        w.draft.description = s.to_string();
        w.draft.fields.insert(FieldKind::AccountId, s.to_string());
        w.draft.fields.insert(FieldKind::ErrorText, s.to_string());
        let channel_name = c.channels[0].label.get(&["en-US"]).map_or("Email".into(), |(_, l)| l).to_string();
        let summary = w.summary(&channel_name, &l10n);
        if summary.subject.contains([FSI, PDI]) {
            problems.push("the subject keeps isolation marks".into());
        }
        if !as_in_a_message(&summary.subject).contains(&as_in_a_message(&c.platform.name)) {
            problems.push(format!("the subject {:?} does not name the platform", summary.subject));
        }
        let text = summary.text();
        if !s.trim().is_empty() && !text.contains(&s.trim().replace("\r\n", "\n").replace('\r', "\n")) {
            problems.push("the summary text lost the description".into());
        }
        // The e-mail channel, with a plain address and with whatever address the config kept.
        mailto_problems(&handoff::mailto("support@example.com", &summary, note), "support@example.com", &summary, note, problems);
        for ch in &c.channels {
            match &ch.address {
                Address::Email(a) => {
                    let link = handoff::mailto(a, &summary, note);
                    if let Some(p) = url_problem(&link) {
                        problems.push(format!("channels[{}]: {p}", ch.id));
                    }
                }
                Address::Phone(n) => {
                    if links::check(&handoff::tel(n)) != Ok(LinkKind::Phone) {
                        problems.push(format!("channels[{}]: tel link {:?}", ch.id, handoff::tel(n)));
                    }
                }
                Address::Url(u) => {
                    let link = handoff::with_summary(u, &ch.summary_params, &summary, note);
                    if let Some(p) = url_problem(&link) {
                        problems.push(format!("channels[{}]: {p}", ch.id));
                    }
                    if link.len() > handoff::MAX_URL_LEN.max(u.len()) {
                        problems.push(format!("channels[{}]: link of {} bytes", ch.id, link.len()));
                    }
                    if !link.starts_with(u.split('#').next().unwrap_or(u)) {
                        problems.push(format!("channels[{}]: the link does not start with the channel's URL", ch.id));
                    }
                }
                Address::HostChat => {}
            }
        }
        // A form that takes the summary in its own parameters.
        let params = SummaryParams { subject: Some("s".into()), body: Some("b".into()) };
        let link = handoff::with_summary("https://help.example.com/form?x=1#top", &params, &summary, note);
        if let Some(p) = url_problem(&link) {
            problems.push(format!("form: {p}"));
        }
        if !link.starts_with("https://help.example.com/form?x=1&") || !link.ends_with("#top") || link.len() > handoff::MAX_URL_LEN {
            problems.push(format!("form link {}", show(&link)));
        }
        // Arabic labels around it change nothing.
        let (ar, _) = Localizer::new(vec![("ar".into(), std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/ar/signpost.ftl")).unwrap())]);
        let summary_ar = w.summary(&channel_name, &ar);
        mailto_problems(&handoff::mailto("support@example.com", &summary_ar, note), "support@example.com", &summary_ar, note, problems);
    });
}

// ---------------------------------------------------------------- what the user types

#[test]
fn typed_hostile_text_is_checked_and_kept_without_panic() {
    each_string("typed", |s, problems| {
        for kind in FieldKind::ALL {
            for formats in [vec![], config::FORMATS.iter().map(|f| f.to_string()).collect::<Vec<_>>()] {
                let field = ChecklistField { kind: *kind, formats };
                let result = checklist::check(&field, s, 1_760_000_000_000);
                let too_long = s.chars().count() > checklist::MAX_LEN;
                if too_long != (result == Err(checklist::Problem::TooLong)) {
                    problems.push(format!("{kind:?}: {result:?} for {} chars", s.chars().count()));
                }
            }
        }
        let _ = secrets::find(s);
        let _ = secrets::remove(s);
        let draft = Draft {
            fields: FieldKind::ALL.iter().map(|k| (*k, s.to_string())).collect(),
            description: s.to_string(),
            not_secret: None,
        };
        let back = Draft::from_json(&draft.to_json());
        let kept_fields: Vec<_> = draft.fields.iter().filter(|(_, v)| !v.is_empty()).collect();
        if back.fields.iter().collect::<Vec<_>>() != kept_fields {
            problems.push("the draft's fields do not survive storage".into());
        }
        if draft.blocking_secret().is_none() && back.description != draft.description {
            problems.push("the draft's description does not survive storage".into());
        }
    });
}

// ---------------------------------------------------------------- the checks themselves

/// The checks above would see the problems they look for.
#[test]
fn the_checks_catch_what_they_look_for() {
    for bad in ["javascript:window.pwned=1", "data:text/html,x", "http://127.0.0.1.evil.example/", "http://example.com/", "//evil.example", "mailto:nobody"] {
        assert!(url_problem(bad).is_some(), "{bad}");
    }
    for good in ["https://help.example.com/", "http://127.0.0.1:8080/", "http://localhost/", "mailto:a@b.example", "tel:+12025550123"] {
        assert_eq!(url_problem(good), None, "{good}");
    }
    assert!(marks_problem("é", &[0..1, 2..2]).is_some(), "inside a char");
    assert!(marks_problem("abc", &[0..2, 1..3]).is_some(), "overlapping");
    assert!(marks_problem("abc", &[0..1, 2..4]).is_some(), "past the end");
    assert_eq!(marks_problem("é a", &[0..2, 3..4]), None);
    let isolated: Vec<char> = "x \u{2068}\u{2069}\u{202e}y\u{2069} z".chars().collect();
    assert_eq!(matching_pdi(&isolated, 2), Some(3), "a stray PDI closes the isolate early");
    let open: Vec<char> = "\u{2068}\u{2067}y\u{2069} z".chars().collect();
    assert_eq!(matching_pdi(&open, 0), None);
    let summary = Summary { subject: "a\nb".into(), ..Summary::default() };
    let mut problems = Vec::new();
    mailto_problems("mailto:support@example.com?subject=a%0Ab", "support@example.com", &summary, "", &mut problems);
    assert!(problems.iter().any(|p| p.contains("line break")), "{problems:?}");
    problems.clear();
    mailto_problems("mailto:support@example.com?subject=a b", "support@example.com", &summary, "", &mut problems);
    assert!(problems.iter().any(|p| p.contains("raw ' '")), "{problems:?}");
    assert_eq!(without_destinations("a [x](javascript:<b>) <i>"), "a [x] <i>");
    assert!(same_or_cut("abc\n\nnote", "abcdef", "note") && !same_or_cut("abd", "abcdef", "note"));
}
