use leptos::prelude::*;

use crate::tools::ruler::use_ruler;

/// The reading ruler's band, and the mask's two shades above and below it.
/// Hidden from assistive technology and transparent to clicks. They cover
/// the app's area only (the whole window on the site itself).
#[component]
pub fn ReadingRuler() -> impl IntoView {
    let ruler = use_ruler();
    let edge = move |index: usize| move || ruler.area.get().css()[index].clone();
    view! {
        <Show when=move || ruler.visible.get()>
            <div
                class="app-ruler"
                aria-hidden="true"
                style:top=edge(0)
                style:left=edge(1)
                style:width=edge(2)
                style:height=edge(3)
                style:--app-ruler-y=move || format!("{}px", ruler.y.get() - ruler.area.get().top)
            >
                <div class="app-ruler__shade app-ruler__shade--above" hidden=move || !ruler.masked.get()></div>
                <div class="app-ruler__band"></div>
                <div class="app-ruler__shade app-ruler__shade--below" hidden=move || !ruler.masked.get()></div>
            </div>
        </Show>
    }
}
