//! In-app addresses and the links that carry them. Pages, content and the
//! manifest all speak of in-app addresses such as `/glossary#term-sen`;
//! how one becomes a link depends on how the app is shown:
//!
//! - standalone, or embedded with a base path: the address is the URL path
//!   (`/glossary`, or `/send/glossary` under the base `/send`);
//! - embedded with hash routing: the host page's path stays as it is and
//!   the address lives in the fragment (`#/glossary`, and a section within
//!   it `#/glossary#term-sen`).
//!
//! Everything here is plain string work, tested natively.

/// How the app keeps its address in the browser's URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Routing {
    /// The URL path, below `base` (`""` for the site root).
    Path {
        /// A path such as `/send`, without a trailing slash; `""` for none.
        base: String,
    },
    /// The URL fragment: `#/page`, leaving the host page's path alone.
    Hash,
}

/// An in-app address split into its page path and section fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    /// Always starts with `/`.
    pub path: String,
    /// The section id, without `#`.
    pub fragment: Option<String>,
}

impl Address {
    /// Splits `/glossary#term-sen` into path and fragment.
    pub fn parse(address: &str) -> Self {
        let (path, fragment) = match address.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment)),
            None => (address, None),
        };
        let path = if path.starts_with('/') {
            path.to_string()
        } else {
            format!("/{path}")
        };
        Address {
            path,
            fragment: fragment
                .filter(|fragment| !fragment.is_empty())
                .map(str::to_string),
        }
    }
}

/// Whether `href` is an address inside the app (`/…` but not `//host`), as
/// opposed to another site, an email link or a file to download.
pub fn is_in_app(href: &str) -> bool {
    href.starts_with('/') && !href.starts_with("//") && !is_file(href)
}

/// Links to files the server sends as they are (media, documents) are not
/// app pages, whatever the routing.
fn is_file(href: &str) -> bool {
    let path = href.split(['#', '?']).next().unwrap_or_default();
    path.rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'))
}

/// The `href` for a link in the page. In-app addresses follow the routing;
/// a bare `#section` stays on `current_path`; everything else is unchanged.
pub fn link_href(routing: &Routing, href: &str, current_path: &str) -> String {
    if let Some(section) = href.strip_prefix('#') {
        return match routing {
            Routing::Hash => format!("#{current_path}#{section}"),
            Routing::Path { .. } => href.to_string(),
        };
    }
    if !is_in_app(href) {
        return href.to_string();
    }
    match routing {
        Routing::Path { base } if base.is_empty() => href.to_string(),
        Routing::Path { base } if href == "/" => format!("{base}/"),
        Routing::Path { base } => format!("{base}{href}"),
        Routing::Hash => format!("#{href}"),
    }
}

/// Whether a link to `pathname` on this site is a page of the app shown
/// below `base`: at or below it (`/send`, `/send/glossary`, not `/sendx`)
/// and not a file such as `/send/leaflet.pdf`.
pub fn is_app_page(base: &str, pathname: &str) -> bool {
    address_from_path(base, pathname).is_some() && !is_file(pathname)
}

/// The in-app address a URL `pathname` shows under `base`, or `None` when
/// the path is outside the app.
pub fn address_from_path(base: &str, pathname: &str) -> Option<String> {
    if base.is_empty() {
        return Some(pathname.to_string());
    }
    let rest = pathname.strip_prefix(base)?;
    match rest {
        "" => Some("/".to_string()),
        rest if rest.starts_with('/') => Some(rest.to_string()),
        _ => None,
    }
}

/// The in-app address in a URL fragment (`location.hash`, with or without
/// its `#`). `None` when the fragment is not an app address, such as the
/// host page's own `#content` skip link target: the app stays where it is.
pub fn address_from_hash(hash: &str) -> Option<Address> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.starts_with('/').then(|| Address::parse(hash))
}

/// A base path as written in the embed's `data-base-path`: it must start
/// with `/` and hold only plain path characters; the trailing `/` is
/// dropped. `None` if it is not acceptable.
pub fn clean_base_path(raw: &str) -> Option<String> {
    let trimmed = raw.trim().trim_end_matches('/');
    let plain = trimmed
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.' | '~'));
    (trimmed.starts_with('/') && plain && !trimmed.contains("//") && !trimmed.contains(".."))
        .then(|| trimmed.to_string())
        .or_else(|| (raw.trim() == "/").then(String::new))
}
