//! Loads one page file and shows it, or shows why it could not.

use leptos::prelude::*;

use super::{ErrorPage, Loading, PageView};
use crate::content::load::fetch_content;
use crate::content::Page;
use crate::site_content::use_site_content;

/// Fetches `file` from the content folder and renders it.
#[component]
pub fn PageLoader(
    #[prop(into)] file: String,
    /// Shown above the title, such as the newsletter issue's date.
    #[prop(default = None)]
    caption: Option<String>,
) -> impl IntoView {
    let content = use_site_content();
    let page = LocalResource::new(move || fetch_content::<Page>(file.clone()));
    let retry = Callback::new(move |_| page.refetch());
    move || match (page.get(), content.glossary.get()) {
        (None, _) | (_, None) => view! { <Loading/> }.into_any(),
        (Some(Err(error)), _) => view! { <ErrorPage error=error on_retry=retry/> }.into_any(),
        (Some(Ok(page)), Some(glossary)) => {
            view! { <PageView page=page glossary=glossary caption=caption.clone()/> }.into_any()
        }
    }
}
