//! Showing send-hub inside a council's own pages.

pub mod frame_height;
