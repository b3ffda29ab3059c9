//! unicode: the little Unicode data the widget needs beyond `core`, in
//! compact tables: which chars are combining marks, what a char folds to
//! for search (its compatibility decomposition, already reduced the way
//! `faq::fold` would reduce it), and the canonical compositions folding can
//! meet (kana with dakuten, Hangul, Indic vowel signs).
//!
//! The full normalisation tables cost about 45 KB brotli in the wasm;
//! these cost a few. `tables.rs` is generated from the `unicode-normalization`
//! crate by the tests below, which also check, for every Unicode scalar
//! value and for random strings, that folding with these tables gives the
//! same result as folding with the full ones.

mod tables;

/// What folding needs to know about Unicode.
pub(crate) trait Ucd {
    /// Calls `f` with what `c` folds to before case and mark folding (`c` itself if nothing).
    fn decompose(c: char, f: &mut dyn FnMut(char));
    /// The canonical composition of `a` followed by `b`, if there is one.
    fn compose(a: char, b: char) -> Option<char>;
    /// Whether `c` is a combining mark (general category M).
    fn is_mark(c: char) -> bool;
}

/// The compiled-in compact tables.
pub(crate) struct Compact;

impl Ucd for Compact {
    fn decompose(c: char, f: &mut dyn FnMut(char)) {
        let code = c as u32;
        if let Some(&(range, target)) = find(tables::RUNS, |r| r.0, code) {
            let offset = code - (range >> 8);
            // A run maps to one char, or to consecutive chars (bit 0 of the target).
            let to = (target >> 1) + if target & 1 == 1 { offset } else { 0 };
            f(char::from_u32(to).unwrap_or(c));
            return;
        }
        if let Ok(i) = tables::MULTI_KEYS.binary_search(&code) {
            let start = if i == 0 { 0 } else { usize::from(tables::MULTI_ENDS[i - 1]) };
            let end = usize::from(tables::MULTI_ENDS[i]);
            tables::MULTI_TEXT[start..end].chars().for_each(f);
            return;
        }
        f(c);
    }

    fn compose(a: char, b: char) -> Option<char> {
        // Nothing composes with a char below U+0300 after it (checked for
        // every char below): most text is ASCII, and the search index
        // folds every char of a FAQ, twice.
        if (b as u32) < 0x300 {
            return None;
        }
        if let Some(c) = compose_hangul(a as u32, b as u32) {
            return char::from_u32(c);
        }
        let key = (u64::from(a as u32) << 21) | u64::from(b as u32);
        let i = tables::COMPOSE_KEYS.binary_search(&key).ok()?;
        char::from_u32(tables::COMPOSE_VALUES[i])
    }

    fn is_mark(c: char) -> bool {
        is_mark(c)
    }
}

/// Whether `c` is a combining mark (general category Mn, Mc or Me).
pub fn is_mark(c: char) -> bool {
    // Every mark is at or above U+0300.
    (c as u32) >= 0x300 && find(tables::MARKS, |r| *r, c as u32).is_some()
}

/// The entry of a table of runs, each keyed `start << 8 | len - 1`, that holds `code`.
fn find<T>(runs: &[T], key: impl Fn(&T) -> u32, code: u32) -> Option<&T> {
    let i = runs.partition_point(|r| key(r) >> 8 <= code).checked_sub(1)?;
    let k = key(&runs[i]);
    (code <= (k >> 8) + (k & 0xFF)).then_some(&runs[i])
}

// Hangul syllables compose by arithmetic (Unicode 3.12), not by table.
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = L_COUNT * V_COUNT * T_COUNT;

fn compose_hangul(a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    let s = a.wrapping_sub(S_BASE);
    if s < S_COUNT && s % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return Some(a + (b - T_BASE));
    }
    None
}

#[cfg(test)]
mod tests {
    //! The tables are generated here, from the full data of the
    //! `unicode-normalization` crate (a native dev-dependency only):
    //! `UPDATE_UNICODE_TABLES=1 cargo test --lib unicode` rewrites them.
    use super::*;
    use crate::faq::{fold_with, is_foldable_base};
    use proptest::prelude::*;
    use std::fmt::Write;
    use unicode_normalization::char as full;

    /// The full tables, as folding used them before these compact ones.
    struct Full;

    impl Ucd for Full {
        fn decompose(c: char, f: &mut dyn FnMut(char)) {
            full::decompose_compatible(c, f)
        }
        fn compose(a: char, b: char) -> Option<char> {
            full::compose(a, b)
        }
        fn is_mark(c: char) -> bool {
            full::is_combining_mark(c)
        }
    }

    /// No decompositions at all: what folding does for a char without a table entry.
    struct Bare;

    impl Ucd for Bare {
        fn decompose(c: char, f: &mut dyn FnMut(char)) {
            f(c)
        }
        fn compose(a: char, b: char) -> Option<char> {
            Full::compose(a, b)
        }
        fn is_mark(c: char) -> bool {
            Full::is_mark(c)
        }
    }

    fn scalars() -> impl Iterator<Item = char> {
        (0..=0x10FFFu32 * 0x10 + 0xF).filter_map(char::from_u32)
    }

    /// Runs of consecutive codes mapped to one target (step 0) or to
    /// consecutive targets (step 1), at most 256 long:
    /// `(start << 8 | len - 1, target << 1 | step)`.
    fn runs(items: &[(u32, u32)]) -> Vec<(u32, u32)> {
        // (start, len, target, step)
        let mut out: Vec<(u32, u32, u32, u32)> = Vec::new();
        for &(c, t) in items {
            if let Some(run) = out.last_mut() {
                if c == run.0 + run.1 && run.1 < 256 {
                    if run.1 == 1 && (t == run.2 || t == run.2 + 1) {
                        run.3 = t - run.2;
                        run.1 += 1;
                        continue;
                    }
                    if run.1 > 1 && t == run.2 + run.3 * run.1 {
                        run.1 += 1;
                        continue;
                    }
                }
            }
            out.push((c, 1, t, 0));
        }
        out.into_iter().map(|(start, len, target, step)| (start << 8 | (len - 1), target << 1 | step)).collect()
    }

    fn generate() -> String {
        let marks: Vec<(u32, u32)> = scalars().filter(|&c| full::is_combining_mark(c)).map(|c| (c as u32, 0)).collect();
        let marks = runs(&marks);

        // What each char must decompose to so that folding it, alone or in
        // context, matches folding with the full tables.
        let mut singles: Vec<(u32, u32)> = Vec::new();
        let mut multi: Vec<(u32, String)> = Vec::new();
        for c in scalars() {
            if c.is_ascii() {
                continue;
            }
            let s = c.to_string();
            let mut decomposed = Vec::new();
            full::decompose_compatible(c, |d| decomposed.push(d));
            // Marks fold differently after different bases: keep them as they
            // are. Anything else starts with a base, which resets folding's
            // state, so it is stored already folded if folding changes it.
            let to: Vec<char> = if full::is_combining_mark(decomposed[0]) {
                if decomposed == [c] {
                    continue;
                }
                decomposed
            } else {
                let folded = fold_with::<Full>(&s);
                if folded == fold_with::<Bare>(&s) {
                    continue;
                }
                folded.chars().collect()
            };
            match to.as_slice() {
                [one] => singles.push((c as u32, *one as u32)),
                _ => multi.push((c as u32, to.into_iter().collect())),
            }
        }
        let singles = runs(&singles);

        // Canonical compositions, minus Hangul (arithmetic) and those of a
        // Latin, Greek or Cyrillic letter with a mark (folding drops the mark first).
        let mut compose: Vec<(u64, u32)> = Vec::new();
        for c in scalars() {
            let mut d = Vec::new();
            full::decompose_canonical(c, |x| d.push(x));
            let mut x = d[0];
            for &y in &d[1..] {
                let Some(z) = full::compose(x, y) else { break };
                let hangul = compose_hangul(x as u32, y as u32).is_some();
                if !hangul && !(is_foldable_base(x) && full::is_combining_mark(y)) {
                    compose.push(((u64::from(x as u32) << 21) | u64::from(y as u32), z as u32));
                }
                x = z;
            }
        }
        compose.sort_unstable();
        compose.dedup();

        let mut out = String::new();
        out.push_str("// Generated by `UPDATE_UNICODE_TABLES=1 cargo test --lib unicode` from the\n");
        let version = unicode_normalization::UNICODE_VERSION;
        writeln!(out, "// unicode-normalization crate (Unicode {}.{}.{}); do not edit.\n", version.0, version.1, version.2).unwrap();
        out.push_str("/// Combining marks, as `start << 8 | len - 1`.\n");
        writeln!(out, "pub(super) const MARKS: &[u32] = &[{}];\n", join(marks.iter().map(|(r, _)| format!("{r:#x}")))).unwrap();
        out.push_str("/// Chars that fold to one char: `(start << 8 | len - 1, target << 1 | consecutive)`.\n");
        writeln!(out, "pub(super) const RUNS: &[(u32, u32)] = &[{}];\n", join(singles.iter().map(|(r, t)| format!("({r:#x}, {t:#x})")))).unwrap();
        out.push_str("/// Chars that fold to several chars (or to marks): their codes, …\n");
        writeln!(out, "pub(super) const MULTI_KEYS: &[u32] = &[{}];\n", join(multi.iter().map(|(c, _)| format!("{c:#x}")))).unwrap();
        let mut end = 0;
        let ends: Vec<String> = multi
            .iter()
            .map(|(_, s)| {
                end += s.len();
                end.to_string()
            })
            .collect();
        assert!(end <= usize::from(u16::MAX));
        out.push_str("/// … where each one's text ends in MULTI_TEXT, …\n");
        writeln!(out, "pub(super) const MULTI_ENDS: &[u16] = &[{}];\n", ends.join(", ")).unwrap();
        let text: String = multi.iter().map(|(_, s)| s.as_str()).collect();
        out.push_str("/// … and their texts, one after another.\n");
        writeln!(out, "pub(super) const MULTI_TEXT: &str = \"{}\";\n", text.escape_unicode()).unwrap();
        out.push_str("/// Canonical compositions: `first << 21 | second`, …\n");
        writeln!(out, "pub(super) const COMPOSE_KEYS: &[u64] = &[{}];\n", join(compose.iter().map(|(k, _)| format!("{k:#x}")))).unwrap();
        out.push_str("/// … and what each composes to.\n");
        writeln!(out, "pub(super) const COMPOSE_VALUES: &[u32] = &[{}];", join(compose.iter().map(|(_, v)| format!("{v:#x}")))).unwrap();
        out
    }

    fn join(items: impl Iterator<Item = String>) -> String {
        items.collect::<Vec<_>>().join(", ")
    }

    #[test]
    fn tables_are_generated_from_the_full_data() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/unicode/tables.rs");
        let generated = generate();
        if std::env::var_os("UPDATE_UNICODE_TABLES").is_some() {
            std::fs::write(path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap();
        assert!(committed == generated, "src/unicode/tables.rs is stale: run UPDATE_UNICODE_TABLES=1 cargo test --lib unicode");
    }

    #[test]
    fn marks_match_the_full_data_for_every_char() {
        for c in scalars() {
            assert_eq!(is_mark(c), full::is_combining_mark(c), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn folding_each_char_matches_the_full_data() {
        for c in scalars() {
            let s = c.to_string();
            assert_eq!(fold_with::<Compact>(&s), fold_with::<Full>(&s), "U+{:04X}", c as u32);
        }
    }

    /// What `Compact::compose` takes for granted: a composition's second
    /// char is never below U+0300 (every composition is of a char's
    /// canonical decomposition).
    #[test]
    fn no_composition_ends_with_a_char_below_u0300() {
        for c in scalars() {
            let mut d = Vec::new();
            full::decompose_canonical(c, |x| d.push(x));
            assert!(d.iter().skip(1).all(|&x| x as u32 >= 0x300), "U+{:04X} decomposes to {d:?}", c as u32);
        }
    }

    #[test]
    fn hangul_composes_by_arithmetic_as_the_full_data_does() {
        for a in (0x1100..0x1113).chain(0xAC00..0xD7A4) {
            for b in 0x1161..0x11C3 {
                let (a, b) = (char::from_u32(a).unwrap(), char::from_u32(b).unwrap());
                assert_eq!(Compact::compose(a, b), full::compose(a, b), "{a} {b}");
            }
        }
    }

    /// Chars that interact when folded next to each other: bases of every
    /// script with compositions, marks, jamo, half-width kana, ligatures.
    fn interacting() -> impl Strategy<Value = char> {
        prop_oneof![
            proptest::char::range('a', 'z'),
            proptest::char::range('\u{C0}', '\u{24F}'),
            proptest::char::range('\u{300}', '\u{36F}'),
            proptest::char::range('\u{370}', '\u{4FF}'),
            proptest::char::range('\u{600}', '\u{6FF}'),
            proptest::char::range('\u{900}', '\u{DFF}'),
            proptest::char::range('\u{1100}', '\u{11FF}'),
            proptest::char::range('\u{1E00}', '\u{1FFF}'),
            proptest::char::range('\u{3040}', '\u{30FF}'),
            proptest::char::range('\u{3130}', '\u{318F}'),
            proptest::char::range('\u{4E00}', '\u{4E20}'),
            proptest::char::range('\u{AC00}', '\u{AC40}'),
            proptest::char::range('\u{FB00}', '\u{FDFF}'),
            proptest::char::range('\u{FE70}', '\u{FFEF}'),
        ]
    }

    proptest! {
        #[test]
        fn folding_strings_matches_the_full_data(s in proptest::collection::vec(interacting(), 0..12)) {
            let s: String = s.into_iter().collect();
            prop_assert_eq!(fold_with::<Compact>(&s), fold_with::<Full>(&s), "{:?}", s);
        }
    }
}
