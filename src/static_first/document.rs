//! One page as a complete HTML file, at build time: the app's own
//! components rendered from the page's content, put into the page Trunk
//! built (`dist/index.html`, with its hashed, integrity-checked assets), with
//! the page's own `<title>`, description, `lang`, `dir` and links to its
//! versions in the other languages.

use leptos::prelude::*;

use super::page_data::{language_base, PageAddress, NOT_FOUND_PATH};
use super::ROOT_ID;
use crate::app::App;
use crate::components::page_heading::{compose_title, PageTitle};
use crate::content::inline::plain_text;
use crate::embedding::host::use_standalone_site;
use crate::i18n::language::source_language;
use crate::site_content::PreloadedContent;

/// Where the page's own head tags go in the shell (`index.html`).
pub const HEAD_MARKER: &str = "<!-- send-hub:head -->";
/// The shell's body content between these is the page's placeholder.
pub const BODY_START: &str = "<!-- send-hub:body -->";
/// See [`BODY_START`].
pub const BODY_END: &str = "<!-- /send-hub:body -->";

/// The longest meta description written, in characters (search engines show
/// about this much).
pub const DESCRIPTION_CHARS: usize = 160;

/// A page rendered by the app's components.
pub struct RenderedApp {
    /// The app root's inner HTML.
    pub html: String,
    /// The page's `<h1>` text.
    pub heading: Option<String>,
}

/// Renders the page at `address` from `content`, as the browser will find
/// it when it hydrates: the app in its first state, with default settings
/// and nothing from the browser.
pub fn render_app(address: &PageAddress, content: PreloadedContent) -> RenderedApp {
    let owner = Owner::new();
    let rendered = owner.with(|| {
        use_standalone_site(address.base.clone(), address.path.clone());
        let title = PageTitle(RwSignal::new(None));
        provide_context(title);
        let html = view! { <App preloaded=Some(content)/> }.to_html();
        RenderedApp {
            html,
            heading: title.0.get_untracked(),
        }
    });
    drop(owner);
    rendered
}

/// Everything the shell needs for one page.
pub struct PageDocument<'a> {
    /// The page's address.
    pub address: &'a PageAddress,
    /// The content it was rendered from.
    pub content: &'a PreloadedContent,
    /// The rendered app.
    pub app: RenderedApp,
    /// The files it was made from, relative to the site root, preloaded so
    /// the app can check them without waiting.
    pub files: Vec<String>,
    /// Their fingerprint.
    pub fingerprint: String,
}

/// Fills the shell with one page.
///
/// # Errors
/// When the shell lacks one of the markers or the tags this replaces (a
/// changed `index.html` must be looked at, not shipped half-filled).
pub fn fill_shell(shell: &str, page: PageDocument<'_>) -> Result<String, String> {
    let pack = &page.content.pack;
    let language = &pack.shown;
    let heading = page
        .app
        .heading
        .clone()
        .unwrap_or_else(|| pack.site.title.clone());
    let title = compose_title(&heading, &pack.site.title, &pack.words.shell.page_title);
    let description = page
        .content
        .page
        .as_ref()
        .and_then(|page| page.page.page.lead.as_deref())
        .map(plain_text)
        .map(|lead| shorten(&lead, DESCRIPTION_CHARS))
        .unwrap_or_else(|| title.clone());

    let mut html = without_app_preloads(shell);
    replace_once(
        &mut html,
        "<html lang=\"en\" dir=\"ltr\" class=\"send-hub\">",
        &format!(
            "<html lang=\"{}\" dir=\"{}\" class=\"send-hub\">",
            escape(&language.code),
            language.dir.as_str()
        ),
    )?;
    replace_between(&mut html, "<title>", "</title>", &escape(&title))?;
    replace_between(
        &mut html,
        "<meta name=\"description\" content=\"",
        "\">",
        &escape(&description),
    )?;
    let mut head = String::new();
    for file in &page.files {
        head.push_str(&format!(
            "<link rel=\"preload\" href=\"/{}\" as=\"fetch\" crossorigin=\"anonymous\" fetchpriority=\"low\">\n    ",
            escape(file)
        ));
    }
    head.push_str(&alternates(page.address, page.content));
    head.push_str(&language_bases(page.content));
    replace_once(&mut html, HEAD_MARKER, head.trim_end())?;
    let root = format!(
        "<div id=\"{ROOT_ID}\" data-page-path=\"{}\" data-page-language=\"{}\" data-content-fingerprint=\"{}\">{}</div>",
        escape(&page.address.path),
        escape(&language.code),
        escape(&page.fingerprint),
        page.app.html
    );
    let start = html
        .find(BODY_START)
        .ok_or_else(|| format!("the shell has no {BODY_START}"))?;
    let end = html
        .find(BODY_END)
        .ok_or_else(|| format!("the shell has no {BODY_END}"))?;
    html.replace_range(start..end + BODY_END.len(), &root);
    Ok(html)
}

/// The shell without Trunk's early fetches of the app (`<link
/// rel="preload">` of the `.wasm` file, `<link rel="modulepreload">` of its
/// glue): on a page of the site the app is fetched after the first paint
/// (see `scripts/externalise-loader.mjs`), never alongside the page itself,
/// and the loader asks for both with their integrity hashes.
fn without_app_preloads(shell: &str) -> String {
    let mut html = shell.to_string();
    let mut from = 0;
    while let Some(start) = html[from..].find("<link").map(|at| at + from) {
        let end = html[start..]
            .find('>')
            .map_or(html.len(), |at| start + at + 1);
        let tag = &html[start..end];
        let app_file = tag.contains("_bg.wasm\"") || tag.contains("rel=\"modulepreload\"");
        if app_file && (tag.contains("rel=\"preload\"") || tag.contains("rel=\"modulepreload\"")) {
            html.replace_range(start..end, "");
        } else {
            from = end;
        }
    }
    html
}

/// `<link rel="alternate" hreflang>` to the page in every shipped language,
/// and `x-default` to the source language's (none on the not-found page).
fn alternates(address: &PageAddress, content: &PreloadedContent) -> String {
    if address.path == NOT_FOUND_PATH {
        return String::new();
    }
    let source = source_language(&content.manifest).code;
    let link = |hreflang: &str, code: &str| {
        let other = PageAddress {
            path: address.path.clone(),
            language: code.to_string(),
            base: language_base(code, &source),
        };
        format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n    ",
            escape(hreflang),
            escape(&other.url())
        )
    };
    let mut links: String = content
        .manifest
        .languages
        .iter()
        .map(|language| link(&language.code, &language.code))
        .collect();
    links.push_str(&link("x-default", &source));
    links
}

/// Where each shipped language's pages are, source language first, for
/// `public/settings-boot.js`: `<meta name="send-hub-languages"
/// content="en= pl=/pl ro=/ro ar=/ar">`. It sends a reader who chose a
/// language from an address without one (even one that is not a page) to
/// the same address in their language, before anything is drawn.
fn language_bases(content: &PreloadedContent) -> String {
    let source = source_language(&content.manifest).code;
    let mut codes = vec![source.clone()];
    codes.extend(
        content
            .manifest
            .languages
            .iter()
            .map(|language| language.code.clone())
            .filter(|code| *code != source),
    );
    let bases: Vec<String> = codes
        .iter()
        .map(|code| format!("{code}={}", language_base(code, &source)))
        .collect();
    format!(
        "<meta name=\"{LANGUAGES_META}\" content=\"{}\">\n    ",
        escape(&bases.join(" "))
    )
}

/// The name of the meta element [`language_bases`] writes.
pub const LANGUAGES_META: &str = "send-hub-languages";

/// At most `limit` characters, cut at a word and ending in "…".
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let cut: String = text.chars().take(limit - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Text safe inside an attribute value or an element.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn replace_once(html: &mut String, from: &str, to: &str) -> Result<(), String> {
    let at = html
        .find(from)
        .ok_or_else(|| format!("the shell has no {from}"))?;
    html.replace_range(at..at + from.len(), to);
    Ok(())
}

fn replace_between(html: &mut String, start: &str, end: &str, to: &str) -> Result<(), String> {
    let from = html
        .find(start)
        .ok_or_else(|| format!("the shell has no {start}"))?
        + start.len();
    let length = html[from..]
        .find(end)
        .ok_or_else(|| format!("the shell has no {end} after {start}"))?;
    html.replace_range(from..from + length, to);
    Ok(())
}
