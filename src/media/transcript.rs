//! The transcript built from a captions track: which line is being said at
//! a moment of the video, and the plain-text file readers download.

use super::webvtt::{time_label, Cue};

/// The cue being said at `seconds` into the video: the one whose start is
/// at or before it and whose end is after it. `None` between cues.
pub fn cue_at(cues: &[Cue], seconds: f64) -> Option<usize> {
    cues.iter()
        .position(|cue| cue.start <= seconds && seconds < cue.end)
}

/// The moment a transcript line seeks to: a hair after the cue starts, so
/// the player is inside the cue and shows its caption (a cue's start and
/// the previous cue's end may be the same instant).
pub fn seek_time(cue: &Cue) -> f64 {
    const INSIDE: f64 = 0.001;
    (cue.start + INSIDE).min(cue.end)
}

/// The transcript as a plain-text file: the title, then one line per cue
/// with its time and speaker (`[0:05] Narrator: …`), UTF-8, ending in a
/// newline.
pub fn plain_text(title: &str, cues: &[Cue]) -> String {
    let mut text = format!("{title}\n\n");
    for cue in cues {
        text.push('[');
        text.push_str(&time_label(cue.start));
        text.push_str("] ");
        if let Some(speaker) = &cue.speaker {
            text.push_str(speaker);
            text.push_str(": ");
        }
        text.push_str(&cue.text);
        text.push('\n');
    }
    text
}

/// The downloaded file's name: the captions file's name with `.txt` for
/// `.vtt` (`talk.pl.vtt` gives `talk.pl.transcript.txt`).
pub fn file_name(captions_src: &str) -> String {
    let name = captions_src.rsplit('/').next().unwrap_or(captions_src);
    let stem = name.strip_suffix(".vtt").unwrap_or(name);
    format!("{stem}.transcript.txt")
}
