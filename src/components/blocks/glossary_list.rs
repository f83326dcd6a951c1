use leptos::prelude::*;

use crate::components::RichText;
use crate::routes::glossary_term_id;
use crate::site_content::use_site_content;

/// Every abbreviation with what it stands for and what it means. Each term
/// has an anchor, so other pages can link to `/glossary#term-ehcp`.
#[component]
pub fn GlossaryList() -> impl IntoView {
    let content = use_site_content();
    move || {
        let entries = content
            .loaded_glossary()
            .map(|glossary| glossary.entries)
            .unwrap_or_default();
        let rows = entries
            .into_iter()
            .map(|entry| {
                let anchor = glossary_term_id(&entry.term);
                view! {
                    <div class="app-glossary__entry" id=anchor>
                        <dt class="app-glossary__term">{entry.term}</dt>
                        <dd class="app-glossary__detail">
                            <p class="app-glossary__expansion">{entry.expansion}</p>
                            <p><RichText text=entry.meaning/></p>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! { <dl class="app-glossary">{rows}</dl> }
    }
}
