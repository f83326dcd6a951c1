//! The rules content files must keep beyond their shape, each at its edge:
//! the size limit, whole-file errors, safe link addresses, unique slugs,
//! terms and anchors.
#![cfg(not(target_arch = "wasm32"))]

use send_hub::content::parse::{is_safe_href, parse_content, MAX_CONTENT_BYTES};
use send_hub::content::{ContentError, Glossary, Page, Site};
use serde_json::{json, Value};

fn shipped(file: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/content")
        .join(file);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The field an error names, or a panic saying what came instead.
fn field_of(result: Result<impl std::fmt::Debug, ContentError>) -> String {
    match result {
        Err(ContentError::Invalid { field, .. }) | Err(ContentError::WrongShape { field, .. }) => {
            field
        }
        other => panic!("expected a named field, got {other:?}"),
    }
}

#[test]
fn a_file_of_exactly_the_size_limit_is_read_and_one_byte_more_is_refused() {
    let start = r#"{"schema_version": 1, "entries": []}"#;
    let exact = format!(
        "{start}{}",
        " ".repeat(MAX_CONTENT_BYTES as usize - start.len())
    );
    assert_eq!(exact.len() as u64, MAX_CONTENT_BYTES);
    assert!(parse_content::<Glossary>("glossary.json", &exact).is_ok());
    let over = format!("{exact} ");
    assert!(matches!(
        parse_content::<Glossary>("glossary.json", &over),
        Err(ContentError::TooLarge { bytes, .. }) if bytes == MAX_CONTENT_BYTES + 1
    ));
}

#[test]
fn a_field_missing_from_the_top_of_a_file_is_said_to_be_the_whole_files() {
    let result = parse_content::<Glossary>("glossary.json", r#"{"schema_version": 1}"#);
    assert_eq!(field_of(result), "(the whole file)");
}

#[test]
fn link_addresses_on_this_site_secure_sites_mail_and_phone_are_allowed_and_no_others() {
    for safe in [
        "/glossary",
        "#key-dates",
        "https://www.cumbria.gov.uk",
        "mailto:send@example.org",
        "tel:+441234567890",
        " /glossary ",
    ] {
        assert!(is_safe_href(safe), "{safe} is allowed");
    }
    for unsafe_ in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "//evil.example",
        "http://plain.example",
        "data:text/html,x",
        "glossary",
        "",
    ] {
        assert!(!is_safe_href(unsafe_), "{unsafe_} is refused");
    }
}

#[test]
fn every_newsletter_issue_needs_its_own_slug() {
    let mut site = shipped("site.json");
    let issues = site["newsletter"].as_array_mut().unwrap();
    assert!(issues.len() >= 2);
    let first_slug = issues[0]["slug"].clone();
    issues[1]["slug"] = first_slug;
    assert_eq!(
        field_of(parse_content::<Site>("site.json", &site.to_string())),
        "newsletter[1].slug"
    );

    let mut site = shipped("site.json");
    site["newsletter"][0]["slug"] = json!("");
    assert_eq!(
        field_of(parse_content::<Site>("site.json", &site.to_string())),
        "newsletter[0].slug"
    );
    assert!(parse_content::<Site>("site.json", &shipped("site.json").to_string()).is_ok());
}

#[test]
fn every_glossary_term_is_written_and_appears_once() {
    let entry = |term: &str| json!({"term": term, "expansion": "Special educational needs", "meaning": "Help at school."});
    let glossary =
        |entries: Vec<Value>| json!({"schema_version": 1, "entries": entries}).to_string();
    assert!(parse_content::<Glossary>(
        "glossary.json",
        &glossary(vec![entry("SEN"), entry("SEND")])
    )
    .is_ok());
    let twice = glossary(vec![entry("SEN"), entry("SEN")]);
    assert_eq!(
        field_of(parse_content::<Glossary>("glossary.json", &twice)),
        "entries[1].term"
    );
    let blank = glossary(vec![entry("SEN"), entry("  ")]);
    assert_eq!(
        field_of(parse_content::<Glossary>("glossary.json", &blank)),
        "entries[1].term"
    );
}

#[test]
fn a_heading_anchor_uses_letters_digits_and_hyphens_only() {
    let page = |id: &str| {
        json!({"schema_version": 1, "title": "T", "blocks": [
            {"type": "heading", "level": 2, "text": "Key dates", "id": id}
        ]})
        .to_string()
    };
    assert!(parse_content::<Page>("pages/t.json", &page("key-dates-2")).is_ok());
    for bad in ["key dates", "key_dates", "", "key.dates"] {
        assert_eq!(
            field_of(parse_content::<Page>("pages/t.json", &page(bad))),
            "blocks[0].id",
            "{bad:?}"
        );
    }
}

#[test]
fn a_language_code_that_could_name_a_folder_outside_the_content_is_refused() {
    for bad in ["../pl", "p", "pl/x", "", "-pl", "pl pl"] {
        let mut site = shipped("site.json");
        site["languages"][1]["code"] = json!(bad);
        assert_eq!(
            field_of(parse_content::<Site>("site.json", &site.to_string())),
            "languages[1].code",
            "{bad:?}"
        );
    }
}

#[test]
fn an_address_has_an_origin_only_with_a_host() {
    use send_hub::content::parse::origin_of;
    assert_eq!(
        origin_of("https://a.example/path?q#f"),
        Some("https://a.example")
    );
    assert_eq!(
        origin_of("http://127.0.0.1:8080"),
        Some("http://127.0.0.1:8080")
    );
    assert_eq!(
        origin_of("https://x"),
        Some("https://x"),
        "a one-letter host"
    );
    assert_eq!(origin_of("https:///path"), None, "no host");
    assert_eq!(origin_of("https://"), None);
    assert_eq!(
        origin_of("https://user@a.example"),
        None,
        "a user name disguises the host"
    );
    assert_eq!(origin_of("/relative"), None);
}

#[test]
fn plain_http_is_allowed_only_for_this_computer_with_or_without_a_port() {
    use send_hub::content::parse::is_secure_origin;
    for allowed in [
        "https://a.example",
        "http://localhost",
        "http://localhost:8080",
        "http://127.0.0.1:1",
        "http://[::1]",
        "http://[::1]:8080",
    ] {
        assert!(is_secure_origin(allowed), "{allowed} is allowed");
    }
    for refused in [
        "http://a.example",
        "http://localhost:",
        "http://localhost:80a",
        "http://[::1]x",
        "http://::1",
        "http://localhost.evil.example",
        "ftp://localhost",
    ] {
        assert!(!is_secure_origin(refused), "{refused} is refused");
    }
}
