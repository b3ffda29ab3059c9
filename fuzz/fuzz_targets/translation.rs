//! An FAQ translation file (`faq_translations`) on any text, read into a
//! small FAQ. Only the file's language may change, and only to usable
//! texts; read in pieces, it must give the same or leave it to the whole read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signpost::config::{self, Pieces, Translation};
use signpost::model::FaqEntry;

const TAG: &str = "zh-CN";

fn faq() -> Vec<FaqEntry> {
    let text = r#"{ "platform": { "name": "P" }, "faq": [
        { "id": "a", "topic": "fees", "question": { "en-US": "Fees?", "zh-CN": "费用？" }, "answer": { "en-US": "Low." },
          "keywords": { "en-US": ["fee"] } },
        { "id": "b-2", "topic": "other", "question": { "en-US": "Other?" }, "answer": { "en-US": "Yes.", "de": "Ja." } } ] }"#;
    config::parse(text).unwrap().config.faq
}

fn without_tag(faq: &[FaqEntry]) -> Vec<FaqEntry> {
    let mut faq = faq.to_vec();
    for e in &mut faq {
        e.question.retain(&|t| t != TAG);
        e.answer.retain(&|t| t != TAG);
        e.keywords.retain(&|t| t != TAG);
    }
    faq
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let before = faq();
    let mut whole = before.clone();
    let result = config::translate(&mut whole, TAG, &text);
    assert_eq!(without_tag(&whole), without_tag(&before), "a text in another language changed");
    for e in &whole {
        for (tag, t) in e.question.iter().chain(e.answer.iter()).filter(|(tag, _)| *tag == TAG) {
            assert!(!t.is_empty() && t == t.trim(), "{tag}: an empty or untrimmed text kept");
        }
        if let Some((_, answer)) = e.answer.get(&[TAG]) {
            assert!(answer.chars().count() <= 20_000, "an answer over 20,000 characters");
            signpost_fuzz::check_markdown(&answer);
        }
        for w in &e.keywords.get(TAG) {
            assert!(!w.is_empty() && w.chars().count() <= 80, "keyword {w:?}");
        }
    }
    if let Ok(issues) = &result {
        issues.iter().for_each(|i| assert!(!i.path.is_empty(), "an issue without a path: {i:?}"));
    }
    let mut pieces = Pieces::translating(Translation::new(before.clone(), TAG));
    for chunk in text.as_bytes().chunks(1 + data.len() % 13) {
        if !pieces.feed(chunk) {
            break;
        }
    }
    if let Ok(read) = pieces.into_translation() {
        let (faq, issues) = read.finish();
        assert_eq!(Ok(issues), result, "Pieces and the whole read disagree on the issues");
        assert_eq!(faq, whole, "Pieces and the whole read disagree on the texts");
    }
});
