use leptos::prelude::*;

use crate::components::announcer::use_announcer;
use crate::components::live_text::keep_text_shown;
use crate::i18n::format::{fill, number};
use crate::site_content::{use_words, words_lang};
use crate::tools::prefs::SPEECH_RATES;
use crate::tools::speech::{use_speech, SpeechProblem, SpeechState, SpeechSupport};
use crate::tools::use_reading_settings;
use std::sync::Arc;

/// Read-aloud controls. They stay focusable even where the browser cannot
/// speak, and then say why instead of doing nothing.
#[component]
pub fn ReadAloud() -> impl IntoView {
    let speech = use_speech();
    let settings = use_reading_settings();
    let announcer = use_announcer();
    let words = use_words();
    let lang = words_lang();
    let text = Arc::new(words.speech.clone());
    // This panel is rebuilt when the language changes: look for voices in
    // the new language.
    speech.language_changed();
    let ready = move || speech.support.get() == SpeechSupport::Ready;
    let unavailable = {
        let text = text.clone();
        move || match speech.support.get() {
            SpeechSupport::Ready => None,
            SpeechSupport::Checking => Some(text.checking.clone()),
            SpeechSupport::NoEngine => Some(text.no_engine.clone()),
            SpeechSupport::NoVoices => Some(text.no_voice.clone()),
        }
    };
    let status = {
        let (text, unavailable) = (text.clone(), unavailable.clone());
        move || {
            unavailable().unwrap_or_else(|| {
                match speech.state.get() {
                    SpeechState::Idle => &text.ready,
                    SpeechState::Speaking => &text.reading,
                    SpeechState::Paused => &text.paused,
                }
                .clone()
            })
        }
    };
    // Every action first checks the engine, and says so if it cannot help.
    let when_ready = {
        let unavailable = unavailable.clone();
        move |action: fn(crate::tools::speech::Speech)| {
            let unavailable = unavailable.clone();
            move |_| match unavailable() {
                Some(reason) => announcer.say(reason),
                None => action(speech),
            }
        }
    };
    let read_selection = {
        let (text, unavailable) = (text.clone(), unavailable.clone());
        move |_| match unavailable() {
            Some(reason) => announcer.say(reason),
            None => {
                if !speech.read_selection() {
                    announcer.say(text.select_first.clone());
                }
            }
        }
    };
    let pause_or_resume = {
        let text = text.clone();
        move |_| match speech.state.get_untracked() {
            SpeechState::Speaking => speech.pause(),
            SpeechState::Paused => speech.resume(),
            SpeechState::Idle => announcer.say(text.nothing_reading.clone()),
        }
    };
    let toggle_listen = {
        let text = text.clone();
        move |_| {
            speech.click_to_listen.update(|on| *on = !*on);
            announcer.say(if speech.click_to_listen.get_untracked() {
                text.listen_on.clone()
            } else {
                text.listen_off.clone()
            });
        }
    };
    let problem = {
        let text = text.clone();
        move || {
            speech.problem.get().map(|problem| {
                let reason = match problem {
                    SpeechProblem::CouldNotPrepare => text.could_not_prepare.clone(),
                    SpeechProblem::Engine(error) => fill(&text.engine_problem, &[("error", &error)]),
                    SpeechProblem::Stalled => text.stalled.clone(),
                };
                view! { <p class="app-tools__notice" role="alert">{fill(&text.stopped, &[("reason", &reason)])}</p> }
            })
        }
    };
    let rate_index = move || {
        SPEECH_RATES
            .iter()
            .position(|r| *r == settings.speech_rate.get())
            .unwrap_or(2)
    };
    let rate_words = {
        let text = text.clone();
        move || {
            let rate = number(&lang, f64::from(settings.speech_rate.get()) / 100.0);
            fill(&text.speed_value, &[("rate", &rate)])
        }
    };
    let set_rate = move |ev| {
        if let Some(rate) = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| SPEECH_RATES.get(i))
        {
            settings.speech_rate.set(*rate);
        }
    };
    let default_voice = text.default_voice.clone();
    let voice_options = move || {
        speech
            .voices
            .get()
            .into_iter()
            .map(|voice| {
                let name = voice.name.clone();
                let selected = move || settings.voice.get().as_deref() == Some(name.as_str());
                let label = if voice.default {
                    fill(&default_voice, &[("name", &voice.name)])
                } else {
                    voice.name.clone()
                };
                view! { <option value=voice.name selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let set_voice = move |ev| {
        let name = event_target_value(&ev);
        settings.voice.set((!name.is_empty()).then_some(name));
    };

    let pause_label = {
        let (pause, resume) = (text.pause.clone(), text.resume.clone());
        move || {
            if speech.state.get() == SpeechState::Paused {
                resume.clone()
            } else {
                pause.clone()
            }
        }
    };
    // Text that changes stays shown under a page translator.
    let (status_node, rate_node, pause_node) = (NodeRef::new(), NodeRef::new(), NodeRef::new());
    keep_text_shown(status_node, status.clone());
    keep_text_shown(rate_node, rate_words.clone());
    keep_text_shown(pause_node, pause_label.clone());
    view! {
        <fieldset class="app-tools__group app-tools__group--wide">
            <legend class="app-tools__legend">{text.legend.clone()}</legend>
            <p class="app-tools__status" node_ref=status_node>{status}</p>
            {problem}
            <div class="app-tools__buttons">
                <button type="button" class="app-button" aria-disabled=move || (!ready()).then_some("true")
                    on:click=when_ready(|s| s.read_page())>{text.read_page.clone()}</button>
                <button type="button" class="app-button app-button--secondary" aria-disabled=move || (!ready()).then_some("true")
                    on:click=when_ready(|s| s.read_from_here())>{text.read_from_here.clone()}</button>
                <button type="button" class="app-button app-button--secondary" aria-disabled=move || (!ready()).then_some("true")
                    on:click=read_selection>{text.read_selection.clone()}</button>
                <button type="button" class="app-button app-button--secondary"
                    aria-disabled=move || (speech.state.get() == SpeechState::Idle).then_some("true")
                    on:click=pause_or_resume node_ref=pause_node>{pause_label}</button>
                <button type="button" class="app-button app-button--secondary"
                    aria-disabled=move || (speech.state.get() == SpeechState::Idle).then_some("true")
                    on:click=move |_| speech.stop()>{text.stop.clone()}</button>
                <button type="button" class="app-button app-button--secondary"
                    aria-pressed=move || speech.click_to_listen.get().to_string()
                    on:click=toggle_listen>{text.click_to_listen.clone()}</button>
            </div>
            <div class="app-tools__fields">
                <div class="app-field">
                    <label class="app-field__label" for="tools-speed">{text.speed.clone()}</label>
                    <input type="range" class="app-range" id="tools-speed" min="0" max=SPEECH_RATES.len() - 1 step="1"
                        prop:value=move || rate_index().to_string()
                        aria-valuetext=rate_words.clone()
                        on:input=set_rate/>
                    <output for="tools-speed" class="app-range__value" node_ref=rate_node>{rate_words}</output>
                </div>
                <div class="app-field">
                    <label class="app-field__label" for="tools-voice">{text.voice.clone()}</label>
                    <select class="app-select" id="tools-voice" on:change=set_voice>
                        <option value="" selected=move || settings.voice.get().is_none()>{text.device_voice.clone()}</option>
                        {voice_options}
                    </select>
                </div>
            </div>
        </fieldset>
    }
}
