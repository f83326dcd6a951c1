use leptos::prelude::*;

use crate::components::announcer::use_announcer;

/// A set of native radio buttons in a fieldset: one choice from a few,
/// announced with its legend and checked state.
#[component]
pub fn ChoiceGroup<T>(
    /// The question, such as "Colours".
    legend: String,
    /// The radio buttons' shared `name`.
    name: &'static str,
    /// Each option's value and label.
    options: Vec<(T, String)>,
    /// The current choice.
    chosen: Signal<T>,
    /// Called with the new choice.
    on_choose: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(index, (value, label))| {
            let id = format!("{name}-{index}");
            view! {
                <div class="app-choice">
                    <input
                        class="app-choice__input"
                        type="radio"
                        id=id.clone()
                        name=name
                        prop:checked=move || chosen.get() == value
                        on:change=move |_| on_choose.run(value)
                    />
                    <label class="app-choice__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="app-tools__group">
            <legend class="app-tools__legend">{legend}</legend>
            {radios}
        </fieldset>
    }
}

/// A native checkbox for an on/off tool, confirming each change through the
/// live region.
#[component]
pub fn CheckboxChoice(
    id: &'static str,
    label: String,
    value: RwSignal<bool>,
    /// Said when it turns on.
    on_text: String,
    /// Said when it turns off.
    off_text: String,
) -> impl IntoView {
    let announcer = use_announcer();
    let toggle = move |_| {
        value.update(|on| *on = !*on);
        announcer.say(if value.get_untracked() {
            on_text.clone()
        } else {
            off_text.clone()
        });
    };
    view! {
        <div class="app-choice">
            <input class="app-choice__input" type="checkbox" id=id prop:checked=move || value.get() on:change=toggle/>
            <label class="app-choice__label" for=id>{label}</label>
        </div>
    }
}
