//! pieces: a config document parsed as its bytes arrive, a top-level field
//! or an FAQ entry at a time, so that reading a large one can pause for the
//! page's own work between pieces (parsing 15 MB in one go blocks a page
//! for half a second). Whatever it gives equals what `parse` gives; any
//! document it is not sure about (not JSON, the wrong shape, nested very
//! deep, a platform that names its default language after the FAQ) it
//! leaves to `parse_keeping`, which reads it whole and says what is wrong.

use super::validate::FaqReader;
use super::{assemble, ConfigError, Keep, Loaded};
use serde_json::{Map, Value};

/// Deeper than this is left to the whole parse: serde_json's own limit
/// (128) counts from the document's root, not from a piece.
const MAX_DEPTH: usize = 100;

#[derive(Clone, Copy, PartialEq, Debug)]
enum State {
    /// Before the root's `{`.
    Start,
    /// After `{` (a key or `}`), or after `,` (a key).
    Key { first: bool },
    InKey,
    Colon,
    Value,
    /// A field's value (or an FAQ entry) being captured.
    InValue,
    AfterValue,
    /// Inside `"faq": [`: an entry or `]` (first), or an entry (after `,`).
    Entry { first: bool },
    AfterEntry,
    Done,
}

/// A JSON value's bytes being captured: where strings and brackets stand.
#[derive(Default)]
struct Capture {
    bytes: Vec<u8>,
    depth: usize,
    in_string: bool,
    escaped: bool,
}

pub struct Pieces {
    state: State,
    key: Vec<u8>,
    key_escaped: bool,
    /// The key being read is `faq`, whose array is read entry by entry.
    faq_key: bool,
    value: Capture,
    root: Map<String, Value>,
    faq: Option<FaqReader>,
    keep: Option<Keep>,
    /// Given up: the document must be read whole.
    failed: bool,
}

impl Pieces {
    pub fn new(keep: Option<Keep>) -> Pieces {
        Pieces {
            state: State::Start,
            key: Vec::new(),
            key_escaped: false,
            faq_key: false,
            value: Capture::default(),
            root: Map::new(),
            faq: None,
            keep,
            failed: false,
        }
    }

    /// Takes the next bytes of the document (UTF-8, as `utf8::Lossy` gives
    /// them). False once the document is left to the whole parse.
    pub fn feed(&mut self, bytes: &[u8]) -> bool {
        for &b in bytes {
            if self.failed {
                break;
            }
            if self.byte(b).is_none() {
                self.failed = true;
            }
        }
        !self.failed
    }

    /// The parsed config, or None when it must be read whole.
    pub fn finish(self) -> Option<Result<Loaded, ConfigError>> {
        if self.failed || self.state != State::Done {
            return None;
        }
        // The platform came after the FAQ and named a language it dropped.
        if self.faq.as_ref().is_some_and(|f| f.keep() != self.keep.as_ref()) {
            return None;
        }
        Some(assemble(&self.root, self.faq))
    }

    fn byte(&mut self, b: u8) -> Option<()> {
        let ws = matches!(b, b' ' | b'\t' | b'\n' | b'\r');
        match self.state {
            State::Start if ws => {}
            State::Start if b == b'{' => self.state = State::Key { first: true },
            State::Key { .. } if ws => {}
            State::Key { first: true } if b == b'}' => self.state = State::Done,
            State::Key { .. } if b == b'"' => {
                self.key.clear();
                self.key.push(b);
                self.key_escaped = false;
                self.state = State::InKey;
            }
            State::InKey => {
                self.key.push(b);
                if self.key_escaped {
                    self.key_escaped = false;
                } else if b == b'\\' {
                    self.key_escaped = true;
                } else if b == b'"' {
                    let key: String = serde_json::from_slice(&self.key).ok()?;
                    self.faq_key = key == "faq";
                    self.key = key.into_bytes();
                    self.state = State::Colon;
                }
            }
            State::Colon if ws => {}
            State::Colon if b == b':' => self.state = State::Value,
            State::Value if ws => {}
            State::Value if self.faq_key => {
                // Not an array: the tree walk names the problem.
                if b != b'[' {
                    return None;
                }
                self.faq = Some(FaqReader::new(self.keep.clone()));
                self.state = State::Entry { first: true };
            }
            State::Value => self.start_value(b)?,
            State::Entry { .. } if ws => {}
            State::Entry { first: true } if b == b']' => self.state = State::AfterValue,
            State::Entry { .. } => self.start_value(b)?,
            State::InValue => self.value_byte(b)?,
            State::AfterValue | State::AfterEntry if ws => {}
            State::AfterValue if b == b',' => self.state = State::Key { first: false },
            State::AfterValue if b == b'}' => self.state = State::Done,
            State::AfterEntry if b == b',' => self.state = State::Entry { first: false },
            State::AfterEntry if b == b']' => self.state = State::AfterValue,
            State::Done if ws => {}
            _ => return None,
        }
        Some(())
    }

    fn in_faq(&self) -> bool {
        self.faq_key && self.faq.is_some()
    }

    fn start_value(&mut self, b: u8) -> Option<()> {
        self.value.bytes.clear();
        self.value.depth = 0;
        self.value.in_string = false;
        self.value.escaped = false;
        self.state = State::InValue;
        self.value_byte(b)
    }

    fn value_byte(&mut self, b: u8) -> Option<()> {
        let v = &mut self.value;
        if v.in_string {
            v.bytes.push(b);
            if v.escaped {
                v.escaped = false;
            } else if b == b'\\' {
                v.escaped = true;
            } else if b == b'"' {
                v.in_string = false;
                if v.depth == 0 {
                    return self.end_value();
                }
            }
            return Some(());
        }
        match b {
            b'"' => {
                v.in_string = true;
                v.bytes.push(b);
            }
            b'[' | b'{' => {
                v.depth += 1;
                if v.depth > MAX_DEPTH {
                    return None;
                }
                v.bytes.push(b);
            }
            b']' | b'}' if v.depth > 0 => {
                v.depth -= 1;
                v.bytes.push(b);
                if v.depth == 0 {
                    return self.end_value();
                }
            }
            // A scalar (number, true, false, null) ends at what follows it.
            b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r' if v.depth == 0 => {
                self.end_value()?;
                return self.byte(b);
            }
            _ => v.bytes.push(b),
        }
        Some(())
    }

    /// A whole value captured: an FAQ entry, or a top-level field.
    fn end_value(&mut self) -> Option<()> {
        let value: Value = serde_json::from_slice(&self.value.bytes).ok()?;
        if self.in_faq() {
            self.faq.as_mut()?.add("faq", &value);
            self.state = State::AfterEntry;
            return Some(());
        }
        let key = String::from_utf8(std::mem::take(&mut self.key)).ok()?;
        // The platform's default language is shown when the user's is missing.
        if let (true, Some(k), Some(tag)) = (key == "platform", &mut self.keep, value.get("default_locale").and_then(Value::as_str)) {
            k.add(tag);
        }
        self.root.insert(key, value);
        self.state = State::AfterValue;
        Some(())
    }
}
