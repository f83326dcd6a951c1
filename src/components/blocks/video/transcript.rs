use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::seek_link::SeekLink;
use super::switch::VideoSwitch;
use super::{Playback, TrackProblem};
use crate::components::RichText;
use crate::content::{ContentError, TextTrack};
use crate::media::transcript::{cue_at, file_name, plain_text, seek_time};
use crate::media::webvtt::{time_label, Cue};
use crate::site_content::use_words;
use crate::tools::motion::effective_reduce_motion;
use crate::tools::prefs::ReadingSettings;

/// The transcript, built from the captions in the page's language: one
/// line per cue with its time (a link that plays from there) and speaker.
/// While the video plays, the line being said is marked (visibly, and with
/// `aria-current`, never announced); with "Follow the video" on (the
/// default unless motion is reduced) the transcript's box scrolls to keep
/// it in view. "Download the transcript" saves it as plain text.
#[component]
pub fn Transcript(
    /// Set when machine translation put the cues into this language.
    machine_language: Option<String>,
    /// The captions' cues; `None` when the captions are on another site.
    cues: Option<Result<Vec<Cue>, ContentError>>,
    captions: Option<TextTrack>,
    title: String,
    video_src: String,
    playback: Playback,
    id: String,
) -> impl IntoView {
    let words = use_words();
    let text = &words.video;
    let heading_id = format!("{id}-heading");
    let body = match (cues, captions) {
        (Some(Ok(cues)), Some(captions)) => {
            let machine = machine_language.is_some();
            let captions = TextTrack {
                srclang: machine_language.unwrap_or(captions.srclang),
                ..captions
            };
            view! {
                {machine.then(|| view! { <p class="app-callout app-transcript__machine">{text.transcript_machine.clone()}</p> })}
                <Lines cues=cues captions=captions title=title video_src=video_src playback=playback labelled_by=heading_id.clone()/>
            }
            .into_any()
        }
        (Some(Err(error)), _) => view! { <TrackProblem error=error/> }.into_any(),
        (_, captions) => view! {
            <p class="app-body">
                {text.transcript_in_file.clone()} " "
                {captions.map(|track| view! { <a class="app-link" href=track.src>{track.label}</a> })}
            </p>
        }
        .into_any(),
    };
    view! {
        <section class="app-transcript" id=id>
            <h3 class="app-heading-m" id=heading_id>{text.transcript.clone()}</h3>
            {body}
        </section>
    }
}

#[component]
fn Lines(
    cues: Vec<Cue>,
    captions: TextTrack,
    title: String,
    video_src: String,
    playback: Playback,
    labelled_by: String,
) -> impl IntoView {
    let words = use_words();
    let text = &words.video;
    let download_text = plain_text(&title, &cues);
    let timing = cues.clone();
    let current = Memo::new(move |_| playback.position.get().and_then(|at| cue_at(&timing, at)));
    let follow = follow_choice();
    let scroll_box = NodeRef::<html::Div>::new();
    let list = NodeRef::<html::Ol>::new();
    Effect::new(move |_| {
        if let (true, Some(index)) = (follow.shown.get(), current.get()) {
            keep_in_view(scroll_box, list, index);
        }
    });
    let (before_time, after_time) = split_template(&text.play_from);
    let lines = cues
        .into_iter()
        .enumerate()
        .map(|(index, cue)| {
            let time = time_label(cue.start);
            let (before_time, after_time) = (before_time.clone(), after_time.clone());
            view! {
                <li class="app-transcript__line" aria-current=move || (current.get() == Some(index)).then_some("true")>
                    <SeekLink seconds=seek_time(&cue) video_src=video_src.clone() playback=playback class="app-link app-transcript__time">
                        {(!before_time.is_empty()).then(|| view! { <span class="app-visually-hidden">{before_time}</span> })}
                        {time}
                        {(!after_time.is_empty()).then(|| view! { <span class="app-visually-hidden">{after_time}</span> })}
                    </SeekLink>
                    " "
                    {cue.speaker.map(|speaker| view! { <strong class="app-transcript__speaker">{speaker}":"</strong> " " })}
                    <span class="app-transcript__text"><RichText text=cue.text plain=true/></span>
                </li>
            }
        })
        .collect_view();
    let download_name = file_name(&captions.src);
    let follow_id = format!("{labelled_by}-follow");
    view! {
        <div class="app-transcript__controls">
            <VideoSwitch id=follow_id label=text.follow.clone() checked=follow.shown
                on_change=Callback::new(move |on| follow.chosen.set(Some(on)))/>
            <a class="app-link app-transcript__download" href=captions.src.clone() download=download_name
                on:click=move |event| offer_download(&event, &download_text)>
                {text.download_transcript.clone()}
            </a>
        </div>
        <div class="app-transcript__box" node_ref=scroll_box tabindex="0" role="region" aria-labelledby=labelled_by>
            <ol class="app-transcript__lines" lang=captions.srclang dir="auto" node_ref=list>{lines}</ol>
        </div>
    }
}

/// "Follow the video": the reader's choice, else on unless motion is
/// reduced (by the reader's setting or their device's).
#[derive(Clone, Copy)]
struct Follow {
    chosen: RwSignal<Option<bool>>,
    shown: Signal<bool>,
}

fn follow_choice() -> Follow {
    let chosen = RwSignal::new(None);
    let settings = use_context::<ReadingSettings>();
    let shown = Signal::derive(move || {
        chosen.get().unwrap_or_else(|| {
            !settings.is_some_and(|settings| {
                effective_reduce_motion(
                    settings.reduce_motion.get(),
                    settings.device.get().reduce_motion,
                )
            })
        })
    });
    Follow { chosen, shown }
}

/// `"Play from {time}"` to the words before and after the time.
fn split_template(template: &str) -> (String, String) {
    match template.split_once("{time}") {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (format!("{template} "), String::new()),
    }
}

/// Scrolls the transcript's own box (never the page) so that line `index`
/// is in view, a third of the way down, when it is not already.
#[mutants::skip] // Browser only: see docs/testing.md.
fn keep_in_view(scroll_box: NodeRef<html::Div>, list: NodeRef<html::Ol>, index: usize) {
    let (Some(scroll_box), Some(list)) = (scroll_box.get_untracked(), list.get_untracked()) else {
        return;
    };
    let Some(line) = list
        .children()
        .item(index as u32)
        .and_then(|line| line.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let top = line.offset_top();
    let bottom = top + line.offset_height();
    let shown_top = scroll_box.scroll_top();
    let shown_bottom = shown_top + scroll_box.client_height();
    if top < shown_top || bottom > shown_bottom {
        scroll_box.set_scroll_top(top - scroll_box.client_height() / 3);
    }
}

/// Points the download link at the transcript as a plain-text file just
/// before the browser follows it. Without the app the link gives the
/// captions file itself, which is plain text too.
#[mutants::skip] // Browser only: see docs/testing.md.
fn offer_download(event: &web_sys::MouseEvent, text: &str) {
    let Some(link) = event
        .current_target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
        let previous = link.href();
        if previous.starts_with("blob:") {
            let _ = web_sys::Url::revoke_object_url(&previous);
        }
        link.set_href(&url);
    }
}

#[cfg(test)]
mod tests {
    use super::split_template;

    #[test]
    fn the_time_goes_where_the_words_put_it() {
        assert_eq!(
            split_template("Play from {time}"),
            ("Play from ".to_string(), String::new())
        );
        assert_eq!(
            split_template("{time} – play"),
            (String::new(), " – play".to_string())
        );
    }
}
