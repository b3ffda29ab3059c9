//! utf8: response bytes as text, decoded as `Response.text()` decodes them
//! (a byte-order mark dropped, bytes that are not UTF-8 replaced by U+FFFD),
//! either whole or a piece at a time, so that a large document can be read
//! without ever being held whole.

use std::io::{self, Read};

const BOM: &[u8] = b"\xEF\xBB\xBF";
const REPLACEMENT: &[u8] = "\u{FFFD}".as_bytes();

/// The whole body as text.
pub fn decode(mut bytes: Vec<u8>) -> String {
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Reads what [`decode`] would give for everything `inner` reads, in
/// pieces: a character cut between two reads is put back together.
pub struct Lossy<R> {
    inner: R,
    /// Read but not yet decoded: the start of a character, or of the mark.
    pending: Vec<u8>,
    decoded: Vec<u8>,
    at: usize,
    first: bool,
    done: bool,
}

impl<R: Read> Lossy<R> {
    pub fn new(inner: R) -> Lossy<R> {
        Lossy { inner, pending: Vec::new(), decoded: Vec::new(), at: 0, first: true, done: false }
    }

    /// Decodes `pending` into `decoded`, keeping back an unfinished
    /// character (or mark) unless the input has ended.
    fn decode_pending(&mut self) {
        let bytes = std::mem::take(&mut self.pending);
        let mut rest = &bytes[..];
        if self.first {
            if rest.len() < BOM.len() && BOM.starts_with(rest) && !self.done {
                self.pending = bytes;
                return;
            }
            self.first = false;
            rest = rest.strip_prefix(BOM).unwrap_or(rest);
        }
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    self.decoded.extend_from_slice(s.as_bytes());
                    return;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    self.decoded.extend_from_slice(valid);
                    match e.error_len() {
                        Some(bad) => {
                            self.decoded.extend_from_slice(REPLACEMENT);
                            rest = &after[bad..];
                        }
                        None if self.done => {
                            self.decoded.extend_from_slice(REPLACEMENT);
                            return;
                        }
                        None => {
                            self.pending = after.to_vec();
                            return;
                        }
                    }
                }
            }
        }
    }
}

impl<R: Read> Read for Lossy<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.decoded.len() {
            if self.done {
                return Ok(0);
            }
            self.decoded.clear();
            self.at = 0;
            let had = self.pending.len();
            self.pending.resize(had + (1 << 15), 0);
            let n = self.inner.read(&mut self.pending[had..])?;
            self.pending.truncate(had + n);
            self.done = n == 0;
            self.decode_pending();
        }
        let n = buf.len().min(self.decoded.len() - self.at);
        buf[..n].copy_from_slice(&self.decoded[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Gives at most `step` bytes per read.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    fn in_pieces(bytes: &[u8], step: usize, out: usize) -> String {
        let mut r = Lossy::new(Trickle { bytes, step });
        let mut text = Vec::new();
        let mut buf = vec![0; out];
        loop {
            let n = r.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            text.extend_from_slice(&buf[..n]);
        }
        String::from_utf8(text).expect("Lossy gives UTF-8")
    }

    #[test]
    fn marks_and_bad_bytes() {
        assert_eq!(decode(b"\xEF\xBB\xBF{}".to_vec()), "{}");
        assert_eq!(decode(b"\xEF\xBB{}".to_vec()), "\u{FFFD}{}");
        assert_eq!(decode(b"a\xFFb\xE6\x96".to_vec()), "a\u{FFFD}b\u{FFFD}");
        // Only a leading mark is dropped.
        assert_eq!(decode(b"a\xEF\xBB\xBF".to_vec()), "a\u{FEFF}");
        for step in 1..5 {
            assert_eq!(in_pieces(b"\xEF\xBB\xBF{}", step, 7), "{}");
            assert_eq!(in_pieces(b"\xEF\xBB", step, 7), "\u{FFFD}");
            assert_eq!(in_pieces("提现 é".as_bytes(), step, 1), "提现 é");
            assert_eq!(in_pieces(b"", step, 3), "");
        }
    }

    proptest::proptest! {
        /// Whatever the bytes, and however they arrive and are asked for,
        /// the pieces make what decoding the whole would.
        #[test]
        fn pieces_decode_as_the_whole(
            body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200),
            mark in proptest::prelude::any::<bool>(),
            step in 1usize..9,
            out in 1usize..9,
        ) {
            let mut bytes = if mark { BOM.to_vec() } else { Vec::new() };
            bytes.extend(&body);
            proptest::prop_assert_eq!(in_pieces(&bytes, step, out), decode(bytes.clone()));
        }

        #[test]
        fn text_decodes_to_itself(text in "\\PC{0,60}", step in 1usize..9) {
            proptest::prop_assert_eq!(in_pieces(text.as_bytes(), step, 5), text.clone());
        }
    }
}
