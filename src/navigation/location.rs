//! The current in-app address as signals, from the URL path (through
//! leptos_router, which also turns link clicks into page changes) or from
//! the URL fragment (the browser itself follows `#/…` links and Back).

use leptos::ev;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use super::address::{address_from_hash, address_from_path, Address, Routing};
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
        // leptos_router's Router takes over clicks on links anywhere in the
        // document, so a drop-in, which shares its document with the
        // council page, keeps its own address below the base path.
        Routing::Path { base } if host.embedded => {
            super::embedded_path::provide_embedded_path_location(base);
            children().into_any()
        }
        Routing::Path { base } => view! {
            <Router base=base.clone()>
                <FromPath base=base>{children()}</FromPath>
            </Router>
        }
        .into_any(),
        Routing::Hash => {
            provide_hash_location();
            children().into_any()
        }
    }
}

#[component]
fn FromPath(base: String, children: Children) -> impl IntoView {
    let location = use_location();
    let path = Memo::new(move |_| {
        address_from_path(&base, &location.pathname.get()).unwrap_or_else(|| "/".to_string())
    });
    let fragment = Memo::new(move |_| {
        let hash = location.hash.get();
        let id = hash.strip_prefix('#').unwrap_or(&hash);
        (!id.is_empty()).then(|| id.to_string())
    });
    // The router puts a clicked link's address in the address bar once the
    // new page is ready to show; this app's pages show straight away.
    let browser = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        location.pathname.track();
        location.hash.track();
        if let Some(browser) = &browser {
            browser.ready_to_complete();
        }
    });
    provide_context(AppLocation { path, fragment });
    children()
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
