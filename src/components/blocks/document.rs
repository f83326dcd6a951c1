use leptos::prelude::*;

use crate::components::RichText;
use crate::content::DocumentBlock;
use crate::navigation::app_href;

/// A document, linked when it is published, with its format and size so
/// people know what they will download.
#[component]
pub fn Document(block: DocumentBlock) -> impl IntoView {
    let DocumentBlock {
        title,
        href,
        format,
        description,
    } = block;
    let name = match href {
        Some(href) => view! { <a class="app-link" href=app_href(&href)>{title}</a> }.into_any(),
        None => view! { <span>{title}</span> }.into_any(),
    };
    view! {
        <div class="app-document">
            <p class="app-document__title">{name}</p>
            {format.map(|format| view! { <p class="app-document__format">{format}</p> })}
            <p class="app-document__description"><RichText text=description/></p>
        </div>
    }
}
