//! Showing send-hub inside a council's own pages.

pub mod content_url;
pub mod frame_height;
pub mod host;
