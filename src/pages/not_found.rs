use leptos::prelude::*;

use crate::components::PageHeading;

/// Shown for any address the site does not have.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageHeading text="Page not found"/>
        <p class="app-body">"If you typed the web address, check it is correct."</p>
        <p class="app-body">"If you pasted the web address, check you copied the entire address."</p>
        <p class="app-body">
            "You can go to the " <a class="app-link" href="/">"home page"</a>
            " or use the links at the top of this page to find what you need."
        </p>
    }
}
