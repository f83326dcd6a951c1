//! A sign language (BSL) version of the video, on request: shown beside
//! the video or over one of its corners, in one of three sizes, and kept
//! in step with it (play, pause, moving, speed). Its controls are native
//! form controls, so it is moved and resized by keyboard like anything
//! else on the page. Nothing of it is downloaded until it is shown.

use leptos::html;
use leptos::prelude::*;

use super::switch::VideoSwitch;
use super::Playback;
use crate::components::RichText;
use crate::content::SignLanguageVideo;
use crate::site_content::use_words;

/// How far the sign language video may drift from the main one before it
/// is moved back into step, in seconds. The main video reports where it is
/// every 15 to 250 ms (HTML standard, `timeupdate`).
pub const MAX_DRIFT_SECONDS: f64 = 0.15;

/// Where the sign language video is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignPlace {
    /// Beside the video (under it on a narrow screen).
    Beside,
    /// Over the video's bottom right corner (bottom left in right-to-left).
    BottomEnd,
    /// Over the video's bottom left corner.
    BottomStart,
    /// Over the video's top right corner.
    TopEnd,
    /// Over the video's top left corner.
    TopStart,
}

impl SignPlace {
    const ALL: [SignPlace; 5] = [
        Self::Beside,
        Self::BottomEnd,
        Self::BottomStart,
        Self::TopEnd,
        Self::TopStart,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Self::Beside => "beside",
            Self::BottomEnd => "bottom-end",
            Self::BottomStart => "bottom-start",
            Self::TopEnd => "top-end",
            Self::TopStart => "top-start",
        }
    }
}

/// How big the sign language video is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignSize {
    /// A quarter of the video's width.
    Small,
    /// A third.
    Medium,
    /// A half.
    Large,
}

impl SignSize {
    const ALL: [SignSize; 3] = [Self::Small, Self::Medium, Self::Large];

    fn as_str(self) -> &'static str {
        match self {
            Self::Small => "small",
            Self::Medium => "medium",
            Self::Large => "large",
        }
    }
}

/// The reader's choices, shared by the controls and the video.
#[derive(Clone, Copy)]
pub struct SignState {
    /// Shown or not.
    pub shown: RwSignal<bool>,
    /// Where.
    pub place: RwSignal<SignPlace>,
    /// How big.
    pub size: RwSignal<SignSize>,
}

impl SignState {
    /// Hidden, beside the video, medium.
    pub fn new() -> Self {
        Self {
            shown: RwSignal::new(false),
            place: RwSignal::new(SignPlace::Beside),
            size: RwSignal::new(SignSize::Medium),
        }
    }

    /// The data attributes the stage's layout follows.
    pub fn place_name(self) -> Option<&'static str> {
        self.shown.get().then(|| self.place.get().as_str())
    }
}

/// The sign language video, in the stage with the main video.
#[component]
pub fn SignVideo(video: SignLanguageVideo, state: SignState, playback: Playback) -> impl IntoView {
    let sign = NodeRef::<html::Video>::new();
    Effect::new(move |_| {
        let playing = playback.playing.get();
        let rate = playback.rate.get();
        let position = playback.position.get();
        if let Some(sign) = sign.get() {
            keep_in_step(&sign, playing, rate, position);
        }
    });
    let SignLanguageVideo {
        src,
        mime_type,
        label,
        sample_notice,
    } = video;
    move || {
        state.shown.get().then(|| {
            let notice = sample_notice.clone();
            view! {
                <figure class="app-sign" data-size=move || state.size.get().as_str()>
                    <video class="app-sign__video" node_ref=sign muted=true playsinline=true preload="auto"
                        aria-label=label.clone()>
                        <source src=src.clone() type=mime_type.clone()/>
                    </video>
                    <figcaption class="app-sign__caption">
                        {label.clone()}
                        {notice.map(|notice| view! { <span class="app-sign__notice"> " " <RichText text=notice/></span> })}
                    </figcaption>
                </figure>
            }
        })
    }
}

/// Moves `sign` into step with the main video.
#[mutants::skip] // Browser only: see docs/testing.md.
fn keep_in_step(sign: &web_sys::HtmlVideoElement, playing: bool, rate: f64, position: Option<f64>) {
    if (sign.playback_rate() - rate).abs() > f64::EPSILON {
        sign.set_playback_rate(rate);
    }
    if let Some(position) = position {
        if (sign.current_time() - position).abs() > MAX_DRIFT_SECONDS {
            sign.set_current_time(position);
        }
    }
    if playing && sign.paused() {
        let _ = sign.play();
    } else if !playing && !sign.paused() {
        let _ = sign.pause();
    }
}

/// "Show sign language", and where and how big, under the player.
#[component]
pub fn SignControls(state: SignState, id: String) -> impl IntoView {
    let words = use_words();
    let text = &words.video;
    let switch_id = format!("{id}-sign");
    let place_id = format!("{id}-sign-place");
    let size_id = format!("{id}-sign-size");
    let place_label = |place: SignPlace| match place {
        SignPlace::Beside => text.sign_beside.clone(),
        SignPlace::BottomEnd => text.sign_bottom_right.clone(),
        SignPlace::BottomStart => text.sign_bottom_left.clone(),
        SignPlace::TopEnd => text.sign_top_right.clone(),
        SignPlace::TopStart => text.sign_top_left.clone(),
    };
    let size_label = |size: SignSize| match size {
        SignSize::Small => text.sign_small.clone(),
        SignSize::Medium => text.sign_medium.clone(),
        SignSize::Large => text.sign_large.clone(),
    };
    let places = SignPlace::ALL
        .into_iter()
        .map(|place| view! { <option value=place.as_str() selected=move || state.place.get() == place>{place_label(place)}</option> })
        .collect_view();
    let sizes = SignSize::ALL
        .into_iter()
        .map(|size| view! { <option value=size.as_str() selected=move || state.size.get() == size>{size_label(size)}</option> })
        .collect_view();
    let choose_place = move |event| {
        let value = event_target_value(&event);
        if let Some(place) = SignPlace::ALL
            .into_iter()
            .find(|place| place.as_str() == value)
        {
            state.place.set(place);
        }
    };
    let choose_size = move |event| {
        let value = event_target_value(&event);
        if let Some(size) = SignSize::ALL
            .into_iter()
            .find(|size| size.as_str() == value)
        {
            state.size.set(size);
        }
    };
    view! {
        <div class="app-sign-controls">
            <VideoSwitch id=switch_id label=text.show_sign_language.clone() checked=state.shown
                on_change=Callback::new(move |on| state.shown.set(on))/>
            <div class="app-sign-controls__layout" hidden=move || !state.shown.get()>
                <div class="app-field">
                    <label class="app-field__label" for=place_id.clone()>{text.sign_position.clone()}</label>
                    <select class="app-select" id=place_id on:change=choose_place>{places}</select>
                </div>
                <div class="app-field">
                    <label class="app-field__label" for=size_id.clone()>{text.sign_size.clone()}</label>
                    <select class="app-select" id=size_id on:change=choose_size>{sizes}</select>
                </div>
            </div>
        </div>
    }
}
