//! Languages: interface words from locale files, shipped content
//! translations, machine translation for other languages, and numbers and
//! plurals written the reader's way.

pub mod format;
pub mod language;
pub mod machine;
pub mod pack;
pub mod page;
pub mod text;

pub use language::ActiveLanguage;
pub use pack::LanguagePack;
pub use text::UiText;
