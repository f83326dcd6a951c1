//! Every shipped content file parses into the model and passes its checks,
//! and the manifest names every file in the content folder.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use send_hub::content::{Block, Glossary, Page, Site, TrackKind};
use send_hub::media::tracks::{read_track, track_file};
use support::{content_dir, load, shipped_pages};

#[test]
fn site_manifest_parses_and_has_a_home_page() {
    let site: Site = load("site.json");
    assert!(site.pages.iter().any(|page| page.slug.is_empty()));
    assert!(!site.navigation.is_empty());
}

#[test]
fn glossary_parses_with_an_expansion_and_meaning_for_every_term() {
    let glossary: Glossary = load("glossary.json");
    assert!(glossary.entries.len() >= 12);
    for entry in &glossary.entries {
        assert!(
            !entry.expansion.trim().is_empty(),
            "{} has no expansion",
            entry.term
        );
        assert!(
            !entry.meaning.trim().is_empty(),
            "{} has no meaning",
            entry.term
        );
    }
}

#[test]
fn every_page_and_newsletter_issue_in_the_manifest_parses() {
    let pages = shipped_pages();
    assert!(
        pages.len() >= 9,
        "expected the seven pages and two issues, got {}",
        pages.len()
    );
}

#[test]
fn every_json_file_in_the_content_folder_is_listed_in_the_manifest() {
    let site: Site = load("site.json");
    let files: Vec<String> = site
        .pages
        .iter()
        .map(|page| page.file.clone())
        .chain(site.newsletter.iter().map(|issue| issue.file.clone()))
        .chain([site.glossary_file.clone(), "site.json".to_string()])
        .collect();
    // The source language at the top, each translation in a folder named
    // after its code, holding the same files.
    let mut listed: Vec<String> = site
        .languages
        .iter()
        .enumerate()
        .flat_map(|(index, language)| {
            let folder = if index == 0 {
                String::new()
            } else {
                format!("{}/", language.code)
            };
            files.iter().map(move |file| format!("{folder}{file}"))
        })
        .collect();
    listed.sort();
    let mut found = Vec::new();
    collect_json(&content_dir(), "", &mut found);
    found.sort();
    assert_eq!(
        found, listed,
        "a content file is missing from site.json, or site.json names a file that does not exist"
    );
}

fn collect_json(dir: &std::path::Path, prefix: &str, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("content folder is readable") {
        let entry = entry.expect("directory entry");
        let name = entry.file_name().to_string_lossy().to_string();
        let path = entry.path();
        if path.is_dir() {
            collect_json(&path, &format!("{prefix}{name}/"), out);
        } else if name.ends_with(".json") {
            out.push(format!("{prefix}{name}"));
        }
    }
}

#[test]
fn every_page_has_exactly_one_title_and_no_level_one_headings_in_its_body() {
    for (file, page) in shipped_pages() {
        assert!(!page.title.trim().is_empty(), "{file} has no title");
        // Levels are limited to 2–4 by the type; this proves the type is in use.
        for block in &page.blocks {
            if let Block::Heading(heading) = block {
                assert!((2..=4).contains(&heading.level.get()), "{file}");
            }
        }
    }
}

#[test]
fn the_plan_page_has_six_working_groups_and_the_slipped_commissioning_actions() {
    let page: Page = load("pages/written-statement-of-action.json");
    assert_eq!(page.working_groups().count(), 6);
    let actions: Vec<_> = page.actions().collect();
    let slipped_commissioning = actions
        .iter()
        .filter(|action| action.group.as_deref() == Some("commissioning"))
        .filter(|action| action.status == send_hub::content::ActionStatus::Slipped)
        .count();
    assert_eq!(
        slipped_commissioning, 5,
        "the board update names five slipped joint-commissioning actions"
    );
    assert!(actions.iter().any(|action| action.id == "ehcp-audits"
        && action.title.contains("relaunched")
        && action.detail.contains("June 2020")));
    for status in send_hub::content::ActionStatus::ALL {
        assert!(
            actions.iter().any(|action| action.status == status),
            "no action has status {status:?}"
        );
    }
}

#[test]
fn the_deep_dive_video_has_every_kind_of_track_in_every_language_with_the_same_timing() {
    let page: Page = load("pages/deep-dive.json");
    let site: Site = load("site.json");
    let video = page
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::Video(video) => Some(video.clone()),
            _ => None,
        })
        .expect("deep dive has a video block");
    assert!(video.sample_notice.is_some());
    let cues_of = |kind: TrackKind, language: &str| {
        let track = video
            .tracks
            .iter()
            .find(|track| track.kind == kind && track.srclang == language)
            .unwrap_or_else(|| panic!("no {kind:?} track in {language}"));
        let file = track_file(&track.src).expect("a track on this site");
        let text = std::fs::read_to_string(content_dir().join("..").join(&file))
            .unwrap_or_else(|err| panic!("{file}: {err}"));
        read_track(&file, &text).unwrap_or_else(|err| panic!("{err}"))
    };
    for kind in [
        TrackKind::Captions,
        TrackKind::Descriptions,
        TrackKind::Chapters,
    ] {
        let english = cues_of(kind, "en");
        assert!(!english.is_empty(), "{kind:?} has cues");
        let timing = |cues: &[send_hub::media::webvtt::Cue]| -> Vec<(f64, f64)> {
            cues.iter().map(|cue| (cue.start, cue.end)).collect()
        };
        for language in &site.languages {
            let cues = cues_of(kind, &language.code);
            assert_eq!(
                timing(&cues),
                timing(&english),
                "{kind:?} in {}",
                language.code
            );
            if language.code != "en" {
                assert_ne!(
                    cues[0].text, english[0].text,
                    "{kind:?} in {} is translated",
                    language.code
                );
            }
        }
    }
    assert!(cues_of(TrackKind::Captions, "en").len() >= 2);
    let video_path = content_dir()
        .join("..")
        .join(video.src.trim_start_matches('/'));
    assert!(video_path.is_file(), "the video file {} exists", video.src);
}
