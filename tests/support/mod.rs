//! Helpers shared by the native test files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

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

/// A fresh copy of the site's `content/` and `locales/` folders in a temporary
/// folder named after `name` (and this test run), to change or build into.
pub fn site_copy(name: &str) -> PathBuf {
    let public = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public");
    let dir = std::env::temp_dir().join(format!("send-hub-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&public.join("content"), &dir.join("content"));
    copy_dir(&public.join("locales"), &dir.join("locales"));
    copy_dir(&public.join("media"), &dir.join("media"));
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
