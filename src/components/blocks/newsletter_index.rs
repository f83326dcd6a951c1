use leptos::prelude::*;

use crate::components::RichText;
use crate::navigation::app_href;
use crate::routes::newsletter_issue;
use crate::site_content::use_site_content;

/// The newsletter issues from the manifest, newest first.
#[component]
pub fn NewsletterIndex() -> impl IntoView {
    let content = use_site_content();
    move || {
        let issues = content
            .loaded_site()
            .map(|site| site.newsletter)
            .unwrap_or_default();
        let items = issues
            .into_iter()
            .map(|issue| {
                view! {
                    <li class="app-issues__item">
                        <h2 class="app-heading-m">
                            <a class="app-link" href=app_href(&newsletter_issue(&issue.slug))>{issue.title}</a>
                        </h2>
                        <p class="app-issues__date">{issue.date_label}</p>
                        <p><RichText text=issue.summary/></p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="app-issues">{items}</ul> }
    }
}
