//! Links and abbreviations inside text fields.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use send_hub::content::inline::{
    abbreviation_candidates, parse_links, rich_text, AbbreviationIndex, Inline,
};
use send_hub::content::{Glossary, GlossaryEntry};

fn index() -> AbbreviationIndex {
    AbbreviationIndex::new(&Glossary {
        schema_version: 1,
        entries: vec![
            GlossaryEntry {
                term: "EHCP".into(),
                expansion: "Education, Health and Care Plan".into(),
                meaning: "m".into(),
                say: None,
            },
            GlossaryEntry {
                term: "SEN".into(),
                expansion: "special educational needs".into(),
                meaning: "m".into(),
                say: None,
            },
            GlossaryEntry {
                term: "SEND".into(),
                expansion: "special educational needs and disabilities".into(),
                meaning: "m".into(),
                say: None,
            },
        ],
    })
}

#[test]
fn links_are_split_out_of_text() {
    assert_eq!(
        parse_links("See [the plan](/plan) now."),
        vec![
            Inline::Text("See ".into()),
            Inline::Link {
                label: "the plan".into(),
                href: "/plan".into()
            },
            Inline::Text(" now.".into()),
        ]
    );
}

#[test]
fn brackets_that_are_not_links_stay_as_text() {
    assert_eq!(
        parse_links("a [note] (here)"),
        vec![Inline::Text("a [note] (here)".into())]
    );
}

#[test]
fn first_use_on_a_page_is_flagged_and_later_uses_are_not() {
    let mut seen = HashSet::new();
    let first = rich_text("An EHCP is a plan.", &index(), &mut seen);
    let second = rich_text("Each EHCP is checked.", &index(), &mut seen);
    assert!(first
        .iter()
        .any(|s| matches!(s, Inline::Abbr { term, first_use: true, .. } if term == "EHCP")));
    assert!(second
        .iter()
        .any(|s| matches!(s, Inline::Abbr { term, first_use: false, .. } if term == "EHCP")));
}

#[test]
fn whole_words_only_and_plurals_are_found() {
    let mut seen = HashSet::new();
    let parts = rich_text(
        "SEND is not SEN. EHCPs matter. SENDING is a word.",
        &index(),
        &mut seen,
    );
    let terms: Vec<_> = parts
        .iter()
        .filter_map(|s| match s {
            Inline::Abbr { term, .. } => Some(term.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(terms, vec!["SEND", "SEN", "EHCP"]);
    let text: String = parts
        .iter()
        .map(|s| match s {
            Inline::Text(t) => t.clone(),
            Inline::Abbr { term, .. } => term.clone(),
            Inline::Link { label, .. } => label.clone(),
        })
        .collect();
    assert_eq!(text, "SEND is not SEN. EHCPs matter. SENDING is a word.");
}

#[test]
fn candidates_are_words_with_two_or_more_capitals() {
    assert_eq!(
        abbreviation_candidates(
            "The DfE and NHSE met. Ofsted came. JavaScript runs. EHCPs, [WSoA](/x)."
        ),
        vec!["DfE", "NHSE", "EHCP", "WSoA"]
    );
}
