use leptos::prelude::*;

use crate::components::RichText;
use crate::content::WorkingGroupsBlock;

/// The working groups, numbered as in the plan.
#[component]
pub fn WorkingGroups(block: WorkingGroupsBlock) -> impl IntoView {
    let groups = block
        .groups
        .into_iter()
        .map(|group| {
            view! {
                <li class="app-groups__item" value=group.number>
                    <p class="app-groups__name"><RichText text=group.name/></p>
                    <p class="app-groups__theme"><RichText text=group.theme/></p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="app-groups">{groups}</ol> }
}
