//! Shipped translations mirror the source content: every file exists in each
//! language folder, parses, and has the same structure, ids, addresses and
//! block types as the source; only reader-facing text differs, none of it
//! empty, and every abbreviation it uses is in that language's glossary.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;

use send_hub::content::inline::{abbreviation_candidates, link_targets};
use send_hub::content::text::collect_texts;
use send_hub::content::{Glossary, Page, Site};
use serde_json::Value;
use support::{content_dir, load};

/// Fields that are not for reading: they must equal the source's exactly.
const FIXED: &[&str] = &[
    "schema_version",
    "id",
    "href",
    "src",
    "file",
    "slug",
    "type",
    "status",
    "group",
    "level",
    "ordered",
    "row_headers",
    "tone",
    "mime_type",
    "number",
    "glossary_file",
    "email_alerts_url",
    // Each track is named in its own language, the same on every page.
    "tracks",
    "group_chosen_by_site",
    "source",
    "languages",
    "pages",
    "code",
    "dir",
    "srclang",
    "machine_translation",
];

fn source_files() -> Vec<String> {
    let site: Site = load("site.json");
    site.pages
        .iter()
        .map(|page| page.file.clone())
        .chain(site.newsletter.iter().map(|issue| issue.file.clone()))
        .chain([site.glossary_file.clone(), "site.json".to_string()])
        .collect()
}

fn translations() -> Vec<String> {
    let site: Site = load("site.json");
    site.languages
        .iter()
        .skip(1)
        .map(|language| language.code.clone())
        .collect()
}

fn json(file: &str) -> Value {
    let text = std::fs::read_to_string(content_dir().join(file))
        .unwrap_or_else(|err| panic!("{file} is missing: {err}"));
    serde_json::from_str(&text).unwrap_or_else(|err| panic!("{file}: {err}"))
}

/// Compares `translated` with `source`, collecting every difference in
/// structure, fixed values or link addresses.
fn compare(source: &Value, translated: &Value, path: &str, problems: &mut Vec<String>) {
    match (source, translated) {
        (Value::Object(a), Value::Object(b)) => {
            let keys_a: Vec<_> = a.keys().filter(|k| *k != "say").collect();
            let keys_b: Vec<_> = b.keys().filter(|k| *k != "say").collect();
            if keys_a != keys_b {
                problems.push(format!("{path}: fields {keys_b:?}, source has {keys_a:?}"));
                return;
            }
            for (key, value) in a {
                let Some(other) = b.get(key) else { continue };
                let here = format!("{path}.{key}");
                // A glossary term is how the abbreviation is written: fixed.
                let fixed =
                    FIXED.contains(&key.as_str()) || (key == "term" && path.contains("entries"));
                if fixed {
                    if value != other {
                        problems.push(format!("{here} must stay {value}, not {other}"));
                    }
                } else {
                    compare(value, other, &here, problems);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                problems.push(format!("{path}: {} items, source has {}", b.len(), a.len()));
                return;
            }
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                compare(x, y, &format!("{path}[{index}]"), problems);
            }
        }
        (Value::String(a), Value::String(b)) => {
            if b.trim().is_empty() {
                problems.push(format!("{path} is empty"));
            }
            if link_targets(a) != link_targets(b) {
                problems.push(format!(
                    "{path}: links {:?}, source has {:?}",
                    link_targets(b),
                    link_targets(a)
                ));
            }
        }
        (a, b) if std::mem::discriminant(a) == std::mem::discriminant(b) => {
            if a != b {
                problems.push(format!("{path}: {b}, source has {a}"));
            }
        }
        (a, b) => problems.push(format!("{path}: {b} is not the same kind of value as {a}")),
    }
}

#[test]
fn english_polish_romanian_and_arabic_are_shipped() {
    let site: Site = load("site.json");
    let names: Vec<_> = site
        .languages
        .iter()
        .map(|l| (l.code.as_str(), l.name.as_str(), l.dir.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("en", "English", "ltr"),
            ("pl", "Polski", "ltr"),
            ("ro", "Română", "ltr"),
            ("ar", "العربية", "rtl")
        ]
    );
}

#[test]
fn every_translation_has_every_file_with_the_sources_structure() {
    let mut problems = Vec::new();
    for code in translations() {
        for file in source_files() {
            let translated = format!("{code}/{file}");
            compare(&json(&file), &json(&translated), &translated, &mut problems);
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_translated_file_passes_the_same_checks_as_the_source() {
    for code in translations() {
        let site: Site = load(&format!("{code}/site.json"));
        let _: Glossary = load(&format!("{code}/{}", site.glossary_file));
        for file in source_files()
            .iter()
            .filter(|f| f.starts_with("pages/") || f.starts_with("newsletter/"))
        {
            let page: Page = load(&format!("{code}/{file}"));
            let source: Page = load(file);
            let types = |page: &Page| -> Vec<String> {
                page.blocks
                    .iter()
                    .map(|b| serde_json::to_value(b).unwrap()["type"].to_string())
                    .collect()
            };
            assert_eq!(
                types(&page),
                types(&source),
                "{code}/{file}: block types differ"
            );
        }
    }
}

#[test]
fn every_abbreviation_in_a_translation_is_in_its_glossary() {
    for code in translations() {
        let glossary: Glossary = load(&format!("{code}/glossary.json"));
        let terms: BTreeSet<_> = glossary.entries.iter().map(|e| e.term.clone()).collect();
        let site: Site = load(&format!("{code}/site.json"));
        let mut texts = site.texts();
        for file in source_files()
            .iter()
            .filter(|f| f.starts_with("pages/") || f.starts_with("newsletter/"))
        {
            let page: Page = load(&format!("{code}/{file}"));
            texts.extend(page.texts());
        }
        texts.extend(collect_texts(glossary.clone()));
        let unknown: BTreeSet<_> = texts
            .iter()
            .flat_map(|text| abbreviation_candidates(text))
            .filter(|candidate| !terms.contains(candidate))
            .collect();
        assert!(
            unknown.is_empty(),
            "{code}: not in its glossary: {unknown:?}"
        );
    }
}

/// Whether `text` is ordinary prose that a translation must change: at
/// least two lower-case words. Proper names ("Cumbria County Council"),
/// numbers, dates written as digits and abbreviations may stay as written.
fn is_prose(text: &str) -> bool {
    text.split_whitespace()
        .filter(|word| {
            let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
            letters.chars().count() > 1 && letters.chars().all(char::is_lowercase)
        })
        .count()
        >= 2
}

/// Every reader-facing text in `source` beside its translation, with its
/// path: the fields [`FIXED`] keeps as written (such as an action's source
/// document, which is in English) are left out.
fn text_pairs(
    source: &Value,
    translated: &Value,
    path: &str,
    pairs: &mut Vec<(String, String, String)>,
) {
    match (source, translated) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let fixed = FIXED.contains(&key.as_str()) || key == "term" || key == "say";
                if let (false, Some(other)) = (fixed, b.get(key)) {
                    text_pairs(value, other, &format!("{path}.{key}"), pairs);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                text_pairs(x, y, &format!("{path}[{index}]"), pairs);
            }
        }
        (Value::String(a), Value::String(b)) => {
            pairs.push((path.to_string(), a.clone(), b.clone()))
        }
        _ => {}
    }
}

#[test]
fn no_translated_text_is_a_copy_of_its_english() {
    let mut copies = Vec::new();
    for code in translations() {
        for file in source_files() {
            let translated = format!("{code}/{file}");
            let mut pairs = Vec::new();
            text_pairs(&json(&file), &json(&translated), &translated, &mut pairs);
            for (path, english, text) in pairs {
                if english == text && is_prose(&english) {
                    copies.push(format!("{path}: {text:?}"));
                }
            }
        }
    }
    assert!(
        copies.is_empty(),
        "{} texts are the English, not a translation:\n{}",
        copies.len(),
        copies.join("\n")
    );
}

#[test]
fn the_copy_check_tells_prose_from_names_and_numbers() {
    assert!(is_prose("The plan has nine priority areas."));
    assert!(!is_prose("Cumbria County Council"));
    assert!(!is_prose("EHCP"));
    assert!(!is_prose("16 August 2019"));
}
