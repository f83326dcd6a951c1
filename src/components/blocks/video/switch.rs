use leptos::prelude::*;

/// A native checkbox with its label, for the video's on/off choices
/// ("Follow the video", "Audio description", "Show sign language"). Hidden
/// until the app runs: without it the choice would do nothing.
#[component]
pub fn VideoSwitch(
    /// Unique on the page.
    id: String,
    label: String,
    /// Whether it is on.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state when the reader changes it.
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="app-choice app-needs-app app-video__switch">
            <input type="checkbox" class="app-choice__input" id=id.clone()
                prop:checked=move || checked.get()
                on:change=move |event| on_change.run(event_target_checked(&event))/>
            <label class="app-choice__label" for=id>{label}</label>
        </div>
    }
}
