use leptos::prelude::*;

use crate::content::inline::plain_text;
use crate::content::text::collect_texts;
use crate::content::{Block, ContentError, Language, Page};
use crate::site_content::use_words;

/// The original of the translated block at `index`, as plain text in its own
/// language, once the reader has asked for originals.
#[component]
pub fn OriginalBlock(
    original: LocalResource<Option<Result<Page, ContentError>>>,
    index: usize,
    source: Language,
) -> impl IntoView {
    let words = use_words();
    let heading = words.language.original_heading.clone();
    let loading = words.language.original_loading.clone();
    move || {
        let state = original.get()??;
        let body = match state {
            Err(error) => view! { <p>{error.message(&words.errors)}</p> }.into_any(),
            Ok(page) => match page.blocks.get(index) {
                Some(block) => texts(block).into_any(),
                None => view! { <p>{loading.clone()}</p> }.into_any(),
            },
        };
        Some(view! {
            <div class="app-bilingual__original" lang=source.code.clone() dir=source.dir.as_str()>
                <p class="app-bilingual__label">{heading.clone()}</p>
                {body}
            </div>
        })
    }
}

/// A block's text as paragraphs, links shown as their words.
fn texts(block: &Block) -> impl IntoView {
    collect_texts(block.clone())
        .into_iter()
        .map(|text| {
            let plain = plain_text(&text);
            view! { <p class="app-bilingual__text">{plain}</p> }
        })
        .collect_view()
}
