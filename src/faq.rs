//! faq: FAQ search. Owns how entries are shown along a locale chain, text
//! folding for matching (NFKC, case, Latin/Greek/Cyrillic accents, Arabic
//! diacritics and alef forms), tokenizing (words; bigrams for CJK runs;
//! Markdown-aware answers), the inverted index, ranking, and the
//! highlight ranges into the original shown text.

use crate::model::{FaqEntry, Topic};
use std::borrow::Cow;
use std::hash::Hasher;
use std::ops::Range;
use crate::unicode::{Compact, Ucd};

/// One entry as shown in one locale (after falling back along the chain).
/// Borrowed from the entry where its texts are held as UTF-8 (the index
/// keeps no copy of the texts); decoded where held compact.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown<'a> {
    /// The locale of the question (the first chain locale that has one).
    pub locale: &'a str,
    pub question: Cow<'a, str>,
    /// Markdown source: in the question's locale, else the first chain locale that has one.
    pub answer: Cow<'a, str>,
    /// The answer's locale; None when no chain locale has one (`answer` is empty).
    pub answer_locale: Option<&'a str>,
}

/// How `e` is shown along `chain`; None when no chain locale has its question.
/// Hits' highlight ranges are byte ranges into these texts.
pub fn shown<'a>(e: &'a FaqEntry, chain: &[impl AsRef<str>]) -> Option<Shown<'a>> {
    let (locale, answer_locale) = shown_locales(e, chain)?;
    Some(Shown {
        locale,
        question: e.question.get(&[locale])?.1,
        answer: answer_locale.and_then(|tag| e.answer.get(&[tag])).map_or(Cow::Borrowed(""), |(_, text)| text),
        answer_locale,
    })
}

/// The locales of [`shown`]'s question and answer, without reading the texts.
fn shown_locales<'a>(e: &'a FaqEntry, chain: &[impl AsRef<str>]) -> Option<(&'a str, Option<&'a str>)> {
    let locale = e.question.tag(chain)?;
    Some((locale, e.answer.tag(&[locale]).or_else(|| e.answer.tag(chain))))
}

/// Drops the texts of `e` that `chain` never shows or searches: all but the
/// shown question and answer, and the keywords of other locales. For a large
/// FAQ, whose user would otherwise keep the default language's text of every
/// entry they read in their own (4 MB of English in 5,000 entries); shown
/// in another chain, it has to be read again.
pub fn keep_shown(e: &mut FaqEntry, chain: &[impl AsRef<str>]) {
    keep_showable(e, chain);
    // No more texts to come: of the answers it could show, the one it does.
    let answer = shown_locales(e, chain).and_then(|(_, tag)| tag).map(String::from);
    e.answer.retain(&|tag| answer.as_deref() == Some(tag));
}

/// Drops the texts of `e` that `chain` can never show, even once FAQ
/// translation files have added texts (which only ever add or replace a
/// language's): the questions after the one shown, and the answers after
/// both the shown question's language and the first answer. What is kept
/// beyond [`keep_shown`] is the rare answer in a language before the shown
/// question's, which a file adding that language's question would show. So
/// a large config is pruned as it is read, before its files are merged.
pub fn keep_showable(e: &mut FaqEntry, chain: &[impl AsRef<str>]) {
    let position = |tag: &str| chain.iter().position(|l| l.as_ref() == tag);
    let question = e.question.tag(chain).and_then(position).unwrap_or(chain.len());
    let answer = e.answer.tag(chain).and_then(position);
    e.question.retain(&|tag| position(tag) == Some(question));
    e.answer.retain(&|tag| position(tag).is_some_and(|p| p <= question || Some(p) == answer));
    e.keywords.retain(&|tag| position(tag).is_some());
}

/// A search result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Index into the entries slice.
    pub entry: usize,
    /// Higher is better.
    pub score: u32,
}

/// What one query found: its hits, best first, and the terms it matched,
/// from which [`Index::question_marks`] and [`Index::answer_marks`]
/// highlight a hit when it is drawn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    pub hits: Vec<Hit>,
    /// Term ids, ascending, each with whether it is marked whole (false:
    /// only its first char, for a bigram found by a one-char query).
    terms: Vec<(u32, bool)>,
}

/// Where a term occurs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Question = 0,
    Keyword = 1,
    Answer = 2,
}

impl Field {
    /// Question matches outrank answer matches; keywords count slightly less than the question.
    fn weight(self) -> u16 {
        match self {
            Field::Question => 30,
            Field::Keyword => 25,
            Field::Answer => 10,
        }
    }
}

/// How a query word matched a term.
const EXACT: u16 = 10;
const PREFIX: u16 = 7;
const FUZZY: u16 = 5;

/// Query units beyond this are ignored (keeps pathological queries cheap).
const MAX_UNITS: usize = 24;

/// Where a term occurs: an internal entry number and a field, as one number.
/// Only which entries and fields: where in the text is found again when a
/// hit is drawn ([`Index::question_marks`]), for the few hits drawn. Ranges for every
/// occurrence took three quarters of a large FAQ's index.
fn place(entry: u32, field: Field) -> u32 {
    entry << 2 | field as u32
}

fn place_entry(place: u32) -> u32 {
    place >> 2
}

fn place_field(place: u32) -> Field {
    match place & 3 {
        0 => Field::Question,
        1 => Field::Keyword,
        _ => Field::Answer,
    }
}

/// How a place is written after the term's previous one (`NO_PLACE`
/// before the first): the entry's distance from the previous place's, with
/// the field in its low bits.
fn place_head(last: u32, place: u32) -> u32 {
    let last_entry = if last == NO_PLACE { 0 } else { place_entry(last) };
    (place_entry(place) - last_entry) << 2 | place & 3
}

/// Not a place: entries are numbered far below 2^30.
const NO_PLACE: u32 = u32::MAX;

/// Bytes `v` takes as a LEB128 varint.
fn varint_len(v: u32) -> u32 {
    (32 - (v | 1).leading_zeros()).div_ceil(7)
}

/// Writes `v` as a LEB128 varint at `at`, which [`varint_len`] said it fits.
fn put_varint(out: &mut [u8], at: &mut usize, mut v: u32) {
    while v >= 0x80 {
        out[*at] = v as u8 | 0x80;
        *at += 1;
        v >>= 7;
    }
    out[*at] = v as u8;
    *at += 1;
}

fn take_varint(bytes: &[u8], at: &mut usize) -> u32 {
    let mut v = 0u32;
    let mut shift = 0;
    while let Some(&b) = bytes.get(*at) {
        *at += 1;
        v |= u32::from(b & 0x7f) << shift;
        if b < 0x80 {
            break;
        }
        shift += 7;
    }
    v
}

/// Reads back a term's places: each place once, in entry order, as
/// [`place_head`] after the one before, a LEB128 varint (mostly one byte).
struct PlaceReader<'a> {
    bytes: &'a [u8],
    at: usize,
    entry: u32,
}

impl Iterator for PlaceReader<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.at >= self.bytes.len() {
            return None;
        }
        let head = take_varint(self.bytes, &mut self.at);
        self.entry += head >> 2;
        Some(self.entry << 2 | head & 3)
    }
}

/// The terms, back to back in one buffer: a boxed string each would cost
/// more in headers than in content.
#[derive(Default)]
struct Packed {
    text: String,
    ends: Vec<u32>,
}

impl Packed {
    fn push(&mut self, term: &str) {
        self.text.push_str(term);
        self.ends.push(self.text.len() as u32);
    }

    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn len(&self) -> usize {
        self.ends.len()
    }
}

/// The search index for one locale chain.
pub struct Index {
    chain: Vec<String>,
    /// Config entry numbers of the indexed entries, in config order.
    entries: Vec<usize>,
    topics: Vec<Topic>,
    /// Question length in tokens (words + CJK chars), for a small brevity tie-breaker.
    question_len: Vec<u32>,
    /// Sorted terms (words, CJK bigrams, and the CJK chars that end a run),
    /// for exact and prefix lookups.
    terms: Packed,
    /// The places of term `i`, in entry order (see [`PlaceReader`]). One
    /// box each, not one buffer: small blocks fill the holes that reading
    /// the config left, where one buffer of most of a megabyte would not fit.
    postings: Vec<Box<[u8]>>,
    /// Word term ids by length in chars, for fuzzy lookups.
    by_len: Vec<Vec<u32>>,
}

impl Index {
    /// Built once per locale chain (e.g. `["pt-BR", "en-US"]`); each entry is
    /// shown in the first locale of the chain that has its question; entries
    /// with no text in any chain locale are skipped. Keywords from the chosen
    /// locale and from every other chain locale are indexed.
    pub fn build(entries: &[FaqEntry], chain: &[&str]) -> Index {
        let mut builder = IndexBuilder::new(chain);
        entries.iter().for_each(|e| builder.count(e));
        let mut writer = builder.writer();
        entries.iter().enumerate().for_each(|(k, e)| writer.add(k, e));
        writer.finish()
    }

    /// Config entry numbers of the entries shown in this chain, in config order.
    pub fn entries(&self) -> &[usize] {
        &self.entries
    }

    /// How `e` (an entry of the slice this index was built from) is shown
    /// in this index's chain: the texts its hits' ranges refer to.
    pub fn show<'a>(&self, e: &'a FaqEntry) -> Option<Shown<'a>> {
        shown(e, &self.chain)
    }

    /// Ranked results, best first, deterministic (ties broken by config
    /// order). `topic` filters. An empty/whitespace query returns every entry
    /// (of the topic) in config order with score 0 and nothing to mark.
    pub fn search(&self, query: &str, topic: Option<Topic>) -> Found {
        let allowed = |i: usize| topic.is_none_or(|t| self.topics[i] == t);
        let units = query_units(&fold_spans(query));
        if units.is_empty() {
            let hits = (0..self.entries.len()).filter(|&i| allowed(i)).map(|i| Hit { entry: self.entries[i], score: 0 });
            return Found { hits: hits.collect(), terms: Vec::new() };
        }

        let n = self.entries.len();
        // Per entry: the query units it matched (the top byte) and the sum
        // of their best weights, (kind × field), below. One number an entry,
        // not a list of accumulators beside a table of where each is: wasm
        // memory keeps the largest search's working memory for good.
        let mut acc = vec![0u32; n];
        let mut best = vec![0u16; n];
        let mut touched: Vec<u32> = Vec::new();
        let mut matched: Vec<(u32, u16)> = Vec::new();
        let mut terms: Vec<(u32, bool)> = Vec::new();
        let mut scratch: Vec<char> = Vec::new();

        for unit in &units {
            matched.clear();
            self.unit_terms(unit, &mut matched, &mut scratch);
            // A one-char unit also matches the bigrams it starts: only their first char is marked.
            let whole = !matches!(unit, Unit::Gram(g) if g.chars().nth(1).is_none());
            for &(tid, kind) in &matched {
                terms.push((tid, whole));
                for place in self.places(tid) {
                    let e = place_entry(place) as usize;
                    if !allowed(e) {
                        continue;
                    }
                    if best[e] == 0 {
                        touched.push(e as u32);
                    }
                    best[e] = best[e].max(kind * place_field(place).weight());
                }
            }
            for &e in &touched {
                acc[e as usize] += 1 << 24 | u32::from(best[e as usize]);
                best[e as usize] = 0;
            }
            touched.clear();
        }
        // Marked whole wherever one unit matched it whole.
        crate::sort::sort_by(&mut terms, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        terms.dedup_by_key(|t| t.0);

        let total = units.len() as u32;
        let score = |e: usize| {
            let (units, quality) = (acc[e] >> 24, acc[e] & 0xFF_FFFF);
            let coverage = units * 1000 / total; // 0..=1000
            let brevity = 99 / self.question_len[e].max(1); // 0..=99
            coverage * 1_000_000 + (quality * 100).min(999_000) + brevity
        };
        // Best first, then in config order (`entries` is ascending). One
        // u64 per hit holds the whole order, entries being unique; sorting
        // them is much faster than a comparison through `dyn` on every
        // keystroke over thousands of hits (1 ms of 2.7 in Chromium, zh-CN,
        // 5,000 entries).
        let found = (0..n).filter(|&e| acc[e] != 0);
        let mut order: Vec<u64> = Vec::with_capacity(found.clone().count());
        order.extend(found.map(|e| (u64::from(u32::MAX - score(e)) << 32) | e as u64));
        crate::sort::sort_keys(&mut order);
        let hits = order.into_iter().map(|key| Hit { entry: self.entries[key as u32 as usize], score: u32::MAX - (key >> 32) as u32 });
        Found { hits: hits.collect(), terms }
    }

    /// What to highlight in a hit's shown question (`Shown::question`, as
    /// this index shows the entry of a hit in `found`): byte ranges, sorted,
    /// neither overlapping nor touching, on char boundaries. Every place the
    /// text holds a term the query matched, found again from the text, for
    /// the few hits drawn, since the index keeps no ranges (see [`place`]).
    pub fn question_marks(&self, found: &Found, question: &str) -> Vec<Range<usize>> {
        self.marks(found, question, Field::Question)
    }

    /// The same in a hit's shown answer (`Shown::answer`, its Markdown
    /// source): asked for only when the answer is opened.
    pub fn answer_marks(&self, found: &Found, answer: &str) -> Vec<Range<usize>> {
        self.marks(found, answer, Field::Answer)
    }

    fn marks(&self, found: &Found, text: &str, field: Field) -> Vec<Range<usize>> {
        if found.terms.is_empty() {
            return Vec::new();
        }
        let mut ranges = Vec::new();
        each_term(&field_spans(text, field), &mut String::new(), &mut |term, start, mid, end| {
            let Some(id) = self.lookup(term) else { return };
            if let Ok(k) = found.terms.binary_search_by_key(&id, |t| t.0) {
                ranges.push((start, if found.terms[k].1 { end } else { mid }));
            }
        });
        merge(ranges)
    }

    /// The terms a query unit matches, with the match kind's weight.
    fn unit_terms(&self, unit: &Unit, out: &mut Vec<(u32, u16)>, scratch: &mut Vec<char>) {
        match unit {
            Unit::Gram(g) => {
                if let Some(id) = self.lookup(g) {
                    out.push((id, EXACT));
                }
                if g.chars().nth(1).is_none() {
                    // The bigrams it starts (`each_term`): CJK, so no word starts with it.
                    let lo = self.first_term(0, |t| t < g.as_str());
                    let hi = self.first_term(lo, |t| t.starts_with(g.as_str()));
                    out.extend((lo..hi).filter(|&id| self.term(id) != g.as_str()).map(|id| (id as u32, EXACT)));
                }
            }
            Unit::Word {
                text,
                chars,
                prefix,
            } => {
                let len = chars.len();
                if let Some(id) = self.lookup(text) {
                    out.push((id, EXACT));
                }
                if *prefix {
                    let lo = self.first_term(0, |t| t < text.as_str());
                    let hi = self.first_term(lo, |t| t.starts_with(text.as_str()));
                    for id in lo..hi {
                        if self.term(id) != text.as_str() {
                            out.push((id as u32, PREFIX));
                        }
                    }
                }
                if len >= 5 {
                    // One edit away, comparing only terms whose length differs by <= 1.
                    for l in len - 1..=len + 1 {
                        for &id in self.by_len.get(l).into_iter().flatten() {
                            let t = self.term(id as usize);
                            if t == text.as_str() || (*prefix && t.starts_with(text.as_str())) {
                                continue;
                            }
                            scratch.clear();
                            scratch.extend(t.chars());
                            if within_one_edit(chars, scratch) {
                                out.push((id, FUZZY));
                            }
                        }
                    }
                    // A shorter indexed word the query extends by 1-2 chars
                    // ("failed" -> "fail", "locked" -> "lock").
                    for k in (len - 2).max(4)..len {
                        let stem: String = chars[..k].iter().collect();
                        if let Some(id) = self.lookup(&stem) {
                            out.push((id, FUZZY));
                        }
                    }
                }
                crate::sort::sort_by(out, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
                out.dedup_by_key(|m| m.0);
            }
        }
    }

    fn lookup(&self, term: &str) -> Option<u32> {
        let i = self.first_term(0, |t| t < term);
        (i < self.terms.len() && self.term(i) == term).then_some(i as u32)
    }

    fn term(&self, id: usize) -> &str {
        self.terms.get(id)
    }

    /// The first term id from `from` on for which `before` is false (terms
    /// are sorted, and `before` must hold for a prefix of them).
    fn first_term(&self, from: usize, before: impl Fn(&str) -> bool) -> usize {
        let (mut lo, mut hi) = (from, self.terms.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if before(self.term(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    fn places(&self, term: u32) -> PlaceReader<'_> {
        PlaceReader { bytes: &self.postings[term as usize], at: 0, entry: 0 }
    }
}

/// An [`Index`] built an entry at a time, so that a large FAQ can be
/// indexed in slices between other work (the browser glue yields between
/// them) instead of in one long task. Built in two passes over the entries:
/// the first ([`IndexBuilder::count`]) learns the terms and how many bytes
/// each one's places take, the second ([`IndexWriter::add`]) writes them
/// into lists of exactly that size. Reading the texts twice takes longer,
/// but lists grown as they filled left holes behind them that wasm memory,
/// which never shrinks, kept as its peak.
pub struct IndexBuilder {
    chain: Vec<String>,
    b: Builder,
    /// Entries counted so far: the number the next one is given.
    counted: u32,
}

impl IndexBuilder {
    pub fn new(chain: &[&str]) -> IndexBuilder {
        IndexBuilder { chain: chain.iter().map(|l| l.to_string()).collect(), b: Builder::default(), counted: 0 }
    }

    /// The first pass: each entry of the config, in config order.
    pub fn count(&mut self, e: &FaqEntry) {
        if let Some(shown) = shown(e, &self.chain) {
            self.b.add_entry(self.counted, e, &shown, &self.chain);
            self.counted += 1;
        }
    }

    /// Ends the first pass.
    pub fn writer(mut self) -> IndexWriter {
        self.b.start_writing();
        let n = self.counted as usize;
        IndexWriter {
            chain: self.chain,
            b: self.b,
            entries: Vec::with_capacity(n),
            topics: Vec::with_capacity(n),
            question_len: Vec::with_capacity(n),
        }
    }
}

/// The second pass of an [`IndexBuilder`].
pub struct IndexWriter {
    chain: Vec<String>,
    b: Builder,
    entries: Vec<usize>,
    topics: Vec<Topic>,
    question_len: Vec<u32>,
}

impl IndexWriter {
    /// Entry number `k` of the config: the same entries as counted, in the same order.
    pub fn add(&mut self, k: usize, e: &FaqEntry) {
        let Some(shown) = shown(e, &self.chain) else {
            return;
        };
        let id = self.entries.len() as u32;
        self.question_len.push(self.b.add_entry(id, e, &shown, &self.chain));
        self.entries.push(k);
        self.topics.push(e.topic);
    }

    pub fn finish(self) -> Index {
        let Builder { terms, postings, by_len, .. } = self.b;
        Index {
            chain: self.chain,
            entries: self.entries,
            topics: self.topics,
            question_len: self.question_len,
            terms,
            postings,
            by_len,
        }
    }
}

/// Sorts byte ranges and merges overlapping or touching ones.
fn merge(mut v: Vec<(u32, u32)>) -> Vec<Range<usize>> {
    crate::sort::sort(&mut v);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(v.len());
    for (s, e) in v {
        let (s, e) = (s as usize, e as usize);
        match out.last_mut() {
            Some(last) if s <= last.end => last.end = last.end.max(e),
            _ => out.push(s..e),
        }
    }
    out
}

/// Whether `a` and `b` differ by at most one insertion, deletion,
/// substitution or adjacent transposition.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la == lb {
        let mut i = 0;
        while i < la && a[i] == b[i] {
            i += 1;
        }
        if i == la || a[i + 1..] == b[i + 1..] {
            return true;
        }
        i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..]
    } else if la + 1 == lb || lb + 1 == la {
        let (s, l) = if la < lb { (a, b) } else { (b, a) };
        let mut i = 0;
        while i < s.len() && s[i] == l[i] {
            i += 1;
        }
        s[i..] == l[i + 1..]
    } else {
        false
    }
}

// ---------------------------------------------------------------------------
// Index building

#[derive(Default)]
struct Builder {
    /// The terms: while counting, in the order first met, a term's id its
    /// place here; while writing, sorted, as the index keeps them. One
    /// buffer, not a boxed string each (thousands of allocations, each with
    /// a header, and a hash table of them, at the build's peak).
    terms: Packed,
    /// The term table: open addressing over `terms`, each slot a term's id
    /// plus one (0: empty), at its hash or the first empty slot after it.
    slots: Vec<u32>,
    /// By term id: the last place met (`NO_PLACE` before the first).
    last: Vec<u32>,
    /// By term id: the bytes its places take (counting), or the bytes of
    /// them written so far (writing).
    len: Vec<u32>,
    /// By term id, once writing: its places, in a list of the size counted.
    postings: Vec<Box<[u8]>>,
    /// Word term ids by length in chars, for fuzzy lookups.
    by_len: Vec<Vec<u32>>,
    writing: bool,
    /// Reused for each token's text, so that only new terms allocate.
    scratch: String,
}

/// Where `term` starts looking in a table of `size` slots (a power of two):
/// the hash's top bits, the ones its last multiplication mixes best.
fn term_slot(term: &str, size: usize) -> usize {
    let mut h = FxHasher::default();
    h.write(term.as_bytes());
    (h.finish() >> (64 - size.trailing_zeros())) as usize
}

impl Builder {
    /// Indexes entry `id`'s shown question and answer and the chain's
    /// keywords (the shown locale's first); returns the question's length
    /// in tokens.
    fn add_entry(&mut self, id: u32, e: &FaqEntry, shown: &Shown, chain: &[String]) -> u32 {
        let question_len = self.add_text(id, Field::Question, &shown.question);
        self.add_text(id, Field::Answer, &shown.answer);
        let others = chain.iter().map(String::as_str).filter(|l| *l != shown.locale);
        for l in std::iter::once(shown.locale).chain(others) {
            for kw in &e.keywords.get(l) {
                self.add_text(id, Field::Keyword, kw);
            }
        }
        question_len
    }

    /// Indexes one text; returns its length in tokens (words + CJK chars).
    fn add_text(&mut self, entry: u32, field: Field, text: &str) -> u32 {
        let mut scratch = std::mem::take(&mut self.scratch);
        let count = each_term(&field_spans(text, field), &mut scratch, &mut |term, _, _, _| self.add(term, place(entry, field)));
        self.scratch = scratch;
        count
    }

    fn add(&mut self, term: &str, place: u32) {
        let id = match self.find(term) {
            Ok(id) => id,
            Err(_) if self.writing => return, // not met while counting: never, for the same entries
            Err(at) => self.insert(at, term),
        };
        let last = self.last[id];
        // A term found again in the same entry and field adds nothing.
        if last == place {
            return;
        }
        self.last[id] = place;
        let head = place_head(last, place);
        if !self.writing {
            self.len[id] += varint_len(head);
            return;
        }
        let list = &mut self.postings[id];
        let mut at = self.len[id] as usize;
        if at + varint_len(head) as usize <= list.len() {
            put_varint(list, &mut at, head);
            self.len[id] = at as u32;
        }
    }

    /// The id of `term`, or the empty slot where it would go.
    fn find(&self, term: &str) -> Result<usize, usize> {
        if self.slots.is_empty() {
            return Err(0);
        }
        let mask = self.slots.len() - 1;
        let mut at = term_slot(term, self.slots.len());
        loop {
            match self.slots[at] {
                0 => return Err(at),
                slot if self.terms.get(slot as usize - 1) == term => return Ok(slot as usize - 1),
                _ => at = (at + 1) & mask,
            }
        }
    }

    fn insert(&mut self, mut at: usize, term: &str) -> usize {
        // At most three quarters full, so that probes stay short.
        if (self.terms.len() + 1) * 4 > self.slots.len() * 3 {
            self.fill_slots((self.slots.len() * 2).max(256));
            at = self.find(term).unwrap_err();
        }
        let id = self.terms.len();
        self.terms.push(term);
        self.slots[at] = id as u32 + 1;
        self.last.push(NO_PLACE);
        self.len.push(0);
        id
    }

    /// Makes the table `size` slots and puts every term in it.
    fn fill_slots(&mut self, size: usize) {
        let mut slots = vec![0; size];
        for id in 0..self.terms.len() {
            let mut at = term_slot(self.terms.get(id), size);
            while slots[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            slots[at] = id as u32 + 1;
        }
        self.slots = slots;
    }

    /// Ends counting: the terms sorted, a list of the size counted for
    /// each, and the table made again for the sorted ids.
    fn start_writing(&mut self) {
        let met = std::mem::take(&mut self.terms);
        let order = crate::sort::order(met.len(), &mut |a, b| met.get(a).cmp(met.get(b)));
        self.terms = Packed { text: String::with_capacity(met.text.len()), ends: Vec::with_capacity(order.len()) };
        self.postings = Vec::with_capacity(order.len());
        for (new, &old) in order.iter().enumerate() {
            let t = met.get(old as usize);
            if t.chars().next().is_some_and(|c| !is_cjk(c)) {
                let l = t.chars().count();
                if self.by_len.len() <= l {
                    self.by_len.resize_with(l + 1, Vec::new);
                }
                self.by_len[l].push(new as u32);
            }
            self.terms.push(t);
            self.postings.push(vec![0; self.len[old as usize] as usize].into_boxed_slice());
        }
        drop(met);
        self.last.fill(NO_PLACE);
        self.len.fill(0);
        self.fill_slots(self.slots.len());
        self.writing = true;
    }
}

/// A fast hash for the builder's term table: the terms are the platform's
/// own FAQ text, so hash flooding is not a concern. (With the reused token
/// buffer, the native build of 5,000 entries became 20–27 % faster.)
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// `text` folded as its field is indexed and marked: an answer with its
/// Markdown's link destinations, bare URLs and list numbers blanked.
fn field_spans(text: &str, field: Field) -> Vec<FChar> {
    let mut spans = fold_spans(text);
    if field == Field::Answer {
        blank_spans(&mut spans, &markdown_skips(text));
    }
    spans
}

/// Byte ranges of a Markdown answer not to index: link destinations after
/// `](`, bare URLs, and ordered-list numbers.
fn markdown_skips(src: &str) -> Vec<(usize, usize)> {
    let b = src.as_bytes();
    let mut skips = Vec::new();
    let mut line = 0;
    loop {
        let mut i = line;
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        let d = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i > d
            && i < b.len()
            && (b[i] == b'.' || b[i] == b')')
            && (i + 1 == b.len() || b[i + 1].is_ascii_whitespace())
        {
            skips.push((d, i));
        }
        match src[line..].find('\n') {
            Some(p) => line += p + 1,
            None => break,
        }
    }
    let is_url = |i: usize| {
        let rest = &b[i..];
        let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        // Asked at every byte of every answer: most fail at the first.
        rest[0].eq_ignore_ascii_case(&b'h') && (starts(b"http://") || starts(b"https://"))
    };
    let mut i = 0;
    while i < b.len() {
        if b[i] == b']' && b.get(i + 1) == Some(&b'(') {
            let s = i + 2;
            let mut depth = 1u32;
            let mut j = s;
            while j < b.len() {
                match b[j] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    b'\n' => break,
                    _ => {}
                }
                j += 1;
            }
            skips.push((s, j));
            i = j;
        } else if is_url(i) {
            let mut j = i;
            while j < b.len()
                && !b[j].is_ascii_whitespace()
                && !matches!(b[j], b')' | b'(' | b'<' | b'>' | b'"' | b'\'' | b']' | b'[')
            {
                j += 1;
            }
            skips.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    skips
}

/// Turns folded chars whose source lies in a skipped range into separators.
fn blank_spans(spans: &mut [FChar], skips: &[(usize, usize)]) {
    if skips.is_empty() {
        return;
    }
    for f in spans {
        let p = f.start as usize;
        if skips.iter().any(|&(s, e)| p >= s && p < e) {
            f.c = ' ';
        }
    }
}

// ---------------------------------------------------------------------------
// Queries

enum Unit {
    /// A word; `prefix` if it may match as a prefix (2+ chars, or being typed).
    Word {
        text: String,
        chars: Vec<char>,
        prefix: bool,
    },
    /// A CJK bigram, or a unigram for a single-char run.
    Gram(String),
}

fn query_units(spans: &[FChar]) -> Vec<Unit> {
    let toks = tokens(spans);
    let mut seen: Vec<String> = Vec::new();
    let mut units = Vec::new();
    let mut push = |text: String, unit: Unit, units: &mut Vec<Unit>| {
        if units.len() < MAX_UNITS && !seen.contains(&text) {
            seen.push(text);
            units.push(unit);
        }
    };
    let last = toks.len().wrapping_sub(1);
    for (k, tok) in toks.into_iter().enumerate() {
        match tok {
            Tok::Word(r) => {
                let chars: Vec<char> = spans[r.clone()].iter().map(|f| f.c).collect();
                let text: String = chars.iter().collect();
                let typing = k == last && r.end == spans.len();
                let prefix = chars.len() >= 2 || typing;
                push(text.clone(), Unit::Word { text, chars, prefix }, &mut units);
            }
            Tok::Cjk(r) => {
                if r.len() == 1 {
                    let g = spans[r.start].c.to_string();
                    push(g.clone(), Unit::Gram(g), &mut units);
                } else {
                    for i in r.start..r.end - 1 {
                        let g: String = [spans[i].c, spans[i + 1].c].iter().collect();
                        push(g.clone(), Unit::Gram(g), &mut units);
                    }
                }
            }
        }
    }
    units
}

// ---------------------------------------------------------------------------
// Tokenizing

/// A token as a range of folded chars.
enum Tok {
    Word(Range<usize>),
    Cjk(Range<usize>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Sep,
    Word,
    Cjk,
}

fn class(c: char) -> Class {
    if c.is_ascii() {
        return if c.is_ascii_alphanumeric() { Class::Word } else { Class::Sep };
    }
    if is_cjk(c) {
        Class::Cjk
    } else if c.is_alphanumeric() || Compact::is_mark(c) {
        Class::Word
    } else {
        Class::Sep
    }
}

/// Han, Hiragana, Katakana and Hangul: scripts written without spaces between words
/// (Korean uses spaces, but particles attach to words, so bigrams serve it too).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF        // Hangul Jamo
        | 0x3005 | 0x3007      // 々 〇
        | 0x3041..=0x309F      // Hiragana
        | 0x30A1..=0x30FA      // Katakana
        | 0x30FC..=0x30FF      // ー ヽ ヾ ヿ
        | 0x3130..=0x318F      // Hangul Compatibility Jamo
        | 0x31F0..=0x31FF      // Katakana Phonetic Extensions
        | 0x3400..=0x4DBF      // CJK Extension A
        | 0x4E00..=0x9FFF      // CJK Unified Ideographs
        | 0xA960..=0xA97F      // Hangul Jamo Extended-A
        | 0xAC00..=0xD7FF      // Hangul Syllables, Jamo Extended-B
        | 0xF900..=0xFAFF      // CJK Compatibility Ideographs
        | 0x20000..=0x323AF    // CJK Extensions B–H
    )
}

/// Calls `f` with each term of a folded text, in order, and the byte range
/// of the original text it stands for: start, where its first char ends (a
/// CJK bigram's first; else the end), end. Returns the text's length in
/// tokens (words + CJK chars). The index is built from these terms and a
/// hit's marks are found again from them, so the two always agree.
fn each_term(spans: &[FChar], scratch: &mut String, f: &mut dyn FnMut(&str, u32, u32, u32)) -> u32 {
    let mut count = 0;
    for tok in tokens(spans) {
        match tok {
            Tok::Word(r) => {
                count += 1;
                scratch.clear();
                scratch.extend(spans[r.clone()].iter().map(|f| f.c));
                let end = spans[r.end - 1].end;
                f(scratch, spans[r.start].start, end, end);
            }
            Tok::Cjk(r) => {
                // Each char once: in the bigram it starts, or alone at the
                // end of its run. A one-char query looks in both
                // (`Index::unit_terms`); a list of every char as well took
                // half of a Chinese FAQ's index.
                for i in r.clone() {
                    count += 1;
                    scratch.clear();
                    scratch.push(spans[i].c);
                    let (mid, mut end) = (spans[i].end, spans[i].end);
                    if i + 1 < r.end {
                        scratch.push(spans[i + 1].c);
                        end = spans[i + 1].end;
                    }
                    f(scratch, spans[i].start, mid, end);
                }
            }
        }
    }
    count
}

fn tokens(spans: &[FChar]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        let k = class(spans[i].c);
        let mut j = i + 1;
        while j < spans.len() && class(spans[j].c) == k {
            j += 1;
        }
        match k {
            Class::Word => out.push(Tok::Word(i..j)),
            Class::Cjk => out.push(Tok::Cjk(i..j)),
            Class::Sep => {}
        }
        i = j;
    }
    out
}

// ---------------------------------------------------------------------------
// Folding

/// A folded char and the byte range of the original char(s) it came from.
#[derive(Clone, Copy, Debug)]
struct FChar {
    c: char,
    start: u32,
    end: u32,
}

/// Normalises text for matching: NFKC (full-width to half-width, ligatures),
/// lower-case, accents folded for Latin, Greek and Cyrillic letters (marks
/// kept elsewhere, so Japanese dakuten stay), Arabic tashkeel and tatweel
/// removed and alef forms unified.
pub fn fold(text: &str) -> String {
    fold_with::<Compact>(text)
}

/// [`fold`] with the given Unicode data (tests compare [`Compact`] with the full tables).
pub(crate) fn fold_with<U: Ucd>(text: &str) -> String {
    fold_spans_with::<U>(text).iter().map(|f| f.c).collect()
}

/// [`fold`], keeping for each folded char the original byte range it came from.
fn fold_spans(text: &str) -> Vec<FChar> {
    fold_spans_with::<Compact>(text)
}

fn fold_spans_with<U: Ucd>(text: &str) -> Vec<FChar> {
    let mut raw: Vec<FChar> = Vec::with_capacity(text.len());
    // Whether combining marks after the current base char are dropped.
    let mut foldable = true;
    for (i, ch) in text.char_indices() {
        let (start, end) = (i as u32, (i + ch.len_utf8()) as u32);
        if ch.is_ascii() {
            raw.push(FChar {
                c: ch.to_ascii_lowercase(),
                start,
                end,
            });
            foldable = true;
            continue;
        }
        // Han ideographs and Hangul syllables (most of a Chinese, Japanese
        // or Korean text) fold to themselves, as the tests check for every
        // char: the tables need not be searched for them.
        if matches!(ch, '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}') {
            raw.push(FChar { c: ch, start, end });
            foldable = false;
            continue;
        }
        U::decompose(ch, &mut |d| {
            for l in d.to_lowercase() {
                push_folded::<U>(&mut raw, &mut foldable, l, start, end);
            }
        });
    }
    // Recompose what is left (kana with dakuten, Hangul jamo): the "C" of
    // NFKC. In place: the first `kept` chars are the result so far.
    let mut kept = 0;
    for i in 0..raw.len() {
        let f = raw[i];
        if kept > 0 {
            let last = &mut raw[kept - 1];
            if let Some(c) = U::compose(last.c, f.c) {
                last.c = c;
                last.end = last.end.max(f.end);
                continue;
            }
        }
        raw[kept] = f;
        kept += 1;
    }
    raw.truncate(kept);
    raw
}

fn push_folded<U: Ucd>(out: &mut Vec<FChar>, foldable: &mut bool, c: char, start: u32, end: u32) {
    let c = match c {
        'ς' => 'σ',
        'ٱ' => 'ا', // alef wasla (أ إ آ decompose to alef + a dropped mark)
        'ى' => 'ي', // alef maksura
        'ة' => 'ه', // teh marbuta
        _ => c,
    };
    if is_arabic_diacritic(c) {
        return;
    }
    if c == 'ß' {
        for s in ['s', 's'] {
            out.push(FChar { c: s, start, end });
        }
        *foldable = true;
        return;
    }
    if U::is_mark(c) {
        if *foldable {
            return;
        }
    } else {
        *foldable = is_foldable_base(c);
    }
    out.push(FChar { c, start, end });
}

/// Tashkeel, Quranic annotation marks, superscript alef, hamza/madda marks and tatweel.
fn is_arabic_diacritic(c: char) -> bool {
    matches!(c as u32, 0x0610..=0x061A | 0x0640 | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

/// Latin, Greek and Cyrillic letters (and ASCII): marks after them are accents to fold.
pub(crate) fn is_foldable_base(c: char) -> bool {
    matches!(c as u32,
        0x0000..=0x02AF            // Basic Latin … IPA Extensions
        | 0x0370..=0x03FF          // Greek
        | 0x0400..=0x052F          // Cyrillic, Cyrillic Supplement
        | 0x1C80..=0x1C8F          // Cyrillic Extended-C
        | 0x1D00..=0x1DBF          // Phonetic Extensions
        | 0x1E00..=0x1FFF          // Latin Extended Additional, Greek Extended
        | 0x2C60..=0x2C7F          // Latin Extended-C
        | 0x2DE0..=0x2DFF          // Cyrillic Extended-A
        | 0xA640..=0xA69F          // Cyrillic Extended-B
        | 0xA720..=0xA7FF          // Latin Extended-D
        | 0xAB30..=0xAB6F          // Latin Extended-E
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Localized;

    fn loc(pairs: &[(&str, &str)]) -> Localized {
        pairs.iter().map(|(l, t)| (l.to_string(), t.to_string())).collect()
    }

    fn entry(
        id: &str,
        topic: Topic,
        qa: &[(&str, &str, &str)],
        keywords: &[(&str, &[&str])],
    ) -> FaqEntry {
        FaqEntry {
            id: id.into(),
            topic,
            question: loc(&qa.iter().map(|(l, q, _)| (*l, *q)).collect::<Vec<_>>()),
            answer: loc(&qa.iter().map(|(l, _, a)| (*l, *a)).collect::<Vec<_>>()),
            keywords: keywords
                .iter()
                .map(|(l, ws)| (l.to_string(), ws.iter().map(|w| w.to_string()).collect()))
                .collect(),
            related: Vec::new(),
            needs_person: false,
        }
    }

    fn fixture() -> Vec<FaqEntry> {
        use Topic::*;
        vec![
            entry("account-locked", AccountAccess, &[
                ("en-US", "My account is locked. How do I unlock it?",
                 "For your safety we lock an account after several wrong password attempts.\n\n\
                  Wait 30 minutes, then use **Forgot password** on the [sign-in page](https://help.example.org/unlock-withdrawal)."),
                ("zh-CN", "我的账户被锁定了，怎么解锁？", "为了安全，多次输错密码后账户会被锁定。请等待30分钟后使用**忘记密码**。"),
                ("ru", "Мой аккаунт заблокирован. Как его разблокировать?", "Подождите 30 минут и воспользуйтесь функцией «Забыли пароль»."),
                ("es", "Mi cuenta está bloqueada", "Espera 30 minutos y usa *¿Olvidaste tu contraseña?*"),
                ("ko", "계정이 잠금되었어요. 어떻게 해제하나요?", "30분 후에 **비밀번호 찾기**를 사용하세요."),
            ], &[("en-US", &["frozen", "suspended", "can't log in"]), ("zh-CN", &["冻结"]), ("ru", &["заморожен"])]),
            entry("withdrawal-failed", DepositWithdrawal, &[
                ("en-US", "Why did my withdrawal fail?",
                 "A withdrawal can fail when the address or network is wrong, or the amount is below the minimum. \
                  Failed withdrawals are returned to your balance.\n\n1. Check the network\n2. Check the `memo` or tag"),
                ("zh-CN", "为什么我的提现失败了？", "地址或网络错误、金额低于最低限额时，提现会失败。失败的提现会退回您的余额。"),
                ("zh-TW", "為什麼我的提領失敗了？", "地址或網路錯誤時，提領會失敗。"),
                ("ja", "出金が失敗したのはなぜですか？", "アドレスやネットワークが間違っていると出金は失敗します。"),
                ("ru", "Почему не прошёл вывод средств?", "Вывод может не пройти, если адрес или сеть указаны неверно."),
                ("es", "¿Por qué falló mi retiro?", "Un retiro fallido vuelve a tu saldo. Revisa la red y la dirección."),
                ("ar", "لماذا فشل السَّحب؟", "يفشل السحب إذا كان العنوان أو الشبكة غير صحيحة."),
            ], &[("en-US", &["payout", "cash out"])]),
            entry("deposit-missing", DepositWithdrawal, &[
                ("en-US", "My deposit has not been credited",
                 "Deposits are credited after the required network confirmations. Check the transaction hash in a block explorer."),
                ("zh-CN", "充值未到账怎么办？", "充值需要区块网络确认后才会到账。"),
                ("ja", "入金が反映されません", "ネットワークの承認後に入金が反映されます。"),
                ("es", "Mi depósito no aparece", "Los depósitos se acreditan tras las confirmaciones de la red."),
                ("ar", "لم يصل إيداعي", "تتم إضافة الإيداع بعد تأكيدات الشبكة."),
            ], &[]),
            entry("2fa-reset", Security, &[
                ("en-US", "How do I reset 2FA?",
                 "If you lost your authenticator, request a **2FA reset** with a selfie and your ID. Resets take up to 3 days."),
                ("zh-CN", "如何重置双重验证（2FA）？", "如果丢失了验证器，请提交**2FA重置**申请。"),
                ("ru", "Как сбросить 2FA?", "Если вы потеряли аутентификатор, запросите сброс 2FA."),
            ], &[("en-US", &["authenticator", "two-factor"])]),
            entry("phishing", Security, &[
                ("en-US", "I received a suspicious email or message",
                 "We never ask for your password or 2FA codes. Do not click links; report the message to our team."),
                ("zh-CN", "收到可疑的邮件或消息", "我们绝不会索要您的密码或验证码。"),
                ("ja", "不審なメールを受け取りました", "パスワードを聞くことはありません。"),
                ("ar", "تلقيت رسالة مشبوهة", "لن نطلب أبدًا كلمة المرور."),
            ], &[("en-US", &["scam", "phishing", "fake support"])]),
            entry("fees", Fees, &[
                ("en-US", "What are the trading and withdrawal fees?",
                 "Trading fees start at 0.1%. Withdrawal fees depend on the network."),
                ("zh-CN", "交易和提现手续费是多少？", "交易手续费从0.1%起。"),
                ("es", "¿Cuáles son las comisiones de retiro?", "Las comisiones dependen de la red."),
            ], &[]),
            entry("kyc", Verification, &[
                ("en-US", "How long does identity verification (KYC) take?",
                 "Verification usually takes 1–2 business days. Make sure your *passport* photo is sharp."),
                ("zh-CN", "身份认证（KYC）需要多长时间？", "认证通常需要1–2个工作日。"),
                ("ru", "Сколько длится верификация личности?", "Обычно 1–2 рабочих дня."),
            ], &[("en-US", &["kyc", "identity", "passport"])]),
            entry("refund", OrdersRefunds, &[
                ("en-US", "How do I get a refund for an order?", "Open **Orders**, choose the order and tap *Request refund*."),
                ("es", "¿Cómo obtengo el reembolso de un pedido?", "Abre **Pedidos** y elige *Solicitar reembolso*."),
                ("ja", "注文の返金方法", "注文を開いて返金を申請してください。"),
            ], &[]),
            entry("reply-times", Other, &[
                ("en-US", "How long does support take to reply?", "Live chat replies within minutes; e-mail within 24 hours."),
                ("zh-CN", "客服多久回复？", "在线客服几分钟内回复。"),
            ], &[]),
            entry("no-answer", Other, &[
                ("en-US", "What should I do when nobody answers?",
                 "If support has not replied within 48 hours, reply to your ticket instead of opening a new one. \
                  Never contact people who message you first."),
                ("ru", "Что делать, если никто не отвечает?", "Ответьте в свой тикет через 48 часов."),
            ], &[]),
            entry("password-reset", AccountAccess, &[
                ("en-US", "How do I change or reset my password?", "Go to **Security** → *Password* and follow the steps."),
                ("zh-CN", "如何修改或重置密码？", "进入**安全**设置并按步骤操作。"),
            ], &[]),
            entry("api-keys", Technical, &[
                ("en-US", "How do I create an API key?", "Open **Settings → API** and choose *Create key*."),
            ], &[]),
            entry("german-only", Other, &[
                ("de-DE", "Wie kündige ich mein Konto?", "Schreiben Sie uns."),
            ], &[]),
        ]
    }

    fn ids<'a>(entries: &'a [FaqEntry], hits: &[Hit]) -> Vec<&'a str> {
        hits.iter().map(|h| entries[h.entry].id.as_str()).collect()
    }

    fn top<'a>(entries: &'a [FaqEntry], index: &Index, query: &str) -> &'a str {
        let found = index.search(query, None);
        let hits = &found.hits;
        assert!(!hits.is_empty(), "no hit for {query:?}");
        &entries[hits[0].entry].id
    }

    fn shown_of<'a>(entries: &'a [FaqEntry], index: &Index, hit: &Hit) -> Shown<'a> {
        index.show(&entries[hit.entry]).unwrap()
    }

    fn marked<'a>(text: &'a str, marks: &[Range<usize>]) -> Vec<&'a str> {
        marks.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn fold_normalises_case_accents_width_and_arabic() {
        assert_eq!(fold("Retíro"), "retiro");
        assert_eq!(fold("ВЫВОД"), "вывод");
        assert_eq!(fold("ＡＢＣ１２"), "abc12");
        assert_eq!(fold("Ñandú Ελλάς"), "nandu ελλασ");
        assert_eq!(fold("السَّحب"), "السحب");
        assert_eq!(fold("أإآٱ"), "اااا");
        assert_eq!(fold("Straße"), "strasse");
        // Dakuten are essential in kana; half-width kana become full-width.
        assert_eq!(fold("ガギ"), "ガギ");
        assert_eq!(fold("ｶﾞ"), "ガ");
        assert_eq!(fold("か\u{3099}"), "が");
        assert_eq!(fold("계정"), "계정");
    }

    #[test]
    fn english_withdrawal_failed_ranks_and_highlights() {
        let entries = fixture();
        let index = Index::build(&entries, &["en-US"]);
        let found = index.search("withdrawal failed", None);
        let hits = &found.hits;
        assert_eq!(ids(&entries, &hits)[0], "withdrawal-failed");
        let s = shown_of(&entries, &index, &hits[0]);
        assert_eq!(marked(&s.question, &index.question_marks(&found, &s.question)), ["withdrawal", "fail"]);
        let answer = marked(&s.answer, &index.answer_marks(&found, &s.answer));
        assert!(answer.contains(&"Failed") && answer.contains(&"withdrawals"), "{answer:?}");
        // Matching both words beats matching one (the fees question has "withdrawal").
        let fees = hits.iter().position(|h| entries[h.entry].id == "fees").unwrap();
        assert!(hits[0].score > hits[fees].score);
        // Link URLs are not indexed: "withdrawal" only appears in account-locked's link.
        assert!(!ids(&entries, &hits).contains(&"account-locked"));
    }

    #[test]
    fn english_typos_prefixes_and_synonyms() {
        let entries = fixture();
        let index = Index::build(&entries, &["en-US"]);
        assert_eq!(top(&entries, &index, "withdrawl"), "withdrawal-failed");
        assert_eq!(top(&entries, &index, "withdrawl failde"), "withdrawal-failed");
        assert_eq!(top(&entries, &index, "pasword"), "password-reset");
        assert_eq!(top(&entries, &index, "withd"), "withdrawal-failed");
        assert_eq!(top(&entries, &index, "frozen"), "account-locked");
        assert_eq!(top(&entries, &index, "scam"), "phishing");
        assert_eq!(top(&entries, &index, "cant log in"), "account-locked");
        // "2fa": the question match outranks the phishing answer's mention.
        let found = index.search("2fa", None);
        let hits = &found.hits;
        assert_eq!(ids(&entries, &hits)[..2], ["2fa-reset", "phishing"]);
        // No fuzzy matching for short words.
        assert!(index.search("fess", None).hits.is_empty());
        assert!(index.search("qqqqq", None).hits.is_empty());
    }

    #[test]
    fn exact_beats_prefix_beats_fuzzy() {
        let entries = fixture();
        let index = Index::build(&entries, &["en-US"]);
        let score = |q: &str| {
            let found = index.search(q, None);
            let hits = &found.hits;
            hits.iter().find(|h| entries[h.entry].id == "refund").unwrap().score
        };
        assert!(score("refund") > score("refu"));
        assert!(score("refu") > score("refnud"));
    }

    #[test]
    fn chinese_simplified_and_traditional() {
        let entries = fixture();
        let index = Index::build(&entries, &["zh-CN", "en-US"]);
        let found = index.search("提现失败", None);
        let hits = &found.hits;
        assert_eq!(ids(&entries, &hits)[0], "withdrawal-failed");
        let s = shown_of(&entries, &index, &hits[0]);
        assert_eq!(marked(&s.question, &index.question_marks(&found, &s.question)), ["提现失败"]);
        // The fees entry shares one of three bigrams and ranks lower.
        let fees = hits.iter().find(|h| entries[h.entry].id == "fees").unwrap();
        assert!(fees.score < hits[0].score);
        assert_eq!(top(&entries, &index, "冻结"), "account-locked");
        assert_eq!(top(&entries, &index, "锁"), "account-locked");

        let tw = Index::build(&entries, &["zh-TW", "en-US"]);
        let found = tw.search("提領失敗", None);
        let hits = &found.hits;
        assert_eq!(ids(&entries, &hits)[0], "withdrawal-failed");
        assert_eq!(shown_of(&entries, &tw, &hits[0]).locale, "zh-TW");
    }

    #[test]
    fn japanese_and_korean() {
        let entries = fixture();
        let ja = Index::build(&entries, &["ja", "en-US"]);
        let found = ja.search("出金", None);
        let hits = &found.hits;
        assert_eq!(ids(&entries, &hits)[0], "withdrawal-failed");
        let s = shown_of(&entries, &ja, &hits[0]);
        assert_eq!(marked(&s.question, &ja.question_marks(&found, &s.question)), ["出金"]);
        assert_eq!(top(&entries, &ja, "入金 反映"), "deposit-missing");
        assert_eq!(top(&entries, &ja, "返金"), "refund");

        let ko = Index::build(&entries, &["ko", "en-US"]);
        let found = ko.search("계정 잠금", None);
        let hits = &found.hits;
        assert_eq!(ids(&entries, &hits)[0], "account-locked");
        let s = shown_of(&entries, &ko, &hits[0]);
        assert_eq!(marked(&s.question, &ko.question_marks(&found, &s.question)), ["계정", "잠금"]);
    }

    #[test]
    fn russian_spanish_arabic() {
        let entries = fixture();
        let ru = Index::build(&entries, &["ru", "en-US"]);
        assert_eq!(top(&entries, &ru, "заблокирован"), "account-locked");
        assert_eq!(top(&entries, &ru, "ВЫВОД"), "withdrawal-failed");
        assert_eq!(top(&entries, &ru, "заморожен"), "account-locked");
        // "прошел" finds "прошёл" (ё folds to е).
        assert_eq!(top(&entries, &ru, "прошел"), "withdrawal-failed");

        let es = Index::build(&entries, &["es", "en-US"]);
        assert_eq!(top(&entries, &es, "retiro fallido"), "withdrawal-failed");
        assert_eq!(top(&entries, &es, "fallo retiro"), "withdrawal-failed");
        let found = es.search("retíro", None);
        let hits = &found.hits;
        assert_eq!(ids(&entries, &hits)[0], "withdrawal-failed");
        assert!(ids(&entries, &hits).contains(&"fees"));
        let s = shown_of(&entries, &es, &hits[0]);
        assert_eq!(marked(&s.question, &es.question_marks(&found, &s.question)), ["retiro"]);
        assert_eq!(top(&entries, &es, "deposito"), "deposit-missing");
        assert_eq!(top(&entries, &es, "CUENTA BLOQUEADA"), "account-locked");

        let ar = Index::build(&entries, &["ar", "en-US"]);
        let found = ar.search("السحب", None);
        let hits = &found.hits;
        assert_eq!(ids(&entries, &hits)[0], "withdrawal-failed");
        let s = shown_of(&entries, &ar, &hits[0]);
        assert_eq!(marked(&s.question, &ar.question_marks(&found, &s.question)), ["السَّحب"]);
        assert_eq!(top(&entries, &ar, "ايداع"), "deposit-missing");
    }

    #[test]
    fn full_width_and_case() {
        let entries = fixture();
        let index = Index::build(&entries, &["en-US"]);
        assert_eq!(top(&entries, &index, "ＷＩＴＨＤＲＡＷＡＬ ＦＡＩＬ"), "withdrawal-failed");
        assert_eq!(top(&entries, &index, "KYC"), "kyc");
    }

    #[test]
    fn markdown_is_not_indexed_as_words() {
        let entries = fixture();
        let index = Index::build(&entries, &["en-US"]);
        let found = index.search("forgot", None);
        let hits = &found.hits;
        assert_eq!(ids(&entries, &hits), ["account-locked"]);
        let s = shown_of(&entries, &index, &hits[0]);
        assert_eq!(marked(&s.answer, &index.answer_marks(&found, &s.answer)), ["Forgot"]);
        assert!(index.search("https", None).hits.is_empty());
        assert!(index.search("example", None).hits.is_empty());
        // Ordered-list numbers are not words; "memo" inside `code` is.
        assert_eq!(top(&entries, &index, "memo"), "withdrawal-failed");
    }

    #[test]
    fn topic_filter() {
        let entries = fixture();
        let index = Index::build(&entries, &["en-US"]);
        let found = index.search("withdrawal", Some(Topic::Fees));
        let hits = &found.hits;
        assert_eq!(ids(&entries, &hits), ["fees"]);
        assert!(index.search("withdrawal", Some(Topic::Security)).hits.is_empty());
        let all = index.search("", Some(Topic::Security));
        assert_eq!(ids(&entries, &all.hits), ["2fa-reset", "phishing"]);
    }

    #[test]
    fn falls_back_along_the_chain_and_skips_missing() {
        let entries = fixture();
        let index = Index::build(&entries, &["zh-CN", "en-US"]);
        let shown = |id: &str| entries.iter().find(|e| e.id == id).and_then(|e| index.show(e));
        let api = shown("api-keys").unwrap();
        assert_eq!(api.locale, "en-US");
        assert_eq!(api.question, "How do I create an API key?");
        assert_eq!(top(&entries, &index, "api"), "api-keys");
        let locked = shown("account-locked").unwrap();
        assert_eq!(locked.locale, "zh-CN");
        // The German-only entry has no text in the chain.
        assert_eq!(index.entries().len(), entries.len() - 1);
        assert!(shown("german-only").is_none());
        assert!(index.entries().iter().all(|&k| entries[k].id != "german-only"));
        // Keywords of the other chain locales are indexed too.
        assert_eq!(top(&entries, &index, "frozen"), "account-locked");
        // A chain with no texts at all.
        let none = Index::build(&entries, &["fr-FR"]);
        assert!(none.entries().is_empty());
        assert!(none.search("", None).hits.is_empty());
        assert!(none.search("withdrawal", None).hits.is_empty());
    }

    #[test]
    fn empty_query_returns_all_in_order() {
        let entries = fixture();
        let index = Index::build(&entries, &["en-US"]);
        for q in ["", "   ", "\t\n"] {
            let found = index.search(q, None);
            let hits = &found.hits;
            let expected = index.entries().to_vec();
            assert_eq!(hits.iter().map(|h| h.entry).collect::<Vec<_>>(), expected);
            assert!(hits.iter().all(|h| h.score == 0));
            let s = shown_of(&entries, &index, &hits[0]);
            assert!(index.question_marks(&found, &s.question).is_empty() && index.answer_marks(&found, &s.answer).is_empty());
        }
    }

    #[test]
    fn many_entries_all_answer() {
        let words = [
            "account", "withdrawal", "deposit", "network", "password", "locked", "verify",
            "identity", "balance", "transfer", "wallet", "address", "support", "refund", "order",
            "fees", "trading", "security", "confirm", "pending",
        ];
        let entries: Vec<FaqEntry> = (0..5000)
            .map(|i| {
                let w = |k: usize| words[(i * 7 + k * 13) % words.len()];
                let q = format!("Why is my {} {} {} number {i}?", w(0), w(1), w(2));
                let a = format!(
                    "The {} of your {} needs a {} check. See [docs](https://x.org/{}). 提现失败 {}",
                    w(3), w(4), w(5), w(6), i
                );
                entry(&format!("e{i}"), Topic::ALL[i % Topic::ALL.len()], &[("en-US", q.as_str(), a.as_str())], &[])
            })
            .collect();
        let index = Index::build(&entries, &["en-US"]);
        let queries = ["withdrawl", "w", "acc", "password locked", "提现", "network fees pend"];
        // Speed is measured by `make bench`; here, that a large index answers.
        for q in queries {
            assert!(!index.search(q, None).hits.is_empty(), "{q}");
        }
        // Each entry's number is a term of its own (5,000 of them, through
        // every growth of the builder's term table): each finds its entry first.
        for i in (0..5000).step_by(97) {
            let found = index.search(&format!("number {i}"), None);
            assert_eq!(ids(&entries, &found.hits)[0], format!("e{i}"));
        }
    }

    fn check_hits(entries: &[FaqEntry], index: &Index, found: &Found) -> Result<(), proptest::test_runner::TestCaseError> {
        let hits = &found.hits;
        for w in hits.windows(2) {
            proptest::prop_assert!(w[0].score >= w[1].score);
            if w[0].score == w[1].score {
                proptest::prop_assert!(w[0].entry < w[1].entry);
            }
        }
        for h in hits {
            let s = shown_of(entries, index, h);
            let marks = [index.question_marks(found, &s.question), index.answer_marks(found, &s.answer)];
            for (text, marks) in [(&s.question, &marks[0]), (&s.answer, &marks[1])] {
                let mut prev_end = 0;
                for (k, r) in marks.iter().enumerate() {
                    proptest::prop_assert!(r.start < r.end && r.end <= text.len());
                    proptest::prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                    proptest::prop_assert!(k == 0 || r.start > prev_end);
                    prev_end = r.end;
                }
            }
        }
        Ok(())
    }

    #[test]
    fn keep_shown_keeps_what_the_chain_shows_and_searches() {
        let mut e = entry("x", Topic::Other, &[("en-US", "Fees?", "Low."), ("zh-CN", "费用？", ""), ("ru", "Комиссии?", "Низкие.")],
            &[("en-US", &["cost"]), ("zh-CN", &["价格"]), ("ru", &["цена"])]);
        e.answer = loc(&[("en-US", "Low."), ("ru", "Низкие.")]);
        keep_shown(&mut e, &["zh-CN", "en-US"]);
        // The question in zh-CN; its answer falls back to en-US, so that stays.
        assert_eq!(e.question.iter().map(|(t, x)| format!("{t}={x}")).collect::<Vec<_>>(), ["zh-CN=费用？"]);
        assert_eq!(e.answer.iter().map(|(t, x)| format!("{t}={x}")).collect::<Vec<_>>(), ["en-US=Low."]);
        assert_eq!(e.keywords.iter().map(|(t, w)| format!("{t}={}", w.iter().collect::<Vec<_>>().join(","))).collect::<Vec<_>>(), ["en-US=cost", "zh-CN=价格"]);
        // Shown in no locale of the chain: nothing is kept.
        keep_shown(&mut e, &["ja"]);
        assert!(e.question.is_empty() && e.answer.is_empty() && e.keywords.iter().next().is_none());
    }

    proptest::proptest! {
        // Cheap cases, and the one that tells needs three languages, the
        // question in the last, answers in the other two, and a file that
        // adds the middle one's question.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        /// Pruning as a large config is read shows the same as pruning once
        /// its translation files are merged: whatever the files then add or
        /// replace, the kept texts show what the whole entry would.
        #[test]
        fn keep_showable_shows_what_the_whole_entry_would(
            questions in proptest::collection::vec(proptest::option::of("[a-c]"), 4),
            answers in proptest::collection::vec(proptest::option::of("[a-c]"), 4),
            chain in proptest::strategy::Strategy::prop_shuffle(proptest::sample::subsequence(vec![0usize, 1, 2, 3], 0..=4)),
            added in proptest::collection::vec((0usize..5, proptest::option::of("[xy]"), proptest::option::of("[xy]")), 0..3),
        ) {
            let tags = ["en-US", "zh-CN", "zh-TW", "ru", "ja"];
            let texts = |v: &Vec<Option<String>>| -> Localized {
                v.iter().zip(tags).filter_map(|(t, tag)| Some((tag.to_string(), t.clone()?))).collect()
            };
            let words: crate::model::Keywords = tags.iter().map(|t| (t.to_string(), vec![format!("k{t}")])).collect();
            let whole = FaqEntry { question: texts(&questions), answer: texts(&answers), keywords: words, ..entry("x", Topic::Other, &[], &[]) };
            let chain: Vec<&str> = chain.into_iter().map(|i| tags[i]).collect();
            let mut pruned = whole.clone();
            keep_showable(&mut pruned, &chain);
            let merged = |mut e: FaqEntry| {
                for (tag, q, a) in &added {
                    q.iter().for_each(|q| e.question.set(tags[*tag], q.clone()));
                    a.iter().for_each(|a| e.answer.set(tags[*tag], a.clone()));
                }
                e
            };
            let (whole, pruned) = (merged(whole), merged(pruned));
            proptest::prop_assert_eq!(shown(&whole, &chain), shown(&pruned, &chain));
            for tag in &chain {
                proptest::prop_assert!(whole.keywords.get(tag).iter().eq(pruned.keywords.get(tag).iter()));
            }
        }
    }

    proptest::proptest! {
        /// Dropping what a chain does not show changes nothing that chain
        /// shows or finds.
        #[test]
        fn keep_shown_changes_no_result(q in "[a-z提现失败锁定 ]{0,12}|\\PC{0,8}", which in 0usize..4) {
            let chain = [&["en-US"][..], &["zh-CN", "en-US"], &["ar", "ja", "en-US"], &["ko", "ru"]][which];
            let entries = fixture();
            let mut kept = entries.clone();
            kept.iter_mut().for_each(|e| keep_shown(e, chain));
            for (e, k) in entries.iter().zip(&kept) {
                proptest::prop_assert_eq!(shown(e, chain), shown(k, chain));
                proptest::prop_assert!(k.question.iter().count() <= 1 && k.answer.iter().count() <= 1);
            }
            let (full, pruned) = (Index::build(&entries, chain), Index::build(&kept, chain));
            proptest::prop_assert_eq!(full.search(&q, None), pruned.search(&q, None));
        }

        /// Place lists read back as written, each place once: entries in
        /// order, any field; a term found again in the same entry and field
        /// adds nothing. The first pass's count is the bytes the second writes.
        #[test]
        fn places_round_trip(raw in proptest::collection::vec((0usize..4, 0usize..3), 1..60)) {
            let mut entry = 0;
            let places: Vec<u32> = raw
                .into_iter()
                .map(|(step, field)| {
                    entry += [0, 1, 1_000, 1 << 20][step];
                    place(entry, [Field::Question, Field::Keyword, Field::Answer][field])
                })
                .collect();
            let mut b = Builder::default();
            places.iter().for_each(|&p| b.add("t", p));
            b.start_writing();
            places.iter().for_each(|&p| b.add("t", p));
            let written = &b.postings[0];
            proptest::prop_assert_eq!(b.len[0] as usize, written.len());
            let back: Vec<u32> = PlaceReader { bytes: written, at: 0, entry: 0 }.collect();
            let mut expected = places.clone();
            expected.dedup();
            proptest::prop_assert_eq!(back, expected);
        }

        #[test]
        fn search_any_printable_query(q in "\\PC*") {
            let entries = fixture();
            for chain in [&["en-US"][..], &["zh-CN", "en-US"], &["ar", "ja", "en-US"]] {
                let index = Index::build(&entries, chain);
                let found = index.search(&q, None);
                proptest::prop_assert_eq!(&found, &index.search(&q, None));
                check_hits(&entries, &index, &found)?;
                check_hits(&entries, &index, &index.search(&q, Some(Topic::Security)))?;
            }
        }

        #[test]
        fn search_any_string_query(q in proptest::prelude::any::<String>()) {
            let entries = fixture();
            let index = Index::build(&entries, &["ru", "es", "en-US"]);
            let found = index.search(&q, None);
            proptest::prop_assert_eq!(&found, &index.search(&q, None));
            check_hits(&entries, &index, &found)?;
        }

        #[test]
        fn arbitrary_texts_index_and_highlight(
            question in proptest::prelude::any::<String>(),
            answer in "\\PC*",
            cut in 0usize..40,
        ) {
            let entries = vec![entry("x", Topic::Other, &[("en-US", question.as_str(), answer.as_str())], &[])];
            let index = Index::build(&entries, &["en-US"]);
            let query: String = question.chars().skip(cut / 2).take(cut).collect();
            check_hits(&entries, &index, &index.search(&query, None))?;
            check_hits(&entries, &index, &index.search(&answer, None))?;
        }

        /// A one-char CJK query finds every place the char is, wherever it
        /// stands in its run (each is indexed once: in the bigram it starts,
        /// or alone at a run's end), and marks that char only.
        #[test]
        fn one_cjk_char_finds_and_marks_every_occurrence(text in "[提现失败 x]{0,24}", which in 0usize..4) {
            let c = ['提', '现', '失', '败'][which];
            let entries = vec![entry("x", Topic::Other, &[("zh-CN", text.as_str(), "")], &[])];
            let index = Index::build(&entries, &["zh-CN"]);
            let found = index.search(&c.to_string(), None);
            let hits = &found.hits;
            let mut expected: Vec<Range<usize>> = Vec::new();
            for (at, _) in text.match_indices(c) {
                match expected.last_mut() {
                    Some(last) if last.end == at => last.end = at + c.len_utf8(),
                    _ => expected.push(at..at + c.len_utf8()),
                }
            }
            match hits.as_slice() {
                [] => proptest::prop_assert!(expected.is_empty()),
                [hit] => proptest::prop_assert_eq!(index.question_marks(&found, &shown_of(&entries, &index, hit).question), expected),
                _ => proptest::prop_assert!(false, "one entry, {} hits", hits.len()),
            }
        }

        #[test]
        fn fold_is_idempotent(s in "\\PC*") {
            let once = fold(&s);
            proptest::prop_assert_eq!(fold(&once), once);
        }
    }
}
