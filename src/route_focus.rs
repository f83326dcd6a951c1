//! Moves focus to the new page's `<h1>` after the user follows a link, so
//! screen readers announce the new page and keyboard users start from its
//! top. The first page of a visit keeps the browser's own focus.

use leptos::html::H1;
use leptos::prelude::*;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::embedding::host::host;
use crate::navigation::address::{address_from_hash, Routing};
use crate::navigation::{use_app_location, AppLocation};

/// Whether the next `<h1>` to appear should take focus.
#[derive(Clone, Copy)]
pub struct RouteFocus {
    pending: RwSignal<bool>,
}

impl RouteFocus {
    /// Asks the next page heading to take focus, as after a route change or
    /// when the user presses Retry.
    pub fn request(self) {
        self.pending.set(true);
    }
}

/// Watches the route and shares [`RouteFocus`].
pub fn provide_route_focus() {
    let focus = RouteFocus {
        pending: RwSignal::new(false),
    };
    let location = use_app_location();
    Effect::new(move |previous: Option<String>| {
        let path = location
            .map(|location| location.path.get())
            .unwrap_or_default();
        if previous.is_some_and(|previous| previous != path) {
            focus.request();
        }
        path
    });
    // A link to a section of the page already shown changes only the
    // fragment: move focus to that section (in hash routing the browser
    // cannot find `#/page#section` by itself).
    Effect::new(move |previous: Option<(String, Option<String>)>| {
        let now = location
            .map(|location| (location.path.get(), location.fragment.get()))
            .unwrap_or_default();
        if let (Some((path, fragment)), (now_path, Some(_))) = (&previous, &now) {
            if path == now_path && fragment != &now.1 {
                if let Some(target) = fragment_target(location) {
                    focus_section(&target);
                }
            }
        }
        now
    });
    follow_section_links(location);
    provide_context(focus);
}

/// A link to a section of the page shown moves focus and view there every
/// time it is followed: also when the address already names that section
/// (pressed twice, or after Back), when the browser changes nothing and
/// sends no `hashchange`, and in hash routing, where the browser cannot
/// find `#/page#section` by itself.
fn follow_section_links(location: Option<AppLocation>) {
    // Listening starts once the app runs in the browser (once: the effect
    // reads no signal).
    Effect::new(move |_| {
        let on_click =
            Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
                let plain = event.button() == 0
                    && !(event.ctrl_key()
                        || event.meta_key()
                        || event.shift_key()
                        || event.alt_key());
                let Some(id) = plain.then(|| section_linked(&event, location)).flatten() else {
                    return;
                };
                // After the browser (or the app's own address handling) has
                // dealt with the click.
                set_timeout(
                    move || {
                        if let Some(target) = element_in_app(&id) {
                            focus_section(&target);
                        }
                    },
                    std::time::Duration::ZERO,
                );
            });
        let _ = host()
            .root()
            .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        // Lives as long as the page.
        on_click.forget();
    });
}

/// The id of the section of the page shown that a clicked link goes to.
fn section_linked(event: &web_sys::MouseEvent, location: Option<AppLocation>) -> Option<String> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let link: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if !link.target().is_empty() || link.has_attribute("download") {
        return None;
    }
    let shown = location?.path.get_untracked();
    let (path, fragment) = match host().routing {
        Routing::Hash => {
            let address = address_from_hash(&link.hash())?;
            (address.path, address.fragment)
        }
        Routing::Path { .. } => {
            let here = window().location();
            let same_document =
                link.origin() == here.origin().ok()? && link.pathname() == here.pathname().ok()?;
            let hash = link.hash();
            (
                same_document.then_some(shown.clone())?,
                hash.strip_prefix('#').map(str::to_string),
            )
        }
    };
    (path == shown)
        .then_some(fragment)
        .flatten()
        .filter(|id| !id.is_empty())
}

/// Focuses a section heading (or other target) the reader was linked to.
fn focus_section(target: &web_sys::HtmlElement) {
    if !target.has_attribute("tabindex") {
        let _ = target.set_attribute("tabindex", "-1");
    }
    let _ = target.focus();
    target.scroll_into_view();
}

/// Once the page's `heading` is in the document: after a route change,
/// focuses the element the address's `#fragment` names (such as a section
/// heading linked from another page), or else the heading. On the first page
/// of a visit focus stays put, but a `#fragment` is still scrolled to, since
/// the browser looked for it before the content had arrived.
pub fn use_focus_on_arrival(heading: NodeRef<H1>) {
    // Outside the router (a component rendered on its own) there is no
    // route to follow, so nothing to do.
    let Some(focus) = use_context::<RouteFocus>() else {
        return;
    };
    let location = use_app_location();
    Effect::new(move |_| {
        let Some(heading) = heading.get() else {
            return;
        };
        let pending = focus.pending.get_untracked();
        if pending {
            focus.pending.set(false);
        }
        match (fragment_target(location), pending) {
            (Some(target), true) => focus_section(&target),
            (Some(target), false) => target.scroll_into_view(),
            (None, true) => {
                let _ = heading.focus();
            }
            (None, false) => {}
        }
    });
}

/// The element named by the address's `#fragment`, if it is in the app (a
/// council page around a drop-in may use the same id for its own element).
fn fragment_target(location: Option<AppLocation>) -> Option<web_sys::HtmlElement> {
    element_in_app(&location?.fragment.get_untracked()?)
}

/// The app's element with this id (never a council page's own).
fn element_in_app(id: &str) -> Option<web_sys::HtmlElement> {
    let quoted = id.replace('\\', "\\\\").replace('"', "\\\"");
    host()
        .root()
        .query_selector(&format!("[id=\"{quoted}\"]"))
        .ok()??
        .dyn_into()
        .ok()
}
