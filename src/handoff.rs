//! handoff: the summary a user prepared and the links that carry it to a
//! platform's official channel (mailto:, tel:, chat or form URLs). Links stay
//! within the lengths mail clients and browsers accept, shortening the
//! user's text visibly rather than letting a client cut it silently.

use crate::model::SummaryParams;

/// The longest mailto: URL we produce, in bytes (mail clients and browsers
/// cut or refuse longer ones; ~2,000 is the common safe limit).
pub const MAX_MAILTO_LEN: usize = 1_900;
/// The longest chat or form URL we produce, in bytes.
pub const MAX_URL_LEN: usize = 2_000;

/// What the user prepared, every label already in the user's language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// One line, e.g. "Northwind Exchange: Deposits and withdrawals (Right now)".
    pub subject: String,
    /// Labelled facts in order (topic, urgency, checklist fields, page, version…): (label, value).
    pub facts: Vec<(String, String)>,
    /// Label for the user's own words, e.g. "Describe the problem".
    pub description_label: String,
    /// The user's own words (may be empty, may be many lines, any Unicode).
    pub description: String,
}

impl Summary {
    /// Plain text for the clipboard and e-mail bodies: one "label: value" line per
    /// fact (facts whose value is empty or only whitespace are left out; a
    /// multi-line value keeps its lines), then, if the description is not
    /// blank, a blank line, the description label followed by ":" on its own
    /// line, and the description. Lines end in "\n"; no trailing newline.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (label, value) in &self.facts {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&unix_lines(label.trim()));
            out.push_str(": ");
            out.push_str(&unix_lines(value));
        }
        let description = content(&self.description);
        if !description.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            let label = self.description_label.trim();
            if !label.is_empty() {
                out.push_str(&unix_lines(label));
                out.push_str(":\n");
            }
            out.push_str(&unix_lines(description));
        }
        out
    }
}

/// Textareas and pasted text bring "\r\n" or lone "\r"; one convention lets
/// mailto send every break as CRLF and lets a reader of the link get the
/// text back exactly.
fn unix_lines(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// The description without leading blank lines (indentation of the first
/// real line is kept) and without trailing whitespace.
fn content(s: &str) -> &str {
    let Some(first) = s.find(|c: char| !c.is_whitespace()) else {
        return "";
    };
    let start = s[..first].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    s[start..].trim_end()
}

/// A subject is a header (mail) or a one-line field (forms): a line break in
/// it would be dropped at best and start a new header at worst.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') { ' ' } else { c })
        .collect()
}

/// `mailto:` link to `address` with the subject and `summary.text()` as body.
/// RFC 6068 percent-encoding of UTF-8: everything except ALPHA / DIGIT / "-" / "." / "_" / "~"
/// is encoded in subject and body (so spaces are %20, never "+"), and line
/// breaks in the body are sent as %0D%0A. The address is encoded the same way
/// except that "@" stays as is. If the whole URL would exceed MAX_MAILTO_LEN
/// bytes, the body is shortened: cut at a character boundary (never inside a
/// UTF-8 character nor inside a %XX escape; combining sequences are kept
/// whole when they are short), then "\n\n" + `truncated_note` is appended,
/// and the result fits the limit. If even the subject is too long, the subject
/// is cut the same way (without a note).
pub fn mailto(address: &str, summary: &Summary, truncated_note: &str) -> String {
    let mut base = String::from("mailto:");
    encode_into(&mut base, address, b"@", false);
    let link = Link { head: format!("{base}?"), tail: "", limit: MAX_MAILTO_LEN, crlf: true };
    link.build(("subject", &summary.subject), ("body", &summary.text()), truncated_note)
        .unwrap_or(base)
}

/// `tel:` link for an E.164 number (`+4420...` → `tel:+4420...`); any spaces,
/// dashes, dots or brackets in the input are dropped.
pub fn tel(number: &str) -> String {
    let kept: String = number
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '(' | ')' | '[' | ']'))
        .collect();
    let mut out = String::from("tel:");
    encode_into(&mut out, &kept, b"+", false);
    out
}

/// An E.164 number grouped for reading aloud, e.g. "+442079460123" →
/// "+44 20 7946 0123", "+14155550100" → "+1 415 555 0100",
/// "+8613800138000" → "+86 138 0013 8000". The country calling code is split
/// off by its length (ITU-T E.164); the national number follows a few common
/// national patterns, otherwise blocks of 3 or 4 with no single-digit block.
/// Input that is not "+" followed by digits is returned unchanged.
pub fn display_phone(number: &str) -> String {
    let Some(digits) = number.strip_prefix('+') else {
        return number.to_string();
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return number.to_string();
    }
    let (cc, national) = digits.split_at(country_code_len(digits).min(digits.len()));
    let mut out = format!("+{cc}");
    let mut rest = national;
    for size in national_blocks(cc, national) {
        let (block, tail) = rest.split_at(size);
        out.push(' ');
        out.push_str(block);
        rest = tail;
    }
    out
}

fn country_code_len(digits: &str) -> usize {
    if digits.starts_with(['1', '7']) {
        return 1;
    }
    match digits.get(..2).and_then(|d| d.parse::<u8>().ok()) {
        Some(
            20 | 27 | 30..=34 | 36 | 39 | 40 | 41 | 43..=49 | 51..=58 | 60..=66 | 81 | 82 | 84 | 86
            | 90..=95 | 98,
        ) => 2,
        _ => 3,
    }
}

/// Block sizes for the national number; they always add up to its length.
fn national_blocks(cc: &str, national: &str) -> Vec<usize> {
    let n = national.len();
    // Where the generic split would cut through an area or mobile prefix
    // in countries users often call.
    let known: &[usize] = match (cc, n) {
        ("44", 10) if national.starts_with('2') => &[2, 4, 4],
        ("44", 10) => &[4, 6],
        ("55", 11) => &[2, 5, 4],
        ("55", 10) | ("81", 10) => &[2, 4, 4],
        ("91", 10) => &[5, 5],
        ("971", 9) => &[2, 3, 4],
        _ => &[],
    };
    if !known.is_empty() {
        return known.to_vec();
    }
    match n {
        0 => vec![],
        1..=4 => vec![n],
        5 => vec![2, 3],
        _ => {
            // As few blocks of 3 or 4 as possible, the 4s at the end
            // (10 → 3-3-4, 11 → 3-4-4, like most national formats).
            let blocks = n.div_ceil(4);
            let fours = n - 3 * blocks;
            (0..blocks).map(|i| if i < blocks - fours { 3 } else { 4 }).collect()
        }
    }
}

/// A chat or form URL with the summary in the query parameters named by
/// `params` (subject → `summary.subject`, body → `summary.text()`); with no
/// parameter named, `url` unchanged. Keeps an existing query ("?a=1" → "?a=1&subject=…")
/// and puts the parameters before any "#fragment". Values are percent-encoded
/// like application/x-www-form-urlencoded but with %20 for spaces; parameter
/// names are encoded too. If longer than MAX_URL_LEN bytes, the body is cut
/// as for mailto (with "\n\n" + truncated_note), so the URL fits the limit.
pub fn with_summary(url: &str, params: &SummaryParams, summary: &Summary, truncated_note: &str) -> String {
    let subject_name = params.subject.as_deref().unwrap_or("");
    let body_name = params.body.as_deref().unwrap_or("");
    if subject_name.is_empty() && body_name.is_empty() {
        return url.to_string();
    }
    let (before, tail) = url.split_at(url.find('#').unwrap_or(url.len()));
    let joiner = match before.find('?') {
        None => "?",
        Some(_) if before.ends_with(['?', '&']) => "",
        Some(_) => "&",
    };
    let subject = if subject_name.is_empty() { "" } else { &summary.subject };
    let body = if body_name.is_empty() { String::new() } else { summary.text() };
    // Form fields take "\n" as typed; CRLF is only a mail convention.
    let link = Link { head: format!("{before}{joiner}"), tail, limit: MAX_URL_LEN, crlf: false };
    link.build((subject_name, subject), (body_name, &body), truncated_note)
        .unwrap_or_else(|| url.to_string())
}

/// Everything around the summary's two query parameters.
struct Link<'a> {
    /// Up to and including the separator before the first parameter.
    head: String,
    /// "#fragment" or "".
    tail: &'a str,
    limit: usize,
    crlf: bool,
}

impl Link<'_> {
    /// The link with `subject` and `body` (each left out when empty), the
    /// body shortened first and the subject only once the body is down to
    /// its note. `None` when there is nothing to add or even the bare
    /// parameter names do not fit.
    fn build(&self, (subject_name, subject): (&str, &str), (body_name, body): (&str, &str), note: &str) -> Option<String> {
        let subject = one_line(subject);
        let key = |name: &str, value: &str| (!value.is_empty()).then(|| encode(name, false) + "=");
        let (subject_key, body_key) = (key(subject_name, &subject), key(body_name, body));
        let both = subject_key.is_some() && body_key.is_some();
        if subject_key.is_none() && body_key.is_none() {
            return None;
        }
        let keys_len = [&subject_key, &body_key].iter().map(|k| k.as_ref().map_or(0, String::len)).sum::<usize>();
        let room = self.limit.checked_sub(self.head.len() + self.tail.len() + keys_len + usize::from(both))?;
        let note = format!("\n\n{note}");
        let body_min = encoded_len(body, self.crlf).min(encoded_len(&note, self.crlf));
        let subject = encode_to_fit(&subject, room.saturating_sub(body_min), "", self.crlf);
        let body = encode_to_fit(body, room - subject.len(), &note, self.crlf);

        let mut out = self.head.clone();
        if let Some(key) = subject_key {
            out += &key;
            out += &subject;
        }
        if both {
            out.push('&');
        }
        if let Some(key) = body_key {
            out += &key;
            out += &body;
        }
        out.push_str(self.tail);
        Some(out)
    }
}

/// RFC 3986 unreserved characters: the only ones never percent-encoded.
fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Bytes `b` takes once encoded; must agree with `encode_into` for `keep` = "".
fn encoded_width(b: u8, crlf: bool) -> usize {
    match b {
        b'\n' if crlf => 6,
        _ if is_unreserved(b) => 1,
        _ => 3,
    }
}

fn encoded_len(s: &str, crlf: bool) -> usize {
    s.bytes().map(|b| encoded_width(b, crlf)).sum()
}

/// Percent-encodes the UTF-8 of `s`, leaving unreserved bytes and `keep` as
/// they are; with `crlf`, "\n" goes out as %0D%0A.
fn encode_into(out: &mut String, s: &str, keep: &[u8], crlf: bool) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b == b'\n' && crlf {
            out.push_str("%0D%0A");
        } else if is_unreserved(b) || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
}

fn encode(s: &str, crlf: bool) -> String {
    let mut out = String::with_capacity(encoded_len(s, crlf));
    encode_into(&mut out, s, b"", crlf);
    out
}

/// `text` encoded, or if that takes more than `budget` bytes, the longest
/// prefix that leaves room for the encoded `note`, then the note. A note that
/// does not fit on its own is dropped so the budget always holds.
fn encode_to_fit(text: &str, budget: usize, note: &str, crlf: bool) -> String {
    if encoded_len(text, crlf) <= budget {
        return encode(text, crlf);
    }
    let mut note = encode(note, crlf);
    if note.len() > budget {
        note.clear();
    }
    let mut out = encode(&text[..cut_point(text, budget - note.len(), crlf)], crlf);
    out.push_str(&note);
    out
}

/// How far back a cut may move to keep a combining sequence whole; beyond
/// that the text is pathological and any char boundary will do.
const MAX_BACKOFF: usize = 16;

/// The byte index at which to cut `text` so its encoding takes at most
/// `budget` bytes.
fn cut_point(text: &str, budget: usize, crlf: bool) -> usize {
    let mut used = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let next = i + c.len_utf8();
        used += encoded_len(&text[i..next], crlf);
        if used > budget {
            break;
        }
        end = next;
    }
    let mut cut = end;
    for _ in 0..MAX_BACKOFF {
        let prev = text[..cut].chars().next_back();
        let splits = text[cut..].chars().next().is_some_and(extends_previous) || prev == Some(ZWJ);
        match prev {
            Some(p) if splits => cut -= p.len_utf8(),
            _ => return cut,
        }
    }
    end
}

const ZWJ: char = '\u{200D}';

/// Characters that belong to the one before them: accents, emoji modifiers
/// and joiners, flag tags.
fn extends_previous(c: char) -> bool {
    crate::unicode::is_mark(c)
        || matches!(c, ZWJ | '\u{FE00}'..='\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOTE: &str = "(shortened)";
    const NOTE_CRLF: &str = "%0D%0A%0D%0A%28shortened%29";

    fn summary(subject: &str, facts: &[(&str, &str)], label: &str, description: &str) -> Summary {
        Summary {
            subject: subject.into(),
            facts: facts.iter().map(|&(l, v)| (l.into(), v.into())).collect(),
            description_label: label.into(),
            description: description.into(),
        }
    }

    fn decode(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        let mut bytes = s.bytes();
        while let Some(b) = bytes.next() {
            if b == b'%' {
                let hex = [bytes.next().unwrap(), bytes.next().unwrap()];
                out.push(u8::from_str_radix(std::str::from_utf8(&hex).unwrap(), 16).unwrap());
            } else {
                out.push(b);
            }
        }
        out
    }

    /// The decoded value of query parameter `name` ("" when absent).
    fn param(url: &str, name: &str) -> Result<String, std::string::FromUtf8Error> {
        let query = url.split_once('?').map_or("", |(_, q)| q);
        let query = query.split_once('#').map_or(query, |(q, _)| q);
        let value = query.split('&').find_map(|p| p.strip_prefix(name)?.strip_prefix('=')).unwrap_or("");
        String::from_utf8(decode(value))
    }

    /// `body` is all of `text` or a prefix of it followed by the note.
    fn is_text_or_cut(body: &str, text: &str) -> bool {
        let cut = body.strip_suffix(&format!("\n\n{NOTE}"));
        body == text || cut.is_some_and(|prefix| text.starts_with(prefix))
    }

    #[test]
    fn text_lists_facts_then_the_description() {
        let cases = [
            (summary("s", &[("Topic", "Deposits"), ("Page", " \n "), ("Steps", "one\r\ntwo\rthree")], "Describe", "It failed.\n\n"),
             "Topic: Deposits\nSteps: one\ntwo\nthree\n\nDescribe:\nIt failed."),
            (summary("s", &[], "Describe", "\n  \n  indented\n  more  "), "Describe:\n  indented\n  more"),
            (summary("s", &[("Topic", "Deposits")], "Describe", " \n\t "), "Topic: Deposits"),
            (summary("s", &[("Topic", "")], "", "words"), "words"),
            (Summary::default(), ""),
        ];
        for (s, expected) in cases {
            assert_eq!(s.text(), expected, "{s:?}");
        }
    }

    #[test]
    fn mailto_encodes_every_script_and_reserved_character() {
        let cases = [
            ("help@northwind.example",
             summary("Northwind Exchange: Deposits and withdrawals (Right now)",
                     &[("Topic", "Deposits and withdrawals"), ("Urgency", "Right now"), ("Page", "  ")],
                     "Describe the problem", "My deposit is missing.\r\nIt was sent an hour ago.\n"),
             "mailto:help@northwind.example?subject=Northwind%20Exchange%3A%20Deposits%20and%20withdrawals%20%28Right%20now%29&body=Topic%3A%20Deposits%20and%20withdrawals%0D%0AUrgency%3A%20Right%20now%0D%0A%0D%0ADescribe%20the%20problem%3A%0D%0AMy%20deposit%20is%20missing.%0D%0AIt%20was%20sent%20an%20hour%20ago."),
            ("help@northwind.example",
             summary("北风交易所: 提现失败", &[("主题", "提现")], "描述问题", "提现失败"),
             "mailto:help@northwind.example?subject=%E5%8C%97%E9%A3%8E%E4%BA%A4%E6%98%93%E6%89%80%3A%20%E6%8F%90%E7%8E%B0%E5%A4%B1%E8%B4%A5&body=%E4%B8%BB%E9%A2%98%3A%20%E6%8F%90%E7%8E%B0%0D%0A%0D%0A%E6%8F%8F%E8%BF%B0%E9%97%AE%E9%A2%98%3A%0D%0A%E6%8F%90%E7%8E%B0%E5%A4%B1%E8%B4%A5"),
            ("help@northwind.example",
             summary("مشكلة في السحب", &[("الموضوع", "السحب")], "صف المشكلة", ""),
             "mailto:help@northwind.example?subject=%D9%85%D8%B4%D9%83%D9%84%D8%A9%20%D9%81%D9%8A%20%D8%A7%D9%84%D8%B3%D8%AD%D8%A8&body=%D8%A7%D9%84%D9%85%D9%88%D8%B6%D9%88%D8%B9%3A%20%D8%A7%D9%84%D8%B3%D8%AD%D8%A8"),
            ("help@northwind.example",
             summary("Payout 💸 stuck", &[("Emoji", "👍🏽 👨\u{200D}👩\u{200D}👧")], "", ""),
             "mailto:help@northwind.example?subject=Payout%20%F0%9F%92%B8%20stuck&body=Emoji%3A%20%F0%9F%91%8D%F0%9F%8F%BD%20%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7"),
            ("support+vip@a-b.example",
             summary("Q&A? #1 100% +5 =x", &[], "", "a&b=c?d#e%f+g"),
             "mailto:support%2Bvip@a-b.example?subject=Q%26A%3F%20%231%20100%25%20%2B5%20%3Dx&body=a%26b%3Dc%3Fd%23e%25f%2Bg"),
            ("help@northwind.example",
             summary("Smith & Sons+Co: 50% off?", &[("Page", "https://x.example/a?b=1#c")], "", ""),
             "mailto:help@northwind.example?subject=Smith%20%26%20Sons%2BCo%3A%2050%25%20off%3F&body=Page%3A%20https%3A%2F%2Fx.example%2Fa%3Fb%3D1%23c"),
            // A line break in the subject would start a new mail header.
            ("help@northwind.example", summary("a\r\nBcc: x@evil.example", &[], "", ""),
             "mailto:help@northwind.example?subject=a%20%20Bcc%3A%20x%40evil.example"),
            ("help@northwind.example", Summary::default(), "mailto:help@northwind.example"),
        ];
        for (address, s, expected) in cases {
            assert_eq!(mailto(address, &s, NOTE), expected);
        }
    }

    #[test]
    fn tel_keeps_only_the_number() {
        for (input, expected) in [
            ("+442079460123", "tel:+442079460123"),
            ("+44 (20) 7946-0123", "tel:+442079460123"),
            ("+1.415.555.0100", "tel:+14155550100"),
        ] {
            assert_eq!(tel(input), expected);
        }
    }

    #[test]
    fn display_phone_groups_for_reading_aloud() {
        for (input, expected) in [
            ("+442079460123", "+44 20 7946 0123"),
            ("+447911123456", "+44 7911 123456"),
            ("+14155550100", "+1 415 555 0100"),
            ("+8613800138000", "+86 138 0013 8000"),
            ("+4915123456789", "+49 151 2345 6789"),
            ("+49301234567", "+49 301 234 567"),
            ("+5511912345678", "+55 11 91234 5678"),
            ("+971501234567", "+971 50 123 4567"),
            ("+819012345678", "+81 90 1234 5678"),
            ("+919876543210", "+91 98765 43210"),
            ("+74951234567", "+7 495 123 4567"),
            ("+201001234567", "+20 100 123 4567"),
            ("+35312345", "+353 12 345"),
            ("+3531234567", "+353 123 4567"),
            ("+1", "+1"),
            ("+44 20 7946 0123", "+44 20 7946 0123"),
            ("020 7946 0123", "020 7946 0123"),
            ("+", "+"),
            ("+44２０", "+44２０"),
        ] {
            assert_eq!(display_phone(input), expected, "{input}");
        }
    }

    #[test]
    fn with_summary_adds_the_named_parameters() {
        let s = summary("Order #12 & refund = 5% + fee?", &[("Topic", "Deposits")], "Describe the problem", "It's gone & I paid 5%");
        let subject = "Order%20%2312%20%26%20refund%20%3D%205%25%20%2B%20fee%3F";
        let body = "Topic%3A%20Deposits%0A%0ADescribe%20the%20problem%3A%0AIt%27s%20gone%20%26%20I%20paid%205%25";
        let both = SummaryParams { subject: Some("subject".into()), body: Some("body".into()) };
        let only_subject = SummaryParams { subject: Some("subject".into()), body: None };
        let only_body = SummaryParams { subject: None, body: Some("message".into()) };
        let odd_name = SummaryParams { subject: Some("q[subject]".into()), body: None };
        let cases = [
            ("https://help.example/chat", SummaryParams::default(), "https://help.example/chat".to_string()),
            ("https://help.example/chat#x", SummaryParams { subject: Some(String::new()), body: None }, "https://help.example/chat#x".into()),
            ("https://help.example/chat", only_subject.clone(), format!("https://help.example/chat?subject={subject}")),
            ("https://help.example/chat", only_body, format!("https://help.example/chat?message={body}")),
            ("https://help.example/chat", both.clone(), format!("https://help.example/chat?subject={subject}&body={body}")),
            ("https://help.example/chat?lang=en", only_subject.clone(), format!("https://help.example/chat?lang=en&subject={subject}")),
            ("https://help.example/chat?", only_subject.clone(), format!("https://help.example/chat?subject={subject}")),
            ("https://help.example/form#new", both.clone(), format!("https://help.example/form?subject={subject}&body={body}#new")),
            ("http://127.0.0.1:8080/f?a=1&#top", both, format!("http://127.0.0.1:8080/f?a=1&subject={subject}&body={body}#top")),
            ("https://help.example/chat", odd_name, format!("https://help.example/chat?q%5Bsubject%5D={subject}")),
        ];
        for (url, params, expected) in cases {
            assert_eq!(with_summary(url, &params, &s, NOTE), expected, "{url} {params:?}");
        }
    }

    #[test]
    fn a_long_description_is_cut_with_a_note() {
        let description: String = "Withdrawal 提现失败 again 😀👍🏽\n".chars().cycle().take(10_000).collect();
        let s = summary("Northwind: 提现失败", &[("Topic", "Withdrawals")], "Describe the problem", &description);
        let url = mailto("help@northwind.example", &s, NOTE);
        // Close to the limit: at most a character, or a short sequence, is left unused.
        assert!(url.len() <= MAX_MAILTO_LEN && url.len() > MAX_MAILTO_LEN - 32, "{}", url.len());
        assert!(url.ends_with(NOTE_CRLF));
        let body = param(&url, "body").expect("valid UTF-8").replace("\r\n", "\n");
        let kept = body.strip_suffix(&format!("\n\n{NOTE}")).unwrap();
        assert!(kept.starts_with("Topic: Withdrawals\n\nDescribe the problem:\nWithdrawal 提现失败"));
        assert!(s.text().starts_with(kept));
        assert_eq!(param(&url, "subject").unwrap(), "Northwind: 提现失败");
    }

    #[test]
    fn a_cut_keeps_combining_sequences_whole() {
        for unit in ["e\u{301}\u{323}", "👨\u{200D}👩\u{200D}👧", "👍🏽", "❤\u{FE0F}"] {
            for pad in 0..12 {
                let description = "x".repeat(pad) + &unit.repeat(2_000);
                let s = summary("", &[], "", &description);
                let body = param(&mailto("a@b.example", &s, NOTE), "body").unwrap().replace("\r\n", "\n");
                let kept = body.strip_suffix(&format!("\n\n{NOTE}")).unwrap();
                assert!(kept.trim_start_matches('x').len() % unit.len() == 0, "{unit:?} cut inside: {kept:?}");
            }
        }
    }

    #[test]
    fn an_overlong_subject_is_cut_after_the_body() {
        let s = summary(&"提".repeat(1_000), &[], "", &"long words ".repeat(100));
        let url = mailto("help@northwind.example", &s, NOTE);
        assert!(url.len() <= MAX_MAILTO_LEN);
        let (_, body) = url.split_once("&body=").unwrap();
        assert!(body.ends_with(NOTE_CRLF) && body.len() < NOTE_CRLF.len() + 9, "the body is down to its note: {body}");
        let subject = param(&url, "subject").unwrap();
        assert!(subject.chars().count() > 150 && "提".repeat(1_000).starts_with(&subject));

        let short_body = summary(&"x".repeat(3_000), &[], "", "ok");
        let url = mailto("a@b.example", &short_body, NOTE);
        assert!(url.len() <= MAX_MAILTO_LEN && url.ends_with("&body=ok"), "a short body is kept whole");
    }

    fn arbitrary_text() -> impl Strategy<Value = String> {
        let c = prop_oneof![
            4 => any::<char>(),
            2 => proptest::sample::select(vec![
                '\n', '\r', ' ', '+', '&', '=', '%', '#', '?', 'a', '提', '😀', '\u{301}', '\u{200D}', '\u{2028}',
            ]),
        ];
        proptest::collection::vec(c, 0..1_500).prop_map(String::from_iter)
    }

    proptest! {
        #[test]
        fn links_fit_and_carry_the_text(subject in arbitrary_text(), value in arbitrary_text(), description in arbitrary_text()) {
            let s = summary(&subject, &[("Topic", "Deposits"), ("Details", &value)], "Describe", &description);
            let text = s.text();

            let url = mailto("help+1@northwind.example", &s, NOTE);
            prop_assert!(url.is_ascii() && url.len() <= MAX_MAILTO_LEN, "{}", url.len());
            prop_assert!(!url.contains([' ', '\r', '\n', '+']));
            let body = param(&url, "body");
            prop_assert!(body.is_ok());
            prop_assert!(is_text_or_cut(&body.unwrap().replace("\r\n", "\n"), &text));
            prop_assert!(one_line(&subject).starts_with(&param(&url, "subject").unwrap()));

            let params = SummaryParams { subject: Some("subject".into()), body: Some("body".into()) };
            let url = with_summary("https://help.example/chat?lang=en#start", &params, &s, NOTE);
            prop_assert!(url.is_ascii() && url.len() <= MAX_URL_LEN, "{}", url.len());
            prop_assert!(url.starts_with("https://help.example/chat?lang=en&") && url.ends_with("#start"));
            prop_assert!(!url.contains([' ', '\r', '\n', '+']));
            let body = param(&url, "body");
            prop_assert!(body.is_ok());
            prop_assert!(is_text_or_cut(&body.unwrap(), &text));
        }

        #[test]
        fn display_phone_keeps_every_digit_in_order(digits in "[0-9]{1,15}") {
            let number = format!("+{digits}");
            let shown = display_phone(&number);
            prop_assert_eq!(shown.replace(' ', ""), number);
            if digits.len() >= 5 {
                prop_assert!(shown.split(' ').skip(1).all(|block| block.len() >= 2), "{}", shown);
            }
        }
    }
}
