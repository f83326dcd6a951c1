//! The editors' check: every content file of a site, in every language, read
//! and checked exactly as the build step and the app read it, with every
//! problem reported (not just the first). Natively only (it reads the disk).

use std::collections::HashSet;
use std::path::Path;

use super::parse::{parse_content, ContentFile};
use super::{Block, Contact, ContentError, Glossary, Page, Site, TrackKind};
use crate::i18n::language::{content_path, source_language};
use crate::i18n::text::parse_locale;
use crate::media::tracks::{read_track, track_file};
use crate::media::webvtt::parse;
use crate::static_first::page_data::{shipped_language, CONTENT_FOLDER};

/// What the check found: one message per file with a problem (file, field
/// path, line and column, and what is wrong), warnings about what a real
/// site needs but the files may lack for now, and how many files were read.
#[derive(Debug, Default)]
pub struct CheckReport {
    /// One line per problem. Any problem stops the build.
    pub problems: Vec<String>,
    /// One line per warning. Warnings do not stop the build.
    pub warnings: Vec<String>,
    /// Files read.
    pub files: usize,
}

/// Checks the site in `site_dir` (`public/`, or a built `dist/`): its
/// manifest, and for each language the manifest, glossary, interface words
/// and every page and newsletter issue the manifest names.
pub fn check_site(site_dir: &Path) -> CheckReport {
    let mut report = CheckReport::default();
    let Some(manifest) = read::<Site>(site_dir, "site.json", &mut report) else {
        return report;
    };
    warn_about_manifest(&manifest, "site.json", &mut report);
    let mut checked_tracks = HashSet::new();
    let source = source_language(&manifest).code;
    for language in &manifest.languages {
        let Some(active) = shipped_language(&manifest, &language.code) else {
            continue;
        };
        let in_language = |file: &str| content_path(&active, file);
        let site = if language.code == source {
            Some(manifest.clone())
        } else {
            let file = format!("locales/{}.json", language.code);
            report.files += 1;
            match std::fs::read_to_string(site_dir.join(&file)) {
                Ok(text) => {
                    if let Err(error) = parse_locale(&file, &text) {
                        report.problems.push(error.to_string());
                    }
                }
                Err(error) => report.problems.push(format!("{file}: {error}")),
            }
            let file = in_language("site.json");
            let site = read::<Site>(site_dir, &file, &mut report);
            if let Some(site) = &site {
                if site.as_of.is_none() && manifest.as_of.is_some() {
                    report.warnings.push(format!(
                        "{file}: as_of is not set, so pages in this language do not say when their information is from."
                    ));
                }
            }
            site
        };
        read::<Glossary>(site_dir, &in_language(&manifest.glossary_file), &mut report);
        let Some(site) = site else { continue };
        let files = site
            .pages
            .iter()
            .map(|page| page.file.clone())
            .chain(site.newsletter.iter().map(|issue| issue.file.clone()));
        for file in files {
            let file = in_language(&file);
            if let Some(page) = read::<Page>(site_dir, &file, &mut report) {
                check_videos(
                    site_dir,
                    &file,
                    &page,
                    &manifest,
                    &mut checked_tracks,
                    &mut report,
                );
            }
        }
    }
    report
}

/// Every text track of every video on `page` (each file once per check),
/// with every problem named by file, cue and line; and a warning for a
/// video whose captions do not cover every language of the site.
fn check_videos(
    site_dir: &Path,
    file: &str,
    page: &Page,
    manifest: &Site,
    checked: &mut HashSet<String>,
    report: &mut CheckReport,
) {
    for (index, block) in page.blocks.iter().enumerate() {
        let Block::Video(video) = block else { continue };
        for track in &video.tracks {
            let Some(track_file) = track_file(&track.src) else {
                if track.kind == TrackKind::Captions {
                    report.warnings.push(format!(
                        "{file}: blocks[{index}] (video): the {} captions are on another site, so the page cannot show their transcript; put them on this site.",
                        track.srclang
                    ));
                }
                continue;
            };
            if !checked.insert(track_file.clone()) {
                continue;
            }
            report.files += 1;
            let text = match std::fs::read_to_string(site_dir.join(&track_file)) {
                Ok(text) => text,
                Err(error) => {
                    report.problems.push(format!(
                        "The text track {track_file} (named in {file}) could not be read ({error})."
                    ));
                    continue;
                }
            };
            if let Err(error @ ContentError::TooLarge { .. }) = read_track(&track_file, &text) {
                report.problems.push(error.to_string());
                continue;
            }
            for problem in parse(&text).problems {
                let error = ContentError::BadTrack {
                    file: track_file.clone(),
                    cue: problem.cue,
                    line: problem.line,
                    detail: problem.detail,
                };
                report.problems.push(error.to_string());
            }
        }
        let missing: Vec<&str> = manifest
            .languages
            .iter()
            .filter(|language| {
                !video.tracks.iter().any(|track| {
                    track.kind == TrackKind::Captions && track.srclang == language.code
                })
            })
            .map(|language| language.name.as_str())
            .collect();
        if !missing.is_empty() {
            report.warnings.push(format!(
                "{file}: blocks[{index}] (video): no captions in {}; readers of those pages get captions in another language.",
                missing.join(", ")
            ));
        }
    }
}

/// What the manifest should have for a real site.
fn warn_about_manifest(manifest: &Site, file: &str, report: &mut CheckReport) {
    if !manifest.contact.as_ref().is_some_and(Contact::has_a_way) {
        report.warnings.push(format!(
            "{file}: contact has no email, phone or form_url. The Public Sector Bodies Accessibility Regulations 2018 (regulation 8) require the accessibility statement to say how to contact the people who run the site; until one is set, every contact block says none is published."
        ));
    }
    if manifest.as_of.is_none() {
        report.warnings.push(format!(
            "{file}: as_of is not set, so pages do not say when their information is from."
        ));
    }
}

fn read<T: ContentFile>(site_dir: &Path, file: &str, report: &mut CheckReport) -> Option<T> {
    report.files += 1;
    let path = site_dir.join(CONTENT_FOLDER).join(file);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            report
                .problems
                .push(format!("The file {file} could not be read ({error})."));
            return None;
        }
    };
    parse_content::<T>(file, &text)
        .map_err(|error| report.problems.push(error.to_string()))
        .ok()
}
