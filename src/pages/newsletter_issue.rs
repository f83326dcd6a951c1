use leptos::prelude::*;

use super::NotFound;
use crate::components::{PageLoader, WithSite};
use crate::i18n::format::fill;
use crate::navigation::app_href;
use crate::routes::NEWSLETTER;
use crate::site_content::use_words;

/// One newsletter issue, with a breadcrumb back to the list.
#[component]
pub fn NewsletterIssueRoute(issue: String) -> impl IntoView {
    let slug = issue;
    {
        let words = use_words();
        view! {
            <WithSite render=move |site| {
                let shell = &words.shell;
                match site.newsletter.into_iter().find(|issue| issue.slug == slug) {
                    Some(issue) => view! {
                        <nav class="app-breadcrumbs" aria-label=shell.breadcrumb.clone()>
                            <ol class="app-breadcrumbs__list">
                                <li><a class="app-link" href=app_href("/")>{shell.home.clone()}</a></li>
                                <li><a class="app-link" href=app_href(NEWSLETTER)>{shell.newsletter.clone()}</a></li>
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
