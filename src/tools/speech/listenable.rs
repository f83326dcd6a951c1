//! In click-to-listen mode, every readable block in the main content is
//! focusable, so keyboard users can reach a paragraph and press Enter or
//! Space to hear it. Blocks that arrive later (a new page) are marked too.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MutationObserver, MutationObserverInit};

use super::source::shown_blocks;
use super::LISTEN_ATTRIBUTE;

/// Marks and unmarks blocks as `on` changes.
pub fn keep_blocks_focusable(on: RwSignal<bool>) {
    let observer = StoredValue::new_local(None::<(MutationObserver, Closure<dyn Fn()>)>);
    Effect::new(move || {
        let on = on.get();
        if let Some((old, _)) = observer.try_update_value(Option::take).flatten() {
            old.disconnect();
        }
        let Some(main) = document().get_element_by_id(crate::embedding::host::host().main_id())
        else {
            return;
        };
        if !on {
            unmark(&main);
            return;
        }
        mark(&main);
        let watched = main.clone();
        let on_change = Closure::<dyn Fn()>::new(move || mark(&watched));
        if let Ok(new) = MutationObserver::new(on_change.as_ref().unchecked_ref()) {
            let options = MutationObserverInit::new();
            options.set_child_list(true);
            options.set_subtree(true);
            let _ = new.observe_with_options(&main, &options);
            observer.set_value(Some((new, on_change)));
        }
    });
}

fn mark(main: &web_sys::Element) {
    let has_words = |element: &web_sys::HtmlElement| {
        element
            .text_content()
            .is_some_and(|text| text.chars().any(char::is_alphanumeric))
    };
    for element in shown_blocks(main).into_iter().filter(has_words) {
        if !element.has_attribute(LISTEN_ATTRIBUTE) && !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "0");
            let _ = element.set_attribute(LISTEN_ATTRIBUTE, "");
        }
    }
}

fn unmark(main: &web_sys::Element) {
    let Ok(list) = main.query_selector_all(&format!("[{LISTEN_ATTRIBUTE}]")) else {
        return;
    };
    for index in 0..list.length() {
        if let Some(element) = list
            .get(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        {
            let _ = element.remove_attribute("tabindex");
            let _ = element.remove_attribute(LISTEN_ATTRIBUTE);
        }
    }
}
