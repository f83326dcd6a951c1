use leptos::prelude::*;

use super::Playback;

/// A link that plays the video from `seconds`. Its address is the video
/// file at that moment (a W3C Media Fragments `#t=` address), which the
/// browser's own player opens when the app is not running; with the app,
/// a plain click or Enter moves the page's player there and plays.
#[component]
pub fn SeekLink(
    seconds: f64,
    video_src: String,
    playback: Playback,
    #[prop(into)] class: String,
    children: Children,
) -> impl IntoView {
    let href = format!("{video_src}#t={seconds:.3}");
    let on_click = move |event: web_sys::MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        if event.button() == 0 && !modified {
            event.prevent_default();
            playback.play_from(seconds);
        }
    };
    view! { <a class=class href=href on:click=on_click>{children()}</a> }
}
