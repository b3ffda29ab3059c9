//! stream: reads a config document with its FAQ validated entry by entry
//! as the text is parsed. Most of a large config is its FAQ; held as one
//! JSON tree beside the entries made from it, it would double the peak, and
//! in the browser wasm memory never shrinks after a peak.

use super::validate::FaqReader;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// The top-level fields other than `faq`, and the FAQ as read (if the key
/// is there). A root that is not an object, or a `faq` that is not an array,
/// is a data error: the caller then walks the whole tree, which names the
/// problem with its path.
pub(super) fn read(text: &str) -> Result<(Map<String, Value>, Option<FaqReader>), serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let read = de::Deserializer::deserialize_map(&mut deserializer, Root)?;
    deserializer.end()?;
    Ok(read)
}

struct Root;

impl<'de> Visitor<'de> for Root {
    type Value = (Map<String, Value>, Option<FaqReader>);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the configuration object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut rest = Map::new();
        let mut faq = None;
        while let Some(key) = map.next_key::<String>()? {
            // A repeated key: the last one counts, as in a JSON tree.
            if key == "faq" {
                faq = Some(map.next_value_seed(Faq)?);
            } else {
                rest.insert(key, map.next_value()?);
            }
        }
        Ok((rest, faq))
    }
}

struct Faq;

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
        let mut reader = FaqReader::default();
        while let Some(entry) = seq.next_element::<Value>()? {
            reader.add("faq", &entry);
        }
        Ok(reader)
    }
}
