use leptos::prelude::*;

use crate::components::RichText;
use crate::content::DefinitionsBlock;

/// Terms and their details, such as key dates, as a description list.
#[component]
pub fn Definitions(block: DefinitionsBlock) -> impl IntoView {
    let items = block
        .items
        .into_iter()
        .map(|item| {
            view! {
                <div class="app-definitions__row">
                    <dt class="app-definitions__term"><RichText text=item.term/></dt>
                    <dd class="app-definitions__detail"><RichText text=item.detail/></dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="app-definitions">{items}</dl> }
}
