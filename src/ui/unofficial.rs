//! The copycat warning: the page is not one of the platform's official
//! sites, so its contact details are not offered; only the official help
//! centre is.

use super::L10n;
use crate::config::Config;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Unofficial(config: Arc<Config>, l10n: L10n) -> impl IntoView {
    let platform = config.platform.name.clone();
    let name = platform.clone();
    let link = config.platform.help_centre_url.clone().map(|href| {
        view! {
            <a class="sp-button" href=href target="_blank" rel="noopener noreferrer">
                {move || l10n.format("unofficial-help-centre", &[("platform", name.clone().into())])}
            </a>
        }
    });
    let title = platform.clone();
    view! {
        <div class="sp-warning sp-unofficial" role="alert">
            <p class="sp-warning-title">{move || l10n.format("unofficial-site-title", &[("platform", title.clone().into())])}</p>
            <p>{l10n.text("unofficial-site-body")}</p>
            {link}
        </div>
    }
}
