//! The language picker, the notices that say how a page was translated, and
//! the originals shown beside translated blocks.

mod links;
mod notice;
mod original;
mod picker;

pub use links::{LanguageLinks, LANGUAGE_CHOICE_ATTRIBUTE};
pub use notice::{PageTranslationNotice, TranslationNotice};
pub use original::OriginalBlock;
pub use picker::{switch_language, LanguagePicker};
