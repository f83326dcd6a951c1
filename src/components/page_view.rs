//! A page in the reader's language: its heading, any notice about the
//! translation, and its blocks, each with its original beside it when the
//! reader asks for it.

use leptos::prelude::*;

use super::abbreviations::provide_page_abbreviations;
use super::blocks::{provide_page_groups, BlockView};
use super::language::{OriginalBlock, PageTranslationNotice};
use super::{ErrorPanel, PageHeading, RichText};
use crate::content::load::fetch_content;
use crate::content::{ContentError, Glossary, Page};
use crate::i18n::language::source_language;
use crate::i18n::page::LocalizedPage;
use crate::media::tracks::LoadedTracks;
use crate::site_content::{use_site_content, use_words, ShowOriginal};

/// On a translated page, the code of the language that fields kept as
/// written (such as an action's source document) are in, so they carry
/// their own `lang`.
#[derive(Clone, Default)]
pub struct UntranslatedLanguage(pub Option<String>);

/// What a page's videos need from the page: its language, the site's
/// source language, and the text tracks read with the page.
#[derive(Clone, Debug, Default)]
pub struct PageMedia {
    /// The page's BCP 47 language tag.
    pub language: String,
    /// The site's source language tag.
    pub source: String,
    /// The tracks read, by `src`.
    pub tracks: LoadedTracks,
    /// The page language's name, such as "Français".
    pub language_name: String,
    /// The tracks whose cues machine translation put into the page's
    /// language.
    pub machine_tracks: Vec<String>,
}

/// Renders a loaded page.
#[component]
pub fn PageView(
    page: LocalizedPage,
    glossary: Result<Glossary, ContentError>,
    #[prop(default = None)] caption: Option<String>,
    /// The source-language file, for showing originals.
    file: String,
) -> impl IntoView {
    let content = use_site_content();
    let words = use_words();
    let source = content
        .manifest
        .get_untracked()
        .and_then(Result::ok)
        .map(|manifest| source_language(&manifest));
    let is_translation = source
        .as_ref()
        .is_some_and(|source| source.code != page.language.code);
    provide_context(UntranslatedLanguage(
        source
            .as_ref()
            .filter(|_| is_translation)
            .map(|source| source.code.clone()),
    ));
    provide_page_abbreviations(glossary.as_ref().ok());
    provide_page_groups(&page.page);
    provide_context(PageMedia {
        language: page.language.code.clone(),
        source: source
            .as_ref()
            .map_or_else(|| page.language.code.clone(), |source| source.code.clone()),
        tracks: page.tracks.clone(),
        language_name: page.language.name.clone(),
        machine_tracks: page.machine_tracks.clone(),
    });
    let glossary_problem = glossary.err().map(|error| {
        let retry = Callback::new(move |_| content.retry());
        view! {
            <ErrorPanel error=error on_retry=retry title=Some(words.errors.glossary_title.clone())/>
        }
    });
    let show = use_context::<ShowOriginal>().map(|show| show.0);
    let known_original = page.original.clone();
    let original = LocalResource::new(move || {
        let wanted = is_translation && show.is_some_and(|show| show.get());
        let known = known_original.clone();
        let file = file.clone();
        async move {
            match (wanted, known) {
                (false, _) => None,
                (true, Some(page)) => Some(Ok(page)),
                (true, None) => Some(fetch_content::<Page>(file).await),
            }
        }
    });
    let LocalizedPage {
        page,
        language,
        machine,
        problem,
        ..
    } = page;
    let Page {
        title,
        lead,
        blocks,
        ..
    } = page;
    let notice = source.clone().map(|source| {
        view! {
            <PageTranslationNotice
                language=language.clone()
                source=source
                machine=machine
                problem=problem
                is_translation=is_translation
            />
        }
    });
    let source_language = source.unwrap_or_else(|| language.clone());
    let blocks = blocks
        .into_iter()
        .enumerate()
        .map(|(index, block)| {
            if !is_translation {
                return view! { <BlockView block=block index=index/> }.into_any();
            }
            let source = source_language.clone();
            view! {
                <div class="app-bilingual">
                    <div class="app-bilingual__main"><BlockView block=block index=index/></div>
                    <OriginalBlock original=original index=index source=source/>
                </div>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <div class="app-page" lang=language.code.clone() dir=language.dir.as_str()>
            <PageHeading text=title caption=caption/>
            {notice}
            {glossary_problem}
            {lead.map(|lead| view! { <p class="app-lead"><RichText text=lead/></p> })}
            {blocks}
        </div>
    }
}
