//! Every abbreviation used anywhere in the content is explained in the
//! glossary, and every glossary term is used somewhere.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;

use send_hub::content::inline::abbreviation_candidates;
use send_hub::content::{Glossary, Site};
use support::{load, shipped_pages};

fn used_abbreviations() -> BTreeSet<String> {
    let site: Site = load("site.json");
    let mut texts: Vec<String> = site.texts();
    for (_, page) in shipped_pages() {
        texts.extend(page.texts());
    }
    let glossary: Glossary = load("glossary.json");
    for entry in &glossary.entries {
        texts.push(entry.meaning.clone());
    }
    texts
        .iter()
        .flat_map(|text| abbreviation_candidates(text))
        .collect()
}

#[test]
fn glossary_explains_every_abbreviation_used_in_content() {
    let glossary: Glossary = load("glossary.json");
    let terms: BTreeSet<String> = glossary
        .entries
        .iter()
        .map(|entry| entry.term.clone())
        .collect();
    let missing: Vec<_> = used_abbreviations()
        .into_iter()
        .filter(|used| !terms.contains(used))
        .collect();
    assert!(
        missing.is_empty(),
        "add these to glossary.json: {missing:?}"
    );
}

#[test]
fn the_abbreviation_finder_sees_the_ones_the_issue_names() {
    let used = used_abbreviations();
    for expected in [
        "SEND", "SEN", "EHCP", "WSoA", "JSNA", "CCG", "CQC", "DfE", "NHSE", "CAMHS", "SENCO",
        "CPCF", "CCC",
    ] {
        assert!(
            used.contains(expected),
            "{expected} is not used in content any more"
        );
    }
}
