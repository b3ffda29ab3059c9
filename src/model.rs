//! model: the domain types that the config describes and the FAQ, advisor
//! and hand-off read. Plain data; `config` builds it from JSON and guarantees
//! its invariants (ids unique, links allowed, texts non-empty).

use crate::hours::Hours;
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

/// A text in several locales, keyed by normalised language tag.
///
/// Packed into one string: a large FAQ holds tens of thousands of these,
/// and a map per text would cost more memory than the texts themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized {
    /// Each locale's tag, then its text, back to back, in tag order.
    data: Box<str>,
    /// Where each tag and each text ends in `data`: tag, text, tag, text…
    ends: Box<[u32]>,
}

impl Localized {
    /// The text for the first locale of `chain` that has one; `None` if none.
    pub fn get<'a>(&'a self, chain: &[impl AsRef<str>]) -> Option<(&'a str, &'a str)> {
        chain.iter().find_map(|l| self.iter().find(|(tag, _)| *tag == l.as_ref()))
    }

    /// (tag, text) pairs in tag order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        let mut start = 0;
        self.ends.chunks_exact(2).map(move |ends| {
            let (tag_end, text_end) = (ends[0] as usize, ends[1] as usize);
            let pair = (&self.data[start..tag_end], &self.data[tag_end..text_end]);
            start = text_end;
            pair
        })
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Keeps only the locales whose tag `keep` accepts (`dyn`: one copy of
    /// this for all the callers).
    pub fn retain(&mut self, keep: &dyn Fn(&str) -> bool) {
        if self.iter().all(|(tag, _)| keep(tag)) {
            return;
        }
        *self = self.iter().filter(|(tag, _)| keep(tag)).map(|(tag, text)| (tag.to_string(), text.to_string())).collect();
    }

    /// Puts `text` in as the `tag` text, replacing any it had.
    pub fn set(&mut self, tag: &str, text: String) {
        let mut data = String::with_capacity(self.data.len() + tag.len() + text.len());
        let mut ends = Vec::with_capacity(self.ends.len() + 2);
        let mut push = |t: &str, x: &str| {
            data.push_str(t);
            ends.push(data.len() as u32);
            data.push_str(x);
            ends.push(data.len() as u32);
        };
        let mut placed = false;
        for (t, x) in self.iter() {
            if !placed && t >= tag {
                push(tag, &text);
                placed = true;
            }
            if t != tag {
                push(t, x);
            }
        }
        if !placed {
            push(tag, &text);
        }
        *self = Localized { data: data.into_boxed_str(), ends: ends.into_boxed_slice() };
    }
}

/// Extra search words per locale, in tag order. Packed like [`Localized`]:
/// a large FAQ has thousands of these, most with a few short words, and a
/// `String` per word would outweigh the words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keywords {
    /// Each locale's tag, then its words, back to back, in tag order.
    data: Box<str>,
    /// Per locale: where its tag ends, how many words it has, where each ends.
    ends: Box<[u32]>,
}

impl Keywords {
    /// The words for exactly this locale tag.
    pub fn get(&self, tag: &str) -> Words<'_> {
        self.iter().find(|(t, _)| *t == tag).map_or_else(Words::default, |(_, words)| words)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, Words<'_>)> {
        let (mut at, mut start) = (0, 0);
        std::iter::from_fn(move || {
            let tag_end = *self.ends.get(at)? as usize;
            let count = self.ends[at + 1] as usize;
            let words = Words { data: &self.data, start: tag_end, ends: &self.ends[at + 2..at + 2 + count] };
            let tag = &self.data[start..tag_end];
            at += 2 + count;
            start = words.ends.last().map_or(tag_end, |&end| end as usize);
            Some((tag, words))
        })
    }

    /// Keeps only the locales whose tag `keep` accepts.
    pub fn retain(&mut self, keep: &dyn Fn(&str) -> bool) {
        if self.iter().all(|(tag, _)| keep(tag)) {
            return;
        }
        let kept = Keywords::pack(self.iter().filter(|(tag, _)| keep(tag)));
        *self = kept;
    }

    /// Puts `words` in as the `tag` words, replacing any it had.
    pub fn set(&mut self, tag: &str, words: Vec<String>) {
        let mut lists: Vec<(String, Vec<String>)> =
            self.iter().filter(|(t, _)| *t != tag).map(|(t, w)| (t.to_string(), w.map(String::from).collect())).collect();
        lists.push((tag.to_string(), words));
        *self = lists.into_iter().collect();
    }

    /// From lists in tag order.
    fn pack<'a, W: IntoIterator<Item = &'a str>>(lists: impl IntoIterator<Item = (&'a str, W)>) -> Keywords {
        let (mut data, mut ends) = (String::new(), Vec::new());
        for (tag, words) in lists {
            data.push_str(tag);
            ends.push(data.len() as u32);
            let count_at = ends.len();
            ends.push(0);
            for w in words {
                data.push_str(w);
                ends.push(data.len() as u32);
            }
            ends[count_at] = (ends.len() - count_at - 1) as u32;
        }
        Keywords { data: data.into_boxed_str(), ends: ends.into_boxed_slice() }
    }
}

/// One locale's words in [`Keywords`].
#[derive(Clone, Debug, Default)]
pub struct Words<'a> {
    data: &'a str,
    start: usize,
    ends: &'a [u32],
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let (&end, rest) = self.ends.split_first()?;
        let word = &self.data[self.start..end as usize];
        (self.start, self.ends) = (end as usize, rest);
        Some(word)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.ends.len(), Some(self.ends.len()))
    }
}

impl ExactSizeIterator for Words<'_> {}

/// From (tag, words) pairs; of a tag given twice, the last list counts.
impl FromIterator<(String, Vec<String>)> for Keywords {
    fn from_iter<I: IntoIterator<Item = (String, Vec<String>)>>(pairs: I) -> Self {
        let mut sorted = BTreeMap::new();
        sorted.extend(pairs); // not collect(): see `crate::sort`
        Keywords::pack(sorted.iter().map(|(tag, words): (&String, &Vec<String>)| (tag.as_str(), words.iter().map(String::as_str))))
    }
}

/// From (tag, text) pairs; of a tag given twice, the last text counts.
impl FromIterator<(String, String)> for Localized {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Self {
        let mut sorted = BTreeMap::new();
        sorted.extend(pairs); // not collect(): see `crate::sort`
        let mut data = String::with_capacity(sorted.iter().map(|(l, t)| l.len() + t.len()).sum());
        let mut ends = Vec::with_capacity(sorted.len() * 2);
        for (tag, text) in &sorted {
            data.push_str(tag);
            ends.push(data.len() as u32);
            data.push_str(text);
            ends.push(data.len() as u32);
        }
        Localized { data: data.into_boxed_str(), ends: ends.into_boxed_slice() }
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
        assert_eq!(text.get(&["zh-CN", "en-US"]), Some(("zh-CN", "您好")), "the last of a repeated tag counts");
        assert_eq!(text.get(&["pt-BR", "en-US"]), Some(("en-US", "Hello")));
        assert_eq!(text.get(&["e", "en-U"]), None, "whole tags only");
        assert_eq!(text.get(&["ja"]), None);
        assert_eq!(text.iter().collect::<Vec<_>>(), [("en", "Hi"), ("en-US", "Hello"), ("zh-CN", "您好")]);
        assert!(!text.is_empty());
        assert!(Localized::default().is_empty());
        assert_eq!(Localized::default().get(&["en-US"]), None);

        let mut kept = text.clone();
        kept.retain(&|tag| tag.starts_with("zh"));
        assert_eq!(kept.iter().collect::<Vec<_>>(), [("zh-CN", "您好")]);
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
        assert_eq!(words.get("ru").collect::<Vec<_>>(), ["комиссия", "сбор"]);
        assert_eq!(words.get("en-US").len(), 0);
        words.set("de", vec!["Gebühr".into()]);
        words.set("ru", vec!["сбор".into()]);
        words.set("zh-CN", vec!["费用".into(), "".into(), "手续费".into()]);
        words.set("en", Vec::new());
        let tags: Vec<(&str, Vec<&str>)> = words.iter().map(|(t, w)| (t, w.collect())).collect();
        assert_eq!(tags, [("de", vec!["Gebühr"]), ("en", vec![]), ("ru", vec!["сбор"]), ("zh-CN", vec!["费用", "", "手续费"])]);
        words.retain(&|tag| tag != "en" && tag != "ru");
        assert_eq!(words.get("zh-CN").collect::<Vec<_>>(), ["费用", "", "手续费"]);
        assert_eq!(words.get("de").collect::<Vec<_>>(), ["Gebühr"]);
    }

    proptest::proptest! {
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
