use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::NotFound;
use crate::components::{PageLoader, WithSite};
use crate::routes::NEWSLETTER;

/// One newsletter issue, with a breadcrumb back to the list.
#[component]
pub fn NewsletterIssueRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("issue").unwrap_or_default();
        view! {
            <WithSite render=move |site| {
                match site.newsletter.into_iter().find(|issue| issue.slug == slug) {
                    Some(issue) => view! {
                        <nav class="app-breadcrumbs" aria-label="Breadcrumb">
                            <ol class="app-breadcrumbs__list">
                                <li><a class="app-link" href="/">"Home"</a></li>
                                <li><a class="app-link" href=NEWSLETTER>"Newsletter"</a></li>
                            </ol>
                        </nav>
                        <PageLoader file=issue.file caption=Some(format!("Newsletter – {}", issue.date_label))/>
                    }
                    .into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            }/>
        }
    }
}
