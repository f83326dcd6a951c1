//! Video text tracks: reading WebVTT files, choosing the tracks for the
//! page's language, and the transcript built from the captions.

pub mod description;
pub mod tracks;
pub mod transcript;
pub mod webvtt;
