//! Inputs that `make fuzz` (fuzz/, cargo-fuzz) found to break a promise of
//! a pure module, kept as native tests so that the bug stays fixed. Each
//! test names its fuzz target; the input is also in fuzz/corpus/<target>/.

use signpost::config::{self, Severity};
use signpost::links::{self, LinkError};
use signpost::markdown::{self, Block, Inline};

/// markdown (and config): `links::check` sliced past the end of an `https://[`
/// host with no closing bracket, and panicked.
#[test]
fn unclosed_ipv6_bracket_is_refused_not_a_panic() {
    assert_eq!(links::check("https://[b.example"), Err(LinkError::NoHost));
    assert_eq!(links::check("https://["), Err(LinkError::NoHost));
    assert_eq!(links::check("http://[::1"), Err(LinkError::NoHost));
    assert_eq!(links::normalise_origin("https://[::1"), None);
    assert_eq!(links::check("https://[::1]:8443/"), Ok(links::LinkKind::Web));

    // The input the markdown target saved: the link with the bad host is
    // refused and shown as its text (and, as after any `](`, the outer
    // brackets stay text too).
    let source = "[a [b](https://[b.exampl#e) c](https://c.example) ![alt](https://a.example/i.png)";
    let blocks = markdown::parse(source);
    let mut links = 0;
    for block in &blocks {
        if let Block::Paragraph(inlines) = block {
            links += inlines.iter().filter(|i| matches!(i, Inline::Link { .. })).count();
        }
    }
    assert_eq!(links, 0, "{blocks:?}");
    assert_eq!(markdown::plain_text(&blocks), "[a b c](https://c.example) ![alt](https://a.example/i.png)");

    // The same URL in a config is an error on that field, not a crash.
    let loaded = config::parse(r#"{"platform": {"name": "X", "help_centre_url": "https://[x"}, "channels": [
        {"id": "web", "kind": "ticket", "url": "https://tickets.example/", "hours": "always"}]}"#)
    .expect("usable");
    assert_eq!(loaded.config.platform.help_centre_url, None);
    assert!(loaded.issues.iter().any(|i| i.path == "platform.help_centre_url" && i.severity == Severity::Error));
}

/// config: an FAQ entry related to an entry that was itself left out (here
/// for a malformed language tag) kept that id, so `related` named an entry
/// that is not in the config.
#[test]
fn related_ids_of_left_out_entries_are_dropped() {
    let text = r#"{"platform": {"name": "Kestrel Markets"}, "faq": [
        {"id": "locked", "topic": "account_access", "question": {"en-US": "My account is locked"},
         "answer": {"en-US": "Reset your password."}, "related": ["fees"]},
        {"id": "fees", "topic": "fees", "question": {"e\ufffdn-US": "What are the fees?"}, "answer": {"en-US": "See the table."}}
    ]}"#;
    let loaded = config::parse(text).expect("usable");
    let faq = &loaded.config.faq;
    assert_eq!(faq.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["locked"]);
    assert!(faq[0].related.is_empty(), "{:?}", faq[0].related);
    let issue = loaded.issues.iter().find(|i| i.path == "faq[0].related").expect("a warning for the related id");
    assert_eq!(issue.severity, Severity::Warning);
    assert_eq!(issue.to_string(), r#"faq[0].related: "fees" is the id of an FAQ entry that was left out, and was ignored"#);
}
