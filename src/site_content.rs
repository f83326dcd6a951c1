//! The site manifest, and the frame's content in the reader's language,
//! loaded once per language and shared with every page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::load::{fetch_content, fetch_content_from};
use crate::content::{ContentError, Glossary, Site};
use crate::embedding::content_url::{ContentUrl, DEFAULT_CONTENT_BASE};
use crate::embedding::host::{accept_content_url, host};
use crate::i18n::language::resolve;
use crate::i18n::machine::browser_has_translator;
use crate::i18n::pack::load_pack;
use crate::i18n::text::english;
use crate::i18n::{ActiveLanguage, LanguagePack, UiText};
use crate::tools::ReadingSettings;

/// The manifest file every visit starts from.
pub const SITE_FILE: &str = "site.json";

/// Content the whole site needs.
#[derive(Clone, Copy)]
pub struct SiteContent {
    /// `site.json` in the source language: languages, pages, services.
    pub manifest: LocalResource<Result<Site, ContentError>>,
    /// The language the reader asked for, as the manifest offers it (a
    /// stored choice the site no longer offers becomes the source
    /// language); `None` until the manifest has loaded.
    pub wanted: Memo<Option<ActiveLanguage>>,
    /// Words, manifest and glossary in the reader's language; `None` until
    /// the manifest has answered.
    pub pack: LocalResource<Option<Result<LanguagePack, ContentError>>>,
    /// The pack, changing only when its value does (a resource reports
    /// every load, even of the same value, and the page must not be
    /// rebuilt for that).
    current: Memo<Option<Result<LanguagePack, ContentError>>>,
}

impl SiteContent {
    /// The language pack once loaded (tracked).
    pub fn loaded_pack(&self) -> Option<LanguagePack> {
        self.current.get().and_then(Result::ok)
    }

    /// The pack, or why it failed, once answered (tracked).
    pub fn pack_state(&self) -> Option<Result<LanguagePack, ContentError>> {
        self.current.get()
    }

    /// The manifest in the reader's language, or why it failed (tracked).
    pub fn site_state(&self) -> Option<Result<Site, ContentError>> {
        self.current.get().map(|pack| pack.map(|pack| pack.site))
    }

    /// The manifest in the reader's language, once loaded (tracked).
    pub fn loaded_site(&self) -> Option<Site> {
        self.loaded_pack().map(|pack| pack.site)
    }

    /// The glossary in the reader's language, once loaded (tracked).
    pub fn loaded_glossary(&self) -> Option<Glossary> {
        self.loaded_pack().and_then(|pack| pack.glossary.ok())
    }

    /// The pack as it is now, without tracking.
    pub fn pack_now(&self) -> Option<LanguagePack> {
        self.current.get_untracked().and_then(Result::ok)
    }

    /// Loads everything again, after a failure.
    pub fn retry(&self) {
        // The pack follows the manifest, so one refetch is enough.
        if matches!(self.manifest.get_untracked(), Some(Err(_))) {
            self.manifest.refetch();
        } else {
            self.pack.refetch();
        }
    }
}

/// Starts loading the manifest and the reader's language, and shares them.
pub fn provide_site_content(settings: ReadingSettings) -> SiteContent {
    let manifest = LocalResource::new(load_manifest);
    let browser_translator = browser_has_translator();
    let wanted = Memo::new(move |_| {
        let chosen = settings.language.get();
        manifest.with(|manifest| match manifest {
            Some(Ok(manifest)) => Some(resolve(manifest, chosen.as_deref(), browser_translator)),
            _ => None,
        })
    });
    // Reads the manifest as a value (not by awaiting it), so each language
    // loads once, after the manifest has answered.
    let pack = LocalResource::new(move || {
        let manifest = manifest.get();
        let active = wanted.get();
        async move {
            match (manifest?, active) {
                (Err(error), _) => Some(Err(error)),
                (Ok(manifest), Some(active)) => Some(Ok(load_pack(manifest, active).await)),
                (Ok(_), None) => None,
            }
        }
    });
    let current = Memo::new(move |_| pack.get().flatten());
    let content = SiteContent {
        manifest,
        wanted,
        pack,
        current,
    };
    provide_context(content);
    content
}

/// The manifest, from the content folder the embed named once it is known
/// to be allowed: on this site, or on a site this site's own manifest lists
/// in `embed_content_origins`.
async fn load_manifest() -> Result<Site, ContentError> {
    let refused = |url: String| ContentError::ContentUrlRefused {
        file: SITE_FILE.to_string(),
        url,
    };
    match host().content {
        ContentUrl::Accepted(_) => fetch_content::<Site>(SITE_FILE.to_string()).await,
        ContentUrl::NeedsAllowList { url, origin } => {
            let own =
                fetch_content_from::<Site>(DEFAULT_CONTENT_BASE, SITE_FILE.to_string()).await?;
            let allowed = own
                .embed_content_origins
                .iter()
                .any(|allowed| allowed.eq_ignore_ascii_case(&origin));
            if !allowed {
                return Err(refused(url));
            }
            accept_content_url(url);
            fetch_content::<Site>(SITE_FILE.to_string()).await
        }
        ContentUrl::Refused { url } => Err(refused(url)),
    }
}

/// The shared site content.
pub fn use_site_content() -> SiteContent {
    expect_context::<SiteContent>()
}

/// The interface words in the reader's language, as they are now. The page
/// frame is rebuilt when the language changes, so components read them once.
pub fn use_words() -> Arc<UiText> {
    use_context::<SiteContent>()
        .and_then(|content| content.current.get_untracked())
        .and_then(Result::ok)
        .map_or_else(english, |pack| pack.words)
}

/// The language code of the interface words in use, for numbers and plurals.
pub fn words_lang() -> String {
    use_context::<SiteContent>()
        .and_then(|content| content.current.get_untracked())
        .and_then(Result::ok)
        .map_or_else(|| "en".to_string(), |pack| pack.shown.code)
}

/// Whether each translated block shows its original beside it. Shared, so
/// it stays on from page to page during the visit.
#[derive(Clone, Copy)]
pub struct ShowOriginal(pub RwSignal<bool>);

/// Set when the reader has just changed language, so the rebuilt frame puts
/// focus back on the language picker.
#[derive(Clone, Copy)]
pub struct LanguageJustChanged(pub RwSignal<bool>);

/// Shares the language switches' state with the frame.
pub fn provide_language_state() {
    provide_context(ShowOriginal(RwSignal::new(false)));
    provide_context(LanguageJustChanged(RwSignal::new(false)));
}
