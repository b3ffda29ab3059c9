//! advice: which official channel to use for a question, and why.
//!
//! Pure scoring over the configured channels: urgency (chat or phone),
//! complexity (documents need attachments: email, ticket), self-service (FAQ
//! first for quick questions), preference (text or voice), opening hours,
//! language and the risk of posting account details in public. Every part of
//! a score carries a machine-readable [`Reason`]; the view renders reasons
//! through Fluent, so no user-facing text lives here.
//!
//! Weights (w = 1 / 2 / 4 for CanWait / Today / RightNow):
//! open now +5w, closed with an opening -5w, closed with none -10w;
//! reply speed w·max(0, 24 − 2·bitlen(minutes)) (for Today/RightNow a closed
//! channel's minutes include the wait until it opens; the help centre has no reply);
//! RightNow: live now (open, reply ≤ 30 min) +20, otherwise -20; security
//! incident: live now +10; attachments for detailed questions +20 / -10;
//! self-service first (help centre) +50; preference +10; urgent and no preferred
//! channel live: live channel +5; language not served -40; public channel for
//! an account-specific topic or a suspected compromise -30.
//! Live figures from the status feed, while fresh: the current wait replaces
//! the typical reply time; a paused channel counts as closed with no
//! opening, so it ranks below every open one.

use crate::hours::{availability, Availability, Instant, ZoneOffsets};
use crate::model::{Channel, ChannelKind, Mode, Topic};
use crate::status::ChannelLive;
use std::collections::BTreeMap;

crate::model::id_enum! {
    /// How soon the user needs help.
    Urgency {
        CanWait = "can_wait",
        Today = "today",
        RightNow = "right_now",
    }
}

crate::model::id_enum! {
    /// Whether the problem needs more than a quick question (`Detailed`:
    /// details, screenshots or documents).
    Complexity {
        Quick = "quick",
        Detailed = "detailed",
    }
}

crate::model::id_enum! {
    /// How the user would like to talk.
    Preference {
        Text = "text",
        Voice = "voice",
        NoPreference = "none",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub topic: Topic,
    pub urgency: Urgency,
    pub complexity: Complexity,
    pub preference: Preference,
    pub searched_faq: bool,
    pub suspected_compromise: bool,
    /// The user's locale, e.g. "zh-CN".
    pub locale: String,
}

/// Machine-readable reasons; the view renders each through Fluent (ids like
/// "reason-open-now"), never as English here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    OpenNow,
    ClosedOpensAt(Instant),
    ClosedNoOpening,
    FastReply { minutes: u32 },
    SlowReply { minutes: u32 },
    TakesAttachments,
    NoAttachments,
    MatchesPreference,
    AgainstPreferenceButFaster,
    SpeaksLanguage,
    LanguageNotServed,
    LiveForUrgent,
    NotLiveForUrgent,
    SecurityFastest,
    SelfServiceFirst,
    /// Social/community: never post account details publicly.
    PublicChannelAvoidForAccount,
    /// The status feed's current wait, in place of the typical reply time.
    LiveWait { minutes: u32 },
    /// The status feed says the channel is paused.
    Paused,
}

impl Reason {
    /// The Fluent message id for this reason.
    pub fn fluent_id(self) -> &'static str {
        match self {
            Reason::OpenNow => "reason-open-now",
            Reason::ClosedOpensAt(_) => "closed-opens-at",
            Reason::ClosedNoOpening => "closed-no-opening",
            Reason::FastReply { .. } => "reason-fast-reply",
            Reason::SlowReply { .. } => "reason-slow-reply",
            Reason::TakesAttachments => "reason-attachments",
            Reason::NoAttachments => "reason-no-attachments",
            Reason::MatchesPreference => "reason-matches-preference",
            Reason::AgainstPreferenceButFaster => "reason-against-preference",
            Reason::SpeaksLanguage => "reason-speaks-language",
            Reason::LanguageNotServed => "reason-language-not-served",
            Reason::LiveForUrgent => "reason-live-for-urgent",
            Reason::NotLiveForUrgent => "reason-not-live",
            Reason::SecurityFastest => "reason-security-fastest",
            Reason::SelfServiceFirst => "reason-self-service",
            Reason::PublicChannelAvoidForAccount => "reason-public-channel",
            Reason::LiveWait { .. } => "reason-live-wait",
            Reason::Paused => "reason-paused",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScorePart {
    pub reason: Reason,
    pub points: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// Index into the channels given to [`advise`].
    pub channel: usize,
    pub score: i32,
    pub parts: Vec<ScorePart>,
    pub availability: Availability,
    /// The next channel to try if no reply comes in the expected time.
    pub escalate_to: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    /// Every channel exactly once, best first.
    pub recommendations: Vec<Recommendation>,
    /// RightNow when a compromise is suspected or a security problem is urgent.
    pub effective_urgency: Urgency,
    pub show_never_share: bool,
    pub show_account_freeze: bool,
    pub faq_first: bool,
    /// When nothing live (live chat or phone) is open now: when the earliest opens.
    pub earliest_live_opening: Option<Instant>,
}

/// A reply within this many minutes counts as live.
pub const LIVE_MINUTES: u32 = 30;

const OPEN: i32 = 5;
const CLOSED_OPENS: i32 = -5;
const CLOSED_NEVER: i32 = -10;
const LIVE_URGENT: i32 = 20;
const NOT_LIVE_URGENT: i32 = -20;
const SECURITY_FASTEST: i32 = 10;
const TAKES_ATTACHMENTS: i32 = 20;
const NO_ATTACHMENTS: i32 = -10;
const SELF_SERVICE: i32 = 50;
const PREFERENCE: i32 = 10;
const AGAINST_PREFERENCE: i32 = 5;
const LANGUAGE_NOT_SERVED: i32 = -40;
const PUBLIC_FOR_ACCOUNT: i32 = -30;

fn weight(urgency: Urgency) -> i32 {
    match urgency {
        Urgency::CanWait => 1,
        Urgency::Today => 2,
        Urgency::RightNow => 4,
    }
}

/// Typical minutes to a first reply (configured, or by kind).
pub fn reply_minutes(channel: &Channel) -> u32 {
    channel.reply_minutes.unwrap_or(match channel.kind {
        ChannelKind::LiveChat => 5,
        ChannelKind::Phone => 2,
        ChannelKind::Email => 720,
        ChannelKind::Ticket => 1440,
        ChannelKind::Social => 240,
        ChannelKind::Community => 720,
        ChannelKind::HelpCentre => 0,
    })
}

/// Speed points per urgency weight: 24 at 0 minutes, 2 less per doubling, 0 from ~34 h.
fn speed(minutes: u64) -> i32 {
    let bits = 64 - minutes.leading_zeros() as i32;
    (24 - 2 * bits).max(0)
}

fn is_live_kind(kind: ChannelKind) -> bool {
    matches!(kind, ChannelKind::LiveChat | ChannelKind::Phone)
}

fn is_account_topic(topic: Topic) -> bool {
    matches!(
        topic,
        Topic::AccountAccess | Topic::Security | Topic::DepositWithdrawal | Topic::Payments | Topic::Verification
    )
}

fn language_of(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// Whether a channel serves a locale: a listed tag matches when equal, or when
/// the listed tag is a bare language ("zh") equal to the locale's language.
pub fn serves(channel: &Channel, locale: &str) -> bool {
    channel.languages.is_empty()
        || channel.languages.iter().any(|tag| {
            tag.eq_ignore_ascii_case(locale)
                || (!tag.contains(['-', '_']) && tag.eq_ignore_ascii_case(language_of(locale)))
        })
}

fn matches_preference(preference: Preference, mode: Mode) -> bool {
    matches!((preference, mode), (Preference::Text, Mode::Text) | (Preference::Voice, Mode::Voice))
}

/// Open now and replying within [`LIVE_MINUTES`] (the help centre never replies).
fn live_now(channel: &Channel, availability: Availability, reply: u32) -> bool {
    availability.is_open() && channel.kind != ChannelKind::HelpCentre && reply <= LIVE_MINUTES
}

/// Ranks every channel for a question at `now`, using the status feed's
/// `live` figures (by channel id; empty when stale or absent).
pub fn advise(
    question: &Question,
    channels: &[Channel],
    zones: &dyn ZoneOffsets,
    now: Instant,
    live: &BTreeMap<String, ChannelLive>,
) -> Advice {
    let security_incident =
        question.suspected_compromise || (question.topic == Topic::Security && question.urgency == Urgency::RightNow);
    let effective_urgency = if security_incident { Urgency::RightNow } else { question.urgency };
    let w = weight(effective_urgency);
    let faq_first =
        question.complexity == Complexity::Quick && !question.searched_faq && effective_urgency != Urgency::RightNow;
    let urgent = effective_urgency >= Urgency::Today;

    let figures = |c: &Channel| live.get(&c.id).copied().unwrap_or_default();
    // Paused counts as closed with no opening in sight.
    let avails: Vec<Availability> = channels
        .iter()
        .map(|c| if figures(c).paused { Availability::Closed { opens_at: None } } else { availability(&c.hours, zones, now) })
        .collect();
    let replies: Vec<u32> = channels.iter().map(|c| figures(c).wait_minutes.unwrap_or_else(|| reply_minutes(c))).collect();
    let preferred_live = channels
        .iter()
        .zip(avails.iter().zip(&replies))
        .any(|(c, (a, r))| matches_preference(question.preference, c.mode) && live_now(c, *a, *r));

    let mut recommendations: Vec<Recommendation> = channels
        .iter()
        .zip(&avails)
        .enumerate()
        .map(|(index, (channel, &avail))| {
            let mut parts = Vec::new();
            let mut add = |reason, points| parts.push(ScorePart { reason, points });
            let reply = replies[index];
            let live = live_now(channel, avail, reply);
            let figures = figures(channel);
            if figures.paused {
                add(Reason::Paused, 0);
            }

            // Availability, and the minutes until a reply can come.
            let wait = match avail {
                Availability::Open { .. } => {
                    add(Reason::OpenNow, OPEN * w);
                    Some(u64::from(reply))
                }
                Availability::Closed { opens_at: Some(t) } => {
                    add(Reason::ClosedOpensAt(t), CLOSED_OPENS * w);
                    let until = ((t - now).max(0) as u64).div_ceil(60_000);
                    Some(u64::from(reply) + if urgent { until } else { 0 })
                }
                Availability::Closed { opens_at: None } => {
                    add(Reason::ClosedNoOpening, CLOSED_NEVER * w);
                    None
                }
            };
            if channel.kind != ChannelKind::HelpCentre {
                let points = wait.map_or(0, |m| speed(m) * w);
                if let (Some(minutes), false) = (figures.wait_minutes, figures.paused) {
                    add(Reason::LiveWait { minutes }, points);
                } else if reply <= 60 {
                    add(Reason::FastReply { minutes: reply }, points);
                } else {
                    add(Reason::SlowReply { minutes: reply }, points);
                }
            }
            if effective_urgency == Urgency::RightNow {
                if live {
                    add(Reason::LiveForUrgent, LIVE_URGENT);
                } else {
                    add(Reason::NotLiveForUrgent, NOT_LIVE_URGENT);
                }
            }
            if security_incident && live {
                add(Reason::SecurityFastest, SECURITY_FASTEST);
            }
            if question.complexity == Complexity::Detailed && channel.kind != ChannelKind::HelpCentre {
                if channel.attachments {
                    add(Reason::TakesAttachments, TAKES_ATTACHMENTS);
                } else {
                    add(Reason::NoAttachments, NO_ATTACHMENTS);
                }
            }
            if faq_first && channel.kind == ChannelKind::HelpCentre {
                add(Reason::SelfServiceFirst, SELF_SERVICE);
            }
            if matches_preference(question.preference, channel.mode) {
                add(Reason::MatchesPreference, PREFERENCE);
            } else if urgent && question.preference != Preference::NoPreference && live && !preferred_live {
                add(Reason::AgainstPreferenceButFaster, AGAINST_PREFERENCE);
            }
            if !serves(channel, &question.locale) {
                add(Reason::LanguageNotServed, LANGUAGE_NOT_SERVED);
            } else if !channel.languages.is_empty() {
                add(Reason::SpeaksLanguage, 0);
            }
            if matches!(channel.kind, ChannelKind::Social | ChannelKind::Community)
                && (is_account_topic(question.topic) || question.suspected_compromise)
            {
                add(Reason::PublicChannelAvoidForAccount, PUBLIC_FOR_ACCOUNT);
            }
            let score = parts.iter().map(|p| p.points).sum();
            Recommendation { channel: index, score, parts, availability: avail, escalate_to: None }
        })
        .collect();

    crate::sort::sort_by(&mut recommendations, |a, b| b.score.cmp(&a.score).then(a.channel.cmp(&b.channel)));

    // Escalation: the best-ranked other channel open now that replies, else
    // the best-ranked other ticket or e-mail channel.
    let ranked: Vec<usize> = recommendations.iter().map(|r| r.channel).collect();
    for rec in &mut recommendations {
        let others = || ranked.iter().copied().filter(|&i| i != rec.channel);
        rec.escalate_to = others()
            .find(|&i| avails[i].is_open() && channels[i].kind != ChannelKind::HelpCentre)
            .or_else(|| others().find(|&i| matches!(channels[i].kind, ChannelKind::Ticket | ChannelKind::Email)));
    }

    let any_live_open = channels.iter().zip(&avails).any(|(c, a)| is_live_kind(c.kind) && a.is_open());
    let earliest_live_opening = if any_live_open {
        None
    } else {
        channels
            .iter()
            .zip(&avails)
            .filter(|(c, _)| is_live_kind(c.kind))
            .filter_map(|(_, a)| match a {
                Availability::Closed { opens_at } => *opens_at,
                Availability::Open { .. } => None,
            })
            .min()
    };

    let incident = question.suspected_compromise || question.topic == Topic::Security;
    Advice {
        recommendations,
        effective_urgency,
        show_never_share: incident,
        show_account_freeze: incident,
        faq_first,
        earliest_live_opening,
    }
}

#[cfg(test)]
#[allow(clippy::ptr_arg, clippy::type_complexity)]
mod tests {
    use super::*;
    use crate::hours::{Date, Hours, Slot, TimeOfDay, Weekday};
    use crate::model::{Address, Localized, SummaryParams};
    use proptest::strategy::Strategy;

    struct Utc;
    impl ZoneOffsets for Utc {
        fn offset_minutes(&self, _zone: &str, _at: Instant) -> i32 {
            0
        }
    }

    fn utc(text: &str) -> Instant {
        let (date, time) = text.split_once(' ').unwrap();
        Date::parse(date).unwrap().days_since_epoch() * 86_400_000 + i64::from(TimeOfDay::parse(time).unwrap().0) * 60_000
    }

    const WED_NOON: &str = "2026-11-25 12:00";
    const SUN_NIGHT: &str = "2026-11-29 22:00";
    const MON_0830: &str = "2026-11-30 08:30";
    const SAT_NOON: &str = "2026-11-28 12:00";

    fn weekdays(open: &str, close: &str) -> Hours {
        Hours::Weekly {
            zone: "UTC".into(),
            slots: vec![Slot {
                days: Weekday::ALL[..5].to_vec(),
                open: TimeOfDay::parse(open).unwrap(),
                close: TimeOfDay::parse(close).unwrap(),
            }],
            closed_dates: vec![],
        }
    }

    fn channel(id: &str, kind: ChannelKind, mode: Mode, attachments: bool, hours: Hours) -> Channel {
        Channel {
            id: id.into(),
            kind,
            label: Localized::default(),
            address: Address::Url(format!("https://example.com/{id}")),
            mode,
            languages: vec![],
            reply_minutes: None,
            attachments,
            hours,
            summary_params: SummaryParams::default(),
        }
    }

    /// chat, phone (weekdays 09–18 UTC, English only), email, ticket, telegram, forum, help.
    fn config() -> Vec<Channel> {
        let mut phone = channel("phone", ChannelKind::Phone, Mode::Voice, false, weekdays("09:00", "18:00"));
        phone.address = Address::Phone("+441234567890".into());
        phone.languages = vec!["en".into()];
        let mut email = channel("email", ChannelKind::Email, Mode::Text, true, Hours::Always);
        email.address = Address::Email("help@example.com".into());
        email.languages = vec!["en".into(), "zh".into()];
        vec![
            channel("chat", ChannelKind::LiveChat, Mode::Text, false, Hours::Always),
            phone,
            email,
            channel("ticket", ChannelKind::Ticket, Mode::Text, true, Hours::Always),
            channel("telegram", ChannelKind::Social, Mode::Text, false, Hours::Always),
            channel("forum", ChannelKind::Community, Mode::Text, true, Hours::Always),
            channel("help", ChannelKind::HelpCentre, Mode::Text, false, Hours::Always),
        ]
    }

    fn q() -> Question {
        Question {
            topic: Topic::Other,
            urgency: Urgency::CanWait,
            complexity: Complexity::Quick,
            preference: Preference::NoPreference,
            searched_faq: true,
            suspected_compromise: false,
            locale: "en-US".into(),
        }
    }

    fn top(advice: &Advice, channels: &[Channel]) -> String {
        channels[advice.recommendations[0].channel].id.clone()
    }

    fn rec<'a>(advice: &'a Advice, channels: &[Channel], id: &str) -> &'a Recommendation {
        advice.recommendations.iter().find(|r| channels[r.channel].id == id).unwrap()
    }

    fn has(advice: &Advice, channels: &[Channel], id: &str, reason: Reason) -> bool {
        rec(advice, channels, id).parts.iter().any(|p| p.reason == reason)
    }

    fn rank(advice: &Advice, channels: &[Channel], id: &str) -> usize {
        advice.recommendations.iter().position(|r| channels[r.channel].id == id).unwrap()
    }

    fn none(_: &mut Vec<Channel>) {}
    fn chat_weekdays(c: &mut Vec<Channel>) {
        c[0].hours = weekdays("08:00", "20:00");
    }
    fn chat_never(c: &mut Vec<Channel>) {
        c[0].hours = Hours::Weekly { zone: "UTC".into(), slots: vec![], closed_dates: vec![] };
    }
    fn closed_chat_twin_first(c: &mut Vec<Channel>) {
        let mut closed = c[0].clone();
        closed.id = "chat-closed".into();
        closed.hours = weekdays("09:00", "10:00");
        c.insert(0, closed);
    }
    fn phone_all_languages(c: &mut Vec<Channel>) {
        c[1].languages.clear();
    }

    #[test]
    fn scenarios() {
        type Tweak = fn(&mut Vec<Channel>);
        use Complexity::*;
        use Preference::*;
        use Urgency::*;
        let cases: Vec<(&str, Tweak, Question, &str, &str, Option<(&str, Reason)>)> = vec![
            ("quick, FAQ not searched, weekday: help centre first", none, Question { searched_faq: false, ..q() }, WED_NOON, "help", Some(("help", Reason::SelfServiceFirst))),
            ("quick, FAQ not searched, sunday night", none, Question { searched_faq: false, ..q() }, SUN_NIGHT, "help", None),
            ("quick, FAQ not searched, today: still FAQ first", none, Question { searched_faq: false, urgency: Today, ..q() }, WED_NOON, "help", None),
            ("quick, FAQ not searched, right now: no FAQ detour", none, Question { searched_faq: false, urgency: RightNow, ..q() }, WED_NOON, "phone", None),
            ("detailed, FAQ not searched: no FAQ detour", none, Question { searched_faq: false, complexity: Detailed, ..q() }, WED_NOON, "email", None),
            ("quick, searched, weekday: fastest reply", none, q(), WED_NOON, "phone", None),
            ("quick, text preference, weekday", none, Question { preference: Text, ..q() }, WED_NOON, "chat", Some(("chat", Reason::MatchesPreference))),
            ("quick, voice preference, weekday", none, Question { preference: Voice, ..q() }, WED_NOON, "phone", Some(("phone", Reason::MatchesPreference))),
            ("can wait, voice, sunday night: waits for the phone", none, Question { preference: Voice, ..q() }, SUN_NIGHT, "phone", Some(("phone", Reason::ClosedOpensAt(utc("2026-11-30 09:00"))))),
            ("can wait, voice, saturday noon", none, Question { preference: Voice, ..q() }, SAT_NOON, "phone", None),
            ("right now, voice, sunday night: chat against preference", none, Question { preference: Voice, urgency: RightNow, ..q() }, SUN_NIGHT, "chat", Some(("chat", Reason::AgainstPreferenceButFaster))),
            ("today, voice, sunday night: chat against preference", none, Question { preference: Voice, urgency: Today, ..q() }, SUN_NIGHT, "chat", Some(("chat", Reason::AgainstPreferenceButFaster))),
            ("right now, voice, monday 08:30 before the phone opens", none, Question { preference: Voice, urgency: RightNow, ..q() }, MON_0830, "chat", Some(("phone", Reason::NotLiveForUrgent))),
            ("right now, no preference, weekday: phone is fastest", none, Question { urgency: RightNow, ..q() }, WED_NOON, "phone", Some(("phone", Reason::LiveForUrgent))),
            ("right now, text, weekday: chat is live too", none, Question { urgency: RightNow, preference: Text, ..q() }, WED_NOON, "chat", None),
            ("right now, sunday night: open chat", none, Question { urgency: RightNow, ..q() }, SUN_NIGHT, "chat", Some(("phone", Reason::ClosedOpensAt(utc("2026-11-30 09:00"))))),
            ("today, sunday night: open chat", none, Question { urgency: Today, ..q() }, SUN_NIGHT, "chat", None),
            ("right now, zh-CN, weekday: English-only phone ranked down", none, Question { urgency: RightNow, locale: "zh-CN".into(), ..q() }, WED_NOON, "chat", Some(("phone", Reason::LanguageNotServed))),
            ("can wait, zh-CN, voice: English-only phone ranked down", none, Question { preference: Voice, locale: "zh-CN".into(), ..q() }, WED_NOON, "chat", Some(("phone", Reason::LanguageNotServed))),
            ("right now, zh-CN, phone serves all", phone_all_languages, Question { urgency: RightNow, locale: "zh-CN".into(), ..q() }, WED_NOON, "phone", None),
            ("detailed, zh-CN: e-mail serves bare zh", none, Question { complexity: Detailed, locale: "zh-CN".into(), ..q() }, WED_NOON, "email", Some(("email", Reason::SpeaksLanguage))),
            ("detailed, can wait, weekday: attachments", none, Question { complexity: Detailed, ..q() }, WED_NOON, "email", Some(("email", Reason::TakesAttachments))),
            ("detailed, can wait, sunday night", none, Question { complexity: Detailed, ..q() }, SUN_NIGHT, "email", Some(("chat", Reason::NoAttachments))),
            ("detailed, voice preference: documents still need e-mail", none, Question { complexity: Detailed, preference: Voice, ..q() }, WED_NOON, "email", None),
            ("detailed deposit problem", none, Question { complexity: Detailed, topic: Topic::DepositWithdrawal, ..q() }, SAT_NOON, "email", Some(("forum", Reason::PublicChannelAvoidForAccount))),
            ("detailed, right now, sunday night: urgency first", none, Question { complexity: Detailed, urgency: RightNow, ..q() }, SUN_NIGHT, "chat", None),
            ("security, right now, weekday: fastest live channel", none, Question { topic: Topic::Security, urgency: RightNow, ..q() }, WED_NOON, "phone", Some(("phone", Reason::SecurityFastest))),
            ("security, right now, sunday night", none, Question { topic: Topic::Security, urgency: RightNow, ..q() }, SUN_NIGHT, "chat", Some(("chat", Reason::SecurityFastest))),
            ("suspected compromise asked as can wait", none, Question { suspected_compromise: true, ..q() }, WED_NOON, "phone", None),
            ("suspected compromise, detailed, sunday night", none, Question { suspected_compromise: true, complexity: Detailed, ..q() }, SUN_NIGHT, "chat", Some(("telegram", Reason::PublicChannelAvoidForAccount))),
            ("suspected compromise, zh-CN", none, Question { suspected_compromise: true, locale: "zh-CN".into(), ..q() }, WED_NOON, "chat", None),
            ("account access, can wait: no public channel", none, Question { topic: Topic::AccountAccess, ..q() }, WED_NOON, "phone", Some(("telegram", Reason::PublicChannelAvoidForAccount))),
            ("nothing live, other topic, right now: social replies fastest", chat_weekdays, Question { urgency: RightNow, ..q() }, SUN_NIGHT, "telegram", Some(("chat", Reason::ClosedOpensAt(utc("2026-11-30 08:00"))))),
            ("nothing live, payments, right now: e-mail", chat_weekdays, Question { topic: Topic::Payments, urgency: RightNow, ..q() }, SUN_NIGHT, "email", Some(("telegram", Reason::PublicChannelAvoidForAccount))),
            ("chat never opens", chat_never, Question { urgency: RightNow, ..q() }, SUN_NIGHT, "telegram", Some(("chat", Reason::ClosedNoOpening))),
            ("closed twin never outranks open chat", closed_chat_twin_first, Question { urgency: RightNow, preference: Text, ..q() }, WED_NOON, "chat", None),
            ("verification, text, today, weekday", none, Question { topic: Topic::Verification, urgency: Today, preference: Text, ..q() }, WED_NOON, "chat", Some(("forum", Reason::PublicChannelAvoidForAccount))),
        ];
        assert!(cases.len() >= 30);
        for (name, tweak, question, now, expected, reason) in cases {
            let mut channels = config();
            tweak(&mut channels);
            let advice = advise(&question, &channels, &Utc, utc(now), &BTreeMap::new());
            assert_eq!(top(&advice, &channels), expected, "{name}: {advice:#?}");
            if let Some((id, reason)) = reason {
                assert!(has(&advice, &channels, id, reason), "{name}: {id} lacks {reason:?}: {advice:#?}");
            }
        }
    }

    #[test]
    fn live_figures_replace_typical_times_and_paused_channels_sink() {
        use crate::status::ChannelLive;
        let channels = config();
        let now = utc(WED_NOON);
        let urgent = Question { urgency: Urgency::RightNow, ..q() };
        assert_eq!(top(&advise(&urgent, &channels, &Utc, now, &BTreeMap::new()), &channels), "phone");

        // A long live queue: the phone is no longer "live" for an urgent question; chat is.
        let queue = BTreeMap::from([("phone".to_string(), ChannelLive { wait_minutes: Some(90), ..ChannelLive::default() })]);
        let advice = advise(&urgent, &channels, &Utc, now, &queue);
        assert_eq!(top(&advice, &channels), "chat");
        let phone = advice.recommendations.iter().find(|r| channels[r.channel].id == "phone").unwrap();
        assert!(phone.parts.iter().any(|p| p.reason == Reason::LiveWait { minutes: 90 }));
        assert!(!phone.parts.iter().any(|p| matches!(p.reason, Reason::FastReply { .. } | Reason::SlowReply { .. })));

        // Paused: below every open channel, whatever else it has going for it.
        let paused = BTreeMap::from([("chat".to_string(), ChannelLive { paused: true, wait_minutes: Some(1), queue: None })]);
        let advice = advise(&urgent, &channels, &Utc, now, &paused);
        let order: Vec<&str> = advice.recommendations.iter().map(|r| channels[r.channel].id.as_str()).collect();
        let chat_at = order.iter().position(|id| *id == "chat").unwrap();
        for (i, r) in advice.recommendations.iter().enumerate() {
            if r.availability.is_open() {
                assert!(i < chat_at, "{order:?}");
            }
        }
        let chat = &advice.recommendations[chat_at];
        assert!(chat.parts.iter().any(|p| p.reason == Reason::Paused));
        assert!(!chat.parts.iter().any(|p| matches!(p.reason, Reason::LiveWait { .. })), "a paused channel has no wait");
    }

    #[test]
    fn flags() {
        let channels = config();
        let now = utc(WED_NOON);
        let plain = advise(&q(), &channels, &Utc, now, &BTreeMap::new());
        assert_eq!(plain.effective_urgency, Urgency::CanWait);
        assert!(!plain.show_never_share && !plain.show_account_freeze && !plain.faq_first);
        let suspected = advise(&Question { suspected_compromise: true, ..q() }, &channels, &Utc, now, &BTreeMap::new());
        assert_eq!(suspected.effective_urgency, Urgency::RightNow);
        assert!(suspected.show_never_share && suspected.show_account_freeze);
        let security = advise(&Question { topic: Topic::Security, urgency: Urgency::RightNow, ..q() }, &channels, &Utc, now, &BTreeMap::new());
        assert_eq!(security.effective_urgency, Urgency::RightNow);
        assert!(security.show_never_share && security.show_account_freeze);
        let security_today = advise(&Question { topic: Topic::Security, urgency: Urgency::Today, ..q() }, &channels, &Utc, now, &BTreeMap::new());
        assert_eq!(security_today.effective_urgency, Urgency::Today);
        let faq = advise(&Question { searched_faq: false, ..q() }, &channels, &Utc, now, &BTreeMap::new());
        assert!(faq.faq_first);
        assert!(rank(&faq, &channels, "help") < rank(&plain, &channels, "help"));
        assert!(!advise(&Question { searched_faq: false, suspected_compromise: true, ..q() }, &channels, &Utc, now, &BTreeMap::new()).faq_first);
    }

    #[test]
    fn earliest_live_opening() {
        let mut channels = config();
        assert_eq!(advise(&q(), &channels, &Utc, utc(SUN_NIGHT), &BTreeMap::new()).earliest_live_opening, None, "chat is open");
        chat_weekdays(&mut channels);
        let advice = advise(&q(), &channels, &Utc, utc(SUN_NIGHT), &BTreeMap::new());
        assert_eq!(advice.earliest_live_opening, Some(utc("2026-11-30 08:00")));
        assert_eq!(advise(&q(), &channels, &Utc, utc(MON_0830), &BTreeMap::new()).earliest_live_opening, None);
        chat_never(&mut channels);
        assert_eq!(advise(&q(), &channels, &Utc, utc(SUN_NIGHT), &BTreeMap::new()).earliest_live_opening, Some(utc("2026-11-30 09:00")));
    }

    #[test]
    fn escalation() {
        let mut channels = config();
        let advice = advise(&Question { urgency: Urgency::RightNow, ..q() }, &channels, &Utc, utc(WED_NOON), &BTreeMap::new());
        let id = |i: Option<usize>| i.map(|i| channels[i].id.as_str());
        assert_eq!(id(rec(&advice, &channels, "phone").escalate_to), Some("chat"));
        assert_eq!(id(rec(&advice, &channels, "chat").escalate_to), Some("phone"));
        assert_eq!(id(rec(&advice, &channels, "help").escalate_to), Some("phone"));
        // Only the help centre and a closed ticket besides: fall back to the ticket.
        channels.retain(|c| matches!(c.id.as_str(), "phone" | "ticket" | "help"));
        channels[1].hours = weekdays("09:00", "10:00");
        let advice = advise(&q(), &channels, &Utc, utc(SUN_NIGHT), &BTreeMap::new());
        let id = |i: Option<usize>| i.map(|i| channels[i].id.as_str());
        assert_eq!(id(rec(&advice, &channels, "phone").escalate_to), Some("ticket"));
        assert_eq!(id(rec(&advice, &channels, "ticket").escalate_to), None);
    }

    #[test]
    fn serves_locales() {
        let mut c = config().remove(0);
        assert!(serves(&c, "zh-CN"));
        c.languages = vec!["zh".into()];
        assert!(serves(&c, "zh-CN") && serves(&c, "zh") && serves(&c, "zh-TW"));
        assert!(!serves(&c, "en-US"));
        c.languages = vec!["zh-CN".into()];
        assert!(serves(&c, "zh-CN") && serves(&c, "zh-cn"));
        assert!(!serves(&c, "zh-TW") && !serves(&c, "zh"));
        c.languages = vec!["en".into(), "pt-BR".into()];
        assert!(serves(&c, "en-GB") && serves(&c, "pt-BR") && !serves(&c, "pt-PT"));
    }

    #[test]
    fn every_reason_has_a_message_in_en_us() {
        let ids = crate::i18n::reference_ids();
        let all = [
            Reason::OpenNow, Reason::ClosedOpensAt(0), Reason::ClosedNoOpening, Reason::FastReply { minutes: 1 },
            Reason::SlowReply { minutes: 1 }, Reason::TakesAttachments, Reason::NoAttachments, Reason::MatchesPreference,
            Reason::AgainstPreferenceButFaster, Reason::SpeaksLanguage, Reason::LanguageNotServed, Reason::LiveForUrgent,
            Reason::NotLiveForUrgent, Reason::SecurityFastest, Reason::SelfServiceFirst, Reason::PublicChannelAvoidForAccount,
        ];
        for r in all {
            assert!(ids.contains(r.fluent_id()), "{}", r.fluent_id());
        }
    }

    #[test]
    fn reasons_have_fluent_ids() {
        assert_eq!(Reason::OpenNow.fluent_id(), "reason-open-now");
        assert_eq!(Reason::ClosedOpensAt(0).fluent_id(), "closed-opens-at");
    }

    // ---- properties ----

    fn arb_hours() -> impl Strategy<Value = Hours> {
        proptest::prop_oneof![
            proptest::strategy::Just(Hours::Always),
            proptest::strategy::Just(weekdays("09:00", "18:00")),
            proptest::strategy::Just(weekdays("22:00", "06:00")),
            proptest::strategy::Just(Hours::Weekly { zone: "UTC".into(), slots: vec![], closed_dates: vec![] }),
        ]
    }

    fn arb_channel() -> impl Strategy<Value = Channel> {
        (
            proptest::sample::select(ChannelKind::ALL.to_vec()),
            proptest::bool::ANY,
            proptest::sample::select(vec![vec![], vec!["en".to_string()], vec!["zh".to_string(), "en-US".to_string()]]),
            proptest::option::of(0u32..3000),
            proptest::bool::ANY,
            arb_hours(),
        )
            .prop_map(|(kind, voice, languages, reply_minutes, attachments, hours)| {
                let mode = if voice { Mode::Voice } else { Mode::Text };
                let mut c = channel(kind.id(), kind, mode, attachments, hours);
                c.languages = languages;
                c.reply_minutes = reply_minutes;
                c
            })
    }

    fn arb_question() -> impl Strategy<Value = Question> {
        (
            proptest::sample::select(Topic::ALL.to_vec()),
            proptest::sample::select(vec![Urgency::CanWait, Urgency::Today, Urgency::RightNow]),
            proptest::bool::ANY,
            proptest::sample::select(vec![Preference::Text, Preference::Voice, Preference::NoPreference]),
            proptest::bool::ANY,
            proptest::bool::ANY,
            proptest::sample::select(vec!["en-US", "zh-CN", "zh"]),
        )
            .prop_map(|(topic, urgency, detailed, preference, searched_faq, suspected_compromise, locale)| Question {
                topic,
                urgency,
                complexity: if detailed { Complexity::Detailed } else { Complexity::Quick },
                preference,
                searched_faq,
                suspected_compromise,
                locale: locale.into(),
            })
    }

    fn arb_now() -> impl Strategy<Value = Instant> {
        utc("2026-11-23 00:00")..utc("2026-12-07 00:00")
    }

    fn urgent() -> impl Strategy<Value = Urgency> {
        proptest::sample::select(vec![Urgency::Today, Urgency::RightNow])
    }

    proptest::proptest! {
        #[test]
        fn every_channel_once_sorted_and_stable(
            channels in proptest::collection::vec(arb_channel(), 0..9),
            question in arb_question(),
            now in arb_now(),
        ) {
            let advice = advise(&question, &channels, &Utc, now, &BTreeMap::new());
            let mut seen: Vec<usize> = advice.recommendations.iter().map(|r| r.channel).collect();
            seen.sort();
            proptest::prop_assert_eq!(seen, (0..channels.len()).collect::<Vec<_>>());
            for pair in advice.recommendations.windows(2) {
                proptest::prop_assert!(
                    pair[0].score > pair[1].score || (pair[0].score == pair[1].score && pair[0].channel < pair[1].channel)
                );
            }
            for r in &advice.recommendations {
                proptest::prop_assert_eq!(r.score, r.parts.iter().map(|p| p.points).sum::<i32>());
                proptest::prop_assert!(r.escalate_to != Some(r.channel));
                proptest::prop_assert!(r.escalate_to.is_none_or(|i| i < channels.len()));
            }
            proptest::prop_assert_eq!(&advice, &advise(&question, &channels, &Utc, now, &BTreeMap::new()));
        }

        #[test]
        fn closed_never_outranks_identical_open(
            mut channels in proptest::collection::vec(arb_channel(), 0..6),
            twin in arb_channel(),
            question in arb_question(),
            urgency in urgent(),
            closed_first in proptest::bool::ANY,
            now in arb_now(),
        ) {
            let question = Question { urgency, ..question };
            let mut open = twin.clone();
            open.hours = Hours::Always;
            let mut closed = twin;
            closed.hours = Hours::Weekly { zone: "UTC".into(), slots: vec![], closed_dates: vec![] };
            let (a, b) = if closed_first { (closed, open) } else { (open, closed) };
            channels.push(a);
            channels.push(b);
            let (i_open, i_closed) = if closed_first { (channels.len() - 1, channels.len() - 2) } else { (channels.len() - 2, channels.len() - 1) };
            let advice = advise(&question, &channels, &Utc, now, &BTreeMap::new());
            let pos = |i: usize| advice.recommendations.iter().position(|r| r.channel == i).unwrap();
            proptest::prop_assert!(pos(i_open) < pos(i_closed));
        }

        #[test]
        fn closed_twin_by_hours_ranks_below(
            twin in arb_channel(),
            question in arb_question(),
            urgency in urgent(),
            now in arb_now(),
        ) {
            // Same channel, one always open, one with weekday hours: when the latter is closed it ranks lower.
            let question = Question { urgency, ..question };
            let mut weekday = twin.clone();
            weekday.hours = weekdays("09:00", "18:00");
            let mut always = twin;
            always.hours = Hours::Always;
            let channels = vec![weekday, always];
            let advice = advise(&question, &channels, &Utc, now, &BTreeMap::new());
            if !advice.recommendations.iter().find(|r| r.channel == 0).unwrap().availability.is_open() {
                proptest::prop_assert_eq!(advice.recommendations[0].channel, 1);
            }
        }

        #[test]
        fn raising_urgency_keeps_faster_open_channel_above(
            channels in proptest::collection::vec(arb_channel(), 2..8),
            question in arb_question(),
            now in arb_now(),
        ) {
            let levels = [Urgency::CanWait, Urgency::Today, Urgency::RightNow];
            for (lo, &low) in levels.iter().enumerate() {
                for &high in &levels[lo + 1..] {
                    let before = advise(&Question { urgency: low, ..question.clone() }, &channels, &Utc, now, &BTreeMap::new());
                    let after = advise(&Question { urgency: high, ..question.clone() }, &channels, &Utc, now, &BTreeMap::new());
                    let pos = |advice: &Advice, i: usize| advice.recommendations.iter().position(|r| r.channel == i).unwrap();
                    for a in 0..channels.len() {
                        let fast = &channels[a];
                        let open = before.recommendations[pos(&before, a)].availability.is_open();
                        if !open || fast.kind == ChannelKind::HelpCentre {
                            continue;
                        }
                        for (b, other) in channels.iter().enumerate() {
                            let slower = other.kind == ChannelKind::HelpCentre || reply_minutes(other) > reply_minutes(fast);
                            if b != a && slower && pos(&before, a) < pos(&before, b) {
                                proptest::prop_assert!(pos(&after, a) < pos(&after, b), "{:?} -> {:?}: {} fell below {}", low, high, a, b);
                            }
                        }
                    }
                }
            }
        }
    }
}
