//! secrets: spotting recovery phrases and private keys in what a user typed.
//! Scammers posing as support ask for exactly these, so the description box
//! warns before they can be sent and can cut them out for the user.

use std::ops::Range;

/// What kind of secret a text seems to contain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretKind {
    RecoveryPhrase,
    PrivateKey,
}

/// A secret found in `text`: its kind and its byte range in `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub kind: SecretKind,
    pub range: Range<usize>,
}

/// The shortest BIP-39 phrase; shorter runs of list words occur in ordinary prose.
const MIN_WORDS: usize = 12;
/// Distinct words outside `COMMON` a run needs to count as a phrase.
const MIN_DISTINCT: usize = 10;
/// List entries that are everyday English glue words.
const COMMON: &str =
    "abou all also can into just know more now one only than that then ther they this what when will you";

/// The BIP-39 English list (bitcoin/bips, bip-0039/english.txt, 2048 words,
/// SHA-256 2f5eed53…3b24dbda) cut to what identifies a word: its first four
/// letters, or the whole of a 3-letter word. Sorted, one space between entries.
const PREFIXES: &str = include_str!("secrets/bip39-prefixes.txt");

/// The first secret-looking span in `text`, if any.
pub fn find(text: &str) -> Option<Found> {
    let pem = pem_block(text).map(|range| Found { kind: SecretKind::PrivateKey, range });
    [pem, scan(text)].into_iter().flatten().min_by_key(|f| f.range.start)
}

/// `text` with every secret-looking span removed (and the whitespace around
/// the cut tidied to one space), for the "remove it for me" button.
pub fn remove(text: &str) -> String {
    let mut out = text.to_string();
    // Repeat: joining what was either side of a cut can form a new phrase.
    while let Some(Found { range, .. }) = find(&out) {
        let (before, after) = (out[..range.start].trim_end(), out[range.end..].trim_start());
        let gap = if before.is_empty() || after.is_empty() { "" } else { " " };
        out = [before, gap, after].concat();
    }
    out
}

/// Base58 as Bitcoin uses it: no 0, O, I or l.
pub(crate) fn is_base58(b: u8) -> bool {
    b.is_ascii_alphanumeric() && !matches!(b, b'0' | b'O' | b'I' | b'l')
}

/// Maximal runs of alphanumeric characters, as byte ranges.
fn tokens(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = chars.find(|(_, c)| c.is_alphanumeric())?.0;
        while chars.next_if(|(_, c)| c.is_alphanumeric()).is_some() {}
        Some(start..chars.peek().map_or(text.len(), |&(i, _)| i))
    })
}

/// One pass over the tokens: the first run of list words that reads like a
/// phrase, or the first key-shaped token, whichever starts first.
fn scan(text: &str) -> Option<Found> {
    let (mut words, mut run, mut keys) = (0, 0..0, Vec::new());
    // Where numbering before the first word began, so "1." goes with the phrase.
    let mut lead = None;
    let (mut prev_end, mut prev_number) = (0, false);
    for t in tokens(text) {
        let token = &text[t.clone()];
        let listed = lookup(token);
        let key = listed.is_none() && is_key(token);
        let number = listed.is_none() && !key && token.bytes().all(|b| b.is_ascii_digit());
        if key || !(listed.is_some() || number) || !is_separator(&text[prev_end..t.start], prev_number) {
            if is_phrase(words, &mut keys) {
                return Some(Found { kind: SecretKind::RecoveryPhrase, range: run });
            }
            (words, lead) = (0, None);
            keys.clear();
        }
        if key {
            return Some(Found { kind: SecretKind::PrivateKey, range: t });
        }
        if let Some(k) = listed {
            if words == 0 {
                run.start = lead.unwrap_or(t.start);
            }
            words += 1;
            run.end = t.end;
            if !COMMON.split(' ').any(|c| c.as_bytes() == k.trim_ascii_end()) {
                keys.push(k);
            }
        } else if number && words == 0 {
            lead = lead.or(Some(t.start));
        }
        (prev_end, prev_number) = (t.end, number);
    }
    is_phrase(words, &mut keys).then_some(Found { kind: SecretKind::RecoveryPhrase, range: run })
}

/// Random words rarely repeat and are rarely the glue of English sentences,
/// while prose that happens to use twelve list words in a row ("…that you can
/// have more than one…") leans on both. Needing ten distinct other words
/// misses about one random 12-word phrase in 2,000.
fn is_phrase(words: usize, keys: &mut Vec<[u8; 4]>) -> bool {
    words >= MIN_WORDS && {
        crate::sort::sort(keys);
        keys.dedup();
        keys.len() >= MIN_DISTINCT
    }
}

/// Whether `gap` keeps a run of words going: whitespace and commas, and after
/// a number the mark of list numbering ("1.", "2)", "3:").
fn is_separator(gap: &str, after_number: bool) -> bool {
    let gap = if after_number { gap.strip_prefix(['.', ')', ':']).unwrap_or(gap) } else { gap };
    gap.chars().all(|c| c.is_whitespace() || c == ',')
}

/// The list entry for `word` (blank-padded to 4 bytes) if it is a BIP-39
/// word or the 4-letter abbreviation wallets accept.
fn lookup(word: &str) -> Option<[u8; 4]> {
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut key = [b' '; 4];
    for (k, b) in key.iter_mut().zip(word.bytes()) {
        *k = b.to_ascii_lowercase();
    }
    let wanted = &key[..word.len().min(4)];
    // Binary search over bytes; each probe widens to the entry around it.
    let list = PREFIXES.trim_end().as_bytes();
    let (mut lo, mut hi) = (0, list.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let start = list[lo..mid].iter().rposition(|&b| b == b' ').map_or(lo, |i| lo + i + 1);
        let end = list[mid..hi].iter().position(|&b| b == b' ').map_or(hi, |i| mid + i);
        match list[start..end].cmp(wanted) {
            std::cmp::Ordering::Equal => return Some(key),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start.saturating_sub(1),
        }
    }
    None
}

/// Whether a whole token is shaped like a private key. "0x" + 64 hex digits
/// (a transaction hash) is one 66-character token, so it never matches.
fn is_key(token: &str) -> bool {
    let b = token.as_bytes();
    let base58 = || b.iter().all(|&c| is_base58(c));
    match (b.len(), b[0]) {
        (64, _) => b.iter().all(u8::is_ascii_hexdigit),
        (51, b'5') | (52, b'K' | b'L') => base58(),
        (100..=115, b'x' | b'y' | b'z' | b't') => b[1..4] == *b"prv" && base58(),
        _ => false,
    }
}

/// A PEM private key, from its BEGIN line to its END line (or to the end of
/// the text when the paste was cut short).
fn pem_block(text: &str) -> Option<Range<usize>> {
    const MARK: &str = "PRIVATE KEY-----";
    let at = text.find(MARK)?;
    let head = &text[..at];
    let start = head.rfind("-----BEGIN").or_else(|| head.rfind("-----")).unwrap_or(at);
    let after = at + MARK.len();
    let end = if text[start..].starts_with("-----END") {
        after
    } else {
        text[after..].find(MARK).map_or(text.len(), |i| after + i + MARK.len())
    };
    Some(start..end)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const PHRASE12: &str = "orbit velvet canyon ripple dignity fossil tongue harvest lizard mercy plunge anchor";
    const PHRASE24: &str = "orbit velvet canyon ripple dignity fossil tongue harvest lizard mercy plunge anchor \
                            gravity oyster wisdom tunnel pepper salmon frozen island hockey vendor circle beauty";
    const HEX64: &str = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";

    fn kind(text: &str) -> Option<SecretKind> {
        find(text).map(|f| f.kind)
    }

    fn found(text: &str) -> &str {
        &text[find(text).expect("a secret").range]
    }

    #[test]
    fn the_word_list_is_whole_and_sorted() {
        let entries: Vec<&str> = PREFIXES.trim_end().split(' ').collect();
        assert_eq!(entries.len(), 2048);
        assert!(entries.windows(2).all(|w| w[0] < w[1]));
        assert!(entries.iter().all(|e| (3..=4).contains(&e.len()) && lookup(e).is_some()));
        for word in ["abandon", "ZOO", "Zone", "act", "action", "actr", "satoshi", "wrong", "aban"] {
            assert!(lookup(word).is_some(), "{word}");
        }
        for word in ["ab", "aba", "abo", "acts", "the", "and", "zzzz", "aaaa", "éclair", "abandon1"] {
            assert_eq!(lookup(word), None, "{word}");
        }
        let common: Vec<&str> = COMMON.split(' ').collect();
        assert!(common.windows(2).all(|w| w[0] < w[1]));
        assert!(common.iter().all(|c| entries.contains(c)));
    }

    #[test]
    fn phrases_are_flagged() {
        let numbered: String = PHRASE12.split(' ').enumerate().map(|(i, w)| format!("{}. {w} ", i + 1)).collect();
        let parens: String = PHRASE12.split(' ').enumerate().map(|(i, w)| format!("{}){w}\n", i + 1)).collect();
        let abbreviated: String = PHRASE12.split(' ').map(|w| &w[..w.len().min(4)]).collect::<Vec<_>>().join(" ");
        let cases = [
            PHRASE12.to_string(),
            PHRASE24.to_string(),
            numbered.clone(),
            parens,
            PHRASE12.replace(' ', ", "),
            PHRASE12.to_uppercase(),
            PHRASE12.replace(' ', "\n"),
            PHRASE24.replacen(' ', "\r\n", 6),
            abbreviated,
            format!("1: {}", PHRASE12.replace(' ', " 2: ")),
        ];
        for text in &cases {
            assert_eq!(kind(text), Some(SecretKind::RecoveryPhrase), "{text}");
        }
        let with_common = "orbit velvet you canyon ripple dignity fossil that harvest lizard mercy plunge";
        assert_eq!(kind(with_common), Some(SecretKind::RecoveryPhrase));
        assert_eq!(found(PHRASE24), PHRASE24);
        assert_eq!(found(&numbered), numbered.trim_end(), "numbering goes with the phrase");
    }

    #[test]
    fn a_phrase_in_a_sentence_is_found_where_it_is() {
        let text = format!("Hi! My phrase is: {PHRASE12} please help, I lost everything.");
        let span = found(&text);
        assert!(span.starts_with("orbit") && span.contains("anchor"), "{span}");
        assert_eq!(remove(&text), "Hi! My phrase is: , I lost everything.");
    }

    #[test]
    fn eleven_words_and_broken_runs_are_not_a_phrase() {
        let eleven: Vec<&str> = PHRASE12.split(' ').take(11).collect();
        assert_eq!(find(&eleven.join(" ")), None);
        assert_eq!(find(&format!("{}. {}", eleven[..6].join(" "), eleven[6..].join(" "))), None);
        assert_eq!(
            find(&format!(
                "{} to {}",
                eleven[..6].join(" "),
                PHRASE12.split(' ').take(6).collect::<Vec<_>>().join(" ")
            )),
            None
        );
    }

    #[test]
    fn prose_made_of_list_words_is_not_a_phrase() {
        for text in [
            "quickfix window except that you can have more than one location list window open",
            "reading this chapter you now know that you can use trait objects",
            "also more complex scenarios involving lifetime annotations that you will only need",
            "left mouse button middle mouse button right mouse button mouse button release",
            "please help please help please help please help please help please help",
            "error error error error error error error error error error error error error",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
    }

    #[test]
    fn private_keys_are_flagged() {
        let wif5 = format!("5{}", "Hue2tXnqL9Jv8wKdR4mYbPZs7cFa3gTjN6oUiVkW1xeE".repeat(2))[..51].to_string();
        let wif_k = format!("K{}", &wif5[1..]) + "z";
        let xprv = format!("xprv{}", "9s21ZrQH143K2JF8RafpqtKDXvN3Fh".repeat(4))[..111].to_string();
        let pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----";
        for key in [
            HEX64,
            &HEX64.to_uppercase(),
            &wif5,
            &wif_k,
            &wif_k.replacen('K', "L", 1),
            &xprv,
            &xprv.replacen('x', "t", 1),
            pem,
        ] {
            let text = format!("Support asked me for this: {key}. Is that safe?");
            assert_eq!(kind(&text), Some(SecretKind::PrivateKey), "{key}");
            assert_eq!(found(&text), key);
        }
        let rsa = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
        assert_eq!(found(&format!("key:\n{rsa}\nthanks")), rsa);
        let cut = "here -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA";
        assert_eq!(found(cut), &cut[5..]);
    }

    #[test]
    fn look_alikes_are_not_keys() {
        let wif5 = format!("5{}", "Hue2tXnqL9Jv8wKdR4mYbPZs7cFa3gTjN6oUiVkW1xeE".repeat(2));
        for text in [
            format!("tx 0x{HEX64} is stuck"),
            format!("tx 0X{HEX64} is stuck"),
            HEX64[1..].to_string(),
            format!("{HEX64}a"),
            format!("a{HEX64}"),
            wif5[..50].to_string(),
            wif5[..52].to_string(),
            format!("6{}", &wif5[1..51]),
            format!("5{}0", &wif5[1..50]),
            format!("xpub{}", "9s21ZrQH143K2JF8RafpqtKDXvN3Fh".repeat(4))[..111].to_string(),
            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----".to_string(),
            "Contact me at maria.gonzalez+wallet@example-mail.com about order 4820-1193-5527".to_string(),
            "Order #100254871, invoice 2024-000123, ticket 55512345678".to_string(),
        ] {
            assert_eq!(find(&text), None, "{text}");
        }
    }

    #[test]
    fn ordinary_descriptions_are_not_flagged() {
        let descriptions = [
            "I tried to withdraw my funds yesterday and the app said the address was invalid. I copied it \
             again from the exchange, checked every character, and it still fails. My balance shows the full \
             amount but the withdraw button stays grey. Can someone please check what is wrong with my account?",
            "Hello, since the last update I cannot log in anymore. The code from my authenticator app is \
             always rejected, even though the time on my phone is correct. I have tried reinstalling the \
             app and clearing the cache, but nothing changes. Please help me get back into my wallet.",
            "My deposit of 250 USDT on the TRON network arrived three hours ago according to the explorer, \
             but it still does not appear in my balance. The transaction has more than fifty confirmations. \
             Which details do you need from me to find it?",
            "Please cancel order 88123 because the item never arrived. The seller stopped answering after \
             payment, the tracking number does not work and the refund button shows an error saying the \
             request cannot be processed right now. Thank you for looking into this matter quickly.",
            "Ich habe gestern versucht, Geld auf mein Konto einzuzahlen, aber die Zahlung wurde abgelehnt. \
             Meine Karte funktioniert sonst überall. Auf der Seite stand nur, dass ein Fehler aufgetreten ist. \
             Können Sie bitte prüfen, woran das liegt?",
            "Hola, hice una transferencia desde mi banco hace dos días y todavía no aparece en mi cuenta. \
             Tengo el comprobante con la referencia y la hora exacta. También me cobraron una comisión que \
             no entiendo. Necesito ayuda urgente por favor.",
            "Bonjour, mon compte est bloqué depuis la vérification d'identité. J'ai envoyé mon passeport deux \
             fois et le statut reste en attente. Je ne peux ni retirer ni déposer. Pouvez-vous me dire combien \
             de temps cela prend encore ?",
            "Здравствуйте, не могу вывести средства: приложение пишет, что адрес неверный. Я проверил его \
             несколько раз. Помогите, пожалуйста.",
            "昨日から出金ができません。アドレスは正しいはずですが、エラーが表示されます。確認をお願いします。",
            "Great service before, but this time the price changed during checkout, the total was higher than \
             shown, payment failed twice, then the order went through anyway and now there are three pending \
             charges. Please refund the extra ones, thank you, best regards, Anna",
            "Game crash report: open the game, click play, choose online match, wait until the loading screen \
             appears, then the whole screen turns black and the sound keeps playing. Happens every time since \
             Monday. Device model Galaxy S21, latest version.",
        ];
        for text in descriptions {
            assert_eq!(find(text), None, "{text}");
        }
    }

    #[test]
    fn remove_cuts_every_secret_and_tidies_the_gap() {
        assert_eq!(remove(&format!("my words:\n{PHRASE12}\n\nbye")), "my words: bye");
        assert_eq!(remove(&format!("{HEX64} and {PHRASE24}")), "and");
        assert_eq!(remove(&format!("key {HEX64}")), "key");
        assert_eq!(remove("nothing here"), "nothing here");
        // Cutting the key joins two halves into a twelve-word run, which goes too.
        let (a, b) = PHRASE12.split_at(PHRASE12.find("tongue").unwrap());
        assert_eq!(remove(&format!("x {a}{HEX64} {b} y")), "x y");
    }

    #[test]
    fn a_long_text_is_checked_quickly() {
        let text = "I tried to withdraw my funds yesterday and the app said the address was invalid. ".repeat(25);
        let started = std::time::Instant::now();
        for _ in 0..100 {
            assert_eq!(find(&text), None);
        }
        // Generous for debug builds on a slow machine; a release build takes a few microseconds.
        assert!(started.elapsed().as_millis() < 500, "{:?}", started.elapsed());
    }

    fn piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let list: Vec<&str> = PREFIXES.trim_end().split(' ').collect();
        prop_oneof![
            4 => proptest::sample::select(list).prop_map(str::to_string),
            2 => proptest::sample::select(PHRASE24.split(' ').collect::<Vec<_>>()).prop_map(str::to_string),
            1 => "[0-9a-f]{62,66}",
            1 => "0x[0-9a-fA-F]{64}",
            1 => "[1-9A-HJ-NP-Za-km-z]{50,53}",
            1 => Just("-----BEGIN PRIVATE KEY-----".to_string()),
            1 => Just("-----END PRIVATE KEY-----".to_string()),
            2 => "[0-9]{1,3}[.):]?",
            3 => "[a-zA-Zéü]{1,9}",
        ]
    }

    proptest::proptest! {
        #[test]
        fn removed_texts_hold_no_secret(
            parts in proptest::collection::vec((piece(), "[ ,\n.]{1,2}"), 0..60),
        ) {
            let text: String = parts.into_iter().flat_map(|(p, s)| [p, s]).collect();
            let cleaned = remove(&text);
            proptest::prop_assert_eq!(find(&cleaned), None);
            proptest::prop_assert!(cleaned.len() <= text.len());
        }

        #[test]
        fn find_never_panics_and_cuts_on_char_boundaries(text in proptest::prelude::any::<String>()) {
            if let Some(Found { range, .. }) = find(&text) {
                proptest::prop_assert!(range.start < range.end && range.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            }
        }

        #[test]
        fn find_on_printable_text_cuts_on_char_boundaries(text in "(\\PC|[ ,.\n]|aban |zoo )*") {
            if let Some(Found { range, .. }) = find(&text) {
                proptest::prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            }
        }
    }
}
