//! widget: the panel's state as plain data, and the transitions the launcher,
//! keyboard and host API drive. The views only render it.

use crate::advice::{Complexity, Preference, Question, Urgency};
use crate::config::Config;
use crate::model::Topic;
use std::sync::Arc;

/// Which part of the panel is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Home,
    Advisor,
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

    pub fn back(&mut self) {
        self.screen = Screen::Home;
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

    /// The locales the language switcher offers: the platform's list (only
    /// those Signpost ships), or every shipped locale when it gives none.
    pub fn offered_locales(&self) -> Vec<String> {
        let shipped = crate::i18n::SHIPPED;
        let wanted: Vec<&str> = match &self.config {
            ConfigState::Ready(c) if !c.platform.locales.is_empty() => {
                c.platform.locales.iter().map(String::as_str).filter(|l| shipped.contains(l)).collect()
            }
            _ => shipped.to_vec(),
        };
        let mut out: Vec<String> = wanted.into_iter().map(String::from).collect();
        // The panel can always speak its reference locale.
        if !out.iter().any(|l| l == crate::i18n::REFERENCE_LOCALE) {
            out.push(crate::i18n::REFERENCE_LOCALE.into());
        }
        out
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
}
