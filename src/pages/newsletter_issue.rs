use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::NotFound;
use crate::components::{PageLoader, WithSite};
use crate::i18n::format::fill;
use crate::routes::NEWSLETTER;
use crate::site_content::use_words;

/// One newsletter issue, with a breadcrumb back to the list.
#[component]
pub fn NewsletterIssueRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("issue").unwrap_or_default();
        let words = use_words();
        view! {
            <WithSite render=move |site| {
                let shell = &words.shell;
                match site.newsletter.into_iter().find(|issue| issue.slug == slug) {
                    Some(issue) => view! {
                        <nav class="app-breadcrumbs" aria-label=shell.breadcrumb.clone()>
                            <ol class="app-breadcrumbs__list">
                                <li><a class="app-link" href="/">{shell.home.clone()}</a></li>
                                <li><a class="app-link" href=NEWSLETTER>{shell.newsletter.clone()}</a></li>
                            </ol>
                        </nav>
                        <PageLoader file=issue.file caption=Some(fill(&shell.newsletter_caption, &[("date", &issue.date_label)]))/>
                    }
                    .into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            }/>
        }
    }
}
