//! Which language the reader gets: the one they chose if the site offers it
//! (as a shipped translation or through machine translation), otherwise the
//! language the content is written in.

use crate::content::{Language, Site};

/// How the chosen language is provided.
#[derive(Clone, Debug, PartialEq)]
pub enum ActiveLanguage {
    /// The language the content is written in: the manifest's first.
    Source(Language),
    /// A shipped translation: content from `/content/<code>/`, interface
    /// words from `/locales/<code>.json`.
    Translated(Language),
    /// Machine translation of the source content.
    Machine(Language),
}

impl ActiveLanguage {
    /// The language itself.
    pub fn language(&self) -> &Language {
        match self {
            Self::Source(language) | Self::Translated(language) | Self::Machine(language) => {
                language
            }
        }
    }

    /// Its BCP 47 code.
    pub fn code(&self) -> &str {
        &self.language().code
    }
}

/// The source language: the manifest's first.
pub fn source_language(site: &Site) -> Language {
    site.languages
        .first()
        .cloned()
        .unwrap_or_else(fallback_language)
}

/// English, the language the app's built-in words are in.
pub fn fallback_language() -> Language {
    Language {
        code: "en".into(),
        name: "English".into(),
        dir: Default::default(),
        machine_assisted: false,
    }
}

/// Languages offered through machine translation, when a translator is
/// available (the site's service, or the browser's own).
pub fn machine_languages(site: &Site, browser_translator: bool) -> &[Language] {
    match &site.machine_translation {
        Some(machine) if machine.endpoint.is_some() || browser_translator => &machine.languages,
        _ => &[],
    }
}

/// What the reader gets for `chosen`. A stored choice the site no longer
/// offers falls back to the source language.
pub fn resolve(site: &Site, chosen: Option<&str>, browser_translator: bool) -> ActiveLanguage {
    let source = source_language(site);
    let Some(code) = chosen.filter(|code| *code != source.code) else {
        return ActiveLanguage::Source(source);
    };
    if let Some(language) = site.languages.iter().find(|l| l.code == code) {
        return ActiveLanguage::Translated(language.clone());
    }
    match machine_languages(site, browser_translator)
        .iter()
        .find(|l| l.code == code)
    {
        Some(language) => ActiveLanguage::Machine(language.clone()),
        None => ActiveLanguage::Source(source),
    }
}

/// Where a content file is for `active`: shipped translations sit in a
/// folder named after their code, with the same file names.
pub fn content_path(active: &ActiveLanguage, file: &str) -> String {
    match active {
        ActiveLanguage::Translated(language) => format!("{}/{file}", language.code),
        _ => file.to_string(),
    }
}
