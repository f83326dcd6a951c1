//! The browser's speech engine (`window.speechSynthesis`): whether there is
//! one, its voices for the page's language, and one utterance's events.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    SpeechSynthesis, SpeechSynthesisEvent, SpeechSynthesisUtterance, SpeechSynthesisVoice,
};

use super::SpeechSupport;

/// A voice the reader can choose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceOption {
    /// The voice's name, as the engine gives it.
    pub name: String,
    /// Its language tag.
    pub lang: String,
    /// Whether the engine marks it as its default.
    pub default: bool,
}

/// The engine, or `None` where the browser has none.
pub fn engine() -> Option<SpeechSynthesis> {
    let value = js_sys::Reflect::get(&window(), &JsValue::from_str("speechSynthesis")).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

/// The language of the page's content, such as `en`: the page's own `lang`
/// (a page left in its original language says so), else the app root's
/// (`<html>`, or the embed's `<div>`).
pub fn page_language() -> String {
    let host = crate::embedding::host::host();
    document()
        .query_selector(&format!("#{} .app-page[lang]", host.main_id()))
        .ok()
        .flatten()
        .or(Some(host.root()))
        .map(|element| element.get_attribute("lang").unwrap_or_default())
        .filter(|lang| !lang.is_empty())
        .unwrap_or_else(|| "en".to_string())
}

/// Fills `voices` again for the page's language, now.
pub fn reload_voices(support: RwSignal<SpeechSupport>, voices: RwSignal<Vec<VoiceOption>>) {
    let Some(engine) = engine() else {
        return;
    };
    let found = voice_options(&engine);
    support.set(if found.is_empty() {
        SpeechSupport::NoVoices
    } else {
        SpeechSupport::Ready
    });
    voices.set(found);
}

fn voice_options(engine: &SpeechSynthesis) -> Vec<VoiceOption> {
    page_voices(engine)
        .iter()
        .map(|voice| VoiceOption {
            name: voice.name(),
            lang: voice.lang(),
            default: voice.default(),
        })
        .collect()
}

fn language_matches(voice_lang: &str, page: &str) -> bool {
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    primary(voice_lang) == primary(page)
}

fn page_voices(engine: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    let page = page_language();
    engine
        .get_voices()
        .iter()
        .map(|voice| voice.unchecked_into::<SpeechSynthesisVoice>())
        .filter(|voice| language_matches(&voice.lang(), &page))
        .collect()
}

/// The voice to use: the chosen one if the engine has it, else its default
/// for the page's language, else its first for that language.
pub fn find_voice(engine: &SpeechSynthesis, chosen: Option<&str>) -> Option<SpeechSynthesisVoice> {
    let voices = page_voices(engine);
    chosen
        .and_then(|name| voices.iter().find(|voice| voice.name() == name).cloned())
        .or_else(|| voices.iter().find(|voice| voice.default()).cloned())
        .or_else(|| voices.first().cloned())
}

/// Keeps `support` and `voices` up to date as the engine loads its voices.
pub fn watch_voices(support: RwSignal<SpeechSupport>, voices: RwSignal<Vec<VoiceOption>>) {
    let Some(engine) = engine() else {
        support.set(SpeechSupport::NoEngine);
        return;
    };
    let load = {
        let engine = engine.clone();
        move || {
            let found = voice_options(&engine);
            let any = !found.is_empty();
            voices.set(found);
            if any {
                support.set(SpeechSupport::Ready);
            }
            any
        }
    };
    if load() {
        return;
    }
    let reload = load.clone();
    let on_change = Closure::<dyn Fn()>::new(move || {
        reload();
    });
    let _ = engine
        .add_event_listener_with_callback("voiceschanged", on_change.as_ref().unchecked_ref());
    on_change.forget();
    // Engines that never announce voices: decide after a short wait.
    set_timeout(
        move || {
            if !load() {
                support.set(SpeechSupport::NoVoices);
            }
        },
        std::time::Duration::from_millis(2500),
    );
}

/// One utterance and the handlers that must live as long as it does.
pub struct Speaking {
    /// The utterance (kept, so the browser does not drop its events).
    pub utterance: SpeechSynthesisUtterance,
    _handlers: [Closure<dyn Fn(JsValue)>; 4],
}

impl Speaking {
    /// Wires `utterance`'s events: start, word boundaries (UTF-16 index and
    /// length), end, and errors (by their error code).
    pub fn new(
        utterance: SpeechSynthesisUtterance,
        on_start: impl Fn() + 'static,
        on_word: impl Fn(u32, u32) + 'static,
        on_end: impl Fn() + 'static,
        on_error: impl Fn(String) + 'static,
    ) -> Self {
        let start = Closure::<dyn Fn(JsValue)>::new(move |_| on_start());
        let boundary = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let event: SpeechSynthesisEvent = event.unchecked_into();
            if event.name().as_deref() == Some("word") {
                on_word(event.char_index(), event.char_length().unwrap_or(0));
            }
        });
        let end = Closure::<dyn Fn(JsValue)>::new(move |_| on_end());
        let error = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let code = js_sys::Reflect::get(&event, &JsValue::from_str("error"))
                .ok()
                .and_then(|code| code.as_string())
                .unwrap_or_else(|| "unknown".to_string());
            on_error(code);
        });
        utterance.set_onstart(Some(start.as_ref().unchecked_ref()));
        utterance.set_onboundary(Some(boundary.as_ref().unchecked_ref()));
        utterance.set_onend(Some(end.as_ref().unchecked_ref()));
        utterance.set_onerror(Some(error.as_ref().unchecked_ref()));
        Self {
            utterance,
            _handlers: [start, boundary, end, error],
        }
    }
}

impl Drop for Speaking {
    /// Detaches the handlers before they are freed, so an engine that still
    /// fires events for this utterance (as after a cancel) finds none.
    fn drop(&mut self) {
        self.utterance.set_onstart(None);
        self.utterance.set_onboundary(None);
        self.utterance.set_onend(None);
        self.utterance.set_onerror(None);
    }
}
