//! send-hub: the SEND improvement programme's pages, rendered from typed
//! JSON content with accessibility built in.

pub mod app;
pub mod components;
pub mod content;
pub mod embedding;
pub mod i18n;
pub mod media;
pub mod navigation;
pub mod pages;
pub mod route_focus;
pub mod routes;
pub mod site_content;
pub mod static_first;
pub mod tools;

/// Starts the app (panics, if any, go to the browser console). Inside a
/// council page's `<div data-send-hub>`, it renders there from the JSON; on
/// a page of the site rendered at build time, it takes that page over
/// without redrawing it; on any other page (such as the bare `index.html`
/// a misconfigured server sends for every address) it renders on `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    if let Some(element) = embedding::host::choose() {
        leptos::mount::mount_to(element, || leptos::view! { <app::App/> }).forget();
    } else if let Some(root) = static_first::take_over::prerendered_root() {
        static_first::take_over::take_over(root);
    } else {
        leptos::mount::mount_to_body(|| leptos::view! { <app::App/> });
    }
}
