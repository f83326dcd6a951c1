//! Inside an iframe, the app tells the page around it how tall it is, so the
//! frame can grow to fit and never shows a scroll bar of its own.
//!
//! Message, sent on load and whenever the height changes:
//! `{ "type": "send-hub:height", "height": 1234, "path": "/glossary" }`
//! (`height` in CSS pixels, a whole number). It goes only to this site's own
//! origin and the origins listed in `site.json`'s `frame_parent_origins`:
//! a page anywhere else cannot read it. `public/embed/frame.js` is the
//! matching script for the page around the frame.

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message `type`.
pub const HEIGHT_MESSAGE: &str = "send-hub:height";

/// `true` when the app is shown inside a frame as a page of its own. A
/// drop-in on a council page that is itself framed (a content management
/// system's preview, say) is not: that frame and its height are the
/// council page's.
#[mutants::skip] // Browser only: see docs/testing.md.
pub fn in_frame() -> bool {
    if crate::embedding::host::host().embedded {
        return false;
    }
    let window = window();
    window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !Object::is(&parent, &window))
}

/// Inside a frame the page's landmarks sit beside the council page's own,
/// so each is named after the site (`aria-label`) to tell them apart. Known
/// only once the app runs (the pre-rendered page cannot know it is framed).
#[mutants::skip] // Browser only: see docs/testing.md.
pub fn frame_landmark_label() -> Signal<Option<String>> {
    let facts = crate::static_first::browser_facts::use_browser_facts();
    let title = use_context::<crate::site_content::SiteContent>()
        .and_then(|content| content.pack_now())
        .map(|pack| pack.site.title);
    Signal::derive(move || facts.framed.get().then(|| title.clone()).flatten())
}

/// Starts reporting the height to the parent page, if there is one. `allowed`
/// are the other origins the manifest lets frame the site.
#[mutants::skip] // Browser only: see docs/testing.md.
pub fn report_height_to_parent(allowed: Vec<String>) {
    if !in_frame() {
        return;
    }
    let Some(parent) = window().parent().ok().flatten() else {
        return;
    };
    // The page is only as tall as its content in a frame (no full-screen
    // minimum height, which would grow with the frame and never stop).
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-framed", "");
    }
    let mut targets = vec![window().location().origin().unwrap_or_default()];
    targets.extend(allowed);
    targets.retain(|origin| origin.starts_with("http"));
    let last = std::rc::Rc::new(std::cell::Cell::new(0_i32));
    let send = {
        let last = std::rc::Rc::clone(&last);
        move || {
            let Some(body) = document().body() else {
                return;
            };
            let height = (body.get_bounding_client_rect().bottom()
                + window().scroll_y().unwrap_or(0.0))
            .ceil() as i32;
            // A pixel either way is rounding, not a change: reporting it
            // could start a loop of its own.
            if (height - last.get()).abs() <= 1 {
                return;
            }
            last.set(height);
            let message = Object::new();
            let _ = Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = Reflect::set(&message, &"height".into(), &height.into());
            let path = window().location().pathname().unwrap_or_default();
            let _ = Reflect::set(&message, &"path".into(), &path.into());
            for origin in &targets {
                // A target that is not the parent's origin is simply not delivered.
                let _ = parent.post_message(&message, origin);
            }
        }
    };
    send();
    let on_resize = Closure::<dyn Fn()>::new(send);
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
    }
    // Lives as long as the page.
    on_resize.forget();
    // Once the parent page has made the frame as tall as reported, it is
    // listening: from then on the page never shows a scroll bar of its own
    // (`data-frame-fitted`, style/layout.css). A scroll bar that comes and
    // goes would change the page's width, so its height, so the frame's, for
    // ever. A parent that does not listen leaves the frame scrollable.
    let fitted = Closure::<dyn Fn()>::new(move || {
        let inner = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if last.get() > 0 && (inner - f64::from(last.get())).abs() <= 1.0 {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-frame-fitted", "");
            }
        }
    });
    let _ = window().add_event_listener_with_callback("resize", fitted.as_ref().unchecked_ref());
    fitted.forget();
}
