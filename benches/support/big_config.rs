//! The large generated config of `make bench` (benches/native.rs) and
//! tests/parse_memory.rs.

use serde_json::{json, Value};

/// A config with `entries` FAQ entries (the demo's, each text marked with its
/// number so that no two are the same) and `channels` channels.
pub fn big_config(entries: usize, channels: usize) -> Value {
    let demo = demo();
    let templates = demo["faq"].as_array().unwrap();
    let faq: Vec<Value> = (0..entries)
        .map(|i| {
            let mut e = templates[i % templates.len()].clone();
            e["id"] = json!(format!("{}-{i}", e["id"].as_str().unwrap()));
            e["related"] = json!([]);
            for field in ["question", "answer"] {
                for (_, text) in e[field].as_object_mut().unwrap() {
                    *text = json!(format!("{} ({i})", text.as_str().unwrap()));
                }
            }
            e
        })
        .collect();
    let kinds = ["live_chat", "phone", "email", "ticket", "social", "community", "help_centre"];
    let channels: Vec<Value> = (0..channels)
        .map(|i| {
            let kind = kinds[i % kinds.len()];
            let mut c = json!({ "id": format!("c{i}"), "kind": kind, "reply_minutes": 5 + i * 37 % 1400, "attachments": i % 2 == 0,
                "languages": if i % 3 == 0 { json!(["en"]) } else { json!(["en", "zh", "ru"]) },
                "hours": if i % 4 == 0 { json!("always") } else {
                    json!({ "time_zone": "UTC", "weekly": [{ "days": ["mon", "tue", "wed", "thu", "fri"], "open": "08:00", "close": "20:00" }], "closed_on": ["2026-12-25"] })
                } });
            match kind {
                "phone" => c["phone"] = json!(format!("+4420794{:05}", i)),
                "email" => c["email"] = json!(format!("team{i}@northwind.example")),
                _ => c["url"] = json!(format!("https://www.northwind.example/c/{i}")),
            }
            c
        })
        .collect();
    json!({ "platform": demo["platform"], "channels": channels, "faq": faq })
}

fn read(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{}/demo/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
}

/// The demo config with its translation files' texts put inline: every
/// entry in all its languages, as one large document would carry them.
fn demo() -> Value {
    let mut demo = read("signpost.json");
    let files = demo.as_object_mut().unwrap().remove("faq_translations").unwrap();
    for (tag, path) in files.as_object().unwrap() {
        let file = read(path.as_str().unwrap());
        for entry in demo["faq"].as_array_mut().unwrap() {
            let Some(texts) = file.get(entry["id"].as_str().unwrap()) else { continue };
            for (field, text) in texts.as_object().unwrap() {
                entry[field.as_str()][tag.as_str()] = text.clone();
            }
        }
    }
    demo
}

/// `config` as text with its `platform` first, as the demo and the README
/// write a config (a `Value` prints its keys sorted, which puts it after the
/// FAQ): the FAQ of a large one is then kept to its user's languages as it
/// is read (`config::Pieces::showing`).
pub fn platform_first(config: &Value) -> String {
    let mut rest = config.as_object().unwrap().clone();
    let platform = rest.remove("platform").unwrap();
    let rest = Value::Object(rest).to_string();
    format!("{{\"platform\":{platform},{}", &rest[1..])
}

/// `config` as a platform with a large FAQ would deploy it: the texts in
/// its default language (en-US) inline, every other language in a
/// translation file of its own (`faq_translations`, `faq/<tag>.json`).
pub fn split(config: &Value) -> (Value, Vec<(String, Value)>) {
    let mut inline = config.clone();
    let mut files: std::collections::BTreeMap<String, serde_json::Map<String, Value>> = Default::default();
    for entry in inline["faq"].as_array_mut().unwrap() {
        let id = entry["id"].as_str().unwrap().to_string();
        for field in ["question", "answer", "keywords"] {
            let Some(texts) = entry.get_mut(field).and_then(Value::as_object_mut) else { continue };
            for (tag, text) in std::mem::take(texts) {
                if tag == "en-US" {
                    texts.insert(tag, text);
                } else {
                    let file = files.entry(tag).or_default();
                    file.entry(id.clone()).or_insert_with(|| json!({}))[field] = text;
                }
            }
        }
    }
    inline["faq_translations"] = files.keys().map(|tag| (tag.clone(), json!(format!("faq/{tag}.json")))).collect();
    (inline, files.into_iter().map(|(tag, file)| (tag, Value::Object(file))).collect())
}
