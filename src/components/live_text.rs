//! Text the app changes after the page is shown (the action count, the
//! read-aloud status, the Pause/Resume label, announcements) must keep
//! changing on screen when a page translator has been at it.
//!
//! Chrome's "Translate this page" replaces each text node it translates
//! with `<font>` elements. The framework then updates its own text node,
//! which is no longer on the page, and the reader sees the old text for
//! ever. [`keep_text_shown`] watches the same text: when the element no
//! longer shows it, the text becomes the element's whole content again
//! (and the translator translates it afresh). `translate="no"` is not used:
//! the reader asked for the page in their language.
//!
//! The rule for new components: an element whose text changes holds only
//! that text, and calls [`keep_text_shown`] with a `NodeRef` to it.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Keeps `text` as what the element behind `node` shows, even after
/// something else (a translator) has replaced the element's text nodes.
/// It runs after the framework's own update and hydration, and only
/// touches the element when it shows something else.
pub fn keep_text_shown<E>(node: NodeRef<E>, text: impl Fn() -> String + Send + Sync + 'static)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        let text = text();
        if let Some(element) = node.get() {
            let element: web_sys::Element = element.unchecked_into();
            if element.text_content().as_deref() != Some(text.as_str()) {
                element.set_text_content(Some(&text));
            }
        }
    });
}
