//! The never-share warning: what no real support agent asks for, the
//! platform's own additions, and the account-freeze link when it is urgent.

use super::L10n;
use crate::config::Config;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn NeverShare(
    config: Arc<Config>,
    l10n: L10n,
    /// Show the link that lets users freeze their own account.
    #[prop(into)]
    freeze: Signal<bool>,
) -> impl IntoView {
    let platform = config.platform.name.clone();
    let freeze_url = config.platform.account_freeze_url.clone();
    let extra = move || {
        let chain = l10n.with(|l| l.locales());
        let refs: Vec<&str> = chain.iter().map(String::as_str).collect();
        config
            .never_share
            .iter()
            .filter_map(|item| item.get(&refs).map(|(_, t)| t.to_string()))
            .map(|t| view! { <li>{t}</li> })
            .collect_view()
    };
    let freeze_link = move || {
        freeze_url.clone().filter(|_| freeze.get()).map(|href| {
            view! {
                <a class="sp-button sp-danger" href=href target="_blank" rel="noopener noreferrer">
                    {l10n.text("account-freeze")}
                </a>
            }
        })
    };
    view! {
        <div class="sp-warning" role="note">
            <p class="sp-warning-title">{l10n.text("never-share-title")}</p>
            <p>{move || l10n.format("never-share-body", &[("platform", platform.clone().into())])}</p>
            <ul>{extra}</ul>
            {freeze_link}
        </div>
    }
}
