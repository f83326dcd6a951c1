use leptos::prelude::*;

use crate::content::Contact;
use crate::i18n::format::{number, plural};
use crate::site_content::{use_site_content, use_words, words_lang};

/// Who runs the site and how to reach a person, from the manifest: one
/// source for every place that asks readers to get in touch. With no
/// contact set it says so plainly rather than leave readers looking.
#[component]
pub fn ContactDetails() -> impl IntoView {
    let content = use_site_content();
    let words = use_words();
    let text = &words.contact;
    let owner = content.loaded_site().map(|site| site.owner);
    let contact = content
        .manifest
        .get_untracked()
        .and_then(Result::ok)
        .and_then(|site| site.contact)
        .filter(Contact::has_a_way);
    let reply = contact
        .as_ref()
        .and_then(|contact| contact.reply_within_working_days)
        .map(|days| {
            let lang = words_lang();
            plural(
                &lang,
                &text.reply_within,
                f64::from(days),
                &[("count", &number(&lang, f64::from(days)))],
            )
        });
    let ways = contact.map(|contact| {
        let email = contact.email.map(|email| {
            let href = format!("mailto:{email}");
            view! {
                <dt>{text.email.clone()}</dt>
                <dd><a class="app-link" href=href>{email}</a></dd>
            }
        });
        let phone = contact.phone.map(|phone| {
            let dial: String = phone.chars().filter(|c| !c.is_whitespace()).collect();
            let href = format!("tel:{dial}");
            view! {
                <dt>{text.phone.clone()}</dt>
                <dd><a class="app-link" href=href>{phone}</a></dd>
            }
        });
        let form = contact.form_url.map(|href| {
            view! {
                <dt>{text.form.clone()}</dt>
                <dd><a class="app-link" href=crate::navigation::app_href(&href)>{text.form_link.clone()}</a></dd>
            }
        });
        (email, phone, form)
    });
    let published = ways.is_some();
    view! {
        <div class="app-contact">
            <dl class="app-contact__list">
                {owner.map(|owner| view! { <dt>{text.runs_site.clone()}</dt><dd>{owner}</dd> })}
                {ways}
            </dl>
            {reply.map(|reply| view! { <p class="app-body">{reply}</p> })}
            {(!published).then(|| view! { <p class="app-body app-contact__none">{text.not_published.clone()}</p> })}
        </div>
    }
}
