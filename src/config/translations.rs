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
use std::fmt;

/// Reads the translation file `text` for the language `tag` into `faq`:
/// each entry's texts in `tag` are replaced by the file's. Returns what was
/// wrong in it (paths start with the entry id), or why none of it is usable.
pub fn translate(faq: &mut Vec<FaqEntry>, tag: &str, text: &str) -> Result<Vec<Issue>, ConfigError> {
    let mut translation = Translation::new(std::mem::take(faq), tag);
    let read = translation.read(text);
    let (entries, issues) = translation.finish();
    *faq = entries;
    read.map(|()| issues)
}

/// A translation file being read into the FAQ it translates: whole
/// ([`Translation::read`]), or an entry at a time as its bytes arrive
/// ([`super::Pieces::translating`]).
pub struct Translation {
    faq: Vec<FaqEntry>,
    /// Entry numbers in order of their ids, to find an entry by id without
    /// a copy of every id (a map of copies took about 80 B an entry while
    /// a large FAQ's file was read).
    by_id: Vec<u32>,
    tag: String,
    v: Validator,
    /// See [`Translation::keeping_shown`].
    keep_shown: Option<Vec<String>>,
}

impl Translation {
    pub fn new(faq: Vec<FaqEntry>, tag: &str) -> Translation {
        let by_id = crate::sort::order(faq.len(), &mut |a, b| faq[a].id.cmp(&faq[b].id));
        Translation { faq, by_id, tag: tag.to_string(), v: Validator::default(), keep_shown: None }
    }

    /// Keeps of each entry read only what `chain` shows and searches
    /// ([`crate::faq::keep_shown`]), as soon as it is read: for the last
    /// file merged into a large FAQ that is pruned so anyway, so that the
    /// default language's texts are dropped as the user's arrive rather
    /// than held beside all of them (4 MB of English in 5,000 entries).
    pub fn keeping_shown(self, chain: &[String]) -> Translation {
        Translation { keep_shown: Some(chain.to_vec()), ..self }
    }

    /// Reads a whole file. Entries before a syntax error are kept, as they
    /// are when the file is read in pieces.
    pub fn read(&mut self, text: &str) -> Result<(), ConfigError> {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        match de::Deserializer::deserialize_map(&mut deserializer, &mut *self).and_then(|()| deserializer.end()) {
            Ok(()) => Ok(()),
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

    /// The FAQ with the texts read, and what was wrong in them.
    pub fn finish(self) -> (Vec<FaqEntry>, Vec<Issue>) {
        (self.faq, self.v.issues)
    }

    /// One member of the file's object: an entry's texts (or `$schema`).
    pub(super) fn add(&mut self, id: &str, value: &Value) {
        if id == "$schema" {
            return;
        }
        let Ok(at) = self.by_id.binary_search_by(|&i| self.faq[i as usize].id.as_str().cmp(id)) else {
            self.v.warning(id, None, "is not the id of an FAQ entry in the configuration and was ignored");
            return;
        };
        let Some(Translated { question, answer, keywords }) = self.v.translated_entry(id, value) else { return };
        let entry = &mut self.faq[self.by_id[at] as usize];
        if let Some(chain) = &self.keep_shown {
            // A text after this language in the chain is never shown once
            // this one is in: dropped first, each text is packed once, not
            // with the one it gives way to and then again without it (which
            // left a hole of both, an entry at a time).
            let position = |tag: &str| chain.iter().position(|l| *l == tag);
            if let Some(at) = position(&self.tag) {
                let before = |tag: &str| position(tag).is_some_and(|p| p < at);
                if question.is_some() {
                    entry.question.retain(&before);
                }
                if answer.is_some() {
                    entry.answer.retain(&before);
                }
            }
        }
        if let Some(q) = question {
            entry.question.set(&self.tag, q);
        }
        if let Some(a) = answer {
            entry.answer.set(&self.tag, a);
        }
        if let Some(k) = keywords {
            entry.keywords.set(&self.tag, k);
        }
        if let Some(chain) = &self.keep_shown {
            crate::faq::keep_shown(entry, chain);
        }
    }
}

impl<'de> Visitor<'de> for &mut Translation {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of FAQ texts by entry id")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let value: Value = map.next_value()?;
            self.add(&key, &value);
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
        assert_eq!(faq[0].question.get(&["zh-CN"]), Some(("zh-CN", "账户被锁？".into())));
        assert_eq!(faq[0].question.get(&["en-US"]), Some(("en-US", "Locked out?".into())));
        assert_eq!(faq[0].answer.get(&["zh-CN"]), Some(("zh-CN", "请等待。".into())));
        assert_eq!(faq[0].keywords.get("zh-CN").iter().collect::<Vec<_>>(), ["锁定"]);
        assert_eq!(faq[0].keywords.get("en-US").iter().collect::<Vec<_>>(), ["lock"]);
        // Only the question was translated: the answer falls back.
        assert_eq!(faq[1].question.get(&["zh-CN", "en-US"]), Some(("zh-CN", "费用？".into())));
        assert_eq!(faq[1].answer.get(&["zh-CN", "en-US"]), Some(("en-US", "Low.".into())));
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
        assert_eq!(faq[1].keywords.get("de").len(), 0);
    }

    /// As the browser reads a large file: a piece at a time, in chunks of
    /// any size, with the same result as the whole read.
    #[test]
    fn read_in_pieces_it_gives_what_the_whole_read_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let demo = super::super::parse(&std::fs::read_to_string(root.join("demo/signpost.json")).unwrap()).unwrap().config;
        let bad = r#"{ "nope": {}, "account-locked": { "question": "", "answer": "好", "x": [[1]] }, "fees-schedule": 3 }"#;
        let file = |name: &str| std::fs::read_to_string(root.join("demo/faq").join(name)).unwrap();
        for (tag, text) in [("zh-CN", file("zh-CN.json")), ("ru", file("ru.json")), ("de", bad.to_string())] {
            let mut whole = demo.faq.clone();
            let issues = translate(&mut whole, tag, &text).unwrap();
            for chunk in [1, 2, 3, 7, 64, 4096] {
                let mut pieces = super::super::Pieces::translating(Translation::new(demo.faq.clone(), tag));
                for piece in text.as_bytes().chunks(chunk) {
                    assert!(pieces.feed(piece), "{tag} in chunks of {chunk}");
                }
                let Ok(read) = pieces.into_translation() else { panic!("{tag} in chunks of {chunk} was not read whole") };
                assert_eq!(read.finish(), (whole.clone(), issues.clone()), "{tag} in chunks of {chunk}");
            }
        }
        // Not an object of entries: left to the whole read, which says why.
        for text in ["[1]", "{ \"a\": ", "{} {}"] {
            let mut pieces = super::super::Pieces::translating(Translation::new(demo.faq.clone(), "de"));
            pieces.feed(text.as_bytes());
            assert!(pieces.into_translation().is_err(), "{text}");
        }
    }

    /// Kept shown entry by entry as the last file is read, the FAQ ends as
    /// pruned once it is all read, and each entry the file translates holds
    /// no other text as soon as it is read (not the default language's).
    #[test]
    fn keeping_shown_as_it_reads_gives_what_pruning_after_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut demo = super::super::parse(&std::fs::read_to_string(root.join("demo/signpost.json")).unwrap()).unwrap().config;
        let file = |name: &str| std::fs::read_to_string(root.join("demo/faq").join(name)).unwrap();
        // An entry the file leaves out, and one whose answer it lacks (shown
        // in the chain's next language that has one).
        let mut value: Value = serde_json::from_str(&file("zh-CN.json")).unwrap();
        let entries = value.as_object_mut().unwrap();
        let locked = entries.remove("account-locked").unwrap();
        entries.insert("not-an-entry".into(), locked);
        entries["trading-fees"].as_object_mut().unwrap().remove("answer");
        let text = value.to_string();
        let partial = demo.faq.iter().position(|e| e.id == "trading-fees").unwrap();
        demo.faq[partial].answer.set("ru", "Низкие.".into());
        let chain = ["zh-CN".to_string(), "ru".to_string(), "en-US".to_string()];
        let mut after = demo.clone();
        let issues = translate(&mut after.faq, "zh-CN", &text).unwrap();
        after.keep_shown_faq(&chain);

        let mut read = Translation::new(demo.faq.clone(), "zh-CN").keeping_shown(&chain);
        read.read(&text).unwrap();
        let (faq, kept_issues) = read.finish();
        assert_eq!(kept_issues, issues);
        let translated = |e: &FaqEntry| e.id != "account-locked";
        let tags = |l: &crate::model::Localized| l.iter().map(|(t, _)| t.to_string()).collect::<Vec<_>>();
        for e in faq.iter().filter(|e| translated(e)) {
            let answer = if e.id == "trading-fees" { "ru" } else { "zh-CN" };
            assert_eq!((tags(&e.question), tags(&e.answer)), (vec!["zh-CN".into()], vec![answer.into()]), "{}", e.id);
        }
        let locked = faq.iter().find(|e| !translated(e)).unwrap();
        assert!(locked.question.iter().any(|(t, _)| t == "en-US"), "an entry the file leaves out is pruned only at the end");
        let mut config = super::super::Config { faq, ..demo };
        config.keep_shown_faq(&chain);
        assert_eq!(config, after);
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
