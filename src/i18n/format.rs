//! Filling `{name}` placeholders, and numbers and plural forms the way the
//! reader's language writes them (through the browser's `Intl`).

use super::text::Plural;

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// The placeholder names in `template`, in order: `{file}` gives `file`.
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

/// A number written for `lang` ("1 234" in Polish, "١٢" where a language
/// uses other digits).
pub fn number(lang: &str, value: f64) -> String {
    platform::number(lang, value)
}

/// The plural form of `phrase` for `count` in `lang`, with `{shown}`,
/// `{total}` and the like filled from `values`.
pub fn plural(lang: &str, phrase: &Plural, count: f64, values: &[(&str, &str)]) -> String {
    fill(phrase.form(&platform::plural_category(lang, count)), values)
}

#[cfg(target_arch = "wasm32")]
mod platform {
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    fn locales(lang: &str) -> Array {
        Array::of1(&JsValue::from_str(lang))
    }

    pub fn number(lang: &str, value: f64) -> String {
        Intl::NumberFormat::new(&locales(lang), &Object::new())
            .format()
            .call1(&JsValue::UNDEFINED, &JsValue::from_f64(value))
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| value.to_string())
    }

    pub fn plural_category(lang: &str, count: f64) -> String {
        let rules = Intl::PluralRules::new(&locales(lang), &Object::new());
        Reflect::get(&rules, &JsValue::from_str("select"))
            .ok()
            .and_then(|select| {
                js_sys::Function::from(select)
                    .call1(&rules, &JsValue::from_f64(count))
                    .ok()
            })
            .and_then(|category| category.as_string())
            .unwrap_or_else(|| "other".to_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    /// Outside a browser (native tests) numbers are plain digits.
    pub fn number(_lang: &str, value: f64) -> String {
        value.to_string()
    }

    /// Outside a browser only the English rule is known.
    pub fn plural_category(_lang: &str, count: f64) -> String {
        if count == 1.0 { "one" } else { "other" }.to_string()
    }
}
