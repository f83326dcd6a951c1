//! Loads one page file in the reader's language and shows it, or shows why
//! it could not.

use leptos::prelude::*;

use super::{ErrorPage, Loading, PageView};
use crate::content::load::fetch_content;
use crate::content::Page;
use crate::i18n::language::source_language;
use crate::i18n::page::{load_page, LocalizedPage};
use crate::site_content::use_site_content;

/// Fetches `file` from the content folder, in the reader's language, and
/// renders it.
#[component]
pub fn PageLoader(
    #[prop(into)] file: String,
    /// Shown above the title, such as the newsletter issue's date.
    #[prop(default = None)]
    caption: Option<String>,
) -> impl IntoView {
    let content = use_site_content();
    let glossary = Memo::new(move |_| {
        content
            .pack_state()
            .map(|pack| pack.and_then(|pack| pack.glossary))
    });
    // A page rendered at build time (or fetched before hydrating) shows at
    // once, exactly as the build wrote it.
    if let (Some(page), Some(pack)) = (content.preloaded_page(&file), content.pack_now()) {
        return view! { <PageView page=page glossary=pack.glossary caption=caption file=file/> }
            .into_any();
    }
    let source_file = file.clone();
    let page = LocalResource::new(move || {
        // The frame is rebuilt when the language changes, so the pack is
        // read once here.
        let pack = content.pack_now();
        let manifest = content.manifest.get_untracked().and_then(Result::ok);
        let file = file.clone();
        async move {
            let (Some(pack), Some(manifest)) = (pack, manifest) else {
                // Without a manifest the page can still be shown as written.
                let page = fetch_content::<Page>(file).await?;
                return Ok(LocalizedPage::as_written(page));
            };
            let endpoint = manifest
                .machine_translation
                .as_ref()
                .and_then(|machine| machine.endpoint.clone());
            load_page(pack, source_language(&manifest), endpoint, file).await
        }
    });
    let retry = Callback::new(move |_| page.refetch());
    (move || match (page.get(), glossary.get()) {
        (None, _) | (_, None) => view! { <Loading/> }.into_any(),
        (Some(Err(error)), _) => view! { <ErrorPage error=error on_retry=retry/> }.into_any(),
        (Some(Ok(page)), Some(glossary)) => view! {
            <PageView page=page glossary=glossary caption=caption.clone() file=source_file.clone()/>
        }
        .into_any(),
    })
    .into_any()
}
