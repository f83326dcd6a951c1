//! The landmarks every page shares.

mod footer;
mod header;
mod navigation;
mod skip_link;

pub use footer::Footer;
pub use header::Header;
pub use navigation::Navigation;
pub use skip_link::SkipLink;
