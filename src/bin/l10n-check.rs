//! l10n-check: checks every `locales/<tag>/signpost.ftl` against
//! `locales/en-US/signpost.ftl` and prints one line per finding.
//!
//! Usage: `cargo run --bin l10n-check [DIR]`, where DIR is a folder holding
//! `locales/` (or the `locales/` folder itself); by default the current
//! folder, else the crate root. Exit code 1 if any error was found.

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
        None => (
            Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
            "locales".into(),
        ),
    }
}

/// Checks a `locales/` folder, writing findings and summaries to `out`.
/// Returns the total number of errors.
fn run(dir: &Path, shown: &str, out: &mut dyn Write) -> io::Result<usize> {
    let reference_path = dir.join(REFERENCE_LOCALE).join(FILE);
    let reference = match std::fs::read_to_string(&reference_path) {
        Ok(s) => s,
        Err(e) => {
            writeln!(
                out,
                "{shown}/{REFERENCE_LOCALE}/{FILE}: error: cannot read the reference locale: {e}"
            )?;
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
                Some((line, col)) => {
                    writeln!(out, "{file}:{line}:{col}: {}: {}", f.severity, f.message)?
                }
                None => writeln!(out, "{file}: {}: {}", f.severity, f.message)?,
            }
        }
        writeln!(
            out,
            "{tag}: {}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        )?;
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

fn main() {
    let arg = std::env::args().nth(1);
    let (dir, shown) = locales_dir(arg.as_deref());
    let stdout = io::stdout();
    match run(&dir, &shown, &mut stdout.lock()) {
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

    #[test]
    fn a_folder_without_a_reference_is_an_error() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/l10n/no-such-folder");
        let (errors, text) = output(&dir);
        assert_eq!(errors, 1);
        assert!(
            text.starts_with("locales/en-US/signpost.ftl: error: cannot read the reference locale"),
            "{text}"
        );
    }
}
