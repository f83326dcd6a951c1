//! send-hub: the SEND improvement programme's pages, rendered from typed
//! JSON content with accessibility built in.

pub mod app;
pub mod components;
pub mod content;
pub mod embedding;
pub mod i18n;
pub mod pages;
pub mod route_focus;
pub mod routes;
pub mod site_content;
pub mod tools;

/// Starts the app (panics, if any, go to the browser console). The app
/// replaces the loading message `index.html` shows while it downloads.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
