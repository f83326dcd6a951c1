//! Turns the text of a content file into checked, typed content. Pure code:
//! the same checks run in the browser and in native tests.

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::ContentError;
use super::inline::{parse_links, Inline};
use super::model::{Block, Glossary, Page, Site, SCHEMA_VERSION};

/// The largest content file we open. Real pages are a few kilobytes; a file
/// far bigger is a mistake and would freeze an old phone.
pub const MAX_CONTENT_BYTES: u64 = 512 * 1024;

/// A type that can be read from a content file and checked beyond its shape.
pub trait ContentFile: DeserializeOwned {
    /// Checks rules the types cannot express, such as safe links.
    fn validate(&self, file: &str) -> Result<(), ContentError>;
}

/// Parses and checks one content file, reporting the first problem with the
/// file name, the field and, where known, the line and column.
pub fn parse_content<T: ContentFile>(file: &str, text: &str) -> Result<T, ContentError> {
    if text.len() as u64 > MAX_CONTENT_BYTES {
        return Err(ContentError::TooLarge {
            file: file.to_string(),
            bytes: text.len() as u64,
            limit: MAX_CONTENT_BYTES,
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|err| ContentError::Malformed {
        file: file.to_string(),
        line: err.line(),
        column: err.column(),
        detail: message_without_position(&err),
    })?;
    check_version(file, &value)?;
    if let Some(field) = find_markup(&value, String::new()) {
        return Err(ContentError::MarkupInText {
            file: file.to_string(),
            field,
        });
    }
    let typed: T = deserialize(file, text)?;
    typed.validate(file)?;
    Ok(typed)
}

/// Reads the typed content, naming the field at fault (`blocks[3].level`).
/// Natively only: the path tracking would add about 58 KB to the browser's
/// download, where the line and column are enough to find the problem.
#[cfg(not(target_arch = "wasm32"))]
fn deserialize<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, ContentError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let field = match err.path().to_string() {
            path if path == "." => "(the whole file)".to_string(),
            path => path,
        };
        let inner = err.inner();
        ContentError::WrongShape {
            file: file.to_string(),
            field,
            line: inner.line(),
            column: inner.column(),
            detail: message_without_position(inner),
        }
    })
}

/// Reads the typed content, naming the line and column at fault.
#[cfg(target_arch = "wasm32")]
#[mutants::skip] // Browser only: see docs/testing.md.
fn deserialize<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, ContentError> {
    serde_json::from_str(text).map_err(|err| ContentError::WrongShape {
        file: file.to_string(),
        field: String::new(),
        line: err.line(),
        column: err.column(),
        detail: message_without_position(&err),
    })
}

fn message_without_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_string()
}

fn check_version(file: &str, value: &Value) -> Result<(), ContentError> {
    let shape = |detail: &str| ContentError::WrongShape {
        file: file.to_string(),
        field: "schema_version".to_string(),
        line: 0,
        column: 0,
        detail: detail.to_string(),
    };
    let Some(object) = value.as_object() else {
        return Err(ContentError::WrongShape {
            file: file.to_string(),
            field: "(the whole file)".to_string(),
            line: 1,
            column: 1,
            detail: "expected a JSON object in curly brackets { }".to_string(),
        });
    };
    match object.get("schema_version") {
        None => Err(shape("this field is missing")),
        Some(found) if found.as_u64() == Some(u64::from(SCHEMA_VERSION)) => Ok(()),
        Some(found @ Value::Number(_)) => Err(ContentError::UnsupportedVersion {
            file: file.to_string(),
            found: found.to_string(),
            supported: SCHEMA_VERSION,
        }),
        Some(_) => Err(shape("expected a whole number such as 1")),
    }
}

/// Finds the first string that looks like HTML (`<` then a letter, `/`, `!`
/// or `?`), returning its path. A lone `<` as in "under 5 < 6" is fine.
fn find_markup(value: &Value, path: String) -> Option<String> {
    match value {
        Value::String(text) => looks_like_markup(text).then_some(path),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(index, item)| find_markup(item, format!("{path}[{index}]"))),
        Value::Object(fields) => fields.iter().find_map(|(key, item)| {
            let child = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            find_markup(item, child)
        }),
        _ => None,
    }
}

fn looks_like_markup(text: &str) -> bool {
    text.as_bytes().windows(2).any(|pair| {
        pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || matches!(pair[1], b'/' | b'!' | b'?'))
    })
}

/// Whether a link address is one we are willing to put in an `href`: a path
/// on this site, an anchor, `https:`, `mailto:` or `tel:`. This keeps out
/// `javascript:` and other schemes that run code or leave silently.
pub fn is_safe_href(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    (lower.starts_with('/') && !lower.starts_with("//"))
        || lower.starts_with('#')
        || lower.starts_with("https://")
        || lower.starts_with("mailto:")
        || lower.starts_with("tel:")
}

/// Whether a manifest file name stays inside the content folder.
fn is_safe_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.ends_with(".json")
        && !name.split('/').any(|part| part.is_empty() || part == "..")
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
}

fn invalid(file: &str, field: String, detail: impl Into<String>) -> ContentError {
    ContentError::Invalid {
        file: file.to_string(),
        field,
        detail: detail.into(),
    }
}

fn check_href(file: &str, field: String, href: &str) -> Result<(), ContentError> {
    if is_safe_href(href) {
        Ok(())
    } else {
        Err(invalid(
            file,
            field,
            format!("the link address “{href}” is not allowed; use a path such as /newsletter, or an https:// address"),
        ))
    }
}

fn check_text(file: &str, field: String, text: &str) -> Result<(), ContentError> {
    let hrefs = parse_links(text)
        .into_iter()
        .filter_map(|segment| match segment {
            Inline::Link { href, .. } => Some(href),
            _ => None,
        });
    for (number, href) in hrefs.enumerate() {
        check_href(file, format!("{field} (link {})", number + 1), &href)?;
    }
    Ok(())
}

impl ContentFile for Site {
    fn validate(&self, file: &str) -> Result<(), ContentError> {
        if self.languages.is_empty() {
            return Err(invalid(
                file,
                "languages".into(),
                "at least one language is needed",
            ));
        }
        let mut codes = HashSet::new();
        let machine = self.machine_translation.as_ref();
        let machine_languages = machine.map_or(&[][..], |m| m.languages.as_slice());
        for (index, language) in self.languages.iter().enumerate() {
            check_language_code(file, format!("languages[{index}].code"), &language.code)?;
            if !codes.insert(language.code.as_str()) {
                return Err(invalid(
                    file,
                    format!("languages[{index}].code"),
                    "each language may be listed once",
                ));
            }
        }
        for (index, language) in machine_languages.iter().enumerate() {
            let field = format!("machine_translation.languages[{index}].code");
            check_language_code(file, field.clone(), &language.code)?;
            if !codes.insert(language.code.as_str()) {
                return Err(invalid(
                    file,
                    field,
                    "this language is already listed (each language may be listed once)",
                ));
            }
        }
        if let Some(endpoint) = machine.and_then(|m| m.endpoint.as_deref()) {
            check_endpoint(
                file,
                endpoint,
                machine.map_or(&[][..], |m| m.allowed_origins.as_slice()),
            )?;
        }
        for (index, origin) in self.frame_parent_origins.iter().enumerate() {
            check_origin(file, format!("frame_parent_origins[{index}]"), origin)?;
        }
        for (index, origin) in self.embed_content_origins.iter().enumerate() {
            check_origin(file, format!("embed_content_origins[{index}]"), origin)?;
        }
        for (index, item) in self.navigation.iter().enumerate() {
            check_href(file, format!("navigation[{index}].href"), &item.href)?;
        }
        for (index, item) in self.footer_links.iter().enumerate() {
            check_href(file, format!("footer_links[{index}].href"), &item.href)?;
        }
        if let Some(url) = &self.email_alerts_url {
            check_href(file, "email_alerts_url".into(), url)?;
        }
        if let Some(contact) = &self.contact {
            check_contact(file, contact)?;
        }
        let mut slugs = HashSet::new();
        for (index, page) in self.pages.iter().enumerate() {
            if !slugs.insert(page.slug.as_str()) {
                return Err(invalid(
                    file,
                    format!("pages[{index}].slug"),
                    format!("“{}” is used by two pages", page.slug),
                ));
            }
            if !is_safe_file_name(&page.file) {
                return Err(invalid(
                    file,
                    format!("pages[{index}].file"),
                    "a file name must end in .json and stay inside the content folder",
                ));
            }
        }
        if !slugs.contains("") {
            return Err(invalid(
                file,
                "pages".into(),
                "one page needs an empty slug to be the home page",
            ));
        }
        let mut issues = HashSet::new();
        for (index, issue) in self.newsletter.iter().enumerate() {
            if !issues.insert(issue.slug.as_str()) || issue.slug.is_empty() {
                return Err(invalid(
                    file,
                    format!("newsletter[{index}].slug"),
                    "each issue needs its own, non-empty slug",
                ));
            }
            if !is_safe_file_name(&issue.file) {
                return Err(invalid(
                    file,
                    format!("newsletter[{index}].file"),
                    "a file name must end in .json and stay inside the content folder",
                ));
            }
        }
        if !is_safe_file_name(&self.glossary_file) {
            return Err(invalid(
                file,
                "glossary_file".into(),
                "a file name must end in .json and stay inside the content folder",
            ));
        }
        Ok(())
    }
}

impl ContentFile for Glossary {
    fn validate(&self, file: &str) -> Result<(), ContentError> {
        let mut terms = HashSet::new();
        for (index, entry) in self.entries.iter().enumerate() {
            if entry.term.trim().is_empty() || !terms.insert(entry.term.as_str()) {
                return Err(invalid(
                    file,
                    format!("entries[{index}].term"),
                    "each term must be written and appear once",
                ));
            }
        }
        Ok(())
    }
}

impl ContentFile for Page {
    fn validate(&self, file: &str) -> Result<(), ContentError> {
        let group_ids: HashSet<&str> = self
            .working_groups()
            .map(|group| group.id.as_str())
            .collect();
        let mut anchors = HashSet::new();
        let mut action_ids = HashSet::new();
        if let Some(lead) = &self.lead {
            check_text(file, "lead".into(), lead)?;
        }
        for (index, block) in self.blocks.iter().enumerate() {
            let at = |field: &str| format!("blocks[{index}].{field}");
            match block {
                Block::Heading(heading) => {
                    if let Some(id) = &heading.id {
                        let valid = !id.is_empty()
                            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                        if !valid || !anchors.insert(id.clone()) {
                            return Err(invalid(file, at("id"), "an id must be unique on the page and use only letters, digits and hyphens"));
                        }
                    }
                }
                Block::Paragraph(paragraph) => check_text(file, at("text"), &paragraph.text)?,
                Block::List(list) => {
                    for (item, text) in list.items.iter().enumerate() {
                        check_text(file, at(&format!("items[{item}]")), text)?;
                    }
                }
                Block::Callout(callout) => check_text(file, at("text"), &callout.text)?,
                Block::Table(table) => {
                    for (row, cells) in table.rows.iter().enumerate() {
                        if cells.len() != table.columns.len() {
                            return Err(invalid(
                                file,
                                at(&format!("rows[{row}]")),
                                format!(
                                    "this row has {} cells but the table has {} columns",
                                    cells.len(),
                                    table.columns.len()
                                ),
                            ));
                        }
                    }
                }
                Block::ActionList(list) => {
                    for (item, action) in list.actions.iter().enumerate() {
                        if !action_ids.insert(action.id.as_str()) {
                            return Err(invalid(
                                file,
                                at(&format!("actions[{item}].id")),
                                format!("the id “{}” is used twice", action.id),
                            ));
                        }
                        if let Some(group) = &action.group {
                            if !group_ids.contains(group.as_str()) {
                                return Err(invalid(
                                    file,
                                    at(&format!("actions[{item}].group")),
                                    format!("no working group on this page has the id “{group}”"),
                                ));
                            }
                        }
                    }
                }
                Block::Video(video) => {
                    check_href(file, at("src"), &video.src)?;
                    check_tracks(file, &at, &video.tracks)?;
                    if let Some(sign) = &video.sign_language {
                        check_href(file, at("sign_language.src"), &sign.src)?;
                    }
                }
                Block::Document(document) => {
                    if let Some(href) = &document.href {
                        check_href(file, at("href"), href)?;
                    }
                }
                Block::Definitions(_)
                | Block::WorkingGroups(_)
                | Block::NewsletterIndex(_)
                | Block::Glossary(_)
                | Block::EmailAlerts(_)
                | Block::Contact(_) => {}
            }
        }
        Ok(())
    }
}

/// A video's text tracks: safe addresses, language tags, at least one
/// captions track, and one track of each kind per language.
fn check_tracks(
    file: &str,
    at: &dyn Fn(&str) -> String,
    tracks: &[super::model::TextTrack],
) -> Result<(), ContentError> {
    use super::model::TrackKind;
    if !tracks.iter().any(|track| track.kind == TrackKind::Captions) {
        return Err(invalid(
            file,
            at("tracks"),
            "a video needs at least one captions track",
        ));
    }
    let mut seen = HashSet::new();
    for (index, track) in tracks.iter().enumerate() {
        let field = |name: &str| at(&format!("tracks[{index}].{name}"));
        check_href(file, field("src"), &track.src)?;
        check_language_code(file, field("srclang"), &track.srclang)?;
        if !seen.insert((track.kind, track.srclang.as_str())) {
            return Err(invalid(
                file,
                field("srclang"),
                format!(
                    "there is already a {} track in {}",
                    track.kind.as_str(),
                    track.srclang
                ),
            ));
        }
    }
    Ok(())
}

/// An email address as the contact block links it (`mailto:`): one `@`
/// with text either side, a dot in the domain, and nothing that could
/// change the link (spaces, `?`, `&`, brackets, quotes).
pub fn is_email_address(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let allowed = |c: char| c.is_alphanumeric() || ".-_+'".contains(c);
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && local.chars().all(allowed)
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || ".-".contains(c))
}

/// A phone number as written for readers: digits, spaces, `+`, `-` and
/// brackets, with at least 3 digits (`999`) and at most 15 (ITU-T E.164).
pub fn is_phone_number(number: &str) -> bool {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    (3..=15).contains(&digits)
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c))
}

fn check_contact(file: &str, contact: &super::model::Contact) -> Result<(), ContentError> {
    if let Some(email) = &contact.email {
        if !is_email_address(email) {
            return Err(invalid(
                file,
                "contact.email".into(),
                format!("“{email}” is not an email address such as send@example.gov.uk"),
            ));
        }
    }
    if let Some(phone) = &contact.phone {
        if !is_phone_number(phone) {
            return Err(invalid(
                file,
                "contact.phone".into(),
                format!("“{phone}” is not a phone number such as 01234 567890 (digits, spaces, +, - and brackets)"),
            ));
        }
    }
    if let Some(form) = &contact.form_url {
        check_href(file, "contact.form_url".into(), form)?;
    }
    Ok(())
}

/// Language codes are BCP 47 tags such as `pl` or `pt-BR`: they name folders
/// and files, so only letters, digits and hyphens.
pub fn is_language_code(code: &str) -> bool {
    (2..=15).contains(&code.len())
        && code.starts_with(|c: char| c.is_ascii_alphabetic())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn check_language_code(file: &str, field: String, code: &str) -> Result<(), ContentError> {
    if is_language_code(code) {
        Ok(())
    } else {
        Err(invalid(
            file,
            field,
            "a language code is a tag such as “pl” or “pt-BR”",
        ))
    }
}

/// The origin (`scheme://host:port`) of an absolute http(s) address. An
/// address with a user name in it (`https://user@host`) has none: it is a
/// classic way to disguise where a link goes.
pub fn origin_of(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let scheme_len = url.len() - rest.len();
    (host_end > 0 && !rest[..host_end].contains('@')).then(|| &url[..scheme_len + host_end])
}

/// https, or plain http on this computer only (for testing): the host must
/// be exactly `localhost`, `127.0.0.1` or `[::1]`, with an optional port.
/// `http://localhost.evil.example` and `http://127.0.0.1.nip.io` are other
/// computers.
pub fn is_secure_origin(origin: &str) -> bool {
    if origin.starts_with("https://") {
        return true;
    }
    let Some(authority) = origin.strip_prefix("http://") else {
        return false;
    };
    // The port follows the last ':' outside an IPv6 address's brackets.
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() && (host.ends_with(']') || !host.contains(':')) => {
            (host, Some(port))
        }
        _ => (authority, None),
    };
    let port_ok =
        port.is_none_or(|port| !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()));
    port_ok && matches!(host, "localhost" | "127.0.0.1" | "[::1]")
}

/// The translation service must be on this site (a path) or on an origin the
/// manifest allows by name; plain http only for this computer.
fn check_endpoint(file: &str, endpoint: &str, allowed: &[String]) -> Result<(), ContentError> {
    let field = || "machine_translation.endpoint".to_string();
    if endpoint.starts_with('/') && !endpoint.starts_with("//") {
        return Ok(());
    }
    let Some(origin) = origin_of(endpoint) else {
        return Err(invalid(
            file,
            field(),
            "the translation service must be a path on this site or an https:// address",
        ));
    };
    if !is_secure_origin(origin) {
        return Err(invalid(
            file,
            field(),
            "the translation service must use https://",
        ));
    }
    if !allowed.iter().any(|allowed| allowed == origin) {
        return Err(invalid(
            file,
            field(),
            format!("{origin} is not in machine_translation.allowed_origins"),
        ));
    }
    Ok(())
}

/// An origin is `https://host[:port]` with nothing after it (plain http only
/// for this computer).
fn check_origin(file: &str, field: String, origin: &str) -> Result<(), ContentError> {
    let ok = origin_of(origin) == Some(origin) && is_secure_origin(origin);
    if ok {
        Ok(())
    } else {
        Err(invalid(
            file,
            field,
            "an origin is written https://www.example.gov.uk, with no path after it",
        ))
    }
}
