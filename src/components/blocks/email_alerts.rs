use leptos::prelude::*;

use crate::content::EmailAlertsBlock;
use crate::site_content::use_site_content;

/// The sign-up link the council set in the manifest, or a plain sentence
/// saying alerts are not set up yet.
#[component]
pub fn EmailAlerts(block: EmailAlertsBlock) -> impl IntoView {
    let content = use_site_content();
    let url = content
        .manifest
        .get_untracked()
        .and_then(Result::ok)
        .and_then(|site| site.email_alerts_url);
    match url {
        Some(url) => view! {
            <p><a class="app-button" href=url>{block.link_text}</a></p>
        }
        .into_any(),
        None => view! { <p class="app-body">{block.not_set_up_text}</p> }.into_any(),
    }
}
