use leptos::prelude::*;

use crate::components::PageHeading;
use crate::navigation::app_href;
use crate::site_content::use_words;

/// Shown for any address the site does not have.
#[component]
pub fn NotFound() -> impl IntoView {
    let words = use_words();
    let text = &words.not_found;
    view! {
        <PageHeading text=text.title.clone()/>
        <p class="app-body">{text.typed.clone()}</p>
        <p class="app-body">{text.pasted.clone()}</p>
        <p class="app-body">
            {text.go_before.clone()} " " <a class="app-link" href=app_href("/")>{text.home_link.clone()}</a>
            " " {text.go_after.clone()}
        </p>
    }
}
