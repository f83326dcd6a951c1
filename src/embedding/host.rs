//! Where the app is shown: on its own site (mounted on `<body>`, settings on
//! `<html>`), or dropped into a council's page as
//! `<div data-send-hub data-routing="hash" data-content-url="/content">`
//! (mounted in that `<div>`, settings on the `<div>`, the host page's
//! `<html>`, title and address path left alone).
//!
//! The choice is made once, by the entry point (the browser's start, or the
//! pre-render step, which has no document), and read from anywhere through
//! [`host`].

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use super::content_url::{check_content_url, ContentUrl};
use crate::navigation::address::{clean_base_path, Routing};

/// The attribute that marks the element to mount into.
pub const MOUNT_ATTRIBUTE: &str = "data-send-hub";

/// The class on the app's root element; every style rule is scoped by it.
pub const ROOT_CLASS: &str = "send-hub";

/// How and where the app is shown.
#[derive(Clone)]
pub struct Host {
    /// The embed's `<div>`; `None` on the site itself.
    embed_root: Option<web_sys::Element>,
    /// `true` when dropped into another page.
    pub embedded: bool,
    /// On the site itself, the in-app path of the page (`/glossary`): each
    /// page is its own HTML file, so it never changes.
    pub site_path: String,
    /// How the app keeps its address in the URL.
    pub routing: Routing,
    /// Where the content files come from.
    pub content: ContentUrl,
    /// Problems with the embed's attributes, for the console (each has a
    /// safe fallback, already applied).
    pub warnings: Vec<String>,
}

impl Host {
    /// The element the settings (`data-theme` and so on), `lang` and `dir`
    /// are put on: `<html>` on the site itself, the `<div>` in an embed.
    /// Browser only: call it from effects and event handlers.
    #[mutants::skip] // Browser only: see docs/testing.md.
    pub fn root(&self) -> web_sys::Element {
        self.embed_root.clone().unwrap_or_else(document_root)
    }

    /// The id of the page's main content area. In an embed it carries the
    /// app's name, since the council page very likely has its own `#main`.
    pub fn main_id(&self) -> &'static str {
        if self.embedded {
            "send-hub-main"
        } else {
            "main"
        }
    }
}

thread_local! {
    static HOST: RefCell<Option<Host>> = const { RefCell::new(None) };
}

/// How and where the app is shown (the standalone site in English until an
/// entry point has chosen, as in component tests).
pub fn host() -> Host {
    HOST.with(|host| {
        host.borrow_mut()
            .get_or_insert_with(|| standalone(String::new(), "/".to_string()))
            .clone()
    })
}

/// The standalone site, showing the page at in-app `path` (`/glossary`) in
/// the language whose addresses start with `base` (`""` for the source
/// language, `/pl` for Polish): `/pl/glossary`. Set by the pre-render step
/// for each page it writes, and by the browser for the page it is on.
pub fn use_standalone_site(base: String, path: String) {
    HOST.with(|host| *host.borrow_mut() = Some(standalone(base, path)));
}

/// Finds the embed `<div>`, if the page has one, reads its attributes and
/// remembers the choice. Returns the element to mount into (`None`: the
/// page's `<body>`).
#[mutants::skip] // Browser only: see docs/testing.md.
pub fn choose() -> Option<web_sys::HtmlElement> {
    let mount = leptos::prelude::document()
        .query_selector(&format!("[{MOUNT_ATTRIBUTE}]"))
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let chosen = match &mount {
        Some(element) => embedded(element),
        None => {
            let path = leptos::prelude::window()
                .location()
                .pathname()
                .unwrap_or_else(|_| "/".to_string());
            standalone(String::new(), path)
        }
    };
    let _ = chosen.root().class_list().add_1(ROOT_CLASS);
    for warning in &chosen.warnings {
        web_sys::console::warn_1(&warning.into());
    }
    HOST.with(|host| *host.borrow_mut() = Some(chosen));
    mount
}

#[mutants::skip] // Browser only: see docs/testing.md.
fn document_root() -> web_sys::Element {
    leptos::prelude::document()
        .document_element()
        .expect("a document has a root element")
}

fn standalone(base: String, site_path: String) -> Host {
    Host {
        embed_root: None,
        embedded: false,
        site_path,
        routing: Routing::Path { base },
        content: ContentUrl::default(),
        warnings: Vec::new(),
    }
}

#[mutants::skip] // Browser only: see docs/testing.md.
fn embedded(element: &web_sys::HtmlElement) -> Host {
    let attribute = |name: &str| element.get_attribute(name);
    let mut warnings = Vec::new();
    let routing = match attribute("data-routing").as_deref().map(str::trim) {
        None | Some("") | Some("hash") => Routing::Hash,
        // The site root cannot be a drop-in's base: every page of the
        // council's site would be below it.
        Some("path") => match attribute("data-base-path")
            .as_deref()
            .and_then(clean_base_path)
            .filter(|base| !base.is_empty())
        {
            Some(base) => Routing::Path { base },
            None => {
                warnings.push(
                    "send-hub: data-routing=\"path\" needs data-base-path, a path below the site root such as \"/send\", which the server also answers below; using hash routing instead."
                        .to_string(),
                );
                Routing::Hash
            }
        },
        Some(other) => {
            warnings.push(format!(
                "send-hub: data-routing=\"{other}\" is not known (use \"hash\" or \"path\"); using hash routing."
            ));
            Routing::Hash
        }
    };
    let page = leptos::prelude::window().location();
    let content = check_content_url(
        attribute("data-content-url").as_deref(),
        &page.href().unwrap_or_default(),
    );
    let _ = element.set_attribute("data-embedded", "");
    // One region among the council page's own; named once the site's title
    // is known (app.rs).
    let _ = element.set_attribute("role", "region");
    Host {
        embed_root: Some(element.clone().into()),
        embedded: true,
        site_path: "/".to_string(),
        routing,
        content,
        warnings,
    }
}

/// Uses `url` for content from now on, once the manifest has allowed it.
#[mutants::skip] // Drop-in only, so browser only: see docs/testing.md.
pub fn accept_content_url(url: String) {
    HOST.with(|host| {
        if let Some(host) = host.borrow_mut().as_mut() {
            host.content = ContentUrl::Accepted(url);
        }
    });
}

/// `role="none"` for the app's `<header>` and `<footer>` in a drop-in: the
/// council page has its own banner and content information, and a page may
/// have only one of each.
#[mutants::skip] // Drop-in only, so browser only: see docs/testing.md.
pub fn embedded_role() -> Option<&'static str> {
    host().embedded.then_some("none")
}
