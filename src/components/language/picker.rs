use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::announcer::use_announcer;
use crate::content::Language;
use crate::embedding::host::host;
use crate::i18n::format::fill;
use crate::i18n::language::{machine_languages, source_language};
use crate::i18n::machine::browser_has_translator;
use crate::navigation::address::Routing;
use crate::site_content::{use_site_content, use_words, LanguageJustChanged};
use crate::static_first::page_data::{language_base, PageAddress};
use crate::tools::use_reading_settings;

/// The select's id, where focus returns after the language changes.
pub const LANGUAGE_SELECT_ID: &str = "language-select";

/// Chooses `code` as the reader's language (saved with the other settings).
/// The frame then rebuilds in that language and focus comes back here.
pub fn switch_language(code: String) {
    let settings = use_reading_settings();
    if let Some(flag) = use_context::<LanguageJustChanged>() {
        flag.0.set(true);
    }
    settings.language.set(Some(code));
}

/// A native select listing every language in its own name, and a button to
/// apply the choice (so moving through the list never changes the page).
/// Machine-translated languages are listed apart and labelled.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let content = use_site_content();
    let words = use_words();
    let announcer = use_announcer();
    let Some(manifest) = content.manifest.get_untracked().and_then(Result::ok) else {
        return ().into_any();
    };
    let machine: Vec<Language> = machine_languages(&manifest, browser_has_translator()).to_vec();
    // On the site the shipped languages are links; this is for machine
    // translation only.
    let on_site = !host().embedded;
    if machine.is_empty() && (on_site || manifest.languages.len() < 2) {
        return ().into_any();
    }
    let pack = content.pack_now();
    let current = pack.as_ref().map_or_else(
        || source_language(&manifest).code,
        |pack| pack.active.code().to_string(),
    );
    let shown_code = pack.as_ref().map(|pack| pack.shown.code.clone());
    let chosen = RwSignal::new(current.clone());

    // Back from a language change: focus returns here and the new
    // language is confirmed in its own words.
    if let Some(flag) = use_context::<LanguageJustChanged>() {
        if flag.0.get_untracked() {
            flag.0.set(false);
            let name = pack
                .as_ref()
                .map(|pack| pack.shown.name.clone())
                .unwrap_or_default();
            announcer.say(fill(&words.language.changed, &[("language", &name)]));
            request_animation_frame(|| {
                if let Some(select) = document()
                    .get_element_by_id(LANGUAGE_SELECT_ID)
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = select.focus();
                }
            });
        }
    }

    let manifest_for_apply = manifest.clone();
    let settings_for_apply = use_reading_settings();
    let apply = move |ev: SubmitEvent| {
        ev.prevent_default();
        let code = chosen.get_untracked();
        if code == current {
            return;
        }
        if !on_site {
            switch_language(code);
            return;
        }
        // Each shipped language has its own pages; machine translation is
        // applied over the source language's.
        let source = source_language(&manifest_for_apply).code;
        let shipped = manifest_for_apply.languages.iter().any(|l| l.code == code);
        let pages_in = if shipped {
            code.clone()
        } else {
            source.clone()
        };
        let host = host();
        let here = match &host.routing {
            Routing::Path { base } if !base.is_empty() => base.trim_start_matches('/').to_string(),
            _ => source.clone(),
        };
        if pages_in == here {
            switch_language(code);
        } else {
            settings_for_apply.language.set(Some(code));
            let address = PageAddress {
                path: host.site_path,
                base: language_base(&pages_in, &source),
                language: pages_in,
            };
            let _ = window().location().set_href(&address.url());
        }
    };
    let text = &words.language;
    let option = |language: &Language, label: String, own_lang: bool| {
        let selected = language.code == chosen.get_untracked();
        let lang = own_lang.then(|| language.code.clone());
        view! { <option value=language.code.clone() lang=lang selected=selected>{label}</option> }
    };
    let shipped = manifest
        .languages
        .iter()
        .map(|language| option(language, language.name.clone(), true))
        .collect_view();
    let machine_group = (!machine.is_empty()).then(|| {
        let options = machine
            .iter()
            .map(|language| {
                let label = fill(&text.machine_option, &[("language", &language.name)]);
                option(language, label, false)
            })
            .collect_view();
        view! { <optgroup label=text.machine_group.clone()>{options}</optgroup> }
    });
    // Someone who cannot read the current language can still find this.
    let in_english = (shown_code.as_deref() != Some("en")).then(|| {
        view! { " " <span lang="en">"(Language)"</span> }
    });
    view! {
        <form class="app-language" on:submit=apply>
            <label class="app-language__label" for=LANGUAGE_SELECT_ID>
                {text.label.clone()}{in_english}
            </label>
            <select
                class="app-select app-language__select"
                id=LANGUAGE_SELECT_ID
                on:change=move |ev| chosen.set(event_target_value(&ev))
            >
                <optgroup label=text.checked_group.clone()>{shipped}</optgroup>
                {machine_group}
            </select>
            <button type="submit" class="app-button app-button--secondary app-language__button">
                {text.change.clone()}
            </button>
        </form>
    }
    .into_any()
}
