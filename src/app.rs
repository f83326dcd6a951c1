//! The page shell: context providers, the address and the landmarks every
//! page shares. The same components render every page to HTML at build time
//! and take that HTML over in the browser.

use leptos::prelude::*;

use crate::components::announcer::{provide_announcer, LiveRegion};
use crate::components::language::TranslationNotice;
use crate::components::layout::{Footer, Header, SkipLink};
use crate::components::page_heading::provide_page_title;
use crate::components::reading_tools::{provide_reading_tools_state, ReadingRuler};
use crate::embedding::frame_height::frame_landmark_label;
use crate::embedding::frame_height::report_height_to_parent;
use crate::embedding::host::host;
use crate::navigation::AppRouter;
use crate::route_focus::provide_route_focus;
use crate::routes::AppRoutes;
use crate::site_content::{
    provide_language_state, provide_site_content, use_words, PreloadedContent, SiteContent,
};
use crate::static_first::browser_facts::provide_browser_facts;
use crate::tools::provide_reading_settings;
use crate::tools::ruler::provide_ruler_position;
use crate::tools::speech::provide_speech;

/// The whole app. With `preloaded` content (pre-rendering, or hydrating a
/// pre-rendered page) it renders synchronously from it; without, it loads
/// what it needs (the drop-in embed).
#[component]
pub fn App(#[prop(default = None)] preloaded: Option<PreloadedContent>) -> impl IntoView {
    let embedded = host().embedded;
    provide_browser_facts();
    let settings = provide_reading_settings(preloaded.is_some());
    let content = provide_site_content(settings, preloaded);
    // An embed leaves the council page's title alone.
    provide_page_title(content, !embedded);
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
        <AppRouter>
            <Shell content=content/>
        </AppRouter>
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
            name_embed_region(content);
        }
    });
    let frame = move || {
        shown_language.get()?;
        Some(view! {
            <SkipLink/>
            <Header/>
            <MainArea>
                <TranslationNotice/>
                <AppRoutes/>
            </MainArea>
            <Footer/>
        })
    };
    view! {
        {frame}
        <LiveRegion/>
        <ReadingRuler/>
    }
}

/// The page's own content. On the site itself it is `<main>`; dropped into
/// a council page, which has its own `<main>`, it is a plain area, since a
/// page may have only one main landmark.
#[component]
fn MainArea(children: Children) -> impl IntoView {
    let host = host();
    if host.embedded {
        view! {
            <div id=host.main_id() class="app-main app-width" tabindex="-1">{children()}</div>
        }
        .into_any()
    } else {
        // Shown by `public/settings-boot.js` if the app's own files cannot
        // load: the page still reads, without its reading tools.
        let not_loaded = use_words().errors.tools_not_loaded.clone();
        view! {
            <main id=host.main_id() class="app-main app-width" tabindex="-1" aria-label=frame_landmark_label()>
                <p class="app-callout app-start-problem" role="alert" hidden>{not_loaded}</p>
                {children()}
            </main>
        }
        .into_any()
    }
}

/// The app's root (`<html>`, or the embed's `<div>`) takes the shown
/// language's `lang` and `dir`, for screen readers, speech, fonts and
/// right-to-left layout.
fn set_root_language(code: &str, dir: &str) {
    let root = host().root();
    let _ = root.set_attribute("lang", code);
    let _ = root.set_attribute("dir", dir);
}

/// In a council page the app is one region among the page's own, named
/// after the site so screen reader users can find it and skip past it.
fn name_embed_region(content: SiteContent) {
    let host = host();
    if !host.embedded {
        return;
    }
    let name = content
        .site_state()
        .and_then(Result::ok)
        .map(|site| site.title)
        .unwrap_or_else(|| {
            crate::i18n::text::english()
                .shell
                .site_name_fallback
                .clone()
        });
    let _ = host.root().set_attribute("aria-label", &name);
}

/// The loading message: `#app-boot` on the site, `[data-send-hub-boot]`
/// inside an embed.
fn remove_boot_message() {
    if let Ok(Some(boot)) = host()
        .root()
        .query_selector("#app-boot, [data-send-hub-boot]")
    {
        boot.remove();
    }
}
