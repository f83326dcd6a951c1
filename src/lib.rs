//! send-hub: the SEND improvement programme's pages, rendered from typed
//! JSON content with accessibility built in.

pub mod app;
pub mod components;
pub mod content;
pub mod embedding;
pub mod i18n;
pub mod navigation;
pub mod pages;
pub mod route_focus;
pub mod routes;
pub mod site_content;
pub mod tools;

/// Starts the app (panics, if any, go to the browser console): inside the
/// page's `<div data-send-hub>` if it has one, else on `<body>`. The app
/// replaces the loading message shown while it downloads.
pub fn start() {
    console_error_panic_hook::set_once();
    match embedding::host::choose() {
        Some(element) => leptos::mount::mount_to(element, app::App).forget(),
        None => leptos::mount::mount_to_body(app::App),
    }
}
