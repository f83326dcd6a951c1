use leptos::prelude::*;

use super::status_label;
use crate::components::page_view::UntranslatedLanguage;
use crate::components::RichText;
use crate::content::{PlanAction, WorkingGroup};
use crate::i18n::format::{fill, number};
use crate::site_content::{use_words, words_lang};

/// One action: title, status tag (in words, not only colour), group,
/// detail and where the fact comes from.
#[component]
pub fn ActionItem(
    action: PlanAction,
    group: Option<WorkingGroup>,
    visible: Signal<bool>,
) -> impl IntoView {
    let words = use_words();
    let text = &words.actions;
    // Sources name English documents, so they stay as written.
    let untranslated = use_context::<UntranslatedLanguage>().and_then(|lang| lang.0);
    let tag_class = format!("app-tag app-tag--{}", action.status.as_str());
    let group_text = match group {
        Some(group) => fill(
            &text.group_name,
            &[
                ("number", &number(&words_lang(), f64::from(group.number))),
                ("name", &group.name),
            ],
        ),
        None => text.whole_programme.clone(),
    };
    view! {
        <li class="app-action" id=format!("action-{}", action.id) hidden=move || !visible.get()>
            <h3 class="app-action__title"><RichText text=action.title/></h3>
            <p class="app-action__meta">
                <span class="app-visually-hidden">{text.status_prefix.clone()} " "</span>
                <strong class=tag_class>{status_label(action.status, text)}</strong>
                " "
                <span class="app-action__group">{group_text}</span>
                {action.group_chosen_by_site.then(|| view! {
                    " " <span class="app-action__grouping">{text.group_chosen_by_site.clone()}</span>
                })}
            </p>
            <p class="app-action__detail"><RichText text=action.detail/></p>
            <p class="app-action__source">
                {text.source_prefix.clone()} " "
                <span lang=untranslated><RichText text=action.source/></span>
            </p>
        </li>
    }
}
