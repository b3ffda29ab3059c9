//! model: the domain types that the config describes and the FAQ, advisor
//! and hand-off read. Plain data; `config` builds it from JSON and guarantees
//! its invariants (ids unique, links allowed, texts non-empty).

use crate::hours::Hours;
use crate::compact::Form;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Generates a closed enum with its JSON id for each variant.
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id used in JSON and in Fluent message ids.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }

            /// The accepted ids, for error messages.
            pub fn ids() -> String {
                [$($id),+].join(", ")
            }
        }
    };
}

pub(crate) use id_enum;

id_enum! {
    /// What a user's problem is about.
    Topic {
        AccountAccess = "account_access",
        Security = "security",
        DepositWithdrawal = "deposit_withdrawal",
        Payments = "payments",
        OrdersRefunds = "orders_refunds",
        Verification = "verification",
        Technical = "technical",
        Fees = "fees",
        Other = "other",
    }
}

id_enum! {
    /// How a channel is reached.
    ChannelKind {
        LiveChat = "live_chat",
        Phone = "phone",
        Email = "email",
        Ticket = "ticket",
        Social = "social",
        Community = "community",
        HelpCentre = "help_centre",
    }
}

id_enum! {
    /// Whether a channel is written or spoken.
    Mode {
        Text = "text",
        Voice = "voice",
    }
}

id_enum! {
    /// What a preparation checklist asks the user to have ready.
    FieldKind {
        AccountId = "account_id",
        TransactionId = "transaction_id",
        Time = "time",
        Amount = "amount",
        ErrorText = "error_text",
    }
}

id_enum! {
    /// Light, dark, or follow the user's system setting.
    ColorScheme {
        Auto = "auto",
        Light = "light",
        Dark = "dark",
    }
}

id_enum! {
    /// Which corner the launcher sits in.
    Position {
        BottomRight = "bottom-right",
        BottomLeft = "bottom-left",
    }
}

/// Reads "<n>" and the mark after it (`:`, or a [`Form`]'s) off the front of `s`.
fn marked_number(s: &mut &[u8]) -> Option<(usize, u8)> {
    let digits = s.iter().position(|b| !b.is_ascii_digit())?;
    let mark = *s.get(digits).filter(|&&m| Form::of_mark(m).is_some())?;
    let n = std::str::from_utf8(&s[..digits]).ok()?.parse().ok()?;
    *s = &s[digits + 1..];
    Some((n, mark))
}

/// Reads a field, "<length><mark><bytes>", off the front of `s`.
fn take_held<'a>(s: &mut &'a [u8]) -> Option<Held<'a>> {
    let (len, mark) = marked_number(s)?;
    let bytes = s.get(..len)?;
    *s = &s[len..];
    Some(Held { bytes, form: Form::of_mark(mark)? })
}

/// The length of a field of `len` bytes.
fn field_len(len: usize) -> usize {
    len.checked_ilog10().unwrap_or(0) as usize + 2 + len
}

/// A text in several locales, keyed by normalised language tag.
///
/// Packed into one allocation, each tag and text behind its length
/// ("5:en-US12:How do I pay"): a large FAQ holds tens of thousands of these,
/// and a map per text, or even a second allocation for where the texts end,
/// would cost memory on top of the texts (mostly a single one, once a large
/// FAQ is kept to the locales shown). Each text is held in the shortest
/// [`crate::compact::Form`], whose mark follows its length instead of `:`:
/// the demo's English in 59 % of its bytes, Russian 57 %, Chinese 64 %,
/// Japanese 56 %.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized {
    /// Each locale's tag, then its text, as fields, in tag order.
    data: Box<[u8]>,
}

/// A text as [`Localized`] holds it.
#[derive(Clone, Copy)]
struct Held<'a> {
    bytes: &'a [u8],
    form: Form,
}

/// A text going into a [`Localized`]: one it holds, or a new one with the
/// form that holds it shortest.
#[derive(Clone, Copy)]
enum Part<'a> {
    Held(Held<'a>),
    New(&'a str, Form, usize),
}

impl<'a> Part<'a> {
    fn new(text: &'a str) -> Part<'a> {
        let (form, len) = crate::compact::shortest(text);
        Part::New(text, form, len)
    }

    fn len(self) -> usize {
        match self {
            Part::Held(held) => held.bytes.len(),
            Part::New(_, _, len) => len,
        }
    }

    fn form(self) -> Form {
        match self {
            Part::Held(held) => held.form,
            Part::New(_, form, _) => form,
        }
    }

    fn write(self, out: &mut Vec<u8>) {
        match self {
            Part::Held(held) => out.extend_from_slice(held.bytes),
            Part::New(text, form, _) => crate::compact::write_in(form, text, out),
        }
    }
}

impl Localized {
    /// The text for the first locale of `chain` that has one; `None` if none.
    pub fn get<'a>(&'a self, chain: &[impl AsRef<str>]) -> Option<(&'a str, Cow<'a, str>)> {
        self.find(chain).map(|(tag, held)| (tag, crate::compact::read(held.form, held.bytes)))
    }

    /// The first locale of `chain` that has a text (without reading it).
    pub fn tag<'a>(&'a self, chain: &[impl AsRef<str>]) -> Option<&'a str> {
        self.find(chain).map(|(tag, _)| tag)
    }

    fn find(&self, chain: &[impl AsRef<str>]) -> Option<(&str, Held<'_>)> {
        chain.iter().find_map(|l| self.held().find(|(tag, _)| *tag == l.as_ref()))
    }

    /// (tag, text) pairs in tag order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Cow<'_, str>)> {
        self.held().map(|(tag, held)| (tag, crate::compact::read(held.form, held.bytes)))
    }

    /// The tags, in order.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.held().map(|(tag, _)| tag)
    }

    fn held(&self) -> impl Iterator<Item = (&str, Held<'_>)> {
        let mut rest = &*self.data;
        std::iter::from_fn(move || {
            let tag = std::str::from_utf8(take_held(&mut rest)?.bytes).ok()?;
            Some((tag, take_held(&mut rest)?))
        })
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Keeps only the locales whose tag `keep` accepts (`dyn`: one copy of
    /// this for all the callers).
    pub fn retain(&mut self, keep: &dyn Fn(&str) -> bool) {
        if self.tags().all(keep) {
            return;
        }
        *self = Localized::pack(self.held().filter(|(tag, _)| keep(tag)).map(|(tag, held)| (tag, Part::Held(held))));
    }

    /// Puts `text` in as the `tag` text, replacing any it had.
    pub fn set(&mut self, tag: &str, text: String) {
        let held = || self.held().map(|(tag, held)| (tag, Part::Held(held)));
        let before = held().take_while(|(t, _)| *t < tag);
        let after = held().skip_while(|(t, _)| *t < tag).filter(|(t, _)| *t != tag);
        *self = Localized::pack(before.chain(std::iter::once((tag, Part::new(&text)))).chain(after));
    }

    /// From pairs in tag order.
    fn pack<'a>(pairs: impl Iterator<Item = (&'a str, Part<'a>)>) -> Localized {
        let pairs: Vec<_> = pairs.collect();
        // Sized at once: grown by doubling, a long answer would leave its
        // old buffers behind as holes while a large FAQ is read.
        let size = pairs.iter().map(|(tag, text)| field_len(tag.len()) + field_len(text.len())).sum();
        let mut data = Vec::with_capacity(size);
        for (tag, text) in pairs {
            use std::io::Write;
            let _ = write!(data, "{}:{tag}{}", tag.len(), text.len());
            data.push(text.form().mark());
            text.write(&mut data);
        }
        Localized { data: data.into_boxed_slice() }
    }
}

/// Extra search words per locale, in tag order. Packed like [`Localized`]:
/// a large FAQ has thousands of these, most with a few short words, and a
/// `String` per word would outweigh the words. Each locale's words are
/// held together in the shortest [`crate::compact::Form`] of them all, one
/// after another, with their lengths beside them: a short word alone
/// gains little from a code, and would pay for its own mark.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keywords {
    /// Per locale, in tag order: its tag as a field, how many words it has
    /// ("<n>:"), each word's length in bytes ("<n>:"), then the words as
    /// one text, behind its length and form's mark.
    data: Box<[u8]>,
}

/// One locale's list as [`Keywords`] holds it.
struct List<'a> {
    tag: &'a str,
    count: usize,
    lens: &'a [u8],
    words: Held<'a>,
    /// All of it, as packed.
    packed: &'a [u8],
}

impl Keywords {
    /// The words for exactly this locale tag.
    pub fn get(&self, tag: &str) -> Words<'_> {
        self.lists().find(|l| l.tag == tag).map_or_else(Words::default, Words::of)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, Words<'_>)> {
        self.lists().map(|l| (l.tag, Words::of(l)))
    }

    fn lists(&self) -> impl Iterator<Item = List<'_>> {
        let mut rest = &*self.data;
        std::iter::from_fn(move || {
            let start = rest;
            let tag = std::str::from_utf8(take_held(&mut rest)?.bytes).ok()?;
            let (count, b':') = marked_number(&mut rest)? else { return None };
            let lens_start = rest;
            for _ in 0..count {
                let (_, b':') = marked_number(&mut rest)? else { return None };
            }
            let lens = &lens_start[..lens_start.len() - rest.len()];
            let words = take_held(&mut rest)?;
            Some(List { tag, count, lens, words, packed: &start[..start.len() - rest.len()] })
        })
    }

    /// Keeps only the locales whose tag `keep` accepts.
    pub fn retain(&mut self, keep: &dyn Fn(&str) -> bool) {
        if self.lists().all(|l| keep(l.tag)) {
            return;
        }
        let kept: Vec<&[u8]> = self.lists().filter(|l| keep(l.tag)).map(|l| l.packed).collect();
        *self = Keywords { data: kept.concat().into_boxed_slice() };
    }

    /// Puts `words` in as the `tag` words, replacing any it had.
    pub fn set(&mut self, tag: &str, words: Vec<String>) {
        let new = pack_list(tag, &words);
        let packed = |keep: &dyn Fn(&str) -> bool| self.lists().filter(|l| keep(l.tag)).map(|l| l.packed).collect::<Vec<_>>();
        let lists = [packed(&|t| t < tag), vec![&new[..]], packed(&|t| t > tag)].concat();
        *self = Keywords { data: lists.concat().into_boxed_slice() };
    }
}

/// One locale's words as [`Keywords`] packs them.
fn pack_list(tag: &str, words: &[impl AsRef<str>]) -> Vec<u8> {
    use std::io::Write;
    let joined: String = words.iter().map(AsRef::as_ref).collect();
    let (form, len) = crate::compact::shortest(&joined);
    let mut out = Vec::new();
    let _ = write!(out, "{}:{tag}{}:", tag.len(), words.len());
    for w in words {
        let _ = write!(out, "{}:", w.as_ref().len());
    }
    let _ = write!(out, "{len}");
    out.push(form.mark());
    crate::compact::write_in(form, &joined, &mut out);
    out
}

/// One locale's words in [`Keywords`], read: `for word in &words`.
#[derive(Clone, Debug, Default)]
pub struct Words<'a> {
    /// The words one after another.
    text: Cow<'a, str>,
    /// Each word's length, as "<n>:".
    lens: &'a [u8],
    count: usize,
}

impl<'a> Words<'a> {
    fn of(list: List<'a>) -> Words<'a> {
        Words { text: crate::compact::read(list.words.form, list.words.bytes), lens: list.lens, count: list.count }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn iter(&self) -> WordIter<'_> {
        WordIter { text: &self.text, lens: self.lens, left: self.count }
    }
}

impl<'w> IntoIterator for &'w Words<'_> {
    type Item = &'w str;
    type IntoIter = WordIter<'w>;

    fn into_iter(self) -> WordIter<'w> {
        self.iter()
    }
}

/// The words of a [`Words`].
pub struct WordIter<'w> {
    text: &'w str,
    lens: &'w [u8],
    left: usize,
}

impl<'w> Iterator for WordIter<'w> {
    type Item = &'w str;

    fn next(&mut self) -> Option<&'w str> {
        let (len, b':') = marked_number(&mut self.lens)? else { return None };
        let word = self.text.get(..len)?;
        self.text = &self.text[len..];
        self.left -= 1;
        Some(word)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for WordIter<'_> {}

/// From (tag, words) pairs; of a tag given twice, the last list counts.
impl FromIterator<(String, Vec<String>)> for Keywords {
    fn from_iter<I: IntoIterator<Item = (String, Vec<String>)>>(pairs: I) -> Self {
        let mut sorted = BTreeMap::new();
        sorted.extend(pairs); // not collect(): see `crate::sort`
        let lists: Vec<Vec<u8>> = sorted.iter().map(|(tag, words): (&String, &Vec<String>)| pack_list(tag, words)).collect();
        Keywords { data: lists.concat().into_boxed_slice() }
    }
}

/// From (tag, text) pairs; of a tag given twice, the last text counts.
impl FromIterator<(String, String)> for Localized {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Self {
        let mut sorted = BTreeMap::new();
        sorted.extend(pairs); // not collect(): see `crate::sort`
        Localized::pack(sorted.iter().map(|(tag, text): (&String, &String)| (tag.as_str(), Part::new(text))))
    }
}

/// Where a channel takes the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    /// A web page: chat, form, profile, forum or help centre (allowed link).
    Url(String),
    /// The host page opens its own chat (Intercom, Zendesk…) on the `handoff` event.
    HostChat,
    /// A phone number in E.164 form (`+` and 8–15 digits).
    Phone(String),
    /// An e-mail address.
    Email(String),
}

/// One official support channel.
#[derive(Clone, Debug, PartialEq)]
pub struct Channel {
    pub id: String,
    pub kind: ChannelKind,
    /// A name for this channel, e.g. "Telegram" (optional; the kind names it otherwise).
    pub label: Localized,
    pub address: Address,
    pub mode: Mode,
    /// Language tags served; empty means every language.
    pub languages: Vec<String>,
    /// Typical time to a first reply, in minutes.
    pub reply_minutes: Option<u32>,
    pub attachments: bool,
    pub hours: Hours,
    /// Query parameter names that carry the summary to a chat or form URL.
    pub summary_params: SummaryParams,
}

/// Query parameters a chat or form URL accepts for a prepared summary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SummaryParams {
    pub subject: Option<String>,
    pub body: Option<String>,
}

/// One FAQ entry with its text in any number of locales.
#[derive(Clone, Debug, PartialEq)]
pub struct FaqEntry {
    pub id: String,
    pub topic: Topic,
    pub question: Localized,
    /// Markdown subset (paragraphs, lists, bold, italic, code, links).
    pub answer: Localized,
    /// Extra search words and synonyms, per locale.
    pub keywords: Keywords,
    pub related: Vec<String>,
    /// The answer alone rarely solves this; offer the advisor.
    pub needs_person: bool,
}

/// A field of a preparation checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistField {
    pub kind: FieldKind,
    /// Accepted formats, by name (e.g. `evm_tx_hash`); empty means free text.
    pub formats: Vec<String>,
}

/// The platform's look, within what keeps the widget accessible.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// `#rrggbb`.
    pub accent: Option<String>,
    pub color_scheme: ColorScheme,
    pub position: Position,
    pub z_index: Option<i32>,
    pub launcher_label: Localized,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            accent: None,
            color_scheme: ColorScheme::Auto,
            position: Position::BottomRight,
            z_index: None,
            launcher_label: Localized::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for t in Topic::ALL {
            assert_eq!(Topic::from_id(t.id()), Some(*t));
        }
        for k in ChannelKind::ALL {
            assert_eq!(ChannelKind::from_id(k.id()), Some(*k));
        }
        assert_eq!(Topic::from_id("nope"), None);
        assert!(Topic::ids().starts_with("account_access, security"));
    }

    #[test]
    fn localized_text_follows_the_chain() {
        let text: Localized = [("zh-CN", "你好"), ("en-US", "Hello"), ("en", "Hi"), ("zh-CN", "您好")]
            .into_iter()
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .collect();
        assert_eq!(text.get(&["zh-CN", "en-US"]), Some(("zh-CN", "您好".into())), "the last of a repeated tag counts");
        assert_eq!(text.get(&["pt-BR", "en-US"]), Some(("en-US", "Hello".into())));
        assert_eq!(text.get(&["e", "en-U"]), None, "whole tags only");
        assert_eq!(text.get(&["ja"]), None);
        assert_eq!(text.iter().map(|(t, x)| format!("{t}={x}")).collect::<Vec<_>>(), ["en=Hi", "en-US=Hello", "zh-CN=您好"]);
        assert!(!text.is_empty());
        assert!(Localized::default().is_empty());
        assert_eq!(Localized::default().get(&["en-US"]), None);

        let mut kept = text.clone();
        kept.retain(&|tag| tag.starts_with("zh"));
        assert_eq!(kept.iter().map(|(t, x)| format!("{t}={x}")).collect::<Vec<_>>(), ["zh-CN=您好"]);
        kept.retain(&|_| false);
        assert!(kept.is_empty());
    }

    #[test]
    fn keywords_keep_the_locales_asked_for() {
        let mut words: Keywords = [("en-US", vec!["fee"]), ("ru", vec!["комиссия", "сбор"])]
            .into_iter()
            .map(|(l, w)| (l.to_string(), w.into_iter().map(String::from).collect()))
            .collect();
        words.retain(&|tag| tag == "ru");
        assert_eq!(words.get("ru").iter().collect::<Vec<_>>(), ["комиссия", "сбор"]);
        assert_eq!(words.get("en-US").len(), 0);
        words.set("de", vec!["Gebühr".into()]);
        words.set("ru", vec!["сбор".into()]);
        words.set("zh-CN", vec!["费用".into(), "".into(), "手续费".into()]);
        words.set("en", Vec::new());
        let tags: Vec<(&str, Vec<String>)> = words.iter().map(|(t, w)| (t, w.iter().map(String::from).collect())).collect();
        let owned = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(tags, [("de", owned(&["Gebühr"])), ("en", owned(&[])), ("ru", owned(&["сбор"])), ("zh-CN", owned(&["费用", "", "手续费"]))]);
        words.retain(&|tag| tag != "en" && tag != "ru");
        assert_eq!(words.get("zh-CN").iter().collect::<Vec<_>>(), ["费用", "", "手续费"]);
        assert_eq!(words.get("de").iter().collect::<Vec<_>>(), ["Gebühr"]);
    }

    proptest::proptest! {
        /// Whatever the tags and texts hold, the digits and colons the
        /// packing marks lengths with included, they come back as given.
        #[test]
        fn packed_texts_come_back_as_given(pairs in proptest::collection::vec(("[0-9:a]{0,3}", "[0-9:é]{0,12}|.{0,40}"), 0..6)) {
            let given: BTreeMap<String, String> = pairs.iter().cloned().collect();
            let packed: Localized = pairs.into_iter().collect();
            let back: Vec<(String, String)> = packed.iter().map(|(t, x)| (t.to_string(), x.to_string())).collect();
            proptest::prop_assert_eq!(back, given.into_iter().collect::<Vec<_>>());
        }

        /// The same for keywords, each list with its length.
        #[test]
        fn packed_words_come_back_as_given(
            lists in proptest::collection::vec(("[0-9:a]{0,3}", proptest::collection::vec("[0-9:é]{0,6}|.{0,12}", 0..4)), 0..6),
        ) {
            let given: BTreeMap<String, Vec<String>> = lists.iter().cloned().collect();
            let packed: Keywords = lists.into_iter().collect();
            let back: Vec<(String, Vec<String>)> = packed
                .iter()
                .map(|(t, w)| {
                    let len = w.len();
                    let words: Vec<String> = w.iter().map(String::from).collect();
                    assert_eq!(len, words.len());
                    (t.to_string(), words)
                })
                .collect();
            proptest::prop_assert_eq!(back, given.into_iter().collect::<Vec<_>>());
        }

        /// Setting one text is the same as building the whole with it.
        #[test]
        fn setting_a_text_is_building_with_it(
            pairs in proptest::collection::vec(("[a-c]{1,2}", ".{0,6}"), 0..6),
            tag in "[a-c]{1,2}",
            text in ".{0,6}",
        ) {
            let mut set: Localized = pairs.iter().cloned().collect();
            set.set(&tag, text.clone());
            let built: Localized = pairs.into_iter().chain([(tag, text)]).collect();
            proptest::prop_assert_eq!(set, built);
        }

        /// The same for one locale's keywords.
        #[test]
        fn setting_words_is_building_with_them(
            lists in proptest::collection::vec(("[a-c]{1,2}", proptest::collection::vec(".{0,4}", 0..3)), 0..6),
            tag in "[a-c]{1,2}",
            words in proptest::collection::vec(".{0,4}", 0..3),
        ) {
            let mut set: Keywords = lists.iter().cloned().collect();
            set.set(&tag, words.clone());
            let built: Keywords = lists.into_iter().chain([(tag, words)]).collect();
            proptest::prop_assert_eq!(set, built);
        }
    }
}
