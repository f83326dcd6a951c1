use leptos::prelude::*;

use crate::components::RichText;
use crate::content::HeadingBlock;

/// A section heading at level 2, 3 or 4.
#[component]
pub fn Heading(block: HeadingBlock) -> impl IntoView {
    let HeadingBlock { level, text, id } = block;
    let text = view! { <RichText text=text/> };
    match level.get() {
        2 => view! { <h2 class="app-heading-l" id=id>{text}</h2> }.into_any(),
        3 => view! { <h3 class="app-heading-m" id=id>{text}</h3> }.into_any(),
        _ => view! { <h4 class="app-heading-s" id=id>{text}</h4> }.into_any(),
    }
}
