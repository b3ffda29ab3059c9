//! Peak memory while parsing a large config. In the browser the parse runs
//! in wasm memory, which never shrinks: its peak is what the page keeps for
//! as long as it is open. The FAQ (most of a large config) is validated entry
//! by entry as the text is read, so the document never exists as a whole
//! JSON tree beside the config made from it.
//!
//! One test in this file: the allocator's counters are process-wide.

// `split` is the bench's alone.
#[allow(dead_code)]
#[path = "../benches/support/big_config.rs"]
mod big_config;

// `measured` and the counters, shared with the browser tests.
#[path = "support/counting.rs"]
mod counting;

use counting::{measured, BLOCKS};
use std::sync::atomic::Ordering::Relaxed;

#[test]
fn parsing_holds_little_beyond_the_text_and_a_compact_config() {
    let text = big_config::big_config(2_000, 50).to_string();
    let (loaded, kept, peak) = measured(|| signpost::config::parse(&text).unwrap());
    assert_eq!(loaded.config.faq.len(), 2_000);
    // What the parse needs beyond what it returns: a JSON tree of the whole
    // document would be well over the size of the text itself.
    let transient = peak - kept;
    eprintln!("text {} B, config kept {kept} B, peak {peak} B, transient {transient} B", text.len());
    // What is left: the set of the ids met (for duplicates) and the room
    // the list of entries grew to. A second set of the kept ids, to check
    // `related`, took it to a 17th of the text.
    assert!(
        transient < text.len() / 20,
        "parsing a {} B config needed {transient} B beyond the {kept} B it kept",
        text.len()
    );
    // Nor is that room kept: the index is built in it.
    assert_eq!(loaded.config.faq.capacity(), loaded.config.faq.len());
    // The config itself is about the size of its texts: no map per text or
    // per keyword list, no String per word (model::Localized,
    // model::Keywords). A String per keyword took 1.18 times the text;
    // the texts held as UTF-8, as much as the text (1.00). Each text is now
    // held in the shortest of `signpost::compact`'s forms (0.72), and each
    // locale's keywords too, together (0.69), and Chinese and Japanese with
    // their commonest characters in a byte: 0.65.
    assert!(kept < text.len() * 2 / 3, "a {} B config became {kept} B", text.len());

    // The search index over the en-US texts: about a byte per word (each
    // term's list holds each entry and field it is in once, about a byte
    // each, see faq::PlaceReader; all terms in one buffer). It keeps no copy
    // of the texts it shows, nor where in them a term is. Four bytes for
    // each occurrence with its range took 4 bytes per word; twelve-byte
    // occurrences and a copy of each shown text, 19.
    let faq = &loaded.config.faq;
    let faq_len = faq.len();
    let words: usize = faq
        .iter()
        .map(|e| {
            let text = |l: &signpost::model::Localized| l.get(&["en-US"]).map_or(0, |(_, t)| t.split_whitespace().count());
            text(&e.question) + text(&e.answer) + e.keywords.get("en-US").len()
        })
        .sum();
    let (index, kept, peak) = measured(|| signpost::faq::Index::build(faq, &["en-US"]));
    eprintln!("{words} words: index {kept} B, peak {peak} B");
    assert_eq!(index.entries().len(), 2_000);
    assert!(kept < words * 3 / 2, "an index of {words} words took {kept} B");
    // Each term's list is made once, of the size a first pass counted, and
    // the terms are held once while building, in one buffer under a table
    // of ids (lists grown by an eighth as they filled took it to 1.69 bytes
    // per word; a second copy of every term, 2.13; a boxed string each as a
    // hash map's keys, 1.94).
    assert!(peak < words * 3 / 2, "building an index of {words} words peaked at {peak} B");
    drop(index);

    // Over the zh-CN texts: each CJK char is one term occurrence, in the
    // bigram it starts or alone at the end of its run. With ranges, 4 bytes
    // per char; with a list per char as well, 7.
    let cjk: usize = faq
        .iter()
        .map(|e| {
            let text = |l: &signpost::model::Localized| l.get(&["zh-CN"]).map_or(0, |(_, t)| t.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count());
            text(&e.question) + text(&e.answer) + e.keywords.get("zh-CN").iter().map(|k| k.chars().count()).sum::<usize>()
        })
        .sum();
    let (index, kept, peak) = measured(|| signpost::faq::Index::build(faq, &["zh-CN"]));
    eprintln!("{cjk} CJK chars: index {kept} B, peak {peak} B");
    assert!(index.entries().len() > 1_000);
    assert!(kept < cjk * 2, "an index of {cjk} CJK chars took {kept} B");
    // Lists grown as they filled took it to 1.93; with a boxed string per
    // term as a hash map's keys as well, 2.33.
    assert!(peak < cjk * 17 / 10, "building an index of {cjk} CJK chars peaked at {peak} B");
    drop(index);

    // A large config keeps what its user's chain shows and searches, not
    // the en-US text of every entry a zh-CN user reads in Chinese.
    let chain = ["zh-CN".to_string(), "en-US".to_string()];
    let texts: usize = faq
        .iter()
        .map(|e| {
            let shown = signpost::faq::shown(e, &chain).map_or(0, |s| s.question.len() + s.answer.len());
            shown + chain.iter().map(|l| e.keywords.get(l).iter().map(str::len).sum::<usize>()).sum::<usize>()
        })
        .sum();
    let blocks = BLOCKS.load(Relaxed);
    let (config, kept, _) = measured(|| {
        let mut config = loaded.config.clone();
        config.keep_shown_faq(&chain);
        config
    });
    let blocks = BLOCKS.load(Relaxed) - blocks;
    eprintln!("zh-CN shown texts {texts} B: config kept {kept} B in {blocks} blocks (all languages: {})", text.len());
    // Beyond the texts: the entries themselves (about 100 B each), their
    // ids, the channels. Keeping every zh and en text, as before, took 2.5
    // times; the ends of each text in a block of their own, 1.32; the
    // Chinese held as UTF-8, about 1.28; in `signpost::compact` with the
    // keywords as UTF-8, 1.02; each CJK character in two bytes, 0.96 (0.88
    // now).
    assert!(kept < texts * 9 / 10, "a config showing {texts} B of texts kept {kept} B");
    assert_eq!(config.faq.len(), faq.len());
    // An entry is its id, question, answer and keywords, a block each (and
    // a few for the channels). The ends of each text in a block of their
    // own took seven an entry.
    assert!(blocks < faq.len() * 4 + 1_000, "{} entries kept in {blocks} blocks", faq.len());
    drop((config, loaded));

    // Read in pieces as the browser reads a large config, its platform
    // first (as a config is written), it never holds much more: each entry
    // is kept to what the chain can show as it is read, not once all are in.
    let first = big_config::platform_first(&big_config::big_config(2_000, 50));
    let (read, _, peak) = measured(|| {
        let shows = chain.to_vec();
        let mut pieces = signpost::config::Pieces::new(Some(signpost::config::Keep::of(&chain))).showing(Box::new(move |_| shows.clone()));
        first.as_bytes().chunks(1 << 15).for_each(|c| assert!(pieces.feed(c)));
        assert_eq!(pieces.chain(), Some(&chain[..]));
        pieces.finish().unwrap().unwrap()
    });
    eprintln!("zh-CN shown texts {texts} B: read in pieces, peak {peak} B");
    // Holding every zh and en text until the end peaked at 2.6 times; the
    // ends of each text in a block of their own, 1.48; the Chinese held as
    // UTF-8, 1.40; the keywords as UTF-8, 1.18; each CJK character in two
    // bytes, 1.12 (1.04 now).
    assert!(peak < texts * 11 / 10, "reading a config showing {texts} B of texts peaked at {peak} B");
    assert_eq!(read.config.faq.len(), faq_len);
    drop(read);

    // A Russian file merged into the en-US FAQ of such a config, kept to
    // what the chain shows as each entry is read (as the browser merges the
    // last file): beyond the FAQ before and after, little more than one
    // entry's texts at a time. A map of copies of the ids to find each
    // entry by took about 80 B an entry more.
    let (inline, files) = big_config::split(&big_config::big_config(2_000, 50));
    let faq = signpost::config::parse(&inline.to_string()).unwrap().config.faq;
    let file = &files.iter().find(|(tag, _)| tag == "ru").unwrap().1;
    let translated = file.as_object().unwrap().values().filter(|t| t.get("question").is_some()).count();
    let file = file.to_string();
    let chain = ["ru".to_string(), "en-US".to_string()];
    let entries = faq.len();
    let (merged, grew, peak) = measured(|| {
        let mut translation = signpost::config::Translation::new(faq, "ru").keeping_shown(&chain);
        translation.read(&file).unwrap();
        translation.finish().0
    });
    eprintln!("ru file merged into {entries} entries: grew {grew} B, peak {peak} B");
    assert_eq!(merged.iter().filter(|e| e.question.get(&["ru"]).is_some()).count(), translated);
    assert!(peak - grew < entries * 30, "merging a file into {entries} entries held {} B beyond the result", peak - grew);
    // What the merged FAQ holds against the UTF-8 of the texts it shows:
    // the Russian in about a byte a letter, the English left in about 4.5
    // bits a byte (`signpost::compact`), 0.84 with the keywords, ids and
    // entries (0.89 with the keywords as UTF-8). Held as UTF-8, the texts
    // alone would be 1.00.
    let texts: usize = merged.iter().filter_map(|e| signpost::faq::shown(e, &chain)).map(|s| s.question.len() + s.answer.len()).sum();
    let (_, held, _) = measured(|| merged.clone());
    eprintln!("ru file merged: shown texts {texts} B, the FAQ holds {held} B");
    assert!(held < texts * 7 / 8, "a FAQ showing {texts} B of texts holds {held} B");
}

