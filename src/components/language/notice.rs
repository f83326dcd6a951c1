use leptos::prelude::*;

use super::switch_language;
use crate::content::Language;
use crate::embedding::host::host;
use crate::i18n::format::fill;
use crate::i18n::language::ActiveLanguage;
use crate::i18n::machine::ProviderKind;
use crate::navigation::app_href;
use crate::site_content::{use_site_content, use_words, ShowOriginal};
use crate::static_first::page_data::PageAddress;

/// Under the navigation: says when a language is on its way, or why the
/// chosen language could not be shown.
#[component]
pub fn TranslationNotice() -> impl IntoView {
    let content = use_site_content();
    let words = use_words();
    // While a new language loads, say so; machine translation takes longest.
    let pending = move || {
        let wanted = content.wanted.get()?;
        let pack = content.loaded_pack()?;
        if pack.active == wanted {
            return None;
        }
        Some(match wanted {
            ActiveLanguage::Machine(language) => fill(
                &words.language.machine_working,
                &[("language", &language.name)],
            ),
            _ => words.shell.loading.clone(),
        })
    };
    let problem = move || content.loaded_pack().and_then(|pack| pack.problem);
    view! {
        <div>
            <p class="app-language-status" role="status">{pending}</p>
            {move || problem().map(|problem| view! {
                <p class="app-callout app-callout--important" role="alert">{problem}</p>
            })}
        </div>
    }
}

/// At the top of a translated page: how it was translated, a way back to the
/// original language in one press, and the originals beside each part.
#[component]
pub fn PageTranslationNotice(
    language: Language,
    source: Language,
    machine: Option<ProviderKind>,
    problem: Option<String>,
    is_translation: bool,
) -> impl IntoView {
    let words = use_words();
    let text = &words.language;
    if let Some(problem) = problem {
        return view! { <p class="app-callout app-callout--important" role="alert">{problem}</p> }
            .into_any();
    }
    if !is_translation {
        return ().into_any();
    }
    let show = use_context::<ShowOriginal>().map(|show| show.0);
    let label = match machine {
        Some(provider) => Some(fill(
            &text.machine_notice,
            &[
                ("language", &language.name),
                ("provider", provider.label(text)),
            ],
        )),
        None => language
            .machine_assisted
            .then(|| text.machine_assisted.clone()),
    };
    let tell_us = (machine.is_none() && language.machine_assisted).then(|| {
        view! { " " <a class="app-link" href=app_href("/get-involved")>{text.tell_us.clone()}</a> }
    });
    let source_code = source.code.clone();
    let read_source = move |_| switch_language(source_code.clone());
    let (show_text, hide_text) = (text.show_original.clone(), text.hide_original.clone());
    let in_source = (language.code != "en").then(|| {
        view! { " " <span lang=source.code.clone()>"(" {source.name.clone()} ")"</span> }
    });
    let host = host();
    // On the site a shipped translation's original is a page of its own: a
    // link, which works without JavaScript. A machine translation (and any
    // page in a drop-in) is switched back in the app.
    let back_to_source = if !host.embedded && machine.is_none() {
        let address = PageAddress {
            path: host.site_path.clone(),
            language: source.code.clone(),
            base: String::new(),
        };
        view! {
            <a class="app-button app-button--secondary" href=address.url() hreflang=source.code.clone()
                data-language-choice=source.code.clone()>
                {text.read_in_english.clone()}
                {in_source}
            </a>
        }
        .into_any()
    } else {
        view! {
            <button type="button" class="app-button app-button--secondary" on:click=read_source>
                {text.read_in_english.clone()}
                {in_source}
            </button>
        }
        .into_any()
    };
    view! {
        <div class="app-translation-notice">
            {label.map(|label| view! { <p>{label}{tell_us}</p> })}
            <div class="app-translation-notice__actions">
                {back_to_source}
                {show.map(|show| {
                    let show_label = move || if show.get() { hide_text.clone() } else { show_text.clone() };
                    // The label stays shown under a page translator.
                    let node = NodeRef::new();
                    crate::components::live_text::keep_text_shown(node, show_label.clone());
                    view! {
                    <button
                        type="button"
                        class="app-button app-button--secondary app-needs-app"
                        aria-pressed=move || show.get().to_string()
                        on:click=move |_| show.update(|on| *on = !*on)
                        node_ref=node
                    >
                        {show_label}
                    </button>
                }})}
            </div>
        </div>
    }
    .into_any()
}
