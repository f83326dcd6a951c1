use leptos::prelude::*;

use crate::components::RichText;
use crate::content::ListBlock;

/// A bulleted or numbered list.
#[component]
pub fn List(block: ListBlock) -> impl IntoView {
    let items = block
        .items
        .into_iter()
        .map(|item| view! { <li><RichText text=item/></li> })
        .collect_view();
    if block.ordered {
        view! { <ol class="app-list app-list--number">{items}</ol> }.into_any()
    } else {
        view! { <ul class="app-list app-list--bullet">{items}</ul> }.into_any()
    }
}
