//! A recorded video: the browser's own player with every text track, the
//! chapters and the transcript built from the captions in the page's
//! language, both following the video and seeking it.

mod audio_description;
mod chapters;
mod machine;
mod seek_link;
mod sign_language;
mod switch;
mod transcript;

use leptos::html;
use leptos::prelude::*;

use crate::components::page_view::PageMedia;
use crate::components::RichText;
use crate::content::{TextTrack, TrackKind, VideoBlock};
use crate::i18n::format::fill;
use crate::media::tracks::pick;
use crate::site_content::use_words;

/// The player and what the page knows of its playback, shared with the
/// chapters and the transcript.
#[derive(Clone, Copy)]
pub struct Playback {
    /// The `<video>`.
    pub player: NodeRef<html::Video>,
    /// Where playback is, in seconds, as of the player's last
    /// `timeupdate` or `seeked` event; `None` until the video is first
    /// played or moved, so nothing is marked as playing before then.
    pub position: RwSignal<Option<f64>>,
    /// Whether it is playing (between its `play` and `pause` events).
    pub playing: RwSignal<bool>,
    /// Its speed (`playbackRate`), 1 for normal, as of the last report.
    pub rate: RwSignal<f64>,
}

impl Playback {
    /// Moves the player to `seconds` and plays from there.
    pub fn play_from(self, seconds: f64) {
        if let Some(video) = self.player.get_untracked() {
            video.set_current_time(seconds);
            self.position.set(Some(seconds));
            // Refused only if the browser cannot play the file: the
            // player itself then says so.
            let _ = video.play();
        }
    }
}

/// A recorded video: native player with every text track (the captions in
/// the page's language on by default), never autoplaying, then its chapters
/// and its transcript. Nothing of the video is downloaded until the viewer
/// presses play, to save data on slow and metered connections; the small
/// text tracks the page shows are read with the page.
///
/// Tracks on another site (an `https://` address) are asked for with CORS
/// (`crossorigin="anonymous"` on the video): a browser loads them only if
/// that site allows it, and then the video must come from a site that
/// allows it too (docs/content.md). Captions that cannot be loaded, for
/// that or any reason, are named in a message under the player, and the
/// video and its transcript keep working.
#[component]
pub fn Video(block: VideoBlock, index: usize) -> impl IntoView {
    let VideoBlock {
        title,
        src,
        mime_type,
        tracks,
        duration_label,
        sample_notice,
        sign_language,
    } = block;
    let words = use_words();
    let text = &words.video;
    let media = use_context::<PageMedia>().unwrap_or_default();
    let captions = pick(&tracks, TrackKind::Captions, &media.language, &media.source).cloned();
    let chapters = pick(&tracks, TrackKind::Chapters, &media.language, &media.source).cloned();
    let descriptions = pick(
        &tracks,
        TrackKind::Descriptions,
        &media.language,
        &media.source,
    )
    .and_then(|track| {
        let cues = media.tracks.get(&track.src).cloned()?;
        Some((cues, track.srclang.clone()))
    });
    let playback = Playback {
        player: NodeRef::new(),
        position: RwSignal::new(None),
        playing: RwSignal::new(false),
        rate: RwSignal::new(1.0),
    };
    let sign = sign_language::SignState::new();
    let elsewhere = tracks.iter().any(|track| track.src.starts_with("https://"));
    // The latest outcome counts: a browser that loads the track before it
    // sees `crossorigin` fails once, then loads it again.
    let captions_failed = RwSignal::new(false);
    let caption_cues = captions
        .as_ref()
        .and_then(|track| media.tracks.get(&track.src).cloned());
    // Captions machine translation put into the page's language: the
    // player gets them as a track of their own, labelled, shown at once.
    let machine_captions = captions
        .as_ref()
        .filter(|track| media.machine_tracks.contains(&track.src))
        .and_then(|_| caption_cues.clone()?.ok())
        .map(|cues| {
            let label = fill(
                &words.language.machine_option,
                &[("language", &media.language_name)],
            );
            (cues, label, media.language.clone())
        });
    if let Some((cues, label, lang)) = machine_captions.clone() {
        let keep = StoredValue::new_local(None);
        Effect::new(move |_| {
            if let Some(video) = playback.player.get() {
                if let Some(listener) = machine::add_captions(&video, &cues, &label, &lang) {
                    keep.set_value(Some(listener));
                }
            }
        });
    }
    let failed_text = captions.as_ref().map(|captions| {
        let failed = fill(
            &text.captions_failed,
            &[("label", &captions.label), ("file", &captions.src)],
        );
        match caption_cues {
            Some(Ok(_)) => format!("{failed} {}", text.transcript_below),
            _ => failed,
        }
    });
    let default_src = captions.as_ref().map(|track| track.src.clone());
    let machine_shown = captions
        .as_ref()
        .is_some_and(|track| media.machine_tracks.contains(&track.src));
    let track_elements = tracks
        .into_iter()
        .map(|track| {
            let TextTrack {
                kind,
                src,
                srclang,
                label,
            } = track;
            // Machine-translated captions take the place of the file's.
            let is_default = default_src.as_deref() == Some(src.as_str()) && !machine_shown;
            view! {
                <track kind=kind.as_str() src=src srclang=srclang label=label default=is_default
                    on:error=move |_| if is_default { captions_failed.set(true) }
                    on:load=move |_| if is_default { captions_failed.set(false) }/>
            }
        })
        .collect_view();
    let follow_position = move |_| {
        if let Some(video) = playback.player.get_untracked() {
            playback.position.set(Some(video.current_time()));
            // A speed change shows at the next report.
            playback.rate.set(video.playback_rate());
        }
    };
    let chapter_cues = chapters
        .as_ref()
        .and_then(|track| media.tracks.get(&track.src).cloned());
    view! {
        <figure class="app-video">
            <figcaption class="app-video__caption">
                <span class="app-video__title"><RichText text=title.clone()/></span>
                " "
                <span class="app-video__duration">"(" {duration_label} ")"</span>
            </figcaption>
            {sample_notice.map(|notice| view! {
                <p class="app-callout app-callout--important app-video__notice"><RichText text=notice/></p>
            })}
            <div class="app-video__stage" data-sign=move || sign.place_name()>
            <video
                class="app-video__player"
                controls=true
                preload="none"
                playsinline=true
                aria-label=title.clone()
                crossorigin=elsewhere.then_some("anonymous")
                node_ref=playback.player
                on:play=move |event| {
                    playback.playing.set(true);
                    follow_position(event);
                }
                on:pause=move |_| playback.playing.set(false)
                on:timeupdate=follow_position
                on:seeked=follow_position
            >
                <source src=src.clone() type=mime_type/>
                {track_elements}
                <p>{text.cannot_play.clone()} " " <a class="app-link" href=src.clone()>{text.download.clone()}</a></p>
            </video>
            {sign_language.clone().map(|video| view! {
                <sign_language::SignVideo video=video state=sign playback=playback/>
            })}
            </div>
            {sign_language.map(|_| view! {
                <sign_language::SignControls state=sign id=format!("video-{index}")/>
            })}
            {descriptions.map(|(cues, lang)| view! {
                <audio_description::AudioDescription cues=cues lang=lang playback=playback id=format!("video-{index}")/>
            })}
            {move || captions_failed.get().then(|| view! {
                <p class="app-callout app-video__notice" role="status">{failed_text.clone()}</p>
            })}
            {chapter_cues.map(|cues| view! {
                <chapters::Chapters cues=cues video_src=src.clone() playback=playback/>
            })}
            <transcript::Transcript
                machine_language=machine_captions.map(|(_, _, lang)| lang)
                cues=caption_cues
                captions=captions
                title=title
                video_src=src
                playback=playback
                id=format!("transcript-{index}")
            />
        </figure>
    }
}

/// A track's problem, named as the usual alert, saying the video still plays.
#[component]
fn TrackProblem(error: crate::content::ContentError) -> impl IntoView {
    let words = use_words();
    let message = fill(
        &words.video.track_problem,
        &[("problem", &error.message(&words.errors))],
    );
    view! { <p class="app-error-panel app-video__problem" role="alert">{message}</p> }
}
