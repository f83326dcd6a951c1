use leptos::prelude::*;

use super::action_filters::{ActionFilter, ActionFilters};
use super::action_item::ActionItem;
use super::PageGroups;
use crate::content::ActionListBlock;

/// Actions with filters by working group and status. Every action stays in
/// the page; filtering hides the others, and a polite status says how many
/// are showing.
#[component]
pub fn ActionList(block: ActionListBlock, index: usize) -> impl IntoView {
    let groups = use_context::<PageGroups>().unwrap_or_default().0;
    let filter = ActionFilter::new();
    let actions = block.actions;
    let total = actions.len();
    let shown = {
        let actions = actions.clone();
        Memo::new(move |_| {
            actions
                .iter()
                .filter(|action| filter.matches(action))
                .count()
        })
    };
    let count_text = move || match shown.get() {
        0 => "No actions match these filters. Choose another working group or status.".to_string(),
        n if n == total => format!("Showing all {total} actions."),
        1 => format!("Showing 1 of {total} actions."),
        n => format!("Showing {n} of {total} actions."),
    };
    let items = actions
        .into_iter()
        .map(|action| {
            let group = action
                .group
                .as_ref()
                .and_then(|id| groups.iter().find(|group| &group.id == id))
                .cloned();
            let visible = Signal::derive({
                let action = action.clone();
                move || filter.matches(&action)
            });
            view! { <ActionItem action=action group=group visible=visible/> }
        })
        .collect_view();
    view! {
        <div class="app-actions">
            <ActionFilters filter=filter groups=groups.clone() id_prefix=format!("actions-{index}")/>
            <p class="app-actions__count" role="status">{count_text}</p>
            <ul class="app-actions__list">{items}</ul>
        </div>
    }
}
