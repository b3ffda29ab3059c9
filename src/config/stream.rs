//! stream: reads a config document with its FAQ validated entry by entry
//! as the text is parsed. Most of a large config is its FAQ; held as one
//! JSON tree beside the entries made from it, it would double the peak, and
//! in the browser wasm memory never shrinks after a peak.

use super::validate::FaqReader;
use super::Keep;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// A document as read: the top-level fields other than `faq`, the FAQ (if
/// the key is there), and the languages kept (`keep`, plus the language of
/// the `platform.default_locale`, once met).
pub(super) struct Read {
    pub root: Map<String, Value>,
    pub faq: Option<FaqReader>,
    pub keep: Option<Keep>,
}

/// A root that is not an object, or a `faq` that is not an array, is a data
/// error: the caller then walks the whole tree, which names the problem with
/// its path.
pub(super) fn read<'de, R: serde_json::de::Read<'de>>(
    mut deserializer: serde_json::Deserializer<R>,
    keep: Option<Keep>,
) -> Result<Read, serde_json::Error> {
    let read = de::Deserializer::deserialize_map(&mut deserializer, Root { keep })?;
    deserializer.end()?;
    Ok(read)
}

struct Root {
    keep: Option<Keep>,
}

impl<'de> Visitor<'de> for Root {
    type Value = Read;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the configuration object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Read, A::Error> {
        let mut keep = self.keep;
        let mut root = Map::new();
        let mut faq = None;
        while let Some(key) = map.next_key::<String>()? {
            // A repeated key: the last one counts, as in a JSON tree.
            if key == "faq" {
                faq = Some(map.next_value_seed(Faq { keep: keep.clone() })?);
            } else {
                let value: Value = map.next_value()?;
                // The platform's default language is shown when the user's is missing.
                if let (true, Some(k), Some(tag)) = (key == "platform", &mut keep, value.get("default_locale").and_then(Value::as_str)) {
                    k.add(tag);
                }
                root.insert(key, value);
            }
        }
        Ok(Read { root, faq, keep })
    }
}

struct Faq {
    keep: Option<Keep>,
}

impl<'de> DeserializeSeed<'de> for Faq {
    type Value = FaqReader;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<FaqReader, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Faq {
    type Value = FaqReader;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of FAQ entries")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FaqReader, A::Error> {
        let mut reader = FaqReader::new(self.keep);
        while let Some(entry) = seq.next_element::<Value>()? {
            reader.add("faq", &entry);
        }
        Ok(reader)
    }
}
