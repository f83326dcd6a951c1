//! Everything the page frame needs in one language: interface words, the
//! manifest and the glossary. When the chosen language cannot be loaded
//! (a missing file, a translation service that is down) the pack falls back
//! to the source language and says why, so the reader is never left with a
//! blank or half-translated page.

use std::sync::Arc;

use super::format::fill;
use super::language::{content_path, source_language, ActiveLanguage};
use super::machine::{provider, translate_value, ProviderKind};
use super::text::{english, parse_locale, UiText};
use crate::content::load::{fetch_content, fetch_text};
use crate::content::{ContentError, Glossary, Language, Site};

/// The frame's content in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguagePack {
    /// What the reader chose.
    pub active: ActiveLanguage,
    /// The language actually shown.
    pub shown: Language,
    /// Set when machine translation made this pack.
    pub machine: Option<ProviderKind>,
    /// Interface words.
    pub words: Arc<UiText>,
    /// The manifest in this language.
    pub site: Site,
    /// The glossary in this language.
    pub glossary: Result<Glossary, ContentError>,
    /// Why the chosen language is not shown, in the shown language's words.
    pub problem: Option<String>,
}

/// Loads the pack for `active`.
pub async fn load_pack(manifest: Site, active: ActiveLanguage) -> LanguagePack {
    match active.clone() {
        ActiveLanguage::Source(_) => source_pack(manifest, active, None).await,
        ActiveLanguage::Translated(language) => match load_translated(&manifest, &active).await {
            Ok(pack) => pack,
            Err(problem) => {
                let words = english();
                let problem = fill(
                    &words.language.translation_failed,
                    &[("language", &language.name), ("problem", &problem)],
                );
                source_pack(manifest, active, Some(problem)).await
            }
        },
        ActiveLanguage::Machine(language) => {
            let source = source_pack(manifest.clone(), active.clone(), None).await;
            match machine_pack(&source, &manifest, &language).await {
                Ok(pack) => pack,
                Err(reason) => {
                    let problem = fill(
                        &source.words.language.machine_failed,
                        &[("language", &language.name), ("reason", &reason)],
                    );
                    LanguagePack {
                        problem: Some(problem),
                        ..source
                    }
                }
            }
        }
    }
}

async fn source_pack(
    manifest: Site,
    active: ActiveLanguage,
    problem: Option<String>,
) -> LanguagePack {
    let glossary = fetch_content::<Glossary>(manifest.glossary_file.clone()).await;
    LanguagePack {
        active,
        shown: source_language(&manifest),
        machine: None,
        words: english(),
        site: manifest,
        glossary,
        problem,
    }
}

async fn load_translated(manifest: &Site, active: &ActiveLanguage) -> Result<LanguagePack, String> {
    let code = active.code();
    let file = format!("locales/{code}.json");
    let words = fetch_text(&format!("/{file}"), &file)
        .await
        .and_then(|text| parse_locale(&file, &text))
        .map_err(|error| error.to_string())?;
    let site = fetch_content::<Site>(content_path(active, "site.json"))
        .await
        .map_err(|error| error.to_string())?;
    let glossary = fetch_content::<Glossary>(content_path(active, &manifest.glossary_file)).await;
    Ok(LanguagePack {
        active: active.clone(),
        shown: active.language().clone(),
        machine: None,
        words: Arc::new(words),
        site,
        glossary,
        problem: None,
    })
}

async fn machine_pack(
    source: &LanguagePack,
    manifest: &Site,
    language: &Language,
) -> Result<LanguagePack, String> {
    let reasons = &source.words.language;
    let endpoint = manifest
        .machine_translation
        .as_ref()
        .and_then(|machine| machine.endpoint.as_deref());
    let Some(translator) = provider(endpoint) else {
        return Err(reasons.reason_unavailable.clone());
    };
    let from = source.shown.code.as_str();
    let to = language.code.as_str();
    let fail = |error: super::machine::MachineError| error.reason(reasons);
    let words = translate_value(translator.as_ref(), (*source.words).clone(), from, to)
        .await
        .map_err(fail)?;
    let site = translate_value(translator.as_ref(), source.site.clone(), from, to)
        .await
        .map_err(fail)?;
    let glossary = match source.glossary.clone() {
        Ok(glossary) => {
            let mut glossary = translate_value(translator.as_ref(), glossary, from, to)
                .await
                .map_err(fail)?;
            // Spellings for speech are written for the source language's voices.
            glossary
                .entries
                .iter_mut()
                .for_each(|entry| entry.say = None);
            Ok(glossary)
        }
        Err(error) => Err(error),
    };
    Ok(LanguagePack {
        active: source.active.clone(),
        shown: language.clone(),
        machine: Some(translator.kind()),
        words: Arc::new(words),
        site,
        glossary,
        problem: None,
    })
}
