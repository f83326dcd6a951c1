//! The page shell: context providers, the router and the landmarks every
//! page shares.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::Router;

use crate::components::layout::{Footer, Header, SkipLink};
use crate::route_focus::provide_route_focus;
use crate::routes::AppRoutes;
use crate::site_content::{provide_site_content, SiteContent};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let content = provide_site_content();
    view! {
        <Router>
            <SiteTitleFormatter content=content/>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    provide_route_focus();
    view! {
        <SkipLink/>
        <Header/>
        <main id="main" class="app-main app-width" tabindex="-1">
            <AppRoutes/>
        </main>
        <Footer/>
    }
}

/// Every tab title ends with the site's name: "Glossary – Cumbria SEND …".
#[component]
fn SiteTitleFormatter(content: SiteContent) -> impl IntoView {
    let site_title = move || {
        content
            .site
            .get()
            .and_then(Result::ok)
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
