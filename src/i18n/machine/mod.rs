//! Machine translation for languages without a shipped translation, behind
//! one trait with two providers: the site's LibreTranslate-compatible
//! service (set in the manifest) and the browser's built-in translator
//! (where the browser has one). Output is cached for the visit, checked
//! (links and placeholders must survive), and never replaces the original
//! on failure: the caller keeps the source text and shows why.

mod browser;
mod service;

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

pub use browser::{browser_has_translator, BrowserTranslator};
pub use service::ServiceTranslator;

use crate::content::inline::link_targets;
use crate::content::text::VisitText;
use crate::i18n::format::{fill, placeholders};
use crate::i18n::text::LanguageText;

/// A boxed future, as the providers return.
pub type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Why machine translation did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MachineError {
    /// The service took longer than we wait.
    Timeout {
        /// How long we waited.
        seconds: u32,
    },
    /// The service answered with an error status.
    Http {
        /// The HTTP status.
        status: u16,
    },
    /// The service could not be reached.
    Network,
    /// The answer was not the shape we asked for.
    BadAnswer,
    /// The provider cannot translate into this language.
    Unavailable,
}

impl MachineError {
    /// The reason in the reader's words.
    pub fn reason(&self, words: &LanguageText) -> String {
        match self {
            Self::Timeout { seconds } => {
                fill(&words.reason_timeout, &[("seconds", &seconds.to_string())])
            }
            Self::Http { status } => fill(&words.reason_http, &[("status", &status.to_string())]),
            Self::Network => words.reason_network.clone(),
            Self::BadAnswer => words.reason_bad_answer.clone(),
            Self::Unavailable => words.reason_unavailable.clone(),
        }
    }
}

/// Which provider did the translating, for the label on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProviderKind {
    /// The browser's built-in translator.
    Browser,
    /// The site's translation service.
    Service,
}

impl ProviderKind {
    /// How the page names it.
    pub fn label(self, words: &LanguageText) -> &str {
        match self {
            Self::Browser => &words.provider_browser,
            Self::Service => &words.provider_service,
        }
    }
}

/// Something that translates text.
pub trait TranslationProvider {
    /// Which provider this is.
    fn kind(&self) -> ProviderKind;
    /// Translates each of `texts` from `from` into `to`, in order.
    fn translate<'a>(
        &'a self,
        texts: &'a [String],
        from: &'a str,
        to: &'a str,
    ) -> LocalFuture<'a, Result<Vec<String>, MachineError>>;
}

thread_local! {
    /// Translations made during this visit: (target language, source text).
    static CACHE: RefCell<HashMap<(String, String), String>> = RefCell::new(HashMap::new());
    /// Languages whose saved translations have been read back this visit.
    static RESTORED: RefCell<std::collections::HashSet<String>> = RefCell::default();
}

/// sessionStorage keeps a visit's translations across reloads in the same
/// tab (never longer, and never in localStorage).
const SESSION_PREFIX: &str = "send-hub-translations:";

/// The most we keep per language in sessionStorage.
const SESSION_MAX_BYTES: usize = 1024 * 1024;

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Reads back the translations saved earlier in this visit, once.
fn restore(to: &str) {
    if !RESTORED.with_borrow_mut(|done| done.insert(to.to_string())) {
        return;
    }
    let saved = session_storage()
        .and_then(|storage| {
            storage
                .get_item(&format!("{SESSION_PREFIX}{to}"))
                .ok()
                .flatten()
        })
        .and_then(|text| serde_json::from_str::<HashMap<String, String>>(&text).ok())
        .unwrap_or_default();
    CACHE.with_borrow_mut(|cache| {
        for (source, output) in saved {
            cache.insert((to.to_string(), source), output);
        }
    });
}

/// Saves this visit's translations into `to` (skipped when too big or when
/// storage is blocked: they are still kept in memory).
fn save(to: &str) {
    let text = CACHE.with_borrow(|cache| {
        let mine: HashMap<&str, &str> = cache
            .iter()
            .filter(|((lang, _), _)| lang == to)
            .map(|((_, source), output)| (source.as_str(), output.as_str()))
            .collect();
        serde_json::to_string(&mine).unwrap_or_default()
    });
    if text.len() <= SESSION_MAX_BYTES {
        if let Some(storage) = session_storage() {
            let _ = storage.set_item(&format!("{SESSION_PREFIX}{to}"), &text);
        }
    }
}

/// How many texts go in one request.
const BATCH: usize = 40;

/// Translates every reader-facing text in `value`. A translated text that
/// lost or changed a link address or a `{placeholder}` is not trusted: the
/// source text stays in its place.
pub async fn translate_value<T: VisitText>(
    provider: &dyn TranslationProvider,
    mut value: T,
    from: &str,
    to: &str,
) -> Result<T, MachineError> {
    restore(to);
    let mut sources = Vec::new();
    value.visit_text(&mut |text| sources.push(text.clone()));
    let missing: Vec<String> = CACHE.with_borrow(|cache| {
        let mut seen = std::collections::HashSet::new();
        sources
            .iter()
            .filter(|text| !text.trim().is_empty())
            .filter(|text| !cache.contains_key(&(to.to_string(), (*text).clone())))
            .filter(|text| seen.insert((*text).clone()))
            .cloned()
            .collect()
    });
    for batch in missing.chunks(BATCH) {
        let translated = provider.translate(batch, from, to).await?;
        if translated.len() != batch.len() {
            return Err(MachineError::BadAnswer);
        }
        CACHE.with_borrow_mut(|cache| {
            for (source, output) in batch.iter().zip(translated) {
                cache.insert((to.to_string(), source.clone()), output);
            }
        });
    }
    if !missing.is_empty() {
        save(to);
    }
    CACHE.with_borrow(|cache| {
        value.visit_text(&mut |text| {
            if let Some(output) = cache.get(&(to.to_string(), text.clone())) {
                if is_faithful(text, output) {
                    *text = output.clone();
                }
            }
        });
    });
    Ok(value)
}

/// Machine output keeps every link address and placeholder of the source,
/// in order, and is not empty.
pub fn is_faithful(source: &str, output: &str) -> bool {
    !output.trim().is_empty()
        && link_targets(source) == link_targets(output)
        && placeholders(source) == placeholders(output)
}

/// The provider for `endpoint` (the site's service) or, without one, the
/// browser's translator where the browser has one.
pub fn provider(endpoint: Option<&str>) -> Option<Box<dyn TranslationProvider>> {
    match endpoint {
        Some(endpoint) => Some(Box::new(ServiceTranslator::new(endpoint))),
        None if browser_has_translator() => Some(Box::new(BrowserTranslator)),
        None => None,
    }
}
