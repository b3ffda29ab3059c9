//! widget: the panel's state as plain data, and the transitions the launcher,
//! keyboard and host API drive. The views only render it.

use crate::advice::{Complexity, Preference, Question, Urgency};
use crate::config::Config;
use crate::handoff::Summary;
use crate::i18n::{strip_isolation, Localizer};
use crate::model::{Channel, ChecklistField, FieldKind, Topic};
use crate::secrets;
use crate::status::{ChannelLive, Incident, Status};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Which part of the panel is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Home,
    Advisor,
    /// Describing the problem for one channel and going there.
    Handoff,
}

/// The advisor's questions as the user answered them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdvisorAnswers {
    pub topic: Topic,
    pub urgency: Urgency,
    pub complexity: Complexity,
    pub preference: Preference,
    /// Someone else may have access to the account or moved funds.
    pub compromise: bool,
}

impl Default for AdvisorAnswers {
    fn default() -> Self {
        AdvisorAnswers {
            topic: Topic::Other,
            urgency: Urgency::Today,
            complexity: Complexity::Quick,
            preference: Preference::NoPreference,
            compromise: false,
        }
    }
}

/// Where the user is in the FAQ: kept while the panel is closed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FaqQuery {
    pub query: String,
    pub topic: Option<Topic>,
    /// The FAQ entry whose answer is shown.
    pub open: Option<String>,
}

impl FaqQuery {
    /// Choosing the selected topic again shows every topic.
    pub fn toggle_topic(&mut self, topic: Option<Topic>) {
        self.topic = if self.topic == topic { None } else { topic };
    }

    pub fn toggle_entry(&mut self, id: &str) {
        self.open = if self.open.as_deref() == Some(id) { None } else { Some(id.to_string()) };
    }

    /// Shows one entry (deep link): its topic, no query to hide it.
    pub fn show_entry(&mut self, id: &str, topic: Topic) {
        self.query.clear();
        self.topic = Some(topic);
        self.open = Some(id.to_string());
    }
}

/// What the user typed to describe the problem. Kept for the tab
/// (sessionStorage) until a hand-off succeeds or the user clears it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// Checklist answers by kind, so they survive a change of topic.
    pub fields: BTreeMap<FieldKind, String>,
    pub description: String,
    /// A secret-looking span the user said is not a secret.
    pub not_secret: Option<String>,
}

impl Draft {
    pub fn is_empty(&self) -> bool {
        self.fields.values().all(|v| v.trim().is_empty()) && self.description.trim().is_empty()
    }

    pub fn field(&self, kind: FieldKind) -> &str {
        self.fields.get(&kind).map_or("", String::as_str)
    }

    /// The secret in the description that still stops the hand-off.
    pub fn blocking_secret(&self) -> Option<secrets::Found> {
        secrets::find(&self.description).filter(|f| self.not_secret.as_deref() != Some(&self.description[f.range.clone()]))
    }

    /// The draft as stored in sessionStorage. A secret the user has not
    /// waved through is not written to storage.
    pub fn to_json(&self) -> String {
        let mut fields = serde_json::Map::new();
        fields.extend(self.fields.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| (k.id().to_string(), v.clone().into())));
        let description = if self.blocking_secret().is_some() { secrets::remove(&self.description) } else { self.description.clone() };
        serde_json::json!({ "fields": fields, "description": description, "not_secret": self.not_secret }).to_string()
    }

    /// Reads what `to_json` wrote; anything unreadable is skipped, not fatal.
    pub fn from_json(text: &str) -> Draft {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else { return Draft::default() };
        let string = |v: &serde_json::Value| v.as_str().map(str::to_string);
        let mut fields = BTreeMap::new(); // not collect(): see `crate::sort`
        if let Some(o) = value["fields"].as_object() {
            fields.extend(o.iter().filter_map(|(k, v)| Some((FieldKind::from_id(k)?, string(v)?))));
        }
        Draft {
            fields,
            description: string(&value["description"]).unwrap_or_default(),
            not_secret: string(&value["not_secret"]),
        }
    }
}

/// Who the host page says the user is (`Signpost('identify', …)`). Only
/// prefills the summary the user sends; Signpost sends it nowhere itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Identity {
    pub account_id: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
}

/// The page the widget is embedded in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// `https://host[:port]`, normalised like the config's official origins.
    pub origin: String,
    /// The page's address without query and fragment, which can carry
    /// tokens (password-reset links, sessions) that support must not see.
    pub address: String,
}

impl Page {
    pub fn new(href: &str) -> Page {
        let address = href.split(['?', '#']).next().unwrap_or_default().to_string();
        let origin = address
            .split_once("://")
            .map(|(scheme, rest)| format!("{scheme}://{}", rest.split('/').next().unwrap_or_default()))
            .and_then(|o| crate::links::normalise_origin(&o))
            .unwrap_or_default();
        Page { origin, address }
    }
}

/// What the widget knows about its configuration.
#[derive(Clone, Debug, PartialEq)]
pub enum ConfigState {
    /// Nothing yet: a fetch is in flight or the host has not booted it.
    Loading,
    Ready(Arc<Config>),
    /// No usable config; help is unavailable. `help_centre_url` is any
    /// official link that is still known (from a cached config).
    Unavailable { help_centre_url: Option<String> },
}

/// The whole widget state, one value inside one signal.
#[derive(Clone, Debug, PartialEq)]
pub struct Widget {
    pub open: bool,
    pub config: ConfigState,
    /// The locale the panel speaks now (first of the negotiated chain).
    pub locale: String,
    pub faq: FaqQuery,
    pub screen: Screen,
    pub advisor: AdvisorAnswers,
    /// The channel chosen for the hand-off (its id).
    pub channel: Option<String>,
    pub draft: Draft,
    pub identity: Identity,
    pub page: Page,
    /// The channel the last hand-off went to, for the confirmation.
    pub handed_off: Option<String>,
    /// The last status feed that loaded, and when it was last confirmed.
    pub status: Option<(Arc<Status>, crate::hours::Instant)>,
    /// Incidents the user dismissed (by id).
    pub dismissed: BTreeSet<String>,
    /// The last poll of the feed, successful or not: a change here makes
    /// the views look again at how old the figures are.
    pub status_checked: crate::hours::Instant,
}

impl Default for Widget {
    fn default() -> Self {
        Widget {
            open: false,
            config: ConfigState::Loading,
            locale: crate::i18n::REFERENCE_LOCALE.into(),
            faq: FaqQuery::default(),
            screen: Screen::Home,
            advisor: AdvisorAnswers::default(),
            channel: None,
            draft: Draft::default(),
            identity: Identity::default(),
            page: Page::default(),
            handed_off: None,
            status: None,
            dismissed: BTreeSet::new(),
            status_checked: 0,
        }
    }
}

impl Widget {
    pub fn open(&mut self) {
        self.open = true;
    }

    pub fn close(&mut self) {
        self.open = false;
    }

    pub fn toggle(&mut self) {
        self.open = !self.open;
    }

    /// Into the advisor, carrying over the topic the user was looking at.
    pub fn talk(&mut self, topic: Option<Topic>) {
        if let Some(topic) = topic.or(self.faq.topic) {
            self.advisor.topic = topic;
        }
        self.screen = Screen::Advisor;
        self.open = true;
    }

    pub fn set_status(&mut self, status: Arc<Status>, at: crate::hours::Instant) {
        self.status = Some((status, at));
        self.status_checked = at;
    }

    /// The feed answered 304: what we have is current as of `at`.
    pub fn status_confirmed(&mut self, at: crate::hours::Instant) {
        if let Some((_, fetched)) = &mut self.status {
            *fetched = at;
        }
        self.status_checked = at;
    }

    /// A poll failed at `at`; the last good status stays, growing older.
    pub fn status_failed(&mut self, at: crate::hours::Instant) {
        self.status_checked = at;
    }

    pub fn dismiss_incident(&mut self, id: &str) {
        self.dismissed.insert(id.to_string());
    }

    /// The incidents about `topic` (None: all) that the user has not dismissed.
    pub fn incidents(&self, topic: Option<Topic>) -> Vec<Incident> {
        let Some((status, _)) = &self.status else { return Vec::new() };
        crate::status::incidents_for(status, topic).into_iter().filter(|i| !self.dismissed.contains(&i.id)).cloned().collect()
    }

    /// Live channel figures while fresh; none once stale or without a feed.
    pub fn live_figures(&self, now: crate::hours::Instant) -> BTreeMap<String, ChannelLive> {
        self.status.as_ref().map(|(s, at)| crate::status::live_figures(s, *at, now)).unwrap_or_default()
    }

    /// The status's age in minutes once it is too old to trust its figures.
    pub fn status_age_if_stale(&self, now: crate::hours::Instant) -> Option<u32> {
        let (_, at) = self.status.as_ref()?;
        (now - at > crate::status::FRESH_MS).then(|| crate::status::minutes_since(*at, now))
    }

    /// One step back: from the hand-off to the advice, from there home.
    pub fn back(&mut self) {
        self.screen = match self.screen {
            Screen::Handoff => Screen::Advisor,
            _ => Screen::Home,
        };
    }

    /// The user picked a channel: describe the problem for it.
    pub fn choose_channel(&mut self, id: &str) {
        self.channel = Some(id.to_string());
        self.handed_off = None;
        self.screen = Screen::Handoff;
    }

    /// The chosen channel, if it is still in the config.
    pub fn chosen_channel(&self) -> Option<&Channel> {
        let id = self.channel.as_deref()?;
        match &self.config {
            ConfigState::Ready(c) => c.channels.iter().find(|ch| ch.id == id),
            _ => None,
        }
    }

    /// The user went to the channel: what they typed is no longer kept.
    pub fn finish_handoff(&mut self) {
        self.handed_off = self.channel.clone();
        self.draft = Draft::default();
        self.prefill();
    }

    pub fn clear_draft(&mut self) {
        self.draft = Draft::default();
        self.prefill();
    }

    pub fn identify(&mut self, identity: Identity) {
        self.identity = identity;
        self.prefill();
    }

    /// The host's account id (or e-mail) fills an empty account field.
    fn prefill(&mut self) {
        let known = self.identity.account_id.clone().or_else(|| self.identity.email.clone());
        if let Some(known) = known.filter(|_| self.draft.field(FieldKind::AccountId).trim().is_empty()) {
            self.draft.fields.insert(FieldKind::AccountId, known);
        }
    }

    /// What to have ready for the advisor's topic.
    pub fn checklist(&self) -> &[ChecklistField] {
        match &self.config {
            ConfigState::Ready(c) => c.checklists.get(&self.advisor.topic).map_or(&[], Vec::as_slice),
            _ => &[],
        }
    }

    /// False when the page is not one of the platform's official origins:
    /// a copycat site that copied the script tag. With no origins listed,
    /// there is nothing to check against.
    pub fn is_official_site(&self) -> bool {
        match &self.config {
            ConfigState::Ready(c) => {
                c.platform.official_origins.is_empty() || c.platform.official_origins.contains(&self.page.origin)
            }
            _ => true,
        }
    }

    /// The prepared summary for `channel`, in the panel's language.
    pub fn summary(&self, channel_name: &str, l10n: &Localizer) -> Summary {
        let text = |id: &str| strip_isolation(&l10n.text(id));
        let topic = text(&format!("topic-{}", self.advisor.topic.id()));
        let urgency = text(&format!("urgency-{}", self.advisor.urgency.id()));
        let platform = self.platform_name().unwrap_or_default().to_string();
        let subject = strip_isolation(&l10n.format(
            "summary-subject",
            &[("platform", platform.into()), ("topic", topic.clone().into()), ("urgency", urgency.clone().into())],
        ));
        let mut facts = vec![(text("summary-channel"), channel_name.to_string()), (text("summary-topic"), topic), (text("summary-urgency"), urgency)];
        for field in self.checklist() {
            facts.push((text(&format!("field-{}", field.kind.id())), self.draft.field(field.kind).trim().to_string()));
        }
        let identity = [("summary-name", &self.identity.name), ("summary-email", &self.identity.email)];
        for (id, value) in identity {
            // The e-mail may already be there, as the prefilled account field.
            if let Some(v) = value.as_ref().filter(|v| !facts.iter().any(|(_, f)| f == *v)) {
                facts.push((text(id), v.clone()));
            }
        }
        facts.push((text("summary-page"), self.page.address.clone()));
        facts.push((text("summary-version"), format!("Signpost {}", crate::VERSION)));
        Summary {
            subject,
            facts,
            description_label: text("handoff-description"),
            description: self.draft.description.trim().to_string(),
        }
    }

    /// The advisor's input: the answers, whether the user searched the FAQ
    /// first, and the language the panel speaks.
    pub fn question(&self) -> Question {
        Question {
            topic: self.advisor.topic,
            urgency: self.advisor.urgency,
            complexity: self.advisor.complexity,
            preference: self.advisor.preference,
            searched_faq: !self.faq.query.trim().is_empty() || self.faq.open.is_some(),
            suspected_compromise: self.advisor.compromise,
            locale: self.locale.clone(),
        }
    }

    /// Deep link to an FAQ entry (`Signpost('openFaq', id)`): opens the panel
    /// on it. Returns false when no entry has that id.
    pub fn open_faq(&mut self, id: &str) -> bool {
        let topic = match &self.config {
            ConfigState::Ready(c) => c.faq.iter().find(|e| e.id == id).map(|e| e.topic),
            _ => None,
        };
        let Some(topic) = topic else { return false };
        self.faq.show_entry(id, topic);
        self.open = true;
        true
    }

    pub fn set_config(&mut self, config: Config) {
        self.config = ConfigState::Ready(Arc::new(config));
    }

    pub fn set_unavailable(&mut self, help_centre_url: Option<String>) {
        self.config = ConfigState::Unavailable { help_centre_url };
    }

    /// The locales the language switcher offers (`i18n::offered`).
    pub fn offered_locales(&self) -> Vec<String> {
        crate::i18n::offered(match &self.config {
            ConfigState::Ready(c) => &c.platform.locales,
            _ => &[],
        })
    }

    /// The platform's default locale, once known.
    pub fn default_locale(&self) -> Option<&str> {
        match &self.config {
            ConfigState::Ready(c) => c.platform.default_locale.as_deref(),
            _ => None,
        }
    }

    /// The platform's display name, once known.
    pub fn platform_name(&self) -> Option<&str> {
        match &self.config {
            ConfigState::Ready(c) => Some(&c.platform.name),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, Debug)]
    enum Step {
        Open,
        Close,
        Toggle,
    }

    fn run(steps: &[Step]) -> bool {
        let mut w = Widget::default();
        for step in steps {
            match step {
                Step::Open => w.open(),
                Step::Close => w.close(),
                Step::Toggle => w.toggle(),
            }
        }
        w.open
    }

    #[test]
    fn open_close_toggle_table() {
        use Step::*;
        let table: &[(&[Step], bool)] = &[
            (&[], false),
            (&[Open], true),
            (&[Open, Open], true),
            (&[Toggle], true),
            (&[Toggle, Toggle], false),
            (&[Open, Close], false),
            (&[Close, Toggle], true),
            (&[Open, Toggle, Toggle], true),
        ];
        for (steps, expected) in table {
            assert_eq!(run(steps), *expected, "{steps:?}");
        }
    }

    #[test]
    fn the_platform_name_comes_from_a_ready_config() {
        let mut w = Widget::default();
        assert_eq!(w.platform_name(), None);
        let loaded = crate::config::parse(r#"{"platform":{"name":"Northwind","help_centre_url":"https://help.example.com/"}}"#).unwrap();
        w.set_config(loaded.config);
        assert_eq!(w.platform_name(), Some("Northwind"));
        w.set_unavailable(None);
        assert_eq!(w.platform_name(), None);
    }

    #[test]
    fn faq_query_transitions() {
        let mut q = FaqQuery { query: "fees".into(), ..FaqQuery::default() };
        q.toggle_topic(Some(Topic::Fees));
        assert_eq!(q.topic, Some(Topic::Fees));
        q.toggle_topic(Some(Topic::Fees));
        assert_eq!(q.topic, None, "choosing the same topic again shows all");
        q.toggle_entry("a");
        assert_eq!(q.open.as_deref(), Some("a"));
        q.toggle_entry("b");
        assert_eq!(q.open.as_deref(), Some("b"), "one answer at a time");
        q.toggle_entry("b");
        assert_eq!(q.open, None);
        q.show_entry("locked", Topic::AccountAccess);
        assert_eq!(q, FaqQuery { query: String::new(), topic: Some(Topic::AccountAccess), open: Some("locked".into()) });
    }

    #[test]
    fn talking_carries_the_topic_over() {
        let mut w = Widget::default();
        w.faq.toggle_topic(Some(Topic::Security));
        w.faq.query = "hacked".into();
        w.talk(None);
        assert_eq!((w.screen, w.advisor.topic, w.open), (Screen::Advisor, Topic::Security, true));
        assert!(w.question().searched_faq);
        w.talk(Some(Topic::Fees));
        assert_eq!(w.advisor.topic, Topic::Fees);
        w.back();
        assert_eq!(w.screen, Screen::Home);
        assert_eq!(w.faq.query, "hacked", "the search survives the trip");
    }

    #[test]
    fn offered_locales_follow_the_config() {
        let mut w = Widget::default();
        assert_eq!(w.offered_locales().len(), crate::i18n::SHIPPED.len());
        let loaded = crate::config::parse(
            r#"{"platform":{"name":"N","help_centre_url":"https://h.example/","locales":["zh-CN","xx","ar"]}}"#,
        )
        .unwrap();
        w.set_config(loaded.config);
        assert_eq!(w.offered_locales(), ["zh-CN", "ar", "en-US"]);
    }

    fn ready(json: &str) -> Widget {
        let mut w = Widget::default();
        w.set_config(crate::config::parse(json).unwrap().config);
        w
    }

    const CONFIG: &str = r#"{
        "platform": {"name": "Northwind & Co", "help_centre_url": "https://help.northwind.example/",
                     "official_origins": ["https://www.northwind.example"]},
        "channels": [{"id": "mail", "kind": "email", "email": "help@northwind.example", "mode": "text"}],
        "checklists": {"deposit_withdrawal": [{"field": "transaction_id", "formats": ["evm_tx_hash"]}, {"field": "amount"}]}
    }"#;

    #[test]
    fn the_draft_round_trips_through_storage_text() {
        let mut d = Draft::default();
        d.fields.insert(FieldKind::TransactionId, "0xabc".into());
        d.fields.insert(FieldKind::Amount, "250 USDT".into());
        d.description = "提现失败 \"quoted\"\nline two".into();
        assert_eq!(Draft::from_json(&d.to_json()), d);
        assert_eq!(Draft::from_json("not json"), Draft::default());
        let odd = Draft::from_json(r#"{"fields":{"nope":"x","amount":5,"time":"2026-01-01T10:00"},"description":7}"#);
        assert_eq!(odd.fields.into_iter().collect::<Vec<_>>(), [(FieldKind::Time, "2026-01-01T10:00".to_string())]);
        assert!(odd.description.is_empty());
    }

    #[test]
    fn a_secret_is_never_written_to_storage_unless_waved_through() {
        let phrase = "abandon ability able about above absent absorb abstract absurd abuse access accident";
        let mut d = Draft { description: format!("my words are {phrase} help"), ..Draft::default() };
        assert!(d.blocking_secret().is_some());
        assert!(!d.to_json().contains("abstract"), "{}", d.to_json());
        let found = d.blocking_secret().unwrap();
        d.not_secret = Some(d.description[found.range].to_string());
        assert_eq!(d.blocking_secret(), None);
        assert!(d.to_json().contains("abstract"));
    }

    #[test]
    fn the_page_address_drops_query_and_fragment() {
        let p = Page::new("https://WWW.Northwind.example:443/reset?token=secret#x");
        assert_eq!(p.origin, "https://www.northwind.example");
        assert_eq!(p.address, "https://WWW.Northwind.example:443/reset");
        assert_eq!(Page::new("about:blank").origin, "");
    }

    #[test]
    fn only_official_origins_are_official() {
        let mut w = ready(CONFIG);
        w.page = Page::new("https://www.northwind.example/trade");
        assert!(w.is_official_site());
        for copycat in ["https://www.northwind-support.example/", "http://www.northwind.example/", "https://northwind.example/"] {
            w.page = Page::new(copycat);
            assert!(!w.is_official_site(), "{copycat}");
        }
        let mut open = ready(r#"{"platform": {"name": "N", "help_centre_url": "https://h.example/"}}"#);
        open.page = Page::new("https://anywhere.example/");
        assert!(open.is_official_site(), "no origins listed: nothing to compare with");
    }

    #[test]
    fn choosing_a_channel_then_going_back_and_finishing() {
        let mut w = ready(CONFIG);
        w.talk(Some(Topic::DepositWithdrawal));
        w.choose_channel("mail");
        assert_eq!((w.screen, w.chosen_channel().map(|c| c.id.as_str())), (Screen::Handoff, Some("mail")));
        assert_eq!(w.checklist().iter().map(|f| f.kind).collect::<Vec<_>>(), [FieldKind::TransactionId, FieldKind::Amount]);
        w.draft.description = "It failed".into();
        w.back();
        assert_eq!(w.screen, Screen::Advisor);
        assert_eq!(w.draft.description, "It failed", "going back keeps what was typed");
        w.choose_channel("mail");
        w.finish_handoff();
        assert!(w.draft.is_empty());
        assert_eq!(w.handed_off.as_deref(), Some("mail"));
        w.choose_channel("gone");
        assert_eq!(w.chosen_channel(), None);
    }

    #[test]
    fn identify_prefills_the_account_field_without_overwriting() {
        let mut w = ready(CONFIG);
        w.identify(Identity { email: Some("ana@example.com".into()), ..Identity::default() });
        assert_eq!(w.draft.field(FieldKind::AccountId), "ana@example.com");
        w.draft.fields.insert(FieldKind::AccountId, "typed".into());
        w.identify(Identity { account_id: Some("42".into()), ..Identity::default() });
        assert_eq!(w.draft.field(FieldKind::AccountId), "typed", "what the user typed wins");
        w.clear_draft();
        assert_eq!(w.draft.field(FieldKind::AccountId), "42", "clearing keeps the host's prefill");
    }

    #[test]
    fn the_summary_carries_topic_fields_identity_and_page_in_the_users_language() {
        let mut w = ready(CONFIG);
        w.page = Page::new("https://www.northwind.example/wallet?session=abc");
        w.talk(Some(Topic::DepositWithdrawal));
        w.advisor.urgency = Urgency::RightNow;
        w.identify(Identity { name: Some("Ana".into()), ..Identity::default() });
        w.draft.fields.insert(FieldKind::Amount, " 250 USDT ".into());
        w.draft.fields.insert(FieldKind::ErrorText, "not in this topic's checklist".into());
        w.draft.description = "  Withdrawal stuck  ".into();
        let summary = w.summary("E-mail", &Localizer::reference());
        assert_eq!(summary.subject, "Northwind & Co: Deposits and withdrawals (Right now)");
        let text = summary.text();
        for expected in ["Channel: E-mail", "Topic: Deposits and withdrawals", "Urgency: Right now", "Amount and currency: 250 USDT", "Name: Ana", "Page: https://www.northwind.example/wallet", "Withdrawal stuck"] {
            assert!(text.contains(expected), "{expected:?} in {text}");
        }
        assert!(!text.contains("session=abc") && !text.contains("not in this topic"), "{text}");
        assert!(!text.contains('\u{2068}'), "no isolation marks in plain text");
        assert!(text.contains(&format!("Sent with: Signpost {}", crate::VERSION)));
    }

    #[test]
    fn an_e_mail_already_in_the_account_field_is_not_repeated() {
        let mut w = ready(CONFIG);
        w.talk(Some(Topic::AccountAccess));
        w.identify(Identity { email: Some("ana@example.com".into()), ..Identity::default() });
        let mut checklist = (*match &w.config { ConfigState::Ready(c) => c.clone(), _ => unreachable!() }).clone();
        checklist.checklists.insert(Topic::AccountAccess, vec![ChecklistField { kind: FieldKind::AccountId, formats: vec![] }]);
        w.set_config(checklist);
        let text = w.summary("E-mail", &Localizer::reference()).text();
        assert_eq!(text.matches("ana@example.com").count(), 1, "{text}");
    }

    #[test]
    fn status_figures_are_used_while_fresh_and_incidents_can_be_dismissed() {
        let (status, problems) = crate::status::parse(
            r#"{"incidents":[{"id":"btc","severity":"major","topics":["deposit_withdrawal"],"title":{"en-US":"Delayed"},"started_at":"2026-11-23T11:00:00Z"}],
                "channels":{"chat":{"state":"open","wait_minutes":25}}}"#,
        )
        .unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let mut w = Widget::default();
        let t0 = 1_000_000_000_000;
        w.set_status(Arc::new(status), t0);
        assert_eq!(w.live_figures(t0 + 60_000)["chat"].wait_minutes, Some(25));
        assert_eq!(w.status_age_if_stale(t0 + 60_000), None);
        w.status_failed(t0 + 6 * 60_000);
        assert!(w.live_figures(t0 + 6 * 60_000).is_empty(), "stale figures are not used");
        assert_eq!(w.status_age_if_stale(t0 + 6 * 60_000), Some(6));
        w.status_confirmed(t0 + 7 * 60_000);
        assert!(!w.live_figures(t0 + 7 * 60_000).is_empty(), "a 304 makes them fresh again");
        assert_eq!(w.incidents(Some(Topic::DepositWithdrawal)).len(), 1);
        assert!(w.incidents(Some(Topic::Fees)).is_empty());
        w.dismiss_incident("btc");
        assert!(w.incidents(None).is_empty());
    }
}
