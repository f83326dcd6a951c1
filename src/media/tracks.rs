//! Which of a video's text tracks a page uses, and reading them: the
//! captions in the page's language (for the transcript and the player's
//! default), its chapters and its descriptions.

use std::collections::BTreeMap;
use std::future::Future;

use super::webvtt::{parse, Cue};
use crate::content::parse::MAX_CONTENT_BYTES;
use crate::content::{Block, ContentError, Page, TextTrack, TrackKind};

/// The tracks a page has read, by their `src` as the content gives it: the
/// cues, or why they could not be had.
pub type LoadedTracks = BTreeMap<String, Result<Vec<Cue>, ContentError>>;

/// The track of `kind` for a page in `language`: the one in that language,
/// else one sharing its primary language subtag (`pt` for `pt-BR`), else
/// the one in the site's `source` language, else the first of that kind.
pub fn pick<'a>(
    tracks: &'a [TextTrack],
    kind: TrackKind,
    language: &str,
    source: &str,
) -> Option<&'a TextTrack> {
    let of_kind = || tracks.iter().filter(move |track| track.kind == kind);
    let primary = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    of_kind()
        .find(|track| track.srclang.eq_ignore_ascii_case(language))
        .or_else(|| of_kind().find(|track| primary(&track.srclang) == primary(language)))
        .or_else(|| of_kind().find(|track| track.srclang.eq_ignore_ascii_case(source)))
        .or_else(|| of_kind().next())
}

/// Every track a page in `language` reads: for each video, the captions,
/// chapters and descriptions [`pick`] chooses. Each `src` once.
pub fn page_tracks<'a>(page: &'a Page, language: &str, source: &str) -> Vec<&'a TextTrack> {
    let mut chosen: Vec<&TextTrack> = Vec::new();
    for block in &page.blocks {
        let Block::Video(video) = block else { continue };
        for kind in [
            TrackKind::Captions,
            TrackKind::Chapters,
            TrackKind::Descriptions,
        ] {
            if let Some(track) = pick(&video.tracks, kind, language, source) {
                if !chosen.iter().any(|known| known.src == track.src) {
                    chosen.push(track);
                }
            }
        }
    }
    chosen
}

/// The file a track's `src` names, relative to the site root
/// (`/media/talk.vtt` is `media/talk.vtt`). `None` for a track on another
/// site, which the player may show but the page does not read.
pub fn track_file(src: &str) -> Option<String> {
    let path = src.trim();
    (path.starts_with('/') && !path.starts_with("//")).then(|| path[1..].to_string())
}

/// The cues of the WebVTT file `file` from its `text`, or the first
/// problem, named with its line (and cue).
///
/// # Errors
/// [`ContentError::TooLarge`] for a file over [`MAX_CONTENT_BYTES`];
/// [`ContentError::BadTrack`] for the first problem [`parse`] finds.
pub fn read_track(file: &str, text: &str) -> Result<Vec<Cue>, ContentError> {
    if text.len() as u64 > MAX_CONTENT_BYTES {
        return Err(ContentError::TooLarge {
            file: file.to_string(),
            bytes: text.len() as u64,
            limit: MAX_CONTENT_BYTES,
        });
    }
    let parsed = parse(text);
    match parsed.problems.into_iter().next() {
        Some(problem) => Err(ContentError::BadTrack {
            file: file.to_string(),
            cue: problem.cue,
            line: problem.line,
            detail: problem.detail,
        }),
        None => Ok(parsed.cues),
    }
}

/// Reads every track of [`page_tracks`] through `read` (from the disk at
/// build time, fetched in the browser), with the file name and text of each
/// file read, for the page's fingerprint. A track that cannot be read or
/// has a problem is kept as its error: the page and the player still work.
pub async fn load_tracks<R, F>(
    page: &Page,
    language: &str,
    source: &str,
    read: R,
) -> (LoadedTracks, Vec<(String, String)>)
where
    R: Fn(String) -> F,
    F: Future<Output = Result<String, ContentError>>,
{
    let mut loaded = LoadedTracks::new();
    let mut files = Vec::new();
    for track in page_tracks(page, language, source) {
        let Some(file) = track_file(&track.src) else {
            continue;
        };
        let cues = match read(file.clone()).await {
            Ok(text) => {
                let cues = read_track(&file, &text);
                files.push((file, text));
                cues
            }
            Err(error) => Err(error),
        };
        loaded.insert(track.src.clone(), cues);
    }
    (loaded, files)
}
