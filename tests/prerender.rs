//! The build step that writes every page in every language as HTML, run on
//! a copy of the shipped content with `index.html` as the shell.
#![cfg(feature = "ssr")]

use std::fs;
use std::path::{Path, PathBuf};

use support::site_copy;

mod support;

use send_hub::static_first::build::{block_on, output_file, render_site, WrittenPage};
use send_hub::static_first::page_data::{fingerprint, read_page, PageAddress};

fn shell() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html")).unwrap()
}

fn render(name: &str) -> (PathBuf, Vec<WrittenPage>) {
    let dir = site_copy(name);
    let pages = render_site(&dir, &shell()).unwrap_or_else(|error| panic!("{error}"));
    (dir, pages)
}

fn fingerprint_of(dir: &Path, language: &str, path: &str) -> String {
    let read = |file: String| {
        std::future::ready(
            fs::read_to_string(dir.join(&file))
                .map_err(|_| send_hub::content::ContentError::Network { file }),
        )
    };
    let (_, files) = block_on(read_page(language, path, read)).unwrap();
    fingerprint(&files)
}

const LANGUAGES: [(&str, &str, &str); 4] = [
    ("en", "", "ltr"),
    ("pl", "/pl", "ltr"),
    ("ro", "/ro", "ltr"),
    ("ar", "/ar", "rtl"),
];

const PATHS: [&str; 10] = [
    "/",
    "/newsletter",
    "/written-statement-of-action",
    "/deep-dive",
    "/get-involved",
    "/glossary",
    "/accessibility",
    "/newsletter/2019-programme-launch",
    "/newsletter/2020-progress-update",
    "/404",
];

#[test]
fn every_route_in_every_language_is_written_to_its_own_file() {
    let (dir, pages) = render("routes");
    assert_eq!(pages.len(), LANGUAGES.len() * PATHS.len());
    for (language, base, _) in LANGUAGES {
        for path in PATHS {
            let address = PageAddress {
                path: path.to_string(),
                language: language.to_string(),
                base: base.to_string(),
            };
            let file = dir.join(output_file(&address));
            assert!(file.is_file(), "{} was not written", file.display());
        }
    }
    assert!(dir
        .join("pl/written-statement-of-action/index.html")
        .is_file());
    assert!(dir.join("404.html").is_file());
    assert!(dir.join("ar/404.html").is_file());
    assert!(dir.join("index.html").is_file());
}

#[test]
fn each_page_has_one_h1_its_language_title_and_links_to_its_other_versions() {
    let (_dir, pages) = render("pages");
    for page in pages {
        let html = fs::read_to_string(&page.file).unwrap();
        let name = page.file.display();
        assert_eq!(html.matches("<h1").count(), 1, "{name}: one <h1>");
        let (_, _, dir) = LANGUAGES
            .iter()
            .find(|(code, ..)| *code == page.address.language)
            .unwrap();
        assert!(
            html.contains(&format!(
                "<html lang=\"{}\" dir=\"{dir}\"",
                page.address.language
            )),
            "{name}: lang and dir"
        );
        let h1 = between(&html, "<h1", "</h1>");
        let h1_text = h1.split_once('>').unwrap().1.replace("<!>", "");
        let title = between(&html, "<title>", "</title>");
        assert!(
            title.starts_with(&h1_text) || h1_text.contains(title),
            "{name}: title {title:?} for {h1_text:?}"
        );
        assert!(
            !html.contains("Loading the SEND"),
            "{name}: no loading message"
        );
        assert!(!html.contains("<noscript"), "{name}: no noscript message");
        if page.address.path == "/404" {
            continue;
        }
        for (code, base, _) in LANGUAGES {
            let href = if page.address.path == "/" {
                format!("{base}/")
            } else {
                format!("{base}{}", page.address.path)
            };
            assert!(
                html.contains(&format!(
                    "<link rel=\"alternate\" hreflang=\"{code}\" href=\"{href}\">"
                )),
                "{name}: hreflang {code}"
            );
        }
        let home = if page.address.path == "/" {
            "/".to_string()
        } else {
            page.address.path.clone()
        };
        assert!(
            html.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{home}\">"
            )),
            "{name}: x-default"
        );
    }
}

#[test]
fn pages_hold_their_content_and_link_within_their_language() {
    let (dir, _) = render("content");
    let plan = fs::read_to_string(dir.join("pl/written-statement-of-action/index.html")).unwrap();
    // The skip link leads to the main content.
    assert!(
        plan.contains("<main id=\"main\""),
        "the main content has its id"
    );
    assert!(
        plan.contains("href=\"#main\""),
        "the skip link points at it"
    );
    // Every action of the plan is in the page itself.
    let actions = plan.matches("class=\"app-action\"").count();
    assert!(actions >= 30, "the plan lists its actions ({actions})");
    // Links between pages stay in Polish.
    assert!(plan.contains("href=\"/pl/glossary\""));
    assert!(!plan.contains("href=\"/glossary\""));
    // Counts take the language's own plural form (CLDR: 38 is "many" in
    // Polish, "other" in English), as the app in the browser writes them.
    assert!(
        plan.contains(&format!("Pokazano wszystkie {actions} działań.")),
        "Polish plural"
    );
    let arabic = fs::read_to_string(dir.join("ar/written-statement-of-action/index.html")).unwrap();
    assert!(
        arabic.contains(&format!("وهي {actions} إجراءً.")),
        "Arabic plural (many)"
    );
    let deep_dive = fs::read_to_string(dir.join("deep-dive/index.html")).unwrap();
    assert!(deep_dive.contains("<video"));
    assert!(deep_dive.contains("kind=\"captions\""));
}

#[test]
fn the_fingerprint_changes_when_any_of_a_pages_files_changes() {
    let dir = site_copy("fingerprint");
    let before = fingerprint_of(&dir, "pl", "/glossary");
    assert_eq!(
        before,
        fingerprint_of(&dir, "pl", "/glossary"),
        "same files, same print"
    );
    assert_ne!(
        before,
        fingerprint_of(&dir, "pl", "/deep-dive"),
        "another page"
    );
    for file in [
        "content/site.json",
        "locales/pl.json",
        "content/pl/site.json",
        "content/pl/glossary.json",
        "content/pl/pages/glossary.json",
    ] {
        let path = dir.join(file);
        let original = fs::read_to_string(&path).unwrap();
        fs::write(&path, format!("{original}\n")).unwrap();
        assert_ne!(
            before,
            fingerprint_of(&dir, "pl", "/glossary"),
            "a change to {file}"
        );
        fs::write(&path, original).unwrap();
    }
    assert_eq!(before, fingerprint_of(&dir, "pl", "/glossary"));
    // A file the page is not made from does not count.
    let other = dir.join("content/pl/pages/deep-dive.json");
    let original = fs::read_to_string(&other).unwrap();
    fs::write(&other, format!("{original}\n")).unwrap();
    assert_eq!(before, fingerprint_of(&dir, "pl", "/glossary"));
}

#[test]
fn the_fingerprint_written_into_a_page_is_that_of_its_files() {
    let (dir, _) = render("written");
    let html = fs::read_to_string(dir.join("ro/glossary/index.html")).unwrap();
    let written = between(&html, "data-content-fingerprint=\"", "\"");
    assert_eq!(written, fingerprint_of(&dir, "ro", "/glossary"));
}

#[test]
fn bad_content_stops_the_build_naming_the_file_and_field() {
    let dir = site_copy("bad");
    let file = dir.join("content/pl/pages/deep-dive.json");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replacen("\"title\"", "\"titel\"", 1)).unwrap();
    let error = render_site(&dir, &shell()).expect_err("the build fails");
    assert!(error.contains("pl/pages/deep-dive.json"), "{error}");
    assert!(error.contains("titel"), "{error}");
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    let to = text[from..].find(end).unwrap() + from;
    &text[from..to]
}
