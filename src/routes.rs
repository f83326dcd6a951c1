//! The one place the site's addresses are defined.

use leptos::prelude::*;

use crate::navigation::use_app_location;
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

/// The page an in-app path shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`
    Home,
    /// `/newsletter/:issue`
    NewsletterIssue(String),
    /// `/:slug`: any content page in the manifest.
    Content(String),
    /// Anything else.
    NotFound,
}

/// Matches an in-app path (a trailing `/` is ignored) to its page. Content
/// pages come from the manifest, so one `/:slug` route serves them all and a
/// new page needs no rebuild.
pub fn match_route(path: &str) -> Route {
    let trimmed = path.trim_end_matches('/');
    let parts: Vec<&str> = trimmed.split('/').skip(1).collect();
    let plain = |part: &&str| !part.is_empty();
    match parts.as_slice() {
        [] => Route::Home,
        ["newsletter", issue] if plain(issue) => Route::NewsletterIssue(issue.to_string()),
        [slug] if plain(slug) => Route::Content(slug.to_string()),
        _ => Route::NotFound,
    }
}

/// The page for the current address, rebuilt when the address changes.
#[component]
pub fn AppRoutes() -> impl IntoView {
    let location = use_app_location();
    let route = Memo::new(move |_| {
        location.map_or(Route::Home, |location| match_route(&location.path.get()))
    });
    move || match route.get() {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::NewsletterIssue(issue) => view! { <NewsletterIssueRoute issue=issue/> }.into_any(),
        Route::Content(slug) => view! { <ContentRoute slug=slug/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    }
}
