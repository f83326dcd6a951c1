//! Text audio description (WCAG 2.2 success criterion 1.2.5): the video's
//! `descriptions` track, read aloud by the browser's speech engine at each
//! cue's time, in the track's language. The video pauses while a
//! description is said and resumes after it. Where the browser has no
//! speech engine, or no voice for the language, each description is shown
//! as text in a polite live region instead, which a screen reader reads.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use super::switch::VideoSwitch;
use super::Playback;
use crate::content::ContentError;
use crate::media::description::{due_description, Reached};
use crate::media::webvtt::Cue;
use crate::site_content::use_words;
use crate::tools::prefs::ReadingSettings;
use crate::tools::speech::chunk::seconds_to_say;
use crate::tools::speech::{engine, use_speech, SpeechState, SpeechSupport, QUIET_MARGIN};

/// The "Audio description" switch (remembered with the reading settings)
/// and the description being given, shown as text.
#[component]
pub fn AudioDescription(
    /// The descriptions track's cues, as read with the page.
    cues: Result<Vec<Cue>, ContentError>,
    /// The track's language, a BCP 47 tag.
    lang: String,
    playback: Playback,
    /// Makes the switch's id unique on the page.
    id: String,
) -> impl IntoView {
    let words = use_words();
    let text = &words.video;
    let settings = expect_context::<ReadingSettings>();
    let speech = use_speech();
    let shown = RwSignal::new(None::<String>);
    let describer = StoredValue::new_local(Rc::new(RefCell::new(Describer::default())));
    let spoken = move || speech.support.get() == SpeechSupport::Ready;
    Effect::new(move |_| {
        let on = settings.audio_description.get();
        if on {
            speech.check_support();
        } else {
            shown.set(None);
            stop_describing(&describer.get_value(), playback);
        }
    });
    let problem = cues.as_ref().err().cloned();
    let cues = Rc::new(cues.unwrap_or_default());
    // Each time the position moves on, a description whose start it has
    // reached (or crossed, between two of the player's reports) is given.
    Effect::new(move |_| {
        let Some(position) = playback.position.get() else {
            return;
        };
        let due = {
            let describer = describer.get_value();
            let mut state = describer.borrow_mut();
            due_description(&cues, &mut state.reached, position)
        };
        if let (true, Some(index)) = (settings.audio_description.get_untracked(), due) {
            let cue = &cues[index];
            shown.set(Some(cue.text.clone()));
            if speech.support.get_untracked() == SpeechSupport::Ready {
                say(
                    &cue.text,
                    &lang,
                    playback,
                    &describer.get_value(),
                    settings,
                    speech,
                );
            }
        }
    });
    let switch_id = format!("{id}-audio-description");
    view! {
        {move || (settings.audio_description.get()).then(|| problem.clone()).flatten().map(|error| view! {
            <super::TrackProblem error=error/>
        })}
        <VideoSwitch id=switch_id label=text.audio_description.clone()
            checked=settings.audio_description
            on_change=Callback::new(move |on| settings.audio_description.set(on))/>
        // Always on the page, so a screen reader knows the live region
        // before anything is said in it; empty, it takes no space.
        <div class="app-video__description" aria-live=move || (!spoken()).then_some("polite") aria-atomic="true">
            {move || shown.get().map(|description| view! {
                <p class="app-video__description-text">
                    <span class="app-video__description-label">{words.video.description_label.clone()}</span>
                    " " {description}
                </p>
            })}
        </div>
    }
}

/// What the describer is doing.
#[derive(Default)]
struct Describer {
    /// Where the position was last seen, and the cues given since playback
    /// last moved back before them.
    reached: Reached,
    /// The utterance being said, kept alive until it ends.
    speaking: Option<crate::tools::speech::engine::Speaking>,
    /// True while the video is paused for a description.
    paused_for_it: bool,
    /// Fires if the engine never says it has finished.
    watchdog: Option<gloo_timers::callback::Timeout>,
}

/// Says `text` in `lang` with the reader's speed and voice, pausing the
/// video (if it is playing) until it has been said.
#[mutants::skip] // Browser only: see docs/testing.md.
fn say(
    text: &str,
    lang: &str,
    playback: Playback,
    describer: &Rc<RefCell<Describer>>,
    settings: ReadingSettings,
    speech: crate::tools::speech::Speech,
) {
    let Some(engine) = engine::engine() else {
        return;
    };
    let Some(video) = playback.player.get_untracked() else {
        return;
    };
    if speech.state.get_untracked() != SpeechState::Idle {
        speech.stop();
    }
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_lang(lang);
    let rate = f32::from(settings.speech_rate.get_untracked()) / 100.0;
    utterance.set_rate(rate);
    if let Some(voice) = engine::find_voice(&engine, settings.voice.get_untracked().as_deref()) {
        utterance.set_voice(Some(&voice));
    }
    let was_playing = !video.paused();
    if was_playing {
        let _ = video.pause();
    }
    let finished = {
        let describer = Rc::clone(describer);
        move || resume_after(&describer, playback)
    };
    let on_end = finished.clone();
    let speaking = engine::Speaking::new(
        utterance.clone(),
        || {},
        |_, _| {},
        on_end,
        move |_| finished(),
    );
    let wait = seconds_to_say(text.chars().count(), rate) * 1.5 + QUIET_MARGIN.as_secs_f32();
    let watchdog = {
        let describer = Rc::clone(describer);
        gloo_timers::callback::Timeout::new((wait * 1000.0) as u32, move || {
            engine_gave_up(&describer, playback)
        })
    };
    {
        let mut state = describer.borrow_mut();
        state.paused_for_it = was_playing;
        state.speaking = Some(speaking);
        state.watchdog = Some(watchdog);
    }
    engine.speak(&utterance);
}

/// The description has been said: play on if it paused the video.
#[mutants::skip] // Browser only: see docs/testing.md.
fn resume_after(describer: &Rc<RefCell<Describer>>, playback: Playback) {
    let resume = {
        let mut state = describer.borrow_mut();
        state.watchdog = None;
        state.speaking = None;
        std::mem::take(&mut state.paused_for_it)
    };
    if resume {
        if let Some(video) = playback.player.get_untracked() {
            let _ = video.play();
        }
    }
}

/// The engine never finished: stop it and play on, so the video is never
/// left paused for good.
#[mutants::skip] // Browser only: see docs/testing.md.
fn engine_gave_up(describer: &Rc<RefCell<Describer>>, playback: Playback) {
    if let Some(engine) = engine::engine() {
        engine.cancel();
    }
    resume_after(describer, playback);
}

/// Audio description turned off: stop any description being said, and
/// play on if it had paused the video.
#[mutants::skip] // Browser only: see docs/testing.md.
fn stop_describing(describer: &Rc<RefCell<Describer>>, playback: Playback) {
    let speaking = describer.borrow().speaking.is_some();
    if speaking {
        if let Some(engine) = engine::engine() {
            engine.cancel();
        }
        resume_after(describer, playback);
    }
}
