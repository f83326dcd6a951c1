//! How a failure looks: an alert that names what failed and offers Retry,
//! inside a page that otherwise keeps working.

use leptos::prelude::*;

use super::page_heading::PageHeading;
use crate::content::ContentError;
use crate::route_focus::RouteFocus;
use crate::site_content::use_words;

/// An alert naming the problem, with a Retry button.
#[component]
pub fn ErrorPanel(
    error: ContentError,
    /// Fetches the failed file again.
    on_retry: Callback<()>,
    /// The panel's own heading, such as "There is a problem".
    #[prop(into, default = None)]
    title: Option<String>,
) -> impl IntoView {
    let words = use_words();
    let text = &words.errors;
    let title = title.unwrap_or_else(|| text.panel_title.clone());
    let advice = if error.is_transient() {
        text.advice_transient.clone()
    } else {
        text.advice_fix.clone()
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
            <p class="app-error-panel__message">{error.message(text)}</p>
            <p>{advice}</p>
            <button type="button" class="app-button" on:click=retry>{text.try_again.clone()}</button>
        </div>
    }
}

/// A whole page that could not be shown: a heading, then the alert.
#[component]
pub fn ErrorPage(error: ContentError, on_retry: Callback<()>) -> impl IntoView {
    view! {
        <PageHeading text=use_words().errors.page_title.clone()/>
        <ErrorPanel error=error on_retry=on_retry/>
    }
}
