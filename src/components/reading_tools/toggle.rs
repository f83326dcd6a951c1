use leptos::prelude::*;

use super::{ReadingToolsState, PANEL_ID};
use crate::site_content::use_words;
use crate::tools::speech::use_speech;

/// Opens and closes the reading tools; its state is in `aria-expanded`.
#[component]
pub fn ReadingToolsToggle() -> impl IntoView {
    let state = expect_context::<ReadingToolsState>();
    let speech = use_speech();
    let toggle = move |_| {
        state.open.update(|open| *open = !*open);
        if state.open.get_untracked() {
            speech.check_support();
        }
    };
    view! {
        <button
            type="button"
            class="app-tools-toggle app-needs-app"
            aria-expanded=move || state.open.get().to_string()
            aria-controls=PANEL_ID
            node_ref=state.button
            on:click=toggle
        >
            <span class="app-tools-toggle__icon" aria-hidden="true">"Aa"</span>
            {use_words().tools.toggle.clone()}
        </button>
    }
}
