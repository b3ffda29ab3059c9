//! Invariants shared by the fuzz targets. Each helper panics (assert!) when
//! one is broken, which libFuzzer reports as a crash with the input saved.

use signpost::faq::{Hit, Index};
use signpost::links;
use signpost::markdown::{self, Block, Inline};
use signpost::model::{FaqEntry, Topic};
use std::collections::HashMap;
use std::ops::Range;

/// `markdown`'s MAX_DEPTH (24) plus the one level a link may add on top.
pub const MAX_TREE_DEPTH: u32 = 25;

fn walk<'a>(inl: &'a [Inline], in_link: bool, depth: u32, f: &mut dyn FnMut(&'a Inline, bool, u32)) {
    for i in inl {
        f(i, in_link, depth + 1);
        match i {
            Inline::Strong(c) | Inline::Emphasis(c) => walk(c, in_link, depth + 1, f),
            Inline::Link { children, .. } => walk(children, true, depth + 1, f),
            Inline::Text { .. } | Inline::Code { .. } => {}
        }
    }
}

/// Every inline of the tree with whether it is inside a link and its depth (1 = top level).
pub fn each_inline<'a>(blocks: &'a [Block], f: &mut dyn FnMut(&'a Inline, bool, u32)) {
    for b in blocks {
        match b {
            Block::Paragraph(c) => walk(c, false, 0, f),
            Block::List { items, .. } => items.iter().for_each(|c| walk(c, false, 0, f)),
        }
    }
}

/// What `markdown` promises for any source text.
pub fn check_markdown(source: &str) -> Vec<Block> {
    let blocks = markdown::parse(source);
    assert_eq!(blocks, markdown::parse(source), "parse is not deterministic");
    each_inline(&blocks, &mut |inline, in_link, depth| {
        assert!(depth <= MAX_TREE_DEPTH, "tree depth {depth} > {MAX_TREE_DEPTH}");
        match inline {
            // A source range reproduces its text character for character.
            Inline::Text { text, source: Some(r) } | Inline::Code { text, source: Some(r) } => {
                assert_eq!(source.get(r.clone()), Some(text.as_str()), "source range {r:?} does not give the text");
            }
            Inline::Text { .. } | Inline::Code { .. } | Inline::Strong(_) | Inline::Emphasis(_) => {}
            // Links only with an allowed scheme (the same rule as everywhere), never nested.
            Inline::Link { href, .. } => {
                assert!(links::check(href).is_ok(), "link not allowed by links::check: {href:?}");
                assert!(!in_link, "a link inside a link: {href:?}");
            }
        }
    });
    for b in &blocks {
        if let Block::List { items, .. } = b {
            assert!(!items.is_empty(), "a list without items");
        }
    }
    // Nothing outside the subset turns into markup: the plain text never has
    // more of a character than the source, except the separators and list
    // numbers that plain_text itself adds.
    let plain = markdown::plain_text(&blocks);
    let mut budget: HashMap<char, isize> = HashMap::new();
    for c in source.chars() {
        *budget.entry(c).or_default() += 1;
    }
    for c in plain.chars() {
        if matches!(c, ' ' | '\n' | '-' | '.') || c.is_ascii_digit() {
            continue;
        }
        let n = budget.entry(c).or_default();
        *n -= 1;
        assert!(*n >= 0, "plain text has more {c:?} than the source");
    }
    blocks
}

fn check_marks(marks: &[Range<usize>], text: &str, what: &str) {
    let mut last_end = None;
    for r in marks {
        assert!(r.start < r.end, "{what}: empty or reversed mark {r:?}");
        assert!(r.end <= text.len(), "{what}: mark {r:?} past the end ({})", text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "{what}: mark {r:?} not on char boundaries");
        if let Some(e) = last_end {
            // Sorted and non-overlapping; touching ranges are merged.
            assert!(r.start > e, "{what}: marks unsorted, overlapping or touching at {r:?}");
        }
        last_end = Some(r.end);
    }
}

/// What `faq::Found` promises for one search, with the marks of each hit,
/// and that filtering by topic only filters. `entries` are those the index
/// was built from.
pub fn check_search(entries: &[FaqEntry], index: &Index, query: &str) -> Vec<Hit> {
    let topic_of = |entry: usize| entries[entry].topic;
    let found = index.search(query, None);
    assert_eq!(found, index.search(query, None), "search is not deterministic");
    let hits = found.hits.clone();
    let mut seen = std::collections::HashSet::new();
    for (k, h) in hits.iter().enumerate() {
        assert!(index.entries().contains(&h.entry), "hit for entry {} that is not indexed", h.entry);
        let s = index.show(&entries[h.entry]).unwrap_or_else(|| panic!("hit for entry {} that is not shown", h.entry));
        assert!(seen.insert(h.entry), "entry {} twice in the hits", h.entry);
        let marks = [index.question_marks(&found, &s.question), index.answer_marks(&found, &s.answer)];
        check_marks(&marks[0], &s.question, "question");
        check_marks(&marks[1], &s.answer, "answer");
        if query.trim().is_empty() {
            assert!(marks.iter().all(Vec::is_empty), "an empty query must mark nothing");
        }
        if k > 0 {
            let p = &hits[k - 1];
            assert!(
                p.score > h.score || (p.score == h.score && p.entry < h.entry),
                "hits not ranked best first with ties in config order"
            );
        }
    }
    if query.trim().is_empty() {
        assert_eq!(hits.len(), index.entries().len(), "an empty query must list every entry");
        assert!(hits.iter().all(|h| h.score == 0));
    }
    // Every topic the entries have, and one they lack (if any).
    let mut topics: Vec<Topic> = index.entries().iter().map(|&k| topic_of(k)).collect();
    topics.sort();
    topics.dedup();
    if let Some(absent) = Topic::ALL.iter().find(|t| !topics.contains(t)) {
        topics.push(*absent);
    }
    for t in topics {
        let filtered = index.search(query, Some(t)).hits;
        let expected: Vec<Hit> = hits.iter().filter(|h| topic_of(h.entry) == t).cloned().collect();
        assert_eq!(filtered, expected, "filtering by {t:?} changed more than which hits are kept");
    }
    hits
}
