//! The page's one `<h1>`, which takes focus after a route change, and the
//! browser tab's title that goes with it.

use leptos::html::H1;
use leptos::prelude::*;

use crate::i18n::format::fill;
use crate::route_focus::use_focus_on_arrival;
use crate::site_content::{use_site_content, SiteContent};

/// The page title: the `<h1>`, and (through [`PageTitle`]) the browser
/// tab's title. Under it, on every page, the manifest's `as_of` line says
/// when the site's information is from.
#[component]
pub fn PageHeading(
    #[prop(into)] text: String,
    /// A line shown above the title, such as "Newsletter – Summer 2020".
    #[prop(default = None)]
    caption: Option<String>,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    use_focus_on_arrival(heading);
    if let Some(title) = use_context::<PageTitle>() {
        title.0.set(Some(text.clone()));
    }
    let content = use_site_content();
    let as_of = move || {
        content
            .loaded_site()
            .and_then(|site| site.as_of)
            .map(|as_of| view! { <p class="app-as-of">{as_of}</p> })
    };
    view! {
        {caption.map(|caption| view! { <p class="app-caption">{caption}</p> })}
        <h1 class="app-heading-xl" tabindex="-1" node_ref=heading>{text}</h1>
        {as_of}
    }
}

/// The title of the page shown, as its `<h1>` says it.
#[derive(Clone, Copy)]
pub struct PageTitle(pub RwSignal<Option<String>>);

/// Shares [`PageTitle`]. On the site itself (not in a drop-in, which leaves
/// the council page's title alone) the browser tab's title follows it, such
/// as "Glossary – SEND Improvement Programme"; the pre-render step writes the
/// same title into each page's `<title>`.
/// An entry point that wants to read the title afterwards (the pre-render
/// step) provides its own first.
pub fn provide_page_title(content: SiteContent, set_document_title: bool) -> PageTitle {
    let title = use_context::<PageTitle>().unwrap_or_else(|| PageTitle(RwSignal::new(None)));
    provide_context(title);
    if set_document_title {
        Effect::new(move || {
            if let Some(full) = full_title(content, title) {
                if leptos::prelude::document().title() != full {
                    leptos::prelude::document().set_title(&full);
                }
            }
        });
    }
    title
}

/// The browser tab's title for the page shown (tracked).
pub fn full_title(content: SiteContent, title: PageTitle) -> Option<String> {
    let page = title.0.get()?;
    Some(match content.loaded_pack() {
        Some(pack) => compose_title(&page, &pack.site.title, &pack.words.shell.page_title),
        None => page,
    })
}

/// "Page – Site" (the words' `page_title` pattern, such as
/// `"{page} – {site}"`), or the site's name alone on the home page, whose
/// `<h1>` is the site's name.
pub fn compose_title(page: &str, site: &str, pattern: &str) -> String {
    if page == site {
        page.to_string()
    } else {
        fill(pattern, &[("page", page), ("site", site)])
    }
}
