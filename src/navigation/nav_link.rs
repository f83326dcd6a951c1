//! A navigation link that says which page is current.

use leptos::prelude::*;

use super::{app_href, use_app_location};

/// A link to an in-app address, with `aria-current="page"` while that page
/// (or, unless `exact`, a page below it) is shown.
#[component]
pub fn NavLink(
    href: String,
    /// Current only on exactly this address (for the home page).
    #[prop(default = false)]
    exact: bool,
    children: Children,
) -> impl IntoView {
    let location = use_app_location();
    let target = href.split('#').next().unwrap_or_default().to_string();
    let current = move || {
        let path = location.map(|location| location.path.get())?;
        let here = path == target
            || (!exact && path.starts_with(&format!("{}/", target.trim_end_matches('/'))));
        here.then_some("page")
    };
    view! { <a href=app_href(&href) aria-current=current>{children()}</a> }
}
