//! Readable fonts, self-hosted from the @fontsource packages. A font file
//! downloads only when the reader picks that font.

use serde::{Deserialize, Serialize};

use crate::i18n::text::ToolsText;

/// A font the reader can choose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Font {
    /// The device's own sans-serif font.
    #[default]
    Standard,
    /// Atkinson Hyperlegible, designed for low-vision readers.
    Atkinson,
    /// OpenDyslexic, which some dyslexic readers find easier.
    Opendyslexic,
}

impl Font {
    /// Every font, in the order the panel lists them.
    pub const ALL: [Font; 3] = [Self::Standard, Self::Atkinson, Self::Opendyslexic];

    /// The `data-font` value and stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Atkinson => "atkinson",
            Self::Opendyslexic => "opendyslexic",
        }
    }

    /// Parses a stored name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|font| font.as_str() == name)
    }

    /// What the panel calls the font.
    pub fn label(self, words: &ToolsText) -> &str {
        match self {
            Self::Standard => &words.font_standard,
            Self::Atkinson => "Atkinson Hyperlegible",
            Self::Opendyslexic => "OpenDyslexic",
        }
    }
}
