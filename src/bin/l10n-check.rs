//! l10n-check: checks every `locales/<tag>/signpost.ftl` against
//! `locales/en-US/signpost.ftl`, or the FAQ translation files a config
//! names against its FAQ, and prints one line per finding.
//!
//! Usage: `cargo run --bin l10n-check [DIR]`, where DIR is a folder holding
//! `locales/` (or the `locales/` folder itself); by default the current
//! folder, else the crate root. `cargo run --bin l10n-check -- --faq CONFIG`
//! checks the files of CONFIG's `faq_translations` that are paths next to
//! it. Exit code 1 if any error was found.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use signpost::i18n::{check_locale, Severity, REFERENCE_LOCALE};

const FILE: &str = "signpost.ftl";

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The `locales/` folder to check and the prefix to print before its paths.
fn locales_dir(arg: Option<&str>) -> (PathBuf, String) {
    match arg {
        Some(a) if Path::new(a).join("locales").is_dir() => {
            let dir = Path::new(a).join("locales");
            let shown = dir.display().to_string();
            (dir, shown)
        }
        Some(a) => (PathBuf::from(a), a.trim_end_matches('/').to_string()),
        None if Path::new("locales").is_dir() => (PathBuf::from("locales"), "locales".into()),
        None => (Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"), "locales".into()),
    }
}

/// Checks a `locales/` folder, writing findings and summaries to `out`.
/// Returns the total number of errors.
fn run(dir: &Path, shown: &str, out: &mut dyn Write) -> io::Result<usize> {
    let reference_path = dir.join(REFERENCE_LOCALE).join(FILE);
    let reference = match std::fs::read_to_string(&reference_path) {
        Ok(s) => s,
        Err(e) => {
            writeln!(out, "{shown}/{REFERENCE_LOCALE}/{FILE}: error: cannot read the reference locale: {e}")?;
            return Ok(1);
        }
    };
    let mut tags: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join(FILE).is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|t| t != REFERENCE_LOCALE)
        .collect();
    tags.sort();
    tags.insert(0, REFERENCE_LOCALE.to_string());

    let (mut total_errors, mut total_warnings) = (0, 0);
    for tag in &tags {
        let file = format!("{shown}/{tag}/{FILE}");
        let findings = match std::fs::read_to_string(dir.join(tag).join(FILE)) {
            Ok(source) => check_locale(&reference, tag, &source),
            Err(e) => {
                writeln!(out, "{file}: error: cannot read: {e}")?;
                total_errors += 1;
                continue;
            }
        };
        let (mut errors, mut warnings) = (0, 0);
        for f in &findings {
            match f.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            match f.file_line_col {
                Some((line, col)) => writeln!(out, "{file}:{line}:{col}: {}: {}", f.severity, f.message)?,
                None => writeln!(out, "{file}: {}: {}", f.severity, f.message)?,
            }
        }
        writeln!(out, "{tag}: {}, {}", plural(errors, "error"), plural(warnings, "warning"))?;
        total_errors += errors;
        total_warnings += warnings;
    }
    writeln!(
        out,
        "l10n-check: {} checked, {}, {}",
        plural(tags.len(), "locale"),
        plural(total_errors, "error"),
        plural(total_warnings, "warning")
    )?;
    Ok(total_errors)
}

/// Checks the FAQ translation files that the config at `path` names: what
/// is broken in them, and which entries they do not translate yet.
/// Returns the number of errors.
fn run_faq(path: &Path, out: &mut dyn Write) -> io::Result<usize> {
    let shown = path.display();
    let config = match std::fs::read_to_string(path).map(|text| signpost::config::parse(&text)) {
        Ok(Ok(loaded)) => loaded.config,
        Ok(Err(e)) => {
            writeln!(out, "{shown}: error: the configuration {e}")?;
            return Ok(1);
        }
        Err(e) => {
            writeln!(out, "{shown}: error: cannot read: {e}")?;
            return Ok(1);
        }
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let (mut total_errors, mut total_warnings) = (0, 0);
    for (tag, url) in &config.faq_translations {
        // A web address, or a path from the site's root: not a file here.
        if !signpost::links::is_relative_path(url) || url.starts_with('/') {
            writeln!(out, "{tag}: {url} not checked: not a path next to the configuration")?;
            continue;
        }
        let file_path = dir.join(url.split(['?', '#']).next().unwrap_or(url));
        let file = file_path.display();
        let (mut errors, mut warnings) = (0, 0);
        let mut faq = config.faq.clone();
        match std::fs::read_to_string(&file_path).map(|source| signpost::config::translate(&mut faq, tag, &source)) {
            Err(e) => {
                writeln!(out, "{file}: error: cannot read: {e}")?;
                errors += 1;
            }
            Ok(Err(e)) => {
                writeln!(out, "{file}: error: the file {e}")?;
                errors += 1;
            }
            Ok(Ok(issues)) => {
                for issue in issues {
                    let severity = match issue.severity {
                        signpost::config::Severity::Error => {
                            errors += 1;
                            "error"
                        }
                        signpost::config::Severity::Warning => {
                            warnings += 1;
                            "warning"
                        }
                    };
                    writeln!(out, "{file}: {severity}: {issue}")?;
                }
            }
        }
        let untranslated: Vec<String> = faq
            .iter()
            .filter_map(|e| match (e.question.get(&[tag]).is_some(), e.answer.get(&[tag]).is_some()) {
                (true, true) => None,
                (false, false) => Some(e.id.clone()),
                (true, false) => Some(format!("{} (no answer)", e.id)),
                (false, true) => Some(format!("{} (no question)", e.id)),
            })
            .collect();
        if !untranslated.is_empty() {
            writeln!(out, "{file}: not translated yet (the next language each has is shown): {}", untranslated.join(", "))?;
        }
        writeln!(
            out,
            "{tag}: {}, {}, {} of {} entries translated",
            plural(errors, "error"),
            plural(warnings, "warning"),
            faq.len() - untranslated.len(),
            faq.len()
        )?;
        total_errors += errors;
        total_warnings += warnings;
    }
    writeln!(
        out,
        "l10n-check: {} checked, {}, {}",
        plural(config.faq_translations.len(), "FAQ translation"),
        plural(total_errors, "error"),
        plural(total_warnings, "warning")
    )?;
    Ok(total_errors)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdout = io::stdout();
    let (dir, result) = match args.as_slice() {
        [flag, config] if flag == "--faq" => (PathBuf::from(config), run_faq(Path::new(config), &mut stdout.lock())),
        _ => {
            let (dir, shown) = locales_dir(args.first().map(String::as_str));
            let result = run(&dir, &shown, &mut stdout.lock());
            (dir, result)
        }
    };
    match result {
        Ok(0) => {}
        Ok(_) => std::process::exit(1),
        Err(e) => {
            eprintln!("l10n-check: {}: {e}", dir.display());
            std::process::exit(2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(dir: &Path) -> (usize, String) {
        let mut out = Vec::new();
        let errors = run(dir, "locales", &mut out).unwrap();
        (errors, String::from_utf8(out).unwrap())
    }

    #[test]
    fn the_shipped_locales_have_no_errors() {
        let (errors, text) = output(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"));
        assert_eq!(errors, 0, "{text}");
        assert!(text.starts_with("en-US: 0 errors, "), "{text}");
    }

    #[test]
    fn the_fixture_reports_each_kind_of_problem() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/l10n/locales");
        let (errors, text) = output(&dir);
        assert_eq!(
            text,
            "en-US: 0 errors, 0 warnings\n\
             locales/ja/signpost.ftl:2:17: error: message \"panel-title\" uses $name, which en-US does not pass (it passes: $platform)\n\
             locales/ja/signpost.ftl:5:1: error: message \"items\" has a select expression without a default variant; mark one variant with *, e.g. *[other]\n\
             locales/ja/signpost.ftl:6:1: warning: message \"old-message\" is obsolete: en-US no longer has it\n\
             locales/ja/signpost.ftl: error: message \"panel-close\" is missing\n\
             ja: 3 errors, 1 warning\n\
             zh-TW: 0 errors, 0 warnings\n\
             l10n-check: 3 locales checked, 3 errors, 1 warning\n"
        );
        assert_eq!(errors, 3);
    }

    fn faq_output(config: &str) -> (usize, String) {
        let mut out = Vec::new();
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(config);
        let errors = run_faq(&path, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        (errors, text.replace(&format!("{}/", env!("CARGO_MANIFEST_DIR")), ""))
    }

    #[test]
    fn the_demo_faq_translations_have_no_errors() {
        let (errors, text) = faq_output("demo/signpost.json");
        assert_eq!(errors, 0, "{text}");
        assert!(text.contains("\nzh-CN: 0 errors, 0 warnings, 31 of 31 entries translated\n"), "{text}");
        assert!(text.ends_with("l10n-check: 5 FAQ translations checked, 0 errors, 0 warnings\n"), "{text}");
    }

    #[test]
    fn faq_translations_report_what_is_broken_and_what_is_not_translated_yet() {
        let (errors, text) = faq_output("tests/fixtures/l10n/faq/signpost.json");
        assert_eq!(
            text,
            "tests/fixtures/l10n/faq/faq/de.json: error: the file is not valid JSON (line 2, column 0: EOF while parsing an object)\n\
             tests/fixtures/l10n/faq/faq/de.json: not translated yet (the next language each has is shown): fees (no answer), locked\n\
             de: 1 error, 0 warnings, 0 of 2 entries translated\n\
             fr: https://cdn.kestrel.example/fr.json not checked: not a path next to the configuration\n\
             tests/fixtures/l10n/faq/faq/ja.json: error: cannot read: No such file or directory (os error 2)\n\
             tests/fixtures/l10n/faq/faq/ja.json: not translated yet (the next language each has is shown): fees, locked\n\
             ja: 1 error, 0 warnings, 0 of 2 entries translated\n\
             tests/fixtures/l10n/faq/faq/zh-CN.json: error: locked.answer: \"\" is empty (expected some text)\n\
             tests/fixtures/l10n/faq/faq/zh-CN.json: warning: nope: is not the id of an FAQ entry in the configuration and was ignored\n\
             tests/fixtures/l10n/faq/faq/zh-CN.json: not translated yet (the next language each has is shown): locked (no answer)\n\
             zh-CN: 1 error, 1 warning, 1 of 2 entries translated\n\
             l10n-check: 4 FAQ translations checked, 3 errors, 1 warning\n"
        );
        assert_eq!(errors, 3);
    }

    #[test]
    fn a_folder_without_a_reference_is_an_error() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/l10n/no-such-folder");
        let (errors, text) = output(&dir);
        assert_eq!(errors, 1);
        assert!(text.starts_with("locales/en-US/signpost.ftl: error: cannot read the reference locale"), "{text}");
    }
}
