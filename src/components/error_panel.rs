//! How a failure looks: an alert that names what failed and offers Retry,
//! inside a page that otherwise keeps working.

use leptos::prelude::*;

use super::page_heading::PageHeading;
use crate::content::ContentError;
use crate::route_focus::RouteFocus;

/// An alert naming the problem, with a Retry button.
#[component]
pub fn ErrorPanel(
    error: ContentError,
    /// Fetches the failed file again.
    on_retry: Callback<()>,
    /// The panel's own heading, such as "There is a problem".
    #[prop(into, default = "There is a problem".to_string())]
    title: String,
) -> impl IntoView {
    let advice = if error.is_transient() {
        "This may be a short break in the connection. Press Try again."
    } else {
        "The people who look after this site need to correct the file. You can still use the rest of the site, or press Try again once it has been fixed."
    };
    let retry = move |_| {
        if let Some(focus) = use_context::<RouteFocus>() {
            focus.request();
        }
        on_retry.run(());
    };
    view! {
        <div class="app-error-panel" role="alert">
            <h2 class="app-error-panel__title">{title}</h2>
            <p class="app-error-panel__message">{error.to_string()}</p>
            <p>{advice}</p>
            <button type="button" class="app-button" on:click=retry>"Try again"</button>
        </div>
    }
}

/// A whole page that could not be shown: a heading, then the alert.
#[component]
pub fn ErrorPage(error: ContentError, on_retry: Callback<()>) -> impl IntoView {
    view! {
        <PageHeading text="Sorry, this page could not be shown"/>
        <ErrorPanel error=error on_retry=on_retry/>
    }
}
