//! Text from content, with its links and abbreviations, as text nodes only.

use leptos::prelude::*;

use super::abbreviations::PageAbbreviations;
use super::page_view::UntranslatedLanguage;
use crate::content::inline::{parse_links, Inline};
use crate::navigation::app_href;

/// Renders a content text field. Characters such as `<` stay literal text.
/// With `plain`, for text that is not content JSON (a video's cues), link
/// syntax stays as written and only abbreviations are marked.
#[component]
pub fn RichText(#[prop(into)] text: String, #[prop(optional)] plain: bool) -> impl IntoView {
    // On a translated page the abbreviations stay as written in the source
    // language, so screen readers and speech say them in that language.
    let abbr_lang = use_context::<UntranslatedLanguage>().and_then(|lang| lang.0);
    let segments = match (use_context::<PageAbbreviations>(), plain) {
        (Some(abbreviations), false) => abbreviations.mark(&text),
        (Some(abbreviations), true) => abbreviations.mark_plain(&text),
        (None, false) => parse_links(&text),
        (None, true) => vec![Inline::Text(text)],
    };
    segments
        .into_iter()
        .map(|segment| match segment {
            Inline::Text(text) => text.into_any(),
            Inline::Link { label, href } => {
                view! { <a class="app-link" href=app_href(&href)>{label}</a> }.into_any()
            }
            Inline::Abbr {
                term,
                expansion,
                say,
                first_use,
            } => {
                let written_out = first_use.then(|| format!(" ({expansion})"));
                // data-say tells read aloud how a person says the term.
                view! { <abbr class="app-abbr" title=expansion data-say=say lang=abbr_lang.clone()>{term}</abbr>{written_out} }
                    .into_any()
            }
        })
        .collect_view()
}
