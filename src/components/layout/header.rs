use leptos::prelude::*;

use super::Navigation;
use crate::components::language::LanguagePicker;
use crate::components::reading_tools::{ReadingToolsPanel, ReadingToolsToggle};
use crate::embedding::frame_height::frame_landmark_label;
use crate::embedding::host::embedded_role;
use crate::navigation::app_href;
use crate::site_content::{use_site_content, use_words};

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
                    <LanguagePicker/>
                    <ReadingToolsToggle/>
                </div>
            </div>
            // Straight after its button, so Tab goes from the button into the panel.
            <ReadingToolsPanel/>
            <Navigation/>
        </header>
    }
}
