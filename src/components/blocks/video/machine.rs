//! Captions that machine translation put into the page's language, given
//! to the player as a text track of its own (there is no file for them).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::media::webvtt::Cue;

/// Adds `cues` to `video` as a captions track named `label` in `lang`,
/// shown instead of the file's captions. Cue text is escaped, so the
/// browser's WebVTT parser shows it as written.
///
/// The browser may later show a file's captions by itself (its automatic
/// track selection follows the browser's own language); captions are then
/// showing twice, which a reader's choice in the player's menu never does,
/// so the file's are hidden again. The returned listener does that; keep
/// it as long as the video.
#[mutants::skip] // Browser only: see docs/testing.md.
pub fn add_captions(
    video: &web_sys::HtmlVideoElement,
    cues: &[Cue],
    label: &str,
    lang: &str,
) -> Option<Closure<dyn Fn()>> {
    let tracks = video.text_tracks()?;
    let already = (0..tracks.length())
        .filter_map(|index| tracks.get(index))
        .any(|track| track.label() == label);
    if already {
        return None;
    }
    for index in 0..tracks.length() {
        if let Some(track) = tracks.get(index) {
            if track.kind() == web_sys::TextTrackKind::Captions {
                track.set_mode(web_sys::TextTrackMode::Disabled);
            }
        }
    }
    let track =
        video.add_text_track_with_label_and_language(web_sys::TextTrackKind::Captions, label, lang);
    for cue in cues {
        let text = cue
            .text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        if let Ok(vtt) = web_sys::VttCue::new(cue.start, cue.end, &text) {
            track.add_cue(&vtt);
        }
    }
    track.set_mode(web_sys::TextTrackMode::Showing);
    let list = tracks.clone();
    let ours = track.clone();
    let keep_ours = Closure::<dyn Fn()>::new(move || {
        if ours.mode() != web_sys::TextTrackMode::Showing {
            return;
        }
        for index in 0..list.length() {
            if let Some(other) = list.get(index) {
                let captions = other.kind() == web_sys::TextTrackKind::Captions;
                if captions && other != ours && other.mode() == web_sys::TextTrackMode::Showing {
                    other.set_mode(web_sys::TextTrackMode::Disabled);
                }
            }
        }
    });
    tracks.set_onchange(Some(keep_ours.as_ref().unchecked_ref()));
    Some(keep_ours)
}
