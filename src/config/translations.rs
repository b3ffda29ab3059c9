//! translations: an FAQ's texts in one more language, from a file of its
//! own (the config's `faq_translations`), so that a user downloads the
//! languages they read and no others.
//!
//! A file is an object keyed by FAQ entry id:
//! `{ "withdrawal-pending": { "question": "…", "answer": "…", "keywords": ["…"] } }`.
//! It is read entry by entry as the text is parsed (like the config's own
//! FAQ, see `stream`), never held as one JSON tree.

use super::validate::{Translated, Validator};
use super::{not_json, ConfigError, Issue};
use crate::model::FaqEntry;
use serde::de::{self, MapAccess, Visitor};
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;

/// Reads the translation file `text` for the language `tag` into `faq`:
/// each entry's texts in `tag` are replaced by the file's. Returns what was
/// wrong in it (paths start with the entry id), or why none of it is usable.
pub fn translate(faq: &mut [FaqEntry], tag: &str, text: &str) -> Result<Vec<Issue>, ConfigError> {
    let ids: HashMap<String, usize> = faq.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
    let mut reader = Reader { faq, ids, tag, v: Validator::default() };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    match de::Deserializer::deserialize_map(&mut deserializer, &mut reader).and_then(|()| deserializer.end()) {
        Ok(()) => Ok(reader.v.issues),
        // Valid JSON, but not an object: say so, as the config does.
        Err(e) if e.is_data() => {
            let value: Value = serde_json::from_str(text).map_err(not_json)?;
            let mut v = Validator::default();
            v.object("(root)", &value);
            Err(ConfigError::Unusable(v.issues))
        }
        Err(e) => Err(not_json(e)),
    }
}

struct Reader<'a> {
    faq: &'a mut [FaqEntry],
    ids: HashMap<String, usize>,
    tag: &'a str,
    v: Validator,
}

impl Reader<'_> {
    fn add(&mut self, id: &str, value: &Value) {
        let Some(&i) = self.ids.get(id) else {
            self.v.warning(id, None, "is not the id of an FAQ entry in the configuration and was ignored");
            return;
        };
        let Some(Translated { question, answer, keywords }) = self.v.translated_entry(id, value) else { return };
        let entry = &mut self.faq[i];
        if let Some(q) = question {
            entry.question.set(self.tag, q);
        }
        if let Some(a) = answer {
            entry.answer.set(self.tag, a);
        }
        if let Some(k) = keywords {
            entry.keywords.set(self.tag, k);
        }
    }
}

impl<'de> Visitor<'de> for &mut Reader<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of FAQ texts by entry id")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let value: Value = map.next_value()?;
            if key != "$schema" {
                self.add(&key, &value);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faq() -> Vec<FaqEntry> {
        let config = r#"{ "platform": { "name": "P" }, "faq": [
            { "id": "locked", "topic": "account_access", "question": { "en-US": "Locked out?", "zh-CN": "旧" },
              "answer": { "en-US": "Wait." }, "keywords": { "en-US": ["lock"] } },
            { "id": "fees", "topic": "other", "question": { "en-US": "Fees?" }, "answer": { "en-US": "Low." } } ] }"#;
        super::super::parse(config).unwrap().config.faq
    }

    fn messages(issues: &[Issue]) -> Vec<String> {
        issues.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_file_adds_and_replaces_the_texts_of_its_language_only() {
        let mut faq = faq();
        let file = r#"{ "$schema": "x", "locked": { "question": "账户被锁？", "answer": "请等待。", "keywords": ["锁定"] },
                        "fees": { "question": "费用？" } }"#;
        assert_eq!(translate(&mut faq, "zh-CN", file).unwrap(), vec![]);
        assert_eq!(faq[0].question.get(&["zh-CN"]), Some(("zh-CN", "账户被锁？")));
        assert_eq!(faq[0].question.get(&["en-US"]), Some(("en-US", "Locked out?")));
        assert_eq!(faq[0].answer.get(&["zh-CN"]), Some(("zh-CN", "请等待。")));
        assert_eq!(faq[0].keywords.get("zh-CN"), ["锁定"]);
        assert_eq!(faq[0].keywords.get("en-US"), ["lock"]);
        // Only the question was translated: the answer falls back.
        assert_eq!(faq[1].question.get(&["zh-CN", "en-US"]), Some(("zh-CN", "费用？")));
        assert_eq!(faq[1].answer.get(&["zh-CN", "en-US"]), Some(("en-US", "Low.")));
    }

    #[test]
    fn bad_entries_are_reported_by_id_and_the_rest_is_kept() {
        let mut faq = faq();
        let file = r#"{ "nope": { "question": "?" }, "locked": { "question": " ", "answer": "[x](javascript:alert(1))", "tone": 1 },
                        "fees": { "keywords": "fee" }, "other": 3 }"#;
        let issues = translate(&mut faq, "de", file).unwrap();
        assert_eq!(
            messages(&issues),
            [
                "nope: is not the id of an FAQ entry in the configuration and was ignored",
                "locked.tone: is not a known field and was ignored (known here: question, answer, keywords)",
                "locked.question: \" \" is empty (expected some text)",
                "locked.answer: \"javascript:alert(1\" is a link that is not allowed and is shown as text: it uses the scheme \"javascript:\", which is not allowed (expected https:, mailto: or tel:)",
                "fees.keywords: \"fee\" is not an array",
                "other: is not the id of an FAQ entry in the configuration and was ignored",
            ]
        );
        // The answer is kept (its link is shown as text); the blank question is not.
        assert_eq!(faq[0].question.get(&["de"]), None);
        assert!(faq[0].answer.get(&["de"]).is_some());
        assert_eq!(faq[1].keywords.get("de"), [] as [String; 0]);
    }

    #[test]
    fn a_file_that_is_not_an_object_of_entries_is_refused_with_the_reason() {
        let mut faq = faq();
        let before = faq.clone();
        assert!(matches!(translate(&mut faq, "de", "{ \"locked\": "), Err(ConfigError::NotJson { line: 1, .. })));
        let Err(ConfigError::Unusable(issues)) = translate(&mut faq, "de", "[1, 2]") else { panic!() };
        assert_eq!(messages(&issues), ["(root): [1,2] is not an object"]);
        assert_eq!(faq, before);
    }
}
