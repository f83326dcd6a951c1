use leptos::prelude::*;

use crate::tools::ruler::use_ruler;

/// The reading ruler's band, and the mask's two shades above and below it.
/// Hidden from assistive technology and transparent to clicks.
#[component]
pub fn ReadingRuler() -> impl IntoView {
    let ruler = use_ruler();
    view! {
        <Show when=move || ruler.visible.get()>
            <div class="app-ruler" aria-hidden="true" style:--app-ruler-y=move || format!("{}px", ruler.y.get())>
                <div class="app-ruler__shade app-ruler__shade--above" hidden=move || !ruler.masked.get()></div>
                <div class="app-ruler__band"></div>
                <div class="app-ruler__shade app-ruler__shade--below" hidden=move || !ruler.masked.get()></div>
            </div>
        </Show>
    }
}
