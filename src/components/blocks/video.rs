use leptos::prelude::*;

use crate::components::RichText;
use crate::content::VideoBlock;
use crate::i18n::format::fill;
use crate::site_content::use_words;

/// A recorded video: native player with captions, never autoplaying, and
/// the full transcript on the page for people who cannot or would rather
/// not watch. Nothing is downloaded until the viewer presses play, to save
/// data on slow and metered connections.
///
/// Captions on another site (an `https://` address) are asked for with CORS
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
        captions,
        duration_label,
        sample_notice,
        transcript,
    } = block;
    let words = use_words();
    let text = &words.video;
    let transcript_id = format!("transcript-{index}");
    let captions_elsewhere = captions.src.starts_with("https://");
    // The latest outcome counts: a browser that loads the track before it
    // sees `crossorigin` fails once, then loads it again.
    let captions_failed = RwSignal::new(false);
    let failed_text = fill(
        &text.captions_failed,
        &[("label", &captions.label), ("file", &captions.src)],
    );
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
                crossorigin=captions_elsewhere.then_some("anonymous")
            >
                <source src=src.clone() type=mime_type/>
                <track kind="captions" src=captions.src srclang=captions.srclang label=captions.label default=true
                    on:error=move |_| captions_failed.set(true)
                    on:load=move |_| captions_failed.set(false)/>
                <p>{text.cannot_play.clone()} " " <a class="app-link" href=src>{text.download.clone()}</a></p>
            </video>
            {move || captions_failed.get().then(|| view! {
                <p class="app-callout app-video__notice" role="status">{failed_text.clone()}</p>
            })}
            <section class="app-transcript" id=transcript_id>
                <h3 class="app-heading-m">{text.transcript.clone()}</h3>
                {lines}
            </section>
        </figure>
    }
}
