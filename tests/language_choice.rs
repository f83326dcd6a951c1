//! Which language a reader gets, where its files are, which translation
//! services the manifest may name, and which machine output is trusted.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use send_hub::content::parse::parse_content;
use send_hub::content::{Language, MachineTranslation, Site};
use send_hub::i18n::language::{content_path, resolve, ActiveLanguage};
use send_hub::i18n::machine::is_faithful;
use support::load;

fn french() -> Language {
    Language {
        code: "fr".into(),
        name: "Français".into(),
        dir: Default::default(),
        machine_assisted: false,
    }
}

fn with_machine(endpoint: Option<&str>, allowed: &[&str]) -> Site {
    let mut site: Site = load("site.json");
    site.machine_translation = Some(MachineTranslation {
        endpoint: endpoint.map(str::to_string),
        allowed_origins: allowed.iter().map(|o| o.to_string()).collect(),
        languages: vec![french()],
    });
    site
}

#[test]
fn a_shipped_language_is_a_translation_and_anything_else_falls_back_to_english() {
    let site: Site = load("site.json");
    assert!(matches!(resolve(&site, None, false), ActiveLanguage::Source(l) if l.code == "en"));
    assert!(
        matches!(resolve(&site, Some("pl"), false), ActiveLanguage::Translated(l) if l.name == "Polski")
    );
    assert!(
        matches!(resolve(&site, Some("ar"), true), ActiveLanguage::Translated(l) if l.dir.as_str() == "rtl")
    );
    assert!(
        matches!(resolve(&site, Some("fr"), true), ActiveLanguage::Source(_)),
        "not offered"
    );
    assert_eq!(
        content_path(&resolve(&site, Some("ro"), false), "pages/home.json"),
        "ro/pages/home.json"
    );
    assert_eq!(
        content_path(&resolve(&site, None, false), "pages/home.json"),
        "pages/home.json"
    );
}

#[test]
fn machine_languages_need_a_service_or_the_browsers_translator() {
    let with_service = with_machine(Some("/translate-api"), &[]);
    assert!(matches!(
        resolve(&with_service, Some("fr"), false),
        ActiveLanguage::Machine(_)
    ));
    let browser_only = with_machine(None, &[]);
    assert!(matches!(
        resolve(&browser_only, Some("fr"), true),
        ActiveLanguage::Machine(_)
    ));
    assert!(matches!(
        resolve(&browser_only, Some("fr"), false),
        ActiveLanguage::Source(_)
    ));
}

#[test]
fn the_translation_service_must_be_on_this_site_or_allowed_by_name() {
    let check = |site: Site| {
        let text = serde_json::to_string(&site).unwrap();
        parse_content::<Site>("site.json", &text)
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    assert!(check(with_machine(Some("/translate-api"), &[])).is_ok());
    assert!(check(with_machine(
        Some("https://t.example.gov.uk/api"),
        &["https://t.example.gov.uk"]
    ))
    .is_ok());
    let refused = check(with_machine(
        Some("https://evil.example/api"),
        &["https://t.example.gov.uk"],
    ))
    .unwrap_err();
    assert!(
        refused.contains("machine_translation.endpoint") && refused.contains("allowed_origins"),
        "{refused}"
    );
    let plain_http = check(with_machine(
        Some("http://t.example.gov.uk"),
        &["http://t.example.gov.uk"],
    ))
    .unwrap_err();
    assert!(plain_http.contains("https"), "{plain_http}");
    // Plain http only on this computer: exactly localhost, 127.0.0.1 or
    // [::1], with a port or not; a host that only starts like one is not.
    for local in [
        "http://localhost",
        "http://127.0.0.1:5000",
        "http://[::1]:8080",
    ] {
        assert!(
            check(with_machine(Some(local), &[local])).is_ok(),
            "{local}"
        );
    }
    for look_alike in [
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io",
        "http://localhost:80.evil.example",
        "http://[::1].evil.example",
        "http://127.0.0.1:",
    ] {
        let refused = check(with_machine(Some(look_alike), &[look_alike])).unwrap_err();
        assert!(refused.contains("https"), "{look_alike}: {refused}");
    }
    assert!(
        check(with_machine(Some("//evil.example/api"), &[])).is_err(),
        "a protocol-relative address is not a path"
    );
    assert!(check(with_machine(Some("javascript:alert(1)"), &[])).is_err());
}

#[test]
fn machine_output_that_loses_a_link_or_placeholder_is_not_trusted() {
    assert!(is_faithful(
        "See the [glossary](/glossary).",
        "Voir le [glossaire](/glossary)."
    ));
    assert!(!is_faithful(
        "See the [glossary](/glossary).",
        "Voir le glossaire."
    ));
    assert!(!is_faithful(
        "See the [glossary](/glossary).",
        "Voir le [glossaire](https://evil.example)."
    ));
    assert!(!is_faithful(
        "The file {file} is missing.",
        "Le fichier est manquant."
    ));
    assert!(!is_faithful("Hello", "  "));
}
