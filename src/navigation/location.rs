//! The current in-app address as signals. On the site itself every page is
//! its own HTML file, so the address is fixed for the page's life (only the
//! `#section` changes); in a drop-in it comes from the URL path below a base
//! (`embedded_path`) or from the URL fragment, where the browser itself
//! follows `#/…` links and Back.

use leptos::ev;
use leptos::prelude::*;

use super::address::{address_from_hash, Address, Routing};
use crate::embedding::host::host;

/// The page being shown.
#[derive(Clone, Copy)]
pub struct AppLocation {
    /// The in-app path, such as `/glossary`.
    pub path: Memo<String>,
    /// The section named after `#`, if any.
    pub fragment: Memo<Option<String>>,
}

impl AppLocation {
    /// The path now, without tracking.
    pub fn path_now(&self) -> String {
        self.path.get_untracked()
    }
}

/// The current address (the site root outside [`AppRouter`]).
pub fn use_app_location() -> Option<AppLocation> {
    use_context::<AppLocation>()
}

/// Keeps the address the way the host chose, and shares it as
/// [`AppLocation`] with everything inside.
#[component]
pub fn AppRouter(children: Children) -> impl IntoView {
    let host = host();
    match host.routing {
        Routing::Path { .. } if !host.embedded => provide_page_location(host.site_path.clone()),
        Routing::Path { base } => super::embedded_path::provide_embedded_path_location(base),
        Routing::Hash => provide_hash_location(),
    }
    children()
}

/// The site's own page: its path never changes; links to its sections
/// change the fragment, which the browser reports with `hashchange`.
fn provide_page_location(path: String) {
    let read_fragment = || {
        let hash = window().location().hash().unwrap_or_default();
        let id = hash.strip_prefix('#').unwrap_or(&hash).to_string();
        (!id.is_empty()).then_some(id)
    };
    // Rendered with no fragment (as the build does); the browser has
    // already scrolled to any section the address names.
    let address = RwSignal::new(Address::parse(&path));
    Effect::new(move |_| {
        let listener = window_event_listener(ev::hashchange, move |_| {
            let fragment = read_fragment();
            address.update(|address| address.fragment = fragment);
        });
        on_cleanup(move || listener.remove());
    });
    provide_from_address(address);
}

/// Follows `#/page#section` in the address; no fragment at all (as when Back
/// returns to the council page's own address) is the home page. A fragment
/// that is not an app address (the council page's own `#content`, say)
/// leaves the app where it is.
fn provide_hash_location() {
    let read = || {
        let hash = window().location().hash().unwrap_or_default();
        if hash.is_empty() || hash == "#" {
            Some(Address::parse("/"))
        } else {
            address_from_hash(&hash)
        }
    };
    let address = RwSignal::new(read().unwrap_or_else(|| Address::parse("/")));
    let listener = window_event_listener(ev::hashchange, move |_| {
        if let Some(now) = read() {
            address.set(now);
        }
    });
    on_cleanup(move || listener.remove());
    provide_from_address(address);
}

/// Shares `address` as [`AppLocation`].
pub(super) fn provide_from_address(address: RwSignal<Address>) {
    let path = Memo::new(move |_| address.with(|address| address.path.clone()));
    let fragment = Memo::new(move |_| address.with(|address| address.fragment.clone()));
    provide_context(AppLocation { path, fragment });
}
