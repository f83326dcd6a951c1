use leptos::prelude::*;

use super::seek_link::SeekLink;
use super::Playback;
use crate::components::RichText;
use crate::media::transcript::cue_at;
use crate::media::webvtt::{time_label, Cue};
use crate::site_content::use_words;

/// The chapters track as a list of links, each playing the video from its
/// chapter; the chapter playing is marked (`aria-current`).
#[component]
pub fn Chapters(
    cues: Result<Vec<Cue>, crate::content::ContentError>,
    video_src: String,
    playback: Playback,
) -> impl IntoView {
    let words = use_words();
    let heading = words.video.chapters.clone();
    let cues = match cues {
        Ok(cues) => cues,
        Err(error) => {
            return view! {
                <section class="app-chapters">
                    <h3 class="app-heading-m">{heading}</h3>
                    <super::TrackProblem error=error/>
                </section>
            }
            .into_any()
        }
    };
    let starts: Vec<Cue> = cues.clone();
    let current = Memo::new(move |_| playback.position.get().and_then(|at| cue_at(&starts, at)));
    let items = cues
        .into_iter()
        .enumerate()
        .map(|(index, cue)| {
            view! {
                <li class="app-chapters__item" aria-current=move || (current.get() == Some(index)).then_some("true")>
                    <SeekLink seconds=cue.start video_src=video_src.clone() playback=playback class="app-link">
                        <RichText text=cue.text plain=true/>
                    </SeekLink>
                    " "
                    <span class="app-chapters__time">"(" {time_label(cue.start)} ")"</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="app-chapters">
            <h3 class="app-heading-m">{heading}</h3>
            <ol class="app-chapters__list">{items}</ol>
        </section>
    }
    .into_any()
}
