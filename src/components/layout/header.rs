use leptos::prelude::*;

use super::Navigation;
use crate::site_content::use_site_content;

/// The banner: site name (a link home) and the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    let content = use_site_content();
    let site_title = move || content.loaded_site().map(|site| site.title);
    view! {
        <header class="app-header">
            <div class="app-header__inner app-width">
                <a class="app-header__title" href="/">
                    {move || site_title().unwrap_or_else(|| "SEND Improvement Programme".to_string())}
                </a>
            </div>
            <Navigation/>
        </header>
    }
}
