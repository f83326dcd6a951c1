//! One page in the reader's language: a shipped translation, a machine
//! translation of the source (keeping the source as the original), or the
//! source itself, with the reason when the chosen language could not be used.

use super::format::fill;
use super::language::{content_path, ActiveLanguage};
use super::machine::{provider, translate_value, ProviderKind};
use super::pack::LanguagePack;
use crate::content::load::{fetch_content, fetch_text};
use crate::content::{ContentError, Language, Page};
use crate::media::tracks::{load_tracks, LoadedTracks};

/// A page ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalizedPage {
    /// The page as shown.
    pub page: Page,
    /// The language it is shown in.
    pub language: Language,
    /// The source-language page, when machine translation already has it.
    pub original: Option<Page>,
    /// Set when machine translation made this page.
    pub machine: Option<ProviderKind>,
    /// Why the page is not in the chosen language.
    pub problem: Option<String>,
    /// The text tracks its videos use in its language
    /// ([`crate::media::tracks::page_tracks`]).
    pub tracks: LoadedTracks,
    /// The `src` of each track in `tracks` whose cues machine translation
    /// put into the page's language.
    pub machine_tracks: Vec<String>,
}

impl LocalizedPage {
    /// A page shown as written, when the manifest is not available to say
    /// which language it is in.
    pub fn as_written(page: Page) -> Self {
        Self {
            page,
            language: crate::i18n::language::fallback_language(),
            original: None,
            machine: None,
            problem: None,
            tracks: LoadedTracks::new(),
            machine_tracks: Vec::new(),
        }
    }
}

/// Loads `file` for the language in `pack`, with its videos' text tracks.
pub async fn load_page(
    pack: LanguagePack,
    source: Language,
    endpoint: Option<String>,
    file: String,
) -> Result<LocalizedPage, ContentError> {
    let source_code = source.code.clone();
    let translator = endpoint.clone();
    let mut page = load_page_text(pack, source, endpoint, file).await?;
    let read = |file: String| async move { fetch_text(&format!("/{file}"), &file).await };
    let (tracks, _) = load_tracks(&page.page, &page.language.code, &source_code, read).await;
    page.tracks = tracks;
    if page.machine.is_some() {
        translate_cues(&mut page, translator.as_deref(), &source_code).await;
    }
    Ok(page)
}

/// On a machine-translated page, the cues of the tracks read (the source
/// language's, as no track is in the page's language) are translated by the
/// same provider, and the page notes which tracks were. A track the
/// provider cannot translate stays as written.
async fn translate_cues(page: &mut LocalizedPage, endpoint: Option<&str>, source: &str) {
    let Some(translator) = provider(endpoint) else {
        return;
    };
    let target = page.language.code.clone();
    for (src, cues) in page.tracks.iter_mut() {
        let Ok(list) = cues else { continue };
        if let Ok(translated) =
            translate_value(translator.as_ref(), list.clone(), source, &target).await
        {
            *list = translated;
            page.machine_tracks.push(src.clone());
        }
    }
}

async fn load_page_text(
    pack: LanguagePack,
    source: Language,
    endpoint: Option<String>,
    file: String,
) -> Result<LocalizedPage, ContentError> {
    let plain = |page: Page, language: Language| LocalizedPage {
        page,
        language,
        original: None,
        machine: None,
        problem: None,
        tracks: LoadedTracks::new(),
        machine_tracks: Vec::new(),
    };
    if pack.problem.is_some() {
        return Ok(plain(fetch_content::<Page>(file).await?, source));
    }
    match &pack.active {
        ActiveLanguage::Source(language) => {
            Ok(plain(fetch_content::<Page>(file).await?, language.clone()))
        }
        ActiveLanguage::Translated(language) => Ok(plain(
            fetch_content::<Page>(content_path(&pack.active, &file)).await?,
            language.clone(),
        )),
        ActiveLanguage::Machine(language) => {
            let original = fetch_content::<Page>(file).await?;
            let Some(translator) = provider(endpoint.as_deref()) else {
                return Ok(plain(original, source));
            };
            match translate_value(
                translator.as_ref(),
                original.clone(),
                &source.code,
                &language.code,
            )
            .await
            {
                Ok(page) => Ok(LocalizedPage {
                    page,
                    language: language.clone(),
                    original: Some(original),
                    machine: Some(translator.kind()),
                    problem: None,
                    tracks: LoadedTracks::new(),
                    machine_tracks: Vec::new(),
                }),
                Err(error) => {
                    let words = &pack.words.language;
                    let problem = fill(
                        &words.machine_failed,
                        &[
                            ("language", &language.name),
                            ("reason", &error.reason(words)),
                        ],
                    );
                    Ok(LocalizedPage {
                        problem: Some(problem),
                        ..plain(original, source)
                    })
                }
            }
        }
    }
}
