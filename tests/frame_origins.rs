//! The sites allowed to frame send-hub, or to serve content to a drop-in
//! embed, are written as bare https origins; anything else in the manifest
//! is refused with the field named.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use send_hub::content::parse::parse_content;
use send_hub::content::Site;
use support::load;

/// The shipped manifest with `origins` in the list `field` picks, checked.
fn with_origins(
    field: fn(&mut Site) -> &mut Vec<String>,
    origins: &[&str],
) -> Result<Site, String> {
    let mut site: Site = load("site.json");
    *field(&mut site) = origins.iter().map(|o| o.to_string()).collect();
    let text = serde_json::to_string(&site).unwrap();
    parse_content::<Site>("site.json", &text).map_err(|e| e.to_string())
}

fn with_parents(origins: &[&str]) -> Result<Site, String> {
    with_origins(|site| &mut site.frame_parent_origins, origins)
}

fn with_content_origins(origins: &[&str]) -> Result<Site, String> {
    with_origins(|site| &mut site.embed_content_origins, origins)
}

#[test]
fn bare_https_origins_are_accepted() {
    assert!(with_parents(&[
        "https://www.example-council.gov.uk",
        "https://a.example:8443"
    ])
    .is_ok());
}

#[test]
fn anything_but_a_bare_https_origin_is_refused() {
    for bad in [
        "https://www.example-council.gov.uk/",
        "https://x.example/page",
        "http://x.example",
        "*",
        "javascript:alert(1)",
    ] {
        let problem = with_parents(&[bad]).unwrap_err();
        assert!(
            problem.contains("frame_parent_origins[0]"),
            "{bad}: {problem}"
        );
    }
}

#[test]
fn embed_content_origins_are_bare_https_origins_too() {
    assert!(with_content_origins(&["https://content.example-council.gov.uk"]).is_ok());
    for bad in ["https://x.example/content", "http://x.example", "*"] {
        let problem = with_content_origins(&[bad]).unwrap_err();
        assert!(
            problem.contains("embed_content_origins[0]"),
            "{bad}: {problem}"
        );
    }
}
