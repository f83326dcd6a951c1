use leptos::prelude::*;

use crate::components::announcer::use_announcer;
use crate::tools::prefs::SPEECH_RATES;
use crate::tools::speech::{use_speech, SpeechState, SpeechSupport};
use crate::tools::use_reading_settings;

/// Read-aloud controls. They stay focusable even where the browser cannot
/// speak, and then say why instead of doing nothing.
#[component]
pub fn ReadAloud() -> impl IntoView {
    let speech = use_speech();
    let settings = use_reading_settings();
    let announcer = use_announcer();
    let ready = move || speech.support.get() == SpeechSupport::Ready;
    let unavailable = move || {
        match speech.support.get() {
        SpeechSupport::Ready => None,
        SpeechSupport::Checking => Some("Checking whether this browser can read aloud…"),
        SpeechSupport::NoEngine => Some(
            "Read aloud is not available: this browser has no speech engine. Your device's own screen reader or read-aloud feature will still work.",
        ),
        SpeechSupport::NoVoices => Some(
            "Read aloud is not available: this browser has no voice for this language. Your device's own screen reader or read-aloud feature will still work.",
        ),
    }
    };
    let status = move || {
        unavailable().map(str::to_string).unwrap_or_else(|| {
            match speech.state.get() {
                SpeechState::Idle => "Ready to read.",
                SpeechState::Speaking => "Reading…",
                SpeechState::Paused => "Paused.",
            }
            .to_string()
        })
    };
    // Every action first checks the engine, and says so if it cannot help.
    let when_ready = move |action: fn(crate::tools::speech::Speech)| {
        move |_| match unavailable() {
            Some(reason) => announcer.say(reason),
            None => action(speech),
        }
    };
    let read_selection = move |_| match unavailable() {
        Some(reason) => announcer.say(reason),
        None => {
            if !speech.read_selection() {
                announcer.say("Select some text on the page first, then press Read selected text.");
            }
        }
    };
    let pause_or_resume = move |_| match speech.state.get_untracked() {
        SpeechState::Speaking => speech.pause(),
        SpeechState::Paused => speech.resume(),
        SpeechState::Idle => announcer.say("Nothing is being read."),
    };
    let toggle_listen = move |_| {
        speech.click_to_listen.update(|on| *on = !*on);
        announcer.say(if speech.click_to_listen.get_untracked() {
            "Click to listen on: click a paragraph, or press Enter on it, to hear it"
        } else {
            "Click to listen off"
        });
    };
    let rate_index = move || {
        SPEECH_RATES
            .iter()
            .position(|r| *r == settings.speech_rate.get())
            .unwrap_or(2)
    };
    let rate_words = move || {
        format!(
            "{} times normal speed",
            f64::from(settings.speech_rate.get()) / 100.0
        )
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
    let voice_options = move || {
        speech
            .voices
            .get()
            .into_iter()
            .map(|voice| {
                let name = voice.name.clone();
                let selected = move || settings.voice.get().as_deref() == Some(name.as_str());
                let label = if voice.default {
                    format!("{} (default)", voice.name)
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

    view! {
        <fieldset class="app-tools__group app-tools__group--wide">
            <legend class="app-tools__legend">"Read aloud"</legend>
            <p class="app-tools__status">{status}</p>
            {move || speech.problem.get().map(|problem| view! { <p class="app-tools__notice" role="alert">{problem}</p> })}
            <div class="app-tools__buttons">
                <button type="button" class="app-button" aria-disabled=move || (!ready()).then_some("true")
                    on:click=when_ready(|s| s.read_page())>"Read the page"</button>
                <button type="button" class="app-button app-button--secondary" aria-disabled=move || (!ready()).then_some("true")
                    on:click=when_ready(|s| s.read_from_here())>"Read from where I was"</button>
                <button type="button" class="app-button app-button--secondary" aria-disabled=move || (!ready()).then_some("true")
                    on:click=read_selection>"Read selected text"</button>
                <button type="button" class="app-button app-button--secondary"
                    aria-disabled=move || (speech.state.get() == SpeechState::Idle).then_some("true")
                    on:click=pause_or_resume>
                    {move || if speech.state.get() == SpeechState::Paused { "Resume" } else { "Pause" }}
                </button>
                <button type="button" class="app-button app-button--secondary"
                    aria-disabled=move || (speech.state.get() == SpeechState::Idle).then_some("true")
                    on:click=move |_| speech.stop()>"Stop"</button>
                <button type="button" class="app-button app-button--secondary"
                    aria-pressed=move || speech.click_to_listen.get().to_string()
                    on:click=toggle_listen>"Click to listen"</button>
            </div>
            <div class="app-tools__fields">
                <div class="app-field">
                    <label class="app-field__label" for="tools-speed">"Speed"</label>
                    <input type="range" class="app-range" id="tools-speed" min="0" max=SPEECH_RATES.len() - 1 step="1"
                        prop:value=move || rate_index().to_string()
                        aria-valuetext=rate_words
                        on:input=set_rate/>
                    <output for="tools-speed" class="app-range__value">{rate_words}</output>
                </div>
                <div class="app-field">
                    <label class="app-field__label" for="tools-voice">"Voice"</label>
                    <select class="app-select" id="tools-voice" on:change=set_voice>
                        <option value="" selected=move || settings.voice.get().is_none()>"The device's usual voice"</option>
                        {voice_options}
                    </select>
                </div>
            </div>
        </fieldset>
    }
}
