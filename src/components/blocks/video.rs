use leptos::prelude::*;

use crate::components::RichText;
use crate::content::VideoBlock;
use crate::site_content::use_words;

/// A recorded video: native player with captions, never autoplaying, and
/// the full transcript on the page for people who cannot or would rather
/// not watch. Nothing is downloaded until the viewer presses play, to save
/// data on slow and metered connections.
#[component]
pub fn Video(block: VideoBlock, index: usize) -> impl IntoView {
    let VideoBlock {
        title,
        src,
        mime_type,
        captions,
        duration_label,
        sample_notice,
        transcript,
    } = block;
    let words = use_words();
    let text = &words.video;
    let transcript_id = format!("transcript-{index}");
    let lines = transcript
        .into_iter()
        .map(|line| {
            view! {
                <p class="app-transcript__line">
                    <strong class="app-transcript__speaker">{line.speaker}":"</strong>
                    " "
                    <RichText text=line.text/>
                </p>
            }
        })
        .collect_view();
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
            <video
                class="app-video__player"
                controls=true
                preload="none"
                playsinline=true
                aria-label=title
            >
                <source src=src.clone() type=mime_type/>
                <track kind="captions" src=captions.src srclang=captions.srclang label=captions.label default=true/>
                <p>{text.cannot_play.clone()} " " <a class="app-link" href=src>{text.download.clone()}</a></p>
            </video>
            <section class="app-transcript" id=transcript_id>
                <h3 class="app-heading-m">{text.transcript.clone()}</h3>
                {lines}
            </section>
        </figure>
    }
}
