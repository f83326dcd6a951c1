//! The build step: every page of the site, in every shipped language, as
//! an HTML file in the built site (`dist/`).

use std::fs;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use super::document::{escape, fill_shell, render_app, PageDocument};
use super::page_data::{
    fingerprint, language_base, manifest_file, page_paths, read_page, PageAddress, NOT_FOUND_PATH,
};
use crate::content::parse::parse_content;
use crate::content::{ContentError, Site};
use crate::i18n::language::source_language;
use crate::site_content::{PreloadedContent, SITE_FILE};

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
    render_site_with_plain(site_dir, shell, None)
}

/// As [`render_site`], and with `plain_dir` also writes each page as a
/// plain HTML page of the same text and markup (no style sheet, no script)
/// into that folder, at the same paths: the benchmark's yardstick.
///
/// # Errors
/// As [`render_site`].
pub fn render_site_with_plain(
    site_dir: &Path,
    shell: &str,
    plain_dir: Option<&Path>,
) -> Result<Vec<WrittenPage>, String> {
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
            // A broken text track is never published, like a broken page.
            if let Some(page) = &content.page {
                if let Some(Err(error)) = page.page.tracks.values().find(|cues| cues.is_err()) {
                    return Err(error.to_string());
                }
            }
            let app = render_app(&address, content.clone());
            if let Some(plain_dir) = plain_dir {
                write_file(
                    &plain_dir.join(output_file(&address)),
                    &plain_page(&content, &app.html, app.heading.as_deref()),
                )?;
            }
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
            write_file(&file, &html)?;
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

fn write_file(file: &Path, text: &str) -> Result<(), String> {
    if let Some(folder) = file.parent() {
        fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    fs::write(file, text).map_err(|e| format!("{}: {e}", file.display()))
}

/// The page's text and markup as a plain HTML page: no style sheet, no
/// script, nothing else to fetch.
fn plain_page(content: &PreloadedContent, body: &str, heading: Option<&str>) -> String {
    let language = &content.pack.shown;
    format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n</head>\n<body>{body}</body>\n</html>\n",
        escape(&language.code),
        language.dir.as_str(),
        escape(heading.unwrap_or(&content.pack.site.title)),
    )
}

/// Runs a future that never waits (reading files is synchronous here).
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}
