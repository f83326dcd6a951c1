//! The page shell: context providers, the router and the landmarks every
//! page shares.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::Router;

use crate::components::announcer::{provide_announcer, LiveRegion};
use crate::components::layout::{Footer, Header, SkipLink};
use crate::components::reading_tools::{provide_reading_tools_state, ReadingRuler};
use crate::route_focus::provide_route_focus;
use crate::routes::AppRoutes;
use crate::site_content::{provide_site_content, SiteContent};
use crate::tools::provide_reading_settings;
use crate::tools::ruler::provide_ruler_position;
use crate::tools::speech::provide_speech;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_reading_settings();
    let content = provide_site_content();
    view! {
        <Router>
            <SiteTitleFormatter content=content/>
            <Shell content=content/>
        </Router>
    }
}

/// The landmarks. They appear together once the manifest has answered (or
/// failed), so the navigation never pops in and pushes the page down; until
/// then the loading message from `index.html` stays on screen.
#[component]
fn Shell(content: SiteContent) -> impl IntoView {
    provide_route_focus();
    provide_announcer();
    provide_ruler_position();
    provide_speech();
    provide_reading_tools_state();
    let manifest_answered = Memo::new(move |_| content.site.with(Option::is_some));
    Effect::new(move || {
        if manifest_answered.get() {
            remove_boot_message();
        }
    });
    move || {
        if !manifest_answered.get() {
            return ().into_any();
        }
        view! {
            <SkipLink/>
            <Header/>
            <main id="main" class="app-main app-width" tabindex="-1">
                <AppRoutes/>
            </main>
            <Footer/>
            <LiveRegion/>
            <ReadingRuler/>
        }
        .into_any()
    }
}

fn remove_boot_message() {
    if let Some(boot) = document().get_element_by_id("app-boot") {
        boot.remove();
    }
}

/// Every tab title ends with the site's name: "Glossary – Cumbria SEND …".
#[component]
fn SiteTitleFormatter(content: SiteContent) -> impl IntoView {
    let site_title = move || {
        content
            .loaded_site()
            .map(|site| site.title)
            .unwrap_or_default()
    };
    view! {
        <Title formatter=move |page: String| {
            let site = site_title();
            if site.is_empty() || page == site { page } else { format!("{page} – {site}") }
        }/>
    }
}
