//! Text from content, with its links and abbreviations, as text nodes only.

use leptos::prelude::*;

use super::abbreviations::PageAbbreviations;
use crate::content::inline::{parse_links, Inline};

/// Renders a content text field. Characters such as `<` stay literal text.
#[component]
pub fn RichText(#[prop(into)] text: String) -> impl IntoView {
    let segments = match use_context::<PageAbbreviations>() {
        Some(abbreviations) => abbreviations.mark(&text),
        None => parse_links(&text),
    };
    segments
        .into_iter()
        .map(|segment| match segment {
            Inline::Text(text) => text.into_any(),
            Inline::Link { label, href } => {
                view! { <a class="app-link" href=href>{label}</a> }.into_any()
            }
            Inline::Abbr {
                term,
                expansion,
                say,
                first_use,
            } => {
                let written_out = first_use.then(|| format!(" ({expansion})"));
                // data-say tells read aloud how a person says the term.
                view! { <abbr class="app-abbr" title=expansion data-say=say>{term}</abbr>{written_out} }
                    .into_any()
            }
        })
        .collect_view()
}
