//! The config parser and validator on any text. When a config comes out,
//! it must keep the model's invariants (links allowed, ids unique, texts
//! non-empty, tags canonical, overrides usable), and the FAQ built from it
//! must search cleanly. Read in pieces, it must give the same or nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signpost::config::{self, ConfigError, Severity};
use signpost::faq::Index;
use signpost::i18n::{self, Localizer};
use signpost::links::{self, LinkKind};
use signpost::model::{Address, Localized};
use std::collections::BTreeSet;

fn canonical_tag(tag: &str) -> bool {
    tag.parse::<unic_langid::LanguageIdentifier>().is_ok_and(|id| id.to_string() == tag && id.language.as_str() != "und")
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'_')
}

fn check_text(t: &str, max: usize, what: &str) {
    assert!(!t.is_empty(), "{what}: empty text kept");
    assert_eq!(t, t.trim(), "{what}: text not trimmed");
    assert!(t.chars().count() <= max, "{what}: text longer than {max}");
}

fn check_localized(l: &Localized, max: usize, what: &str) {
    for (tag, text) in l.iter() {
        assert!(canonical_tag(tag), "{what}: tag {tag:?} is not a canonical language tag");
        check_text(&text, max, what);
    }
}

fn web(url: &str, what: &str) {
    assert_eq!(links::check(url), Ok(LinkKind::Web), "{what}: {url:?} is not an allowed web link");
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let result = config::parse(&text);
    // The JS API's boot(config) path gives the same answer.
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
        assert_eq!(config::from_value(&value), result, "parse and from_value disagree");
    }
    // A large config is read in pieces: what they give (if anything) is the same.
    let mut pieces = config::Pieces::new(None);
    for chunk in text.as_bytes().chunks(1 + data.len() % 13) {
        if !pieces.feed(chunk) {
            break;
        }
    }
    if let Some(in_pieces) = pieces.finish() {
        assert_eq!(in_pieces, result, "Pieces and parse disagree");
    }
    let loaded = match result {
        Ok(loaded) => loaded,
        Err(ConfigError::NotJson { line, .. }) => {
            assert!(line >= 1 || text.is_empty(), "NotJson without a line");
            return;
        }
        Err(e @ ConfigError::Unusable(_)) => {
            let ConfigError::Unusable(issues) = &e else { unreachable!() };
            assert!(issues.iter().any(|i| i.severity == Severity::Error), "refused without an error: {issues:?}");
            let _ = e.to_string();
            return;
        }
    };
    for issue in &loaded.issues {
        assert!(!issue.path.is_empty(), "an issue without a path: {issue:?}");
        let _ = issue.to_string();
    }
    let c = &loaded.config;

    check_text(&c.platform.name, 80, "platform.name");
    for o in &c.platform.official_origins {
        assert_eq!(links::normalise_origin(o).as_deref(), Some(o.as_str()), "origin {o:?} not normalised");
        assert!(links::check(o).is_ok(), "origin {o:?} not an allowed link");
    }
    for (url, what) in [
        (&c.platform.help_centre_url, "help_centre_url"),
        (&c.platform.account_freeze_url, "account_freeze_url"),
        (&c.status_url, "status_url"),
    ] {
        if let Some(url) = url {
            web(url, what);
        }
    }
    for (tag, url) in &c.faq_translations {
        assert!(canonical_tag(tag), "faq_translations tag {tag:?} not canonical");
        assert!(links::is_relative_path(url) || links::check(url) == Ok(LinkKind::Web), "faq_translations.{tag}: {url:?}");
    }
    for tag in c.platform.default_locale.iter().chain(&c.platform.locales) {
        assert!(canonical_tag(tag), "platform locale {tag:?} not canonical");
    }
    assert!(
        !c.channels.is_empty() || !c.faq.is_empty() || c.platform.help_centre_url.is_some(),
        "a config with no help to offer was accepted"
    );

    let mut ids = BTreeSet::new();
    for ch in &c.channels {
        assert!(is_id(&ch.id) && ids.insert(ch.id.clone()), "channel id {:?} bad or repeated", ch.id);
        check_localized(&ch.label, 60, "channel label");
        match &ch.address {
            Address::Url(u) => web(u, "channel url"),
            Address::HostChat => {}
            Address::Phone(n) => {
                let digits = n.strip_prefix('+').unwrap_or_else(|| panic!("phone {n:?} without +"));
                assert!((8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()), "phone {n:?} not E.164");
                assert!(links::check(&format!("tel:{n}")).is_ok(), "phone {n:?} is no tel: link");
            }
            Address::Email(e) => {
                assert!(links::check(&format!("mailto:{e}")).is_ok(), "email {e:?} is no mailto: link");
            }
        }
        for tag in &ch.languages {
            assert!(canonical_tag(tag), "channel language {tag:?} not canonical");
        }
    }

    let faq_ids: BTreeSet<&str> = c.faq.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(faq_ids.len(), c.faq.len(), "FAQ ids repeated");
    for e in &c.faq {
        assert!(is_id(&e.id), "FAQ id {:?}", e.id);
        assert!(!e.question.is_empty() && !e.answer.is_empty(), "FAQ {} without text", e.id);
        check_localized(&e.question, 300, "question");
        check_localized(&e.answer, 20_000, "answer");
        for r in &e.related {
            assert!(faq_ids.contains(r.as_str()), "FAQ {} relates to unknown {r:?}", e.id);
        }
        for (tag, words) in e.keywords.iter() {
            assert!(canonical_tag(tag), "keyword tag {tag:?}");
            words.iter().for_each(|w| check_text(w, 80, "keyword"));
        }
        for (_, answer) in e.answer.iter() {
            signpost_fuzz::check_markdown(&answer);
        }
    }
    for item in &c.never_share {
        assert!(!item.is_empty(), "an empty never_share item kept");
        check_localized(item, 120, "never_share");
    }
    if let Some(a) = &c.theme.accent {
        assert_eq!(config::parse_hex_colour(a).as_deref(), Some(a.as_str()), "accent {a:?} not #rrggbb");
        assert_eq!(a.len(), 7, "accent {a:?} not #rrggbb");
    }
    assert!(c.theme.z_index.is_none_or(|z| z >= 0), "negative z_index");
    check_localized(&c.theme.launcher_label, 40, "launcher_label");

    let known = i18n::reference_ids();
    for (locale, messages) in &c.messages {
        assert!(canonical_tag(locale), "messages locale {locale:?}");
        for (id, text) in messages {
            assert!(known.contains(id.as_str()), "override of unknown message {id:?}");
            assert!(i18n::check_override(locale, id, text).is_empty(), "override {id:?} kept with problems");
        }
    }

    // What the widget does next with a config: its overrides and its FAQ.
    if !c.messages.is_empty() {
        let chain: Vec<(String, String)> = c.messages.keys().map(|l| (l.clone(), String::new())).collect();
        let (l10n, _) = Localizer::new(chain);
        let l10n = l10n.with_overrides(&c.messages);
        for messages in c.messages.values() {
            for id in messages.keys() {
                let _ = l10n.format(id, &[("platform", c.platform.name.as_str().into())]);
            }
        }
    }
    if !c.faq.is_empty() {
        let mut chain: Vec<&str> = c.platform.default_locale.iter().map(String::as_str).collect();
        chain.push("en-US");
        let index = Index::build(&c.faq, &chain);
        let first_question = index.entries().first().and_then(|&k| index.show(&c.faq[k])).map(|s| s.question.into_owned()).unwrap_or_default();
        for query in [first_question.as_str(), c.platform.name.as_str(), "password", "密码"] {
            signpost_fuzz::check_search(&c.faq, &index, query);
        }
    }
});
