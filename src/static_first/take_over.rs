//! In the browser: take over a page that was rendered at build time.
//!
//! The page's content files are fetched (the page preloads them, so they
//! are already on their way) and read exactly as the build read them. When
//! their fingerprint matches the one the build wrote into the page, the app
//! hydrates the page: the elements the reader sees, and their focus,
//! selection and screen reader position, stay as they are. When an editor
//! has changed the content on the server since the build, the app renders
//! the page fresh from the current content instead. If the content cannot
//! be fetched (no network), the pre-rendered page stays as it is, readable,
//! without the reading tools; if it no longer passes the checks, the app
//! starts as it does in an embed and shows what is wrong.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::page_data::{language_base, read_page, FileText};
use super::ROOT_ID;
use crate::app::App;
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
                if fingerprint_of(&files) == built {
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
            Err(error) if is_network(&error) => {
                web_sys::console::warn_1(
                    &format!("send-hub: the reading tools could not start: {error}").into(),
                );
            }
            Err(_) => {
                // Let the app load the content itself and name the problem,
                // with a way to try again.
                let here = window().location().pathname().unwrap_or_default();
                let base = format!("/{language}");
                let in_language = here == base || here.starts_with(&format!("{base}/"));
                use_standalone_site(if in_language { base } else { String::new() }, path);
                root.set_inner_html("");
                leptos::mount::mount_to(root, || view! { <App/> }).forget();
            }
        }
    });
}

fn fingerprint_of(files: &[FileText]) -> String {
    super::page_data::fingerprint(files)
}

fn is_network(error: &ContentError) -> bool {
    matches!(
        error,
        ContentError::Network { .. } | ContentError::Timeout { .. } | ContentError::Http { .. }
    )
}
