//! Every language's interface words: one locale file per language in the
//! manifest, each with every key (serde refuses a missing or unknown one),
//! no empty phrase, the same `{placeholders}` as English, and every plural
//! form its language needs.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;
use std::path::PathBuf;

use send_hub::content::Site;
use send_hub::i18n::format::{fill, placeholders};
use send_hub::i18n::text::parse_locale;
use serde_json::Value;
use support::load;

fn locale_text(code: &str) -> String {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("public/locales/{code}.json"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

fn shipped_codes() -> Vec<String> {
    let site: Site = load("site.json");
    site.languages
        .into_iter()
        .map(|language| language.code)
        .collect()
}

/// Every string in a locale, by its key path.
fn phrases(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(text) => out.push((path, text.clone())),
        Value::Object(fields) => {
            for (key, value) in fields {
                phrases(value, format!("{path}.{key}"), out);
            }
        }
        _ => {}
    }
}

fn locale_phrases(code: &str) -> Vec<(String, String)> {
    let value: Value = serde_json::from_str(&locale_text(code)).expect("valid JSON");
    let mut out = Vec::new();
    phrases(&value, String::new(), &mut out);
    out
}

#[test]
fn every_language_in_the_manifest_has_a_locale_file_with_every_key() {
    let codes = shipped_codes();
    assert!(
        codes.len() >= 4,
        "English plus Polish, Romanian and Arabic: {codes:?}"
    );
    for code in codes {
        if let Err(problem) = parse_locale(&format!("locales/{code}.json"), &locale_text(&code)) {
            panic!("public/locales/{code}.json: {problem}");
        }
    }
}

#[test]
fn a_locale_missing_a_key_or_with_an_unknown_one_is_refused() {
    let mut value: Value = serde_json::from_str(&locale_text("en")).unwrap();
    value["tools"].as_object_mut().unwrap().remove("close");
    let problem = parse_locale("locales/en.json", &value.to_string())
        .unwrap_err()
        .to_string();
    assert!(problem.contains("close"), "{problem}");

    let mut value: Value = serde_json::from_str(&locale_text("en")).unwrap();
    value["tools"]["clsoe"] = Value::String("Close".into());
    let problem = parse_locale("locales/en.json", &value.to_string())
        .unwrap_err()
        .to_string();
    assert!(problem.contains("clsoe"), "{problem}");
}

#[test]
fn no_phrase_is_empty_or_left_in_english() {
    let english: Vec<_> = locale_phrases("en");
    for code in shipped_codes() {
        let phrases = locale_phrases(&code);
        for (key, text) in &phrases {
            assert!(!text.trim().is_empty(), "{code}{key} is empty");
            assert!(!text.contains('<'), "{code}{key} holds markup");
        }
        if code == "en" {
            continue;
        }
        let same: Vec<_> = phrases
            .iter()
            .filter(|(key, text)| {
                english.iter().any(|(k, t)| k == key && t == text)
                    && text.chars().filter(|c| c.is_alphabetic()).count() > 3
            })
            .map(|(key, _)| key.clone())
            .collect();
        // A few words are the same in every language (font names, "OpenDyslexic").
        assert!(
            same.len() <= 3,
            "{code} still has English phrases: {same:?}"
        );
    }
}

#[test]
fn every_phrase_keeps_the_placeholders_of_the_english() {
    let english = locale_phrases("en");
    for code in shipped_codes() {
        for (key, text) in locale_phrases(&code) {
            let base = key.rsplit_once('.').map(|(k, _)| k).unwrap_or(&key);
            // Plural forms are compared with English `other`.
            let english_text = english
                .iter()
                .find(|(k, _)| *k == key)
                .or_else(|| english.iter().find(|(k, _)| *k == format!("{base}.other")))
                .map(|(_, t)| t.clone())
                .unwrap_or_else(|| panic!("{code}{key} is not an English key"));
            let want: BTreeSet<_> = placeholders(&english_text).into_iter().collect();
            let have: BTreeSet<_> = placeholders(&text).into_iter().collect();
            // "Showing the only action" may leave out the count.
            assert!(
                have.is_subset(&want),
                "{code}{key}: {have:?} not in {want:?}"
            );
            if !key.contains("showing_") {
                assert_eq!(have, want, "{code}{key} must keep {want:?}");
            }
        }
    }
}

#[test]
fn plural_phrases_have_every_form_their_language_uses() {
    // The Unicode CLDR plural categories for whole numbers.
    let needed = |code: &str| -> &[&str] {
        match code {
            "en" => &["one", "other"],
            "pl" => &["one", "few", "many", "other"],
            "ro" => &["one", "few", "other"],
            "ar" => &["zero", "one", "two", "few", "many", "other"],
            other => panic!("add the plural rules for {other}"),
        }
    };
    for code in shipped_codes() {
        let value: Value = serde_json::from_str(&locale_text(&code)).unwrap();
        for key in ["showing_all", "showing_some"] {
            let forms = value["actions"][key].as_object().expect("plural object");
            for form in needed(&code) {
                assert!(
                    forms.contains_key(*form),
                    "{code} actions.{key} needs “{form}”"
                );
            }
        }
    }
}

#[test]
fn placeholders_are_filled_by_name() {
    assert_eq!(
        fill(
            "Showing {shown} of {total}.",
            &[("total", "38"), ("shown", "5")]
        ),
        "Showing 5 of 38."
    );
    assert_eq!(
        placeholders("{page} – {site} {not a name}"),
        vec!["page", "site"]
    );
}
