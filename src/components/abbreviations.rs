//! Per-page abbreviation state: which glossary terms exist and which have
//! already been written out in full on this page.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use leptos::prelude::*;

use crate::content::inline::{
    mark_abbreviations, parse_links, rich_text, AbbreviationIndex, Inline,
};
use crate::content::Glossary;

/// Shared by every text block of one page.
#[derive(Clone, Default)]
pub struct PageAbbreviations {
    index: Arc<AbbreviationIndex>,
    seen: Arc<Mutex<HashSet<String>>>,
}

impl PageAbbreviations {
    /// Splits `text` into plain text, links and abbreviations. The first use
    /// of each abbreviation on the page is flagged so it is written out.
    pub fn mark(&self, text: &str) -> Vec<Inline> {
        match self.seen.lock() {
            Ok(mut seen) => rich_text(text, &self.index, &mut seen),
            Err(_) => parse_links(text),
        }
    }

    /// As [`Self::mark`], for text that is not content JSON (a video's
    /// cues): abbreviations only, link syntax left as written.
    pub fn mark_plain(&self, text: &str) -> Vec<Inline> {
        match self.seen.lock() {
            Ok(mut seen) => mark_abbreviations(text, &self.index, &mut seen),
            Err(_) => vec![Inline::Text(text.to_string())],
        }
    }
}

/// Starts a fresh abbreviation state for a page. Without a glossary the page
/// shows links but no abbreviation mark-up.
pub fn provide_page_abbreviations(glossary: Option<&Glossary>) {
    provide_context(PageAbbreviations {
        index: Arc::new(glossary.map(AbbreviationIndex::new).unwrap_or_default()),
        seen: Arc::default(),
    });
}
