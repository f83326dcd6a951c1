//! The editors' content check: every kind of bad content gives a message
//! with its file, field, line and column, and all problems are reported.
#![cfg(feature = "ssr")]

use std::fs;
use std::path::{Path, PathBuf};

mod support;

use send_hub::content::check_files::check_site;
use support::site_copy;

fn edit(dir: &Path, file: &str, change: impl Fn(String) -> String) {
    let path = dir.join(file);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, change(text)).unwrap();
}

#[test]
fn the_shipped_content_has_no_problems() {
    let report = check_site(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public"));
    assert_eq!(report.problems, Vec::<String>::new());
    // Manifest, then per language: (words,) manifest, glossary, 9 pages.
    assert!(report.files >= 40, "{} files", report.files);
}

#[test]
fn each_kind_of_problem_names_its_file_field_line_and_column() {
    let dir = site_copy("check-kinds");
    // A wrong type, deep in a translated page.
    edit(&dir, "content/pl/pages/deep-dive.json", |text| {
        text.replacen("\"title\": \"", "\"title\": [\"", 1)
            .replacen("\",\n  \"lead\"", "\"],\n  \"lead\"", 1)
    });
    // Not JSON at all.
    edit(&dir, "content/ro/pages/glossary.json", |text| {
        format!("{text},")
    });
    // An unknown field in an English newsletter issue.
    edit(
        &dir,
        "content/newsletter/2019-programme-launch.json",
        |text| text.replacen('{', "{\n  \"autoplay\": true,", 1),
    );
    // HTML in the text.
    edit(&dir, "content/ar/glossary.json", |text| {
        text.replacen("\"term\": \"", "\"term\": \"<b>", 1)
    });
    // A missing key in the interface words.
    edit(&dir, "locales/ro.json", |text| {
        text.replacen("\"close\":", "\"closed\":", 1)
    });
    let report = check_site(&dir);
    let all = report.problems.join("\n");
    assert_eq!(report.problems.len(), 5, "{all}");
    let find = |file: &str| {
        report
            .problems
            .iter()
            .find(|problem| problem.contains(file))
            .unwrap_or_else(|| panic!("no problem reported for {file}:\n{all}"))
            .clone()
    };
    let wrong_type = find("pl/pages/deep-dive.json");
    assert!(
        wrong_type.contains("in the field title (line "),
        "{wrong_type}"
    );
    let malformed = find("ro/pages/glossary.json");
    assert!(
        malformed.contains("line") && malformed.contains("column"),
        "{malformed}"
    );
    let unknown = find("newsletter/2019-programme-launch.json");
    assert!(unknown.contains("autoplay"), "{unknown}");
    let markup = find("ar/glossary.json");
    assert!(markup.contains("entries[0].term"), "{markup}");
    let words = find("locales/ro.json");
    assert!(words.contains("close"), "{words}");
}

#[test]
fn a_missing_file_is_named() {
    let dir = site_copy("check-missing");
    fs::remove_file(dir.join("content/pl/pages/get-involved.json")).unwrap();
    let report = check_site(&dir);
    assert_eq!(report.problems.len(), 1);
    assert!(
        report.problems[0].contains("pl/pages/get-involved.json"),
        "{:?}",
        report.problems
    );
}

#[test]
fn every_problem_in_a_text_track_is_named_with_file_cue_and_line() {
    let dir = site_copy("check-tracks");
    edit(&dir, "media/deep-dive-sample.pl.vtt", |text| {
        text.replacen(
            "00:00:05.371 --> 00:00:11.902",
            "00:00:04.000 --> 00:00:11.902",
            1,
        )
        .replacen("<v Lektor>Będzie", "<script>Będzie", 1)
    });
    fs::remove_file(dir.join("media/deep-dive-sample.ro.chapters.vtt")).unwrap();
    let report = check_site(&dir);
    let all = report.problems.join("\n");
    assert_eq!(report.problems.len(), 3, "{all}");
    assert!(
        all.contains("media/deep-dive-sample.pl.vtt has a problem in cue 2 (line 10): the cue starts (00:00:04.000) before cue 1 ends"),
        "{all}"
    );
    assert!(
        all.contains("media/deep-dive-sample.pl.vtt has a problem in cue 3 (line 15): <script> is not a WebVTT tag"),
        "{all}"
    );
    assert!(
        all.contains("media/deep-dive-sample.ro.chapters.vtt (named in ")
            && all.contains("could not be read"),
        "{all}"
    );
}

#[test]
fn a_video_without_captions_in_every_site_language_is_warned_about() {
    let dir = site_copy("check-coverage");
    let page = "content/pl/pages/deep-dive.json";
    edit(&dir, page, |text| {
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let video = value["blocks"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|block| block["type"] == "video")
            .unwrap();
        video["tracks"]
            .as_array_mut()
            .unwrap()
            .retain(|track| !(track["kind"] == "captions" && track["srclang"] == "ro"));
        value.to_string()
    });
    let report = check_site(&dir);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let coverage: Vec<&String> = report
        .warnings
        .iter()
        .filter(|warning| warning.contains("no captions in"))
        .collect();
    assert_eq!(coverage.len(), 1, "{:?}", report.warnings);
    assert!(
        coverage[0].starts_with("pl/pages/deep-dive.json: blocks["),
        "{coverage:?}"
    );
    assert!(
        coverage[0].contains("no captions in Română"),
        "{coverage:?}"
    );
}
