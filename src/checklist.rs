//! checklist: validation of the preparation fields a user types (ids, amount,
//! time, error text), so that what reaches support is usable. The format names
//! are those `config::FORMATS` lets a platform choose.

use crate::hours::Date;
use crate::model::{ChecklistField, FieldKind};
use crate::secrets::is_base58;

/// Why a typed value is not accepted; the UI shows `fluent_id()` as an inline message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Matches none of the field's formats; the names are the field's formats in order.
    Format(Vec<String>),
    /// An amount needs a number and a currency, e.g. "250 USDT" or "€49.90".
    Amount,
    /// Not a date and time the widget can read.
    Time,
    /// A date and time more than a day in the future.
    Future,
    /// Longer than MAX_LEN characters.
    TooLong,
}

impl Problem {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Problem::Format(_) => "field-invalid-format",
            Problem::Amount => "field-invalid-amount",
            Problem::Time => "field-invalid-time",
            Problem::Future => "field-in-future",
            Problem::TooLong => "field-too-long",
        }
    }
}

/// Longest value a field keeps, in characters (error texts can be long).
pub const MAX_LEN: usize = 2_000;

/// Typed times are read as UTC; a day's margin covers every time zone.
const FUTURE_MARGIN_MS: i64 = 24 * 60 * 60 * 1000;

/// Checks one field's value. Empty (after trimming) is always fine: every field is optional.
/// `now_ms` is the current time in milliseconds since the Unix epoch (UTC).
///
/// Length counts the value as typed, whitespace included, since that is what
/// the field keeps. Amount and time fields follow their own rule and ignore
/// `formats`. Only amounts accept non-ASCII digits (see `is_digit`).
pub fn check(field: &ChecklistField, value: &str, now_ms: i64) -> Result<(), Problem> {
    if value.chars().nth(MAX_LEN).is_some() {
        return Err(Problem::TooLong);
    }
    let value = value.trim();
    if value.is_empty() {
        return Ok(());
    }
    match field.kind {
        FieldKind::Amount => is_amount(value).then_some(()).ok_or(Problem::Amount),
        FieldKind::Time => match parse_time(value) {
            None => Err(Problem::Time),
            Some(t) if t > now_ms.saturating_add(FUTURE_MARGIN_MS) => Err(Problem::Future),
            Some(_) => Ok(()),
        },
        _ if field.formats.is_empty() || field.formats.iter().any(|f| matches_format(f, value)) => Ok(()),
        _ => Err(Problem::Format(field.formats.clone())),
    }
}

/// A short example of a format, for placeholders; "" for an unknown name.
pub fn format_example(name: &str) -> &'static str {
    match name {
        "evm_tx_hash" => "0x3f5c…9a1b",
        "hex64" => "3f5c…9a1b",
        "base58" => "1A1zP1…DivfNa",
        "digits" => "12345678",
        "email" => "name@example.com",
        _ => "",
    }
}

fn matches_format(name: &str, v: &str) -> bool {
    let hex64 = |s: &str| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit());
    match name {
        "evm_tx_hash" => v.strip_prefix("0x").or_else(|| v.strip_prefix("0X")).is_some_and(hex64),
        "hex64" => hex64(v),
        "base58" => (32..=90).contains(&v.len()) && v.bytes().all(is_base58),
        "digits" => (4..=30).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()),
        "email" => is_email(v),
        _ => false,
    }
}

/// A plausible address, international ones included (ünïcode@bücher.de); the
/// platform's own system has the last word.
fn is_email(v: &str) -> bool {
    let Some((local, domain)) = v.split_once('@') else { return false };
    let label_ok = |l: &str| {
        !l.is_empty() && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let tld_ok = domain
        .rsplit_once('.')
        .is_some_and(|(_, tld)| tld.chars().count() >= 2 && !tld.bytes().all(|b| b.is_ascii_digit()));
    v.len() <= 254
        && local.len() <= 64
        && local.split('.').all(|part| !part.is_empty())
        && local.chars().all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c))
        && domain.split('.').all(label_ok)
        && tld_ok
}

/// Digits in an amount: ASCII, full-width (typed by Japanese and Chinese
/// IMEs), Arabic-Indic and Persian. A person reads an amount, so any of them
/// will do; id formats stay ASCII because support pastes ids into tools.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '０'..='９' | '\u{660}'..='\u{669}' | '\u{6f0}'..='\u{6f9}')
}

/// The separator a character stands for inside a number, if any. French
/// writes thousands with a (narrow) no-break space, Swiss with an apostrophe.
fn separator(c: char) -> Option<char> {
    match c {
        ',' | '，' | '٬' => Some(','),
        '.' | '．' | '٫' => Some('.'),
        ' ' | '\u{a0}' | '\u{202f}' => Some(' '),
        '\'' | '’' => Some('\''),
        _ => None,
    }
}

/// A number with a currency before or after it (or both: "$250 USD").
fn is_amount(v: &str) -> bool {
    let Some(start) = v.find(is_digit) else { return false };
    // The number runs while each separator is followed by a digit.
    let mut end = start;
    for (i, c) in v[start..].char_indices() {
        if is_digit(c) {
            end = start + i + c.len_utf8();
        } else if separator(c).is_none() || end != start + i {
            break;
        }
    }
    let (before, after) = (v[..start].trim(), v[end..].trim());
    is_grouped(&v[start..end])
        && !(before.is_empty() && after.is_empty())
        && [before, after].iter().all(|s| s.is_empty() || is_currency(s))
}

/// Whether the separators in a number make sense: one kind of thousands
/// separator before groups of 2–3 digits (2 for Indian lakhs), and optionally
/// a different last mark, "." or ",", before the decimals. A lone "," or "."
/// can be either, and either is a valid amount.
fn is_grouped(number: &str) -> bool {
    let seps: Vec<char> = number.chars().filter_map(separator).collect();
    let groups: Vec<usize> = number.split(|c| separator(c).is_some()).map(|g| g.chars().count()).collect();
    let Some(&last) = seps.last() else { return true };
    let decimal = matches!(last, '.' | ',') && (seps.len() == 1 || seps[0] != last);
    let thousands = &seps[..seps.len() - usize::from(decimal)];
    thousands.iter().all(|&s| s == seps[0])
        && (thousands.is_empty() || groups[0] <= 3)
        && groups[1..=thousands.len()].iter().all(|g| (2..=3).contains(g))
}

/// A currency symbol, optionally after a country's letters ("R$", "US$"), or a
/// code or name in any script ("USDT", "eur", "рублей", "円"), maybe with
/// abbreviating dots ("руб.", "ر.س").
fn is_currency(s: &str) -> bool {
    let letters = s.chars().filter(|&c| c != '.');
    if !s.starts_with('.') && letters.clone().all(char::is_alphabetic) {
        let n = letters.count();
        // One letter is a name only outside ASCII: "円" yes, "x" no.
        return (2..=10).contains(&n) || (n == 1 && !s.is_ascii());
    }
    let mut chars = s.chars();
    let symbol = chars.next_back().is_some_and(|c| {
        matches!(c, '$' | '¢' | '£' | '¥' | '฿' | '₿' | '﷼' | '＄' | '￠' | '￡' | '￥' | '\u{20a0}'..='\u{20cf}')
    });
    symbol && chars.as_str().len() <= 3 && chars.as_str().bytes().all(|b| b.is_ascii_alphabetic())
}

/// Milliseconds since the epoch of a `datetime-local` value read as UTC:
/// "YYYY-MM-DDTHH:MM", optionally ":SS" and (with a small `step`) ".sss".
fn parse_time(v: &str) -> Option<i64> {
    let (date, time) = v.split_once(['T', ' '])?;
    let date = Date::parse(date)?;
    let number = |s: &str, max: i64| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten().filter(|&n| n <= max)
    };
    let (time, fraction) = time.split_once('.').map_or((time, None), |(t, f)| (t, Some(f)));
    if fraction.is_some_and(|f| !(1..=3).contains(&f.len()) || !f.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let mut parts = time.split(':');
    let (h, m) = (number(parts.next()?, 23)?, number(parts.next()?, 59)?);
    let s = match parts.next() {
        Some(s) => number(s, 59)?,
        // Milliseconds come only after seconds.
        None if fraction.is_some() => return None,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Some((date.days_since_epoch() * 86_400 + h * 3600 + m * 60 + s) * 1000)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const HEX: &str = "3f5c0e2ab1d94c7e8f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d49a1b";
    /// 2025-06-15T12:00:00Z.
    const NOW: i64 = 1_749_988_800_000;

    fn field(kind: FieldKind, formats: &[&str]) -> ChecklistField {
        ChecklistField { kind, formats: formats.iter().map(|f| f.to_string()).collect() }
    }

    fn assert_table(kind: FieldKind, formats: &[&str], ok: &[&str], bad: &[&str], problem: Problem) {
        let f = field(kind, formats);
        for v in ok {
            assert_eq!(check(&f, v, NOW), Ok(()), "{kind:?} {formats:?} should accept {v:?}");
        }
        for v in bad {
            assert_eq!(check(&f, v, NOW), Err(problem.clone()), "{kind:?} {formats:?} should reject {v:?}");
        }
    }

    #[test]
    fn formats() {
        let format = |names: &[&str]| Problem::Format(names.iter().map(|n| n.to_string()).collect());
        let evm = format!("0x{HEX}");
        let upper = format!("0X{}", HEX.to_uppercase());
        let padded = format!("  0x{HEX}\n");
        let long = format!("0x{HEX}0");
        let spaced = format!("0x {HEX}");
        let bare_in_text = format!("tx 0x{HEX}");
        let non_hex = format!("0x{}g", &HEX[1..]);
        assert_table(
            FieldKind::TransactionId,
            &["evm_tx_hash"],
            &[&evm, &upper, &padded, "", "   "],
            &[HEX, &long, &spaced, &bare_in_text, &non_hex, "0x", "０x3f5c"],
            format(&["evm_tx_hash"]),
        );
        let fullwidth_hex: String = HEX.chars().map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap()).collect();
        assert_table(
            FieldKind::TransactionId,
            &["hex64"],
            &[HEX, &HEX.to_uppercase()],
            &[&evm, &HEX[1..], &format!("{HEX}a"), &fullwidth_hex],
            format(&["hex64"]),
        );
        assert_table(
            FieldKind::AccountId,
            &["base58"],
            &[
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                "7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU",
                &"z".repeat(90),
                &"2".repeat(32),
            ],
            &[
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a",
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfOa",
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfIa",
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divfla",
                &"2".repeat(31),
                &"z".repeat(91),
                "1A1zP1eP5QGefi2DMPTfTL5S Lmv7DivfNa",
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNä",
            ],
            format(&["base58"]),
        );
        assert_table(
            FieldKind::AccountId,
            &["digits"],
            &["1234", "004512", &"9".repeat(30), " 12345678 "],
            &["123", &"9".repeat(31), "1234 5678", "1234-5678", "+12345", "12a45", "１２３４５６", "١٢٣٤٥"],
            format(&["digits"]),
        );
        assert_table(
            FieldKind::AccountId,
            &["email"],
            &[
                "name@example.com",
                "a.b+tag@mail.example.co.uk",
                "ünïcode@bücher.de",
                "用户@例子.广告",
                "x@xn--p1ai.xn--p1ai",
            ],
            &[
                "name@",
                "@example.com",
                "name@example",
                "name@@example.com",
                "name@exa mple.com",
                "na me@example.com",
                "name@.example.com",
                "name@example..com",
                "name@-example.com",
                "name@example.c",
                "name@1.2.3.4",
                ".name@example.com",
                "na..me@example.com",
                "name@example.com.",
                "<name@example.com>",
            ],
            format(&["email"]),
        );
    }

    #[test]
    fn any_named_format_is_enough_and_the_problem_lists_them_all() {
        let f = field(FieldKind::AccountId, &["digits", "email"]);
        assert_eq!(check(&f, "12345678", NOW), Ok(()));
        assert_eq!(check(&f, "name@example.com", NOW), Ok(()));
        let problem = check(&f, "not an id", NOW).unwrap_err();
        assert_eq!(problem, Problem::Format(vec!["digits".into(), "email".into()]));
        assert_eq!(problem.fluent_id(), "field-invalid-format");
        assert_eq!(
            check(&field(FieldKind::AccountId, &["no_such_format"]), "x", NOW),
            Err(Problem::Format(vec!["no_such_format".into()]))
        );
    }

    #[test]
    fn free_text_fields_take_anything_short_enough() {
        for kind in [FieldKind::ErrorText, FieldKind::AccountId, FieldKind::TransactionId] {
            for v in ["Error 502: Bad gateway", "エラーが発生しました", "🙂", "0x", "\n\t  x  "] {
                assert_eq!(check(&field(kind, &[]), v, NOW), Ok(()), "{kind:?} {v:?}");
            }
        }
    }

    #[test]
    fn amounts() {
        assert_table(
            FieldKind::Amount,
            &[],
            &[
                "250 USDT",
                "USDT 250",
                "€49,90",
                "€ 49.90",
                "49,90 €",
                "1,250.50 USD",
                "0.5 btc",
                "10000円",
                "１０００円",
                "$250",
                "250$",
                "R$ 1.234,56",
                "US$ 99",
                "$250 USD",
                "1 250,50 €",
                "1\u{202f}250,50 €",
                "10'000.50 CHF",
                "10’000 CHF",
                "1,00,000.50 ₹",
                "₹1,00,000",
                "5000 ₩",
                "5000원",
                "100 元",
                "¥1,000",
                "500 рублей",
                "500 руб.",
                "300 ₺",
                "50000 ₫",
                "1.000.000,00 ARS",
                "25 zł",
                "0,00012345 BTC",
                "2 ETH",
                "١٠ USD",
                "١٬٢٥٠٫٥٠ ر.س",
                "۵۰۰ تومان",
                "99 U.S.D.",
                "1,234 EUR",
                "1.234 EUR",
                "１，０００円",
            ][..],
            &[
                "250",
                "USDT",
                "abc def",
                "250 USDT 300",
                "1.2,3.4 USD",
                "12.5.2024 EUR",
                "1,,000 USD",
                "-250 USDT",
                "250 x",
                "250 verylongcurrencyname",
                "250 US dollars",
                "12345,678,9 USD",
                "$$250",
                "ABCD$ 5",
                "250 USDT!",
                "1.5 ETH (≈ 4000 USD)",
                "250 ١٢",
            ],
            Problem::Amount,
        );
        // Formats do not apply to amounts.
        assert_eq!(check(&field(FieldKind::Amount, &["digits"]), "250 USDT", NOW), Ok(()));
        assert_eq!(check(&field(FieldKind::Amount, &["digits"]), "250", NOW), Err(Problem::Amount));
    }

    #[test]
    fn times() {
        assert_table(
            FieldKind::Time,
            &[],
            &[
                "2025-06-15T09:30",
                "2025-06-15 09:30",
                "2025-06-15T09:30:59",
                "2025-06-15T09:30:05.123",
                "2024-02-29T00:00",
                "2000-02-29T23:59",
                "1999-12-31T23:59",
                "2025-06-16T11:59",
                "2025-06-16T12:00",
                " 2025-06-15T09:30 ",
            ],
            &[
                "2025-13-01T10:00",
                "2025-00-10T10:00",
                "2025-02-29T10:00",
                "1900-02-29T10:00",
                "2025-02-30T10:00",
                "2025-04-31T10:00",
                "2025-06-15T24:00",
                "2025-06-15T12:60",
                "2025-06-15T12:00:60",
                "2025-06-15",
                "15.06.2025 10:00",
                "2025-6-15T10:00",
                "2025-06-15T9:30",
                "2025-06-15T09:30:5",
                "2025-06-15T09:30.5",
                "2025-06-15T09:30:00.",
                "2025-06-15T09:30:00.1234",
                "2025-06-15T09:30:00:00",
                "２０２５-06-15T09:30",
                "2025-06-15X09:30",
                "2025-06-15T+9:30",
                "yesterday",
            ],
            Problem::Time,
        );
        assert_table(
            FieldKind::Time,
            &[],
            &[],
            &["2025-06-16T12:01", "2025-06-17T00:00", "2099-01-01T00:00"],
            Problem::Future,
        );
        // Formats do not apply to times.
        assert_eq!(check(&field(FieldKind::Time, &["digits"]), "2025-06-15T09:30", NOW), Ok(()));
    }

    #[test]
    fn length_counts_characters() {
        let f = field(FieldKind::ErrorText, &[]);
        assert_eq!(check(&f, &"é".repeat(MAX_LEN), NOW), Ok(()));
        assert_eq!(check(&f, &"é".repeat(MAX_LEN + 1), NOW), Err(Problem::TooLong));
        assert_eq!(
            check(&field(FieldKind::Amount, &[]), &format!("250 USDT{}", " ".repeat(MAX_LEN)), NOW),
            Err(Problem::TooLong)
        );
        assert_eq!(Problem::TooLong.fluent_id(), "field-too-long");
    }

    #[test]
    fn messages_and_examples() {
        let ids = [Problem::Amount, Problem::Time, Problem::Future].map(|p| p.fluent_id());
        assert_eq!(ids, ["field-invalid-amount", "field-invalid-time", "field-in-future"]);
        for name in crate::config::FORMATS {
            assert!(!format_example(name).is_empty(), "{name}");
        }
        assert_eq!(format_example("digits"), "12345678");
        assert_eq!(format_example("email"), "name@example.com");
        assert_eq!(format_example("nope"), "");
    }

    proptest::proptest! {
        #[test]
        fn check_never_panics(value in proptest::prelude::any::<String>(), now in proptest::prelude::any::<i64>()) {
            for kind in FieldKind::ALL {
                for formats in [&[][..], crate::config::FORMATS] {
                    let _ = check(&field(*kind, formats), &value, now);
                }
            }
        }

        #[test]
        fn amount_and_time_lookalikes_never_panic(value in "[0-9０-９:T .,'’$€円-]{0,30}") {
            for kind in [FieldKind::Amount, FieldKind::Time] {
                let _ = check(&field(kind, &[]), &value, NOW);
            }
        }

        #[test]
        fn past_2000_characters_is_too_long(chars in proptest::collection::vec(proptest::prelude::any::<char>(), MAX_LEN + 1..MAX_LEN + 50)) {
            let value: String = chars.into_iter().collect();
            for kind in FieldKind::ALL {
                proptest::prop_assert_eq!(check(&field(*kind, &["digits"]), &value, NOW), Err(Problem::TooLong));
            }
        }
    }
}
