//! Which page the app shows, and the links between its pages, whichever way
//! the address is kept (see [`address`]).

pub mod address;
mod embedded_path;
mod location;
mod nav_link;

pub use location::{use_app_location, AppLocation, AppRouter};
pub use nav_link::NavLink;

use crate::embedding::host::host;

/// The `href` a link in the page should carry for `href` as written in
/// content or code: in-app addresses follow the routing, others stay.
pub fn app_href(href: &str) -> String {
    let current = leptos::prelude::use_context::<AppLocation>()
        .map(|location| location.path_now())
        .unwrap_or_else(|| "/".to_string());
    address::link_href(&host().routing, href, &current)
}
