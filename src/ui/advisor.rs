//! The advisor: three or four quick questions as radio groups, and the
//! platform's channels ranked by `advice::advise`, each with its reasons,
//! hours, reply time and official link. The ranking is not decided here.

use super::never_share::NeverShare;
use super::{Drawing, L10n};
use crate::advice::{self, Advice, Complexity, Preference, Reason, Recommendation, Urgency};
use crate::config::Config;
use crate::hours::Availability;
use crate::model::{Address, Channel, ChannelKind, Topic};
use crate::widget::Widget;
use fluent::FluentValue;
use leptos::prelude::*;
use std::sync::Arc;

/// The channel's name in the panel's language: its label, or its kind.
pub fn channel_name(channel: &Channel, chain: &[String], l10n: L10n) -> String {
    let refs: Vec<&str> = chain.iter().map(String::as_str).collect();
    match channel.label.get(&refs) {
        Some((_, label)) => label.to_string(),
        None => l10n.format(&format!("kind-{}", channel.kind.id()), &[]),
    }
}

pub(super) fn reply_text(minutes: u32, l10n: L10n) -> String {
    let n = |v: u32| FluentValue::from(v);
    match minutes {
        0..=59 => l10n.format("reply-minutes", &[("minutes", n(minutes.max(1)))]),
        60..=1439 => l10n.format("reply-hours", &[("hours", n(minutes.div_ceil(60)))]),
        _ => l10n.format("reply-days", &[("days", n(minutes.div_ceil(1440)))]),
    }
}

pub(super) fn availability_text(a: Availability, locale: &str, l10n: L10n) -> String {
    let time = |at| FluentValue::from(crate::host::format_time(at, locale));
    match a {
        Availability::Open { until: None } => l10n.text("open-now")(),
        Availability::Open { until: Some(t) } => l10n.format("open-until", &[("time", time(t))]),
        Availability::Closed { opens_at: Some(t) } => l10n.format("closed-opens-at", &[("time", time(t))]),
        Availability::Closed { opens_at: None } => l10n.text("closed-no-opening")(),
    }
}

fn reason_text(reason: Reason, l10n: L10n) -> String {
    match reason {
        Reason::LiveWait { minutes } => l10n.format(reason.fluent_id(), &[("minutes", FluentValue::from(minutes))]),
        _ => l10n.format(reason.fluent_id(), &[]),
    }
}

/// A group of radio buttons for one question.
fn radio_group<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    legend: &'static str,
    options: Vec<(T, String)>,
    current: impl Fn() -> T + Copy + Send + Sync + 'static,
    set: impl Fn(T) + Copy + Send + Sync + 'static,
    l10n: L10n,
) -> impl IntoView {
    let items = options
        .into_iter()
        .map(|(value, label)| {
            view! {
                <label class="sp-radio">
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || current() == value
                        on:change=move |_| set(value)
                    />
                    <span>{move || l10n.format(&label, &[])}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="sp-fieldset">
            <legend class="sp-legend">{l10n.text(legend)}</legend>
            <div class="sp-radios">{items}</div>
        </fieldset>
    }
}

#[component]
pub fn Advisor(config: Arc<Config>, state: Drawing, l10n: L10n) -> impl IntoView {
    let answers = Memo::new(move |_| state.with(|s| s.question()));
    // Live figures from the status feed while fresh; none when stale or absent.
    let live = Memo::new(move |_| state.with(|s| s.live_figures(crate::host::now())));
    let chain = move || l10n.with(|l| l.locales());
    let advice = {
        let config = config.clone();
        Memo::new(move |_| {
            let question = answers.get();
            let live = live.get();
            crate::host::timed("signpost:advice", || {
                advice::advise(&question, &config.channels, &crate::host::zones::BrowserZones, crate::host::now(), &live)
            })
        })
    };

    let topic_select = {
        let options = Topic::ALL
            .iter()
            .map(|t| {
                let t = *t;
                let selected = move || answers.with(|q| q.topic == t);
                view! { <option value=t.id() selected=selected>{move || l10n.format(&format!("topic-{}", t.id()), &[])}</option> }
            })
            .collect_view();
        view! {
            <label class="sp-field">
                <span class="sp-legend">{l10n.text("advisor-topic")}</span>
                <select
                    class="sp-select"
                    prop:value=move || answers.with(|q| q.topic.id())
                    on:change=move |ev| {
                        if let Some(t) = Topic::from_id(&event_target_value(&ev)) {
                            state.update(|s| s.advisor.topic = t);
                        }
                    }
                >
                    {options}
                </select>
            </label>
        }
    };
    let urgency = radio_group(
        "sp-urgency",
        "advisor-urgency",
        Urgency::ALL.iter().map(|u| (*u, format!("urgency-{}", u.id()))).collect(),
        move || answers.with(|q| q.urgency),
        move |u| state.update(|s| s.advisor.urgency = u),
        l10n,
    );
    let complexity = radio_group(
        "sp-complexity",
        "advisor-complexity",
        Complexity::ALL.iter().map(|c| (*c, format!("complexity-{}", c.id()))).collect(),
        move || answers.with(|q| q.complexity),
        move |c| state.update(|s| s.advisor.complexity = c),
        l10n,
    );
    let preference = radio_group(
        "sp-preference",
        "advisor-preference",
        Preference::ALL.iter().map(|p| (*p, format!("preference-{}", p.id()))).collect(),
        move || answers.with(|q| q.preference),
        move |p| state.update(|s| s.advisor.preference = p),
        l10n,
    );

    let announce = {
        let config = config.clone();
        move || {
            advice.with(|a| {
                a.recommendations.first().map(|r| {
                    let name = channel_name(&config.channels[r.channel], &chain(), l10n);
                    l10n.format("advisor-updated", &[("channel", name.into())])
                })
            })
        }
    };

    let never_share = move || advice.with(|a| a.show_never_share);
    let freeze = Signal::derive(move || advice.with(|a| a.show_account_freeze));
    let safety = {
        let config = config.clone();
        move || never_share().then(|| view! { <NeverShare config=config.clone() l10n freeze/> })
    };

    // The host page hears which channels were advised, best first.
    {
        let config = config.clone();
        Effect::new(move |_| {
            let question = answers.get();
            let ids: Vec<String> = advice.with(|a| a.recommendations.iter().map(|r| config.channels[r.channel].id.clone()).collect());
            crate::host::emit_advice_shown(&question, &ids);
        });
    }

    let nothing_live = move || {
        advice.with(|a| a.earliest_live_opening).map(|t| {
            let time = crate::host::format_time(t, &l10n.with(|l| l.primary_locale()));
            view! { <p class="sp-note">{l10n.format("nothing-live-open", &[("time", time.into())])}</p> }
        })
    };

    let results = {
        let config = config.clone();
        move || {
            let a: Advice = advice.get();
            let chain = chain();
            a.recommendations
                .iter()
                .map(|r| recommendation_view(r, &config, &chain, state, l10n))
                .collect_view()
        }
    };

    view! {
        <div class="sp-advisor">
            <button type="button" class="sp-link-button sp-back" on:click=move |_| state.update(Widget::back)>
                {l10n.text("panel-back")}
            </button>
            <h3 class="sp-section-title">{l10n.text("advisor-title")}</h3>
            <form class="sp-questions" on:submit=|ev| ev.prevent_default()>
                {topic_select}
                {urgency}
                {complexity}
                {preference}
                <label class="sp-check">
                    <input
                        type="checkbox"
                        prop:checked=move || answers.with(|q| q.suspected_compromise)
                        on:change=move |ev| state.update(|s| s.advisor.compromise = event_target_checked(&ev))
                    />
                    <span>{l10n.text("advisor-compromise")}</span>
                </label>
            </form>
            {safety}
            <h3 class="sp-section-title">{l10n.text("advisor-results")}</h3>
            <p class="sp-sr-only" role="status" aria-live="polite">{announce}</p>
            {nothing_live}
            <ol class="sp-channels">{results}</ol>
        </div>
    }
}

fn recommendation_view(r: &Recommendation, config: &Config, chain: &[String], state: Drawing, l10n: L10n) -> impl IntoView {
    let channel = &config.channels[r.channel];
    let name = channel_name(channel, chain, l10n);
    let locale = chain.first().cloned().unwrap_or_default();
    let availability = availability_text(r.availability, &locale, l10n);
    // The live figure, when the feed gives one, says more than the typical time.
    let live = r.parts.iter().find(|p| matches!(p.reason, Reason::LiveWait { .. } | Reason::Paused)).map(|p| reason_text(p.reason, l10n));
    let reply = live.or_else(|| (channel.kind != ChannelKind::HelpCentre).then(|| reply_text(advice::reply_minutes(channel), l10n)));
    let mut parts = r.parts.clone();
    parts.retain(|p| {
        !matches!(p.reason, Reason::OpenNow | Reason::ClosedOpensAt(_) | Reason::ClosedNoOpening | Reason::LiveWait { .. }) && p.points != 0
    });
    crate::sort::sort_by_key(&mut parts, |p| std::cmp::Reverse(p.points));
    let reasons = parts
        .into_iter()
        .take(3)
        .map(|p| {
            let class = if p.points > 0 { "sp-reason sp-plus" } else { "sp-reason sp-minus" };
            view! { <li class=class>{reason_text(p.reason, l10n)}</li> }
        })
        .collect_view();
    // Public and self-service channels get a plain link: a prepared summary
    // with account details must never be posted there.
    let action = match (&channel.address, channel.kind) {
        (Address::Url(href), ChannelKind::Social | ChannelKind::Community | ChannelKind::HelpCentre) => view! {
            <a class="sp-button" href=href.clone() target="_blank" rel="noopener noreferrer">
                {l10n.format("handoff-open", &[("channel", name.clone().into())])}
            </a>
        }
        .into_any(),
        _ => {
            let id = channel.id.clone();
            view! {
                <button type="button" class="sp-button" on:click=move |_| state.update(|s| s.choose_channel(&id))>
                    {l10n.format("advisor-continue", &[("channel", name.clone().into())])}
                </button>
            }
            .into_any()
        }
    };
    let escalate = r.escalate_to.map(|i| {
        let next = channel_name(&config.channels[i], chain, l10n);
        view! { <p class="sp-escalate">{l10n.format("escalate", &[("channel", next.into())])}</p> }
    });
    let open_class = if r.availability.is_open() { "sp-availability sp-open" } else { "sp-availability sp-closed" };
    view! {
        <li class="sp-channel">
            <div class="sp-channel-head">
                <span class="sp-channel-name">{name.clone()}</span>
                <span class=open_class>{availability}</span>
            </div>
            {reply.map(|t| view! { <p class="sp-reply">{t}</p> })}
            <ul class="sp-reasons">{reasons}</ul>
            {action}
            {escalate}
        </li>
    }
}
