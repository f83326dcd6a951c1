//! What can go wrong when loading content, in words a reader can act on.

use std::fmt;

use crate::i18n::format::fill;
use crate::i18n::text::{english, ErrorText};

/// Why a content file could not be shown. Every variant names the file, so
/// the message on screen says exactly what failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentError {
    /// The browser could not reach the server (offline, DNS, refused).
    Network {
        /// The file asked for.
        file: String,
    },
    /// The server took too long to answer.
    Timeout {
        /// The file asked for.
        file: String,
        /// How long we waited.
        seconds: u32,
    },
    /// The server answered with an error status.
    Http {
        /// The file asked for.
        file: String,
        /// The HTTP status code.
        status: u16,
    },
    /// The file is bigger than any real content file should be.
    TooLarge {
        /// The file asked for.
        file: String,
        /// Its size.
        bytes: u64,
        /// The most we accept.
        limit: u64,
    },
    /// The file is not valid JSON.
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
    WrongShape {
        /// The file asked for.
        file: String,
        /// Path to the field, such as `blocks[3].level`; empty in the
        /// browser, which names the line and column only (the native
        /// content check names the field).
        field: String,
        /// Where it is, when known (0 when not).
        line: usize,
        /// Where it is, when known (0 when not).
        column: usize,
        /// What is wrong with it.
        detail: String,
    },
    /// The file was written for a different version of the content format.
    UnsupportedVersion {
        /// The file asked for.
        file: String,
        /// The version in the file.
        found: String,
        /// The version we understand.
        supported: u32,
    },
    /// A text field holds HTML code. Content is plain text only.
    MarkupInText {
        /// The file asked for.
        file: String,
        /// Path to the field.
        field: String,
    },
    /// The embed asked for content from an address that is not on this site
    /// and not on the manifest's `embed_content_origins` list.
    ContentUrlRefused {
        /// The file asked for.
        file: String,
        /// The address, as the embed's `data-content-url` gave it.
        url: String,
    },
    /// A WebVTT text track (captions, descriptions, chapters) that breaks
    /// the format or the transcript's rules ([`crate::media::webvtt`]).
    BadTrack {
        /// The file asked for, such as `media/talk.pl.vtt`.
        file: String,
        /// The cue's number, from 1, when the problem is in a cue.
        cue: Option<usize>,
        /// The line, from 1.
        line: usize,
        /// What is wrong.
        detail: String,
    },
    /// A value is well-typed but not allowed, such as an unsafe link.
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
            | Self::ContentUrlRefused { file, .. }
            | Self::BadTrack { file, .. }
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

impl ContentError {
    /// The message in the reader's language (`words` from its locale file).
    /// Details from the JSON parser stay as the parser wrote them.
    pub fn message(&self, words: &ErrorText) -> String {
        let n = |value: &dyn fmt::Display| value.to_string();
        match self {
            Self::Network { file } => fill(&words.network, &[("file", file)]),
            Self::Timeout { file, seconds } => {
                fill(&words.timeout, &[("file", file), ("seconds", &n(seconds))])
            }
            Self::Http { file, status } => {
                let template = match status {
                    404 => &words.http_not_found,
                    403 => &words.http_refused,
                    500..=599 => &words.http_server,
                    _ => &words.http,
                };
                fill(template, &[("file", file), ("status", &n(status))])
            }
            Self::TooLarge { file, bytes, limit } => fill(
                &words.too_large,
                &[("file", file), ("bytes", &n(bytes)), ("limit", &n(limit))],
            ),
            Self::Malformed {
                file,
                line,
                column,
                detail,
            } => fill(
                &words.malformed,
                &[
                    ("file", file),
                    ("line", &n(line)),
                    ("column", &n(column)),
                    ("detail", detail),
                ],
            ),
            Self::WrongShape {
                file,
                field,
                line,
                column,
                detail,
            } => {
                let template = match (field.is_empty(), *line == 0) {
                    (true, _) => &words.wrong_shape_here,
                    (false, true) => &words.wrong_shape,
                    (false, false) => &words.wrong_shape_at,
                };
                fill(
                    template,
                    &[
                        ("file", file),
                        ("field", field),
                        ("line", &n(line)),
                        ("column", &n(column)),
                        ("detail", detail),
                    ],
                )
            }
            Self::UnsupportedVersion {
                file,
                found,
                supported,
            } => fill(
                &words.unsupported_version,
                &[
                    ("file", file),
                    ("found", found),
                    ("supported", &n(supported)),
                ],
            ),
            Self::MarkupInText { file, field } => {
                fill(&words.markup, &[("file", file), ("field", field)])
            }
            Self::ContentUrlRefused { file, url } => {
                fill(&words.content_url_refused, &[("file", file), ("url", url)])
            }
            Self::BadTrack {
                file,
                cue,
                line,
                detail,
            } => match cue {
                Some(cue) => fill(
                    &words.bad_track_cue,
                    &[
                        ("file", file),
                        ("cue", &n(cue)),
                        ("line", &n(line)),
                        ("detail", detail),
                    ],
                ),
                None => fill(
                    &words.bad_track,
                    &[("file", file), ("line", &n(line)), ("detail", detail)],
                ),
            },
            Self::Invalid {
                file,
                field,
                detail,
            } => fill(
                &words.invalid,
                &[("file", file), ("field", field), ("detail", detail)],
            ),
        }
    }
}

/// The English message, as the built-in English words give it.
impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(&english().errors))
    }
}

impl std::error::Error for ContentError {}
