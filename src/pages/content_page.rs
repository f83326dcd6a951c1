use leptos::prelude::*;

use super::NotFound;
use crate::components::{PageLoader, WithSite};

/// The home page: the manifest's page with an empty slug.
#[component]
pub fn HomePage() -> impl IntoView {
    view! { <ContentBySlug slug=String::new()/> }
}

/// Any other content page, by its slug in the address.
#[component]
pub fn ContentRoute(slug: String) -> impl IntoView {
    view! { <ContentBySlug slug=slug/> }
}

#[component]
fn ContentBySlug(slug: String) -> impl IntoView {
    view! {
        <WithSite render=move |site| {
            match site.pages.into_iter().find(|page| page.slug == slug) {
                Some(page) => view! { <PageLoader file=page.file/> }.into_any(),
                None => view! { <NotFound/> }.into_any(),
            }
        }/>
    }
}
