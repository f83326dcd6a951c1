//! Sentence, clause and word boundaries for chunking, from the browser's
//! own `Intl.Segmenter` (Unicode UAX #29, with the language's rules, so
//! "e.g. the" stays one sentence and Arabic "؟" ends one), and clause ends
//! from the Unicode `Terminal_Punctuation` property (`,` `;` `:` `،` `؛`
//! …). Where the browser has no segmenter: [`Breaks::by_punctuation`].

use super::chunk::Breaks;

/// Where pieces of `text`, in the language `lang` (a BCP 47 tag), may end.
pub fn breaks(text: &str, lang: &str) -> Breaks {
    platform::breaks(text, lang).unwrap_or_else(|| Breaks::by_punctuation(text))
}

#[cfg(target_arch = "wasm32")]
mod platform {
    use js_sys::{Array, Function, Object, Reflect, RegExp};
    use wasm_bindgen::{JsCast, JsValue};

    use super::Breaks;

    /// One segment: where it starts (UTF-16), its text, and whether it is a
    /// word (not spaces or punctuation).
    struct Segment {
        start: u32,
        text: String,
        word_like: bool,
    }

    fn segments(text: &str, lang: &str, granularity: &str) -> Option<Vec<Segment>> {
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor: Function = Reflect::get(&intl, &"Segmenter".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let options = Object::new();
        Reflect::set(&options, &"granularity".into(), &granularity.into()).ok()?;
        let arguments = Array::of2(&Array::of1(&lang.into()), &options);
        let segmenter = Reflect::construct(&constructor, &arguments).ok()?;
        let segment: Function = Reflect::get(&segmenter, &"segment".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let found = segment.call1(&segmenter, &JsValue::from_str(text)).ok()?;
        let mut list = Vec::new();
        for item in js_sys::try_iter(&found).ok()??.flatten() {
            list.push(Segment {
                start: Reflect::get(&item, &"index".into()).ok()?.as_f64()? as u32,
                text: Reflect::get(&item, &"segment".into()).ok()?.as_string()?,
                word_like: Reflect::get(&item, &"isWordLike".into())
                    .ok()
                    .and_then(|value| value.as_bool())
                    .unwrap_or(false),
            });
        }
        Some(list)
    }

    pub fn breaks(text: &str, lang: &str) -> Option<Breaks> {
        // UTF-16 offsets (as the segmenter counts) to byte offsets.
        let mut bytes = Vec::with_capacity(text.len() + 1);
        for (index, c) in text.char_indices() {
            bytes.extend(std::iter::repeat_n(index, c.len_utf16()));
        }
        bytes.push(text.len());
        let byte = |utf16: u32| bytes.get(utf16 as usize).copied();

        let sentences = segments(text, lang, "sentence")?
            .iter()
            .filter(|segment| segment.start > 0)
            .filter_map(|segment| byte(segment.start))
            .collect();
        let words = segments(text, lang, "word")?;
        let clause_mark = RegExp::new(r"\p{Terminal_Punctuation}|\p{Dash_Punctuation}", "u");
        let is_space = |segment: &Segment| segment.text.chars().all(char::is_whitespace);
        let mut breaks = Breaks {
            sentences,
            ..Breaks::default()
        };
        for pair in words.windows(2) {
            let (before, after) = (&pair[0], &pair[1]);
            let Some(at) = byte(after.start) else {
                continue;
            };
            if is_space(after) && !before.word_like && clause_mark.test(&before.text) {
                breaks.clauses.push(at);
            }
            if is_space(before) || (before.word_like && after.word_like) {
                breaks.words.push(at);
            }
            if is_space(after) {
                breaks.words.push(at);
            }
        }
        Some(breaks)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    use super::Breaks;

    /// Outside a browser there is no `Intl.Segmenter`.
    pub fn breaks(_text: &str, _lang: &str) -> Option<Breaks> {
        None
    }
}
