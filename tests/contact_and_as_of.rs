//! The manifest's `contact` and `as_of` fields: what is accepted, what is
//! refused (naming the field), and the content check's warnings while a
//! real site's contact or date line is missing.
#![cfg(feature = "ssr")]

use std::fs;

mod support;

use send_hub::content::check_files::check_site;
use send_hub::content::parse::{is_email_address, is_phone_number, parse_content};
use send_hub::content::{ContentError, Site};
use serde_json::{json, Value};
use support::site_copy;

fn manifest() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content/site.json");
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

fn with_contact(contact: Value) -> Result<Site, ContentError> {
    let mut site = manifest();
    site["contact"] = contact;
    parse_content::<Site>("site.json", &site.to_string())
}

#[test]
fn a_contact_with_email_phone_form_and_reply_time_is_read() {
    let site = with_contact(json!({
        "email": "send.programme@example.gov.uk",
        "phone": "+44 (0)1234 567-890",
        "form_url": "https://www.example.gov.uk/contact-send",
        "reply_within_working_days": 10
    }))
    .unwrap();
    let contact = site.contact.unwrap();
    assert!(contact.has_a_way());
    assert_eq!(contact.reply_within_working_days, Some(10));
}

#[test]
fn an_empty_contact_is_read_but_offers_no_way_to_reach_anyone() {
    let site = with_contact(json!({})).unwrap();
    assert!(!site.contact.unwrap().has_a_way());
}

#[test]
fn a_bad_email_phone_or_form_address_is_refused_by_its_field() {
    for (contact, field) in [
        (json!({"email": "send at example.gov.uk"}), "contact.email"),
        (
            json!({"email": "send@example.gov.uk?subject=x"}),
            "contact.email",
        ),
        (json!({"phone": "call 01234"}), "contact.phone"),
        (
            json!({"form_url": "javascript:alert(1)"}),
            "contact.form_url",
        ),
        (json!({"fax": "01234 567890"}), "contact"),
    ] {
        match with_contact(contact.clone()) {
            Err(ContentError::Invalid { field: named, .. })
            | Err(ContentError::WrongShape { field: named, .. }) => {
                assert!(named.starts_with(field), "{contact}: named {named}")
            }
            other => panic!("{contact} should be refused, got {other:?}"),
        }
    }
}

#[test]
fn email_and_phone_rules_at_their_edges() {
    assert!(is_email_address("a@b.uk"));
    assert!(is_email_address("o'neill+send@example.gov.uk"));
    for bad in [
        "@b.uk", "a@", "a@b", "a@.uk", "a@b.", "a b@c.uk", "a@b.uk>", "a@@b.uk",
    ] {
        assert!(!is_email_address(bad), "{bad}");
    }
    assert!(is_phone_number("999"));
    assert!(is_phone_number("+44 1234 567 890"));
    assert!(!is_phone_number("99"));
    assert!(!is_phone_number("1234567890123456"));
    assert!(!is_phone_number("01234 567890 ext 2"));
}

#[test]
fn the_check_warns_while_no_contact_is_published_and_not_once_one_is() {
    let dir = site_copy("contact-warning");
    let report = check_site(&dir);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let warned = |report: &send_hub::content::check_files::CheckReport| {
        report
            .warnings
            .iter()
            .any(|warning| warning.contains("contact") && warning.contains("regulation 8"))
    };
    assert!(warned(&report), "{:?}", report.warnings);

    let path = dir.join("content/site.json");
    let mut site: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    site["contact"] = json!({"phone": "01234 567890"});
    fs::write(&path, site.to_string()).unwrap();
    let report = check_site(&dir);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(!warned(&report), "{:?}", report.warnings);
}

#[test]
fn the_check_warns_when_a_translation_lacks_the_as_of_line() {
    let dir = site_copy("as-of-warning");
    for file in [
        "content/site.json",
        "content/pl/site.json",
        "content/ar/site.json",
    ] {
        let path = dir.join(file);
        let mut site: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        site["as_of"] = json!("From 2019 to summer 2020.");
        fs::write(&path, site.to_string()).unwrap();
    }
    let path = dir.join("content/ro/site.json");
    let mut site: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    site.as_object_mut().unwrap().remove("as_of");
    fs::write(&path, site.to_string()).unwrap();
    let report = check_site(&dir);
    let as_of: Vec<&String> = report
        .warnings
        .iter()
        .filter(|warning| warning.contains("as_of"))
        .collect();
    assert_eq!(as_of.len(), 1, "{:?}", report.warnings);
    assert!(as_of[0].starts_with("ro/site.json"), "{as_of:?}");
}
