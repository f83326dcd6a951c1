//! A loaded page: its heading, lead paragraph and blocks.

use leptos::prelude::*;

use super::abbreviations::provide_page_abbreviations;
use super::blocks::{provide_page_groups, BlockView};
use super::{ErrorPanel, PageHeading, RichText};
use crate::content::{ContentError, Glossary, Page};
use crate::site_content::use_site_content;

/// Renders a page. If the glossary failed, the page still shows, with a
/// notice that abbreviations are not explained this time.
#[component]
pub fn PageView(
    page: Page,
    glossary: Result<Glossary, ContentError>,
    #[prop(default = None)] caption: Option<String>,
) -> impl IntoView {
    let content = use_site_content();
    provide_page_abbreviations(glossary.as_ref().ok());
    provide_page_groups(&page);
    let glossary_problem = glossary.err().map(|error| {
        let retry = Callback::new(move |_| content.glossary.refetch());
        view! {
            <ErrorPanel
                error=error
                on_retry=retry
                title="Abbreviations are not explained on this page"
            />
        }
    });
    let Page {
        title,
        lead,
        blocks,
        ..
    } = page;
    view! {
        <PageHeading text=title caption=caption/>
        {glossary_problem}
        {lead.map(|lead| view! { <p class="app-lead"><RichText text=lead/></p> })}
        {blocks
            .into_iter()
            .enumerate()
            .map(|(index, block)| view! { <BlockView block=block index=index/> })
            .collect_view()}
    }
}
