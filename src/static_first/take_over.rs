//! In the browser: take over a page that was rendered at build time.
//!
//! The page's content files are fetched (the page preloads them, so they
//! are already on their way) and read exactly as the build read them. When
//! their fingerprint matches the one the build wrote into the page, the app
//! hydrates the page: the elements the reader sees, and their focus,
//! selection and screen reader position, stay as they are. When an editor
//! has changed the content on the server since the build, the app renders
//! the page fresh from the current content instead. If the content cannot
//! be fetched (no network) or no longer passes its checks, the pre-rendered
//! page stays as it is, readable, with an alert at the top of its main
//! content that names the problem and offers Try again; the reading tools,
//! which need the content, stay hidden.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::page_data::{fingerprint, language_base, read_page};
use super::ROOT_ID;
use crate::app::App;
use crate::components::ErrorPanel;
use crate::content::load::fetch_text;
use crate::content::ContentError;
use crate::embedding::host::use_standalone_site;

/// The element the build rendered the page into, if this page has one.
pub fn prerendered_root() -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(ROOT_ID)
        .filter(|root| root.has_attribute("data-content-fingerprint"))
        .and_then(|root| root.dyn_into().ok())
}

/// Starts the app on the pre-rendered page in `root`.
pub fn take_over(root: web_sys::HtmlElement) {
    let attribute = |name: &str| root.get_attribute(name).unwrap_or_default();
    let path = attribute("data-page-path");
    let language = attribute("data-page-language");
    let built = attribute("data-content-fingerprint");
    // Before the app is mounted, so outside its task runner.
    wasm_bindgen_futures::spawn_local(async move {
        let read = |file: String| async move { fetch_text(&format!("/{file}"), &file).await };
        match read_page(&language, &path, read).await {
            Ok((content, files)) => {
                let source = crate::i18n::language::source_language(&content.manifest).code;
                use_standalone_site(language_base(&language, &source), path);
                if fingerprint(&files) == built {
                    leptos::mount::hydrate_from(root, move || {
                        view! { <App preloaded=Some(content)/> }
                    })
                    .forget();
                } else {
                    // The content changed since the build: show it as it is now.
                    root.set_inner_html("");
                    leptos::mount::mount_to(root, move || view! { <App preloaded=Some(content)/> })
                        .forget();
                }
            }
            Err(error) => show_start_problem(error),
        }
    });
}

/// An alert at the top of the page's main content naming why the app could
/// not start, with Try again (which loads the page again). The words are the
/// built-in English ones: the page's own language could not be loaded.
fn show_start_problem(error: ContentError) {
    let Some(main) = document().get_element_by_id(crate::embedding::host::host().main_id()) else {
        return;
    };
    let Ok(holder) = document().create_element("div") else {
        return;
    };
    let _ = holder.set_attribute("lang", "en");
    let _ = holder.set_attribute("dir", "ltr");
    let _ = main.prepend_with_node_1(&holder);
    let Ok(holder) = holder.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let title = crate::i18n::text::english().errors.start_title.clone();
    let reload = Callback::new(|_| {
        let _ = window().location().reload();
    });
    leptos::mount::mount_to(holder, move || {
        view! { <ErrorPanel error=error on_retry=reload title=Some(title)/> }
    })
    .forget();
}
