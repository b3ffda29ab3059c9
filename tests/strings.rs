//! Every word a user sees comes from Fluent: the views may contain message
//! ids, CSS classes, ARIA tokens and symbols, but no English text; and every
//! message id they use exists in the reference locale.

use std::collections::BTreeSet;
use std::path::Path;

fn reference_ids() -> BTreeSet<String> {
    signpost::i18n::reference_ids().into_iter().map(String::from).collect()
}

/// String literals in a Rust source, with their line numbers (no raw strings in views).
fn literals(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let mut end = None;
            let mut escaped = false;
            for (i, c) in after.char_indices() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = Some(i);
                        break;
                    }
                    _ => escaped = false,
                }
            }
            let Some(end) = end else { break };
            out.push((n + 1, after[..end].to_string()));
            rest = &after[end + 1..];
        }
    }
    out
}

/// Tokens that are not prose: classes, ids, roles, attribute values, symbols.
fn is_markup_token(s: &str) -> bool {
    const KEY_NAMES: &[&str] = &["Escape", "Enter", "Tab", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"];
    KEY_NAMES.contains(&s)
        || !s.chars().any(char::is_alphabetic)
        || s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | ' ' | ':' | '[' | ']' | '=' | '.' | '#' | '{' | '}' | '(' | ')' | ','))
}

fn ui_files() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

#[test]
fn views_contain_no_hard_coded_text() {
    let ids = reference_ids();
    let mut offenders = Vec::new();
    for file in ui_files() {
        let source = std::fs::read_to_string(&file).unwrap();
        for (line, lit) in literals(&source) {
            if !ids.contains(&lit) && !is_markup_token(&lit) {
                offenders.push(format!("{}:{line}: {lit:?}", file.display()));
            }
        }
    }
    assert!(offenders.is_empty(), "user-visible text outside Fluent:\n{}", offenders.join("\n"));
}

#[test]
fn every_message_id_the_views_use_exists_in_en_us() {
    let ids = reference_ids();
    let mut missing = Vec::new();
    for file in ui_files() {
        let source = std::fs::read_to_string(&file).unwrap();
        for (line, lit) in literals(&source) {
            // Message ids are lower-case words joined by '-' with at least one '-'.
            // HTML attribute values that look like ids.
            const HTML_VALUES: &[&str] = &["datetime-local"];
            let looks_like_id = lit.contains('-')
                && !HTML_VALUES.contains(&lit.as_str())
                && !lit.starts_with("sp-")
                && !lit.starts_with("aria-")
                && lit.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '_');
            if looks_like_id && !ids.contains(&lit) {
                missing.push(format!("{}:{line}: {lit:?}", file.display()));
            }
        }
    }
    assert!(missing.is_empty(), "ids not in locales/en-US/signpost.ftl:\n{}", missing.join("\n"));
}

#[test]
fn the_checker_catches_english_in_a_view() {
    let sample = r#"view! { <button aria-label="Close">"Send"</button> <p class="sp-intro">{l10n.text("panel-intro")}</p> }"#;
    let ids = reference_ids();
    let flagged: Vec<String> = literals(sample).into_iter().map(|(_, l)| l).filter(|l| !ids.contains(l) && !is_markup_token(l)).collect();
    assert_eq!(flagged, ["Close", "Send"]);
}

/// Ids built at run time from enums and names (`topic-{}`, `format-{}`…)
/// exist for every value.
#[test]
fn ids_made_from_enums_exist() {
    use signpost::advice::{Complexity, Preference, Urgency};
    use signpost::checklist::Problem;
    use signpost::model::{ChannelKind, FieldKind, Topic};
    let ids = reference_ids();
    let mut built: Vec<String> = Vec::new();
    built.extend(Topic::ALL.iter().map(|t| format!("topic-{}", t.id())));
    built.extend(ChannelKind::ALL.iter().map(|k| format!("kind-{}", k.id())));
    built.extend(Urgency::ALL.iter().map(|u| format!("urgency-{}", u.id())));
    built.extend(Complexity::ALL.iter().map(|c| format!("complexity-{}", c.id())));
    built.extend(Preference::ALL.iter().map(|p| format!("preference-{}", p.id())));
    built.extend(FieldKind::ALL.iter().map(|f| format!("field-{}", f.id())));
    built.extend(signpost::config::FORMATS.iter().map(|f| format!("format-{f}")));
    let problems = [Problem::Format(Vec::new()), Problem::Amount, Problem::Time, Problem::Future, Problem::TooLong];
    built.extend(problems.iter().map(|p| p.fluent_id().to_string()));
    let missing: Vec<&String> = built.iter().filter(|id| !ids.contains(*id)).collect();
    assert!(missing.is_empty(), "not in locales/en-US/signpost.ftl: {missing:?}");
}
