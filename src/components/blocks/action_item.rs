use leptos::prelude::*;

use super::status_label;
use crate::components::RichText;
use crate::content::{PlanAction, WorkingGroup};

/// One action: title, status tag (in words, not only colour), group,
/// detail and where the fact comes from.
#[component]
pub fn ActionItem(
    action: PlanAction,
    group: Option<WorkingGroup>,
    visible: Signal<bool>,
) -> impl IntoView {
    let tag_class = format!("app-tag app-tag--{}", action.status.as_str());
    let group_text = match group {
        Some(group) => format!("Working group {}: {}", group.number, group.name),
        None => "Whole programme (no single group named)".to_string(),
    };
    view! {
        <li class="app-action" id=format!("action-{}", action.id) hidden=move || !visible.get()>
            <h3 class="app-action__title"><RichText text=action.title/></h3>
            <p class="app-action__meta">
                <span class="app-visually-hidden">"Status: "</span>
                <strong class=tag_class>{status_label(action.status)}</strong>
                " "
                <span class="app-action__group">{group_text}</span>
            </p>
            <p class="app-action__detail"><RichText text=action.detail/></p>
            <p class="app-action__source">"Source: " <RichText text=action.source/></p>
        </li>
    }
}
