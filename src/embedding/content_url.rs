//! The embed's `data-content-url`: where the content files come from. A
//! council page may point the app at another folder of content on the same
//! site; another site's content is used only when the app's own manifest
//! names that site in `embed_content_origins`, so a page cannot make the app
//! show anybody's files under the council's name.

use crate::content::parse::{is_secure_origin, origin_of};

/// Where the content files come from, as far as is known at start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentUrl {
    /// On this site: the folder's address, without a trailing `/`.
    Accepted(String),
    /// On another site: usable only if the app's own manifest lists `origin`.
    NeedsAllowList {
        /// The folder's address, without a trailing `/`.
        url: String,
        /// Its origin, such as `https://content.example.gov.uk`.
        origin: String,
    },
    /// Not an address the app will fetch from at all.
    Refused {
        /// As written in the attribute.
        url: String,
    },
}

/// The content folder on the app's own site.
pub const DEFAULT_CONTENT_BASE: &str = "/content";

impl Default for ContentUrl {
    fn default() -> Self {
        ContentUrl::Accepted(DEFAULT_CONTENT_BASE.to_string())
    }
}

/// Reads `data-content-url` (absent: the default folder) on a page whose
/// address is `page_href`. Accepts a path on this site (`/council/content`)
/// or a full `https://` address (plain http only on this computer).
pub fn check_content_url(raw: Option<&str>, page_href: &str) -> ContentUrl {
    let Some(raw) = raw.map(str::trim).filter(|raw| !raw.is_empty()) else {
        return ContentUrl::default();
    };
    let refused = || ContentUrl::Refused {
        url: raw.to_string(),
    };
    if raw
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return refused();
    }
    let folder = raw.trim_end_matches('/');
    if folder.split('/').any(|part| part == "..") {
        return refused();
    }
    if raw.starts_with('/') && !raw.starts_with("//") {
        return ContentUrl::Accepted(folder.to_string());
    }
    let (Some(origin), Some(page_origin)) = (origin_of(raw), origin_of(page_href)) else {
        return refused();
    };
    if origin.eq_ignore_ascii_case(page_origin) {
        // A folder on this site given as a full address: its path (the
        // site root itself becomes "").
        return ContentUrl::Accepted(folder[origin.len()..].to_string());
    }
    if !is_secure_origin(origin) {
        return refused();
    }
    ContentUrl::NeedsAllowList {
        url: folder.to_string(),
        origin: origin.to_ascii_lowercase(),
    }
}
