//! Content: the typed model (the JSON schema), how files are parsed and
//! checked, how they are fetched, and what can go wrong.

#[cfg(not(target_arch = "wasm32"))]
pub mod check_files;
pub mod error;
pub mod inline;
pub mod load;
pub mod model;
pub mod parse;
pub mod text;

pub use error::ContentError;
pub use model::*;
