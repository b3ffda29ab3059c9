//! pieces: a config document parsed as its bytes arrive, a top-level field
//! or an FAQ entry at a time, so that reading a large one can pause for the
//! page's own work between pieces (parsing 15 MB in one go blocks a page
//! for half a second). Whatever it gives equals what `parse` gives; any
//! document it is not sure about (not JSON, the wrong shape, nested very
//! deep, a platform that names its default language after the FAQ) it
//! leaves to `parse_keeping`, which reads it whole and says what is wrong.
//! Given the user's language chain for a platform (`showing`), a config whose
//! `platform` comes before its `faq` keeps of each entry only what that chain
//! can show, as it is read.
//! A translation file (`translations`) is read the same way, an entry (a
//! top-level member) at a time.

use super::translations::Translation;
use super::validate::{FaqReader, Validator};
use super::{assemble, ConfigError, Keep, Loaded, Platform};
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

/// The bytes of one JSON value (or key) being captured: where its strings
/// and brackets stand.
#[derive(Default)]
struct Capture {
    bytes: Vec<u8>,
    depth: usize,
    in_string: bool,
    escaped: bool,
}

/// What a byte did to a capture.
enum Step {
    More,
    /// The byte closed the value.
    Closed,
    /// The value (a number, `true`, `false` or `null`) ended before this
    /// byte, which belongs to what follows.
    EndedBefore,
}

impl Capture {
    fn start(&mut self) {
        self.bytes.clear();
        self.depth = 0;
        self.in_string = false;
        self.escaped = false;
    }

    /// None when nested too deep.
    fn byte(&mut self, b: u8) -> Option<Step> {
        if self.in_string {
            self.bytes.push(b);
            if self.escaped {
                self.escaped = false;
            } else if b == b'\\' {
                self.escaped = true;
            } else if b == b'"' {
                self.in_string = false;
                if self.depth == 0 {
                    return Some(Step::Closed);
                }
            }
            return Some(Step::More);
        }
        match b {
            b'"' => self.in_string = true,
            b'[' | b'{' => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return None;
                }
            }
            b']' | b'}' if self.depth > 0 => {
                self.depth -= 1;
                if self.depth == 0 {
                    self.bytes.push(b);
                    return Some(Step::Closed);
                }
            }
            b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r' if self.depth == 0 => return Some(Step::EndedBefore),
            _ => {}
        }
        self.bytes.push(b);
        Some(Step::More)
    }
}

pub struct Pieces {
    state: State,
    /// The key being read is `faq`, whose array is read entry by entry.
    faq_key: bool,
    key: String,
    capture: Capture,
    root: Map<String, Value>,
    faq: Option<FaqReader>,
    keep: Option<Keep>,
    /// The user's language chain for a platform, see [`Pieces::showing`].
    chain_for: Option<Box<dyn Fn(&Platform) -> Vec<String>>>,
    /// Reading a translation file: its members go here, not into `root`.
    translation: Option<Translation>,
    /// Given up: the document must be read whole.
    failed: bool,
}

impl Pieces {
    pub fn new(keep: Option<Keep>) -> Pieces {
        Pieces {
            state: State::Start,
            faq_key: false,
            key: String::new(),
            capture: Capture::default(),
            root: Map::new(),
            faq: None,
            keep,
            chain_for: None,
            translation: None,
            failed: false,
        }
    }

    /// Keeps of each FAQ entry only what the chain `chain_for` gives for the
    /// config's platform can show, once its translation files are merged
    /// too (`faq::keep_showable`), if the platform comes before the FAQ: a
    /// user reading Chinese then never holds every entry's English as well.
    pub fn showing(self, chain_for: Box<dyn Fn(&Platform) -> Vec<String>>) -> Pieces {
        Pieces { chain_for: Some(chain_for), ..self }
    }

    /// The chain the FAQ was kept to as it was read (see [`Pieces::showing`]).
    pub fn chain(&self) -> Option<&[String]> {
        self.faq.as_ref()?.chain()
    }

    /// Reads a translation file into `translation`.
    pub fn translating(translation: Translation) -> Pieces {
        Pieces { translation: Some(translation), ..Pieces::new(None) }
    }

    /// The translation read; `Err` with it when the file must be read whole
    /// (`Translation::read`), which says what is wrong.
    pub fn into_translation(self) -> Result<Translation, Translation> {
        let complete = self.complete();
        match self.translation {
            Some(t) if complete => Ok(t),
            Some(t) => Err(t),
            None => unreachable!("Pieces::into_translation on a config"),
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
        if !self.complete() {
            return None;
        }
        // The platform came after the FAQ and named a language it dropped.
        if self.faq.as_ref().is_some_and(|f| f.keep() != self.keep.as_ref()) {
            return None;
        }
        Some(assemble(&self.root, self.faq))
    }

    /// The whole document was read, and nothing was left to the whole parse.
    fn complete(&self) -> bool {
        !self.failed && self.state == State::Done
    }

    fn byte(&mut self, b: u8) -> Option<()> {
        let ws = matches!(b, b' ' | b'\t' | b'\n' | b'\r');
        match self.state {
            State::Start if ws => {}
            State::Start if b == b'{' => self.state = State::Key { first: true },
            State::Key { .. } if ws => {}
            State::Key { first: true } if b == b'}' => self.state = State::Done,
            State::Key { .. } if b == b'"' => self.capture(b, State::InKey)?,
            State::InKey => {
                if let Step::Closed = self.capture.byte(b)? {
                    self.key = serde_json::from_slice(&self.capture.bytes).ok()?;
                    self.faq_key = self.key == "faq" && self.translation.is_none();
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
                let platform = || Validator::default().platform("platform", self.root.get("platform")?);
                let chain = self.chain_for.as_ref().and_then(|chain_for| Some(chain_for(&platform()?)));
                self.faq = Some(FaqReader::new(self.keep.clone(), chain));
                self.state = State::Entry { first: true };
            }
            State::Value => self.capture(b, State::InValue)?,
            State::Entry { .. } if ws => {}
            State::Entry { first: true } if b == b']' => self.state = State::AfterValue,
            State::Entry { .. } => self.capture(b, State::InValue)?,
            State::InValue => match self.capture.byte(b)? {
                Step::More => {}
                Step::Closed => self.end_value()?,
                Step::EndedBefore => {
                    self.end_value()?;
                    return self.byte(b);
                }
            },
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

    /// Starts capturing a key or value with its first byte.
    fn capture(&mut self, b: u8, state: State) -> Option<()> {
        self.capture.start();
        self.state = state;
        self.byte(b)
    }

    /// A whole value captured: an FAQ entry, or a top-level field.
    fn end_value(&mut self) -> Option<()> {
        let value: Value = serde_json::from_slice(&self.capture.bytes).ok()?;
        if self.faq_key {
            self.faq.as_mut()?.add("faq", &value);
            self.state = State::AfterEntry;
            return Some(());
        }
        let key = std::mem::take(&mut self.key);
        self.state = State::AfterValue;
        if let Some(t) = &mut self.translation {
            t.add(&key, &value);
            return Some(());
        }
        // The platform's default language is shown when the user's is missing.
        if let (true, Some(k), Some(tag)) = (key == "platform", &mut self.keep, value.get("default_locale").and_then(Value::as_str)) {
            k.add(tag);
        }
        self.root.insert(key, value);
        Some(())
    }
}
