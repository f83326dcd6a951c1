//! What can go wrong when loading content, in words a reader can act on.

use thiserror::Error;

/// Why a content file could not be shown. Every variant names the file, so
/// the message on screen says exactly what failed.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ContentError {
    /// The browser could not reach the server (offline, DNS, refused).
    #[error("We could not reach the server to fetch {file}. Check your internet connection, then try again.")]
    Network {
        /// The file asked for.
        file: String,
    },
    /// The server took too long to answer.
    #[error("The server took more than {seconds} seconds to send {file}, so we stopped waiting. Try again in a moment.")]
    Timeout {
        /// The file asked for.
        file: String,
        /// How long we waited.
        seconds: u32,
    },
    /// The server answered with an error status.
    #[error("The server could not send {file} (HTTP error {status}{}).", status_words(*.status))]
    Http {
        /// The file asked for.
        file: String,
        /// The HTTP status code.
        status: u16,
    },
    /// The file is bigger than any real content file should be.
    #[error("The file {file} is {bytes} bytes, more than the {limit} bytes a content file may be, so it was not opened.")]
    TooLarge {
        /// The file asked for.
        file: String,
        /// Its size.
        bytes: u64,
        /// The most we accept.
        limit: u64,
    },
    /// The file is not valid JSON.
    #[error("The file {file} is not valid JSON at line {line}, column {column}: {detail}.")]
    Malformed {
        /// The file asked for.
        file: String,
        /// Where the parser stopped.
        line: usize,
        /// Where the parser stopped.
        column: usize,
        /// The parser's description.
        detail: String,
    },
    /// The file is JSON but a field is missing, unknown or of the wrong type.
    #[error("The file {file} has a problem in the field {field}{}: {detail}.", position_words(*.line, *.column))]
    WrongShape {
        /// The file asked for.
        file: String,
        /// Path to the field, such as `blocks[3].level`.
        field: String,
        /// Where it is, when known (0 when not).
        line: usize,
        /// Where it is, when known (0 when not).
        column: usize,
        /// What is wrong with it.
        detail: String,
    },
    /// The file was written for a different version of the content format.
    #[error("The file {file} uses content format version {found}, but this site understands version {supported} only.")]
    UnsupportedVersion {
        /// The file asked for.
        file: String,
        /// The version in the file.
        found: String,
        /// The version we understand.
        supported: u32,
    },
    /// A text field holds HTML code. Content is plain text only.
    #[error("The file {file} has HTML code in the field {field}. Content must be plain text, so the file was not shown.")]
    MarkupInText {
        /// The file asked for.
        file: String,
        /// Path to the field.
        field: String,
    },
    /// A value is well-typed but not allowed, such as an unsafe link.
    #[error("The file {file} has a problem in the field {field}: {detail}.")]
    Invalid {
        /// The file asked for.
        file: String,
        /// Path to the field.
        field: String,
        /// What is wrong with it.
        detail: String,
    },
}

impl ContentError {
    /// The file the error is about.
    pub fn file(&self) -> &str {
        match self {
            Self::Network { file }
            | Self::Timeout { file, .. }
            | Self::Http { file, .. }
            | Self::TooLarge { file, .. }
            | Self::Malformed { file, .. }
            | Self::WrongShape { file, .. }
            | Self::UnsupportedVersion { file, .. }
            | Self::MarkupInText { file, .. }
            | Self::Invalid { file, .. } => file,
        }
    }

    /// Whether trying again might help without anyone changing the file.
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Network { .. } | Self::Timeout { .. } => true,
            Self::Http { status, .. } => *status >= 500 || *status == 408 || *status == 429,
            _ => false,
        }
    }
}

fn status_words(status: u16) -> &'static str {
    match status {
        404 => ": the file was not found",
        403 => ": access was refused",
        500..=599 => ": the server had a problem",
        _ => "",
    }
}

fn position_words(line: usize, column: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(" (line {line}, column {column})")
    }
}
