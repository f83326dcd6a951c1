use leptos::prelude::*;

use crate::embedding::host::host;
use crate::navigation::NavLink;
use crate::site_content::{use_site_content, use_words};

/// The main navigation from the manifest. The current section's link has
/// `aria-current="page"`. Links wrap onto more lines on narrow screens
/// rather than hiding behind a menu button.
#[component]
pub fn Navigation() -> impl IntoView {
    let content = use_site_content();
    let label = use_words().shell.main_navigation.clone();
    // Dropped into a council page, which has its own main navigation, the
    // app's says whose it is.
    let label = match content.pack_now() {
        Some(pack) if host().embedded => format!("{} – {label}", pack.site.title),
        _ => label,
    };
    let items = move || {
        content
            .loaded_site()
            .map(|site| site.navigation)
            .unwrap_or_default()
    };
    view! {
        <nav class="app-nav" aria-label=label>
            <ul class="app-nav__list app-width">
                {move || {
                    items()
                        .into_iter()
                        .map(|item| {
                            let exact = item.href == "/";
                            view! {
                                <li class="app-nav__item">
                                    <NavLink href=item.href exact=exact>{item.label}</NavLink>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </nav>
    }
}
