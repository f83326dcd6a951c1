//! What one pre-rendered page is made from. A page is an in-app path
//! (`/glossary`) in a language (the source language at the site root,
//! shipped translations under their code: `/pl/glossary`). Its content comes
//! from a fixed list of files, read in three steps (the manifest says where
//! the glossary is; the manifest in the page's language says which file the
//! page is). The fingerprint over those files' text, written into the page
//! at build time, tells the browser whether the content on the server is
//! still what the page was rendered from.

use std::hash::Hasher;
use std::sync::Arc;

use crate::content::parse::parse_content;
use crate::content::{ContentError, Glossary, Page, Site};
use crate::i18n::language::{content_path, source_language, ActiveLanguage};
use crate::i18n::page::LocalizedPage;
use crate::i18n::text::{english, parse_locale};
use crate::i18n::LanguagePack;
use crate::media::tracks::load_tracks;
use crate::routes::{match_route, Route};
use crate::site_content::{PreloadedContent, PreloadedPage, SITE_FILE};

/// A file as the site serves it, relative to the site root
/// (`content/pl/site.json`, `locales/pl.json`), with its text.
pub type FileText = (String, String);

/// The address of one page: `base` + `path`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageAddress {
    /// The in-app path, such as `/glossary` (`/` for home).
    pub path: String,
    /// The language's BCP 47 code; the source language lives at the root.
    pub language: String,
    /// `""` for the source language, `/pl` for Polish.
    pub base: String,
}

impl PageAddress {
    /// The address a reader types: `/pl/glossary`, `/pl/` for a home page.
    pub fn url(&self) -> String {
        if self.path == "/" {
            format!("{}/", self.base)
        } else {
            format!("{}{}", self.base, self.path)
        }
    }
}

/// The base path of `language` on a site whose source language is
/// `source`: `""` for the source language, `/pl` for the others.
pub fn language_base(language: &str, source: &str) -> String {
    if language == source {
        String::new()
    } else {
        format!("/{language}")
    }
}

/// Every page of the site in `language`: home, each content page, the
/// newsletter issues, and the not-found page (at `/404`).
pub fn page_paths(site: &Site) -> Vec<String> {
    let pages = site.pages.iter().map(|page| {
        if page.slug.is_empty() {
            "/".to_string()
        } else {
            format!("/{}", page.slug)
        }
    });
    let issues = site
        .newsletter
        .iter()
        .map(|issue| crate::routes::newsletter_issue(&issue.slug));
    pages
        .chain(issues)
        .chain(std::iter::once(NOT_FOUND_PATH.to_string()))
        .collect()
}

/// The in-app path the not-found page is rendered at (`404.html`).
pub const NOT_FOUND_PATH: &str = "/404";

/// Where content files live on the site.
pub const CONTENT_FOLDER: &str = "content";

/// The source-language manifest, the first file of every page.
pub fn manifest_file() -> String {
    format!("{CONTENT_FOLDER}/{SITE_FILE}")
}

/// The language `code` as the manifest offers it: the source language, or
/// a shipped translation. `None` if the manifest has no such language.
pub fn shipped_language(manifest: &Site, code: &str) -> Option<ActiveLanguage> {
    let source = source_language(manifest);
    if code == source.code {
        return Some(ActiveLanguage::Source(source));
    }
    manifest
        .languages
        .iter()
        .find(|language| language.code == code)
        .map(|language| ActiveLanguage::Translated(language.clone()))
}

/// Step 2: the files of the language pack (interface words, manifest and
/// glossary in that language).
pub fn pack_files(manifest: &Site, active: &ActiveLanguage) -> Vec<String> {
    let glossary = format!(
        "{CONTENT_FOLDER}/{}",
        content_path(active, &manifest.glossary_file)
    );
    match active {
        ActiveLanguage::Translated(language) => vec![
            format!("locales/{}.json", language.code),
            format!("{CONTENT_FOLDER}/{}", content_path(active, SITE_FILE)),
            glossary,
        ],
        _ => vec![glossary],
    }
}

/// Builds the pack from the text of [`pack_files`], in that order.
fn build_pack(
    manifest: &Site,
    active: &ActiveLanguage,
    texts: &[FileText],
) -> Result<LanguagePack, ContentError> {
    let (words, site, glossary) = match (active, texts) {
        (ActiveLanguage::Translated(_), [words, site, glossary]) => (
            Arc::new(parse_locale(&words.0, &words.1)?),
            parse_content::<Site>(content_name(&site.0), &site.1)?,
            glossary,
        ),
        (_, [glossary]) => (english(), manifest.clone(), glossary),
        _ => unreachable!("pack_files gives the list of files read"),
    };
    let glossary = parse_content::<Glossary>(content_name(&glossary.0), &glossary.1)?;
    Ok(LanguagePack {
        active: active.clone(),
        shown: active.language().clone(),
        machine: None,
        words,
        site,
        glossary: Ok(glossary),
        problem: None,
    })
}

/// Step 3: the page's own file for `path`, if it shows one: the file as the
/// manifest names it (`pages/glossary.json`) and where it is on the site
/// (`content/pl/pages/glossary.json`).
pub fn page_file(pack: &LanguagePack, path: &str) -> Option<(String, String)> {
    let file = match match_route(path) {
        Route::Home => pack
            .site
            .pages
            .iter()
            .find(|page| page.slug.is_empty())?
            .file
            .clone(),
        Route::Content(slug) => pack
            .site
            .pages
            .iter()
            .find(|page| page.slug == slug)?
            .file
            .clone(),
        Route::NewsletterIssue(slug) => pack
            .site
            .newsletter
            .iter()
            .find(|issue| issue.slug == slug)?
            .file
            .clone(),
        Route::NotFound => return None,
    };
    let served = format!("{CONTENT_FOLDER}/{}", content_path(&pack.active, &file));
    Some((file, served))
}

/// Reads the content of the page at `path` in `language` through `read`
/// (which reads a file from the disk at build time, and fetches it in the
/// browser), in the three steps. Returns the content and every file read,
/// in order, for the [`fingerprint`].
///
/// # Errors
/// The first file that cannot be read or does not pass the content checks,
/// or a `language` the manifest does not list.
pub async fn read_page<R, F>(
    language: &str,
    path: &str,
    read: R,
) -> Result<(PreloadedContent, Vec<FileText>), ContentError>
where
    R: Fn(String) -> F,
    F: std::future::Future<Output = Result<String, ContentError>>,
{
    let name = manifest_file();
    let text = read(name.clone()).await?;
    let manifest = parse_content::<Site>(content_name(&name), &text)?;
    let mut files = vec![(name, text)];
    let active = shipped_language(&manifest, language).ok_or_else(|| ContentError::Invalid {
        file: SITE_FILE.to_string(),
        field: "languages".to_string(),
        detail: format!("there is no language with the code {language}"),
    })?;
    let mut pack_texts = Vec::new();
    for name in pack_files(&manifest, &active) {
        let text = read(name.clone()).await?;
        pack_texts.push((name, text));
    }
    let pack = build_pack(&manifest, &active, &pack_texts)?;
    files.extend(pack_texts);
    let page = match page_file(&pack, path) {
        Some((file, served)) => {
            let text = read(served.clone()).await?;
            let page = parse_content::<Page>(content_name(&served), &text)?;
            files.push((served, text));
            // Step 4: the text tracks its videos use in this language.
            let source = source_language(&manifest).code;
            let (tracks, track_files) = load_tracks(&page, language, &source, &read).await;
            files.extend(track_files);
            Some(PreloadedPage {
                file,
                page: LocalizedPage {
                    page,
                    language: pack.shown.clone(),
                    original: None,
                    machine: None,
                    problem: None,
                    tracks,
                    machine_tracks: Vec::new(),
                },
            })
        }
        None => None,
    };
    let content = PreloadedContent {
        manifest,
        pack,
        page,
    };
    Ok((content, files))
}

/// A content file's name as error messages give it (`pl/pages/x.json`),
/// like the app's loader does.
fn content_name(served: &str) -> &str {
    served
        .strip_prefix(CONTENT_FOLDER)
        .and_then(|rest| rest.strip_prefix('/'))
        .unwrap_or(served)
}

/// The content fingerprint: 64-bit FNV-1a over each file's name and text,
/// in reading order, as `fnv1a64-` and 16 hex digits. Any change to any of
/// the files (or to which files a page is made from) changes it.
pub fn fingerprint(files: &[FileText]) -> String {
    let mut hasher = fnv::FnvHasher::default();
    for (name, text) in files {
        hasher.write(name.as_bytes());
        hasher.write(&[0]);
        hasher.write(text.as_bytes());
        hasher.write(&[0]);
    }
    format!("fnv1a64-{:016x}", hasher.finish())
}
