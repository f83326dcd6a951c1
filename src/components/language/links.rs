use leptos::prelude::*;

use crate::embedding::host::host;
use crate::i18n::language::source_language;
use crate::site_content::{use_site_content, use_words};
use crate::static_first::page_data::{language_base, PageAddress};

/// The attribute on each language link that names its language;
/// `public/settings-boot.js` saves the choice when one is followed, so the
/// reader's next visit to an address without a language opens in it.
pub const LANGUAGE_CHOICE_ATTRIBUTE: &str = "data-language-choice";

/// This page in every shipped language: plain links (they work without
/// JavaScript and can be shared), each language named in its own words and
/// marked with its `lang`; the one shown has `aria-current`.
#[component]
pub fn LanguageLinks() -> impl IntoView {
    let content = use_site_content();
    let words = use_words();
    let Some(manifest) = content.manifest.get_untracked().and_then(Result::ok) else {
        return ().into_any();
    };
    if manifest.languages.len() < 2 {
        return ().into_any();
    }
    let source = source_language(&manifest).code;
    let shown = content
        .pack_now()
        .map_or_else(|| source.clone(), |pack| pack.shown.code);
    let path = host().site_path;
    let links = manifest
        .languages
        .iter()
        .map(|language| {
            let address = PageAddress {
                path: path.clone(),
                language: language.code.clone(),
                base: language_base(&language.code, &source),
            };
            let current = (language.code == shown).then_some("true");
            view! {
                <li class="app-language__item">
                    <a
                        class="app-language__link"
                        href=address.url()
                        hreflang=language.code.clone()
                        lang=language.code.clone()
                        aria-current=current
                        data-language-choice=language.code.clone()
                    >
                        {language.name.clone()}
                    </a>
                </li>
            }
        })
        .collect_view();
    // Someone who cannot read the current language can still find this.
    let in_english = (shown != "en").then(|| view! { " " <span lang="en">"(Language)"</span> });
    view! {
        <nav class="app-language app-language--links" aria-labelledby="language-links-label">
            <p id="language-links-label" class="app-language__label">
                {words.language.label.clone()}{in_english}
            </p>
            <ul class="app-language__list">{links}</ul>
        </nav>
    }
    .into_any()
}
