use leptos::prelude::*;

use crate::embedding::frame_height::frame_landmark_label;
use crate::embedding::host::embedded_role;
use crate::navigation::app_href;
use crate::site_content::use_site_content;

/// Footer links (accessibility statement, glossary) and who runs the site.
#[component]
pub fn Footer() -> impl IntoView {
    let content = use_site_content();
    let site = move || content.loaded_site();
    view! {
        <footer class="app-footer" role=embedded_role() aria-label=frame_landmark_label()>
            <div class="app-footer__inner app-width">
                <ul class="app-footer__links">
                    {move || {
                        site()
                            .map(|site| site.footer_links)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|link| view! { <li><a class="app-link" href=app_href(&link.href)>{link.label}</a></li> })
                            .collect_view()
                    }}
                </ul>
                <p class="app-footer__owner">{move || site().map(|site| site.owner)}</p>
            </div>
        </footer>
    }
}
