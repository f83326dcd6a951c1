use crate::site_content::use_words;
use leptos::prelude::*;

use crate::embedding::host::host;

/// The first thing a keyboard user reaches. Moves focus into `<main>`
/// itself, not just the scroll position, so the next Tab continues there.
#[component]
pub fn SkipLink() -> impl IntoView {
    let words = use_words();
    let main_id = host().main_id();
    let skip = move |ev: leptos::ev::MouseEvent| {
        if let Some(main) = document().get_element_by_id(main_id) {
            ev.prevent_default();
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
                main.scroll_into_view();
            }
        }
    };
    view! {
        <a class="app-skip-link" href=format!("#{main_id}") on:click=skip>{words.shell.skip_link.clone()}</a>
    }
}
