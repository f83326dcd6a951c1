//! The one place the site's addresses are defined.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

use crate::pages::{ContentRoute, HomePage, NewsletterIssueRoute, NotFound};

/// Address of the newsletter index; issues live below it.
pub const NEWSLETTER: &str = "/newsletter";

/// Address of one newsletter issue.
pub fn newsletter_issue(slug: &str) -> String {
    format!("{NEWSLETTER}/{slug}")
}

/// Address of the glossary page.
pub const GLOSSARY: &str = "/glossary";

/// Anchor of a term on the glossary page.
pub fn glossary_term_id(term: &str) -> String {
    let slug: String = term
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("term-{slug}")
}

/// The routes. Content pages come from the manifest, so one `/:slug` route
/// serves them all and a new page needs no rebuild.
#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFound>
            <Route path=path!("/") view=HomePage/>
            <Route path=path!("/newsletter/:issue") view=NewsletterIssueRoute/>
            <Route path=path!("/:slug") view=ContentRoute/>
        </Routes>
    }
}
