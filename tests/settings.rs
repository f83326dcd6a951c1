//! Reading tool settings: defaults, storage round trip, and forgiving reads
//! of old or corrupt stored values.
#![cfg(not(target_arch = "wasm32"))]

use send_hub::tools::font::Font;
use send_hub::tools::motion::effective_reduce_motion;
use send_hub::tools::theme::{effective_theme, DeviceColours, Theme};
use send_hub::tools::StoredSettings;

#[test]
fn defaults_follow_the_device() {
    let defaults = StoredSettings::default();
    assert_eq!(defaults.theme, None);
    assert_eq!(defaults.reduce_motion, None);
    assert_eq!(defaults.text_size, 100);
    assert!(!defaults.spacing);
    assert_eq!(defaults.font, Font::Standard);
    assert!(
        !defaults.ruler && !defaults.mask,
        "ruler and mask are off by default"
    );
    assert!(
        !defaults.audio_description,
        "audio description is off by default"
    );
}

#[test]
fn settings_survive_a_round_trip() {
    let chosen = StoredSettings {
        theme: Some(Theme::HighContrast),
        text_size: 175,
        spacing: true,
        font: Font::Opendyslexic,
        reduce_motion: Some(false),
        ruler: true,
        mask: true,
        speech_rate: 150,
        voice: Some("English (Great Britain)".into()),
        language: Some("pl".into()),
        audio_description: true,
    };
    assert_eq!(StoredSettings::from_json(&chosen.to_json()), chosen);
    assert!(
        !StoredSettings::from_json(r#"{"audio_description": "on"}"#).audio_description,
        "a wrongly typed switch stays off"
    );
    assert_eq!(
        StoredSettings::from_json(r#"{"speech_rate": 3}"#).speech_rate,
        100,
        "an unoffered speed falls back"
    );
}

#[test]
fn corrupt_storage_gives_the_defaults() {
    for text in ["", "not json", "[1,2]", "null", "{\"theme\":"] {
        assert_eq!(
            StoredSettings::from_json(text),
            StoredSettings::default(),
            "{text:?}"
        );
    }
}

#[test]
fn one_bad_value_keeps_the_good_ones() {
    let read = StoredSettings::from_json(
        r#"{"version": 1, "theme": "purple", "text_size": 150, "spacing": "yes", "font": "atkinson", "reduce_motion": true}"#,
    );
    assert_eq!(
        read.theme, None,
        "unknown theme falls back to following the device"
    );
    assert_eq!(read.text_size, 150);
    assert!(!read.spacing, "a wrongly typed value falls back");
    assert_eq!(read.font, Font::Atkinson);
    assert_eq!(read.reduce_motion, Some(true));
}

#[test]
fn text_size_must_be_one_of_the_steps() {
    assert_eq!(
        StoredSettings::from_json(r#"{"text_size": 1000}"#).text_size,
        100
    );
    assert_eq!(
        StoredSettings::from_json(r#"{"text_size": -5}"#).text_size,
        100
    );
    assert_eq!(
        StoredSettings::from_json(r#"{"text_size": 200}"#).text_size,
        200
    );
}

#[test]
fn an_old_value_without_a_version_is_read_and_a_newer_one_is_ignored() {
    assert_eq!(
        StoredSettings::from_json(r#"{"theme": "dark"}"#).theme,
        Some(Theme::Dark)
    );
    assert_eq!(
        StoredSettings::from_json(r#"{"version": 2, "theme": "dark"}"#),
        StoredSettings::default()
    );
}

#[test]
fn following_the_device_picks_the_theme_it_asks_for() {
    let device = |forced_colors, more_contrast, dark| DeviceColours {
        forced_colors,
        more_contrast,
        dark,
    };
    assert_eq!(
        effective_theme(None, device(false, false, false)),
        Theme::Default
    );
    assert_eq!(
        effective_theme(None, device(false, false, true)),
        Theme::Dark
    );
    assert_eq!(
        effective_theme(None, device(false, true, true)),
        Theme::HighContrast
    );
    assert_eq!(
        effective_theme(None, device(true, false, false)),
        Theme::HighContrast
    );
    assert_eq!(
        effective_theme(Some(Theme::Cream), device(true, true, true)),
        Theme::Cream,
        "a choice wins"
    );
}

#[test]
fn reduced_motion_follows_the_device_unless_chosen() {
    assert!(effective_reduce_motion(None, true));
    assert!(!effective_reduce_motion(None, false));
    assert!(!effective_reduce_motion(Some(false), true));
    assert!(effective_reduce_motion(Some(true), false));
}

#[test]
fn a_stored_language_that_is_not_a_language_code_is_ignored() {
    for bad in [
        r#"{"language": "../etc"}"#,
        r#"{"language": 5}"#,
        r#"{"language": ""}"#,
    ] {
        assert_eq!(StoredSettings::from_json(bad).language, None, "{bad}");
    }
    assert_eq!(
        StoredSettings::from_json(r#"{"language": "pt-BR"}"#)
            .language
            .as_deref(),
        Some("pt-BR")
    );
}
