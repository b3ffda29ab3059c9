//! The FAQ: a search box, topic chips, and the entries as disclosures with
//! the matched words highlighted. Searching is `faq::Index`'s; this renders it.

use super::answer::Answer;
use super::{Drawing, L10n};
use crate::faq::{Found, Index, Shown};
use crate::config::Config;
use crate::model::{FaqEntry, Topic};
use fluent::FluentValue;
use leptos::prelude::*;
use std::ops::Range;
use std::sync::Arc;

/// Results drawn at first (drawing is most of a keystroke's cost); "show
/// more" adds as many again. The count announces them all.
const RESULTS_PAGE: usize = 20;
/// Entries under "Most asked" on the home view: the config's first ones,
/// since platforms list their most asked questions first.
const POPULAR: usize = 5;

/// What an index was built from: the config (by pointer) and the language chain.
#[derive(Clone, PartialEq)]
pub struct IndexKey(usize, Vec<String>);

impl IndexKey {
    pub fn new(config: &Arc<Config>, chain: Vec<String>) -> IndexKey {
        IndexKey(Arc::as_ptr(config) as usize, chain)
    }

    pub fn chain(&self) -> &[String] {
        &self.1
    }
}

/// An index with what it was built from, so that it is rebuilt only when the
/// entries or the language change, and so that hits are always shown with
/// the entries they were found in (the index keeps no copy of the texts).
#[derive(Clone)]
pub struct BuiltIndex {
    pub key: IndexKey,
    pub config: Arc<Config>,
    pub index: Arc<Index>,
}

impl PartialEq for BuiltIndex {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

/// Text with the byte ranges in `marks` wrapped in `<mark>`.
pub fn highlighted(text: &str, marks: &[Range<usize>]) -> impl IntoView {
    let mut parts = Vec::with_capacity(marks.len() * 2 + 1);
    let mut at = 0;
    for r in marks {
        // Ranges come sorted and on char boundaries; anything else is skipped, not trusted.
        if r.start < at || r.end > text.len() || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            continue;
        }
        if r.start > at {
            parts.push(text[at..r.start].to_string().into_any());
        }
        parts.push(view! { <mark class="sp-mark">{text[r.clone()].to_string()}</mark> }.into_any());
        at = r.end;
    }
    if at < text.len() {
        parts.push(text[at..].to_string().into_any());
    }
    parts
}

#[component]
pub fn Faq(
    config: Arc<Config>,
    /// None while the first index is being built. It outlives this drawing:
    /// tracked through a relay.
    index: RwSignal<Option<BuiltIndex>>,
    state: Drawing,
    /// The user found no answer and wants to talk to someone about this topic.
    on_talk: Callback<Option<Topic>>,
    l10n: L10n,
) -> impl IntoView {
    let index_changed = super::relay(&index);
    let query = Memo::new(move |_| state.with(|s| (s.faq.query.clone(), s.faq.topic)));
    let results = Memo::new(move |_| {
        let (q, topic) = query.get();
        index_changed.track();
        index.with_untracked(|i| match i {
            Some(i) => Arc::new(crate::host::timed("signpost:search", || i.index.search(&q, topic))),
            None => Arc::default(),
        })
    });
    let searching = move || query.with(|(q, _)| !q.trim().is_empty());
    // A new query starts again from one page of results.
    let browsing = move || query.with(|(q, t)| q.trim().is_empty() && t.is_none());
    let first_page = move || if browsing() { POPULAR } else { RESULTS_PAGE };
    let shown = RwSignal::new(first_page());
    Effect::new(move |_| {
        shown.set(first_page());
    });
    Effect::new(move |_| {
        let n = results.with(|r| r.hits.len());
        // Not while the index is still being built: no results yet is not "no results".
        index_changed.track();
        if index.with_untracked(Option::is_some) {
            query.with(|(q, _)| crate::host::emit_search(q, n));
        }
    });
    // The list is drawn again on every keystroke, so nothing drawn in it
    // may track a signal that outlives it: a dropped effect stays in the
    // subscriber list of every signal it tracked (reactive_graph keeps a
    // weak reference to it, which keeps its block), so the rows' effects,
    // tracking `state`, kept about 160 blocks a keystroke for good. Each
    // drawing tracks a trigger of its own, pulled from here when another
    // entry opens and dropped with the drawing; its texts are read as it is
    // drawn.
    let drawing = StoredValue::new(None::<Trigger>);
    Effect::new(move |was: Option<Option<String>>| {
        let open = state.with(|s| s.faq.open.clone());
        if was.is_some_and(|was| was != open) {
            drawing.get_value().inspect(Trigger::notify);
        }
        open
    });
    let platform = config.platform.name.clone();
    let present: Vec<Topic> = Topic::ALL.iter().copied().filter(|t| config.faq.iter().any(|x| x.topic == *t)).collect();

    let topics = {
        let chip = move |topic: Option<Topic>| {
            let label = move || match topic {
                Some(t) => l10n.format(&format!("topic-{}", t.id()), &[]),
                None => l10n.text("topic-all")(),
            };
            let pressed = move || query.with(|(_, t)| *t == topic);
            view! {
                <button
                    type="button"
                    class="sp-chip"
                    aria-pressed=move || if pressed() { "true" } else { "false" }
                    on:click=move |_| state.update(|s| s.faq.toggle_topic(topic))
                >
                    {label}
                </button>
            }
        };
        std::iter::once(None).chain(present.into_iter().map(Some)).map(chip).collect_view()
    };

    let count = move || {
        if searching() {
            let n = results.with(|r| r.hits.len());
            l10n.format("faq-results", &[("count", FluentValue::from(n))])
        } else {
            String::new()
        }
    };

    let list = move || {
        let found = results.get();
        // Tracked too: an index of no entries finds what no index found, so
        // `results` alone would leave "loading" up for an FAQ with none.
        let text = |id| l10n.format(id, &[]);
        index_changed.track();
        let Some(idx) = index.get_untracked() else {
            return view! { <p class="sp-loading" aria-busy="true">{text("loading")}</p> }.into_any();
        };
        if found.hits.is_empty() && searching() {
            let topic = query.with_untracked(|(_, t)| *t);
            return view! {
                <div class="sp-empty">
                    <p class="sp-empty-title">{text("faq-empty-title")}</p>
                    <p>{text("faq-empty-body")}</p>
                    <button type="button" class="sp-button" on:click=move |_| on_talk.run(topic)>
                        {text("faq-talk-to-us")}
                    </button>
                </div>
            }
            .into_any();
        }
        let total = found.hits.len();
        let limit = shown.get();
        let more = (total > limit).then(|| {
            view! {
                <button type="button" class="sp-link-button sp-more" on:click=move |_| shown.update(|n| *n += RESULTS_PAGE)>
                    {text("faq-more")}
                </button>
            }
        });
        let drawn = Trigger::new();
        drawing.set_value(Some(drawn));
        let rows = Rows { index: &idx.index, found: &found, drawn, state, on_talk, l10n };
        let items = found
            .hits
            .iter()
            .take(limit)
            .filter_map(|hit| {
                let entry = idx.config.faq.get(hit.entry)?;
                let shown = idx.index.show(entry)?;
                Some(rows.entry_view(entry, shown))
            })
            .collect_view();
        // No entry in these languages: no "Most asked" over nothing.
        let heading = (browsing() && total > 0).then(|| view! { <h3 class="sp-section-title">{text("home-popular")}</h3> });
        view! {
            {heading}
            <ul class="sp-results">{items}</ul>
            {more}
        }
        .into_any()
    };

    view! {
        <div class="sp-faq">
            <div class="sp-search">
                <label class="sp-sr-only" for="sp-q">{l10n.text("home-search-label")}</label>
                <input
                    id="sp-q"
                    class="sp-input"
                    dir="auto"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=l10n.text("home-search-placeholder")
                    prop:value=move || query.with(|(q, _)| q.clone())
                    on:input=move |ev| state.update(|s| s.faq.query = event_target_value(&ev))
                />
            </div>
            <div class="sp-topics" role="group" aria-label=l10n.text("home-topics")>{topics}</div>
            <p class="sp-sr-only" role="status" aria-live="polite">{count}</p>
            {list}
            <section class="sp-contact" aria-labelledby="sp-contact-title">
                <h3 id="sp-contact-title" class="sp-section-title">{l10n.text("home-contact")}</h3>
                <p class="sp-muted">{move || l10n.format("home-contact-hint", &[("platform", platform.clone().into())])}</p>
                <button type="button" class="sp-button" on:click=move |_| on_talk.run(query.with_untracked(|(_, t)| *t))>
                    {l10n.text("advisor-title")}
                </button>
            </section>
        </div>
    }
}

/// What each row of one drawing of the list shares.
struct Rows<'a> {
    index: &'a Arc<Index>,
    found: &'a Arc<Found>,
    /// Pulled when another entry opens, for this drawing only.
    drawn: Trigger,
    state: Drawing,
    on_talk: Callback<Option<Topic>>,
    l10n: L10n,
}

impl Rows<'_> {
    fn entry_view(&self, entry: &FaqEntry, shown: Shown) -> impl IntoView {
        let Rows { index, found, drawn, state, on_talk, l10n } = *self;
        let id = entry.id.clone();
        let answer_id = format!("sp-faq-{}", entry.id);
        let button_id = format!("sp-faq-q-{}", entry.id);
        let open = move || {
            drawn.track();
            state.with_untracked(|s| s.faq.open.as_deref() == Some(id.as_str()))
        };
        let toggle = {
            let id = entry.id.clone();
            move |_| state.update(|s| s.faq.toggle_entry(&id))
        };
        let topic = entry.topic;
        let person = entry.needs_person.then(|| {
            view! {
                <p class="sp-needs-person">
                    {l10n.format("faq-needs-person", &[])} " "
                    <button type="button" class="sp-link-button" on:click=move |_| on_talk.run(Some(topic))>
                        {l10n.format("faq-talk-to-us", &[])}
                    </button>
                </p>
            }
        });
        let open2 = open.clone();
        let open3 = open.clone();
        let question_marks = index.question_marks(found, &shown.question);
        // Marks for the answer only once it is opened: finding them reads the whole answer.
        let answer_marks = {
            let (index, found) = (index.clone(), found.clone());
            move |answer: &str| index.answer_marks(&found, answer)
        };
        // The entry may be in a fallback language with another direction
        // (English in an Arabic panel): its own lang and dir keep punctuation
        // where it belongs. The panel's own words around it keep the panel's.
        let locale = shown.locale.to_string();
        let dir = if crate::i18n::is_rtl(&locale) { "rtl" } else { "ltr" };
        let answer_lang = locale.clone();
        let answer = shown.answer.into_owned();
        view! {
            <li class="sp-entry">
                <h3 class="sp-entry-heading" lang=locale dir=dir>
                    <button
                        type="button"
                        id=button_id.clone()
                        class="sp-question"
                        aria-expanded=move || if open() { "true" } else { "false" }
                        aria-controls=answer_id.clone()
                        on:click=toggle
                    >
                        // One inline box: as flex items, the text and each <mark> would not wrap as text.
                        <span class="sp-question-text">{highlighted(&shown.question, &question_marks)}</span>
                    </button>
                </h3>
                <div id=answer_id role="region" aria-labelledby=button_id class="sp-answer" hidden=move || !open2()>
                    // Drawn only when opened: a result list of 50 would otherwise
                    // parse 50 answers on every keystroke.
                    <div lang=answer_lang dir=dir>
                        {move || open3().then(|| view! { <Answer source=answer.clone() marks=answer_marks(&answer)/> })}
                    </div>
                    {person}
                </div>
            </li>
        }
    }
}
