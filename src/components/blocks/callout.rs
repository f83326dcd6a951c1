use leptos::prelude::*;

use crate::components::RichText;
use crate::content::CalloutBlock;

/// A highlighted box. Its title is bold text, not a heading, so the page
/// outline stays as the editor wrote it.
#[component]
pub fn Callout(block: CalloutBlock) -> impl IntoView {
    let class = format!("app-callout app-callout--{}", block.tone.as_str());
    view! {
        <div class=class>
            <p class="app-callout__title"><RichText text=block.title/></p>
            <p class="app-callout__text"><RichText text=block.text/></p>
        </div>
    }
}
