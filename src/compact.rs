//! compact: how a FAQ text is held in memory. A large FAQ is most of what
//! the widget holds, for as long as the page is open, so each text is held
//! in the shortest of three forms ([`Form`]): as UTF-8; in an encoding of
//! our own, modelled on Unicode's SCSU (UTS #6), for text outside ASCII; or,
//! for English and other Latin-script text, in [`crate::huffman`]'s code.
//!
//! UTF-8 spends two bytes on a Cyrillic, Greek or Arabic letter and three
//! on a Chinese, Japanese or Korean character; in the SCSU-like encoding, a
//! letter of a small alphabet takes one byte, a character of the rest of
//! the Basic Multilingual Plane two, ASCII one.
//!
//! Byte mode, where every text starts:
//! - `0x00`, `0x06..=0x7F`: that ASCII character;
//! - `0x80..=0xFF`: the character `window + (byte - 0x80)`; the window is a
//!   block of 128 code points, at first U+0080..=U+00FF (Latin-1's letters);
//! - `0x01 n`: the window becomes U+(n × 128) onwards;
//! - `0x02`: wide mode from here;
//! - `0x03` and one character in UTF-8: that character (a supplementary
//!   one, or ASCII 1 to 5, which are the tags);
//! - `0x04 b`: the Latin-1 character `b` (Russian's «», in one window's text);
//! - `0x05 h l`: the character U+hl, when the window is not worth leaving
//!   for it (a dash or a quotation mark among Cyrillic letters).
//!
//! Wide mode: each character is its code point in two bytes, high byte
//! first; `0xD8` alone (the high byte of a surrogate, never a character)
//! goes back to byte mode.
//!
//! Only ever read back what was written here, but reading takes any bytes
//! without panicking (U+FFFD for what is not valid).

use std::borrow::Cow;

/// How a text is held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Utf8,
    /// The SCSU-like encoding.
    Scsu,
    /// [`crate::huffman`]'s code over the UTF-8.
    Huffman,
}

impl Form {
    /// The byte that says which form a packed text is in (after its length).
    pub fn mark(self) -> u8 {
        match self {
            Form::Utf8 => b':',
            Form::Scsu => b';',
            Form::Huffman => b'~',
        }
    }

    pub fn of_mark(mark: u8) -> Option<Form> {
        [Form::Utf8, Form::Scsu, Form::Huffman].into_iter().find(|f| f.mark() == mark)
    }
}

/// The form that holds `text` in the fewest bytes, and how many.
pub fn shortest(text: &str) -> (Form, usize) {
    let mut best = (Form::Utf8, text.len());
    if let Some(len) = encoded_len(text).filter(|&len| len < best.1) {
        best = (Form::Scsu, len);
    }
    let len = crate::huffman::encoded_len(text.as_bytes());
    if len < best.1 {
        best = (Form::Huffman, len);
    }
    best
}

/// Appends `text` in `form` to `out`.
pub fn write_in(form: Form, text: &str, out: &mut Vec<u8>) {
    match form {
        Form::Utf8 => out.extend_from_slice(text.as_bytes()),
        Form::Scsu => encode_into(text, out),
        Form::Huffman => crate::huffman::encode_into(text.as_bytes(), out),
    }
}

/// The text `bytes` hold in `form`: borrowed when that is UTF-8.
pub fn read(form: Form, bytes: &[u8]) -> Cow<'_, str> {
    match form {
        // Always valid when it was written from a `str`.
        Form::Utf8 => String::from_utf8_lossy(bytes),
        Form::Scsu => Cow::Owned(decode(bytes)),
        Form::Huffman => Cow::Owned(String::from_utf8(crate::huffman::decode(bytes)).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())),
    }
}

const SET_WINDOW: u8 = 0x01;
const WIDE: u8 = 0x02;
const QUOTE: u8 = 0x03;
const LATIN1: u8 = 0x04;
const ONE_WIDE: u8 = 0x05;
const NARROW: u8 = 0xD8;
/// Characters from here up are written wide: CJK, Hangul, Yi, the
/// compatibility and full-width forms. Below it, scripts are small enough
/// for one window (or two) per text.
const FIRST_WIDE: u32 = 0x3000;

/// How long `text` is encoded, if that is shorter than its UTF-8; `None`
/// if not (every ASCII text, and text that keeps switching alphabets).
/// Measured first so that the text is then written where it is kept, with
/// no buffer between: while a large FAQ is read, each such buffer would
/// take the hole its text could have filled.
fn encoded_len(text: &str) -> Option<usize> {
    if text.is_ascii() {
        return None;
    }
    let mut len = 0;
    write(text, &mut |bytes| len += bytes.len());
    (len < text.len()).then_some(len)
}

/// Appends `text` encoded to `out`.
fn encode_into(text: &str, out: &mut Vec<u8>) {
    write(text, &mut |bytes| out.extend_from_slice(bytes));
}

/// `text` encoded, if that is shorter than its UTF-8.
#[cfg(test)]
fn encode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(encoded_len(text)?);
    encode_into(text, &mut out);
    Some(out)
}

/// The encoding of `text`, a piece at a time (`dyn`: one copy of this for
/// measuring and writing).
fn write(text: &str, out: &mut dyn FnMut(&[u8])) {
    let mut window = 0x80;
    let mut wide = false;
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        let code = c as u32;
        if wide {
            let leave = if c.is_ascii() {
                // A pair costs one byte more than in byte mode, the two
                // switches two: leave for a run of ASCII longer than that.
                let run = chars.clone().take_while(char::is_ascii).take(3).count();
                let ends = chars.clone().skip(run).next().is_none();
                run > 2 || (ends && run > 1)
            } else {
                code > 0xFFFF
            };
            if leave {
                out(&[NARROW]);
                wide = false;
                continue;
            }
            out(&(code as u16).to_be_bytes());
        } else if c.is_ascii() && !(SET_WINDOW..=ONE_WIDE).contains(&(code as u8)) {
            out(&[code as u8]);
        } else if (window..window + 0x80).contains(&code) {
            out(&[0x80 + (code - window) as u8]);
        } else if code <= 0xFFFF && !c.is_ascii() && returns_to(window, chars.clone().skip(1)) {
            match u8::try_from(code) {
                Ok(latin1) => out(&[LATIN1, latin1]),
                Err(_) => {
                    let [high, low] = (code as u16).to_be_bytes();
                    out(&[ONE_WIDE, high, low]);
                }
            }
        } else if (0x80..FIRST_WIDE).contains(&code) {
            window = code & !0x7F;
            out(&[SET_WINDOW, (code >> 7) as u8]);
            continue;
        } else if (FIRST_WIDE..=0xFFFF).contains(&code) {
            out(&[WIDE]);
            wide = true;
            continue;
        } else {
            out(&[QUOTE]);
            out(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
        chars.next();
    }
}

/// Whether the next character outside ASCII in `rest` is in `window`: a
/// character between is then quoted rather than the window moved away and
/// back.
fn returns_to(window: u32, mut rest: impl Iterator<Item = char>) -> bool {
    rest.find(|c| !c.is_ascii()).is_some_and(|c| (window..window + 0x80).contains(&(c as u32)))
}

/// The text `bytes` encode.
fn decode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    let mut window = 0x80;
    let mut wide = false;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        at += 1;
        if wide {
            if b == NARROW {
                wide = false;
                continue;
            }
            let low = bytes.get(at).copied().unwrap_or(0);
            at += 1;
            out.push(char::from_u32(u32::from(b) << 8 | u32::from(low)).unwrap_or(char::REPLACEMENT_CHARACTER));
            continue;
        }
        match b {
            SET_WINDOW => {
                window = u32::from(bytes.get(at).copied().unwrap_or(0)) << 7;
                at += 1;
            }
            WIDE => wide = true,
            QUOTE => {
                let len = bytes.get(at).map_or(1, |lead| match lead.leading_ones() {
                    2..=4 => lead.leading_ones() as usize,
                    _ => 1,
                });
                let end = (at + len).min(bytes.len());
                out.push_str(std::str::from_utf8(&bytes[at..end]).unwrap_or("\u{FFFD}"));
                at = end;
            }
            LATIN1 => {
                out.push(bytes.get(at).map_or(char::REPLACEMENT_CHARACTER, |&b| b as char));
                at += 1;
            }
            ONE_WIDE => {
                let pair = bytes.get(at..at + 2).map_or(0xFFFD, |p| u32::from(p[0]) << 8 | u32::from(p[1]));
                out.push(char::from_u32(pair).unwrap_or(char::REPLACEMENT_CHARACTER));
                at += 2;
            }
            0..=0x7F => out.push(b as char),
            _ => out.push(char::from_u32(window + u32::from(b - 0x80)).unwrap_or(char::REPLACEMENT_CHARACTER)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn saved(text: &str) -> f64 {
        1.0 - encode(text).map_or(text.len(), |e| e.len()) as f64 / text.len() as f64
    }

    #[test]
    fn small_alphabets_take_a_byte_and_cjk_two() {
        let ru = "Проверьте статус вывода в разделе «История». Если он «В обработке», подождите 30 минут.";
        let zh = "请在「历史记录」中查看提现状态。如果显示“处理中”，请等待 30 分钟。";
        let ko = "출금 상태는 기록에서 확인하세요.";
        assert!(saved(ru) > 0.4, "{}", saved(ru));
        assert!(saved(zh) > 0.25, "{}", saved(zh));
        assert!(saved(ko) > 0.15, "{}", saved(ko));
        assert_eq!(encode("Withdrawal failed?"), None, "ASCII is held as it is");
        for text in [ru, zh, ko, "Café à la crème", "Ελληνικά και English", "😀 ok 😀 ok 😀", "\u{1}\u{2}\u{3}\u{4}\u{5}ж", "Ж — «ё» ж", "提 ж 现"] {
            assert_eq!(encode(text).map(|e| decode(&e)).as_deref().unwrap_or(text), text);
        }
    }

    #[test]
    fn markdown_in_chinese_switches_only_for_long_runs() {
        // "**" inside Chinese stays wide (two pairs against two switches);
        // a link's address leaves it.
        let text = "如果提现失败，请**立即**在「历史记录」中查看原因，然后联系 [客服](https://help.example/zh)。";
        let e = encode(text).unwrap();
        assert_eq!(decode(&e), text);
        assert_eq!(e.iter().filter(|&&b| b == NARROW).count(), 1, "{e:?}");
    }

    proptest! {
        #[test]
        fn any_text_comes_back(text in "\\PC{0,60}|[a-zа-яё 提现失败。，*\\[\\]\u{1}-\u{5}😀é«»—]{0,60}") {
            if let Some(e) = encode(&text) {
                prop_assert!(e.len() < text.len());
                prop_assert_eq!(decode(&e), text);
            }
        }

        #[test]
        fn any_string_comes_back(text in any::<String>()) {
            if let Some(e) = encode(&text) {
                prop_assert_eq!(decode(&e), text);
            }
        }

        #[test]
        fn any_bytes_decode(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            decode(&bytes);
        }
    }
}
