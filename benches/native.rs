//! Native benchmarks for `make bench`: FAQ index build and per-keystroke
//! search over 5,000 entries in three locales, and advice over 50 channels.
//! Prints one JSON object (the browser half of `make bench` reads it) and
//! writes the generated config to target/bench/ for the browser run.

use serde_json::{json, Value};

#[path = "support/big_config.rs"]
mod big_config;
use signpost::advice::{self, Complexity, Preference, Question, Urgency};
use signpost::config;
use signpost::faq::Index;
use signpost::hours::{Instant, ZoneOffsets};
use signpost::model::Topic;
use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant as Clock};

const ENTRIES: usize = 5_000;
const CHANNELS: usize = 50;

struct Utc;
impl ZoneOffsets for Utc {
    fn offset_minutes(&self, _zone: &str, _at: Instant) -> i32 {
        0
    }
}

/// Median and spread of `f`'s run time, over at least `min_runs` runs and 300 ms.
fn measure(mut f: impl FnMut()) -> Value {
    let mut samples = Vec::new();
    let start = Clock::now();
    while samples.len() < 30 || (start.elapsed() < Duration::from_millis(300) && samples.len() < 100_000) {
        let t = Clock::now();
        f();
        samples.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    json!({ "median_ms": at(0.5), "p10_ms": at(0.1), "p90_ms": at(0.9), "runs": samples.len() })
}

/// Every prefix of `text`, as the user types it.
fn keystrokes(text: &str) -> Vec<String> {
    text.char_indices().map(|(i, c)| text[..i + c.len_utf8()].to_string()).collect()
}

fn main() {
    // `cargo test --all-targets` runs benches once without `--bench`: nothing to time then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let config_json = big_config::big_config(ENTRIES, CHANNELS);
    let out_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench");
    std::fs::create_dir_all(out_dir).unwrap();
    let text = big_config::platform_first(&config_json);
    std::fs::write(format!("{out_dir}/config-5000.json"), &text).unwrap();
    // The same FAQ deployed as a config and one translation file per language.
    let (inline, files) = big_config::split(&config_json);
    std::fs::create_dir_all(format!("{out_dir}/split/faq")).unwrap();
    std::fs::write(format!("{out_dir}/split/config.json"), big_config::platform_first(&inline)).unwrap();
    for (tag, file) in files {
        std::fs::write(format!("{out_dir}/split/faq/{tag}.json"), file.to_string()).unwrap();
    }

    let parse = measure(|| {
        black_box(config::parse(black_box(&text)).unwrap());
    });
    // As the browser reads a large config: a piece at a time, never whole in wasm memory.
    let parse_in_pieces = measure(|| {
        let mut pieces = config::Pieces::new(None);
        for chunk in black_box(text.as_bytes()).chunks(1 << 15) {
            pieces.feed(chunk);
        }
        black_box(pieces.finish().unwrap().unwrap());
    });
    let config = config::parse(&text).unwrap().config;
    assert_eq!((config.faq.len(), config.channels.len()), (ENTRIES, CHANNELS));

    let mut faq = serde_json::Map::new();
    for (chain, typed) in [
        (vec!["en-US"], "withdrawal failed"),
        (vec!["zh-CN", "en-US"], "提现失败怎么办"),
        (vec!["ru", "en-US"], "вывод не прошёл"),
    ] {
        let build = measure(|| {
            black_box(Index::build(&config.faq, &chain));
        });
        let index = Index::build(&config.faq, &chain);
        let prefixes = keystrokes(typed);
        let per_key = measure(|| {
            for p in &prefixes {
                let found = index.search(p, None);
                // And the marks of the questions the view draws (20).
                for hit in found.hits.iter().take(20) {
                    let shown = index.show(&config.faq[hit.entry]).unwrap();
                    black_box(index.question_marks(&found, &shown.question));
                }
                black_box(found);
            }
        });
        let scale = 1.0 / prefixes.len() as f64;
        let key = |k: &str| per_key[k].as_f64().unwrap() * scale;
        faq.insert(
            chain[0].to_string(),
            json!({ "build": build, "query": typed,
                    "per_keystroke": { "median_ms": key("median_ms"), "p10_ms": key("p10_ms"), "p90_ms": key("p90_ms") } }),
        );
    }

    let question = Question {
        topic: Topic::DepositWithdrawal,
        urgency: Urgency::RightNow,
        complexity: Complexity::Detailed,
        preference: Preference::Voice,
        searched_faq: true,
        suspected_compromise: false,
        locale: "zh-CN".into(),
    };
    let now: Instant = 1_795_000_000_000;
    let advice = measure(|| {
        black_box(advice::advise(&question, &config.channels, &Utc, now, &BTreeMap::new()));
    });

    let result = json!({ "entries": ENTRIES, "channels": CHANNELS, "config_parse": parse, "config_parse_in_pieces": parse_in_pieces, "faq": faq, "advice_50_channels": advice });
    println!("{result}");
}
