//! The build step: every page of the site, in every shipped language, as
//! an HTML file in the built site (`dist/`).

use std::fs;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use super::document::{fill_shell, render_app, PageDocument};
use super::page_data::{
    fingerprint, language_base, manifest_file, page_paths, read_page, PageAddress, NOT_FOUND_PATH,
};
use crate::content::parse::parse_content;
use crate::content::{ContentError, Site};
use crate::i18n::language::source_language;
use crate::site_content::SITE_FILE;

/// One page written.
#[derive(Clone, Debug)]
pub struct WrittenPage {
    /// Its address.
    pub address: PageAddress,
    /// The file, inside the built site.
    pub file: PathBuf,
}

/// Renders every page from the content in `site_dir` (the built site:
/// `content/`, `locales/`) into `site_dir`, using `shell` (the page Trunk
/// built) around each.
///
/// # Errors
/// The first content file that cannot be read or fails its checks (named,
/// with its field, line and column), or a shell without the markers.
pub fn render_site(site_dir: &Path, shell: &str) -> Result<Vec<WrittenPage>, String> {
    let read = |file: String| {
        let path = site_dir.join(&file);
        std::future::ready(
            fs::read_to_string(&path).map_err(|_| ContentError::Http { file, status: 404 }),
        )
    };
    let manifest_text = block_on(read(manifest_file())).map_err(|error| error.to_string())?;
    let manifest = parse_content::<Site>(SITE_FILE, &manifest_text).map_err(|e| e.to_string())?;
    let source = source_language(&manifest).code;
    let mut written = Vec::new();
    for language in &manifest.languages {
        let base = language_base(&language.code, &source);
        for path in page_paths(&manifest) {
            let address = PageAddress {
                path: path.clone(),
                language: language.code.clone(),
                base: base.clone(),
            };
            let (content, files) =
                block_on(read_page(&language.code, &path, read)).map_err(|e| e.to_string())?;
            let app = render_app(&address, content.clone());
            let html = fill_shell(
                shell,
                PageDocument {
                    address: &address,
                    content: &content,
                    app,
                    files: files.iter().map(|(name, _)| name.clone()).collect(),
                    fingerprint: fingerprint(&files),
                },
            )?;
            let file = site_dir.join(output_file(&address));
            if let Some(folder) = file.parent() {
                fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            }
            fs::write(&file, html).map_err(|e| format!("{}: {e}", file.display()))?;
            written.push(WrittenPage { address, file });
        }
    }
    Ok(written)
}

/// Where a page's file goes in the built site: `pl/glossary/index.html`,
/// `index.html` for the home page, `404.html` (`pl/404.html`) for the
/// not-found page, which servers send for unknown addresses.
pub fn output_file(address: &PageAddress) -> PathBuf {
    let folder = address.base.trim_start_matches('/');
    let mut file = PathBuf::from(folder);
    if address.path == NOT_FOUND_PATH {
        file.push("404.html");
    } else {
        for part in address.path.split('/').filter(|part| !part.is_empty()) {
            file.push(part);
        }
        file.push("index.html");
    }
    file
}

/// Runs a future that never waits (reading files is synchronous here).
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}
