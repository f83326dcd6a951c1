use leptos::prelude::*;

use super::Navigation;
use crate::components::language::{LanguageLinks, LanguagePicker};
use crate::components::reading_tools::{ReadingToolsPanel, ReadingToolsToggle};
use crate::embedding::frame_height::frame_landmark_label;
use crate::embedding::host::{embedded_role, host};
use crate::navigation::app_href;
use crate::site_content::{use_site_content, use_words};
use crate::static_first::browser_facts::use_browser_facts;

/// The banner: site name (a link home), the reading tools button and its
/// panel, and the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    let content = use_site_content();
    let site_title = move || content.loaded_site().map(|site| site.title);
    let fallback = use_words().shell.site_name_fallback.clone();
    view! {
        <header class="app-header" role=embedded_role() aria-label=frame_landmark_label()>
            <div class="app-header__inner app-width">
                <a class="app-header__title" href=app_href("/")>
                    {move || site_title().unwrap_or_else(|| fallback.clone())}
                </a>
                <div class="app-header__controls">
                    {language_choice()}
                    <ReadingToolsToggle/>
                </div>
            </div>
            // Straight after its button, so Tab goes from the button into the panel.
            <ReadingToolsPanel/>
            <Navigation/>
        </header>
    }
}

/// In a drop-in, which shares its address with the council page, the
/// language is chosen in the app. On the site each language has its own
/// addresses, so the choice is a set of links; machine translation (where a
/// council offers it) is chosen in the app once it runs.
fn language_choice() -> impl IntoView {
    if host().embedded {
        return view! { <LanguagePicker/> }.into_any();
    }
    let facts = use_browser_facts();
    view! {
        <LanguageLinks/>
        {move || facts.running.get().then(|| view! { <LanguagePicker/> })}
    }
    .into_any()
}
