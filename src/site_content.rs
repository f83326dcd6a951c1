//! The site manifest and glossary, loaded once and shared with every page.

use leptos::prelude::*;

use crate::content::load::fetch_content;
use crate::content::{ContentError, Glossary, Site};

/// The manifest file every visit starts from.
pub const SITE_FILE: &str = "site.json";

/// Content the whole site needs.
#[derive(Clone, Copy)]
pub struct SiteContent {
    /// `site.json`.
    pub site: LocalResource<Result<Site, ContentError>>,
    /// The glossary named in the manifest.
    pub glossary: LocalResource<Result<Glossary, ContentError>>,
}

impl SiteContent {
    /// The manifest, once it has loaded without error (tracked).
    pub fn loaded_site(&self) -> Option<Site> {
        self.site.get().and_then(Result::ok)
    }

    /// The glossary, once it has loaded without error (tracked).
    pub fn loaded_glossary(&self) -> Option<Glossary> {
        self.glossary.get().and_then(Result::ok)
    }
}

/// Starts loading the manifest and glossary and shares them as context.
pub fn provide_site_content() -> SiteContent {
    let site = LocalResource::new(|| fetch_content::<Site>(SITE_FILE.to_string()));
    let glossary = LocalResource::new(move || async move {
        let site = site.await?;
        fetch_content::<Glossary>(site.glossary_file).await
    });
    let content = SiteContent { site, glossary };
    provide_context(content);
    content
}

/// The shared site content.
pub fn use_site_content() -> SiteContent {
    expect_context::<SiteContent>()
}
