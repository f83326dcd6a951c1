//! A drop-in with `data-routing="path"`: the app's pages are real addresses
//! below the base path (`/children/send/glossary`), which the council's
//! server answers with the same page. Only links inside the app are turned
//! into page changes; the council page's own links are left to the browser.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::address::{address_from_path, is_app_page, Address};
use super::location::provide_from_address;
use crate::embedding::host::host;

/// The address now, read from the browser.
fn current(base: &str) -> Address {
    let location = window().location();
    let pathname = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let path = address_from_path(base, &pathname).unwrap_or_else(|| "/".to_string());
    Address::parse(&format!("{path}{hash}"))
}

/// Shares the address below `base`, follows Back and Forward, and turns
/// clicks on the app's own links into page changes.
pub fn provide_embedded_path_location(base: String) {
    let address = RwSignal::new(current(&base));
    provide_from_address(address);
    let base_for_history = base.clone();
    let history = window_event_listener(ev::popstate, move |_| {
        address.set(current(&base_for_history));
    });
    on_cleanup(move || history.remove());

    let root = host().root();
    let on_click =
        Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
            if let Some(href) = app_link_clicked(&event, &base) {
                event.prevent_default();
                if let Ok(history) = window().history() {
                    let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&href));
                }
                address.set(current(&base));
            }
        });
    let _ = root.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_click.forget();
}

/// The address of the app page a plain click on one of the app's links
/// goes to, or `None` for anything the browser should handle itself (a new
/// tab, a download, another site, a file, a page outside the base path).
fn app_link_clicked(event: &web_sys::MouseEvent, base: &str) -> Option<String> {
    let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
    if event.default_prevented() || event.button() != 0 || modified {
        return None;
    }
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let link: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if !link.target().is_empty() || link.has_attribute("download") {
        return None;
    }
    let here = window().location().origin().ok()?;
    let to_here = link.origin() == here;
    (to_here && is_app_page(base, &link.pathname())).then(|| link.href())
}
