//! Every theme's text colours meet their contrast ratio against the
//! backgrounds they sit on, computed from the CSS custom properties in
//! style/tokens.css and style/themes.css: 7:1 (AAA) in the default theme,
//! 4.5:1 (AA) in the others.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

/// Custom properties per theme: "default" from the app root `.send-hub`,
/// others from `.send-hub[data-theme="…"]`, each inheriting the default's
/// values.
fn themes() -> HashMap<String, HashMap<String, String>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("style");
    let css = std::fs::read_to_string(dir.join("tokens.css")).unwrap()
        + &std::fs::read_to_string(dir.join("themes.css")).unwrap();
    let mut themes: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut rest = css.as_str();
    while let Some(open) = rest.find('{') {
        let selector = rest[..open]
            .rsplit(['}', '/'])
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        let close = open + rest[open..].find('}').unwrap();
        let body = &rest[open + 1..close];
        rest = &rest[close + 1..];
        let name = if selector == ".send-hub" {
            "default".to_string()
        } else if let Some(theme) = selector
            .strip_prefix(".send-hub[data-theme=\"")
            .and_then(|s| s.strip_suffix("\"]"))
        {
            theme.to_string()
        } else {
            continue;
        };
        let entry = themes.entry(name).or_default();
        for declaration in body.split(';') {
            if let Some((key, value)) = declaration.split_once(':') {
                if key.trim().starts_with("--app-colour-") {
                    entry.insert(key.trim().to_string(), value.trim().to_string());
                }
            }
        }
    }
    let default = themes["default"].clone();
    for (name, values) in themes.iter_mut() {
        if name != "default" {
            for (key, value) in &default {
                values.entry(key.clone()).or_insert_with(|| value.clone());
            }
        }
    }
    themes
}

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    assert_eq!(hex.len(), 6, "colour {hex} must be #rrggbb");
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

const PAIRS: [(&str, &str); 12] = [
    ("text", "background"),
    ("text", "surface"),
    ("text-secondary", "background"),
    ("text-secondary", "surface"),
    ("link", "background"),
    ("link", "surface"),
    ("link-visited", "background"),
    ("link-visited", "surface"),
    ("brand-text", "brand"),
    ("error", "background"),
    ("focus-text", "focus"),
    ("text", "speech"),
];

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
    assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
}

#[test]
fn there_are_four_themes() {
    let mut names: Vec<_> = themes().into_keys().collect();
    names.sort();
    assert_eq!(names, ["cream", "dark", "default", "high-contrast"]);
}

#[test]
fn every_theme_meets_its_contrast_ratio() {
    let mut failures = Vec::new();
    for (name, colours) in themes() {
        let needed = if name == "default" { 7.0 } else { 4.5 };
        for (fg, bg) in PAIRS {
            let (fg_value, bg_value) = (
                &colours[&format!("--app-colour-{fg}")],
                &colours[&format!("--app-colour-{bg}")],
            );
            let ratio = contrast(fg_value, bg_value);
            if ratio < needed {
                failures.push(format!(
                    "{name}: {fg} {fg_value} on {bg} {bg_value} is {ratio:.2}:1, needs {needed}:1"
                ));
            }
        }
        for status in ["progressing", "slipped", "delayed", "done", "planned"] {
            let ratio = contrast(
                &colours[&format!("--app-colour-tag-{status}-text")],
                &colours[&format!("--app-colour-tag-{status}-background")],
            );
            if ratio < needed {
                failures.push(format!("{name}: {status} tag is {ratio:.2}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
