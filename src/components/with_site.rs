//! Renders its content once the site manifest is ready; until then a
//! loading message, and if it fails, an alert with Retry.

use leptos::prelude::*;

use super::{ErrorPage, Loading};
use crate::content::Site;
use crate::site_content::use_site_content;

/// Calls `render` with the manifest once it has loaded.
#[component]
pub fn WithSite<F, V>(render: F) -> impl IntoView
where
    F: Fn(Site) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let content = use_site_content();
    let retry = Callback::new(move |_| content.retry());
    move || match content.site_state() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(site)) => render(site).into_any(),
        Some(Err(error)) => view! { <ErrorPage error=error on_retry=retry/> }.into_any(),
    }
}
