use leptos::prelude::*;

use crate::components::live_text::keep_text_shown;

use super::action_filters::{ActionFilter, ActionFilters};
use super::action_item::ActionItem;
use super::PageGroups;
use crate::content::ActionListBlock;
use crate::i18n::format::{number, plural};
use crate::site_content::{use_words, words_lang};

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
    let words = use_words();
    let lang = words_lang();
    let count_text = move || {
        let text = &words.actions;
        let total_text = number(&lang, total as f64);
        match shown.get() {
            0 => text.none_match.clone(),
            n if n == total => plural(
                &lang,
                &text.showing_all,
                total as f64,
                &[("total", &total_text)],
            ),
            n => plural(
                &lang,
                &text.showing_some,
                total as f64,
                &[("shown", &number(&lang, n as f64)), ("total", &total_text)],
            ),
        }
    };
    let count_node = NodeRef::new();
    keep_text_shown(count_node, count_text.clone());
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
            <p class="app-actions__count" role="status" node_ref=count_node>{count_text}</p>
            <ul class="app-actions__list">{items}</ul>
        </div>
    }
}
