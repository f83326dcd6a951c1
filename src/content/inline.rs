//! Inline text: links written `[text](/path)` and abbreviations found from
//! the glossary. Everything else stays plain text.

use std::collections::{HashMap, HashSet};

use super::model::Glossary;

/// A piece of a text field, ready to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// A link.
    Link {
        /// The words that are the link.
        label: String,
        /// Where it goes.
        href: String,
    },
    /// An abbreviation from the glossary.
    Abbr {
        /// The abbreviation as written.
        term: String,
        /// What it stands for.
        expansion: String,
        /// How to say it aloud, if not as written.
        say: Option<String>,
        /// `true` the first time it appears on a page, when the expansion is
        /// also written out in brackets for everyone.
        first_use: bool,
    },
}

/// Splits text into plain text and `[label](href)` links.
pub fn parse_links(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after_open = &rest[open + 1..];
        let parsed = after_open.find("](").and_then(|close| {
            let label = &after_open[..close];
            let after_label = &after_open[close + 2..];
            let end = after_label.find(')')?;
            let href = &after_label[..end];
            let well_formed = !label.is_empty()
                && !label.contains('[')
                && !href.is_empty()
                && !href.contains(char::is_whitespace);
            well_formed.then(|| (label, href, &after_label[end + 1..]))
        });
        match parsed {
            Some((label, href, remainder)) => {
                push_text(&mut out, &rest[..open]);
                out.push(Inline::Link {
                    label: label.to_string(),
                    href: href.to_string(),
                });
                rest = remainder;
            }
            None => {
                push_text(&mut out, &rest[..open + 1]);
                rest = after_open;
            }
        }
    }
    push_text(&mut out, rest);
    out
}

fn push_text(out: &mut Vec<Inline>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text(previous)) = out.last_mut() {
        previous.push_str(text);
    } else {
        out.push(Inline::Text(text.to_string()));
    }
}

/// Looks up abbreviations by the exact way they are written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AbbreviationIndex {
    expansions: HashMap<String, (String, Option<String>)>,
}

impl AbbreviationIndex {
    /// Builds the index from the glossary.
    pub fn new(glossary: &Glossary) -> Self {
        let expansions = glossary
            .entries
            .iter()
            .map(|entry| {
                (
                    entry.term.clone(),
                    (entry.expansion.clone(), entry.say.clone()),
                )
            })
            .collect();
        Self { expansions }
    }

    /// The expansion of a term, and how to say it, if the glossary has it.
    pub fn lookup(&self, term: &str) -> Option<(&str, Option<&str>)> {
        self.expansions
            .get(term)
            .map(|(expansion, say)| (expansion.as_str(), say.as_deref()))
    }
}

/// Marks glossary abbreviations in plain text. `seen` holds the terms
/// already expanded on this page, so only the first use is written out.
pub fn mark_abbreviations(
    text: &str,
    index: &AbbreviationIndex,
    seen: &mut HashSet<String>,
) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain_start = 0;
    for (start, word) in words(text) {
        let stem = abbreviation_stem(word);
        let Some((expansion, say)) = index.lookup(stem) else {
            continue;
        };
        push_text(&mut out, &text[plain_start..start]);
        out.push(Inline::Abbr {
            term: stem.to_string(),
            expansion: expansion.to_string(),
            say: say.map(str::to_string),
            first_use: seen.insert(stem.to_string()),
        });
        plain_start = start + stem.len();
    }
    push_text(&mut out, &text[plain_start..]);
    out
}

/// Links first, then abbreviations in the plain parts. Link labels stay as
/// written so the link's name is exactly its text.
pub fn rich_text(text: &str, index: &AbbreviationIndex, seen: &mut HashSet<String>) -> Vec<Inline> {
    parse_links(text)
        .into_iter()
        .flat_map(|segment| match segment {
            Inline::Text(plain) => mark_abbreviations(&plain, index, seen),
            other => vec![other],
        })
        .collect()
}

/// Words (runs of letters and digits) with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = rest.peek() {
            if c.is_alphanumeric() {
                break;
            }
            rest.next();
        }
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some(&(index, c)) = rest.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            end = index + c.len_utf8();
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

/// The abbreviation in a word: the word itself, or without a plural `s`
/// ("EHCPs" → "EHCP").
fn abbreviation_stem(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(stem) if uppercase_count(stem) >= 2 => stem,
        _ => word,
    }
}

fn looks_like_abbreviation(word: &str) -> bool {
    let capitals = uppercase_count(word);
    capitals >= 2 && capitals * 2 >= word.chars().count()
}

fn uppercase_count(word: &str) -> usize {
    word.chars().filter(|c| c.is_uppercase()).count()
}

/// Every word in the text that looks like an abbreviation: two or more
/// capital letters making up at least half the word, as in "SEND", "DfE"
/// or "EHCPs" (but not "JavaScript"). Used to prove the glossary covers
/// the content.
pub fn abbreviation_candidates(text: &str) -> Vec<String> {
    parse_links(text)
        .into_iter()
        .flat_map(|segment| match segment {
            Inline::Text(plain) | Inline::Link { label: plain, .. } => words(&plain)
                .map(|(_, word)| abbreviation_stem(word).to_string())
                .filter(|stem| looks_like_abbreviation(stem))
                .collect::<Vec<_>>(),
            Inline::Abbr { .. } => Vec::new(),
        })
        .collect()
}

/// The link addresses in `text`, in order.
pub fn link_targets(text: &str) -> Vec<String> {
    parse_links(text)
        .into_iter()
        .filter_map(|segment| match segment {
            Inline::Link { href, .. } => Some(href),
            _ => None,
        })
        .collect()
}

/// The text as a reader sees it, links written `[label](href)` shown as
/// their labels: for places that take plain text (a meta description, the
/// English shown beside a translated block).
pub fn plain_text(text: &str) -> String {
    parse_links(text)
        .into_iter()
        .map(|segment| match segment {
            Inline::Text(text) => text,
            Inline::Link { label, .. } => label,
            Inline::Abbr { term, .. } => term,
        })
        .collect()
}
