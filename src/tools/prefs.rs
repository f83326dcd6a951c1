//! The reader's settings: how they are stored, read back (forgivingly), and
//! applied to `<html>` as data attributes that the CSS follows.

use leptos::prelude::*;
use serde_json::{json, Map, Value};

use super::font::Font;
use super::spacing::WIDE;
use super::text_size::valid_text_size;
use super::theme::{DeviceColours, Theme};
use crate::content::parse::is_language_code;

/// The localStorage key. `public/settings-boot.js` reads the same key.
pub const STORAGE_KEY: &str = "send-hub-settings";

/// The stored format's version. A value written by a newer version is
/// ignored rather than misread.
pub const STORAGE_VERSION: u64 = 1;

/// Settings as stored. `None` means "follow my device".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredSettings {
    /// Chosen colour theme.
    pub theme: Option<Theme>,
    /// Text size in percent, one of [`super::text_size::TEXT_SIZES`].
    pub text_size: u16,
    /// Wider spacing between lines, paragraphs, letters and words.
    pub spacing: bool,
    /// Chosen font.
    pub font: Font,
    /// Chosen motion setting.
    pub reduce_motion: Option<bool>,
    /// Reading ruler on.
    pub ruler: bool,
    /// Screen mask (dims all but the ruler's band) on.
    pub mask: bool,
    /// Read-aloud speed in percent of normal, one of [`SPEECH_RATES`].
    pub speech_rate: u16,
    /// The chosen voice's name; `None` uses the engine's default.
    pub voice: Option<String>,
    /// The chosen language's code; `None` reads the site's own language.
    pub language: Option<String>,
    /// Text audio description of videos on (off by default).
    pub audio_description: bool,
}

/// Read-aloud speeds offered, in percent of normal speed.
pub const SPEECH_RATES: [u16; 7] = [50, 75, 100, 125, 150, 175, 200];

impl Default for StoredSettings {
    fn default() -> Self {
        Self {
            theme: None,
            text_size: 100,
            spacing: false,
            font: Font::Standard,
            reduce_motion: None,
            ruler: false,
            mask: false,
            speech_rate: 100,
            voice: None,
            language: None,
            audio_description: false,
        }
    }
}

impl StoredSettings {
    /// Reads stored settings. Anything missing, corrupt or of the wrong type
    /// falls back to its default, one setting at a time, so one bad value
    /// never loses the others. An older file without a version is read the
    /// same way; one from a newer version is ignored.
    pub fn from_json(text: &str) -> Self {
        let defaults = Self::default();
        let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(text) else {
            return defaults;
        };
        if fields.get("version").and_then(Value::as_u64).unwrap_or(0) > STORAGE_VERSION {
            return defaults;
        }
        let text = |key: &str| fields.get(key).and_then(Value::as_str);
        Self {
            theme: text("theme").and_then(Theme::from_name),
            text_size: fields
                .get("text_size")
                .and_then(Value::as_u64)
                .and_then(valid_text_size)
                .unwrap_or(defaults.text_size),
            spacing: fields
                .get("spacing")
                .and_then(Value::as_bool)
                .unwrap_or(defaults.spacing),
            font: text("font")
                .and_then(Font::from_name)
                .unwrap_or(defaults.font),
            reduce_motion: fields.get("reduce_motion").and_then(Value::as_bool),
            ruler: fields
                .get("ruler")
                .and_then(Value::as_bool)
                .unwrap_or(defaults.ruler),
            mask: fields
                .get("mask")
                .and_then(Value::as_bool)
                .unwrap_or(defaults.mask),
            speech_rate: fields
                .get("speech_rate")
                .and_then(Value::as_u64)
                .and_then(|rate| SPEECH_RATES.into_iter().find(|r| u64::from(*r) == rate))
                .unwrap_or(defaults.speech_rate),
            voice: text("voice")
                .filter(|name| !name.is_empty() && name.len() < 200)
                .map(str::to_string),
            language: text("language")
                .filter(|code| is_language_code(code))
                .map(str::to_string),
            audio_description: fields
                .get("audio_description")
                .and_then(Value::as_bool)
                .unwrap_or(defaults.audio_description),
        }
    }

    /// The stored form.
    pub fn to_json(&self) -> String {
        let mut fields = Map::new();
        fields.insert("version".into(), json!(STORAGE_VERSION));
        if let Some(theme) = self.theme {
            fields.insert("theme".into(), json!(theme.as_str()));
        }
        fields.insert("text_size".into(), json!(self.text_size));
        fields.insert("spacing".into(), json!(self.spacing));
        fields.insert("font".into(), json!(self.font.as_str()));
        if let Some(reduce) = self.reduce_motion {
            fields.insert("reduce_motion".into(), json!(reduce));
        }
        fields.insert("ruler".into(), json!(self.ruler));
        fields.insert("mask".into(), json!(self.mask));
        fields.insert("speech_rate".into(), json!(self.speech_rate));
        if let Some(voice) = &self.voice {
            fields.insert("voice".into(), json!(voice));
        }
        if let Some(language) = &self.language {
            fields.insert("language".into(), json!(language));
        }
        fields.insert("audio_description".into(), json!(self.audio_description));
        Value::Object(fields).to_string()
    }
}

/// The settings as signals, shared with every tool.
#[derive(Clone, Copy)]
pub struct ReadingSettings {
    /// Chosen colour theme; `None` follows the device.
    pub theme: RwSignal<Option<Theme>>,
    /// Text size in percent.
    pub text_size: RwSignal<u16>,
    /// Wider spacing on or off.
    pub spacing: RwSignal<bool>,
    /// Chosen font.
    pub font: RwSignal<Font>,
    /// Chosen motion setting; `None` follows the device.
    pub reduce_motion: RwSignal<Option<bool>>,
    /// Reading ruler on or off.
    pub ruler: RwSignal<bool>,
    /// Screen mask on or off.
    pub mask: RwSignal<bool>,
    /// Read-aloud speed in percent.
    pub speech_rate: RwSignal<u16>,
    /// Chosen voice name.
    pub voice: RwSignal<Option<String>>,
    /// Chosen language code; `None` reads the site's own language.
    pub language: RwSignal<Option<String>>,
    /// Text audio description of videos on.
    pub audio_description: RwSignal<bool>,
    /// What the device asks for, kept up to date.
    pub device: RwSignal<DeviceSettings>,
    /// `false` when the browser refuses storage (private mode, sandboxed
    /// frames): settings then last for this visit only.
    pub can_save: RwSignal<bool>,
}

/// The device preferences the tools follow when the reader has not chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeviceSettings {
    /// Colour preferences.
    pub colours: DeviceColours,
    /// `(prefers-reduced-motion: reduce)`.
    pub reduce_motion: bool,
}

impl ReadingSettings {
    fn stored(&self) -> StoredSettings {
        StoredSettings {
            theme: self.theme.get(),
            text_size: self.text_size.get(),
            spacing: self.spacing.get(),
            font: self.font.get(),
            reduce_motion: self.reduce_motion.get(),
            ruler: self.ruler.get(),
            mask: self.mask.get(),
            speech_rate: self.speech_rate.get(),
            voice: self.voice.get(),
            language: self.language.get(),
            audio_description: self.audio_description.get(),
        }
    }

    fn set_all(&self, stored: StoredSettings) {
        self.theme.set(stored.theme);
        self.text_size.set(stored.text_size);
        self.spacing.set(stored.spacing);
        self.font.set(stored.font);
        self.reduce_motion.set(stored.reduce_motion);
        self.ruler.set(stored.ruler);
        self.mask.set(stored.mask);
        self.speech_rate.set(stored.speech_rate);
        self.voice.set(stored.voice);
        self.language.set(stored.language);
        self.audio_description.set(stored.audio_description);
    }

    /// Back to the defaults: follow the device for everything. The language
    /// stays: it is not a reading tool.
    pub fn reset(&self) {
        self.set_all(StoredSettings {
            language: self.language.get_untracked(),
            ..StoredSettings::default()
        });
    }
}

/// Shares the settings, keeps the app's root in step with them and saves
/// every change. The stored settings are read at once in the drop-in, which
/// renders in the browser; a page rendered at build time is drawn with the
/// defaults (as the build drew it, so hydration finds the same HTML) and
/// reads them as soon as the app runs. `public/settings-boot.js` has
/// already applied them to the page before its first paint.
pub fn provide_reading_settings(rendered_at_build: bool) -> ReadingSettings {
    let stored = if rendered_at_build {
        StoredSettings::default()
    } else {
        browser::stored()
    };
    let settings = ReadingSettings {
        theme: RwSignal::new(stored.theme),
        text_size: RwSignal::new(stored.text_size),
        spacing: RwSignal::new(stored.spacing),
        font: RwSignal::new(stored.font),
        reduce_motion: RwSignal::new(stored.reduce_motion),
        ruler: RwSignal::new(stored.ruler),
        mask: RwSignal::new(stored.mask),
        speech_rate: RwSignal::new(stored.speech_rate),
        voice: RwSignal::new(stored.voice.clone()),
        language: RwSignal::new(stored.language.clone()),
        audio_description: RwSignal::new(stored.audio_description),
        device: RwSignal::new(DeviceSettings::default()),
        can_save: RwSignal::new(true),
    };
    Effect::new(move |started: Option<()>| {
        if started.is_none() {
            untrack(|| {
                if rendered_at_build {
                    settings.set_all(browser::stored());
                }
                settings.device.set(browser::device_settings());
            });
            browser::watch_device(settings.device);
        }
        let stored = settings.stored();
        let device = settings.device.get();
        browser::apply_to_root(&stored, device);
        let saved = browser::local_storage()
            .is_some_and(|storage| storage.set_item(STORAGE_KEY, &stored.to_json()).is_ok());
        settings.can_save.set(saved);
    });
    provide_context(settings);
    settings
}

/// The shared settings.
pub fn use_reading_settings() -> ReadingSettings {
    expect_context::<ReadingSettings>()
}

/// The parts that talk to the browser.
mod browser {
    use leptos::prelude::*;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    use super::{DeviceSettings, StoredSettings, STORAGE_KEY, WIDE};
    use crate::tools::font::Font;
    use crate::tools::motion::effective_reduce_motion;
    use crate::tools::theme::{effective_theme, DeviceColours};

    const QUERIES: [&str; 4] = [
        "(forced-colors: active)",
        "(prefers-contrast: more)",
        "(prefers-color-scheme: dark)",
        "(prefers-reduced-motion: reduce)",
    ];

    /// localStorage, or `None` where the browser refuses it (and while
    /// pre-rendering, where there is no browser).
    pub fn local_storage() -> Option<web_sys::Storage> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        window().local_storage().ok().flatten()
    }

    /// The settings stored in this browser, or the defaults.
    pub fn stored() -> StoredSettings {
        local_storage()
            .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
            .map(|text| StoredSettings::from_json(&text))
            .unwrap_or_default()
    }

    fn matches(query: &str) -> bool {
        window()
            .match_media(query)
            .ok()
            .flatten()
            .is_some_and(|list| list.matches())
    }

    pub fn device_settings() -> DeviceSettings {
        DeviceSettings {
            colours: DeviceColours {
                forced_colors: matches(QUERIES[0]),
                more_contrast: matches(QUERIES[1]),
                dark: matches(QUERIES[2]),
            },
            reduce_motion: matches(QUERIES[3]),
        }
    }

    /// Updates `device` whenever one of the media queries changes.
    pub fn watch_device(device: RwSignal<DeviceSettings>) {
        for query in QUERIES {
            if let Ok(Some(list)) = window().match_media(query) {
                let on_change = Closure::<dyn Fn()>::new(move || device.set(device_settings()));
                let _ = list
                    .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
                // Lives as long as the page.
                on_change.forget();
            }
        }
    }

    pub fn apply_to_root(stored: &StoredSettings, device: DeviceSettings) {
        let root = crate::embedding::host::host().root();
        let set = |name: &str, value: Option<&str>| {
            let _ = match value {
                Some(value) => root.set_attribute(name, value),
                None => root.remove_attribute(name),
            };
        };
        set(
            "data-theme",
            Some(effective_theme(stored.theme, device.colours).as_str()),
        );
        let size = stored.text_size.to_string();
        set(
            "data-text-size",
            (stored.text_size != 100).then_some(size.as_str()),
        );
        set("data-spacing", stored.spacing.then_some(WIDE));
        set(
            "data-font",
            (stored.font != Font::Standard).then_some(stored.font.as_str()),
        );
        let reduce = effective_reduce_motion(stored.reduce_motion, device.reduce_motion);
        set("data-motion", reduce.then_some("reduce"));
    }
}
