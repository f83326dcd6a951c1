//! The interface's words: every label, message and announcement that is not
//! council content. Each language has one file, `public/locales/<code>.json`,
//! with exactly these keys; serde refuses a file with a key missing or
//! unknown, and `tests/locales.rs` checks every shipped file that way.

use std::sync::{Arc, OnceLock};

use serde_json::{Map, Value};

use crate::content::text::VisitText;
use crate::content::ContentError;

/// The locale format version this build understands.
pub const LOCALE_VERSION: u32 = 1;

/// The English words, built into the app so it always has words to show.
const ENGLISH: &str = include_str!("../../public/locales/en.json");

/// The built-in English words.
pub fn english() -> Arc<UiText> {
    static PARSED: OnceLock<Arc<UiText>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            // Checked by `tests/locales.rs`, so this cannot fail in a build
            // that passed its tests.
            Arc::new(
                parse_locale("locales/en.json", ENGLISH).expect("public/locales/en.json is valid"),
            )
        })
        .clone()
}

/// Reads the locale file `file`, refusing one with a missing, unknown or
/// mistyped key (named in the error) or another format version.
pub fn parse_locale(file: &str, text: &str) -> Result<UiText, ContentError> {
    let value: Value = serde_json::from_str(text).map_err(|error| ContentError::Malformed {
        file: file.to_string(),
        line: error.line(),
        column: error.column(),
        detail: error.to_string(),
    })?;
    let words = UiText::read(&value, "").map_err(|(field, detail)| ContentError::WrongShape {
        file: file.to_string(),
        field,
        line: 0,
        column: 0,
        detail,
    })?;
    if words.schema_version != LOCALE_VERSION {
        return Err(ContentError::UnsupportedVersion {
            file: file.to_string(),
            found: words.schema_version.to_string(),
            supported: LOCALE_VERSION,
        });
    }
    Ok(words)
}

/// One phrase that changes with a number, in each plural form a language
/// uses (`one`, `few`, `many`, …; see the Unicode CLDR plural rules).
/// `other` is always needed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plural {
    pub zero: Option<String>,
    pub one: Option<String>,
    pub two: Option<String>,
    pub few: Option<String>,
    pub many: Option<String>,
    pub other: String,
}

impl Plural {
    /// The form for a CLDR plural category, falling back to `other`.
    pub fn form(&self, category: &str) -> &str {
        let chosen = match category {
            "zero" => &self.zero,
            "one" => &self.one,
            "two" => &self.two,
            "few" => &self.few,
            "many" => &self.many,
            _ => &None,
        };
        chosen.as_deref().unwrap_or(&self.other)
    }
}

/// Where in a locale file a problem is (`tools.close`), and what it is.
type Problem = (String, String);

/// Reads one part of a locale file, refusing missing, unknown or mistyped
/// keys. Written out (rather than derived with serde) because this small
/// reader adds far less to the download than a derived one per group.
trait ReadWords: Sized {
    fn read(value: &Value, path: &str) -> Result<Self, Problem>;
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The object at `path`, with no key outside `known`.
fn object<'a>(
    value: &'a Value,
    path: &str,
    known: &[&str],
) -> Result<&'a Map<String, Value>, Problem> {
    let fields = value.as_object().ok_or_else(|| {
        (
            path.to_string(),
            "this must be a group of phrases (a JSON object)".to_string(),
        )
    })?;
    match fields.keys().find(|key| !known.contains(&key.as_str())) {
        Some(unknown) => Err((join(path, unknown), format!("unknown key `{unknown}`"))),
        None => Ok(fields),
    }
}

fn required<'a>(
    fields: &'a Map<String, Value>,
    path: &str,
    key: &str,
) -> Result<&'a Value, Problem> {
    fields
        .get(key)
        .ok_or_else(|| (join(path, key), format!("missing key `{key}`")))
}

/// Reads the phrase (or group) `key`. One small function called per key,
/// not the same steps written out for each of the ~180 keys: the reader
/// stays a few kilobytes of WebAssembly.
#[inline(never)]
fn field<T: ReadWords>(fields: &Map<String, Value>, path: &str, key: &str) -> Result<T, Problem> {
    T::read(required(fields, path, key)?, &join(path, key))
}

impl ReadWords for String {
    fn read(value: &Value, path: &str) -> Result<Self, Problem> {
        value
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| (path.to_string(), "this must be text".to_string()))
    }
}

impl ReadWords for u32 {
    fn read(value: &Value, path: &str) -> Result<Self, Problem> {
        value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| (path.to_string(), "this must be a whole number".to_string()))
    }
}

impl ReadWords for Plural {
    fn read(value: &Value, path: &str) -> Result<Self, Problem> {
        let fields = object(value, path, &["zero", "one", "two", "few", "many", "other"])?;
        let optional = |key: &str| -> Result<Option<String>, Problem> {
            fields
                .get(key)
                .map(|value| String::read(value, &join(path, key)))
                .transpose()
        };
        Ok(Self {
            zero: optional("zero")?,
            one: optional("one")?,
            two: optional("two")?,
            few: optional("few")?,
            many: optional("many")?,
            other: String::read(required(fields, path, "other")?, &join(path, "other"))?,
        })
    }
}

macro_rules! words {
    ($(#[$doc:meta])* $name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq)]
        #[allow(missing_docs)]
        pub struct $name { $(pub $field: $ty),* }

        impl ReadWords for $name {
            #[inline(never)]
            fn read(value: &Value, path: &str) -> Result<Self, Problem> {
                let fields = object(value, path, &[$(stringify!($field)),*])?;
                Ok(Self {
                    $($field: field(fields, path, stringify!($field))?,)*
                })
            }
        }

        /// Machine translation visits every phrase.
        impl VisitText for $name {
            fn visit_text(&mut self, visit: &mut dyn FnMut(&mut String)) {
                $(self.$field.visit_text(visit);)*
            }
        }
    };
}

words!(
    /// Every interface string, grouped by where it appears.
    UiText {
        schema_version: u32,
        shell: ShellText,
        language: LanguageText,
        not_found: NotFoundText,
        errors: ErrorText,
        actions: ActionText,
        video: VideoText,
        tools: ToolsText,
        speech: SpeechText,
        contact: ContactText,
    }
);

words!(
    /// The contact block: who runs the site and how to reach a person.
    ContactText {
        runs_site: String,
        email: String,
        phone: String,
        form: String,
        form_link: String,
        reply_within: Plural,
        not_published: String,
    }
);

words!(
    /// The page frame: header, navigation, breadcrumbs, loading.
    ShellText {
        site_name_fallback: String,
        page_title: String,
        skip_link: String,
        main_navigation: String,
        breadcrumb: String,
        home: String,
        newsletter: String,
        newsletter_caption: String,
        loading: String,
    }
);

words!(
    /// The language picker, translation notices and "show original".
    LanguageText {
        label: String,
        change: String,
        checked_group: String,
        machine_group: String,
        machine_option: String,
        changed: String,
        machine_assisted: String,
        tell_us: String,
        read_in_english: String,
        show_original: String,
        hide_original: String,
        original_heading: String,
        original_loading: String,
        machine_notice: String,
        machine_working: String,
        machine_failed: String,
        provider_browser: String,
        provider_service: String,
        reason_timeout: String,
        reason_http: String,
        reason_network: String,
        reason_bad_answer: String,
        reason_unavailable: String,
        translation_failed: String,
    }
);

words!(
    /// The page shown for an unknown address.
    NotFoundText {
        title: String,
        typed: String,
        pasted: String,
        go_before: String,
        home_link: String,
        go_after: String,
    }
);

words!(
    /// Why content could not be shown, and what to do.
    ErrorText {
        panel_title: String,
        start_title: String,
        tools_not_loaded: String,
        page_title: String,
        glossary_title: String,
        advice_transient: String,
        advice_fix: String,
        try_again: String,
        network: String,
        timeout: String,
        http: String,
        http_not_found: String,
        http_refused: String,
        http_server: String,
        too_large: String,
        malformed: String,
        wrong_shape: String,
        wrong_shape_at: String,
        wrong_shape_here: String,
        unsupported_version: String,
        markup: String,
        invalid: String,
        bad_track: String,
        bad_track_cue: String,
        content_url_refused: String,
    }
);

words!(
    /// The plan's action list and its filters.
    ActionText {
        filter_legend: String,
        group_label: String,
        all_groups: String,
        whole_programme: String,
        status_label: String,
        all_statuses: String,
        show_all: String,
        none_match: String,
        showing_all: Plural,
        showing_some: Plural,
        group_name: String,
        group_chosen_by_site: String,
        status_prefix: String,
        source_prefix: String,
        progressing: String,
        slipped: String,
        delayed_by_covid: String,
        done: String,
        planned: String,
    }
);

words!(
    /// The video player's fallback and transcript.
    VideoText {
        cannot_play: String,
        download: String,
        transcript: String,
        captions_failed: String,
        transcript_below: String,
        play_from: String,
        follow: String,
        download_transcript: String,
        chapters: String,
        track_problem: String,
        transcript_in_file: String,
        transcript_machine: String,
        audio_description: String,
        description_label: String,
        show_sign_language: String,
        sign_position: String,
        sign_beside: String,
        sign_bottom_right: String,
        sign_bottom_left: String,
        sign_top_right: String,
        sign_top_left: String,
        sign_size: String,
        sign_small: String,
        sign_medium: String,
        sign_large: String,
    }
);

words!(
    /// The reading tools panel.
    ToolsText {
        toggle: String,
        title: String,
        intro: String,
        cannot_save: String,
        follow_device: String,
        colours: String,
        colours_changed: String,
        theme_default: String,
        theme_dark: String,
        theme_high_contrast: String,
        theme_cream: String,
        text_size: String,
        text_size_value: String,
        text_size_changed: String,
        font: String,
        font_changed: String,
        font_standard: String,
        motion: String,
        reduce_motion: String,
        allow_motion: String,
        motion_follow: String,
        motion_reduced: String,
        motion_allowed: String,
        spacing: String,
        spacing_label: String,
        spacing_on: String,
        spacing_off: String,
        reading_guide: String,
        ruler_label: String,
        ruler_on: String,
        ruler_off: String,
        mask_label: String,
        mask_on: String,
        mask_off: String,
        reset: String,
        reset_done: String,
        close: String,
    }
);

words!(
    /// Read aloud.
    SpeechText {
        legend: String,
        checking: String,
        no_engine: String,
        no_voice: String,
        ready: String,
        reading: String,
        paused: String,
        select_first: String,
        nothing_reading: String,
        listen_on: String,
        listen_off: String,
        read_page: String,
        read_from_here: String,
        read_selection: String,
        pause: String,
        resume: String,
        stop: String,
        click_to_listen: String,
        speed: String,
        speed_value: String,
        voice: String,
        device_voice: String,
        default_voice: String,
        stopped: String,
        could_not_prepare: String,
        engine_problem: String,
        stalled: String,
    }
);

impl VisitText for String {
    fn visit_text(&mut self, visit: &mut dyn FnMut(&mut String)) {
        visit(self);
    }
}

/// The format version is not text.
impl VisitText for u32 {
    fn visit_text(&mut self, _: &mut dyn FnMut(&mut String)) {}
}

impl VisitText for Plural {
    fn visit_text(&mut self, visit: &mut dyn FnMut(&mut String)) {
        for form in [
            &mut self.zero,
            &mut self.one,
            &mut self.two,
            &mut self.few,
            &mut self.many,
        ]
        .into_iter()
        .flatten()
        {
            visit(form);
        }
        visit(&mut self.other);
    }
}
