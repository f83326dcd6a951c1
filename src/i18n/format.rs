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

/// A number written for `lang` by its CLDR rules: "1,5" in Polish, "1,234"
/// in English. Every shipped language, Arabic included, writes Western
/// digits by default, as the site's own text does; a tag such as
/// `ar-EG` would give "٣٨".
pub fn number(lang: &str, value: f64) -> String {
    platform::number(lang, value)
}

/// The plural form of `phrase` for `count` in `lang`, with `{shown}`,
/// `{total}` and the like filled from `values`.
pub fn plural(lang: &str, phrase: &Plural, count: f64, values: &[(&str, &str)]) -> String {
    fill(phrase.form(&platform::plural_category(lang, count)), values)
}

#[cfg(target_arch = "wasm32")]
#[mutants::skip] // Browser only: see docs/testing.md.
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
    //! Pre-rendering on the build machine: ICU4X with CLDR data, the same
    //! rules the browser's `Intl` applies, so a page read before (or without)
    //! the app has the same numbers and plural forms as one the app renders.
    use fixed_decimal::{Decimal, FloatPrecision};
    use icu_decimal::DecimalFormatter;
    use icu_locale_core::Locale;
    use icu_plurals::{PluralCategory, PluralRules};

    fn locale(lang: &str) -> Locale {
        lang.parse().unwrap_or(Locale::UNKNOWN)
    }

    fn decimal(value: f64) -> Option<Decimal> {
        Decimal::try_from_f64(value, FloatPrecision::RoundTrip).ok()
    }

    pub fn number(lang: &str, value: f64) -> String {
        match (
            DecimalFormatter::try_new(locale(lang).into(), Default::default()),
            decimal(value),
        ) {
            (Ok(formatter), Some(value)) => formatter.format(&value).to_string(),
            _ => value.to_string(),
        }
    }

    pub fn plural_category(lang: &str, count: f64) -> String {
        let (Ok(rules), Some(count)) = (
            PluralRules::try_new_cardinal(locale(lang).into()),
            decimal(count),
        ) else {
            return "other".to_string();
        };
        match rules.category_for(&count) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
        .to_string()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number("en", 1234.0), "1,234");
        assert_eq!(number("pl", 1.5), "1,5");
        assert_eq!(number("ro", 12345.0), "12.345");
        assert_eq!(number("en", 1.5), "1.5");
        assert_eq!(number("ar", 38.0), "38");
        assert_eq!(number("ar-EG", 38.0), "٣٨");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let categories = |lang: &str| -> Vec<String> {
            [1.0, 2.0, 5.0, 12.0, 22.0, 38.0, 101.0]
                .iter()
                .map(|&count| platform::plural_category(lang, count))
                .collect()
        };
        for (lang, expected) in [
            (
                "en",
                ["one", "other", "other", "other", "other", "other", "other"],
            ),
            ("pl", ["one", "few", "many", "many", "few", "many", "many"]),
            ("ro", ["one", "few", "few", "few", "other", "other", "few"]),
            ("ar", ["one", "two", "few", "many", "many", "many", "other"]),
        ] {
            assert_eq!(categories(lang), expected, "{lang}");
        }
    }
}
