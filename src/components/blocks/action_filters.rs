use leptos::prelude::*;

use super::status_label;
use crate::content::{ActionStatus, PlanAction, WorkingGroup};
use crate::i18n::format::number;
use crate::site_content::{use_words, words_lang};

/// Form value for actions the sources give no single working group.
const NO_GROUP: &str = "none";

/// The chosen working group and status; empty means "all".
#[derive(Clone, Copy)]
pub struct ActionFilter {
    group: RwSignal<String>,
    status: RwSignal<String>,
}

impl ActionFilter {
    pub fn new() -> Self {
        Self {
            group: RwSignal::new(String::new()),
            status: RwSignal::new(String::new()),
        }
    }

    /// Whether `action` passes both filters.
    pub fn matches(&self, action: &PlanAction) -> bool {
        let group_ok = self.group.with(|chosen| {
            chosen.is_empty()
                || match &action.group {
                    Some(group) => group == chosen,
                    None => chosen == NO_GROUP,
                }
        });
        let status_ok = self.status.with(|chosen| {
            chosen.is_empty() || ActionStatus::from_str_name(chosen) == Some(action.status)
        });
        group_ok && status_ok
    }

    fn clear(&self) {
        self.group.set(String::new());
        self.status.set(String::new());
    }
}

/// Two native selects and a button to clear them. They filter as soon as
/// they change; nothing else on the page moves.
#[component]
pub fn ActionFilters(
    filter: ActionFilter,
    groups: Vec<WorkingGroup>,
    id_prefix: String,
) -> impl IntoView {
    let text = use_words().actions.clone();
    let lang = words_lang();
    let group_options = groups
        .into_iter()
        .map(|group| {
            let label = format!("{}. {}", number(&lang, f64::from(group.number)), group.name);
            let selected = {
                let id = group.id.clone();
                move || filter.group.with(|chosen| *chosen == id)
            };
            view! { <option value=group.id selected=selected>{label}</option> }
        })
        .collect_view();
    let status_options = ActionStatus::ALL
        .into_iter()
        .map(|status| {
            let selected = move || filter.status.with(|chosen| chosen == status.as_str());
            view! { <option value=status.as_str() selected=selected>{status_label(status, &text)}</option> }
        })
        .collect_view();
    view! {
        <fieldset class="app-filters app-needs-app">
            <legend class="app-filters__legend">{text.filter_legend.clone()}</legend>
            <div class="app-filters__fields">
                <FilterSelect id=format!("{id_prefix}-group") label=text.group_label.clone() value=filter.group>
                    <option value="">{text.all_groups.clone()}</option>
                    {group_options}
                    <option value=NO_GROUP>{text.whole_programme.clone()}</option>
                </FilterSelect>
                <FilterSelect id=format!("{id_prefix}-status") label=text.status_label.clone() value=filter.status>
                    <option value="">{text.all_statuses.clone()}</option>
                    {status_options}
                </FilterSelect>
            </div>
            <button type="button" class="app-button app-button--secondary" on:click=move |_| filter.clear()>
                {text.show_all.clone()}
            </button>
        </fieldset>
    }
}

/// A labelled native select bound to `value`; it filters as soon as it
/// changes.
#[component]
fn FilterSelect(
    id: String,
    label: String,
    value: RwSignal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="app-field">
            <label class="app-field__label" for=id.clone()>{label}</label>
            <select
                class="app-select"
                id=id
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {children()}
            </select>
        </div>
    }
}
