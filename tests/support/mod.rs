//! Helpers shared by the native test files.
#![allow(dead_code)]

use std::path::PathBuf;

use send_hub::content::parse::{parse_content, ContentFile};
use send_hub::content::{Page, Site};

/// The shipped content folder.
pub fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/content")
}

/// Reads and parses one shipped file, failing the test with the error's
/// own message if it does not parse.
pub fn load<T: ContentFile>(file: &str) -> T {
    let text = std::fs::read_to_string(content_dir().join(file))
        .unwrap_or_else(|err| panic!("cannot read {file}: {err}"));
    parse_content(file, &text).unwrap_or_else(|err| panic!("{err}"))
}

/// Every page and newsletter issue named in the manifest.
pub fn shipped_pages() -> Vec<(String, Page)> {
    let site: Site = load("site.json");
    site.pages
        .iter()
        .map(|page| page.file.clone())
        .chain(site.newsletter.iter().map(|issue| issue.file.clone()))
        .map(|file| {
            let page = load::<Page>(&file);
            (file, page)
        })
        .collect()
}
