//! huffman: a fixed Huffman code over the bytes of UTF-8 text, built from
//! the letter frequencies of English prose (the way HTTP/2's HPACK has one
//! for headers). The English of a large FAQ is most of what the widget
//! holds: in about 4.5 bits a byte instead of 8, it takes about 57 % of the
//! room. Any Latin-script text gains; a byte the table rates rare costs
//! more than 8 bits, so `crate::compact` keeps a text this way only when it
//! comes out shorter.
//!
//! The bits are written first bit foremost and the last byte is filled with
//! ones. Ones alone, fewer than eight, never make a whole code (every code
//! of all ones is longer), so the reader stops there: no length is stored.

use std::sync::OnceLock;

/// Relative frequencies (per 10,000 bytes of English prose with a little
/// Markdown); a byte left out is rated 1.
const FREQUENCIES: &[(u8, u16)] = &[
    (b' ', 1700), (b'e', 930), (b't', 680), (b'a', 620), (b'o', 600), (b'i', 560), (b'n', 560), (b's', 520),
    (b'r', 500), (b'h', 380), (b'l', 330), (b'd', 300), (b'u', 230), (b'c', 230), (b'm', 200), (b'f', 170),
    (b'w', 150), (b'y', 150), (b'g', 150), (b'p', 150), (b'b', 110), (b'v', 80), (b'k', 60), (b'x', 15),
    (b'j', 10), (b'q', 8), (b'z', 7), (b'.', 90), (b',', 80), (b'\n', 40), (b'-', 20), (b'\'', 15), (b'"', 10),
    (b':', 10), (b'(', 8), (b')', 8), (b'*', 15), (b'[', 5), (b']', 5), (b'/', 10), (b'?', 10), (b'!', 3),
    (b';', 3), (b'_', 2), (b'#', 2), (b'`', 3), (b'&', 2), (b'%', 2), (b'+', 2), (b'=', 2), (b'@', 2),
    (b'0', 20), (b'1', 20), (b'2', 15), (b'3', 12), (b'4', 10), (b'5', 12), (b'6', 8), (b'7', 8), (b'8', 8),
    (b'9', 8), (b'T', 25), (b'I', 25), (b'A', 20), (b'S', 15), (b'Y', 15), (b'W', 10), (b'C', 10), (b'P', 10),
    (b'M', 8), (b'B', 6), (b'D', 6), (b'E', 6), (b'F', 6), (b'H', 6), (b'N', 6), (b'O', 6), (b'R', 6), (b'G', 4),
    (b'L', 4), (b'U', 4), (b'K', 3), (b'V', 3), (b'J', 2), (b'Q', 2), (b'X', 2), (b'Z', 2),
];

/// Longest code the reader takes; the table's is 16.
const MAX_LEN: usize = 24;

struct Code {
    /// By byte: its code, in its low `len` bits.
    code: [u32; 256],
    len: [u8; 256],
    /// By the next eight bits: the byte and its code's length, for codes of
    /// eight bits or fewer (`0`: a longer code).
    fast: [u16; 256],
    /// By length: the first code, how many there are and where their bytes
    /// start in `sorted`.
    first: [u32; MAX_LEN + 1],
    count: [u16; MAX_LEN + 1],
    start: [u16; MAX_LEN + 1],
    /// The bytes in order of their codes.
    sorted: [u8; 256],
}

fn code() -> &'static Code {
    static CODE: OnceLock<Code> = OnceLock::new();
    CODE.get_or_init(build)
}

/// The code lengths of a Huffman tree over the frequencies.
fn lengths() -> [u8; 256] {
    let mut weight = [1u32; 511];
    for &(b, f) in FREQUENCIES {
        weight[b as usize] = u32::from(f);
    }
    let mut parent = [0u16; 511];
    let mut live: Vec<u16> = (0..256).collect();
    for node in 256..511 {
        // The two lightest join: a linear search each, once per page.
        let mut take = || {
            let at = (0..live.len()).min_by_key(|&i| weight[live[i] as usize]).unwrap_or(0);
            live.swap_remove(at)
        };
        let (a, b) = (take(), take());
        weight[node] = weight[a as usize] + weight[b as usize];
        parent[a as usize] = node as u16;
        parent[b as usize] = node as u16;
        live.push(node as u16);
    }
    let mut len = [0u8; 256];
    for (b, l) in len.iter_mut().enumerate() {
        let mut at = b;
        while at != 510 {
            at = parent[at] as usize;
            *l += 1;
        }
    }
    len
}

fn build() -> Code {
    let len = lengths();
    let mut c = Code {
        code: [0; 256],
        len,
        fast: [0; 256],
        first: [0; MAX_LEN + 1],
        count: [0; MAX_LEN + 1],
        start: [0; MAX_LEN + 1],
        sorted: [0; 256],
    };
    let mut next = 0u32;
    let mut placed = 0u16;
    for l in 1..=MAX_LEN {
        c.first[l] = next;
        c.start[l] = placed;
        for b in (0..256).filter(|&b| usize::from(len[b]) == l) {
            c.code[b] = next;
            c.sorted[placed as usize] = b as u8;
            if l <= 8 {
                // Every 8-bit window that starts with this code.
                let from = (next << (8 - l)) as usize;
                for w in from..from + (1 << (8 - l)) {
                    c.fast[w] = b as u16 | (l as u16) << 8;
                }
            }
            next += 1;
            placed += 1;
            c.count[l] += 1;
        }
        next <<= 1;
    }
    c
}

/// How many bytes `bytes` take encoded.
pub fn encoded_len(bytes: &[u8]) -> usize {
    let c = code();
    let bits: usize = bytes.iter().map(|&b| usize::from(c.len[b as usize])).sum();
    bits.div_ceil(8)
}

/// Appends `bytes` encoded to `out`.
pub fn encode_into(bytes: &[u8], out: &mut Vec<u8>) {
    let c = code();
    let (mut acc, mut n) = (0u64, 0u32);
    for &b in bytes {
        acc = acc << c.len[b as usize] | u64::from(c.code[b as usize]);
        n += u32::from(c.len[b as usize]);
        while n >= 8 {
            n -= 8;
            out.push((acc >> n) as u8);
        }
    }
    if n > 0 {
        out.push((acc << (8 - n)) as u8 | (0xFF >> n));
    }
}

/// The bytes `encoded` holds (what [`encode_into`] was given).
pub fn decode(encoded: &[u8]) -> Vec<u8> {
    let c = code();
    let mut out = Vec::with_capacity(encoded.len() * 2);
    // `acc` holds `n` unread bits in its low end.
    let (mut acc, mut n, mut at) = (0u64, 0u32, 0);
    loop {
        while n <= 56 && at < encoded.len() {
            acc = acc << 8 | u64::from(encoded[at]);
            at += 1;
            n += 8;
        }
        if n == 0 {
            break;
        }
        // The next eight bits, filled with ones past the end.
        let window = if n >= 8 { (acc >> (n - 8)) as usize & 0xFF } else { ((acc << (8 - n)) as usize | (0xFF >> n)) & 0xFF };
        let fast = c.fast[window];
        let len = u32::from(fast >> 8);
        if len != 0 {
            if len > n {
                break;
            }
            out.push(fast as u8);
            n -= len;
            continue;
        }
        let mut code = 0u32;
        let mut found = None;
        for l in 1..=MAX_LEN.min(n as usize) {
            code = code << 1 | (acc >> (n - l as u32)) as u32 & 1;
            let k = code.wrapping_sub(c.first[l]);
            if k < u32::from(c.count[l]) {
                found = Some((c.sorted[(c.start[l] as u32 + k) as usize], l as u32));
                break;
            }
        }
        let Some((b, l)) = found else { break };
        out.push(b);
        n -= l;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_code_is_whole_and_ones_never_end_a_text() {
        let c = code();
        let kraft: f64 = c.len.iter().map(|&l| 0.5f64.powi(l.into())).sum();
        assert!((kraft - 1.0).abs() < 1e-9, "a complete code: {kraft}");
        let longest = *c.len.iter().max().unwrap();
        assert!((9..=MAX_LEN as u8).contains(&longest), "{longest}");
        for l in 1..8 {
            assert!(!(0..256).any(|b| c.len[b] == l && c.code[b] == (1 << l) - 1), "a code of {l} ones");
        }
    }

    #[test]
    fn english_takes_under_three_fifths() {
        let text = "If your withdrawal has not arrived after 30 minutes, check its status under **History**. \
                    A pending withdrawal can take up to 24 hours while it is reviewed; never share your password.";
        assert!(encoded_len(text.as_bytes()) * 5 < text.len() * 3, "{} of {}", encoded_len(text.as_bytes()), text.len());
        let mut e = Vec::new();
        encode_into(text.as_bytes(), &mut e);
        assert_eq!(e.len(), encoded_len(text.as_bytes()));
        assert_eq!(decode(&e), text.as_bytes());
    }

    proptest! {
        #[test]
        fn any_bytes_come_back(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let mut e = Vec::new();
            encode_into(&bytes, &mut e);
            prop_assert_eq!(e.len(), encoded_len(&bytes));
            prop_assert_eq!(decode(&e), bytes);
        }

        #[test]
        fn any_bytes_decode(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            decode(&bytes);
        }
    }
}
