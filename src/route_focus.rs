//! Moves focus to the new page's `<h1>` after the user follows a link, so
//! screen readers announce the new page and keyboard users start from its
//! top. The first page of a visit keeps the browser's own focus.

use leptos::html::H1;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

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
    let pathname = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            focus.request();
        }
        path
    });
    provide_context(focus);
}

/// Focuses `heading` once it is in the page, if a focus move is pending.
pub fn use_focus_on_arrival(heading: NodeRef<H1>) {
    // Outside the router (a component rendered on its own) there is no
    // route to follow, so nothing to do.
    let Some(focus) = use_context::<RouteFocus>() else {
        return;
    };
    Effect::new(move |_| {
        if let Some(element) = heading.get() {
            if focus.pending.get_untracked() {
                focus.pending.set(false);
                let _ = element.focus();
            }
        }
    });
}
