//! What shows while content is on its way.

use crate::site_content::use_words;
use leptos::prelude::*;

/// A polite status message, so screen readers hear that something is coming.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="app-loading" role="status">
            <span class="app-loading__spinner" aria-hidden="true"></span>
            {use_words().shell.loading.clone()}
        </p>
    }
}
