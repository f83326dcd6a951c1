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
use crate::i18n::page::LocalizedPage;
use crate::i18n::text::english;
use crate::i18n::{ActiveLanguage, LanguagePack, UiText};
use crate::static_first::browser_facts::use_browser_facts;
use crate::tools::ReadingSettings;

/// The manifest file every visit starts from.
pub const SITE_FILE: &str = "site.json";

/// Content already in hand when the app starts: read from the files by the
/// pre-render step, or fetched (and checked against the page's content
/// fingerprint) in the browser before hydrating. Rendering from it is
/// synchronous, so the browser builds exactly the HTML the build wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct PreloadedContent {
    /// `site.json` in the source language.
    pub manifest: Site,
    /// Words, manifest and glossary in the page's language.
    pub pack: LanguagePack,
    /// The page the address shows, if it shows a content file.
    pub page: Option<PreloadedPage>,
}

/// One page's content, loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct PreloadedPage {
    /// The page's file as the source-language manifest names it
    /// (`pages/glossary.json`).
    pub file: String,
    /// The page in the pack's language.
    pub page: LocalizedPage,
}

/// Content the whole site needs.
#[derive(Clone, Copy)]
pub struct SiteContent {
    /// `site.json` in the source language: languages, pages, services;
    /// `None` until it has answered.
    pub manifest: Memo<Option<Result<Site, ContentError>>>,
    /// Loads the manifest when it was not preloaded.
    manifest_resource: Option<LocalResource<Result<Site, ContentError>>>,
    /// The language the reader asked for, as the manifest offers it (a
    /// stored choice the site no longer offers becomes the source
    /// language); `None` until the manifest has loaded.
    pub wanted: Memo<Option<ActiveLanguage>>,
    /// Bumped to load the pack again.
    reload: RwSignal<u32>,
    /// The pack, changing only when its value does (a resource reports
    /// every load, even of the same value, and the page must not be
    /// rebuilt for that).
    current: Memo<Option<Result<LanguagePack, ContentError>>>,
    /// What the page was rendered from, if anything.
    preloaded: StoredValue<Option<PreloadedContent>>,
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

    /// The preloaded page for `file` (as the source manifest names it), if
    /// it is in the language now shown.
    pub fn preloaded_page(&self, file: &str) -> Option<LocalizedPage> {
        let shown = self.pack_now()?.active;
        self.preloaded.with_value(|preloaded| {
            let preloaded = preloaded.as_ref()?;
            let page = preloaded.page.as_ref()?;
            (page.file == file && preloaded.pack.active == shown).then(|| page.page.clone())
        })
    }

    /// Loads everything again, after a failure.
    pub fn retry(&self) {
        // The pack follows the manifest, so one refetch is enough.
        match self.manifest_resource {
            Some(manifest) if matches!(manifest.get_untracked(), Some(Err(_))) => {
                manifest.refetch()
            }
            _ => self.reload.update(|count| *count += 1),
        }
    }
}

/// Shares the manifest and the reader's language: from `preloaded` when the
/// page was rendered from it, else loaded now.
pub fn provide_site_content(
    settings: ReadingSettings,
    preloaded: Option<PreloadedContent>,
) -> SiteContent {
    let facts = use_browser_facts();
    let manifest_resource = preloaded
        .is_none()
        .then(|| LocalResource::new(load_manifest));
    let preloaded_manifest = preloaded.as_ref().map(|content| content.manifest.clone());
    let manifest = Memo::new(move |_| match (&preloaded_manifest, manifest_resource) {
        (Some(manifest), _) => Some(Ok(manifest.clone())),
        (None, Some(resource)) => resource.get(),
        (None, None) => None,
    });
    let preloaded_pack = preloaded.as_ref().map(|content| content.pack.clone());
    let preloaded_active = preloaded_pack.as_ref().map(|pack| pack.active.clone());
    let shown_at_start = preloaded_active.clone();
    let wanted = Memo::new(move |_| {
        let chosen = settings.language.get();
        let running = facts.running.get();
        manifest.with(|manifest| {
            let manifest = manifest.as_ref()?.as_ref().ok()?;
            let Some(shown) = &shown_at_start else {
                return Some(resolve(
                    manifest,
                    chosen.as_deref(),
                    browser_has_translator(),
                ));
            };
            // A page in a shipped language shows that language: it is in
            // its address. Machine translation, a choice made in this
            // browser, is applied over the source-language pages once the
            // app runs.
            match (shown, running) {
                (ActiveLanguage::Source(_), true) => {
                    match resolve(manifest, chosen.as_deref(), browser_has_translator()) {
                        machine @ ActiveLanguage::Machine(_) => Some(machine),
                        _ => Some(shown.clone()),
                    }
                }
                _ => Some(shown.clone()),
            }
        })
    });
    // Loads the wanted language whenever it changes (each load once the
    // manifest has answered), unless the page was rendered from it. An
    // effect rather than a resource: the wanted language may change in the
    // app's first moments (the stored choice is read after hydration), and
    // the load must follow it then too.
    let loaded = RwSignal::new(None);
    let reload = RwSignal::new(0_u32);
    Effect::new(move |_| {
        reload.track();
        let manifest = manifest.get();
        let Some(active) = wanted.get() else {
            if let Some(Err(error)) = manifest {
                loaded.set(Some(Err(error)));
            }
            return;
        };
        if preloaded_active.as_ref() == Some(&active) {
            return;
        }
        let Some(Ok(manifest)) = manifest else {
            return;
        };
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            let pack = load_pack(manifest, active).await;
            loaded.set(Some(Ok(pack)));
        });
    });
    let current = Memo::new(
        move |previous: Option<&Option<Result<LanguagePack, ContentError>>>| {
            let active = wanted.get();
            match (&preloaded_pack, loaded.get()) {
                (Some(preloaded), _) if Some(&preloaded.active) == active.as_ref() => {
                    Some(Ok(preloaded.clone()))
                }
                (_, Some(loaded)) => Some(loaded),
                // While another language loads, the page stays as it is.
                (_, None) => previous.cloned().flatten(),
            }
        },
    );
    let content = SiteContent {
        manifest,
        manifest_resource,
        wanted,
        reload,
        current,
        preloaded: StoredValue::new(preloaded),
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
