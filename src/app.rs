//! The page shell: context providers, the router and the landmarks every
//! page shares.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::Router;

use crate::components::announcer::{provide_announcer, LiveRegion};
use crate::components::language::TranslationNotice;
use crate::components::layout::{Footer, Header, SkipLink};
use crate::components::reading_tools::{provide_reading_tools_state, ReadingRuler};
use crate::embedding::frame_height::frame_landmark_label;
use crate::embedding::frame_height::report_height_to_parent;
use crate::i18n::format::fill;
use crate::route_focus::provide_route_focus;
use crate::routes::AppRoutes;
use crate::site_content::{provide_language_state, provide_site_content, SiteContent};
use crate::tools::provide_reading_settings;
use crate::tools::ruler::provide_ruler_position;
use crate::tools::speech::provide_speech;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let settings = provide_reading_settings();
    let content = provide_site_content(settings);
    // In an iframe, tell the page around it how tall the app is, once the
    // manifest has said which pages may be told.
    let reporting = StoredValue::new(false);
    Effect::new(move || {
        if let Some(Ok(manifest)) = content.manifest.get() {
            if !reporting.get_value() {
                reporting.set_value(true);
                report_height_to_parent(manifest.frame_parent_origins);
            }
        }
    });
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
    provide_language_state();
    // The frame is rebuilt when the shown language changes, so every
    // component picks up the new words; the live region and ruler stay.
    let shown_language = Memo::new(move |_| {
        content
            .pack_state()
            .map(|pack| pack.ok().map(|pack| pack.shown))
    });
    Effect::new(move || {
        if let Some(shown) = shown_language.get() {
            remove_boot_message();
            if let Some(language) = shown {
                set_root_language(&language.code, language.dir.as_str());
            }
        }
    });
    let frame = move || {
        shown_language.get()?;
        Some(view! {
            <SkipLink/>
            <Header/>
            <main id="main" class="app-main app-width" tabindex="-1" aria-label=frame_landmark_label()>
                <TranslationNotice/>
                <AppRoutes/>
            </main>
            <Footer/>
        })
    };
    view! {
        {frame}
        <LiveRegion/>
        <ReadingRuler/>
    }
}

/// `<html lang dir>` follow the shown language, for screen readers, speech,
/// fonts and right-to-left layout.
fn set_root_language(code: &str, dir: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", dir);
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
            .loaded_pack()
            .map(|pack| (pack.site.title, pack.words.shell.page_title.clone()))
    };
    view! {
        <Title formatter=move |page: String| match site_title() {
            Some((site, template)) if page != site => {
                fill(&template, &[("page", &page), ("site", &site)])
            }
            _ => page,
        }/>
    }
}
