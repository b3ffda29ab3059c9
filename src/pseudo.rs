//! pseudo: the pseudo-locale `en-XA`, made from en-US at run time, so that
//! layouts can be checked for text that is longer (about 40 %) and full of
//! accents before any real translation exists. Only message text changes;
//! ids, variables, selector keys and comments stay as they are.

/// The tag under which the pseudo-locale is offered (`?signpost-locale=en-XA`).
pub const TAG: &str = "en-XA";

fn accent(c: char) -> char {
    match c {
        'a' => 'á', 'e' => 'é', 'i' => 'í', 'o' => 'ö', 'u' => 'ü', 'y' => 'ý', 'c' => 'ç', 'n' => 'ñ',
        's' => 'š', 'z' => 'ž', 'g' => 'ğ', 'l' => 'ļ', 'r' => 'ř', 't' => 'ţ', 'd' => 'ď', 'k' => 'ķ',
        'A' => 'Å', 'E' => 'É', 'I' => 'Î', 'O' => 'Ø', 'U' => 'Ü', 'Y' => 'Ý', 'C' => 'Ç', 'N' => 'Ñ',
        'S' => 'Š', 'Z' => 'Ž', 'G' => 'Ğ', 'L' => 'Ļ', 'R' => 'Ř', 'T' => 'Ţ', 'D' => 'Ď', 'K' => 'Ķ',
        other => other,
    }
}

/// Accents and lengthens a run of message text (no braces inside).
fn text(run: &str) -> String {
    let mut out = String::with_capacity(run.len() * 2);
    for c in run.chars() {
        out.push(accent(c));
        // Doubling the vowels lengthens English text by roughly 40 %.
        if matches!(c, 'a' | 'e' | 'o' | 'u' | 'A' | 'E' | 'O' | 'U') {
            out.push(accent(c));
        }
    }
    out
}

/// Transforms a line's text outside `{ ... }` placeables.
fn outside_braces(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut depth = 0usize;
    let mut run = String::new();
    for c in line.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str(&text(&run));
                    run.clear();
                }
                depth += 1;
                out.push(c);
            }
            '}' if depth > 0 => {
                depth -= 1;
                out.push(c);
            }
            _ if depth > 0 => out.push(c),
            _ => run.push(c),
        }
    }
    out.push_str(&text(&run));
    out
}

/// The pseudo-locale's FTL source, from the en-US source.
pub fn localize(ftl: &str) -> String {
    let mut out = String::with_capacity(ftl.len() * 2);
    for line in ftl.lines() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if trimmed.is_empty() || trimmed.starts_with('#') {
            out.push_str(line);
        } else if indent.is_empty() {
            // `id = value`: keep the id.
            match line.split_once('=') {
                Some((id, value)) => {
                    out.push_str(id);
                    out.push('=');
                    out.push_str(&outside_braces(value));
                }
                None => out.push_str(line),
            }
        } else if let Some(rest) = trimmed.strip_prefix('*').unwrap_or(trimmed).strip_prefix('[') {
            // `[key] text` or `*[key] text`: keep the key.
            let key_end = rest.find(']').map_or(0, |i| i + 1);
            let head_len = line.len() - rest.len() + key_end;
            out.push_str(&line[..head_len]);
            out.push_str(&outside_braces(&line[head_len..]));
        } else if trimmed.starts_with('}') || trimmed.ends_with("->") {
            out.push_str(line);
        } else {
            out.push_str(indent);
            out.push_str(&outside_braces(trimmed));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{bundle_for, reference_ids, EN_US_FTL};

    #[test]
    fn the_pseudo_locale_parses_and_keeps_every_id() {
        let source = localize(EN_US_FTL);
        let (bundle, errors) = bundle_for(TAG, &source);
        assert!(errors.is_empty(), "{errors:?}");
        for id in reference_ids() {
            assert!(bundle.has_message(id), "{id}");
        }
    }

    #[test]
    fn text_is_accented_and_about_forty_percent_longer() {
        let en = EN_US_FTL.lines().filter(|l| l.starts_with("home-contact-hint")).next().unwrap();
        let pseudo = localize(en);
        assert!(pseudo.starts_with("home-contact-hint = Ğééţ ááďvíçéé"), "{pseudo}");
        assert!(pseudo.contains("{ $platform }"), "variables untouched: {pseudo}");
        let (a, b) = (en.split('=').nth(1).unwrap().chars().count(), pseudo.split('=').nth(1).unwrap().chars().count());
        let ratio = b as f64 / a as f64;
        assert!((1.2..1.6).contains(&ratio), "{ratio}");
    }

    #[test]
    fn selector_keys_stay() {
        let src = "x =\n    { $count ->\n        [one] One item\n       *[other] { $count } items\n    }\n";
        let out = localize(src);
        assert!(out.contains("[one] ØØñéé íţéém"), "{out}");
        assert!(out.contains("*[other] { $count } íţéémš"), "{out}");
        let (_, errors) = bundle_for(TAG, &out);
        assert!(errors.is_empty());
    }
}
