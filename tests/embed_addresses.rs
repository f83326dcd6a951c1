//! How addresses become links and pages in each way of showing the app, and
//! which content folders an embed may name.
#![cfg(not(target_arch = "wasm32"))]

use send_hub::embedding::content_url::{check_content_url, ContentUrl};
use send_hub::navigation::address::{
    address_from_hash, address_from_path, clean_base_path, is_app_page, link_href, Address, Routing,
};
use send_hub::routes::{match_route, Route};

const PAGE: &str = "https://www.example-council.gov.uk/children/send?x=1#top";

fn site() -> Routing {
    Routing::Path {
        base: String::new(),
    }
}

fn under(base: &str) -> Routing {
    Routing::Path {
        base: base.to_string(),
    }
}

#[test]
fn in_app_links_follow_the_routing() {
    assert_eq!(link_href(&site(), "/glossary", "/"), "/glossary");
    assert_eq!(
        link_href(&under("/send"), "/glossary", "/"),
        "/send/glossary"
    );
    assert_eq!(link_href(&under("/send"), "/", "/"), "/send/");
    assert_eq!(link_href(&Routing::Hash, "/glossary", "/"), "#/glossary");
    assert_eq!(
        link_href(&Routing::Hash, "/glossary#term-sen", "/"),
        "#/glossary#term-sen"
    );
    assert_eq!(link_href(&Routing::Hash, "/", "/glossary"), "#/");
}

#[test]
fn a_section_link_stays_on_the_page_it_is_in() {
    assert_eq!(
        link_href(&Routing::Hash, "#term-sen", "/glossary"),
        "#/glossary#term-sen"
    );
    assert_eq!(link_href(&site(), "#term-sen", "/glossary"), "#term-sen");
}

#[test]
fn other_sites_email_and_files_are_left_alone() {
    for href in [
        "https://www.gov.uk/children-with-special-educational-needs",
        "mailto:send@example.gov.uk",
        "//cdn.example/x",
        "/media/deep-dive-sample.webm",
        "/documents/plan.pdf#page=2",
    ] {
        assert_eq!(link_href(&Routing::Hash, href, "/"), href);
        assert_eq!(link_href(&under("/send"), href, "/"), href);
    }
}

#[test]
fn the_hash_holds_the_page_and_its_section() {
    assert_eq!(
        address_from_hash("#/newsletter/summer-2020#dates"),
        Some(Address {
            path: "/newsletter/summer-2020".into(),
            fragment: Some("dates".into())
        })
    );
    assert_eq!(address_from_hash("#/").map(|a| a.path), Some("/".into()));
    // The council page's own fragments are not app addresses.
    assert_eq!(address_from_hash("#council-contact"), None);
    assert_eq!(address_from_hash(""), None);
}

#[test]
fn a_base_path_is_stripped_and_paths_outside_it_are_not_the_apps() {
    assert_eq!(address_from_path("", "/glossary"), Some("/glossary".into()));
    assert_eq!(address_from_path("/send", "/send"), Some("/".into()));
    assert_eq!(
        address_from_path("/send", "/send/glossary"),
        Some("/glossary".into())
    );
    assert_eq!(address_from_path("/send", "/sendx/glossary"), None);
    assert_eq!(address_from_path("/send", "/other"), None);
}

#[test]
fn base_paths_must_be_plain_paths() {
    assert_eq!(clean_base_path("/send/"), Some("/send".into()));
    assert_eq!(
        clean_base_path("/children/send"),
        Some("/children/send".into())
    );
    assert_eq!(clean_base_path("/"), Some(String::new()));
    for bad in [
        "send",
        "//evil.example",
        "/a/../b",
        "/a b",
        "javascript:x",
        "/a?b",
    ] {
        assert_eq!(clean_base_path(bad), None, "{bad}");
    }
}

#[test]
fn routes_match_the_four_kinds_of_page() {
    assert_eq!(match_route("/"), Route::Home);
    assert_eq!(match_route(""), Route::Home);
    assert_eq!(match_route("/glossary"), Route::Content("glossary".into()));
    assert_eq!(match_route("/glossary/"), Route::Content("glossary".into()));
    assert_eq!(
        match_route("/newsletter"),
        Route::Content("newsletter".into())
    );
    assert_eq!(
        match_route("/newsletter/summer-2020"),
        Route::NewsletterIssue("summer-2020".into())
    );
    assert_eq!(match_route("/a/b"), Route::NotFound);
    assert_eq!(match_route("/newsletter/a/b"), Route::NotFound);
}

#[test]
fn content_on_the_same_site_is_accepted() {
    assert_eq!(check_content_url(None, PAGE), ContentUrl::default());
    assert_eq!(check_content_url(Some("  "), PAGE), ContentUrl::default());
    assert_eq!(
        check_content_url(Some("/council/content/"), PAGE),
        ContentUrl::Accepted("/council/content".into())
    );
    assert_eq!(
        check_content_url(
            Some("https://WWW.example-council.gov.uk/send/content"),
            PAGE
        ),
        ContentUrl::Accepted("/send/content".into())
    );
}

#[test]
fn content_on_another_site_needs_the_manifest_to_allow_it() {
    assert_eq!(
        check_content_url(Some("https://content.example.org/send/"), PAGE),
        ContentUrl::NeedsAllowList {
            url: "https://content.example.org/send".into(),
            origin: "https://content.example.org".into()
        }
    );
}

#[test]
fn unusable_content_addresses_are_refused() {
    for bad in [
        "javascript:alert(1)",
        "data:application/json,{}",
        "content",
        "//evil.example/content",
        "http://evil.example/content",
        "http://localhost.evil.example/content",
        "http://127.0.0.1.nip.io/content",
        "http://localhost@evil.example/content",
        "http://[::1].evil.example/content",
        "/content/../../etc",
        "https://www.example-council.gov.uk/send/../admin",
        "https://user@evil.example/x",
        "/con tent",
    ] {
        assert_eq!(
            check_content_url(Some(bad), PAGE),
            ContentUrl::Refused { url: bad.into() },
            "{bad}"
        );
    }
}

#[test]
fn only_pages_at_or_below_the_base_are_the_apps() {
    assert!(is_app_page("/send", "/send"));
    assert!(is_app_page("/send", "/send/glossary"));
    assert!(!is_app_page("/send", "/send-transport"));
    assert!(!is_app_page("/send", "/council/contact"));
    assert!(!is_app_page("/send", "/send/leaflet.pdf"));
}
