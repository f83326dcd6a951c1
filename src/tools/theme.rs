//! Colour themes. Each theme is a set of CSS custom properties chosen by
//! `data-theme` on `<html>` (style/themes.css); never a CSS filter.

use serde::{Deserialize, Serialize};

use crate::i18n::text::ToolsText;

/// A colour theme the reader can choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Dark text on white, 7:1 or more.
    Default,
    /// Light text on a dark background.
    Dark,
    /// Yellow on black.
    HighContrast,
    /// Dark text on cream, for readers with visual stress.
    Cream,
}

impl Theme {
    /// Every theme, in the order the panel lists them.
    pub const ALL: [Theme; 4] = [Self::Default, Self::Dark, Self::HighContrast, Self::Cream];

    /// The `data-theme` value and stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::Dark => "dark",
            Self::HighContrast => "high-contrast",
            Self::Cream => "cream",
        }
    }

    /// Parses a stored name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|theme| theme.as_str() == name)
    }

    /// What the panel calls the theme.
    pub fn label(self, words: &ToolsText) -> &str {
        match self {
            Self::Default => &words.theme_default,
            Self::Dark => &words.theme_dark,
            Self::HighContrast => &words.theme_high_contrast,
            Self::Cream => &words.theme_cream,
        }
    }
}

/// What the device asks for, from media queries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeviceColours {
    /// `(forced-colors: active)`, as in Windows contrast themes.
    pub forced_colors: bool,
    /// `(prefers-contrast: more)`.
    pub more_contrast: bool,
    /// `(prefers-color-scheme: dark)`.
    pub dark: bool,
}

/// The theme to show: the reader's choice, or else what the device asks
/// for. Forced colours and a request for more contrast both mean high
/// contrast; a dark colour scheme means dark.
pub fn effective_theme(chosen: Option<Theme>, device: DeviceColours) -> Theme {
    match chosen {
        Some(theme) => theme,
        None if device.forced_colors || device.more_contrast => Theme::HighContrast,
        None if device.dark => Theme::Dark,
        None => Theme::Default,
    }
}
