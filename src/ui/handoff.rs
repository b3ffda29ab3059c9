//! The hand-off step: the topic's preparation checklist and a description,
//! checked as the user types, the never-share warning, the summary that will
//! be sent, and the way to the chosen channel carrying it. Links are built by
//! `crate::handoff`; checks by `crate::checklist` and `crate::secrets`.

use super::advisor::{availability_text, channel_name, reply_text};
use super::never_share::NeverShare;
use super::{Drawing, L10n};
use crate::checklist::{self, Problem};
use crate::config::Config;
use crate::handoff::{self, Summary};
use crate::i18n::strip_isolation;
use crate::model::{Address, Channel, ChannelKind, ChecklistField, FieldKind};
use crate::secrets::{self, SecretKind};
use crate::widget::Widget;
use fluent::FluentValue;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Handoff(config: Arc<Config>, channel: Channel, state: Drawing, l10n: L10n) -> impl IntoView {
    let chain = move || l10n.with(|l| l.locales());
    let name = {
        let channel = channel.clone();
        Memo::new(move |_| channel_name(&channel, &chain(), l10n))
    };
    let checklist = Memo::new(move |_| state.with(|s| s.checklist().to_vec()));
    let summary = Memo::new(move |_| {
        let name = name.get();
        l10n.with(|l| state.with(|s| s.summary(&name, l)))
    });
    let secret = Memo::new(move |_| state.with(|s| s.draft.blocking_secret()));
    let blocked = move || secret.with(Option::is_some);
    let status = RwSignal::new(String::new());
    let summary_box = NodeRef::<html::Textarea>::new();

    let availability = {
        let channel = channel.clone();
        move || {
            let now = crate::host::now();
            let a = crate::hours::availability(&channel.hours, &crate::host::zones::BrowserZones, now);
            availability_text(a, &l10n.with(|l| l.primary_locale()), l10n)
        }
    };
    let reply = (channel.kind != ChannelKind::HelpCentre).then(|| {
        let minutes = crate::advice::reply_minutes(&channel);
        move || reply_text(minutes, l10n)
    });

    let fields = move || checklist.get().into_iter().map(|f| field_view(f, state, l10n)).collect_view();

    let platform = config.platform.name.clone();
    let secret_warning = move || {
        secret.get().map(|found| {
            let id = match found.kind {
                SecretKind::RecoveryPhrase => "secret-phrase",
                SecretKind::PrivateKey => "secret-key",
            };
            let span = state.with_untracked(|s| s.draft.description.get(found.range.clone()).map(str::to_string));
            view! {
                <div class="sp-warning sp-secret" role="alert">
                    <p>{l10n.format(id, &[("platform", platform.clone().into())])}</p>
                    <div class="sp-actions">
                        <button
                            type="button"
                            class="sp-button"
                            on:click=move |_| state.update(|s| s.draft.description = secrets::remove(&s.draft.description))
                        >
                            {l10n.text("secret-remove")}
                        </button>
                        <button
                            type="button"
                            class="sp-link-button"
                            on:click=move |_| state.update(|s| s.draft.not_secret = span.clone())
                        >
                            {l10n.text("secret-not-secret")}
                        </button>
                    </div>
                </div>
            }
        })
    };

    let done = move || {
        let text = summary.get_untracked();
        state.with_untracked(|s| crate::host::emit_handoff(s, &text));
        // After the browser has followed the link: removing or changing it
        // during the click would cancel the navigation.
        set_timeout(move || state.update(Widget::finish_handoff), std::time::Duration::ZERO);
    };
    let note = move || strip_isolation(&l10n.text("handoff-truncated")());
    let action = match channel.address.clone() {
        Address::Email(address) => view! {
            <a class="sp-button" href=move || handoff::mailto(&address, &summary.get(), &note()) on:click=move |_| done()>
                {l10n.text("handoff-email")}
            </a>
        }
        .into_any(),
        Address::Phone(number) => {
            let shown = handoff::display_phone(&number);
            let call = shown.clone();
            view! {
                <p class="sp-phone">
                    <span class="sp-label">{l10n.text("handoff-phone-number")}</span>
                    " "
                    <bdi class="sp-number">{shown}</bdi>
                </p>
                <a class="sp-button" href=handoff::tel(&number) on:click=move |_| done()>
                    {move || l10n.format("handoff-call", &[("number", call.clone().into())])}
                </a>
                <p class="sp-note">{l10n.text("handoff-phone-ready")}</p>
            }
            .into_any()
        }
        Address::Url(url) => {
            let params = channel.summary_params.clone();
            view! {
                <a
                    class="sp-button"
                    href=move || handoff::with_summary(&url, &params, &summary.get(), &note())
                    target="_blank"
                    rel="noopener noreferrer"
                    on:click=move |_| done()
                >
                    {move || l10n.format("handoff-open", &[("channel", name.get().into())])}
                </a>
            }
            .into_any()
        }
        Address::HostChat => view! {
            <button type="button" class="sp-button" on:click=move |_| done()>
                {move || l10n.format("handoff-open", &[("channel", name.get().into())])}
            </button>
        }
        .into_any(),
    };

    let copy = move |_| {
        let text = summary.get_untracked().text();
        leptos::task::spawn_local(async move {
            if crate::host::copy_text(&text).await {
                status.set(l10n.text("handoff-copied")());
            } else {
                // Selected, the summary is one Ctrl+C away.
                if let Some(area) = summary_box.get_untracked() {
                    let _ = area.focus();
                    area.select();
                }
                status.set(l10n.text("handoff-copy-failed")());
            }
        });
    };
    let clear = move |_| {
        state.update(Widget::clear_draft);
        status.set(l10n.text("handoff-cleared")());
    };
    let confirmation = move || {
        state.with(|s| s.handed_off.is_some()).then(|| {
            view! { <p class="sp-done">{l10n.format("handoff-done", &[("channel", name.get().into())])}</p> }
        })
    };

    view! {
        <div class="sp-handoff">
            <button type="button" class="sp-link-button sp-back" on:click=move |_| state.update(Widget::back)>
                {l10n.text("panel-back")}
            </button>
            <h3 class="sp-section-title">{move || l10n.format("handoff-title", &[("channel", name.get().into())])}</h3>
            <p class="sp-availability">{availability}</p>
            {reply.map(|r| view! { <p class="sp-reply">{r}</p> })}
            <NeverShare config=config.clone() l10n freeze=Signal::derive(move || state.with(|s| s.advisor.compromise))/>
            <form class="sp-describe" on:submit=|ev| ev.prevent_default()>
                <p class="sp-intro">{l10n.text("handoff-intro")}</p>
                <fieldset class="sp-fieldset" hidden=move || checklist.with(Vec::is_empty)>
                    <legend class="sp-legend">{l10n.text("handoff-prepare")}</legend>
                    {fields}
                </fieldset>
                <div class="sp-field">
                    <label class="sp-label" for="sp-description">{l10n.text("handoff-description")}</label>
                    <textarea
                        id="sp-description"
                        class="sp-input sp-textarea"
                        dir="auto"
                        rows="5"
                        maxlength=checklist::MAX_LEN
                        prop:value=move || state.with(|s| s.draft.description.clone())
                        on:input=move |ev| state.update(|s| s.draft.description = event_target_value(&ev))
                        aria-invalid=move || blocked().then_some("true")
                    ></textarea>
                    {secret_warning}
                </div>
            </form>
            <div class="sp-field" hidden=blocked>
                <label class="sp-label" for="sp-summary">{l10n.text("handoff-summary")}</label>
                <textarea id="sp-summary" class="sp-input sp-summary" dir="auto" rows="8" readonly node_ref=summary_box prop:value=move || summary.with(Summary::text)></textarea>
            </div>
            {confirmation}
            <div class="sp-actions" hidden=blocked>
                {action}
                <button type="button" class="sp-button sp-secondary" on:click=copy>{l10n.text("handoff-copy")}</button>
            </div>
            <p class="sp-note" hidden=move || !blocked()>{l10n.text("secret-blocked")}</p>
            <button type="button" class="sp-link-button" on:click=clear>{l10n.text("handoff-clear")}</button>
            <p class="sp-sr-only" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}

/// One checklist input with its inline message. The message appears once
/// the user has left the field, then follows every keystroke.
fn field_view(field: ChecklistField, state: Drawing, l10n: L10n) -> impl IntoView {
    let kind = field.kind;
    let id = format!("sp-field-{}", kind.id());
    let message_id = format!("{id}-message");
    let touched = RwSignal::new(false);
    let value = Memo::new(move |_| state.with(|s| s.draft.field(kind).to_string()));
    let formats = field.formats.clone();
    let problem = Memo::new(move |_| value.with(|v| checklist::check(&field, v, crate::host::now())).err());
    let shown = move || problem.get().filter(|_| touched.get());
    let placeholder = formats.first().map(|f| checklist::format_example(f)).unwrap_or_default();
    let input_type = if kind == FieldKind::Time { "datetime-local" } else { "text" };
    let message = move || shown().map(|p| problem_text(&p, l10n));
    view! {
        <div class="sp-field">
            <label class="sp-label" for=id.clone()>{move || l10n.format(&format!("field-{}", kind.id()), &[])}</label>
            <input
                id=id
                class="sp-input"
                dir="auto"
                type=input_type
                autocomplete="off"
                spellcheck="false"
                placeholder=placeholder
                maxlength=checklist::MAX_LEN
                prop:value=move || value.get()
                on:input=move |ev| state.update(|s| {
                    s.draft.fields.insert(kind, event_target_value(&ev));
                })
                on:blur=move |_| touched.set(true)
                aria-invalid=move || shown().is_some().then_some("true")
                aria-describedby=message_id.clone()
            />
            <p id=message_id class="sp-field-message" aria-live="polite">{message}</p>
        </div>
    }
}

fn problem_text(problem: &Problem, l10n: L10n) -> String {
    match problem {
        Problem::Format(names) => {
            let names: Vec<String> = names.iter().map(|n| strip_isolation(&l10n.format(&format!("format-{n}"), &[]))).collect();
            let list = crate::host::format_list(&names, &l10n.with(|l| l.primary_locale()));
            l10n.format(problem.fluent_id(), &[("formats", list.into())])
        }
        Problem::TooLong => l10n.format(problem.fluent_id(), &[("max", FluentValue::from(checklist::MAX_LEN))]),
        _ => l10n.format(problem.fluent_id(), &[]),
    }
}
