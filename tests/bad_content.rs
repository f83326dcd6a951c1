//! Each kind of bad content gives the error a reader can act on, naming
//! the file, the field and, where known, the line and column.
#![cfg(not(target_arch = "wasm32"))]

use send_hub::content::parse::{parse_content, MAX_CONTENT_BYTES};
use send_hub::content::{ContentError, Page, Site};

fn page(text: &str) -> Result<Page, ContentError> {
    parse_content("pages/test.json", text)
}

const GOOD: &str =
    r#"{"schema_version": 1, "title": "T", "blocks": [{"type": "paragraph", "text": "Hello"}]}"#;

#[test]
fn good_page_parses() {
    let parsed = page(GOOD).expect("valid page");
    assert_eq!(parsed.title, "T");
}

#[test]
fn malformed_json_reports_line_and_column() {
    let err = page("{\n  \"schema_version\": 1,\n  \"title\": \"T\",,\n}").unwrap_err();
    match &err {
        ContentError::Malformed {
            file, line, column, ..
        } => {
            assert_eq!(file, "pages/test.json");
            assert_eq!(*line, 3);
            assert!(*column > 0);
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
    let message = err.to_string();
    assert!(
        message.contains("pages/test.json") && message.contains("line 3"),
        "{message}"
    );
}

#[test]
fn wrong_type_names_the_field_and_position() {
    let err = page(r#"{"schema_version": 1, "title": 42, "blocks": []}"#).unwrap_err();
    match &err {
        ContentError::WrongShape {
            field,
            line,
            detail,
            ..
        } => {
            assert_eq!(field, "title");
            assert_eq!(*line, 1);
            assert!(detail.contains("expected a string"), "{detail}");
        }
        other => panic!("expected WrongShape, got {other:?}"),
    }
}

#[test]
fn unknown_field_is_refused_by_name() {
    let err =
        page(r#"{"schema_version": 1, "title": "T", "colour": "red", "blocks": []}"#).unwrap_err();
    assert!(
        matches!(&err, ContentError::WrongShape { detail, .. } if detail.contains("unknown field `colour`")),
        "{err:?}"
    );
}

#[test]
fn unknown_field_inside_a_block_is_refused() {
    let err = page(r#"{"schema_version": 1, "title": "T", "blocks": [{"type": "paragraph", "text": "a", "style": "bold"}]}"#).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("style"), "{message}");
    assert!(message.contains("blocks"), "{message}");
}

#[test]
fn unknown_block_type_is_refused() {
    let err = page(r#"{"schema_version": 1, "title": "T", "blocks": [{"type": "carousel"}]}"#)
        .unwrap_err();
    assert!(err.to_string().contains("carousel"), "{err}");
}

#[test]
fn heading_level_one_in_the_body_is_refused() {
    let err = page(r#"{"schema_version": 1, "title": "T", "blocks": [{"type": "heading", "level": 1, "text": "x"}]}"#).unwrap_err();
    assert!(
        err.to_string().contains("heading level must be 2, 3 or 4"),
        "{err}"
    );
}

#[test]
fn missing_field_is_named() {
    let err = page(r#"{"schema_version": 1, "blocks": []}"#).unwrap_err();
    assert!(err.to_string().contains("missing field `title`"), "{err}");
}

#[test]
fn unsupported_schema_version_says_which_versions() {
    let err = page(r#"{"schema_version": 2, "title": "T", "blocks": []}"#).unwrap_err();
    assert_eq!(
        err,
        ContentError::UnsupportedVersion {
            file: "pages/test.json".into(),
            found: "2".into(),
            supported: 1
        }
    );
}

#[test]
fn missing_schema_version_is_named() {
    let err = page(r#"{"title": "T", "blocks": []}"#).unwrap_err();
    assert!(
        matches!(&err, ContentError::WrongShape { field, .. } if field == "schema_version"),
        "{err:?}"
    );
}

#[test]
fn a_file_that_is_not_an_object_is_refused() {
    let err = page("[1, 2, 3]").unwrap_err();
    assert!(err.to_string().contains("JSON object"), "{err}");
}

#[test]
fn absurdly_large_file_is_refused_before_parsing() {
    let huge = format!(
        r#"{{"schema_version": 1, "title": "T", "blocks": [{{"type": "paragraph", "text": "{}"}}]}}"#,
        "a".repeat(MAX_CONTENT_BYTES as usize)
    );
    let err = page(&huge).unwrap_err();
    assert!(matches!(err, ContentError::TooLarge { limit, .. } if limit == MAX_CONTENT_BYTES));
}

#[test]
fn script_tag_in_text_is_refused_and_the_field_named() {
    let err = page(r#"{"schema_version": 1, "title": "T", "blocks": [{"type": "paragraph", "text": "hi <script>alert(1)</script>"}]}"#).unwrap_err();
    assert_eq!(
        err,
        ContentError::MarkupInText {
            file: "pages/test.json".into(),
            field: "blocks[0].text".into()
        }
    );
}

#[test]
fn a_less_than_sign_in_ordinary_text_is_fine() {
    let parsed = page(
        r#"{"schema_version": 1, "title": "T", "blocks": [{"type": "paragraph", "text": "fewer than 5 < 6"}]}"#,
    );
    assert!(parsed.is_ok());
}

#[test]
fn javascript_link_is_refused() {
    let err = page(r#"{"schema_version": 1, "title": "T", "blocks": [{"type": "paragraph", "text": "[click](javascript:alert(1))"}]}"#).unwrap_err();
    assert!(
        matches!(&err, ContentError::Invalid { field, .. } if field.starts_with("blocks[0].text")),
        "{err:?}"
    );
}

#[test]
fn action_naming_an_unknown_working_group_is_refused() {
    let text = r#"{"schema_version": 1, "title": "T", "blocks": [
        {"type": "action_list", "actions": [
            {"id": "a", "title": "A", "detail": "D", "group": "nope", "status": "done", "source": "S"}
        ]}
    ]}"#;
    let err = page(text).unwrap_err();
    assert!(err.to_string().contains("nope"), "{err}");
}

#[test]
fn unknown_status_is_refused() {
    let text = r#"{"schema_version": 1, "title": "T", "blocks": [
        {"type": "action_list", "actions": [
            {"id": "a", "title": "A", "detail": "D", "status": "finished", "source": "S"}
        ]}
    ]}"#;
    assert!(page(text).unwrap_err().to_string().contains("finished"));
}

#[test]
fn table_rows_must_match_the_columns() {
    let text = r#"{"schema_version": 1, "title": "T", "blocks": [
        {"type": "table", "caption": "C", "columns": ["a", "b"], "rows": [["1"]]}
    ]}"#;
    let err = page(text).unwrap_err();
    assert!(
        matches!(&err, ContentError::Invalid { field, .. } if field == "blocks[0].rows[0]"),
        "{err:?}"
    );
}

#[test]
fn manifest_file_names_cannot_leave_the_content_folder() {
    let text = r#"{"schema_version": 1, "title": "S", "owner": "O",
        "languages": [{"code": "en", "name": "English"}], "navigation": [],
        "pages": [{"slug": "", "file": "../secret.json"}], "newsletter": [], "glossary_file": "glossary.json"}"#;
    let err = parse_content::<Site>("site.json", text).unwrap_err();
    assert!(
        matches!(&err, ContentError::Invalid { field, .. } if field == "pages[0].file"),
        "{err:?}"
    );
}

#[test]
fn transient_errors_are_told_apart_from_broken_files() {
    assert!(ContentError::Network { file: "a".into() }.is_transient());
    assert!(ContentError::Http {
        file: "a".into(),
        status: 503
    }
    .is_transient());
    assert!(!ContentError::Http {
        file: "a".into(),
        status: 404
    }
    .is_transient());
    let message = ContentError::Http {
        file: "pages/a.json".into(),
        status: 404,
    }
    .to_string();
    assert!(
        message.contains("pages/a.json")
            && message.contains("404")
            && message.contains("not found"),
        "{message}"
    );
}
