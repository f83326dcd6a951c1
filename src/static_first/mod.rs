//! Static-first pages: every route in every shipped language is rendered to
//! HTML at build time by the app's own components (`src/bin/prerender.rs`),
//! and the app in the browser takes that HTML over (hydrates it) without
//! redrawing it.
//!
//! - [`page_data`]: which content files a page is made from, the content
//!   fingerprint over them, and the content built from their text. The
//!   build and the browser use the same functions, so they agree.
//! - [`browser_facts`]: what only the browser knows, set after mount.
//! - `take_over` (browser): fetch the page's files, compare the
//!   fingerprint, hydrate, or render fresh when the content changed since
//!   the build.
//! - `document` (build): the HTML file for one page; `build`: every page
//!   in every language into the built site.

pub mod browser_facts;
#[cfg(feature = "ssr")]
pub mod build;
#[cfg(feature = "ssr")]
pub mod document;
pub mod page_data;
#[cfg(target_arch = "wasm32")]
pub mod take_over;

/// The id of the element the pages are rendered into and hydrated from.
pub const ROOT_ID: &str = "app-root";
