//! The page's one `<h1>`, which takes focus after a route change.

use leptos::html::H1;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::embedding::host::host;
use crate::route_focus::use_focus_on_arrival;

/// The page title: the `<h1>` and the browser tab's title.
#[component]
pub fn PageHeading(
    #[prop(into)] text: String,
    /// A line shown above the title, such as "Newsletter – Summer 2020".
    #[prop(default = None)]
    caption: Option<String>,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    use_focus_on_arrival(heading);
    view! {
        // An embed leaves the council page's title alone.
        {(!host().embedded).then(|| view! { <Title text=text.clone()/> })}
        {caption.map(|caption| view! { <p class="app-caption">{caption}</p> })}
        <h1 class="app-heading-xl" tabindex="-1" node_ref=heading>{text}</h1>
    }
}
