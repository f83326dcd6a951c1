//! Building blocks of the page: the shell's landmarks, content blocks and
//! the shared loading, error and heading pieces.

pub mod abbreviations;
pub mod announcer;
pub mod blocks;
pub mod error_panel;
pub mod language;
pub mod layout;
pub mod live_text;
pub mod loading;
pub mod page_heading;
pub mod page_loader;
pub mod page_view;
pub mod reading_tools;
pub mod rich_text;
pub mod with_site;

pub use error_panel::{ErrorPage, ErrorPanel};
pub use loading::Loading;
pub use page_heading::PageHeading;
pub use page_loader::PageLoader;
pub use page_view::PageView;
pub use rich_text::RichText;
pub use with_site::WithSite;
