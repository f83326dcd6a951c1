//! The reading tools built into the page: colour themes, text size, text
//! spacing, readable fonts, reduced motion, and a reading ruler and mask. Each tool is a setting the
//! reader chooses; `None` (where a tool has one) means "follow my device".
//! Settings persist in localStorage, and `public/settings-boot.js` applies
//! them before the first paint so a reload never flashes the wrong theme.

pub mod font;
pub mod motion;
pub mod prefs;
pub mod ruler;
pub mod spacing;
pub mod speech;
pub mod text_size;
pub mod theme;

pub use prefs::{provide_reading_settings, use_reading_settings, ReadingSettings, StoredSettings};
